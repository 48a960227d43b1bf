"""Sober time, worked out from a start date (and time) and now: days, the elapsed span, milestones. Pure
(no database): the Today view and the sobriety panel import it without the data layer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Protocol, TypeVar

from recoverybox.core.base.validation import parse_hhmm

if TYPE_CHECKING:
    from collections.abc import Sequence

    from dateutil.relativedelta import relativedelta


class Period(Protocol):
    """A sober period as stored (``SobrietyPeriod``) or read without the ORM."""

    started_on: date
    started_time: str | None
    ended_on: date | None


P = TypeVar("P", bound=Period, covariant=True)


class HasPeriods(Protocol[P]):
    """A sober clock (``SobrietyClock``, or one read without the ORM) with its periods, oldest first."""

    @property
    def periods(self) -> Sequence[P]: ...


def sober_days(started_on: date, today: date) -> int:
    """Whole local calendar days since ``started_on`` (a 23- or 25-hour day still counts once)."""
    return max(0, (today - started_on).days)


def current_period(clock: HasPeriods[P]) -> P | None:
    return next((p for p in reversed(clock.periods) if p.ended_on is None), None)


MILESTONE_DAYS = (1, 3, 7, 14, 30, 60, 90, 180)


@dataclass(frozen=True)
class Milestone:
    """A day worth celebrating: ``days`` after the start, on local date ``on``."""

    days: int
    on: date
    count: int  # with ``unit``: what the person is told ("30 days", "1 year", "18 months"), in their language
    unit: str  # "day", "month" or "year"

    @property
    def label(self) -> str:
        """In English, for the log and the tests: "30 days", "1 year"."""
        return f"{self.count} {self.unit}{'s' if self.count != 1 else ''}"


def milestones(started_on: date, until: date) -> list[Milestone]:
    """Milestones from ``started_on`` up to and including ``until``, plus the next one after it.

    1, 3, 7, 14, 30, 60, 90 and 180 days, then 1 year, 18 months, and each year after that (calendar years
    and months, so a leap day does not shift them).
    """
    from dateutil.relativedelta import relativedelta

    found = [Milestone(n, started_on + timedelta(days=n), n, "day") for n in MILESTONE_DAYS]
    found.append(_calendar_milestone(started_on, relativedelta(years=1), 1, "year"))
    found.append(_calendar_milestone(started_on, relativedelta(months=18), 18, "month"))
    years = 2
    while found[-1].on <= until:
        found.append(_calendar_milestone(started_on, relativedelta(years=years), years, "year"))
        years += 1
    past = [m for m in found if m.on <= until]
    upcoming = [m for m in found if m.on > until]
    return past + upcoming[:1]


def _calendar_milestone(started_on: date, delta: relativedelta, count: int, unit: str) -> Milestone:
    on = started_on + delta
    return Milestone((on - started_on).days, on, count, unit)


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
