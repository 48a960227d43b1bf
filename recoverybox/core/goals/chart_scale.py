"""Round axis ticks for charts: values on 1, 2 or 5 × 10ⁿ, dates on week, month or year starts.

No Qt here: the charts ask for ticks, then draw them, so tests can check the numbers directly.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

NICE_STEPS = (1, 2, 5)


def nice_axis(top_value: float, max_ticks: int = 6, whole: bool = True) -> tuple[float, float]:
    """(top, step): ``top`` ≥ ``top_value`` is a multiple of ``step``, a 1/2/5 × 10ⁿ giving at most
    ``max_ticks`` intervals from 0. ``whole`` keeps the step at 1 or more (counts are never fractions)."""
    if not math.isfinite(top_value) or top_value <= 0:
        return (1.0 if whole else 1.0), 1.0
    raw = top_value / max(max_ticks, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next((n * magnitude for n in NICE_STEPS if n * magnitude >= raw), 10 * magnitude)
    if whole:
        step = max(step, 1.0)
    top = math.ceil(top_value / step - 1e-9) * step
    return float(top), float(step)


def ticks(top: float, step: float) -> list[float]:
    """0, step, 2·step … top."""
    count = round(top / step)
    return [round(i * step, 10) for i in range(count + 1)]


def date_ticks(first: date, last: date, max_ticks: int = 6) -> tuple[list[date], str]:
    """Round dates between ``first`` and ``last`` and the unit they fall on: "week" (Mondays), "month"
    (1st of every 1, 2, 3 or 6 months) or "year" (1 January of every 1, 2, 5 … years)."""
    max_ticks = max(max_ticks, 2)
    span = (last - first).days
    if span <= 7 * max_ticks * 2:
        for weeks in (1, 2):
            monday = first + timedelta(days=(7 - first.weekday()) % 7)
            found = []
            while monday <= last:
                found.append(monday)
                monday += timedelta(weeks=weeks)
            if len(found) <= max_ticks:
                return found, "week"
    month_count = (last.year - first.year) * 12 + last.month - first.month + 1
    if month_count <= 6 * (max_ticks + 1):  # else even every sixth month is too many: years, without the list
        starts = _month_starts(first, last)
        for months in (1, 2, 3, 6):
            found = [d for d in starts if (d.month - 1) % months == 0]
            if len(found) <= max_ticks:
                return found, "month"
    years = [date(y, 1, 1) for y in range(first.year, last.year + 1) if date(y, 1, 1) >= first]
    for every in (1, 2, 5, 10, 20, 50):
        found = [d for d in years if d.year % every == 0]
        if len(found) <= max_ticks:
            return found, "year"
    return years[:: math.ceil(len(years) / max_ticks)], "year"


def _month_starts(first: date, last: date) -> list[date]:
    day = date(first.year, first.month, 1)
    if day < first:
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    found = []
    while day <= last:
        found.append(day)
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return found


def thin_labels(count: int, max_labels: int) -> list[bool]:
    """Which of ``count`` evenly spaced labels to show so that at most ``max_labels`` show, always
    including the last (the newest)."""
    if count <= max_labels:
        return [True] * count
    every = math.ceil(count / max(max_labels, 1))
    return [(count - 1 - i) % every == 0 for i in range(count)]
