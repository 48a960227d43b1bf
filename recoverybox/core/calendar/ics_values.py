"""One value of a calendar file's event read as plain data: text on one line, a date or time in a zone,
alarms as minutes before, a link, a title."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, UserError
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.calendar.recurrence import (
    to_local,
)
from recoverybox.core.storage.columns import EVENT_KINDS

if TYPE_CHECKING:  # for annotations only: no import at run time
    from icalendar import Component


class IcsError(ValidationError):
    """A calendar file that cannot be imported; the message names the problem (and the event)."""

    at = 0  # the number of the event it is about, when known: the first problem in the file is named

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__("file", template, **params)


def decoded_text(raw: bytes) -> str:
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
            raise IcsError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This calendar file says it is in {name}, but it cannot be read as that.",
                ),
                name=name,
            ) from None
    raise IcsError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This calendar file is not in UTF-8 and does not say which character set it "
            "uses, so letters could be lost. Export it again as UTF-8 (most calendar "
            "apps do this by default).",
        )
    )


def first_value(prop: Any) -> Any:
    return prop[0] if isinstance(prop, list) and prop else prop


def is_date(value: Any) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def props_named(component: Component, name: str) -> list[Any]:
    props = component.get(name)
    return [] if props is None else props if isinstance(props, list) else [props]


def wall_time(value: Any, zone_name: str, all_day: bool) -> datetime:
    """A date or time from an RDATE or EXDATE as a wall time of the series (an all-day one's: its date)."""
    if is_date(value):
        return datetime.combine(value, time())
    if all_day:
        return datetime.combine(value.date(), time())
    if value.tzinfo is None or getattr(value.tzinfo, "key", None) == zone_name:  # a wall time of the series
        return datetime.combine(value.date(), value.time())
    return to_local(value.astimezone(UTC), ZoneInfo(zone_name))


def alarm_minutes(component: Component) -> list[int]:
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


def event_kind(component: Component) -> str:
    kind = str(component.get("X-RECOVERYBOX-KIND", "") or "")
    return kind if kind in EVENT_KINDS else "other"


def one_line(value: Any) -> str:
    """A SUMMARY as a one-line title: line breaks, tabs and other control characters become single spaces
    (INTERPRETATION["title on one line"])."""
    return " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", str(value or "")).split())


def event_url(component: Component) -> str | None:
    url = str(component.get("URL", "") or "").strip()
    return url if url.lower().startswith(("https://", "http://")) and len(url) <= 500 else None


def event_title(component: Component, number: int | None) -> str:
    title = str(component.get("SUMMARY", "") or "").strip()
    return title[:60] if title else f"event number {number}" if number else "untitled event"


def component_label(component: Component) -> UserError:
    """Which event a sentence is about, as a phrase of its own (translated where it is shown, like an error)."""
    title = str(component.get("SUMMARY", "") or "").strip()
    if title:
        return UserError(QT_TRANSLATE_NOOP("errors", "The event “{title}”"), title=title[:60])
    return UserError(QT_TRANSLATE_NOOP("errors", "An event without a title"))


def short_reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]
