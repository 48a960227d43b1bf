"""When an event in a calendar file happens: its start and end in a zone RecoveryBox keeps, its extra and
cancelled dates, its repeat rule checked and repaired where a calendar program wrote one we can read."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, UserError
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.calendar.events import EventInput, validate_event
from recoverybox.core.calendar.ics_zones import matching_zone, zone_by_name, zone_of
from recoverybox.core.calendar.recurrence import (
    starts_between,
    to_local,
    to_utc,
)

if TYPE_CHECKING:  # for annotations only: no import at run time
    from icalendar import Component
from recoverybox.core.calendar.ics_findings import (
    MIXED,
    MIXED_ZONES,
    NO_MORE_DATES,
    RULE_REPAIRED,
    Reading,
    custom_zone,
)
from recoverybox.core.calendar.ics_values import IcsError, event_title, first_value, is_date, props_named, wall_time


def repaired_rule(rule: str, component: Component, reading: Reading) -> str:
    """An RRULE as written, less a COUNT that cannot be meant: below one, or beside an UNTIL (RFC 5545 allows
    one of them; the end date is the one people see in the program that wrote it)."""
    parts = [part for part in rule.split(";") if part]
    values = dict(part.partition("=")[::2] for part in parts)
    count = values.get("COUNT")
    if count is None or ("UNTIL" not in values and count.isdigit() and int(count) >= 1):
        return rule
    reading.notes.adjust(RULE_REPAIRED, event_title(component, None), component)
    return ";".join(part for part in parts if not part.startswith("COUNT="))


def validated_event(data: EventInput, reading: Reading | None = None) -> EventInput:
    """``validate_event``; a rule that gives no date after the start leaves the start as the one date."""
    try:
        return validate_event(data)
    except ValidationError as exc:
        if exc.field != "rrule" or "never produces" not in exc.message:
            raise
    if reading is not None:
        reading.notes.adjust(NO_MORE_DATES, data.title)
    return validate_event(replace(data, rrule=None))


def matched_start_end(component: Component, reading: Reading, label: UserError) -> tuple[Any, Any]:
    """DTSTART's and DTEND's values, the same type: a date beside a time of day becomes midnight."""
    start, end = (first_value(component.get(name)) for name in ("DTSTART", "DTEND"))  # the first, if written twice
    if start is None:
        raise IcsError(QT_TRANSLATE_NOOP("errors", "{label} has no DTSTART (start date)."), label=label)
    start_value, end_value = start.dt, end.dt if end is not None else None
    if end_value is None:
        return start_value, end_value
    if is_date(start_value) == is_date(end_value):
        if is_date(start_value):
            return start_value, end_value
        floating = [prop.dt.tzinfo is None and not prop.params.get("TZID") for prop in (start, end)]
        if floating[0] == floating[1] or start_value.tzinfo is end_value.tzinfo is None:
            return start_value, end_value
        # One floating, one in a zone: both in that zone, as the writer surely meant.
        reading.notes.adjust(MIXED_ZONES, event_title(component, None), component)
        zone = start_value.tzinfo or end_value.tzinfo
        return start_value.replace(tzinfo=start_value.tzinfo or zone), end_value.replace(
            tzinfo=end_value.tzinfo or zone
        )
    reading.notes.adjust(MIXED, event_title(component, None), component)
    if is_date(start_value):
        return datetime.combine(start_value, time(), end_value.tzinfo), end_value
    return start_value, datetime.combine(end_value, time(), start_value.tzinfo)


# ---- values ---------------------------------------------------------------------------------------
def when_it_happens(
    component: Component,
    name: str,
    reading: Reading,
    label: UserError,
    master_zone: str | None = None,
    value: Any = None,
) -> tuple[datetime, str, bool]:
    """(naive wall-clock datetime, IANA zone, all-day) for a DTSTART-like property (``value`` in its place)."""
    prop = first_value(component.get(name))
    if prop is None:
        raise IcsError(QT_TRANSLATE_NOOP("errors", "{label} has no {name} (start date)."), label=label, name=name)
    value = prop.dt if value is None else value
    if is_date(value):
        return datetime.combine(value, time()), master_zone or reading.floating_zone, True
    if not isinstance(value, datetime):
        raise IcsError(QT_TRANSLATE_NOOP("errors", "{label}: {name} is not a date or time."), label=label, name=name)
    if value.year < 1900 or value.year > 2200:
        raise IcsError(
            QT_TRANSLATE_NOOP("errors", "{label}: {name} is in the year {year}, which looks wrong."),
            label=label,
            name=name,
            year=value.year,
        )
    tzid = prop.params.get("TZID")
    if value.tzinfo is None:
        named = zone_by_name(tzid) if tzid else None
        if tzid and named is None:
            raise IcsError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{label}: its time zone “{tzid}” is not defined in the file and is not one "
                    "RecoveryBox knows, so its times could not be placed.",
                ),
                label=label,
                tzid=tzid,
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
            reading.notes.adjust(custom_zone(name, match), event_title(component, None), component)
    written_in = found
    if found == "UTC" and reading.calendar_zone:
        found = reading.calendar_zone  # INTERPRETATION["UTC with X-WR-TIMEZONE"]
    zone = master_zone or found or reading.floating_zone
    if zone == written_in:  # the wall time as written (one in a spring-forward gap stays what it says)
        return value.replace(tzinfo=None), zone, False
    return to_local(value.astimezone(UTC), ZoneInfo(zone)), zone, False


def extra_dates(
    component: Component, zone_name: str, all_day: bool, length: timedelta
) -> tuple[list[datetime], list[dict[str, Any]]]:
    """RDATE starts, and for each given as a period (start and end, or start and length) with a length of
    its own, a changed occurrence that holds its end."""
    starts, periods = [], []
    for prop in props_named(component, "RDATE"):
        for item in prop.dts:
            value = item.dt
            if isinstance(value, tuple):  # VALUE=PERIOD
                first, until = value
                begin = wall_time(first, zone_name, all_day)
                end = begin + until if isinstance(until, timedelta) else wall_time(until, zone_name, all_day)
                starts.append(begin)
                if end - begin != length and end > begin:
                    periods.append(
                        {"original_start_local": begin, "cancelled": False, "start_local": begin, "end_local": end}
                    )
            else:
                starts.append(wall_time(value, zone_name, all_day))
    return starts, periods


def cancelled_dates(component: Component, series: EventInput) -> list[datetime]:
    """The starts EXDATE cancels; a date in it cancels every occurrence of a timed series on that local date."""
    found: list[datetime] = []
    for prop in props_named(component, "EXDATE"):
        for item in prop.dts:
            if is_date(item.dt) and not series.all_day:
                found += _starts_on(series, item.dt)
            else:
                found.append(wall_time(item.dt, series.tz, series.all_day))
    return list(dict.fromkeys(found))


def _starts_on(series: EventInput, day: date) -> list[datetime]:
    """The wall-clock starts of a timed series on one of its local dates."""
    zone = ZoneInfo(series.tz)
    after = to_utc(datetime.combine(day, time()), zone)
    before = to_utc(datetime.combine(day + timedelta(days=1), time()), zone)
    starts = starts_between(series.rrule, series.start, zone, after, before) if series.rrule else []
    starts += [start for start in [series.start, *series.rdates] if start.date() == day]
    return sorted(set(starts))
