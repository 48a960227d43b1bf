"""Reading an iCalendar (.ics) file into events ready to store, with the ``icalendar`` package.

It reads what Google Calendar, Thunderbird, Outlook and Exchange write, and what they read: TZID with
VTIMEZONE (IANA and Windows names, and zones defined only in the file), UTC and floating times, all-day dates,
one or several RRULEs, EXDATE, RDATE (also as periods, and without a rule), RECURRENCE-ID overrides (moved
anywhere, switched between all-day and timed, with DURATION, for "this and following" with RANGE=THISANDFUTURE),
VALARM, X-WR-TIMEZONE, and folded, non-ASCII lines.

Only a file that cannot be read at all is refused. One event that cannot be read is skipped and named with the
reason; what was read differently from how the file says it (a missing UID, a stale copy of an event, an
unknown time zone…) is listed too. The choices made where RFC 5545 leaves room, or where we differ from other
calendar programs on purpose, are in ``INTERPRETATION``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from recoverybox.core.base.validation import MAX_TITLE, ValidationError
from recoverybox.core.base.work import Report, tell
from recoverybox.core.calendar.events import EventInput, validate_event
from recoverybox.core.calendar.ics_zones import ZoneMatch, is_zone, matching_zone, zone_by_name, zone_of
from recoverybox.core.calendar.recurrence import (
    WEEKDAY_CODES,
    build_rule,
    count_left,
    ended_rule,
    rule_lines,
    rule_parts,
    series_end,
    starts_between,
    to_local,
    to_utc,
)
from recoverybox.core.storage.models import EVENT_KINDS

if TYPE_CHECKING:  # for annotations only: no import at run time
    from icalendar import Component

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_EVENTS = 20_000
ZERO_LENGTH_SHOWN_AS = timedelta(minutes=30)
MAX_TIMES_A_DAY = 48  # an hourly or minutely series read as a daily one with this many times a day at most,
MAX_SUB_DAILY_TOTAL = 500  # or more when it ends after this many

# Where we read a calendar differently from the letter of RFC 5545 or from other programs, on purpose.
INTERPRETATION = {
    "zero-length": "A timed event with no length (DTEND equal to DTSTART, or neither DTEND nor DURATION) is shown "
    "as 30 minutes: a block in the week needs a height, and a reminder still comes at its start.",
    "zero-length all-day": "An all-day event whose DTEND is its DTSTART lasts that one day, as every calendar "
    "program shows it (recurring-ical-events gives it no length).",
    "until before start": "A series whose UNTIL is before its DTSTART happens once, at DTSTART (RFC 5545: DTSTART "
    "is always the first occurrence; recurring-ical-events shows none): nothing in a file silently vanishes.",
    "repeated hour": "A changed occurrence is kept as a wall-clock time of its series; one that falls in the "
    "hour that happens twice when the clocks go back (in the series' zone) is read as the first of the two.",
    "custom zone": "A time zone defined only in the file is stored as the IANA zone with the same clock changes "
    "in the years around the event; one that matches none keeps its instants but repeats in your own zone.",
    "file zone over X-WR": "A zone defined in the file (VTIMEZONE) is used for the events that name it, with "
    "or without X-WR-TIMEZONE: that header says where floating times are (recurring-ical-events uses it in "
    "place of every zone whose TZID is not an IANA name).",
    "UTC with X-WR-TIMEZONE": "In a calendar with X-WR-TIMEZONE, a series written in UTC repeats at the same "
    "wall-clock time in that zone, as Google Calendar and recurring-ical-events read it (by the letter of RFC "
    "5545 it repeats at the same UTC time, an hour off after a clock change).",
    "following, moved by days": "A “this and following” change that moves a rule's dates to other weekdays "
    "shifts a weekly rule's days with it; a monthly or yearly rule's day numbers stay (other programs move each "
    "date by the same amount).",
    "override inherits": "A changed occurrence (RECURRENCE-ID) that leaves out SUMMARY, LOCATION or DESCRIPTION "
    "takes the series' ones, as Google Calendar, Apple Calendar and Thunderbird show it: an occurrence written to "
    "move it says only what changed (recurring-ical-events shows it untitled). Its own VALARMs, when any can be "
    "read, replace the series' reminders for that occurrence alone; without any (or only alarms at a fixed time, "
    "as Apple Calendar writes for “none”), it has the series' reminders: a reminder is never lost to an override.",
    "long title": f"A title longer than {MAX_TITLE} characters is cut there; the whole of it is kept at the top "
    "of the event's notes (some programs write a whole description as the SUMMARY).",
    "several calendars": "A file holding several VCALENDARs one after another is read as one calendar, with the "
    "first's X-WR-TIMEZONE (icalendar reads only a file with one).",
    "repeats within a day": "A series repeating hourly or by the minute is kept as a daily one with several times "
    f"of day (the same dates and times, on the wall clock) when its step divides a day and it comes at most "
    f"{MAX_TIMES_A_DAY} times a day (or ends within {MAX_SUB_DAILY_TOTAL} times); other such series (and by the "
    "second) are skipped and named: a week with hundreds of blocks and reminders a day is not a plan.",
    "character set": "A file that is not UTF-8 and does not name its character set is refused with a sentence: "
    "a guess could change letters in names and notes.",
    "title on one line": "A SUMMARY with line breaks, tabs or other control characters is shown on one line, "
    "each run of them and of spaces read as one space: a title is one line (the event is not skipped for it).",
    "date with hours": "A DTSTART that is a date, with a length in hours (DURATION) or a DTEND with a time, is "
    "read as timed from midnight in the event's zone, or yours when it names none (recurring-ical-events puts "
    "that midnight in UTC).",
    "unknown zone": "An event whose TZID is neither defined in the file nor known anywhere is skipped and named "
    "in the summary (other programs read it as floating time): a meeting at a guessed hour is worse than none.",
}


@dataclass
class ImportedEvent:
    """One master VEVENT with its overrides, validated and ready to store."""

    data: EventInput
    exceptions: list[dict[str, Any]] = field(default_factory=list)
    always: set[int] = field(default_factory=set)


@dataclass
class ReadNotes:
    """What a reading adjusted (by what, for which events) and what it skipped (with why)."""

    adjusted: dict[str, list[str]] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    _said: set[tuple[str, int]] = field(default_factory=set, compare=False, repr=False)

    def adjust(self, what: str, title: str, about: object = None) -> None:
        """Note ``what`` for the event ``title``; once for each event (``about``: its component)."""
        if about is not None:
            if (what, id(about)) in self._said:
                return
            self._said.add((what, id(about)))
        self.adjusted.setdefault(what, []).append(title)

    def merge(self, other: ReadNotes) -> None:
        for what, titles in other.adjusted.items():
            self.adjusted.setdefault(what, []).extend(titles)
        self.skipped.extend(other.skipped)

    def adjusted_lines(self) -> list[str]:
        """One sentence per kind of adjustment, naming up to three of the events."""
        lines = []
        for what, titles in self.adjusted.items():
            named = ", ".join(f"“{title}”" for title in titles[:3]) + (" …" if len(titles) > 3 else "")
            lines.append(f"{len(titles)} event(s) {what} ({named}).")
        return lines


@dataclass
class CalendarRead:
    events: list[ImportedEvent]
    notes: ReadNotes


class IcsError(ValidationError):
    """A calendar file that cannot be imported; the message names the problem (and the event)."""

    at = 0  # the number of the event it is about, when known: the first problem in the file is named

    def __init__(self, message: str) -> None:
        super().__init__("file", message)


# Adjustments, as the summary says them after "N event(s) ".
NO_UID = "had no UID: each was given one made from its contents, so importing this file again updates it"
STALE_COPY = "were older copies of an event in the same file (same UID, lower SEQUENCE): the newest copy was kept"
UNMATCHED = "had a changed occurrence for a date the series does not have: it was kept as an extra occurrence"
MIXED = "start on a date but end at a time of day, or the reverse: they were read as timed from midnight"
FOLLOWING = "were changed from one date on (“this and following”): the series was split there in two"
SWAPPED = "ended before they started: their start and end were read the other way round"
MIXED_ZONES = "had one of start and end in a time zone and the other without: both were read in that zone"
RULE_REPAIRED = (
    "had a repeat rule with both an end date and a number of times, or a count below one: the end date was used"
)
NO_MORE_DATES = "had a repeat rule that gives no date after the first: they were read as single events"


def custom_zone(tzid: str, found: ZoneMatch | None) -> str:
    if found is not None and found.exact:
        return (
            f"use the time zone “{tzid}” defined in the file: RecoveryBox keeps them in {found.name}, which has the "
            "same clock changes"
        )
    if found is not None:
        return (
            f"use the time zone “{tzid}” defined in the file, which no time zone RecoveryBox knows matches in every "
            f"year: RecoveryBox keeps them in {found.name}, the closest (the same time on their first date); check "
            "their times after a clock change"
        )
    return f"use the time zone “{tzid}” defined in the file, which could not be matched: their times were kept"


@dataclass
class Reading:
    """What reading one file needs to know as it goes."""

    floating_zone: str
    notes: ReadNotes
    calendar_zone: str | None = None  # X-WR-TIMEZONE, when it names a zone
    zone_starts: dict[str, datetime] = field(default_factory=dict)  # each VTIMEZONE's first defined moment


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
        raise IcsError(f"This file is {len(raw) // (1024 * 1024)} MB; calendars up to 5 MB can be imported.")
    if b"BEGIN:VCALENDAR" not in raw[:4096].upper():
        raise IcsError("This is not a calendar file (.ics): it does not start with BEGIN:VCALENDAR.")
    text = _decode(raw)
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
        error = IcsError(f"This calendar file is damaged and cannot be read ({_short(exc)}).")
        error.at = numbers[0] if numbers else 0
        raise error from None
    zone_hint = str(calendar.get("X-WR-TIMEZONE", "") or "")
    hinted = zone_hint if is_zone(zone_hint) else None
    reading = Reading(hinted or default_zone, ReadNotes(), hinted, _zone_starts(calendar))

    masters: dict[str, Component] = {}
    overrides: dict[str, list[Component]] = {}
    vevents = [c for c in calendar.walk("VEVENT")]
    if len(vevents) > MAX_EVENTS:
        raise IcsError(f"This file has {len(vevents)} events; up to {MAX_EVENTS} can be imported at once.")
    for index, component in enumerate(vevents, 1):
        number = numbers[index - 1] if numbers else index
        uid = str(component.get("UID", "") or "").strip()
        if not uid:
            uid = _derived_uid(component)
            reading.notes.adjust(NO_UID, _title(component, number))
        if component.get("RECURRENCE-ID") is not None:
            _add_override(overrides.setdefault(uid, []), component, reading, number)
        elif uid in masters:
            newer, older = sorted((masters[uid], component), key=_version, reverse=True)
            reading.notes.adjust(STALE_COPY, _title(older, number))
            masters[uid] = newer
        else:
            masters[uid] = component
    events = []
    for uid, component in masters.items():
        try:
            events += _read_series(component, uid, reading, overrides.pop(uid, []))
        except IcsError as exc:
            reading.notes.skipped.append(exc.message)
    for uid, orphans in overrides.items():
        # An override without its series (Google exports these for shared events): keep it as a one-off, once
        # even when it carries a rule of its own (RFC 5545: a RECURRENCE-ID names one instance).
        for n, component in enumerate(orphans):
            for name in ("RRULE", "RDATE", "EXDATE"):
                component.pop(name, None)
            try:
                events += _read_series(component, f"{uid}#{n}", reading, [])
            except IcsError as exc:
                reading.notes.skipped.append(exc.message)
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


def _add_override(found: list[Component], component: Component, reading: Reading, number: int) -> None:
    """Add a changed occurrence to its series' list; of two for the same occurrence, keep the newer (higher
    SEQUENCE, then the later change), as for whole events."""
    key = _recurrence_key(component)
    for index, other in enumerate(found):
        if _recurrence_key(other) == key:
            newer, older = sorted((other, component), key=_version, reverse=True)
            reading.notes.adjust(STALE_COPY, _title(older, number))
            found[index] = newer
            return
    found.append(component)


def _recurrence_key(component: Component) -> str:
    prop = component.get("RECURRENCE-ID")
    try:
        value = prop.dt
        instant = value.astimezone(UTC).isoformat() if isinstance(value, datetime) and value.tzinfo else str(value)
    except Exception:  # a value icalendar could not decode: named when the occurrence is read
        instant = str(prop)
    return f"{instant};{str(prop.params.get('RANGE', '')).upper()}"


def _derived_uid(component: Component) -> str:
    """A UID made from what the event is (title, times, rule, place, notes): the same on every import."""
    parts = [
        component.get(name).to_ical().decode() if hasattr(component.get(name), "to_ical") else str(component.get(name))
        for name in ("SUMMARY", "DTSTART", "DTEND", "DURATION", "RRULE", "LOCATION", "DESCRIPTION")
    ]
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]
    return f"{digest}@derived.recoverybox"


def _version(component: Component) -> tuple[int, str]:
    """Which of two copies of one event is newer: SEQUENCE first, then when it was last changed."""
    try:
        sequence = int(str(component.get("SEQUENCE", 0)))
    except ValueError:
        sequence = 0
    changed = ""
    for name in ("LAST-MODIFIED", "DTSTAMP"):
        prop = component.get(name)
        if prop is not None:
            changed = max(changed, prop.dt.astimezone(UTC).isoformat() if isinstance(prop.dt, datetime) else "")
    return sequence, changed


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


# ---- one series -----------------------------------------------------------------------------------
def _read_series(component: Component, uid: str, reading: Reading, overrides: list[Component]) -> list[ImportedEvent]:
    """A master VEVENT with its overrides: one event, or more when "this and following" split it."""
    label = _label(component)
    try:
        imported, periods = _read_master(component, uid, reading, label)
        following = []
        for override in overrides:
            values = _override(override, imported.data, reading)
            if override.get("RECURRENCE-ID").params.get("RANGE", "").upper() == "THISANDFUTURE":
                following.append((values, override))
                continue
            if not values["cancelled"] and not _is_occurrence(imported.data, values["original_start_local"]):
                reading.notes.adjust(UNMATCHED, imported.data.title)
            imported.exceptions.append(values)
        imported.exceptions += periods
        series = [imported]
        moved = timedelta(0)  # how far the last "this and following" moved the dates after it
        for values, override in sorted(following, key=lambda pair: pair[0]["original_start_local"]):
            if values["cancelled"]:  # "cancel this and all later ones"
                series[-1] = _ended(series[-1], values["original_start_local"] + moved)
                continue
            # Its RECURRENCE-ID names a date as the file first had it: where the last split moved that date.
            moved, values = (
                values["start_local"] - values["original_start_local"],
                {**values, "original_start_local": values["original_start_local"] + moved},
            )
            head, tail = _split(series[-1], values, override)
            series[-1:] = [head, tail] if head is not None else [tail]
            reading.notes.adjust(FOLLOWING, imported.data.title)
    except IcsError:
        raise
    except ValidationError as exc:
        raise IcsError(f"{label}: {exc.message}") from None
    except Exception as exc:  # a value icalendar could not decode
        raise IcsError(f"{label}: a date or value in it is not valid ({_short(exc)}).") from None
    return series


def _read_master(
    component: Component, uid: str, reading: Reading, label: str
) -> tuple[ImportedEvent, list[dict[str, Any]]]:
    own_zone = str(component.get("X-RECOVERYBOX-TZ", "") or "")
    start_value, end_value = _matched_types(component, reading, label)
    start, zone_name, all_day = _when(
        component, "DTSTART", reading, label, own_zone if is_zone(own_zone) else None, start_value
    )
    if end_value is not None:
        end, _z, _a = _when(component, "DTEND", reading, label, zone_name, end_value)
    elif component.get("DURATION") is not None:
        end = start + component.decoded("DURATION")
        if all_day and (end - start) % timedelta(days=1):  # a date, lasting hours: timed, from midnight
            reading.notes.adjust(MIXED, _title(component, None), component)
            all_day = False
    else:
        end = start + (timedelta(days=1) if all_day else timedelta(0))
    if end < start:  # written the wrong way round
        reading.notes.adjust(SWAPPED, _title(component, None), component)
        start, end = end, start
    if not all_day and end == start:
        end = start + ZERO_LENGTH_SHOWN_AS  # RFC 5545 allows an instant; a calendar block needs a length
    rules = component.get("RRULE")
    rules = rules if isinstance(rules, list) else [rules] if rules is not None else []
    lines = [_repaired(rule.to_ical().decode(), component, reading) for rule in rules]
    lines = [daily for line in lines for daily in _within_a_day(line, start, zone_name)]
    rrule = "\n".join(_until_as_date(line) if all_day else line for line in lines) or None
    rdates, periods = _rdates(component, zone_name, all_day, end - start)
    title = _one_line(component.get("SUMMARY")) or "Untitled event"
    notes = str(component.get("DESCRIPTION", "") or "")
    if len(title) > MAX_TITLE:  # INTERPRETATION["long title"]
        notes = title + ("\n\n" + notes if notes else "")
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
        notes=notes,
        reminder_offsets=_alarms(component),
        uid=uid,
        rdates=rdates,
        conflict_of=str(component.get("X-RECOVERYBOX-CONFLICT-OF", "") or "")[:255] or None,
    )
    clean = _validated(data, reading)
    imported = ImportedEvent(clean)
    imported.always = {int(m) for m in str(component.get("X-RECOVERYBOX-ALWAYS", "") or "").split(",") if m.isdigit()}
    exdates = _exdates(component, clean)
    imported.exceptions += [{"original_start_local": original, "cancelled": True} for original in exdates]
    # An extra date before the first one is stored as a changed occurrence too: ranges find an event by its
    # first date, and by where its changed occurrences are.
    early = [
        {"original_start_local": d, "cancelled": False, "start_local": d, "end_local": d + (end - start)}
        for d in clean.rdates
        if d < clean.start and d not in {p["original_start_local"] for p in periods}
    ]
    return imported, periods + early


_SUB_DAILY_STEP = {"HOURLY": 60, "MINUTELY": 1}


def _within_a_day(line: str, start: datetime, zone_name: str) -> list[str]:
    """An hourly or minutely rule as daily ones with several times of day (INTERPRETATION["repeats within a
    day"]): one line for each minute past the hour, a COUNT as the UNTIL of its last time. A rule that cannot be
    written so (its step does not divide a day, more than ``MAX_TIMES_A_DAY`` times, BYSETPOS…) is left as it
    is, and the event is then skipped with the reason."""
    values = dict(rule_parts(line))
    freq = values.get("FREQ", "")
    if freq not in _SUB_DAILY_STEP or any(key in values for key in ("BYSETPOS", "BYYEARDAY", "BYWEEKNO")):
        return [line]
    try:
        step = int(values.get("INTERVAL", "1")) * _SUB_DAILY_STEP[freq]
        hours = {int(h) for h in values["BYHOUR"].split(",")} if "BYHOUR" in values else None
        minutes = {int(m) for m in values["BYMINUTE"].split(",")} if "BYMINUTE" in values else None
        seconds = {int(s) for s in values.get("BYSECOND", "0").split(",")}
    except ValueError:
        return [line]
    if step <= 0 or (24 * 60) % step or seconds != {0}:
        return [line]
    first = start.hour * 60 + start.minute
    if freq == "HOURLY":  # each hour of the step; BYMINUTE gives the minutes in each
        times = {((first + k * step) % 1440) // 60 * 60 + m for k in range(1440 // step) for m in minutes or {0}}
        if minutes is None:
            times = {t - t % 60 + start.minute for t in times}
    else:
        times = {(first + k * step) % 1440 for k in range(1440 // step)}
        times = {t for t in times if minutes is None or t % 60 in minutes}
    times = {t for t in times if hours is None or t // 60 in hours}
    if not times or (len(times) > MAX_TIMES_A_DAY and not _few_in_all(line, start, zone_name)):
        return [line]
    kept = {k: v for k, v in values.items() if k not in ("FREQ", "INTERVAL", "BYHOUR", "BYMINUTE", "BYSECOND")}
    if "COUNT" in kept:
        zone = ZoneInfo(zone_name)
        try:
            *_rest, last = build_rule(line, start, zone)
        except (ValueError, TypeError):
            return [line]
        kept.pop("COUNT")
        kept["UNTIL"] = last.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    by_minute: dict[int, list[int]] = {}
    for time_of_day in sorted(times):
        by_minute.setdefault(time_of_day % 60, []).append(time_of_day // 60)
    rest = "".join(f";{key}={value}" for key, value in kept.items())
    return [
        f"FREQ=DAILY;BYHOUR={','.join(map(str, hours_of))};BYMINUTE={minute}{rest}"
        for minute, hours_of in sorted(by_minute.items())
    ]


def _few_in_all(line: str, start: datetime, zone_name: str) -> bool:
    """Whether a rule ends (COUNT or UNTIL) after at most ``MAX_SUB_DAILY_TOTAL`` dates."""
    values = dict(rule_parts(line))
    if "COUNT" not in values and "UNTIL" not in values:
        return False
    try:
        dates = iter(build_rule(line, start, ZoneInfo(zone_name)))
        return sum(1 for _n, _d in zip(range(MAX_SUB_DAILY_TOTAL + 1), dates, strict=False)) <= MAX_SUB_DAILY_TOTAL
    except (ValueError, TypeError):
        return False


def _until_as_date(rule: str) -> str:
    """A date series' rule with its UNTIL as the date written: one given as a time (in UTC, say) would end the
    series on a day that depends on the viewer's zone (RFC 5545: with a DATE start, UNTIL is a DATE)."""
    return re.sub(r"(?i)(^|;)UNTIL=(\d{8})T\d{6}Z?(?=;|$)", r"\1UNTIL=\2", rule)


def _repaired(rule: str, component: Component, reading: Reading) -> str:
    """An RRULE as written, less a COUNT that cannot be meant: below one, or beside an UNTIL (RFC 5545 allows
    one of them; the end date is the one people see in the program that wrote it)."""
    parts = [part for part in rule.split(";") if part]
    values = dict(part.partition("=")[::2] for part in parts)
    count = values.get("COUNT")
    if count is None or ("UNTIL" not in values and count.isdigit() and int(count) >= 1):
        return rule
    reading.notes.adjust(RULE_REPAIRED, _title(component, None), component)
    return ";".join(part for part in parts if not part.startswith("COUNT="))


def _validated(data: EventInput, reading: Reading | None = None) -> EventInput:
    """``validate_event``; a rule that gives no date after the start leaves the start as the one date."""
    try:
        return validate_event(data)
    except ValidationError as exc:
        if exc.field != "rrule" or "never produces" not in exc.message:
            raise
    if reading is not None:
        reading.notes.adjust(NO_MORE_DATES, data.title)
    return validate_event(replace(data, rrule=None))


def _matched_types(component: Component, reading: Reading, label: str) -> tuple[Any, Any]:
    """DTSTART's and DTEND's values, the same type: a date beside a time of day becomes midnight."""
    start, end = (_first(component.get(name)) for name in ("DTSTART", "DTEND"))  # the first, if written twice
    if start is None:
        raise IcsError(f"{label} has no DTSTART (start date).")
    start_value, end_value = start.dt, end.dt if end is not None else None
    if end_value is None:
        return start_value, end_value
    if _is_date(start_value) == _is_date(end_value):
        if _is_date(start_value):
            return start_value, end_value
        floating = [prop.dt.tzinfo is None and not prop.params.get("TZID") for prop in (start, end)]
        if floating[0] == floating[1] or start_value.tzinfo is end_value.tzinfo is None:
            return start_value, end_value
        # One floating, one in a zone: both in that zone, as the writer surely meant.
        reading.notes.adjust(MIXED_ZONES, _title(component, None), component)
        zone = start_value.tzinfo or end_value.tzinfo
        return start_value.replace(tzinfo=start_value.tzinfo or zone), end_value.replace(
            tzinfo=end_value.tzinfo or zone
        )
    reading.notes.adjust(MIXED, _title(component, None), component)
    if _is_date(start_value):
        return datetime.combine(start_value, time(), end_value.tzinfo), end_value
    return start_value, datetime.combine(end_value, time(), start_value.tzinfo)


def _first(prop: Any) -> Any:
    return prop[0] if isinstance(prop, list) and prop else prop


def _is_date(value: Any) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


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


def _override(component: Component, master: EventInput, reading: Reading) -> dict[str, Any]:
    """A changed or cancelled occurrence: its original date (as the series has it) and what it is now."""
    label = _label(component)
    try:
        recurrence_id = component.get("RECURRENCE-ID").dt
        if master.all_day and not _is_date(recurrence_id):
            # Exchange writes an all-day occurrence's date as midnight in a zone: the date is what it means.
            original = datetime.combine(recurrence_id.date(), time())
        elif not master.all_day and _is_date(recurrence_id):
            original = datetime.combine(recurrence_id, master.start.time())
        else:
            original, _zone, _all_day = _when(component, "RECURRENCE-ID", reading, label, master.tz)
        if str(component.get("STATUS", "")).upper() == "CANCELLED":
            return {"original_start_local": original, "cancelled": True}
        start_value, end_value = _matched_types(component, reading, label)
        start, _z, all_day = _when(component, "DTSTART", reading, label, master.tz, start_value)
        if end_value is not None:
            end, _z, _a = _when(component, "DTEND", reading, label, master.tz, end_value)
        elif component.get("DURATION") is not None:
            end = start + component.decoded("DURATION")
        elif all_day != master.all_day:
            end = start + (timedelta(days=1) if all_day else timedelta(0))
        else:
            end = start + (master.end - master.start)
    except IcsError:
        raise
    except Exception as exc:
        raise IcsError(f"{label}: a changed occurrence has a date that is not valid ({_short(exc)}).") from None
    if end < start:
        reading.notes.adjust(SWAPPED, _title(component, None), component)
        start, end = end, start
    if not all_day and end == start:
        end = start + ZERO_LENGTH_SHOWN_AS
    if end <= start:
        end = start + timedelta(days=1)  # an all-day occurrence ending on its first day: that one day
    title = _one_line(component.get("SUMMARY"))[:MAX_TITLE]
    notes = component.get("DESCRIPTION")
    values = {
        "original_start_local": original,
        "cancelled": False,
        "start_local": start,
        "end_local": end,
        "title": title if title and title != master.title else None,
        "notes": str(notes) if notes is not None and str(notes) != master.notes else None,
        "all_day": all_day if all_day != master.all_day else None,
    }
    # INTERPRETATION["override inherits"]. Only what differs is kept (an occurrence's fingerprint is the same
    # as before these two were read).
    location = str(component.get("LOCATION", "") or "").replace("\n", " ")[:500]
    if location and location != (master.location or ""):
        values["location"] = location
    own = _alarms(component)  # none read (none there, or only ones at a fixed time): the series' reminders
    if own and own != master.reminder_offsets:
        values["reminders"] = ",".join(str(minutes) for minutes in own)
    return values


def _ended(series: ImportedEvent, original: datetime) -> ImportedEvent:
    """``series`` without its dates from ``original`` on."""
    data = series.data
    zone = ZoneInfo(data.tz)
    until = (to_utc(original, zone) - timedelta(seconds=1)).strftime("%Y%m%dT%H%M%SZ")
    # A rule whose COUNT or UNTIL ends it before ``original`` stays as it is; the others end there.
    lines = [
        line if _ends_before(line, data.start, zone, original) else ended_rule(line, until)
        for line in rule_lines(data.rrule or "")
    ]
    ended = replace(data, rrule="\n".join(lines) or None, rdates=[d for d in data.rdates if d < original])
    kept = [values for values in series.exceptions if values["original_start_local"] < original]
    return ImportedEvent(_validated(ended), kept, series.always)


def _ends_before(line: str, start: datetime, zone: ZoneInfo, original: datetime) -> bool:
    """Whether a rule's own COUNT or UNTIL ends it before ``original``."""
    end = series_end(line, start, zone, timedelta(0))
    return end is not None and end < to_utc(original, zone)


def _split(
    series: ImportedEvent, values: dict[str, Any], override: Component
) -> tuple[ImportedEvent | None, ImportedEvent]:
    """RANGE=THISANDFUTURE: the series up to the changed occurrence, and a new series from it on, each of its
    dates moved as that one moved, with its title, place, notes and length."""
    data = series.data
    original = values["original_start_local"]
    zone = ZoneInfo(data.tz)
    delta = values["start_local"] - original
    lines = rule_lines(data.rrule or "")
    days = (values["start_local"].date() - original.date()).days
    rule = "\n".join(_moved(count_left(line, data.start, zone, original), delta, days) for line in lines) or None
    location = str(override.get("LOCATION", "") or "").replace("\n", " ")[:500] or data.location
    tail_data = replace(
        data,
        title=values["title"] or data.title,
        notes=values["notes"] if values["notes"] is not None else data.notes,
        start=values["start_local"],
        end=values["end_local"],
        all_day=values["all_day"] if values["all_day"] is not None else data.all_day,
        rrule=rule,
        location=location,
        online_url=_url(override) or data.online_url,
        reminder_offsets=_alarms(override) if override.walk("VALARM") else data.reminder_offsets,
        uid=f"{data.uid}/{original:%Y%m%dT%H%M%S}",
        rdates=[d + delta for d in data.rdates if d > original],
    )
    tail = ImportedEvent(_validated(tail_data), always=series.always)
    for later in series.exceptions:
        if later["original_start_local"] > original:
            tail.exceptions.append({**later, "original_start_local": later["original_start_local"] + delta})
    head = _ended(series, original) if original > data.start else None
    return head, tail


def _moved(line: str, delta: timedelta, days: int) -> str:
    """One RRULE of a series whose dates all move by ``delta`` (``days`` calendar days): its UNTIL moves with
    them, and a weekly rule's weekdays too (other BY parts stay: INTERPRETATION["following, moved by days"])."""
    parts = rule_parts(line)
    values = dict(parts)
    if "UNTIL" in values:
        until = datetime.strptime(values["UNTIL"], "%Y%m%dT%H%M%SZ") + delta
        values["UNTIL"] = until.strftime("%Y%m%dT%H%M%SZ")
    codes = values.get("BYDAY", "").split(",")
    if days % 7 and values.get("FREQ") == "WEEKLY" and all(code in WEEKDAY_CODES for code in codes):
        # The weekdays move, and the week's first day with them, so every other week stays the same weeks.
        values["BYDAY"] = ",".join(_weekday_after(code, days) for code in codes)
        values["WKST"] = _weekday_after(values.get("WKST", "MO"), days)
    return ";".join(f"{key}={values[key]}" for key in dict.fromkeys([key for key, _v in parts] + list(values)))


def _weekday_after(code: str, days: int) -> str:
    return WEEKDAY_CODES[(WEEKDAY_CODES.index(code) + days) % 7]


# ---- values ---------------------------------------------------------------------------------------
def _when(
    component: Component,
    name: str,
    reading: Reading,
    label: str,
    master_zone: str | None = None,
    value: Any = None,
) -> tuple[datetime, str, bool]:
    """(naive wall-clock datetime, IANA zone, all-day) for a DTSTART-like property (``value`` in its place)."""
    prop = _first(component.get(name))
    if prop is None:
        raise IcsError(f"{label} has no {name} (start date).")
    value = prop.dt if value is None else value
    if _is_date(value):
        return datetime.combine(value, time()), master_zone or reading.floating_zone, True
    if not isinstance(value, datetime):
        raise IcsError(f"{label}: {name} is not a date or time.")
    if value.year < 1900 or value.year > 2200:
        raise IcsError(f"{label}: {name} is in the year {value.year}, which looks wrong.")
    tzid = prop.params.get("TZID")
    if value.tzinfo is None:
        named = zone_by_name(tzid) if tzid else None
        if tzid and named is None:
            raise IcsError(
                f"{label}: its time zone “{tzid}” is not defined in the file and is not one RecoveryBox knows, "
                "so its times could not be placed."
            )
        if named is not None and named != "UTC":
            value = value.replace(tzinfo=ZoneInfo(named))
        else:
            return value, master_zone or reading.floating_zone, False
    found = zone_of(value, tzid)
    if found is None:  # a zone defined in the file: its own rules decide, its name breaks a tie
        name = str(tzid or "?")
        match = matching_zone(value.tzinfo, name, value, reading.floating_zone, reading.zone_starts.get(name))
        found = match.name if match is not None else None
        if match is None or not match.exact or match.name != zone_by_name(name):
            reading.notes.adjust(custom_zone(name, match), _title(component, None), component)
    written_in = found
    if found == "UTC" and reading.calendar_zone:
        found = reading.calendar_zone  # INTERPRETATION["UTC with X-WR-TIMEZONE"]
    zone = master_zone or found or reading.floating_zone
    if zone == written_in:  # the wall time as written (one in a spring-forward gap stays what it says)
        return value.replace(tzinfo=None), zone, False
    return to_local(value.astimezone(UTC), ZoneInfo(zone)), zone, False


def _rdates(
    component: Component, zone_name: str, all_day: bool, length: timedelta
) -> tuple[list[datetime], list[dict[str, Any]]]:
    """RDATE starts, and for each given as a period (start and end, or start and length) with a length of
    its own, a changed occurrence that holds its end."""
    starts, periods = [], []
    for prop in _props(component, "RDATE"):
        for item in prop.dts:
            value = item.dt
            if isinstance(value, tuple):  # VALUE=PERIOD
                first, until = value
                begin = _local(first, zone_name, all_day)
                end = begin + until if isinstance(until, timedelta) else _local(until, zone_name, all_day)
                starts.append(begin)
                if end - begin != length and end > begin:
                    periods.append(
                        {"original_start_local": begin, "cancelled": False, "start_local": begin, "end_local": end}
                    )
            else:
                starts.append(_local(value, zone_name, all_day))
    return starts, periods


def _exdates(component: Component, series: EventInput) -> list[datetime]:
    """The starts EXDATE cancels; a date in it cancels every occurrence of a timed series on that local date."""
    found: list[datetime] = []
    for prop in _props(component, "EXDATE"):
        for item in prop.dts:
            if _is_date(item.dt) and not series.all_day:
                found += _starts_on(series, item.dt)
            else:
                found.append(_local(item.dt, series.tz, series.all_day))
    return list(dict.fromkeys(found))


def _starts_on(series: EventInput, day: date) -> list[datetime]:
    """The wall-clock starts of a timed series on one of its local dates."""
    zone = ZoneInfo(series.tz)
    after = to_utc(datetime.combine(day, time()), zone)
    before = to_utc(datetime.combine(day + timedelta(days=1), time()), zone)
    starts = starts_between(series.rrule, series.start, zone, after, before) if series.rrule else []
    starts += [start for start in [series.start, *series.rdates] if start.date() == day]
    return sorted(set(starts))


def _props(component: Component, name: str) -> list[Any]:
    props = component.get(name)
    return [] if props is None else props if isinstance(props, list) else [props]


def _local(value: Any, zone_name: str, all_day: bool) -> datetime:
    """A date or time from an RDATE or EXDATE as a wall time of the series (an all-day one's: its date)."""
    if _is_date(value):
        return datetime.combine(value, time())
    if all_day:
        return datetime.combine(value.date(), time())
    if value.tzinfo is None or getattr(value.tzinfo, "key", None) == zone_name:  # a wall time of the series
        return datetime.combine(value.date(), value.time())
    return to_local(value.astimezone(UTC), ZoneInfo(zone_name))


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


def _one_line(value: Any) -> str:
    """A SUMMARY as a one-line title: line breaks, tabs and other control characters become single spaces
    (INTERPRETATION["title on one line"])."""
    return " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", str(value or "")).split())


def _url(component: Component) -> str | None:
    url = str(component.get("URL", "") or "").strip()
    return url if url.lower().startswith(("https://", "http://")) and len(url) <= 500 else None


def _title(component: Component, number: int | None) -> str:
    title = str(component.get("SUMMARY", "") or "").strip()
    return title[:60] if title else f"event number {number}" if number else "untitled event"


def _label(component: Component) -> str:
    title = str(component.get("SUMMARY", "") or "").strip()
    return f"The event “{title[:60]}”" if title else "An event without a title"


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]
