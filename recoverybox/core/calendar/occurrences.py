"""An event's occurrences in a window of time: the series expanded in its own zone, extra dates (RDATE) and
changed or cancelled occurrences applied, each occurrence's instants in UTC."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from recoverybox.core.calendar.recurrence import starts_between, to_utc

log = logging.getLogger(__name__)
FIRST_YEAR, LAST_YEAR = 1900, 2200  # what can be stored and shown (a date typed 20260 is refused)
MAX_EVENT_LENGTH = timedelta(days=366)  # the longest an occurrence may last
CONFLICT_MARK = "conflict"  # the mark of a calendar sync's conflict copy (``core.sync``)


@dataclass(frozen=True)
class Occurrence:
    """One concrete happening of an event, with its instants in UTC."""

    event_id: int
    title: str
    kind: str
    tz: str
    start: datetime
    end: datetime
    original_start_local: datetime
    all_day: bool = False
    recurring: bool = False
    changed: bool = False
    fellowship: str | None = None
    location: str | None = None
    online_url: str | None = None
    notes: str = ""
    # A meeting added from a meeting list that the list now says is "closed" (temporarily) or that it no
    # longer lists ("vanished"); a calendar sync's conflict copy ("conflict"); "" otherwise.
    mark: str = ""
    # A changed occurrence's own reminders (minutes before), from a calendar file; None: the event's reminders.
    own_reminders: tuple[int, ...] | None = None

    @property
    def key(self) -> str:
        """Stable id of this occurrence: the event and its original wall-clock start."""
        return f"{self.event_id}@{self.original_start_local.isoformat()}"

    def local_start(self, zone: ZoneInfo) -> datetime:
        return self.start.astimezone(zone)

    def local_end(self, zone: ZoneInfo) -> datetime:
        return self.end.astimezone(zone)


class ExceptionRow(Protocol):
    """A changed or cancelled occurrence as stored (``EventException``, or read without the ORM)."""

    @property
    def original_start_local(self) -> datetime: ...
    @property
    def cancelled(self) -> bool: ...
    @property
    def start_local(self) -> datetime | None: ...
    @property
    def end_local(self) -> datetime | None: ...
    @property
    def title(self) -> str | None: ...
    @property
    def notes(self) -> str | None: ...
    @property
    def all_day(self) -> bool | None: ...
    @property
    def location(self) -> str | None: ...
    def own_reminders(self) -> tuple[int, ...] | None: ...


class EventRow(Protocol):
    """An event as stored (``Event``, or read without the ORM: ``core.app.glance``), what expanding it reads."""

    @property
    def id(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def tz(self) -> str: ...
    @property
    def all_day(self) -> bool: ...
    @property
    def start_local(self) -> datetime: ...
    @property
    def end_local(self) -> datetime: ...
    @property
    def start_utc(self) -> datetime: ...
    @property
    def end_utc(self) -> datetime: ...
    @property
    def rrule(self) -> str | None: ...
    @property
    def rdates(self) -> str | None: ...
    @property
    def fellowship(self) -> str | None: ...
    @property
    def location(self) -> str | None: ...
    @property
    def online_url(self) -> str | None: ...
    @property
    def notes(self) -> str: ...
    @property
    def exceptions(self) -> Sequence[ExceptionRow]: ...


def parse_rdates(text: str | None) -> list[datetime]:
    return [datetime.fromisoformat(item) for item in text.split(",")] if text else []


def expand(event: EventRow, after_utc: datetime, before_utc: datetime) -> list[Occurrence]:
    """Occurrences of ``event`` overlapping ``[after_utc, before_utc)``, exceptions applied."""
    zone = ZoneInfo(event.tz)
    duration = event.end_utc - event.start_utc
    wall_duration = event.end_local - event.start_local
    overrides = {exc.original_start_local: exc for exc in event.exceptions}

    def make(
        original: datetime, start_local: datetime, end_local: datetime | None, exc: ExceptionRow | None = None
    ) -> Occurrence:
        start = to_utc(start_local, zone)
        all_day = event.all_day if exc is None or exc.all_day is None else exc.all_day
        # Every occurrence ends at the wall-clock time the first one does (22:00–06:00 stays so on the night
        # the clocks change), as calendar programs show it.
        end = to_utc(end_local if end_local is not None else start_local + wall_duration, zone)
        return Occurrence(
            event_id=event.id,
            title=(exc.title if exc is not None and exc.title else event.title),
            kind=event.kind,
            tz=event.tz,
            start=start,
            end=end,
            original_start_local=original,
            all_day=all_day,
            recurring=event.rrule is not None or bool(event.rdates),
            changed=exc is not None,
            fellowship=event.fellowship,
            location=(exc.location if exc is not None and exc.location else event.location),
            online_url=event.online_url,
            notes=(exc.notes if exc is not None and exc.notes is not None else event.notes),
            own_reminders=exc.own_reminders() if exc is not None else None,
        )

    found: list[Occurrence] = []
    # An occurrence that started before the window may still be running inside it.
    reach = max(duration, wall_duration + timedelta(hours=3))
    if event.rrule is None:
        originals = [event.start_local]
    else:
        originals = starts_between(event.rrule, event.start_local, zone, after_utc - reach, before_utc)
    if event.rdates:
        extra = [
            d
            for d in parse_rdates(event.rdates)
            if FIRST_YEAR <= d.year <= LAST_YEAR and after_utc - reach <= to_utc(d, zone) < before_utc
        ]
        originals = sorted(set(originals) | set(extra))
    for original in originals:
        if original in overrides:
            continue
        occ = make(original, original, None)
        if occ.end > after_utc and occ.start < before_utc:
            found.append(occ)
    for exc in overrides.values():
        if exc.cancelled:
            continue
        occ = make(exc.original_start_local, exc.start_local or exc.original_start_local, exc.end_local, exc)
        if occ.end > after_utc and occ.start < before_utc:
            found.append(occ)
    return found


def expand_or_skip(event: EventRow, after_utc: datetime, before_utc: datetime) -> list[Occurrence]:
    """``expand``, but one event whose stored data cannot be expanded never stops the rest from showing."""
    try:
        return expand(event, after_utc, before_utc)
    except (OverflowError, ValueError, KeyError, TypeError):
        log.warning("event %s could not be expanded and is left out", event.id, exc_info=True)
        return []
