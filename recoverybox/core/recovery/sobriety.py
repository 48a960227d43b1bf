"""Sober-since clocks. A relapse closes a period and opens a new one; no period is ever deleted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

if TYPE_CHECKING:
    from dateutil.relativedelta import relativedelta

from recoverybox.core.base.changes import Area, Changes
from recoverybox.core.base.clock import Clock
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.validation import ValidationError, clean_optional_line, clean_text, clean_title, parse_hhmm
from recoverybox.core.storage.db import Database
from recoverybox.core.storage.models import SobrietyClock, SobrietyPeriod


@dataclass(frozen=True)
class History:
    """What the record of attempts says, for an encouraging summary."""

    attempts: int
    longest_days: int
    average_days: float
    current_days: int


def sober_days(started_on: date, today: date) -> int:
    """Whole local calendar days since ``started_on`` (a 23- or 25-hour day still counts once)."""
    return max(0, (today - started_on).days)


def current_period(clock: SobrietyClock) -> SobrietyPeriod | None:
    return next((p for p in reversed(clock.periods) if p.ended_on is None), None)


def _check_cost(value: float | None, field: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100_000:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "Please enter an amount from 0 to 100,000, or leave it empty.")
        )
    return float(value)


class SobrietyService:
    """Clocks, resets and history; every call is one transaction."""

    def __init__(self, db: Database, clock: Clock, today: Callable[[], date]) -> None:
        self._db = db
        self._clock = clock
        self._today = today

    def create_clock(
        self,
        name: str,
        since: date,
        since_time: str | None = None,
        daily_cost: float | None = None,
        daily_minutes: float | None = None,
    ) -> Changes:
        name = clean_title(name, "name")
        self._check_since(since)
        since_time = clean_optional_line(since_time, "since_time", 5)
        if since_time is not None:
            parse_hhmm(since_time, "since_time")
        row = SobrietyClock(
            name=name,
            daily_cost=_check_cost(daily_cost, "daily_cost"),
            daily_minutes=_check_cost(daily_minutes, "daily_minutes"),
            created_at=self._clock.now(),
        )
        with self._db.transaction() as session:
            session.add(row)
            session.flush()
            session.add(SobrietyPeriod(clock_id=row.id, started_on=since, started_time=since_time, note=""))
        return Changes.of(Area.SOBRIETY, ids=(row.id,))

    def get(self, clock_id: int) -> SobrietyClock:
        with self._db.reading() as session:
            row = session.get(SobrietyClock, clock_id)
            if row is None:
                raise ValidationError("clock", QT_TRANSLATE_NOOP("errors", "This clock no longer exists."))
            return row

    def clocks(self) -> list[SobrietyClock]:
        with self._db.reading() as session:
            return list(session.scalars(select(SobrietyClock).order_by(SobrietyClock.id)))

    def reset(self, clock_id: int, new_since: date | None = None, note: str = "") -> Changes:
        """Start again after a slip: the running period ends (kept in history), a new one begins."""
        new_since = new_since or self._today()
        self._check_since(new_since)
        note = clean_text(note, "note", 5000)
        with self._db.transaction() as session:
            row = session.get(SobrietyClock, clock_id)
            if row is None:
                raise ValidationError("clock", QT_TRANSLATE_NOOP("errors", "This clock no longer exists."))
            running = current_period(row)
            if running is not None:
                if new_since < running.started_on:
                    raise ValidationError(
                        "since", QT_TRANSLATE_NOOP("errors", "The new start can't be before the current one began.")
                    )
                running.ended_on = new_since
                running.note = note
            period = SobrietyPeriod(clock_id=clock_id, started_on=new_since, note="")
            session.add(period)
        return Changes.of(Area.SOBRIETY, ids=(clock_id,))

    def history(self, clock: SobrietyClock) -> History:
        today = self._today()
        lengths = [sober_days(p.started_on, p.ended_on or today) for p in clock.periods]
        running = current_period(clock)
        return History(
            attempts=len(lengths),
            longest_days=max(lengths, default=0),
            average_days=(sum(lengths) / len(lengths)) if lengths else 0.0,
            current_days=sober_days(running.started_on, today) if running else 0,
        )

    def _check_since(self, since: date) -> None:
        if not isinstance(since, date):
            raise ValidationError("since", QT_TRANSLATE_NOOP("errors", "Please choose a date."))
        if since > self._today():
            raise ValidationError("since", QT_TRANSLATE_NOOP("errors", "The sober-since date can't be in the future."))


MILESTONE_DAYS = (1, 3, 7, 14, 30, 60, 90, 180)


@dataclass(frozen=True)
class Milestone:
    """A day worth celebrating: ``days`` after the start, on local date ``on``."""

    days: int
    on: date
    label: str


def milestones(started_on: date, until: date) -> list[Milestone]:
    """Milestones from ``started_on`` up to and including ``until``, plus the next one after it.

    1, 3, 7, 14, 30, 60, 90 and 180 days, then 1 year, 18 months, and each year after that (calendar years
    and months, so a leap day does not shift them).
    """
    from dateutil.relativedelta import relativedelta

    found = [Milestone(n, started_on + timedelta(days=n), f"{n} day{'s' if n > 1 else ''}") for n in MILESTONE_DAYS]
    found.append(_calendar_milestone(started_on, relativedelta(years=1), "1 year"))
    found.append(_calendar_milestone(started_on, relativedelta(months=18), "18 months"))
    years = 2
    while found[-1].on <= until:
        found.append(_calendar_milestone(started_on, relativedelta(years=years), f"{years} years"))
        years += 1
    past = [m for m in found if m.on <= until]
    upcoming = [m for m in found if m.on > until]
    return past + upcoming[:1]


def _calendar_milestone(started_on: date, delta: relativedelta, label: str) -> Milestone:
    on = started_on + delta
    return Milestone((on - started_on).days, on, label)


@dataclass(frozen=True)
class Elapsed:
    """Sober time as a person counts it: calendar years, months and days (hours in the first days)."""

    years: int
    months: int
    days: int
    total_days: int
    hours: int | None


def elapsed(started_on: date, started_time: str | None, now_local: datetime) -> Elapsed:
    """Elapsed sober time from a local start date (and optional HH:MM) to a local, naive ``now``."""
    from dateutil.relativedelta import relativedelta

    today = now_local.date()
    span = relativedelta(today, started_on)
    hours = None
    total = sober_days(started_on, today)
    if total < 3:
        hh, mm = parse_hhmm(started_time, "since_time") if started_time else (0, 0)
        start = datetime.combine(started_on, time(hh, mm))
        hours = max(0, int((now_local - start).total_seconds() // 3600))
    return Elapsed(max(span.years, 0), max(span.months, 0), max(span.days, 0), total, hours)


def live_span(started_on: date, started_time: str | None, now_local: datetime) -> tuple[int, int, int]:
    """(days, hours, minutes) since the start (midnight when no time was given), for a live clock."""
    hh, mm = parse_hhmm(started_time, "since_time") if started_time else (0, 0)
    seconds = max(0, int((now_local - datetime.combine(started_on, time(hh, mm))).total_seconds()))
    days, rest = divmod(seconds, 86_400)
    return days, rest // 3600, rest % 3600 // 60


def milestone_progress(started_on: date, today: date) -> tuple[Milestone | None, Milestone, float]:
    """The last milestone reached (None before the first), the next one, and how far (0–1) the days between
    them have come."""
    found = milestones(started_on, today)
    reached = [m for m in found if m.on <= today]
    upcoming = next(m for m in found if m.on > today)
    previous = reached[-1] if reached else None
    begin = previous.on if previous else started_on
    span = (upcoming.on - begin).days
    return previous, upcoming, min(max((today - begin).days / span, 0.0), 1.0) if span else 0.0
