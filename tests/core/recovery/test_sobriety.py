"""Sober-since clocks count local dates; relapses keep history and never delete it."""

from datetime import UTC, date, datetime, timedelta

import pytest

from recoverybox.core.base.validation import ValidationError
from recoverybox.core.recovery.sober_time import sober_days


def test_sober_days_count_calendar_dates_across_a_23_hour_day():
    assert sober_days(date(2026, 3, 28), date(2026, 3, 30)) == 2  # 29 March 2026 has 23 hours in London
    assert sober_days(date(2026, 10, 24), date(2026, 10, 26)) == 2  # 25 October has 25
    assert sober_days(date(2026, 11, 27), date(2026, 11, 27)) == 0


def test_clock_counts_from_the_local_date(services, clock):
    created = services.sobriety.get(services.sobriety.create_clock("Alcohol", date(2026, 11, 1)).id)
    assert services.sobriety.history(created).current_days == 26
    clock.set(datetime(2026, 11, 27, 23, 59, tzinfo=UTC))
    assert services.sobriety.history(created).current_days == 26
    clock.advance(minutes=2)
    assert services.sobriety.history(created).current_days == 27


def test_sober_since_in_the_future_is_refused_and_nothing_written(services):
    with pytest.raises(ValidationError) as err:
        services.sobriety.create_clock("Alcohol", date(2026, 11, 28))
    assert err.value.field == "since"
    assert services.sobriety.clocks() == []


def test_reset_keeps_every_period_and_summarises_history(services):
    created = services.sobriety.create_clock("Alcohol", date(2026, 1, 1))
    services.sobriety.reset(created.id, date(2026, 3, 1), note="Stressful week")
    services.sobriety.reset(created.id, date(2026, 6, 1))
    row = services.sobriety.clocks()[0]
    assert [(p.started_on, p.ended_on) for p in row.periods] == [
        (date(2026, 1, 1), date(2026, 3, 1)),
        (date(2026, 3, 1), date(2026, 6, 1)),
        (date(2026, 6, 1), None),
    ]
    assert row.periods[0].note == "Stressful week"
    history = services.sobriety.history(row)
    assert history.attempts == 3
    assert history.longest_days == (date(2026, 11, 27) - date(2026, 6, 1)).days
    assert history.current_days == 179
    assert history.average_days == pytest.approx((59 + 92 + 179) / 3)


def test_reset_before_the_current_start_is_refused(services):
    created = services.sobriety.create_clock("Gambling", date(2026, 11, 1))
    with pytest.raises(ValidationError):
        services.sobriety.reset(created.id, date(2026, 10, 1))
    assert len(services.sobriety.clocks()[0].periods) == 1


def test_daily_cost_must_be_a_sensible_amount(services):
    with pytest.raises(ValidationError) as err:
        services.sobriety.create_clock("Smoking", date(2026, 1, 1), daily_cost=-3)
    assert err.value.field == "daily_cost"
    assert services.sobriety.create_clock("Smoking", date(2026, 1, 1) - timedelta(days=1), daily_cost=9.5)


def test_elapsed_counts_calendar_years_months_days_and_hours_early_on():
    from recoverybox.core.recovery.sober_time import elapsed

    got = elapsed(date(2024, 2, 29), None, datetime(2026, 11, 27, 12))
    assert (got.years, got.months, got.days, got.total_days, got.hours) == (2, 8, 29, 1002, None)
    early = elapsed(date(2026, 11, 26), "21:30", datetime(2026, 11, 27, 12, 15))
    assert (early.total_days, early.hours) == (1, 14)


def test_milestones_list_reached_and_next():
    from recoverybox.core.recovery.sober_time import milestones

    found = milestones(date(2026, 1, 1), date(2026, 4, 15))
    assert [m.label for m in found] == [
        "1 day",
        "3 days",
        "7 days",
        "14 days",
        "30 days",
        "60 days",
        "90 days",
        "180 days",
    ]
    assert found[-1].on == date(2026, 6, 30)  # the next one, not reached yet
    long = milestones(date(2020, 5, 10), date(2026, 11, 27))
    assert [m.label for m in long][-8:] == [
        "1 year",
        "18 months",
        "2 years",
        "3 years",
        "4 years",
        "5 years",
        "6 years",
        "7 years",
    ]
    assert long[-1].on == date(2027, 5, 10) and long[-2].on == date(2026, 5, 10)
