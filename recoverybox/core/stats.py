"""Pure functions behind the Progress charts. Days are local calendar dates; weeks are ISO weeks (Monday)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


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


def attended_per_week(rows: Iterable[tuple[date, str, str]], weeks: list[date]) -> dict[str, list[tuple[date, int]]]:
    """Meetings and therapy sessions attended per ISO week from (day, kind, status) rows."""
    counts: dict[str, dict[date, int]] = {"meeting": defaultdict(int), "therapy": defaultdict(int)}
    for day, kind, status in rows:
        if status == "attended" and kind in counts:
            counts[kind][monday_of(day)] += 1
    return {kind: [(monday, per_week.get(monday, 0)) for monday in weeks] for kind, per_week in counts.items()}


def daily_means_with_rolling(
    values: Iterable[tuple[date, float]], window: int = 7
) -> tuple[list[tuple[date, float]], list[tuple[date, float]]]:
    """(daily mean per day, rolling mean over the last ``window`` calendar days that have values)."""
    sums: dict[date, list[float]] = defaultdict(list)
    for day, value in values:
        if value is not None:
            sums[day].append(float(value))
    daily = [(day, sum(v) / len(v)) for day, v in sorted(sums.items())]
    rolling = []
    start = 0
    total = 0.0
    for end, (day, value) in enumerate(daily):
        total += value
        while daily[start][0] <= day - timedelta(days=window):
            total -= daily[start][1]
            start += 1
        rolling.append((day, round(total / (end - start + 1), 2)))
    return [(d, round(v, 2)) for d, v in daily], rolling


def merged_daily_values(check_ins: dict[date, float], attended: dict[date, int]) -> dict[date, float]:
    """A day's count for a "meetings a week" goal: its check-in or its attended meetings, whichever is more,
    so a meeting marked attended and checked in the same day counts once."""
    merged = dict(check_ins)
    for day, count in attended.items():
        merged[day] = max(merged.get(day, 0.0), float(count))
    return merged
