"""Sober-since clocks. A relapse closes a period and opens a new one; no period is ever deleted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

if TYPE_CHECKING:
    pass

from recoverybox.core.base.changes import Area, Changes
from recoverybox.core.base.clock import Clock
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.validation import ValidationError, clean_optional_line, clean_text, clean_title, parse_hhmm
from recoverybox.core.recovery.sober_time import current_period, sober_days
from recoverybox.core.storage.db import Database
from recoverybox.core.storage.models import SobrietyClock, SobrietyPeriod


@dataclass(frozen=True)
class History:
    """What the record of attempts says, for an encouraging summary."""

    attempts: int
    longest_days: int
    average_days: float
    current_days: int


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
