"""iCalendar (.ics) import and export with the ``icalendar`` package.

Import is all or nothing: the whole file is read and validated first, then written in one transaction.
It understands what Google Calendar, Thunderbird and Outlook write: TZID with VTIMEZONE (Windows zone names
too), UTC and floating times, all-day dates, RRULE with EXDATE and RDATE, RECURRENCE-ID overrides, VALARM,
X-WR-TIMEZONE and folded, non-ASCII lines. Re-importing a file updates events by UID. Rules without an end
are stored as rules and expanded lazily, never materialised.
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Table, insert, select

from recoverybox.core.calendar import CalendarService, EventInput, event_columns, parse_rdates, validate_event
from recoverybox.core.files import write_bytes_whole
from recoverybox.core.models import EVENT_KINDS, Event, EventException, Reminder
from recoverybox.core.recurrence import starts_between, to_local, to_utc
from recoverybox.core.validation import MAX_TITLE, ValidationError
from recoverybox.core.work import Report, part, tell

if TYPE_CHECKING:  # for annotations only: no import at run time
    from icalendar import Component

    from recoverybox.core.services import Services

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_EVENTS = 20_000
PRODID = "-//RecoveryBox//RecoveryBox 1.0//EN"
ZERO_LENGTH_SHOWN_AS = timedelta(minutes=30)


@dataclass
class ImportedEvent:
    """One master VEVENT with its overrides, validated and ready to store."""

    data: EventInput
    exceptions: list[dict[str, Any]] = field(default_factory=list)
    always: set[int] = field(default_factory=set)
    left_out: list[str] = field(default_factory=list)  # changed occurrences that match no date of the series


@dataclass(frozen=True)
class ImportSummary:
    created: int
    updated: int
    left_out: tuple[str, ...] = ()

    def left_out_text(self) -> str:
        """A sentence about changed occurrences that were not imported, or ""."""
        if not self.left_out:
            return ""
        return (
            f"{len(self.left_out)} changed occurrence(s) matched no date of their series and were left out: "
            + "; ".join(self.left_out[:3])
            + (" …" if len(self.left_out) > 3 else "")
            + "."
        )


class IcsError(ValidationError):
    """A calendar file that cannot be imported; the message names the problem (and the event)."""

    at = 0  # the number of the event it is about, when known: the first problem in the file is named

    def __init__(self, message: str) -> None:
        super().__init__("file", message)


# ---- import ---------------------------------------------------------------------------------------
PARALLEL_FROM_BYTES = 512 * 1024  # larger files are read by worker processes, a share of the events each
WORKERS = 2
CHUNKS_PER_WORKER = 12  # small shares: even work, a Cancel lands sooner, each result unpickles in a few ms


def read_calendar(raw: bytes, default_zone: str, report: Report | None = None) -> list[ImportedEvent]:
    """Parse and validate a whole .ics file; raises ``IcsError`` naming the first problem.

    A large file is read by ``WORKERS`` processes, each parsing a share of its events with ``icalendar``:
    twice as fast on two cores, and the parsing (its long regular-expression passes over the whole text and
    its garbage collections) never holds this process's interpreter lock, so the window stays responsive.
    ``report`` hears of each share read, and may cancel between them."""
    if len(raw) > MAX_FILE_BYTES:
        raise IcsError(f"This file is {len(raw) // (1024 * 1024)} MB; calendars up to 5 MB can be imported.")
    if b"BEGIN:VCALENDAR" not in raw[:4096].upper():
        raise IcsError("This is not a calendar file (.ics): it does not start with BEGIN:VCALENDAR.")
    text = _decode(raw)
    shares = _shares(text, WORKERS * CHUNKS_PER_WORKER) if len(raw) >= PARALLEL_FROM_BYTES else None
    if shares is None:
        return _read_text(text, default_zone)
    return _read_in_processes(shares, default_zone, report)


def _read_text(text: str, default_zone: str, numbers: list[int] | None = None) -> list[ImportedEvent]:
    """Read a calendar's text in this process. ``numbers`` are its events' places in the whole file, when
    this text holds a share of them (for the messages that name an event by its number)."""
    import icalendar

    try:
        calendar = icalendar.Calendar.from_ical(text)
    except Exception as exc:  # icalendar raises ValueError, KeyError, IndexError… on broken input
        raise _at(
            IcsError(f"This calendar file is damaged and cannot be read ({_short(exc)})."), numbers[0] if numbers else 0
        ) from None
    zone_hint = str(calendar.get("X-WR-TIMEZONE", "") or "")
    floating_zone = zone_hint if _is_zone(zone_hint) else default_zone

    masters: dict[str, tuple[int, Component]] = {}
    overrides: dict[str, list[Component]] = {}
    vevents = [c for c in calendar.walk("VEVENT")]
    if len(vevents) > MAX_EVENTS:
        raise IcsError(f"This file has {len(vevents)} events; up to {MAX_EVENTS} can be imported at once.")
    for index, component in enumerate(vevents, 1):
        number = numbers[index - 1] if numbers else index
        uid = str(component.get("UID", "") or "").strip()
        label = _label(component, number)
        if not uid:
            raise _at(
                IcsError(f"{label} has no UID, so it could not be updated later; the file looks incomplete."), number
            )
        if component.get("RECURRENCE-ID") is not None:
            overrides.setdefault(uid, []).append(component)
        elif uid in masters:
            raise _at(IcsError(f"{label}: two events share the UID “{uid}”."), number)
        else:
            masters[uid] = (number, component)
    events = []
    for uid, (number, component) in masters.items():
        try:
            events.append(_read_event(component, uid, floating_zone, overrides.pop(uid, [])))
        except IcsError as exc:
            raise _at(exc, number) from None
    for uid, orphans in overrides.items():
        # An override without its series (Google exports these for shared events): keep it as a one-off.
        for n, component in enumerate(orphans):
            events.append(_read_event(component, f"{uid}#{n}", floating_zone, []))
    return events


def _at(error: IcsError, number: int) -> IcsError:
    """``error``, marked with the number of the event it is about (the first problem in the file wins)."""
    error.at = number
    return error


# Lines that open or close an event or a time zone; neither nests inside itself or the other. A folded
# line's continuation starts with a space, so one of these at the start of a line is always a real one.
_BLOCK_EDGE = re.compile(r"^(BEGIN|END):(VEVENT|VTIMEZONE)[ \t]*\r?$", re.MULTILINE | re.IGNORECASE)


def _shares(text: str, count: int) -> list[tuple[str, list[int]]] | None:
    """The calendar cut into ``count`` smaller calendars, without parsing it: each holds the file's own
    properties and time zones, and a share of its events, every event of one UID (a series and its changed
    occurrences) in the same share; with the numbers of its events in the whole file. None when the text
    is not laid out simply enough to cut safely (it is then read whole)."""
    zones: list[str] = []
    events: list[tuple[str, str]] = []
    head_end = None
    opened: tuple[str, int] | None = None
    for edge in _BLOCK_EDGE.finditer(text):  # one match at a time: no long pass over the whole text
        verb, name = edge.group(1).upper(), edge.group(2).upper()
        if verb == "BEGIN":
            if opened is not None:
                return None
            opened = (name, edge.start())
            head_end = edge.start() if head_end is None else head_end
            continue
        if opened is None or opened[0] != name:
            return None
        end = text.find("\n", edge.end())
        block = text[opened[1] : len(text) if end < 0 else end + 1]
        if not block.endswith("\n"):
            block += "\r\n"
        if name == "VTIMEZONE":
            zones.append(block)
        else:
            events.append((block, _block_uid(block)))
        opened = None
    if opened is not None or len(events) < 2 or head_end is None:
        return None
    if len(events) > MAX_EVENTS:
        raise IcsError(f"This file has {len(events)} events; up to {MAX_EVENTS} can be imported at once.")
    head, tail = text[:head_end], "".join(zones)
    size = -(-len(events) // count)
    parts: list[tuple[list[str], list[int]]] = [([], [])]
    share_of: dict[str, int] = {}
    for number, (block, uid) in enumerate(events, 1):
        if uid not in share_of or not uid:
            if len(parts[-1][0]) >= size:
                parts.append(([], []))
            share_of[uid] = len(parts) - 1
        blocks, numbers = parts[share_of[uid]]
        blocks.append(block)
        numbers.append(number)
    return [(head + tail + "".join(blocks) + "END:VCALENDAR\r\n", numbers) for blocks, numbers in parts]


def _block_uid(block: str) -> str:
    """The UID of an event's text (its own, not an alarm's inside it), unfolded; "" if it has none."""
    depth = 0
    lines = block.splitlines()
    for index, line in enumerate(lines):
        upper = line[:6].upper()
        if upper.startswith("BEGIN:"):
            depth += 1
        elif upper.startswith("END:"):
            depth -= 1
        elif depth == 1 and upper[:4] in ("UID:", "UID;"):
            value = line
            for more in lines[index + 1 :]:
                if more[:1] not in (" ", "\t"):
                    break
                value += more[1:]
            return value.split(":", 1)[1].strip() if ":" in value else ""
    return ""


def _read_share(text: str, default_zone: str, numbers: list[int]) -> tuple[Any, ...]:
    """In a worker process: ("ok", events) or ("error", event number, message). Errors travel as values,
    since an ``IcsError`` does not survive the trip between processes."""
    try:
        return "ok", _read_text(text, default_zone, numbers)
    except IcsError as exc:
        return "error", exc.at or numbers[0], exc.message


def _read_in_processes(
    shares: list[tuple[str, list[int]]], default_zone: str, report: Report | None
) -> list[ImportedEvent]:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    # "spawn": a fresh interpreter, never a copy of this one with its threads and open database.
    pool = ProcessPoolExecutor(max_workers=WORKERS, mp_context=multiprocessing.get_context("spawn"))
    try:
        futures = [pool.submit(_read_share, text, default_zone, numbers) for text, numbers in shares]
        pending = set(futures)
        while pending:
            tell(report, len(shares) - len(pending), len(shares))  # a Cancel lands here within 0.1 s
            _finished, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
        tell(report, len(shares), len(shares))
        results = [future.result() for future in futures]  # in the file's order
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    errors = sorted((result[1], result[2]) for result in results if result[0] == "error")
    if errors:
        raise IcsError(errors[0][1])
    return [event for result in results for event in result[1]]


def _decode(raw: bytes) -> str:
    """The file's text: UTF-8 (as RFC 5545 says), or the charset it declares; never a guess that loses letters."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = re.search(rb"CHARSET=\"?([A-Za-z0-9_-]+)", raw)
    if declared:
        name = declared.group(1).decode("ascii")
        try:
            return raw.decode(name)
        except (LookupError, UnicodeDecodeError):
            raise IcsError(f"This calendar file says it is in {name}, but it cannot be read as that.") from None
    raise IcsError(
        "This calendar file is not in UTF-8 and does not say which character set it uses, so letters could be "
        "lost. Export it again as UTF-8 (most calendar apps do this by default)."
    )


def _read_event(component: Component, uid: str, floating_zone: str, overrides: list[Component]) -> ImportedEvent:
    label = _label(component, None)
    try:
        own_zone = str(component.get("X-RECOVERYBOX-TZ", "") or "")
        start, zone_name, all_day = _when(
            component, "DTSTART", floating_zone, label, own_zone if _is_zone(own_zone) else None
        )
        if component.get("DTEND") is not None:
            end, _z, _a = _when(component, "DTEND", floating_zone, label, zone_name)
        elif component.get("DURATION") is not None:
            end = start + component.decoded("DURATION")
        else:
            end = start + (timedelta(days=1) if all_day else timedelta(0))
        if not all_day and end == start:
            end = start + ZERO_LENGTH_SHOWN_AS  # RFC 5545 allows an instant; a calendar block needs a length
        rrule = component.get("RRULE").to_ical().decode() if component.get("RRULE") is not None else None
        rdates = _dates(component, "RDATE", zone_name, floating_zone) if rrule else []
        exdates = _dates(component, "EXDATE", zone_name, floating_zone) if rrule else []
        title = str(component.get("SUMMARY", "") or "").strip() or "Untitled event"
        data = EventInput(
            title=title[:MAX_TITLE],
            start=start,
            end=end,
            tz=zone_name,
            kind=_kind(component),
            all_day=all_day,
            rrule=rrule,
            fellowship=(
                str(component.get("X-RECOVERYBOX-FELLOWSHIP")) if component.get("X-RECOVERYBOX-FELLOWSHIP") else None
            ),
            location=(str(component.get("LOCATION", "") or "").replace("\n", " ")[:500] or None),
            online_url=_url(component),
            notes=str(component.get("DESCRIPTION", "") or ""),
            reminder_offsets=_alarms(component),
            uid=uid,
            rdates=rdates,
        )
        clean = validate_event(data)
    except IcsError:
        raise
    except ValidationError as exc:
        raise IcsError(f"{label}: {exc.message}") from None
    except Exception as exc:  # a value icalendar could not decode
        raise IcsError(f"{label}: a date or value in it is not valid ({_short(exc)}).") from None
    imported = ImportedEvent(clean)
    imported.always = {int(m) for m in str(component.get("X-RECOVERYBOX-ALWAYS", "") or "").split(",") if m.isdigit()}
    for original in exdates:
        imported.exceptions.append({"original_start_local": original, "cancelled": True})
    for override in overrides:
        values = _override(override, clean, floating_zone)
        if _is_occurrence(clean, values["original_start_local"]):
            imported.exceptions.append(values)
        else:
            imported.left_out.append(f"{label} on {values['original_start_local']:%d %b %Y %H:%M}")
    return imported


def _is_occurrence(master: EventInput, original: datetime) -> bool:
    """Whether ``original`` (local wall time) is one of ``master``'s own dates (its start, rule or RDATEs)."""
    if original == master.start or original in master.rdates:
        return True
    if master.rrule is None:
        return False
    zone = ZoneInfo(master.tz)
    moment = to_utc(original, zone)
    margin = timedelta(minutes=1)
    return original in starts_between(master.rrule, master.start, zone, moment - margin, moment + margin)


def _override(component: Component, master: EventInput, floating_zone: str) -> dict[str, Any]:
    label = _label(component, None)
    try:
        original, _zone, _all_day = _when(component, "RECURRENCE-ID", floating_zone, label, master.tz)
        if str(component.get("STATUS", "")).upper() == "CANCELLED":
            return {"original_start_local": original, "cancelled": True}
        start, _z, _a = _when(component, "DTSTART", floating_zone, label, master.tz)
        if component.get("DTEND") is not None:
            end, _z, _a = _when(component, "DTEND", floating_zone, label, master.tz)
        else:
            end = start + (master.end - master.start)
    except IcsError:
        raise
    except Exception as exc:
        raise IcsError(f"{label}: a changed occurrence has a date that is not valid ({_short(exc)}).") from None
    if end <= start:
        raise IcsError(f"{label}: a changed occurrence ends before it starts.")
    title = str(component.get("SUMMARY", "") or "").strip()[:MAX_TITLE]
    notes = component.get("DESCRIPTION")
    return {
        "original_start_local": original,
        "cancelled": False,
        "start_local": start,
        "end_local": end,
        "title": title if title and title != master.title else None,
        "notes": str(notes) if notes is not None and str(notes) != master.notes else None,
    }


def _when(
    component: Component, name: str, floating_zone: str, label: str, master_zone: str | None = None
) -> tuple[datetime, str, bool]:
    """(naive wall-clock datetime, IANA zone, all-day) for a DTSTART-like property."""
    prop = component.get(name)
    if prop is None:
        raise IcsError(f"{label} has no {name} (start date).")
    value = prop.dt
    if isinstance(value, date) and not isinstance(value, datetime):
        return datetime.combine(value, time()), master_zone or floating_zone, True
    if not isinstance(value, datetime):
        raise IcsError(f"{label}: {name} is not a date or time.")
    if value.year < 1900 or value.year > 2200:
        raise IcsError(f"{label}: {name} is in the year {value.year}, which looks wrong.")
    if value.tzinfo is None:
        tzid = prop.params.get("TZID")
        if tzid and _zone_name(value.replace(tzinfo=UTC), str(tzid)) in (None, "UTC"):
            raise IcsError(
                f"{label}: its time zone “{tzid}” is not one RecoveryBox knows, so its times could not be placed "
                "correctly. Nothing was imported."
            )
        zone = master_zone or floating_zone
        return value, zone, False
    found = _zone_name(value, prop.params.get("TZID"))
    zone = found if found is not None else master_zone or floating_zone
    if master_zone and zone != master_zone:
        zone = master_zone
    return to_local(value.astimezone(UTC), ZoneInfo(zone)), zone, False


def _zone_name(value: datetime, tzid: str | None) -> str | None:
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    key = getattr(value.tzinfo, "key", None)
    if isinstance(key, str) and _is_zone(key):
        return key
    if value.utcoffset() == timedelta(0) and (tzid is None or str(tzid).upper() in ("UTC", "Z", "GMT")):
        return "UTC"
    if tzid:
        tzid = str(tzid).strip().strip('"')
        if _is_zone(tzid):
            return tzid
        if tzid in WINDOWS_TO_OLSON:
            return WINDOWS_TO_OLSON[tzid]
        parts = tzid.split("/")  # e.g. "/mozilla.org/20050126_1/Europe/London" from old Thunderbird
        for cut in range(1, len(parts)):
            candidate = "/".join(parts[cut:])
            if _is_zone(candidate):
                return candidate
    return None


def _is_zone(name: str) -> bool:
    if not name or "\\" in name or ".." in name or name.startswith("/"):
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _dates(component: Component, name: str, zone_name: str, floating_zone: str) -> list[datetime]:
    props = component.get(name)
    if props is None:
        return []
    props = props if isinstance(props, list) else [props]
    found = []
    for prop in props:
        for item in prop.dts:
            value = item.dt
            if isinstance(value, date) and not isinstance(value, datetime):
                found.append(datetime.combine(value, time()))
            elif value.tzinfo is None:
                found.append(value)
            else:
                found.append(to_local(value.astimezone(UTC), ZoneInfo(zone_name)))
    return found


def _alarms(component: Component) -> list[int]:
    offsets = []
    for alarm in component.walk("VALARM"):
        trigger = alarm.get("TRIGGER")
        if trigger is None:
            continue
        value = trigger.dt
        if isinstance(value, timedelta) and str(trigger.params.get("RELATED", "START")).upper() == "START":
            minutes = int(-value.total_seconds() // 60)
            if 0 <= minutes <= 7 * 24 * 60:
                offsets.append(minutes)
    return sorted(set(offsets))


def _kind(component: Component) -> str:
    kind = str(component.get("X-RECOVERYBOX-KIND", "") or "")
    return kind if kind in EVENT_KINDS else "other"


def _url(component: Component) -> str | None:
    url = str(component.get("URL", "") or "").strip()
    return url if url.lower().startswith(("https://", "http://")) and len(url) <= 500 else None


def _label(component: Component, index: int | None) -> str:
    title = str(component.get("SUMMARY", "") or "").strip()
    if title:
        return f"The event “{title[:60]}”"
    return f"Event number {index}" if index else "An event without a title"


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]


EVENTS = cast(Table, Event.__table__)
REMINDERS = cast(Table, Reminder.__table__)
EXCEPTIONS = cast(Table, EventException.__table__)
EXCEPTION_COLUMNS = {"cancelled": False, "start_local": None, "end_local": None, "title": None, "notes": None}
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

    def __init__(self, services: Services) -> None:
        self.services = services

    def import_file(self, path: str | Path, report: Report | None = None) -> ImportSummary:
        """Import a file; its type and size are checked before a byte is read (a device or pipe never is)."""
        path = Path(path)
        try:
            info = path.stat()
            if not stat.S_ISREG(info.st_mode):
                raise IcsError("This is not a calendar file but a folder, device or pipe, so it was not read.")
            if info.st_size > MAX_FILE_BYTES:
                raise IcsError(
                    f"This file is {info.st_size // (1024 * 1024)} MB; calendars up to 5 MB can be imported."
                )
            with open(path, "rb") as handle:
                raw = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise IcsError(f"The file could not be read ({exc.strerror}).") from None
        return self.import_bytes(raw, report)

    def import_bytes(self, raw: bytes, report: Report | None = None) -> ImportSummary:
        """Read the whole file, then write it in one transaction: events already here (by UID) are updated,
        the rest inserted as rows, ``WRITE_BATCH`` at a time. ``report`` hears how far reading and writing
        have got, and a Cancel it raises rolls everything back."""
        tell(report, 0, 1)
        events = read_calendar(raw, self.services.zone_name, part(report, 0.0, 0.6))
        report = part(report, 0.6, 1.0)
        created = updated = 0
        now = self.services.clock.now()
        total = len(events)
        with self.services.db.transaction() as session, session.no_autoflush:
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
        return ImportSummary(created, updated, tuple(text for item in events for text in item.left_out))

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

        with self.services.db.reading() as session:
            events = list(session.scalars(select(Event).order_by(Event.start_utc)))
        if first is not None or last is not None:
            zone = self.services.zone
            after = to_utc(datetime.combine(first or date(1900, 1, 1), time()), zone)
            before = to_utc(datetime.combine((last or date(2200, 1, 1)) + timedelta(days=1), time()), zone)
            wanted = {occ.event_id for occ in self.services.calendar.occurrences_between(after, before)}
            events = [e for e in events if e.id in wanted]
        calendar = icalendar.Calendar()
        calendar.add("PRODID", PRODID)
        calendar.add("VERSION", "2.0")
        calendar.add("X-WR-TIMEZONE", self.services.zone_name)
        stamp = self.services.clock.now()
        for done, event in enumerate(events):
            if done % 200 == 0:
                tell(report, done, len(events))
            calendar.add_component(_vevent(event, stamp))
            for exc in event.exceptions:
                if not exc.cancelled:
                    calendar.add_component(_override_vevent(event, exc, stamp))
        calendar.add_missing_timezones()
        data = calendar.to_ical()
        tell(report, len(events), len(events))
        return data, len(events)


def _vevent(event: Event, stamp: datetime) -> Component:
    import icalendar

    zone = ZoneInfo(event.tz)
    component = icalendar.Event()
    component.add("UID", event.uid)
    component.add("DTSTAMP", stamp)
    component.add("SUMMARY", event.title)
    _add_times(component, event.start_local, event.end_local, zone, event.all_day)
    if event.rrule:
        component.add("RRULE", icalendar.vRecur.from_ical(event.rrule))
        cancelled = [exc.original_start_local for exc in event.exceptions if exc.cancelled]
        for original in cancelled:
            component.add("EXDATE", original.date() if event.all_day else original.replace(tzinfo=zone))
        for extra in parse_rdates(event.rdates):
            component.add("RDATE", extra.date() if event.all_day else extra.replace(tzinfo=zone))
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
    always = [str(r.offset_minutes) for r in event.reminders if r.always]
    if always:
        component.add("X-RECOVERYBOX-ALWAYS", ",".join(always))
    for reminder in event.reminders:
        alarm = icalendar.Alarm()
        alarm.add("ACTION", "DISPLAY")
        alarm.add("DESCRIPTION", event.title)
        alarm.add("TRIGGER", timedelta(minutes=-reminder.offset_minutes))
        component.add_component(alarm)
    return component


def _override_vevent(event: Event, exc: EventException, stamp: datetime) -> Component:
    import icalendar

    zone = ZoneInfo(event.tz)
    component = icalendar.Event()
    component.add("UID", event.uid)
    component.add("DTSTAMP", stamp)
    component.add(
        "RECURRENCE-ID",
        exc.original_start_local.date() if event.all_day else exc.original_start_local.replace(tzinfo=zone),
    )
    component.add("SUMMARY", exc.title or event.title)
    start = exc.start_local or exc.original_start_local
    end = exc.end_local or start + (event.end_local - event.start_local)
    _add_times(component, start, end, zone, event.all_day)
    if exc.notes is not None:
        component.add("DESCRIPTION", exc.notes)
    return component


def _add_times(component: Component, start: datetime, end: datetime, zone: ZoneInfo, all_day: bool) -> None:
    if all_day:
        component.add("DTSTART", start.date())
        component.add("DTEND", end.date())
    else:
        component.add("DTSTART", start.replace(tzinfo=zone))
        component.add("DTEND", end.replace(tzinfo=zone))
