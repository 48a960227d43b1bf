"""Changed occurrences in a calendar file (RECURRENCE-ID): the newest copy of each kept, what differs from the
series kept with it, and a change from one date on (RANGE=THISANDFUTURE) read as the series split there."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.validation import MAX_TITLE
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.calendar.recurrence import (
    count_left,
    ended_rule,
    rule_lines,
    starts_between,
    to_utc,
)

if TYPE_CHECKING:  # for annotations only: no import at run time
    from icalendar import Component
from recoverybox.core.calendar.ics_findings import (
    STALE_COPY,
    SWAPPED,
    ZERO_LENGTH_SHOWN_AS,
    ImportedEvent,
    Reading,
)
from recoverybox.core.calendar.ics_rules import moved_rule, rule_ends_before
from recoverybox.core.calendar.ics_times import (
    matched_start_end,
    validated_event,
    when_it_happens,
)
from recoverybox.core.calendar.ics_values import (
    IcsError,
    alarm_minutes,
    component_label,
    event_title,
    event_url,
    is_date,
    one_line,
    short_reason,
)


def add_override(found: list[Component], component: Component, reading: Reading, number: int) -> None:
    """Add a changed occurrence to its series' list; of two for the same occurrence, keep the newer (higher
    SEQUENCE, then the later change), as for whole events."""
    key = _recurrence_key(component)
    for index, other in enumerate(found):
        if _recurrence_key(other) == key:
            newer, older = sorted((other, component), key=copy_version, reverse=True)
            reading.notes.adjust(STALE_COPY, event_title(older, number))
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


def copy_version(component: Component) -> tuple[int, str]:
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


def is_occurrence(master: EventInput, original: datetime) -> bool:
    """Whether ``original`` (local wall time) is one of ``master``'s own dates (its start, rule or RDATEs)."""
    if original == master.start or original in master.rdates:
        return True
    if master.rrule is None:
        return False
    zone = ZoneInfo(master.tz)
    moment = to_utc(original, zone)
    margin = timedelta(minutes=1)
    return original in starts_between(master.rrule, master.start, zone, moment - margin, moment + margin)


def override_values(component: Component, master: EventInput, reading: Reading) -> dict[str, Any]:
    """A changed or cancelled occurrence: its original date (as the series has it) and what it is now."""
    label = component_label(component)
    try:
        recurrence_id = component.get("RECURRENCE-ID").dt
        if master.all_day and not is_date(recurrence_id):
            # Exchange writes an all-day occurrence's date as midnight in a zone: the date is what it means.
            original = datetime.combine(recurrence_id.date(), time())
        elif not master.all_day and is_date(recurrence_id):
            original = datetime.combine(recurrence_id, master.start.time())
        else:
            original, _zone, _all_day = when_it_happens(component, "RECURRENCE-ID", reading, label, master.tz)
        if str(component.get("STATUS", "")).upper() == "CANCELLED":
            return {"original_start_local": original, "cancelled": True}
        start_value, end_value = matched_start_end(component, reading, label)
        start, _z, all_day = when_it_happens(component, "DTSTART", reading, label, master.tz, start_value)
        if end_value is not None:
            end, _z, _a = when_it_happens(component, "DTEND", reading, label, master.tz, end_value)
        elif component.get("DURATION") is not None:
            end = start + component.decoded("DURATION")
        elif all_day != master.all_day:
            end = start + (timedelta(days=1) if all_day else timedelta(0))
        else:
            end = start + (master.end - master.start)
    except IcsError:
        raise
    except Exception as exc:
        raise IcsError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{label}: a changed occurrence has a date that is not valid ({short_reason_exc}).",
            ),
            label=label,
            short_reason_exc=short_reason(exc),
        ) from None
    if end < start:
        reading.notes.adjust(SWAPPED, event_title(component, None), component)
        start, end = end, start
    if not all_day and end == start:
        end = start + ZERO_LENGTH_SHOWN_AS
    if end <= start:
        end = start + timedelta(days=1)  # an all-day occurrence ending on its first day: that one day
    title = one_line(component.get("SUMMARY"))[:MAX_TITLE]
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
    own = alarm_minutes(component)  # none read (none there, or only ones at a fixed time): the series' reminders
    if own and own != master.reminder_offsets:
        values["reminders"] = ",".join(str(minutes) for minutes in own)
    return values


def ended_before(series: ImportedEvent, original: datetime) -> ImportedEvent:
    """``series`` without its dates from ``original`` on."""
    data = series.data
    zone = ZoneInfo(data.tz)
    until = (to_utc(original, zone) - timedelta(seconds=1)).strftime("%Y%m%dT%H%M%SZ")
    # A rule whose COUNT or UNTIL ends it before ``original`` stays as it is; the others end there.
    lines = [
        line if rule_ends_before(line, data.start, zone, original) else ended_rule(line, until)
        for line in rule_lines(data.rrule or "")
    ]
    ended = replace(data, rrule="\n".join(lines) or None, rdates=[d for d in data.rdates if d < original])
    kept = [values for values in series.exceptions if values["original_start_local"] < original]
    return ImportedEvent(validated_event(ended), kept, series.always)


def split_series(
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
    rule = "\n".join(moved_rule(count_left(line, data.start, zone, original), delta, days) for line in lines) or None
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
        online_url=event_url(override) or data.online_url,
        reminder_offsets=alarm_minutes(override) if override.walk("VALARM") else data.reminder_offsets,
        uid=f"{data.uid}/{original:%Y%m%dT%H%M%S}",
        rdates=[d + delta for d in data.rdates if d > original],
    )
    tail = ImportedEvent(validated_event(tail_data), always=series.always)
    for later in series.exceptions:
        if later["original_start_local"] > original:
            tail.exceptions.append({**later, "original_start_local": later["original_start_local"] + delta})
    head = ended_before(series, original) if original > data.start else None
    return head, tail
