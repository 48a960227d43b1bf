"""iCalendar (.ics) import and export with the ``icalendar`` package.

Reading a file is ``ics_read``'s work; here the events read are written in one transaction (an event already
here, by UID, is updated), and events are written out as a calendar file. Rules without an end are stored as
rules and expanded lazily, never materialised.
"""

from __future__ import annotations

import functools
import re
import stat
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import Table, insert, select

from recoverybox.core.base.changes import Area, Changes
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, UserError
from recoverybox.core.base.timezones import UTC_NAMES
from recoverybox.core.base.work import Report, part, tell
from recoverybox.core.calendar.events import CalendarService, event_columns
from recoverybox.core.calendar.ics_findings import MAX_FILE_BYTES, ImportedEvent, Phrase
from recoverybox.core.calendar.ics_read import read_calendar
from recoverybox.core.calendar.ics_values import IcsError
from recoverybox.core.calendar.occurrences import parse_rdates
from recoverybox.core.calendar.recurrence import rule_lines, to_utc
from recoverybox.core.storage.files import write_bytes_whole
from recoverybox.core.storage.models import Event, EventException, Reminder

if TYPE_CHECKING:  # for annotations only: no import at run time
    from icalendar import Component
    from sqlalchemy.orm import Session

    from recoverybox.core.calendar.events import CalendarService
    from recoverybox.core.settings.zone import PersonsTime
    from recoverybox.core.storage.db import Database

__all__ = ["MAX_FILE_BYTES", "IcsError", "IcsService", "ImportSummary"]
PRODID = "-//RecoveryBox//RecoveryBox 1.0//EN"


@dataclass(frozen=True)
class ImportSummary:
    """How many events were added and updated; what was read differently from the file, and what was not read."""

    created: int
    updated: int
    adjusted: tuple[str, ...] = ()  # in English (the log, the tests); ``notes`` and ``problems`` for the person
    skipped: tuple[str, ...] = ()
    notes: tuple[tuple[Phrase, tuple[str, ...]], ...] = ()  # each adjustment with the titles of its events
    problems: tuple[UserError, ...] = ()  # why each skipped event was skipped

    @property
    def changes(self) -> Changes:
        return Changes.of(Area.EVENTS, Area.GOALS) if self.created or self.updated else Changes()

    def notes_text(self, most: int = 10, gap: str = "\n") -> str:
        """The adjusted and skipped events in sentences (up to ``most`` skipped ones named), one paragraph
        each, ``gap`` between them; or ""."""
        paragraphs = list(self.adjusted)
        if self.skipped:
            lines = [f"{len(self.skipped)} event(s) could not be read and were left out:"]
            lines += [f"  • {why}" for why in self.skipped[:most]]
            if len(self.skipped) > most:
                lines.append(f"  • and {len(self.skipped) - most} more.")
            paragraphs.append("\n".join(lines))
        return gap.join(paragraphs)


EVENTS = cast(Table, Event.__table__)
REMINDERS = cast(Table, Reminder.__table__)
EXCEPTIONS = cast(Table, EventException.__table__)
EXCEPTION_COLUMNS = {
    "cancelled": False,
    "start_local": None,
    "end_local": None,
    "title": None,
    "notes": None,
    "all_day": None,
    "location": None,
    "reminders": None,
}
WRITE_BATCH = 1000  # new events written per statement batch; progress is told between batches


def _unique_exceptions(item: ImportedEvent) -> list[dict[str, Any]]:
    """An event's cancelled and changed occurrences, one per original start (the first one wins)."""
    seen: set[datetime] = set()
    unique = []
    for values in item.exceptions:
        if values["original_start_local"] not in seen:
            seen.add(values["original_start_local"])
            unique.append(values)
    return unique


class IcsService:
    """Import a file into the database in one transaction; export events to a file."""

    def __init__(self, db: Database, time: PersonsTime, calendar: CalendarService) -> None:
        self.db = db
        self.time = time
        self.calendar = calendar

    def import_file(self, path: str | Path, report: Report | None = None) -> ImportSummary:
        """Import a file; its type and size are checked before a byte is read (a device or pipe never is)."""
        path = Path(path)
        try:
            info = path.stat()
            if not stat.S_ISREG(info.st_mode):
                raise IcsError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This is not a calendar file but a folder, device or pipe, so it was not read.",
                    )
                )
            if info.st_size > MAX_FILE_BYTES:
                raise IcsError(
                    QT_TRANSLATE_NOOP("errors", "This file is {value} MB; calendars up to 5 MB can be imported."),
                    value=info.st_size // (1024 * 1024),
                )
            with open(path, "rb") as handle:
                raw = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise IcsError(
                QT_TRANSLATE_NOOP("errors", "The file could not be read ({strerror})."), strerror=exc.strerror
            ) from None
        return self.import_bytes(raw, report)

    def import_bytes(self, raw: bytes, report: Report | None = None) -> ImportSummary:
        """Read the whole file, then write it in one transaction: events already here (by UID) are updated,
        the rest inserted as rows, ``WRITE_BATCH`` at a time. ``report`` hears how far reading and writing
        have got, and a Cancel it raises rolls everything back."""
        tell(report, 0, 1)
        read = read_calendar(raw, self.time.zone_name, part(report, 0.0, 0.6))
        events = read.events
        skipped = read.notes.skipped
        if not events and len(skipped) == 1:
            raise skipped[0]
        if not events and skipped:
            raise IcsError(
                QT_TRANSLATE_NOOP("errors", "None of the {count} events could be read. The first: {first}"),
                count=len(skipped),
                first=skipped[0],
            )
        report = part(report, 0.6, 1.0)
        with self.db.transaction() as session:
            created, updated = self.store(session, events, report)  # its last report is inside the transaction
        notes = tuple((what, tuple(titles)) for what, titles in read.notes.adjusted.items())
        english = tuple(error.message for error in skipped)
        return ImportSummary(created, updated, tuple(read.notes.adjusted_lines()), english, notes, tuple(skipped))

    def store(self, session: Session, events: list[ImportedEvent], report: Report | None = None) -> tuple[int, int]:
        """Write ``events`` read by ``ics_read`` in ``session``'s transaction: an event already here (by UID) is
        updated, its exceptions and reminders replaced; the rest are inserted. (created, updated)."""
        created = updated = 0
        now = self.time.clock.now()
        total = len(events)
        with session.no_autoflush:
            uids = [item.data.uid for item in events]
            existing: dict[str, Event] = {}
            for start in range(0, len(uids), 500):
                chunk = uids[start : start + 500]
                existing.update((e.uid, e) for e in session.scalars(select(Event).where(Event.uid.in_(chunk))))
            for event in existing.values():  # an update replaces its exceptions and reminders: drop the old first
                event.exceptions.clear()
                event.reminders.clear()
            session.flush()
            # Events already here are updated through the ORM (a changed kind moves goal figures); new ones
            # go in as rows, a batch at a time: no unit of work for thousands of objects.
            for done, item in enumerate(item for item in events if item.data.uid in existing):
                if done % 200 == 0:
                    tell(report, done, total)
                event = existing[item.data.uid or ""]
                CalendarService._apply(event, item.data)
                event.sync_deleted_at = None  # back in the calendar (received again, or imported)
                event.updated_at = now
                event.reminders.extend(
                    Reminder(offset_minutes=m, always=m in item.always) for m in item.data.reminder_offsets
                )
                event.exceptions.extend(EventException(**values) for values in _unique_exceptions(item))
                updated += 1
            session.flush()
            fresh = [item for item in events if item.data.uid not in existing]
            for start in range(0, len(fresh), WRITE_BATCH):
                tell(report, updated + start, total)
                batch = fresh[start : start + WRITE_BATCH]
                rows = [{**event_columns(item.data), "created_at": now, "updated_at": now} for item in batch]
                # Plain executemany on the tables: the ORM's bulk path with RETURNING ran one statement
                # per few rows, five times slower.
                connection = session.connection()
                connection.execute(insert(EVENTS), rows)
                uids = [item.data.uid for item in batch]
                ids = dict(connection.execute(select(Event.uid, Event.id).where(Event.uid.in_(uids))).all())
                reminders = [
                    {"event_id": ids[item.data.uid or ""], "offset_minutes": m, "always": m in item.always}
                    for item in batch
                    for m in item.data.reminder_offsets
                ]
                if reminders:
                    connection.execute(insert(REMINDERS), reminders)
                exceptions = [  # every row with every column: executemany takes its columns from the first
                    {**EXCEPTION_COLUMNS, "event_id": ids[item.data.uid or ""], **values}
                    for item in batch
                    for values in _unique_exceptions(item)
                ]
                if exceptions:
                    connection.execute(insert(EXCEPTIONS), exceptions)
                created += len(batch)
            tell(report, total, total)  # inside the transaction: a Cancel now still rolls it all back
        return created, updated

    def export_file(
        self, path: str | Path, first: date | None = None, last: date | None = None, report: Report | None = None
    ) -> int:
        """Write events (those with an occurrence in ``[first, last]`` when given) to ``path``."""
        data, count = self.export_bytes(first, last, report)
        write_bytes_whole(Path(path), data)
        return count

    def export_bytes(
        self, first: date | None = None, last: date | None = None, report: Report | None = None
    ) -> tuple[bytes, int]:
        import icalendar

        with self.db.reading() as session:
            events = list(
                session.scalars(select(Event).where(Event.sync_deleted_at.is_(None)).order_by(Event.start_utc))
            )
        if first is not None or last is not None:
            zone = self.time.zone
            after = to_utc(datetime.combine(first or date(1900, 1, 1), time()), zone)
            before = to_utc(datetime.combine((last or date(2200, 1, 1)) + timedelta(days=1), time()), zone)
            wanted = {occ.event_id for occ in self.calendar.occurrences_between(after, before)}
            events = [e for e in events if e.id in wanted]
        calendar = icalendar.Calendar()
        calendar.add("PRODID", PRODID)
        calendar.add("VERSION", "2.0")
        # The calendar's zone, for programs that show one; left out when a series in UTC would then be read
        # as repeating in it (ics_read.INTERPRETATION["UTC with X-WR-TIMEZONE"]).
        if not any(event.tz in UTC_NAMES and (event.rrule or event.rdates) for event in events):
            calendar.add("X-WR-TIMEZONE", self.time.zone_name)
        stamp = self.time.clock.now()
        for done, event in enumerate(events):
            if done % 200 == 0:
                tell(report, done, len(events))
            calendar.add_component(_vevent(event, stamp))
            for exc in event.exceptions:
                if not exc.cancelled:
                    calendar.add_component(_override_vevent(event, exc, stamp))
        calendar.add_missing_timezones(last_date=ZONE_RULES_UNTIL)
        data = calendar.to_ical()
        tell(report, len(events), len(events))
        return data, len(events)


def event_resource(event: Event, stamp: datetime, zones: bool = True) -> bytes:
    """One event as a calendar of its own (its series, changed occurrences and, with ``zones``, the VTIMEZONE
    of each zone it names): a CalDAV resource."""
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add_component(_vevent(event, stamp))
    for exc in event.exceptions:
        if not exc.cancelled:
            calendar.add_component(_override_vevent(event, exc, stamp))
    data = bytes(calendar.to_ical())
    if zones:  # as add_missing_timezones() writes them, each made and written once (14 ms an event, each time)
        written = b"".join(_vtimezone(tzid) for tzid in sorted(calendar.get_missing_tzids()))
        data = data.replace(b"BEGIN:VEVENT", written + b"BEGIN:VEVENT", 1)
    return data


ZONE_RULES_UNTIL = date(2100, 1, 1)


@functools.lru_cache(maxsize=64)
def _vtimezone(tzid: str) -> bytes:
    """The VTIMEZONE of an IANA zone, as written in a calendar; b"" for an unknown one. Its changes are written
    from 1970 to ``ZONE_RULES_UNTIL`` (not icalendar's default 2037): a program without zone tables of its own
    reads a series' later years by them."""
    import icalendar

    try:
        return bytes(icalendar.Timezone.from_tzid(tzid, last_date=ZONE_RULES_UNTIL).to_ical())
    except ValueError:
        return b""


def _vevent(event: Event, stamp: datetime) -> Component:
    import icalendar

    zone = ZoneInfo(event.tz)
    component = icalendar.Event()
    component.add("UID", event.uid)
    component.add("DTSTAMP", stamp)
    component.add("SUMMARY", event.title)
    _add_times(component, event.start_local, event.end_local, zone, event.all_day)
    for line in rule_lines(event.rrule or ""):  # one RRULE property per stored line
        line = _date_until(line, zone) if event.all_day else line
        component.add("RRULE", icalendar.vRecur.from_ical(line))
    for extra in parse_rdates(event.rdates):
        _add_at(component, "RDATE", extra, zone, event.all_day)
    for exc in event.exceptions:  # EXDATE: any date of the set, the first one too
        if exc.cancelled:
            _add_at(component, "EXDATE", exc.original_start_local, zone, event.all_day)
    if event.location:
        component.add("LOCATION", event.location)
    if event.online_url:
        component.add("URL", event.online_url)
    if event.notes:
        component.add("DESCRIPTION", event.notes)
    component.add("X-RECOVERYBOX-KIND", event.kind)
    if event.all_day:
        component.add("X-RECOVERYBOX-TZ", event.tz)  # a DATE has no zone; keep the one the person chose
    if event.fellowship:
        component.add("X-RECOVERYBOX-FELLOWSHIP", event.fellowship)
    if event.conflict_of:
        component.add("X-RECOVERYBOX-CONFLICT-OF", event.conflict_of)
    always = [str(r.offset_minutes) for r in event.reminders if r.always]
    if always:
        component.add("X-RECOVERYBOX-ALWAYS", ",".join(always))
    for reminder in event.reminders:
        component.add_component(_alarm(event.title, reminder.offset_minutes))
    return component


def _alarm(title: str, minutes_before: int) -> Component:
    import icalendar

    alarm = icalendar.Alarm()
    alarm.add("ACTION", "DISPLAY")
    alarm.add("DESCRIPTION", title)
    alarm.add("TRIGGER", timedelta(minutes=-minutes_before))
    return alarm


def _date_until(line: str, zone: ZoneInfo) -> str:
    """A date series' rule with its UNTIL as a DATE (RFC 5545), the last local date its stored UTC end includes:
    read back as a time, it would end on a day that depends on the reader's zone."""

    def as_date(match: re.Match[str]) -> str:
        instant = datetime.strptime(match.group(2), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        return f"{match.group(1)}UNTIL={instant.astimezone(zone):%Y%m%d}"

    return re.sub(r"(^|;)UNTIL=(\d{8}T\d{6}Z)", as_date, line)


def _override_vevent(event: Event, exc: EventException, stamp: datetime) -> Component:
    import icalendar

    zone = ZoneInfo(event.tz)
    component = icalendar.Event()
    component.add("UID", event.uid)
    component.add("DTSTAMP", stamp)
    _add_at(component, "RECURRENCE-ID", exc.original_start_local, zone, event.all_day)
    component.add("SUMMARY", exc.title or event.title)
    start = exc.start_local or exc.original_start_local
    end = exc.end_local or start + (event.end_local - event.start_local)
    _add_times(component, start, end, zone, event.all_day if exc.all_day is None else exc.all_day)
    if exc.notes is not None:
        component.add("DESCRIPTION", exc.notes)
    if exc.location:
        component.add("LOCATION", exc.location)
    for offset in exc.own_reminders() or ():
        component.add_component(_alarm(exc.title or event.title, offset))
    return component


def _add_times(component: Component, start: datetime, end: datetime, zone: ZoneInfo, all_day: bool) -> None:
    _add_at(component, "DTSTART", start, zone, all_day)
    _add_at(component, "DTEND", end, zone, all_day)


def _add_at(component: Component, name: str, wall: datetime, zone: ZoneInfo, all_day: bool) -> None:
    """A date or a wall time in ``zone``; a UTC alias other than "UTC" (Etc/UTC…) keeps its name as TZID
    (icalendar would write it as a bare UTC time, and it would come back as "UTC")."""
    if all_day:
        component.add(name, wall.date())
    elif zone.key in UTC_NAMES and zone.key != "UTC":
        component.add(name, wall.replace(tzinfo=None), parameters={"TZID": zone.key})
    else:
        component.add(name, wall.replace(tzinfo=zone))
