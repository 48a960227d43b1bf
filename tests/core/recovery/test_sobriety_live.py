"""The live clock and the progress ring's numbers."""

from datetime import date, datetime

from recoverybox.core.recovery.sober_time import live_span, milestone_progress


def test_live_span_counts_days_hours_minutes_from_the_start_time():
    assert live_span(date(2026, 11, 20), "21:15", datetime(2026, 11, 27, 12, 30)) == (6, 15, 15)
    assert live_span(date(2026, 11, 27), None, datetime(2026, 11, 27, 0, 5)) == (0, 0, 5)
    assert live_span(date(2026, 11, 28), None, datetime(2026, 11, 27, 12)) == (0, 0, 0)  # never negative


def test_milestone_progress_runs_from_the_last_milestone_to_the_next():
    previous, upcoming, done = milestone_progress(date(2026, 8, 1), date(2026, 11, 27))
    assert previous.label == "90 days" and upcoming.label == "180 days"
    assert upcoming.on == date(2027, 1, 28)
    assert abs(done - (118 - 90) / 90) < 1e-9
    previous, upcoming, done = milestone_progress(date(2026, 11, 27), date(2026, 11, 27))
    assert previous is None and upcoming.label == "1 day" and done == 0
