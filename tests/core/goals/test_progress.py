"""Progress data from the database, and meetings that count toward a linked goal."""

from datetime import UTC, date, datetime, timedelta

import pytest

from recoverybox.core.app.demo import generate
from recoverybox.core.app.opening import open_memory
from recoverybox.core.app.services import Services
from recoverybox.core.base.clock import FixedClock
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.goals.service import GoalInput
from recoverybox.core.journal.entries import JournalInput

TUESDAYS = [datetime(2026, 11, 3, 19) + timedelta(weeks=n) for n in range(4)]


def test_attended_meetings_count_toward_a_linked_goal_once_a_day(services):
    goal = services.goals.get(
        services.goals.create(
            GoalInput("3 meetings a week", kind="weekly_count", area="meetings", target=3, linked_event_kind="meeting")
        ).id
    )
    group = services.calendar.create_event(
        EventInput(
            "Group", TUESDAYS[0], TUESDAYS[0] + timedelta(hours=1), "Europe/London", kind="meeting", rrule="FREQ=WEEKLY"
        )
    )
    services.occurrences.set_attendance(group.id, TUESDAYS[3], "attended")  # Tue 24 Nov, this week
    assert services.goals.summary(goal).week_total == 1
    services.goals.check_in(goal.id, date(2026, 11, 24))  # the same day: still one
    assert services.goals.summary(goal).week_total == 1
    services.goals.check_in(goal.id, date(2026, 11, 26))  # another day's meeting
    assert services.goals.summary(goal).week_total == 2
    other = services.goals.get(
        services.goals.create(GoalInput("Therapy", kind="weekly_count", target=1, linked_event_kind="therapy")).id
    )
    assert services.goals.summary(other).week_total == 0  # meetings do not count toward therapy


def test_progress_series_on_a_small_known_data_set(services):
    goal = services.goals.get(services.goals.create(GoalInput("Journal")).id)
    with services.db.transaction() as session:
        from recoverybox.core.storage.models import Goal

        session.get(Goal, goal.id).created_on = date(2026, 11, 1)
    goal = services.goals.list()[0]
    for day in (2, 3, 4, 10, 11):
        services.goals.check_in(goal.id, date(2026, 11, day))
    for day, mood, craving in ((25, 4, 6), (26, 6, 4), (27, 8, 2)):
        services.journal.create(JournalInput(date(2026, 11, day), mood=mood, craving=craving))
    progress = services.progress
    first, last = progress.range_for("4w")
    assert (first, last) == (date(2026, 10, 31), date(2026, 11, 27))
    weekly = progress.weekly_completion(goal, first, last).points
    assert weekly[:3] == [(date(2026, 10, 26), 0.0), (date(2026, 11, 2), 42.9), (date(2026, 11, 9), 28.6)]
    streak = dict(progress.streak_history(goal, first, last).points)
    assert streak[date(2026, 11, 4)] == 3 and streak[date(2026, 11, 5)] == 0 and streak[date(2026, 11, 11)] == 2
    mood = progress.mood_and_craving(first, last)
    assert mood["mood"].points == [(date(2026, 11, 25), 4.0), (date(2026, 11, 26), 6.0), (date(2026, 11, 27), 8.0)]
    assert mood["craving_avg"].points[-1] == (date(2026, 11, 27), 4.0)


def test_all_range_on_demo_data_starts_at_the_first_record():
    services = Services(open_memory(), FixedClock(datetime(2026, 11, 27, 12, tzinfo=UTC)))
    services.settings.set("timezone", "Europe/London")
    generate(services, years=1)
    first, last = services.progress.range_for("all")
    assert first == date(2025, 11, 27) and last == date(2026, 11, 27)
    sober = services.progress.sober_days(first, last)
    assert sober[0].points[0] == (first, 0) and sober[0].points[-1][1] > 0
    meetings = services.progress.attendance(first, last)["meeting"]
    assert meetings.period == "month"  # 53 weeks: too many weekly bars, so counted per month
    assert len(meetings.points) == 13 and meetings.points[0][0] == date(2025, 11, 1)
    assert sum(v for _d, v in meetings.points) > 150
    services.close()


@pytest.mark.parametrize("key", ["4w", "3m", "1y", "all"])
def test_every_range_works_on_an_empty_database(services, key):
    first, last = services.progress.range_for(key)
    assert first <= last
    assert services.progress.sober_days(first, last) == []
    assert services.progress.mood_and_craving(first, last)["mood"].points == []


def test_long_ranges_show_weekly_means_computed_in_sql(services):
    for day, mood in ((date(2025, 1, 6), 4), (date(2025, 1, 8), 8), (date(2025, 1, 13), 5)):
        services.journal.create(JournalInput(day, mood=mood))
    data = services.progress.mood_and_craving(date(2024, 12, 1), date(2026, 11, 27))
    assert data["mood"].name == "Mood (weekly mean)"
    assert data["mood"].points == [(date(2025, 1, 6), 6.0), (date(2025, 1, 13), 5.0)]
    assert data["mood_avg"].name == "Mood, 4-week average"
    assert data["mood_avg"].points[-1] == (date(2025, 1, 13), 5.5)


def test_attendance_counts_only_attended_per_week(services, clock):
    group = services.calendar.create_event(
        EventInput(
            "Group", TUESDAYS[0], TUESDAYS[0] + timedelta(hours=1), "Europe/London", kind="meeting", rrule="FREQ=WEEKLY"
        )
    )
    services.occurrences.set_attendance(group.id, TUESDAYS[1], "attended")
    services.occurrences.set_attendance(group.id, TUESDAYS[2], "missed")
    services.occurrences.set_attendance(group.id, TUESDAYS[3], "attended")
    weekly = services.progress.attendance(date(2026, 11, 2), date(2026, 11, 27))["meeting"].points
    assert weekly == [(date(2026, 11, 2), 0), (date(2026, 11, 9), 1), (date(2026, 11, 16), 0), (date(2026, 11, 23), 1)]


def test_long_ranges_count_attendance_per_quarter_and_per_year(services):
    group = services.calendar.create_event(
        EventInput(
            "Group", TUESDAYS[0], TUESDAYS[0] + timedelta(hours=1), "Europe/London", kind="meeting", rrule="FREQ=WEEKLY"
        )
    )
    for start in TUESDAYS:  # three Tuesdays in November (Q4 2026) and one in December
        services.occurrences.set_attendance(group.id, start, "attended")
    quarterly = services.progress.attendance(date(2014, 1, 1), date(2026, 12, 31))["meeting"]
    assert quarterly.period == "quarter" and len(quarterly.points) == 52
    assert quarterly.points[-1] == (date(2026, 10, 1), 4) and quarterly.points[0] == (date(2014, 1, 1), 0)
    yearly = services.progress.attendance(date(2006, 1, 1), date(2026, 12, 31))["meeting"]
    assert yearly.period == "year" and yearly.points[-1] == (date(2026, 1, 1), 4) and len(yearly.points) == 21


def test_years_of_mood_are_monthly_then_quarterly_means(services):
    for day, mood in ((date(2025, 1, 6), 4), (date(2025, 1, 28), 8), (date(2025, 3, 3), 5), (date(2025, 5, 1), 9)):
        services.journal.create(JournalInput(day, mood=mood))
    monthly = services.progress.mood_and_craving(date(2021, 1, 1), date(2026, 11, 27))
    assert monthly["mood"].name == "Mood (monthly mean)" and monthly["mood"].period == "month"
    assert monthly["mood"].points == [(date(2025, 1, 1), 6.0), (date(2025, 3, 1), 5.0), (date(2025, 5, 1), 9.0)]
    assert monthly["mood_avg"].points[-1] == (date(2025, 5, 1), 7.0)  # March and May: within three months
    quarterly = services.progress.mood_and_craving(date(2006, 1, 1), date(2026, 11, 27))
    assert quarterly["mood"].period == "quarter"
    assert quarterly["mood"].points == [(date(2025, 1, 1), 5.67), (date(2025, 4, 1), 9.0)]  # rounded for display
