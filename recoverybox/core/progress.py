"""The data behind the Progress view: a few aggregate queries a chart, then the pure ``stats`` functions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from recoverybox.core import stats
from recoverybox.core.goals import goal_began
from recoverybox.core.models import Attendance, CheckIn, Event, Goal, JournalEntry, SobrietyClock

RANGES = {"4w": 28, "3m": 91, "1y": 365, "all": None}
LONG_RANGE_DAYS = 400


@dataclass(frozen=True)
class Series:
    """A named line or set of bars: (day, value) points."""

    name: str
    points: list[tuple[date, float]]


def attended_by_day(session, kind: str, first: date | None = None, last: date | None = None) -> dict[date, int]:
    """How many occurrences of events of ``kind`` were marked attended, per local day."""
    query = (
        select(Attendance.day, func.count())
        .join(Event, Event.id == Attendance.event_id)
        .where(Event.kind == kind, Attendance.status == "attended")
        .group_by(Attendance.day)
    )
    if first is not None:
        query = query.where(Attendance.day >= first)
    if last is not None:
        query = query.where(Attendance.day <= last)
    return dict(session.execute(query).all())


@dataclass(frozen=True)
class Stretch:
    """One attempt of a sober-since clock: from ``started_on`` to ``ended_on`` (None: still going)."""

    clock: str
    started_on: date
    ended_on: date | None
    days: int


class ProgressService:
    """Chart data for a range of local dates; every method reads with one or two aggregate queries."""

    def __init__(self, services) -> None:
        self.services = services

    def range_for(self, key: str) -> tuple[date, date]:
        today = self.services.today()
        days = RANGES[key]
        if days is not None:
            return date.fromordinal(today.toordinal() - days + 1), today
        with self.services.db.reading() as session:
            firsts = [
                session.scalar(select(func.min(CheckIn.day))),
                session.scalar(select(func.min(JournalEntry.day))),
                session.scalar(select(func.min(Attendance.day))),
            ]
        firsts = [d for d in firsts if d is not None]
        for clock in self.services.sobriety.clocks():
            firsts += [p.started_on for p in clock.periods]
        return (min(firsts) if firsts else today), today

    def goal_values(self, goal: Goal, first: date, last: date) -> dict[date, float]:
        with self.services.db.reading() as session:
            values = dict(
                session.execute(
                    select(CheckIn.day, CheckIn.value).where(
                        CheckIn.goal_id == goal.id, CheckIn.day >= first, CheckIn.day <= last
                    )
                ).all()
            )
            if goal.kind == "weekly_count" and goal.linked_event_kind:
                values = stats.merged_daily_values(
                    values, attended_by_day(session, goal.linked_event_kind, first, last)
                )
        return values

    def goal_charts(self, goal: Goal, first: date, last: date) -> tuple[Series, Series]:
        """(weekly completion %, streak history) from one read of the goal's values."""
        values = self.goal_values(goal, date.fromordinal(min(stats.monday_of(first), first).toordinal() - 400), last)
        active_from = goal_began(goal, values)
        completion = stats.weekly_completion(
            goal.kind, goal.target, values, stats.iso_weeks(first, last), active_from, self.services.today()
        )
        threshold = goal.target if goal.kind == "measured" else 1e-9
        done = [day for day, value in values.items() if value >= threshold]
        return Series(goal.title, completion), Series(goal.title, stats.streak_series(done, first, last))

    def weekly_completion(self, goal: Goal, first: date, last: date) -> Series:
        return self.goal_charts(goal, first, last)[0]

    def streak_history(self, goal: Goal, first: date, last: date) -> Series:
        return self.goal_charts(goal, first, last)[1]

    def sober_days(self, first: date, last: date) -> list[Series]:
        with self.services.db.reading() as session:
            clocks = session.scalars(select(SobrietyClock).order_by(SobrietyClock.id)).all()
        return [
            Series(
                clock.name, stats.sober_days_series([(p.started_on, p.ended_on) for p in clock.periods], first, last)
            )
            for clock in clocks
        ]

    def sober_stretches(self, first: date, last: date) -> list[Stretch]:
        """Each attempt of each clock that overlaps ``first``–``last``, with its whole length in days."""
        today = self.services.today()
        with self.services.db.reading() as session:
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
        monday = func.date(Attendance.day, "-6 days", "weekday 1")
        with self.services.db.reading() as session:
            rows = session.execute(
                select(monday, Event.kind, func.count())
                .join(Event, Event.id == Attendance.event_id)
                .where(Attendance.day >= first, Attendance.day <= last, Attendance.status == "attended")
                .group_by(monday, Event.kind)
            ).all()
        weekly = stats.attended_per_week(
            ((date.fromisoformat(day), kind, count) for day, kind, count in rows), stats.iso_weeks(first, last)
        )
        return {kind: Series(kind, points) for kind, points in weekly.items()}

    def mood_and_craving(self, first: date, last: date) -> dict[str, Series]:
        """Daily points with a 7-day average; over long ranges, weekly means with a 4-week average, since
        years of daily dots are unreadable (and slow to draw). SQL does the averaging per day or week."""
        long_range = (last - first).days > LONG_RANGE_DAYS
        # date(day, '-6 days', 'weekday 1') is the Monday on or before ``day``.
        bucket = func.date(JournalEntry.day, "-6 days", "weekday 1") if long_range else JournalEntry.day
        with self.services.db.reading() as session:
            rows = session.execute(
                select(bucket, func.avg(JournalEntry.mood), func.avg(JournalEntry.craving))
                .where(JournalEntry.day >= first, JournalEntry.day <= last)
                .group_by(bucket)
            ).all()
        rows = [(date.fromisoformat(str(day)), mood, craving) for day, mood, craving in rows]
        window, label = (28, "4-week average") if long_range else (7, "7-day average")
        unit = " (weekly mean)" if long_range else ""
        mood, mood_avg = stats.daily_means_with_rolling(((d, m) for d, m, _c in rows if m is not None), window)
        craving, craving_avg = stats.daily_means_with_rolling(((d, c) for d, _m, c in rows if c is not None), window)
        return {
            "mood": Series(f"Mood{unit}", mood),
            "mood_avg": Series(f"Mood, {label}", mood_avg),
            "craving": Series(f"Craving{unit}", craving),
            "craving_avg": Series(f"Craving, {label}", craving_avg),
        }
