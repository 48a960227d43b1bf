"""Habit strength and day states (Loop-like), in local calendar days."""

from datetime import date, timedelta

import pytest

from recoverybox.core.goals.habit import DONE, HALF_LIFE_DAYS, MISSED, PARTIAL, REST, day_result, day_state, strength

FIRST = date(2026, 1, 1)


def days(n, start=FIRST):
    return {start + timedelta(days=i): 1.0 for i in range(n)}


def test_strength_grows_with_steady_days_and_a_miss_costs_little():
    values = days(60)
    after_60 = strength("daily", None, values, FIRST, FIRST + timedelta(days=59))
    assert 90 < after_60 < 100
    missed_one = strength("daily", None, values, FIRST, FIRST + timedelta(days=60))
    assert after_60 - 6 < missed_one < after_60  # one miss lowers it a little, not to zero like a streak


def test_a_day_weight_halves_every_half_life():
    # One done day, then nothing: its contribution halves after HALF_LIFE_DAYS days.
    values = {FIRST: 1.0}
    first = strength("daily", None, values, FIRST, FIRST)
    later = strength("daily", None, values, FIRST, FIRST + timedelta(days=HALF_LIFE_DAYS))
    assert later == pytest.approx(first / 2)


def test_measured_and_weekly_results():
    assert day_result("measured", 20, {FIRST: 10}, FIRST) == 0.5
    assert day_state("measured", 20, {FIRST: 10}, FIRST) == PARTIAL
    assert day_state("measured", 20, {FIRST: 25}, FIRST) == DONE
    assert day_state("daily", None, {}, FIRST) == MISSED
    week = {FIRST + timedelta(days=d): 1.0 for d in (0, 2, 4)}
    assert day_result("weekly_count", 3, week, FIRST + timedelta(days=4)) == 1.0
    assert day_result("weekly_count", 3, week, FIRST + timedelta(days=2)) == pytest.approx(2 / 3)
    assert day_state("weekly_count", 3, week, FIRST + timedelta(days=1)) == REST
