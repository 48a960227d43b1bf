"""An event's whole stored state, taken before a change and put back by Undo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.validation import (
    ValidationError,
)
from recoverybox.core.storage.db import Database
from recoverybox.core.storage.models import Event, EventException, Reminder


@dataclass(frozen=True)
class EventSnapshot:
    """An event's full stored state, to put back exactly (undo of a drag or edit)."""

    event_id: int
    columns: dict[str, Any]
    exceptions: list[dict[str, Any]]
    reminders: list[dict[str, Any]]


_EVENT_COLUMNS = (
    "uid",
    "title",
    "kind",
    "fellowship",
    "location",
    "online_url",
    "tz",
    "all_day",
    "start_local",
    "end_local",
    "start_utc",
    "end_utc",
    "rrule",
    "rdates",
    "series_end_utc",
    "notes",
    "created_at",
    "updated_at",
)


_EXCEPTION_COLUMNS = (
    "original_start_local",
    "cancelled",
    "start_local",
    "end_local",
    "title",
    "notes",
    "all_day",
    "location",
    "reminders",
)


# What an event is, apart from who it is (its UID) and when it was written: what a copy of it takes.
EVENT_CONTENT = tuple(name for name in _EVENT_COLUMNS if name not in ("uid", "created_at", "updated_at"))


EXCEPTION_CONTENT = _EXCEPTION_COLUMNS


def snapshot_event(db: Database, event_id: int) -> EventSnapshot:
    with db.reading() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise ValidationError("event", QT_TRANSLATE_NOOP("errors", "This event no longer exists."))
        return EventSnapshot(
            event_id,
            {name: getattr(event, name) for name in _EVENT_COLUMNS},
            [{name: getattr(exc, name) for name in _EXCEPTION_COLUMNS} for exc in event.exceptions],
            [{"offset_minutes": r.offset_minutes, "always": r.always} for r in event.reminders],
        )


def restore_event(db: Database, snapshot: EventSnapshot, remove_ids: tuple[int, ...] = ()) -> None:
    """Put an event back as it was (re-creating it if it was deleted) and drop events made since."""
    with db.transaction() as session:
        for event_id in remove_ids:
            extra = session.get(Event, event_id)
            if extra is not None:
                session.delete(extra)
        session.flush()
        event = session.get(Event, snapshot.event_id)
        if event is None:
            event = Event(id=snapshot.event_id)
            session.add(event)
        for name, value in snapshot.columns.items():
            setattr(event, name, value)
        event.exceptions.clear()
        event.reminders.clear()
        session.flush()
        event.exceptions.extend(EventException(**values) for values in snapshot.exceptions)
        event.reminders.extend(Reminder(**values) for values in snapshot.reminders)
