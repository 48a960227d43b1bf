"""Pure functions behind the Progress charts. Days are local calendar dates; weeks are ISO weeks (Monday)."""

from __future__ import annotations

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
    return [date.fromordinal(n) for n in range(monday_of(first).toordinal(), monday_of(last).toordinal() + 1, 7)]


def weekly_completion(
    kind: str, target: float | None, values: dict[date, float], weeks: list[date], active_from: date, today: date
) -> list[tuple[date, float]]:
    """Per week, how much of the goal was done, in percent (0–100), from every day's value: the reference
    ``completion_from_weeks`` (what the app draws, from stored weekly rows) is checked against.

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
            threshold = (target or 0.0) if kind == "measured" else 1e-9
            done = sum(1 for d in days if values.get(d, 0.0) >= threshold)
            percent = done / len(days) * 100
        points.append((monday, round(percent, 1)))
    return points


def completion_from_weeks(
    kind: str,
    target: float | None,
    weeks: dict[date, tuple[float, int]],
    mondays: list[date],
    active_from: date,
    today: date,
) -> list[tuple[date, float]]:
    """``weekly_completion`` from stored weekly rows ({monday: (total, days done)}, as ``goal_weeks`` keeps
    them) instead of every day's value: the same percentages, a row per week read."""
    points = []
    active, last = active_from.toordinal(), today.toordinal()  # ordinals: years of weeks cost a few ms
    for monday in mondays:
        start = monday.toordinal()
        days = min(start + 6, last) - max(start, active) + 1
        if days <= 0:
            continue
        total, done = weeks.get(monday, (0.0, 0))
        percent = min(total / (target or 1), 1.0) * 100 if kind == "weekly_count" else done / days * 100
        points.append((monday, round(percent, 1)))
    return points


def streak_corners(runs: Iterable[tuple[date, date]], first: date, last: date) -> list[tuple[date, float]]:
    """``corners(streak_series(...))`` from a goal's stored runs of done days (first day, last day): the
    same line, built from a few points per run instead of every day of the range."""
    points: list[tuple[date, float]] = []
    cursor = first
    one = timedelta(days=1)
    for begun, ended in sorted(runs):
        if ended < first or begun > last:
            continue
        start, stop = max(begun, first), min(ended, last)
        if start > cursor:  # days not done before this run
            points.append((cursor, 0))
            if start - one > cursor:
                points.append((start - one, 0))
        points.append((start, (start - begun).days + 1))
        if stop > start:
            points.append((stop, (stop - begun).days + 1))
        cursor = stop + one
    if cursor <= last:
        points.append((cursor, 0))
        if last > cursor:
            points.append((last, 0))
    return corners(points)


def week_streak_corners(runs: Iterable[tuple[date, date]], first: date, last: date) -> list[tuple[date, float]]:
    """Weeks in a row that met a weekly target, on each Monday of ``[first, last]``, from stored runs of
    Mondays; only the corners of the line."""
    mondays = [monday for monday in iso_weeks(first, last) if monday >= first] or [monday_of(first)]
    value = dict.fromkeys(mondays, 0)
    week = timedelta(days=7)
    for begun, ended in runs:  # runs are of Mondays, so stepping a week from either stays on Mondays
        monday, stop = max(begun, mondays[0]), min(ended, mondays[-1])
        while monday <= stop:
            value[monday] = (monday - begun).days // 7 + 1
            monday += week
    return corners(list(value.items()))


BAR_PERIODS = ("week", "month", "quarter", "year")


def period_start(day: date, period: str) -> date:
    """The first day of ``day``'s ISO week, calendar month, quarter or year."""
    if period == "week":
        return monday_of(day)
    if period == "month":
        return day.replace(day=1)
    if period == "quarter":
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return date(day.year, 1, 1)


def period_starts(first: date, last: date, period: str) -> list[date]:
    """The first day of every week, month, quarter or year touching ``[first, last]``."""
    if period == "week":
        return iso_weeks(first, last)
    months = {"month": 1, "quarter": 3, "year": 12}[period]
    starts, start = [], period_start(first, period)
    while start <= last:
        starts.append(start)
        index = start.month - 1 + months
        start = date(start.year + index // 12, index % 12 + 1, 1)
    return starts


def bar_period(first: date, last: date, most: int, most_weeks: int | None = None) -> str:
    """The shortest period (week, month, quarter, year) that draws ``[first, last]`` in at most ``most`` bars
    (at most ``most_weeks`` weekly ones, when given)."""
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    counts = {
        "week": (monday_of(last) - monday_of(first)).days // 7 + 1,
        "month": months,
        "quarter": (last.year * 4 + (last.month - 1) // 3) - (first.year * 4 + (first.month - 1) // 3) + 1,
    }
    for period, count in counts.items():
        if count <= (most_weeks if period == "week" and most_weeks is not None else most):
            return period
    return "year"


def gather(data: list[tuple[date, float]], period: str, mean: bool) -> list[tuple[date, float]]:
    """Weekly values gathered into months, quarters or years (by each week's Monday), summed or averaged."""
    groups: dict[date, list[float]] = {}
    for monday, value in data:
        groups.setdefault(period_start(monday, period), []).append(value)
    return [(start, sum(v) / len(v) if mean else sum(v)) for start, v in groups.items()]


def streak_series(done: Iterable[date], first: date, last: date) -> list[tuple[date, int]]:
    """The running streak on each day of ``[first, last]`` (a day not done resets it to 0): the reference
    ``streak_corners`` (what the app draws, from stored runs) is checked against."""
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


def counts_as_done(kind: str, target: float | None, value: float) -> bool:
    """Whether a day's value makes the day "done" for a goal of ``kind``."""
    return value >= (target or 0) if kind == "measured" else value > 0


def run_step(kind: str) -> int:
    """Days between the points of a run: a day, or a week for a weekly count."""
    return 7 if kind == "weekly_count" else 1
