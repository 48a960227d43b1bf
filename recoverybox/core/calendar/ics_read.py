"""Reading an iCalendar (.ics) file into events ready to store, with the ``icalendar`` package.

It reads what Google Calendar, Thunderbird, Outlook and Exchange write, and what they read: TZID with
VTIMEZONE (IANA and Windows names, and zones defined only in the file), UTC and floating times, all-day dates,
one or several RRULEs, EXDATE, RDATE (also as periods, and without a rule), RECURRENCE-ID overrides (moved
anywhere, switched between all-day and timed, with DURATION, for "this and following" with RANGE=THISANDFUTURE),
VALARM, X-WR-TIMEZONE, and folded, non-ASCII lines.

Only a file that cannot be read at all is refused. One event that cannot be read is skipped and named with the
reason; what was read differently from how the file says it (a missing UID, a stale copy of an event, an
unknown time zone…) is listed too. The choices made where RFC 5545 leaves room, or where we differ from other
calendar programs on purpose, are in ``INTERPRETATION``."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, UserError
from recoverybox.core.base.validation import MAX_TITLE, ValidationError
from recoverybox.core.base.work import Report, tell
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.calendar.ics_zones import is_zone

if TYPE_CHECKING:  # for annotations only: no import at run time
    from icalendar import Component
from recoverybox.core.calendar.ics_findings import (
    FOLLOWING,
    MAX_EVENTS,
    MAX_FILE_BYTES,
    MIXED,
    NO_UID,
    STALE_COPY,
    SWAPPED,
    UNMATCHED,
    ZERO_LENGTH_SHOWN_AS,
    CalendarRead,
    ImportedEvent,
    Reading,
    ReadNotes,
)
from recoverybox.core.calendar.ics_overrides import (
    add_override,
    copy_version,
    ended_before,
    is_occurrence,
    override_values,
    split_series,
)
from recoverybox.core.calendar.ics_rules import until_as_date, within_a_day
from recoverybox.core.calendar.ics_times import (
    cancelled_dates,
    extra_dates,
    matched_start_end,
    repaired_rule,
    validated_event,
    when_it_happens,
)
from recoverybox.core.calendar.ics_values import (
    IcsError,
    alarm_minutes,
    component_label,
    decoded_text,
    event_kind,
    event_title,
    event_url,
    one_line,
    short_reason,
)

# ---- the file -------------------------------------------------------------------------------------
PARALLEL_FROM_BYTES = 512 * 1024  # larger files are read by worker processes, a share of the events each


WORKERS = 2


CHUNKS_PER_WORKER = 12  # small shares: even work, a Cancel lands sooner, each result unpickles in a few ms


def read_calendar(raw: bytes, default_zone: str, report: Report | None = None) -> CalendarRead:
    """Parse and validate a whole .ics file; raises ``IcsError`` only when the file cannot be read at all.

    A large file is read by ``WORKERS`` processes, each parsing a share of its events with ``icalendar``:
    twice as fast on two cores, and the parsing (its long regular-expression passes over the whole text and
    its garbage collections) never holds this process's interpreter lock, so the window stays responsive.
    ``report`` hears of each share read, and may cancel between them."""
    if len(raw) > MAX_FILE_BYTES:
        raise IcsError(
            QT_TRANSLATE_NOOP("errors", "This file is {value} MB; calendars up to 5 MB can be imported."),
            value=len(raw) // (1024 * 1024),
        )
    if b"BEGIN:VCALENDAR" not in raw[:4096].upper():
        raise IcsError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is not a calendar file (.ics): it does not start with BEGIN:VCALENDAR.",
            )
        )
    text = decoded_text(raw)
    shares = _shares(text, WORKERS * CHUNKS_PER_WORKER) if len(raw) >= PARALLEL_FROM_BYTES else None
    read = _read_text(text, default_zone) if shares is None else _read_in_processes(shares, default_zone, report)
    # Events without a UID get one from their contents: two identical ones in different shares meet here.
    seen: set[str | None] = set()
    unique = []
    for event in read.events:
        if event.data.uid in seen:
            read.notes.adjust(STALE_COPY, event.data.title)
            continue
        seen.add(event.data.uid)
        unique.append(event)
    read.events = unique
    return read


def _read_text(text: str, default_zone: str, numbers: list[int] | None = None) -> CalendarRead:
    """Read a calendar's text in this process. ``numbers`` are its events' places in the whole file, when
    this text holds a share of them (for the messages that name an event by its number)."""
    import icalendar

    try:
        calendar = one_calendar(icalendar.Calendar.from_ical(text, multiple=True))
    except Exception as exc:  # icalendar raises ValueError, KeyError, IndexError… on broken input
        error = IcsError(
            QT_TRANSLATE_NOOP("errors", "This calendar file is damaged and cannot be read ({short_reason_exc})."),
            short_reason_exc=short_reason(exc),
        )
        error.at = numbers[0] if numbers else 0
        raise error from None
    zone_hint = str(calendar.get("X-WR-TIMEZONE", "") or "")
    hinted = zone_hint if is_zone(zone_hint) else None
    reading = Reading(hinted or default_zone, ReadNotes(), hinted, _zone_starts(calendar))

    masters: dict[str, Component] = {}
    overrides: dict[str, list[Component]] = {}
    vevents = [c for c in calendar.walk("VEVENT")]
    if len(vevents) > MAX_EVENTS:
        raise IcsError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This file has {length_vevents} events; up to {max_events} can be imported at once.",
            ),
            length_vevents=len(vevents),
            max_events=MAX_EVENTS,
        )
    for index, component in enumerate(vevents, 1):
        number = numbers[index - 1] if numbers else index
        uid = str(component.get("UID", "") or "").strip()
        if not uid:
            uid = _derived_uid(component)
            reading.notes.adjust(NO_UID, event_title(component, number))
        if component.get("RECURRENCE-ID") is not None:
            add_override(overrides.setdefault(uid, []), component, reading, number)
        elif uid in masters:
            newer, older = sorted((masters[uid], component), key=copy_version, reverse=True)
            reading.notes.adjust(STALE_COPY, event_title(older, number))
            masters[uid] = newer
        else:
            masters[uid] = component
    events = []
    for uid, component in masters.items():
        try:
            events += _read_series(component, uid, reading, overrides.pop(uid, []))
        except IcsError as exc:
            reading.notes.skipped.append(exc)
    for uid, orphans in overrides.items():
        # An override without its series (Google exports these for shared events): keep it as a one-off, once
        # even when it carries a rule of its own (RFC 5545: a RECURRENCE-ID names one instance).
        for n, component in enumerate(orphans):
            for name in ("RRULE", "RDATE", "EXDATE"):
                component.pop(name, None)
            try:
                events += _read_series(component, f"{uid}#{n}", reading, [])
            except IcsError as exc:
                reading.notes.skipped.append(exc)
    return CalendarRead(events, reading.notes)


def one_calendar(calendars: Sequence[Component]) -> Component:
    """The calendars of a file as one: some programs write several VCALENDARs one after another (a year each,
    or one per event); their zones and events are read together, the first's X-WR-TIMEZONE for all."""
    calendars = [calendar for calendar in calendars if calendar.name == "VCALENDAR"]
    if not calendars:
        raise ValueError("no VCALENDAR")
    first = calendars[0]
    for other in calendars[1:]:
        for component in other.subcomponents:
            first.add_component(component)
        if first.get("X-WR-TIMEZONE") is None and other.get("X-WR-TIMEZONE") is not None:
            first.add("X-WR-TIMEZONE", other.get("X-WR-TIMEZONE"))
    return first


def _zone_starts(calendar: Component) -> dict[str, datetime]:
    """For each VTIMEZONE, the first moment its rules define (the earliest DTSTART of its parts)."""
    starts: dict[str, datetime] = {}
    for vtimezone in calendar.walk("VTIMEZONE"):
        firsts = []
        for part in vtimezone.subcomponents:
            try:
                value = part.get("DTSTART").dt
            except Exception:  # a part without a readable DTSTART: icalendar's own reading decides
                continue
            if isinstance(value, datetime):
                firsts.append(value.replace(tzinfo=None))
        if firsts:
            starts[str(vtimezone.get("TZID", ""))] = min(firsts)
    return starts


def _derived_uid(component: Component) -> str:
    """A UID made from what the event is (title, times, rule, place, notes): the same on every import."""
    parts = [
        component.get(name).to_ical().decode() if hasattr(component.get(name), "to_ical") else str(component.get(name))
        for name in ("SUMMARY", "DTSTART", "DTEND", "DURATION", "RRULE", "LOCATION", "DESCRIPTION")
    ]
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]
    return f"{digest}@derived.recoverybox"


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
        raise IcsError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This file has {length_events} events; up to {max_events} can be imported at once.",
            ),
            length_events=len(events),
            max_events=MAX_EVENTS,
        )
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
    """In a worker process: ("ok", what was read) or ("error", event number, message). Errors travel as
    values, since an ``IcsError`` does not survive the trip between processes."""
    try:
        return "ok", _read_text(text, default_zone, numbers)
    except IcsError as exc:
        return "error", exc.at or numbers[0], exc.message


def _read_in_processes(shares: list[tuple[str, list[int]]], default_zone: str, report: Report | None) -> CalendarRead:
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
    whole = CalendarRead([], ReadNotes())
    for _ok, read in results:
        whole.events += read.events
        whole.notes.merge(read.notes)
    return whole


# ---- one series -----------------------------------------------------------------------------------
def _read_series(component: Component, uid: str, reading: Reading, overrides: list[Component]) -> list[ImportedEvent]:
    """A master VEVENT with its overrides: one event, or more when "this and following" split it."""
    label = component_label(component)
    try:
        imported, periods = _read_master(component, uid, reading, label)
        following = []
        for override in overrides:
            values = override_values(override, imported.data, reading)
            if override.get("RECURRENCE-ID").params.get("RANGE", "").upper() == "THISANDFUTURE":
                following.append((values, override))
                continue
            if not values["cancelled"] and not is_occurrence(imported.data, values["original_start_local"]):
                reading.notes.adjust(UNMATCHED, imported.data.title)
            imported.exceptions.append(values)
        imported.exceptions += periods
        series = [imported]
        moved = timedelta(0)  # how far the last "this and following" moved the dates after it
        for values, override in sorted(following, key=lambda pair: pair[0]["original_start_local"]):
            if values["cancelled"]:  # "cancel this and all later ones"
                series[-1] = ended_before(series[-1], values["original_start_local"] + moved)
                continue
            # Its RECURRENCE-ID names a date as the file first had it: where the last split moved that date.
            moved, values = (
                values["start_local"] - values["original_start_local"],
                {**values, "original_start_local": values["original_start_local"] + moved},
            )
            head, tail = split_series(series[-1], values, override)
            series[-1:] = [head, tail] if head is not None else [tail]
            reading.notes.adjust(FOLLOWING, imported.data.title)
    except IcsError:
        raise
    except ValidationError as exc:
        raise IcsError(QT_TRANSLATE_NOOP("errors", "{label}: {message}"), label=label, message=exc) from None
    except Exception as exc:  # a value icalendar could not decode
        raise IcsError(
            QT_TRANSLATE_NOOP("errors", "{label}: a date or value in it is not valid ({short_reason_exc})."),
            label=label,
            short_reason_exc=short_reason(exc),
        ) from None
    return series


def _read_master(
    component: Component, uid: str, reading: Reading, label: UserError
) -> tuple[ImportedEvent, list[dict[str, Any]]]:
    own_zone = str(component.get("X-RECOVERYBOX-TZ", "") or "")
    start_value, end_value = matched_start_end(component, reading, label)
    start, zone_name, all_day = when_it_happens(
        component, "DTSTART", reading, label, own_zone if is_zone(own_zone) else None, start_value
    )
    if end_value is not None:
        end, _z, _a = when_it_happens(component, "DTEND", reading, label, zone_name, end_value)
    elif component.get("DURATION") is not None:
        end = start + component.decoded("DURATION")
        if all_day and (end - start) % timedelta(days=1):  # a date, lasting hours: timed, from midnight
            reading.notes.adjust(MIXED, event_title(component, None), component)
            all_day = False
    else:
        end = start + (timedelta(days=1) if all_day else timedelta(0))
    if end < start:  # written the wrong way round
        reading.notes.adjust(SWAPPED, event_title(component, None), component)
        start, end = end, start
    if not all_day and end == start:
        end = start + ZERO_LENGTH_SHOWN_AS  # RFC 5545 allows an instant; a calendar block needs a length
    rules = component.get("RRULE")
    rules = rules if isinstance(rules, list) else [rules] if rules is not None else []
    lines = [repaired_rule(rule.to_ical().decode(), component, reading) for rule in rules]
    lines = [daily for line in lines for daily in within_a_day(line, start, zone_name)]
    rrule = "\n".join(until_as_date(line) if all_day else line for line in lines) or None
    rdates, periods = extra_dates(component, zone_name, all_day, end - start)
    title = one_line(component.get("SUMMARY")) or "Untitled event"
    notes = str(component.get("DESCRIPTION", "") or "")
    if len(title) > MAX_TITLE:  # INTERPRETATION["long title"]
        notes = title + ("\n\n" + notes if notes else "")
    data = EventInput(
        title=title[:MAX_TITLE],
        start=start,
        end=end,
        tz=zone_name,
        kind=event_kind(component),
        all_day=all_day,
        rrule=rrule,
        fellowship=(
            str(component.get("X-RECOVERYBOX-FELLOWSHIP")) if component.get("X-RECOVERYBOX-FELLOWSHIP") else None
        ),
        location=(str(component.get("LOCATION", "") or "").replace("\n", " ")[:500] or None),
        online_url=event_url(component),
        notes=notes,
        reminder_offsets=alarm_minutes(component),
        uid=uid,
        rdates=rdates,
        conflict_of=str(component.get("X-RECOVERYBOX-CONFLICT-OF", "") or "")[:255] or None,
    )
    clean = validated_event(data, reading)
    imported = ImportedEvent(clean)
    imported.always = {int(m) for m in str(component.get("X-RECOVERYBOX-ALWAYS", "") or "").split(",") if m.isdigit()}
    exdates = cancelled_dates(component, clean)
    imported.exceptions += [{"original_start_local": original, "cancelled": True} for original in exdates]
    # An extra date before the first one is stored as a changed occurrence too: ranges find an event by its
    # first date, and by where its changed occurrences are.
    early = [
        {"original_start_local": d, "cancelled": False, "start_local": d, "end_local": d + (end - start)}
        for d in clean.rdates
        if d < clean.start and d not in {p["original_start_local"] for p in periods}
    ]
    return imported, periods + early
