"""Events, their occurrences in a range, per-occurrence exceptions and the week agenda."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from recoverybox.core.base.changes import Area, Changes
from recoverybox.core.base.clock import Clock
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, Words
from recoverybox.core.base.folding import fold
from recoverybox.core.base.validation import (
    ValidationError,
    check_choice,
    check_int_range,
    check_zone,
    clean_optional_line,
    clean_text,
    clean_title,
)
from recoverybox.core.calendar.occurrences import (
    CONFLICT_MARK,
    FIRST_YEAR,
    LAST_YEAR,
    MAX_EVENT_LENGTH,
    Occurrence,
    expand_or_skip,
    parse_rdates,
)
from recoverybox.core.calendar.recurrence import normalise_rrule, series_end, starts_between, to_local, to_utc
from recoverybox.core.calendar.snapshots import EventSnapshot, restore_event, snapshot_event
from recoverybox.core.goals.stats import monday_of
from recoverybox.core.storage.columns import EVENT_KINDS, FELLOWSHIPS
from recoverybox.core.storage.db import Database
from recoverybox.core.storage.models import Event, EventException, MeetingLink, Reminder

MAX_OFFSET_MINUTES = 7 * 24 * 60


CLOCK_CHANGE_MARGIN = timedelta(hours=3)


log = logging.getLogger(__name__)


@dataclass
class EventInput:
    """What a person enters for an event. ``start``/``end`` are wall-clock times in ``tz``."""

    title: str
    start: datetime
    end: datetime
    tz: str
    kind: str = "other"
    all_day: bool = False
    rrule: str | None = None
    fellowship: str | None = None
    location: str | None = None
    online_url: str | None = None
    notes: str = ""
    reminder_offsets: list[int] = field(default_factory=list)
    uid: str | None = None
    rdates: list[datetime] = field(default_factory=list)
    # Reminders for this event come through even in quiet hours.
    reminders_always: bool = False
    # A calendar sync's conflict copy: the UID of the event it is a copy of (``core.sync``).
    conflict_of: str | None = None


@dataclass(frozen=True)
class Conflict:
    """A calendar sync's conflict copy (this computer's version of an event) and the event it copies (the
    server's version, if still here)."""

    copy_id: int
    original_id: int | None
    title: str
    original_title: str | None
    start_utc: datetime


def validate_event(data: EventInput) -> EventInput:
    """Check and clean an ``EventInput``; raise ``ValidationError`` naming the first bad field."""
    title = clean_title(data.title)
    kind = check_choice(data.kind, "kind", EVENT_KINDS, Words(QT_TRANSLATE_NOOP("errors", "kind of event")))
    tz = check_zone(data.tz)
    zone = ZoneInfo(tz)
    start, end = (_wall(value, zone, name) for value, name in ((data.start, "start"), (data.end, "end")))
    if data.all_day:
        start = datetime.combine(start.date(), time())
        end = datetime.combine(end.date(), time())
        if end <= start:
            end = start + timedelta(days=1)
    if to_utc(end, zone) <= to_utc(start, zone):
        raise ValidationError("end", QT_TRANSLATE_NOOP("errors", "The end must be after the start."))
    if end - start > MAX_EVENT_LENGTH:
        raise ValidationError("end", QT_TRANSLATE_NOOP("errors", "An event can last at most a year."))
    fellowship = data.fellowship or None
    if fellowship is not None:
        check_choice(fellowship, "fellowship", FELLOWSHIPS, Words(QT_TRANSLATE_NOOP("errors", "fellowship")))
    url = clean_optional_line(data.online_url, "online_url")
    if url is not None and not url.lower().startswith(("https://", "http://")):
        raise ValidationError(
            "online_url", QT_TRANSLATE_NOOP("errors", "An online link must start with https:// or http://.")
        )
    offsets = []
    for offset in data.reminder_offsets:
        if isinstance(offset, int | float) and not isinstance(offset, bool) and offset < 0:
            raise ValidationError(
                "reminders", QT_TRANSLATE_NOOP("errors", "A reminder cannot come after the event starts.")
            )
        offsets.append(
            check_int_range(
                offset,
                "reminders",
                0,
                MAX_OFFSET_MINUTES,
                Words(QT_TRANSLATE_NOOP("errors", "A reminder offset (minutes)")),
            )
        )
    return EventInput(
        title=title,
        start=start,
        end=end,
        tz=tz,
        kind=kind,
        all_day=data.all_day,
        rrule=normalise_rrule(data.rrule, start, zone),
        fellowship=fellowship,
        location=clean_optional_line(data.location, "location"),
        online_url=url,
        notes=clean_text(data.notes, "notes"),
        reminder_offsets=sorted(set(offsets)),
        uid=clean_optional_line(data.uid, "uid", 255),
        rdates=_clean_rdates(data.rdates, zone, start),
        reminders_always=bool(data.reminders_always),
        conflict_of=clean_optional_line(data.conflict_of, "conflict_of", 255),
    )


MAX_RDATES = 1000


def _clean_rdates(values: list[datetime], zone: ZoneInfo, start: datetime) -> list[datetime]:
    """Extra dates (RDATE), with or without a repeat rule; the start itself is never an extra date."""
    if not values:
        return []
    if len(values) > MAX_RDATES:
        raise ValidationError(
            "rdates",
            QT_TRANSLATE_NOOP("errors", "At most {max_rdates} extra dates are supported."),
            max_rdates=MAX_RDATES,
        )
    return sorted({_wall(value, zone, "rdates") for value in values} - {start})


def _wall(value: datetime, zone: ZoneInfo, name: str) -> datetime:
    if not isinstance(value, datetime):
        raise ValidationError(name, QT_TRANSLATE_NOOP("errors", "Please enter a date and time."))
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        what = Words(
            {
                "start": QT_TRANSLATE_NOOP("errors", "The start"),
                "end": QT_TRANSLATE_NOOP("errors", "The end"),
                "rdates": QT_TRANSLATE_NOOP("errors", "An extra date (RDATE)"),
            }.get(name, QT_TRANSLATE_NOOP("errors", "A date"))
        )
        raise ValidationError(
            name,
            QT_TRANSLATE_NOOP(
                "errors",
                "{what} is in the year {year}; dates from {first_year} to {last_year} can be used.",
            ),
            what=what,
            year=value.year,
            first_year=FIRST_YEAR,
            last_year=LAST_YEAR,
        )
    wall = to_local(value, zone) if value.tzinfo is not None else value
    return wall.replace(microsecond=0)


def stored_event(session: Session, event_id: int) -> Event:
    """The event as stored, in this transaction; a clear message if it has gone meanwhile."""
    event = session.get(Event, event_id)
    if event is None:
        raise ValidationError("event", QT_TRANSLATE_NOOP("errors", "This event no longer exists."))
    return event


def event_columns(clean: EventInput) -> dict[str, Any]:
    """An event's stored columns from validated input: local and UTC times, the rule, when the series ends."""
    zone = ZoneInfo(clean.tz)
    start_utc, end_utc = to_utc(clean.start, zone), to_utc(clean.end, zone)
    series_end_utc = series_end(clean.rrule, clean.start, zone, end_utc - start_utc)
    if series_end_utc is not None and clean.rrule:
        series_end_utc += CLOCK_CHANGE_MARGIN  # the last one may end at a wall time an hour or two later
    if series_end_utc is not None and clean.rdates:
        series_end_utc = max(series_end_utc, to_utc(clean.rdates[-1], zone) + (end_utc - start_utc))
    columns = {
        "title": clean.title,
        "kind": clean.kind,
        "tz": clean.tz,
        "all_day": clean.all_day,
        "start_local": clean.start,
        "end_local": clean.end,
        "start_utc": start_utc,
        "end_utc": end_utc,
        "rrule": clean.rrule,
        "rdates": ",".join(d.isoformat() for d in clean.rdates) or None,
        "series_end_utc": series_end_utc,
        "fellowship": clean.fellowship,
        "location": clean.location,
        "online_url": clean.online_url,
        "notes": clean.notes,
        "conflict_of": clean.conflict_of,
    }
    if clean.uid:
        columns["uid"] = clean.uid
    return columns


def event_changes(*event_ids: int) -> Changes:
    """What changing events means for the rest: the calendar, and the goals that count attended meetings."""
    return Changes.of(Area.EVENTS, Area.GOALS, ids=event_ids)


class CalendarService:
    """Create, change and query events; every call is one transaction."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def create_event(self, data: EventInput) -> Changes:
        """A new event (or series); ``.id`` of what this returns is its id."""
        with self._db.transaction() as session:
            event = self.add_event(session, data)
        return event_changes(event.id)

    def add_event(self, session: Session, data: EventInput) -> Event:
        """A new event in the caller's transaction (with what else that one user action writes)."""
        clean = validate_event(data)
        now = self._clock.now()
        event = Event(uid=clean.uid or f"{uuid.uuid4()}@recoverybox", created_at=now, updated_at=now)
        self._apply(event, clean)
        session.add(event)
        session.flush()
        event.reminders = [Reminder(offset_minutes=m, always=clean.reminders_always) for m in clean.reminder_offsets]
        session.flush()
        return event

    def update_event(self, event_id: int, data: EventInput) -> Changes:
        """Change a whole event (or series); exceptions stay attached to their original times."""
        clean = validate_event(data)
        with self._db.transaction() as session:
            event = self._get(session, event_id)
            self._apply(event, clean)
            event.updated_at = self._clock.now()
            wanted = set(clean.reminder_offsets)
            event.reminders = [r for r in event.reminders if r.offset_minutes in wanted] + [
                Reminder(offset_minutes=m) for m in sorted(wanted - {r.offset_minutes for r in event.reminders})
            ]
            for reminder in event.reminders:
                reminder.always = clean.reminders_always

        return event_changes(event_id)

    def delete_event(self, event_id: int) -> Changes:
        with self._db.transaction() as session:
            session.delete(self._get(session, event_id))
        return event_changes(event_id)

    def get_event(self, event_id: int) -> Event:
        with self._db.reading() as session:
            return self._get(session, event_id)

    def cancel_occurrence(self, event_id: int, original_start_local: datetime) -> Changes:
        """Cancel one occurrence of a series (RFC 5545 EXDATE)."""
        with self._db.transaction() as session:
            exc = self._exception_for(session, event_id, original_start_local)
            exc.cancelled = True
        return event_changes(event_id)

    def move_occurrence(
        self, event_id: int, original_start_local: datetime, new_start: datetime, new_end: datetime
    ) -> Changes:
        """Move one occurrence of a series (RFC 5545 RECURRENCE-ID override); times are wall-clock."""
        with self._db.transaction() as session:
            event = self._get(session, event_id)
            zone = ZoneInfo(event.tz)
            start, end = _wall(new_start, zone, "start"), _wall(new_end, zone, "end")
            if to_utc(end, zone) <= to_utc(start, zone):
                raise ValidationError("end", QT_TRANSLATE_NOOP("errors", "The end must be after the start."))
            exc = self._exception_for(session, event_id, original_start_local)
            exc.cancelled = False
            exc.start_local, exc.end_local = start, end
        return event_changes(event_id)

    def occurrences_between(self, after_utc: datetime, before_utc: datetime) -> list[Occurrence]:
        """Every occurrence overlapping ``[after_utc, before_utc)``, sorted by start."""
        return [occ for _event, occ in self.occurrences_with_events(after_utc, before_utc)]

    def occurrences_with_events(self, after_utc: datetime, before_utc: datetime) -> list[tuple[Event, Occurrence]]:
        """Like ``occurrences_between``, each with its (detached, reminders loaded) event."""
        events = self._events_overlapping(after_utc, before_utc)
        found = [(event, occ) for event in events for occ in expand_or_skip(event, after_utc, before_utc)]
        marks = self._marks()
        marks.update((event.id, CONFLICT_MARK) for event in events if event.conflict_of)
        if marks:
            found = [(event, replace(occ, mark=marks[event.id]) if event.id in marks else occ) for event, occ in found]
        return sorted(found, key=lambda pair: (pair[1].start, pair[1].title))

    def conflicts(self) -> list[Conflict]:
        """The conflict copies a calendar sync made (``core.sync``), soonest first, each with its original."""
        with self._db.reading() as session:
            copies = list(
                session.scalars(
                    select(Event)
                    .where(Event.conflict_of.isnot(None), Event.sync_deleted_at.is_(None))
                    .order_by(Event.start_utc)
                )
            )
            if not copies:
                return []
            uids = [copy.conflict_of for copy in copies]
            originals = {e.uid: e for e in session.scalars(select(Event).where(Event.uid.in_(uids)))}
            return [
                Conflict(
                    copy.id,
                    originals[copy.conflict_of].id if copy.conflict_of in originals else None,
                    copy.title,
                    originals[copy.conflict_of].title if copy.conflict_of in originals else None,
                    copy.start_utc,
                )
                for copy in copies
            ]

    def _marks(self) -> dict[int, str]:
        """Events added from a meeting list that the list now marks (few rows: only marked links are read)."""
        with self._db.reading() as session:
            rows = session.execute(
                select(MeetingLink.event_id, MeetingLink.status).where(MeetingLink.status.is_not(None))
            ).all()
        return {row.event_id: row.status for row in rows}

    def _events_overlapping(self, after_utc: datetime, before_utc: datetime) -> list[Event]:
        """Events (detached) with an occurrence that may fall in ``[after_utc, before_utc)``: by their span,
        or by an occurrence moved there from outside it (earlier than the first, later than the last)."""
        with self._db.reading() as session:
            events = list(
                session.scalars(
                    select(Event).where(
                        Event.start_utc < before_utc,
                        or_(Event.series_end_utc.is_(None), Event.series_end_utc > after_utc),
                        Event.sync_deleted_at.is_(None),
                    )
                ).all()
            )
            # Wall times in any zone lie within 14 hours of UTC; a day either side is safely wider. An occurrence
            # lasts at most MAX_EVENT_LENGTH, so the index is read for a year at most, however long the history.
            after_wall, before_wall = (moment.replace(tzinfo=None) for moment in (after_utc, before_utc))
            moved_ids = set(
                session.scalars(
                    select(EventException.event_id).where(
                        EventException.start_local < before_wall + timedelta(days=1),
                        EventException.start_local > after_wall - MAX_EVENT_LENGTH - timedelta(days=1),
                        EventException.end_local > after_wall - timedelta(days=1),
                    )
                )
            ) - {event.id for event in events}
            if moved_ids:
                events += session.scalars(
                    select(Event).where(Event.id.in_(moved_ids), Event.sync_deleted_at.is_(None))
                ).all()
            return events

    def search(self, text: str, now_utc: datetime, limit: int = 30) -> list[Occurrence]:
        """Events whose title, place or notes contain ``text`` (any case or accent), each as its next occurrence in a
        year, or its latest one in the past year when none is coming: upcoming first, soonest first."""
        needle = fold(text.strip())
        if not needle:
            return []
        after, before = now_utc - timedelta(days=366), now_utc + timedelta(days=366)
        events = self._events_overlapping(after, before)
        upcoming, past = [], []
        for event in events:
            found = [
                occ
                for occ in expand_or_skip(event, after, before)
                if needle in fold(" ".join((occ.title, occ.location or "", occ.notes or "")))
            ]
            coming = [occ for occ in found if occ.end > now_utc]
            if coming:
                upcoming.append(min(coming, key=lambda o: o.start))
            elif found:
                past.append(max(found, key=lambda o: o.start))
        upcoming.sort(key=lambda o: o.start)
        past.sort(key=lambda o: o.start, reverse=True)
        return (upcoming + past)[:limit]

    def reminder_offsets(self, event_id: int) -> list[int]:
        """Minutes before the start that an event reminds, soonest last."""
        with self._db.reading() as session:
            event = self._get(session, event_id)
            return sorted((r.offset_minutes for r in event.reminders), reverse=True)

    def days(self, first: date, count: int, zone: ZoneInfo) -> list[Occurrence]:
        """Occurrences overlapping ``count`` local days from ``first`` (midnight to midnight in ``zone``)."""
        start = to_utc(datetime.combine(first, time()), zone)
        end = to_utc(datetime.combine(first + timedelta(days=count), time()), zone)
        return self.occurrences_between(start, end)

    def day(self, day: date, zone: ZoneInfo) -> list[Occurrence]:
        return self.days(day, 1, zone)

    def week(self, monday: date, zone: ZoneInfo) -> list[Occurrence]:
        return self.days(monday, 7, zone)

    @staticmethod
    def _apply(event: Event, clean: EventInput) -> None:
        """Change ``event`` to ``clean``; a conflict copy stays one (only choosing a version ends that)."""
        for name, value in event_columns(clean).items():
            if name != "conflict_of" or value is not None:
                setattr(event, name, value)

    def snapshot(self, event_id: int) -> EventSnapshot:
        """An event as it is now, with its exceptions and reminders, for ``restore`` (undo)."""
        return snapshot_event(self._db, event_id)

    def restore(self, snapshot: EventSnapshot, remove_ids: tuple[int, ...] = ()) -> Changes:
        """Put an event back as ``snapshot`` had it, removing events made since (``remove_ids``)."""
        restore_event(self._db, snapshot, remove_ids)
        return event_changes(snapshot.event_id, *remove_ids)

    @staticmethod
    def _get(session: Session, event_id: int) -> Event:
        return stored_event(session, event_id)

    def _exception_for(self, session: Session, event_id: int, original_start_local: datetime) -> EventException:
        event = self._get(session, event_id)
        if event.rrule is None and not event.rdates:
            raise ValidationError(
                "event", QT_TRANSLATE_NOOP("errors", "Only a repeating event has single occurrences to change.")
            )
        for exc in event.exceptions:  # already changed (perhaps imported for a date the rule no longer has)
            if exc.original_start_local == original_start_local:
                return exc
        zone = ZoneInfo(event.tz)
        instant = to_utc(original_start_local, zone)
        starts = (
            starts_between(event.rrule, event.start_local, zone, instant, instant + timedelta(seconds=1))
            if event.rrule
            else [event.start_local]
        )
        if original_start_local not in starts and original_start_local not in parse_rdates(event.rdates):
            raise ValidationError("occurrence", QT_TRANSLATE_NOOP("errors", "This event does not happen at that time."))
        exc = EventException(original_start_local=original_start_local)
        event.exceptions.append(exc)
        return exc


def iso_week_monday(spec: str | None, today: date) -> date:
    """Monday of ISO week ``YYYY-Www`` (or of the week holding ``today``)."""
    if not spec:
        return monday_of(today)
    try:
        year, week = spec.upper().split("-W")
        monday = date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        raise ValidationError(
            "week", QT_TRANSLATE_NOOP("errors", "“{spec}” is not a week like 2026-W49."), spec=spec
        ) from None
    if not FIRST_YEAR <= monday.year < LAST_YEAR:
        raise ValidationError(
            "week",
            QT_TRANSLATE_NOOP("errors", "Weeks from {first_year} to {value} can be shown; “{spec}” is not one."),
            first_year=FIRST_YEAR,
            value=LAST_YEAR - 1,
            spec=spec,
        )
    return monday
