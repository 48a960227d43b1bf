"""The data behind the Progress view: a few aggregate queries a chart, then the pure ``stats`` functions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.goals import stats
from recoverybox.core.goals.service import goal_began
from recoverybox.core.storage.models import (
    Attendance,
    CheckIn,
    Event,
    Goal,
    GoalRun,
    GoalWeek,
    JournalEntry,
    SobrietyClock,
)

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.recovery.sobriety import SobrietyService
    from recoverybox.core.storage.db import Database

RANGES = {"4w": 28, "3m": 91, "1y": 365, "all": None}
LONG_RANGE_DAYS = 400  # beyond this, mood and cravings are weekly means
VERY_LONG_RANGE_DAYS = 3 * 366  # beyond this, monthly means: years of points are unreadable and slow to draw
DECADE_DAYS = 10 * 366  # beyond this, quarterly means
MAX_WEEK_BARS = 26  # beyond half a year, weekly bars become months
MAX_BARS = 60  # beyond five years of months, quarters; beyond fifteen years, years


def bar_period(first: date, last: date) -> str:
    """How the bar charts count ``first``–``last``: per week up to half a year, then per month, quarter or
    year, so no chart draws more than ``MAX_BARS`` bars (or ``MAX_WEEK_BARS`` weekly ones)."""
    return stats.bar_period(first, last, MAX_BARS, MAX_WEEK_BARS)


def _period_start(day_column: Any, period: str) -> Any:
    """The first day of a stored day's week, month or year, in SQL. Text slicing is cheap; only the week
    needs date() on every row. Quarters are gathered from months in Python (``_sql_period``): building
    their dates in SQL (printf on every row) cost more than the whole query."""
    if period == "week":  # date(day, '-6 days', 'weekday 1') is the Monday on or before ``day``
        return func.date(day_column, "-6 days", "weekday 1")
    if period == "month":
        return func.substr(day_column, 1, 7) + "-01"
    return func.substr(day_column, 1, 4) + "-01-01"


def _sql_period(period: str) -> str:
    """The period SQL groups by for ``period``: months, for quarters."""
    return "month" if period == "quarter" else period


# The mood and craving lines' names by the period a point stands for (the view translates them): the means, then
# their rolling averages.
_MOOD_NAMES = {
    "day": (
        QT_TRANSLATE_NOOP("ProgressView", "Mood"),
        QT_TRANSLATE_NOOP("ProgressView", "Mood, 7-day average"),
        QT_TRANSLATE_NOOP("ProgressView", "Craving"),
        QT_TRANSLATE_NOOP("ProgressView", "Craving, 7-day average"),
    ),
    "week": (
        QT_TRANSLATE_NOOP("ProgressView", "Mood (weekly mean)"),
        QT_TRANSLATE_NOOP("ProgressView", "Mood, 4-week average"),
        QT_TRANSLATE_NOOP("ProgressView", "Craving (weekly mean)"),
        QT_TRANSLATE_NOOP("ProgressView", "Craving, 4-week average"),
    ),
    "month": (
        QT_TRANSLATE_NOOP("ProgressView", "Mood (monthly mean)"),
        QT_TRANSLATE_NOOP("ProgressView", "Mood, 3-month average"),
        QT_TRANSLATE_NOOP("ProgressView", "Craving (monthly mean)"),
        QT_TRANSLATE_NOOP("ProgressView", "Craving, 3-month average"),
    ),
    "quarter": (
        QT_TRANSLATE_NOOP("ProgressView", "Mood (quarterly mean)"),
        QT_TRANSLATE_NOOP("ProgressView", "Mood, 1-year average"),
        QT_TRANSLATE_NOOP("ProgressView", "Craving (quarterly mean)"),
        QT_TRANSLATE_NOOP("ProgressView", "Craving, 1-year average"),
    ),
}


@dataclass(frozen=True)
class Series:
    """A named line or set of bars: (day, value) points."""

    name: str
    points: Sequence[tuple[date, float]]
    period: str = "day"  # what each point stands for: "day", "week", "month", "quarter" or "year"


@dataclass(frozen=True)
class Stretch:
    """One attempt of a sober-since clock: from ``started_on`` to ``ended_on`` (None: still going)."""

    clock: str
    started_on: date
    ended_on: date | None
    days: int


class ProgressService:
    """Chart data for a range of local dates; every method reads with one or two aggregate queries."""

    def __init__(self, db: Database, today: Callable[[], date], sobriety: SobrietyService) -> None:
        self.db = db
        self.today = today
        self.sobriety = sobriety

    def range_for(self, key: str) -> tuple[date, date]:
        today = self.today()
        days = RANGES[key]
        if days is not None:
            return date.fromordinal(today.toordinal() - days + 1), today
        with self.db.reading() as session:
            found = [
                session.scalar(select(func.min(CheckIn.day))),
                session.scalar(select(func.min(JournalEntry.day))),
                session.scalar(select(func.min(Attendance.day))),
            ]
        firsts: list[date] = [d for d in found if d is not None]
        for clock in self.sobriety.clocks():
            firsts += [p.started_on for p in clock.periods]
        return (min(firsts) if firsts else today), today

    def goal_charts(self, goal: Goal, first: date, last: date) -> tuple[Series, Series]:
        """(weekly completion %, streak history) from the stored aggregates (``core.goal_stats``): a row per
        week and per run, however many years the range holds. Over more than ``MAX_WEEK_BARS`` weeks the
        weekly figures are averaged per month, quarter or year (``bar_period``). A weekly count's streak is in
        weeks, as the Goals view counts it."""
        from recoverybox.core.goals.aggregates import raw_values
        from recoverybox.core.goals.stats import run_step

        mondays = stats.iso_weeks(first, last)
        with self.db.reading() as session:
            weeks = {
                monday: (total, done)
                for monday, total, done in session.execute(
                    select(GoalWeek.monday, GoalWeek.total, GoalWeek.days_done).where(
                        GoalWeek.goal_id == goal.id, GoalWeek.monday >= mondays[0], GoalWeek.monday <= last
                    )
                )
            }
            runs = session.execute(
                select(GoalRun.first_day, GoalRun.last_day).where(
                    GoalRun.goal_id == goal.id, GoalRun.last_day >= first - timedelta(days=7), GoalRun.first_day <= last
                )
            ).all()
            earliest_week = session.scalar(select(func.min(GoalWeek.monday)).where(GoalWeek.goal_id == goal.id))
            first_values = (
                raw_values(session.connection(), goal, earliest_week, earliest_week + timedelta(days=6))
                if earliest_week is not None
                else {}
            )
        active_from = goal_began(goal, first_values)
        completion = stats.completion_from_weeks(goal.kind, goal.target, weeks, mondays, active_from, self.today())
        period = bar_period(first, last)
        if period != "week":
            completion = stats.gather(completion, period, mean=True)
        spans = [(begun, ended) for begun, ended in runs]
        if run_step(goal.kind) == 7:
            streak = Series(goal.title, stats.week_streak_corners(spans, first, last), "week")
        else:
            streak = Series(goal.title, stats.streak_corners(spans, first, last))
        return Series(goal.title, completion, period), streak

    def weekly_completion(self, goal: Goal, first: date, last: date) -> Series:
        return self.goal_charts(goal, first, last)[0]

    def streak_history(self, goal: Goal, first: date, last: date) -> Series:
        return self.goal_charts(goal, first, last)[1]

    def sober_days(self, first: date, last: date) -> list[Series]:
        with self.db.reading() as session:
            clocks = session.scalars(select(SobrietyClock).order_by(SobrietyClock.id)).all()
        return [
            Series(
                clock.name, stats.sober_days_series([(p.started_on, p.ended_on) for p in clock.periods], first, last)
            )
            for clock in clocks
        ]

    def sober_stretches(self, first: date, last: date) -> list[Stretch]:
        """Each attempt of each clock that overlaps ``first``–``last``, with its whole length in days."""
        today = self.today()
        with self.db.reading() as session:
            clocks = session.scalars(select(SobrietyClock).order_by(SobrietyClock.id)).all()
            found = []
            for clock in clocks:
                for period in sorted(clock.periods, key=lambda p: p.started_on):
                    end = period.ended_on or today
                    if period.started_on <= last and end >= first:
                        days = max((end - period.started_on).days, 0)
                        found.append(Stretch(clock.name, period.started_on, period.ended_on, days))
        return found

    def attendance(self, first: date, last: date) -> dict[str, Series]:
        """Meetings and therapy sessions attended per ISO week, or per month, quarter or year over longer
        ranges (``bar_period``)."""
        period = bar_period(first, last)
        bucket = _period_start(Attendance.day, _sql_period(period))
        with self.db.reading() as session:
            rows = session.execute(
                select(bucket, Event.kind, func.count())
                .join(Event, Event.id == Attendance.event_id)
                .where(Attendance.status == "attended", Attendance.day >= first, Attendance.day <= last)
                .group_by(bucket, Event.kind)
            ).all()
        counts: dict[str, dict[date, int]] = {"meeting": {}, "therapy": {}}
        for start, kind, count in rows:
            if kind in counts:
                day = stats.period_start(date.fromisoformat(start), period)
                counts[kind][day] = counts[kind].get(day, 0) + count
        starts = stats.period_starts(first, last, period)
        return {kind: Series(kind, [(s, found.get(s, 0)) for s in starts], period) for kind, found in counts.items()}

    def mood_and_craving(self, first: date, last: date) -> dict[str, Series]:
        """Daily points with a 7-day average; over long ranges, weekly means with a 4-week average; over
        years, monthly means with a 3-month average; over more than ten years, quarterly means with a 1-year
        average: years of daily dots are unreadable (and slow to draw). SQL does the averaging."""
        span = (last - first).days
        if span > DECADE_DAYS:
            period, window = "quarter", 365
        elif span > VERY_LONG_RANGE_DAYS:
            period, window = "month", 75
        elif span > LONG_RANGE_DAYS:
            period, window = "week", 28
        else:
            period, window = "day", 7
        bucket = JournalEntry.day if period == "day" else _period_start(JournalEntry.day, _sql_period(period))
        mood_, craving_ = JournalEntry.mood, JournalEntry.craving
        with self.db.reading() as session:
            rows = session.execute(
                select(bucket, func.sum(mood_), func.count(mood_), func.sum(craving_), func.count(craving_))
                .where(JournalEntry.day >= first, JournalEntry.day <= last)
                .group_by(bucket)
            ).all()
        sums: dict[date, list[float]] = {}
        for day, mood_sum, moods, craving_sum, cravings in rows:
            start = date.fromisoformat(str(day))
            found = sums.setdefault(stats.period_start(start, period) if period != "day" else start, [0.0, 0, 0.0, 0])
            found[0] += mood_sum or 0
            found[1] += moods
            found[2] += craving_sum or 0
            found[3] += cravings
        means = [(day, m / n if n else None, c / k if k else None) for day, (m, n, c, k) in sorted(sums.items())]
        names = _MOOD_NAMES[period]
        mood, mood_avg = stats.daily_means_with_rolling(((d, m) for d, m, _c in means if m is not None), window)
        craving, craving_avg = stats.daily_means_with_rolling(((d, c) for d, _m, c in means if c is not None), window)
        return {
            "mood": Series(names[0], mood, period),
            "mood_avg": Series(names[1], mood_avg, period),
            "craving": Series(names[2], craving, period),
            "craving_avg": Series(names[3], craving_avg, period),
        }
