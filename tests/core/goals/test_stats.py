"""Chart statistics, checked against figures worked out by hand."""

from datetime import date, timedelta

from recoverybox.core.goals.stats import (
    bar_period,
    daily_means_with_rolling,
    gather,
    iso_weeks,
    merged_daily_values,
    period_start,
    period_starts,
    sober_days_series,
    streak_series,
    weekly_completion,
)


def test_iso_weeks_cross_the_year_boundary():
    # 2026-12-31 is a Thursday in ISO week 2026-W53; 2027-01-04 starts 2027-W01.
    assert iso_weeks(date(2026, 12, 30), date(2027, 1, 5)) == [date(2026, 12, 28), date(2027, 1, 4)]
    assert date(2026, 12, 28).isocalendar()[:2] == (2026, 53)


def test_iso_weeks_across_a_dst_change_are_still_seven_days():
    weeks = iso_weeks(date(2026, 3, 23), date(2026, 4, 5))  # London springs forward on 29 March
    assert weeks == [date(2026, 3, 23), date(2026, 3, 30)]


def test_weekly_completion_daily_habit():
    done = {date(2026, 3, 23): 1, date(2026, 3, 25): 1, date(2026, 3, 29): 1, date(2026, 3, 30): 1}
    points = weekly_completion(
        "daily", None, done, [date(2026, 3, 23), date(2026, 3, 30)], date(2026, 3, 23), date(2026, 4, 1)
    )
    # week 1: 3 of 7 days = 42.9 %; week 2 (Mon–Wed so far): 1 of 3 = 33.3 %
    assert points == [(date(2026, 3, 23), 42.9), (date(2026, 3, 30), 33.3)]


def test_weekly_completion_counts_and_measured():
    weeks = [date(2026, 12, 28), date(2027, 1, 4)]
    counts = {date(2026, 12, 29): 1, date(2026, 12, 31): 1, date(2027, 1, 2): 2, date(2027, 1, 5): 1}
    assert weekly_completion("weekly_count", 3, counts, weeks, date(2026, 12, 1), date(2027, 1, 10)) == [
        (date(2026, 12, 28), 100.0),  # 4 of 3, capped
        (date(2027, 1, 4), 33.3),
    ]
    minutes = {date(2027, 1, 4): 25, date(2027, 1, 5): 10, date(2027, 1, 6): 20}
    assert weekly_completion("measured", 20, minutes, [date(2027, 1, 4)], date(2027, 1, 1), date(2027, 1, 7)) == [
        (date(2027, 1, 4), 50.0)  # 2 of 4 days reached 20
    ]


def test_weeks_before_the_goal_existed_are_left_out():
    points = weekly_completion(
        "daily", None, {}, [date(2026, 11, 16), date(2026, 11, 23)], date(2026, 11, 25), date(2026, 11, 27)
    )
    assert points == [(date(2026, 11, 23), 0.0)]


def test_streak_series_resets_and_carries_in():
    done = [date(2026, 1, 1), date(2026, 1, 2), date(2026, 1, 3), date(2026, 1, 5)]
    assert streak_series(done, date(2026, 1, 2), date(2026, 1, 6)) == [
        (date(2026, 1, 2), 2),
        (date(2026, 1, 3), 3),
        (date(2026, 1, 4), 0),
        (date(2026, 1, 5), 1),
        (date(2026, 1, 6), 0),
    ]


def test_sober_days_series_across_attempts():
    periods = [(date(2026, 1, 1), date(2026, 3, 1)), (date(2026, 3, 1), None)]
    assert sober_days_series(periods, date(2026, 1, 1), date(2026, 4, 1)) == [
        (date(2026, 1, 1), 0),
        (date(2026, 3, 1), 59),
        (date(2026, 3, 1), 0),
        (date(2026, 4, 1), 31),
    ]
    # a range that starts inside an attempt starts at that attempt's count
    assert sober_days_series(periods, date(2026, 3, 11), date(2026, 3, 21)) == [
        (date(2026, 3, 11), 10),
        (date(2026, 3, 21), 20),
    ]


def test_bar_periods_grow_so_no_chart_has_too_many_bars():
    day = date(2026, 11, 25)
    assert [period_start(day, p) for p in ("week", "month", "quarter", "year")] == [
        date(2026, 11, 23),
        date(2026, 11, 1),
        date(2026, 10, 1),
        date(2026, 1, 1),
    ]
    assert period_starts(date(2025, 12, 31), date(2026, 7, 1), "quarter") == [
        date(2025, 10, 1),
        date(2026, 1, 1),
        date(2026, 4, 1),
        date(2026, 7, 1),
    ]
    assert period_starts(date(2026, 1, 31), date(2026, 3, 1), "month") == [date(2026, m, 1) for m in (1, 2, 3)]
    assert bar_period(date(2026, 1, 1), date(2026, 12, 31), 60) == "week"  # 53 weeks fit in 60 bars
    assert bar_period(date(2022, 1, 1), date(2026, 12, 31), 60) == "month"
    assert bar_period(date(2012, 1, 1), date(2026, 12, 31), 60) == "quarter"
    assert bar_period(date(2006, 1, 1), date(2026, 12, 31), 60) == "year"
    weekly = [(date(2026, 3, 30), 10.0), (date(2026, 4, 6), 20.0), (date(2026, 7, 6), 30.0)]
    assert gather(weekly, "quarter", mean=False) == [
        (date(2026, 1, 1), 10.0),
        (date(2026, 4, 1), 20.0),
        (date(2026, 7, 1), 30.0),
    ]
    assert gather(weekly, "year", mean=True) == [(date(2026, 1, 1), 20.0)]


def test_daily_means_and_seven_day_rolling_average():
    start = date(2026, 11, 1)
    values = [(start + timedelta(days=n), v) for n, v in enumerate([4, 6, 8, 6, 4, 6, 8, 10])]
    values.append((start, 6))  # two entries on the first day: mean 5
    daily, rolling = daily_means_with_rolling(values)
    assert daily[0] == (start, 5.0)
    assert rolling[6] == (start + timedelta(days=6), round((5 + 6 + 8 + 6 + 4 + 6 + 8) / 7, 2))
    assert rolling[7] == (start + timedelta(days=7), round((6 + 8 + 6 + 4 + 6 + 8 + 10) / 7, 2))


def test_meetings_and_check_ins_on_the_same_day_count_once():
    merged = merged_daily_values({date(2026, 11, 24): 1.0}, {date(2026, 11, 24): 1, date(2026, 11, 26): 2})
    assert merged == {date(2026, 11, 24): 1.0, date(2026, 11, 26): 2.0}


def test_corners_keep_the_same_line_with_fewer_points():
    from recoverybox.core.goals.stats import corners

    start = date(2026, 1, 1)
    line = [(start + timedelta(days=n), v) for n, v in enumerate([0, 1, 2, 3, 0, 1, 2, 2, 2])]
    assert corners(line) == [line[0], line[3], line[4], line[6], line[8]]
    assert corners(line[:2]) == line[:2]
