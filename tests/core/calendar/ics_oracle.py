"""The agenda RecoveryBox shows for a span of days, beside what an independent implementation of RFC 5545
(``recurring-ical-events`` on ``icalendar``) gives for the same file: both as plain, comparable tuples.

Differences of interpretation we chose on purpose (``recoverybox.core.calendar.ics_read.INTERPRETATION``) are applied
to the oracle's side here, in one place, each naming its entry there."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from recoverybox.core.base.validation import MAX_TITLE
from recoverybox.core.calendar.ics_findings import INTERPRETATION, ZERO_LENGTH_SHOWN_AS
from recoverybox.core.calendar.ics_read import one_calendar
from recoverybox.core.calendar.recurrence import to_utc

# the differences applied below
assert {
    "zero-length",
    "zero-length all-day",
    "override inherits",
    "long title",
    "several calendars",
    "title on one line",
} <= INTERPRETATION.keys()

# Where recurring-ical-events (3.8) itself goes wrong: the generator does not ask it, or the reading here mends it.
ORACLE_DEFECTS = {
    "X-WR and this and following": "With X-WR-TIMEZONE in the calendar, a RANGE=THISANDFUTURE change applies to "
    "its own occurrence only: the later ones keep the old time and title (RFC 5545 §3.8.4.4 says they change; "
    "tests/core/calendar/ics/this_and_future.ics shows ours). The generator does not combine the two.",
    "several copies of one event": "A file of scheduling messages holding several copies of one event (the same UID, "
    "a rising SEQUENCE; ical4j's incoming.ics) stops it with a TypeError; RecoveryBox keeps the newest copy.",
    "gap in a file's own zone": "In a zone defined by the file (read by dateutil), a wall time in the "
    "spring-forward gap takes the offset after the gap, so an occurrence can end before it starts; RFC 5545 "
    "§3.3.5 says the offset before the gap, as for IANA zones. Mended in ``_instant``.",
}


def ours(services, first: date, days: int) -> list[tuple]:
    """Occurrences starting on the ``days`` local days from ``first``: all-day ones by their dates, timed
    ones by their instants; with their titles."""
    zone = services.zone
    after, before = _bounds(first, days, zone)
    found = services.calendar.occurrences_between(after - timedelta(days=2), before + timedelta(days=2))
    rows = []
    for occ in found:
        if occ.all_day:
            own = ZoneInfo(occ.tz)
            start_day = occ.start.astimezone(own).date()
            if first <= start_day < first + timedelta(days=days):
                rows.append(("day", start_day, occ.end.astimezone(own).date(), occ.title))
        elif after <= occ.start < before:
            rows.append(("time", occ.start, occ.end, occ.title))
    return sorted(rows, key=repr)


def oracle(raw: bytes, first: date, days: int, zone_name: str) -> list[tuple]:
    """The same, from ``recurring-ical-events``; floating times are read in the calendar's X-WR-TIMEZONE, or
    in ``zone_name`` (the person's zone) as RecoveryBox reads them."""
    calendar = read_whole(raw)
    hint = str(calendar.get("X-WR-TIMEZONE", "") or "")
    series_titles = {  # INTERPRETATION["override inherits"]
        str(event.get("UID", "")): str(event.get("SUMMARY", "") or "").strip()
        for event in calendar.walk("VEVENT")
        if event.get("RECURRENCE-ID") is None
    }
    try:
        floating = ZoneInfo(hint) if hint else ZoneInfo(zone_name)
    except Exception:
        floating = ZoneInfo(zone_name)
    zone = ZoneInfo(zone_name)
    after, before = _bounds(first, days, zone)
    span = (first - timedelta(days=3), first + timedelta(days=days + 3))
    rows = []
    for component in recurring_ical_events.of(calendar).between(*span):
        if str(component.get("STATUS", "")).upper() == "CANCELLED":
            continue  # the oracle hands these over marked; a calendar shows them as gone
        start = component["DTSTART"].dt
        end = component["DTEND"].dt if component.get("DTEND") is not None else None
        title = str(component.get("SUMMARY", "") or "").strip()
        if not title and component.get("RECURRENCE-ID") is not None:
            title = series_titles.get(str(component.get("UID", "")), "")
        title = " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", title).split())  # INTERPRETATION["title on one line"]
        title = (title or "Untitled event")[:MAX_TITLE]  # INTERPRETATION["long title"]
        if not isinstance(start, datetime):
            end = end if end is not None and end > start else start + timedelta(days=1)  # ["zero-length all-day"]
            if first <= start < first + timedelta(days=days):
                rows.append(("day", start, end, title))
            continue
        written = start
        start = _instant(start, floating)
        end = _instant(end, floating) if end is not None else start
        if end == start:  # INTERPRETATION["zero-length"]: 30 minutes on the wall clock
            end = _instant(written.replace(tzinfo=None) + ZERO_LENGTH_SHOWN_AS, written.tzinfo or floating)
        if after <= start < before:
            rows.append(("time", start, end, title))
    return sorted(rows, key=repr)


def read_whole(raw: bytes) -> icalendar.Calendar:
    """The file as one calendar: INTERPRETATION["several calendars"], as RecoveryBox joins them (input for the
    oracle, which then expands it by itself)."""
    return one_calendar(icalendar.Calendar.from_ical(raw, multiple=True))


def _instant(value: datetime, floating: tzinfo) -> datetime:
    if value.tzinfo is None:
        return to_utc(value, floating)
    instant = value.astimezone(UTC)
    wall = value.replace(tzinfo=None)
    if not isinstance(value.tzinfo, ZoneInfo) and instant.astimezone(value.tzinfo).replace(tzinfo=None) != wall:
        # ORACLE_DEFECTS["gap in a file's own zone"]: the offset from before the gap, as RFC 5545 §3.3.5 says
        before = (value - timedelta(hours=3)).utcoffset()
        return (wall - before).replace(tzinfo=UTC) if before is not None else instant
    return instant


def _bounds(first: date, days: int, zone: ZoneInfo) -> tuple[datetime, datetime]:
    return (
        to_utc(datetime.combine(first, time()), zone),
        to_utc(datetime.combine(first + timedelta(days=days), time()), zone),
    )
