"""Pure functions behind the Progress charts. Days are local calendar dates; weeks are ISO weeks (Monday)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta


def week_first_day(day: date, start_weekday: int = 0) -> date:
    """The first day of ``day``'s week when weeks start on ``start_weekday`` (0 Monday … 6 Sunday)."""
    return day - timedelta(days=(day.weekday() - start_weekday) % 7)


def monday_of(day: date) -> date:
    """Monday of ``day``'s ISO week."""
    return week_first_day(day, 0)


def iso_weeks(first: date, last: date) -> list[date]:
    """Mondays of every ISO week touching ``[first, last]``."""
    monday, end = monday_of(first), monday_of(last)
    weeks = []
    while monday <= end:
        weeks.append(monday)
        monday += timedelta(days=7)
    return weeks


def weekly_completion(
    kind: str, target: float | None, values: dict[date, float], weeks: list[date], active_from: date, today: date
) -> list[tuple[date, float]]:
    """Per week, how much of the goal was done, in percent (0–100).

    daily: days done / days the goal existed that week (up to today); weekly_count: total / target, capped;
    measured: days at or above target / days. Weeks before the goal existed are left out.
    """
    points = []
    for monday in weeks:
        days = [monday + timedelta(days=n) for n in range(7)]
        days = [d for d in days if active_from <= d <= today]
        if not days:
            continue
        if kind == "weekly_count":
            total = sum(values.get(d, 0.0) for d in days)
            percent = min(total / (target or 1), 1.0) * 100
        else:
            threshold = target if kind == "measured" else 1e-9
            done = sum(1 for d in days if values.get(d, 0.0) >= threshold)
            percent = done / len(days) * 100
        points.append((monday, round(percent, 1)))
    return points


def streak_series(done: Iterable[date], first: date, last: date) -> list[tuple[date, int]]:
    """The running streak on each day of ``[first, last]`` (a day not done resets it to 0)."""
    done_set = set(done)
    run = 0
    cursor = first - timedelta(days=1)
    while cursor in done_set:  # a streak already running when the range starts
        run += 1
        cursor -= timedelta(days=1)
    series = []
    day = first
    while day <= last:
        run = run + 1 if day in done_set else 0
        series.append((day, run))
        day += timedelta(days=1)
    return series


def sober_days_series(periods: list[tuple[date, date | None]], first: date, last: date) -> list[tuple[date, int]]:
    """Points of a line of sober days over time across attempts: each period rises from its start, and
    falls back to zero where the next attempt begins. Only the corners are returned (a straight line joins
    them), so five years cost a handful of points, not 1,800."""
    points: list[tuple[date, int]] = []
    for start, end in sorted(periods):
        stop = min(end or last, last)
        if stop < first:
            continue
        begin = max(start, first)
        for point in ((begin, (begin - start).days), (stop, (stop - start).days)):
            if not points or points[-1] != point:
                points.append(point)
        if end is not None and end <= last:
            points.append((end, 0))
    return points


def attended_per_week(rows: Iterable[tuple[date, str, int]], weeks: list[date]) -> dict[str, list[tuple[date, int]]]:
    """Meetings and therapy sessions attended per ISO week, from (day, kind, number attended) rows."""
    counts: dict[str, dict[date, int]] = {"meeting": defaultdict(int), "therapy": defaultdict(int)}
    for day, kind, attended in rows:
        if kind in counts:
            counts[kind][monday_of(day)] += attended
    return {kind: [(monday, per_week.get(monday, 0)) for monday in weeks] for kind, per_week in counts.items()}


def daily_means_with_rolling(
    values: Iterable[tuple[date, float]], window: int = 7
) -> tuple[list[tuple[date, float]], list[tuple[date, float]]]:
    """(daily mean per day, rolling mean over the last ``window`` calendar days that have values).

    One pass over the days, with day ordinals instead of date arithmetic: years of entries take a few ms.
    """
    sums: dict[date, list[float]] = {}
    for day, value in values:
        if value is None:
            continue
        found = sums.get(day)
        if found is None:
            sums[day] = [float(value), 1.0]
        else:
            found[0] += float(value)
            found[1] += 1
    days = sorted(sums)
    means = [sums[day][0] / sums[day][1] for day in days]
    ordinals = [day.toordinal() for day in days]
    rolling = []
    start = 0
    total = 0.0
    for end, value in enumerate(means):
        total += value
        cut = ordinals[end] - window
        while ordinals[start] <= cut:
            total -= means[start]
            start += 1
        rolling.append((days[end], round(total / (end - start + 1), 2)))
    return [(day, round(mean, 2)) for day, mean in zip(days, means, strict=True)], rolling


def merged_daily_values(check_ins: dict[date, float], attended: dict[date, int]) -> dict[date, float]:
    """A day's count for a "meetings a week" goal: its check-in or its attended meetings, whichever is more,
    so a meeting marked attended and checked in the same day counts once."""
    merged = dict(check_ins)
    for day, count in attended.items():
        merged[day] = max(merged.get(day, 0.0), float(count))
    return merged


def corners(points: list[tuple[date, float]]) -> list[tuple[date, float]]:
    """Only the points where a line changes direction: the same drawing, a fraction of the points
    (a five-year streak line keeps its few hundred corners instead of 1,800 days)."""
    if len(points) <= 2:
        return list(points)
    kept = [points[0]]
    for before, here, after in zip(points, points[1:], points[2:], strict=False):
        slope_in = (here[1] - before[1]) / ((here[0] - before[0]).days or 1)
        slope_out = (after[1] - here[1]) / ((after[0] - here[0]).days or 1)
        if slope_in != slope_out:
            kept.append(here)
    kept.append(points[-1])
    return kept
