"""A goal's history day by day (done, partial, missed) and its habit strength, as Loop Habit Tracker shows them.

Habit strength is an exponentially weighted average of each day's result: today counts most, and a day's
weight halves every ``HALF_LIFE_DAYS`` days. A missed day lowers the score a little instead of wiping it out
the way a broken streak does, and a long run of good days is needed to reach the top.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

DONE, PARTIAL, MISSED, REST = "done", "partial", "missed", "rest"
BEFORE = "before"  # a day before the goal began: not yet a goal, never missed
HALF_LIFE_DAYS = 13
DECAY = 0.5 ** (1 / HALF_LIFE_DAYS)


def day_result(kind: str, target: float | None, values: Mapping[date, float], day: date) -> float:
    """How much of the goal ``day`` met, from 0 to 1.

    Every-day goals: done or not. Measured goals: the share of the target reached. Times-a-week goals: the
    share of the target reached in the seven days ending on ``day``.
    """
    if kind == "daily":
        return 1.0 if values.get(day, 0) > 0 else 0.0
    if kind == "measured":
        goal = target or 0
        value = values.get(day, 0.0)
        if goal <= 0:
            return 1.0 if value > 0 else 0.0
        return max(0.0, min(value / goal, 1.0))
    done = sum(1 for back in range(7) if values.get(day - timedelta(days=back), 0) > 0)
    return min(done / (target or 1), 1.0)


def day_state(
    kind: str, target: float | None, values: Mapping[date, float], day: date, began: date | None = None
) -> str:
    """What the heatmap shows for ``day``: done, partial, missed, rest (a times-a-week goal's free day), or
    before (the goal did not exist yet: ``began`` is its first day)."""
    value = values.get(day, 0.0)
    if began is not None and day < began and value <= 0:
        return BEFORE
    if kind == "weekly_count":
        return DONE if value > 0 else REST
    if kind == "measured" and 0 < value < (target or 0):
        return PARTIAL
    return DONE if value > 0 else MISSED


def strength_series(
    kind: str, target: float | None, values: Mapping[date, float], first: date, last: date
) -> list[tuple[date, float]]:
    """Habit strength (0–100) on each day from ``first`` (when the goal began) to ``last``."""
    score = 0.0
    series = []
    day = first
    while day <= last:
        score = score * DECAY + day_result(kind, target, values, day) * (1 - DECAY)
        series.append((day, score * 100))
        day += timedelta(days=1)
    return series


def strength(kind: str, target: float | None, values: Mapping[date, float], first: date, last: date) -> float:
    """Habit strength (0–100) on ``last``."""
    series = strength_series(kind, target, values, first, last)
    return series[-1][1] if series else 0.0
