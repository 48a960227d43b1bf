"""An event as a resource on the server: read from one, fingerprinted to tell which side changed it, and one
version's content copied into another."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import object_session

from recoverybox.core.base.validation import ValidationError
from recoverybox.core.calendar.ics_findings import ImportedEvent
from recoverybox.core.calendar.ics_read import read_calendar
from recoverybox.core.calendar.snapshots import EVENT_CONTENT, EXCEPTION_CONTENT
from recoverybox.core.storage.models import Event, EventException, Reminder

if TYPE_CHECKING:
    pass


STAMP = datetime(2000, 1, 1, tzinfo=UTC)  # a DTSTAMP for a resource written only to be fingerprinted


def fingerprint(item: ImportedEvent) -> str:
    """What an event is, as read from a calendar: the same for the same event however it was written."""
    data = asdict(item.data)
    data.pop("reminders_always", None)
    exceptions = sorted(
        (json.dumps(values, sort_keys=True, default=str) for values in item.exceptions),
    )
    text = json.dumps([data, exceptions, sorted(item.always)], sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def read_resource(raw: bytes, zone_name: str) -> list[ImportedEvent]:
    """The events in one resource (usually one, with its changed occurrences); [] when it holds none we read."""
    try:
        return read_calendar(raw, zone_name).events
    except ValidationError:
        return []


def copy_into(source: Event, target: Event) -> None:
    """``target`` takes ``source``'s content: fields, changed occurrences and reminders (not its UID)."""
    for name in EVENT_CONTENT:
        setattr(target, name, getattr(source, name))
    target.conflict_of = None
    target.exceptions.clear()
    target.reminders.clear()
    session = object_session(target)
    if session is not None:  # the old rows go before the new (the same offsets and dates are unique per event)
        session.flush()
    target.exceptions.extend(
        EventException(**{name: getattr(exc, name) for name in EXCEPTION_CONTENT}) for exc in source.exceptions
    )
    target.reminders.extend(Reminder(offset_minutes=r.offset_minutes, always=r.always) for r in source.reminders)
