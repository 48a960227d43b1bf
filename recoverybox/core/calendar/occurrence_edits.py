"""Changing one occurrence of a series, or it and the ones after, or the whole series — stored as RFC 5545
would: an exception (RECURRENCE-ID / EXDATE), a split series (UNTIL on the old one, a new one from here),
or a change to the master. Also attendance of past occurrences."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from recoverybox.core.base.changes import Changes
from recoverybox.core.base.clock import Clock
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.calendar.events import CalendarService, EventInput, event_changes, stored_event, validate_event
from recoverybox.core.calendar.occurrences import parse_rdates
from recoverybox.core.calendar.recurrence import count_left, ended_rule, rule_lines, to_utc
from recoverybox.core.storage.columns import ATTENDANCE
from recoverybox.core.storage.db import Database
from recoverybox.core.storage.models import Attendance, Event, EventException, Reminder

SCOPES = ("this", "following", "all")


class OccurrenceEditor:
    """Scope-aware edits of occurrences; every call is one transaction."""

    def __init__(self, db: Database, clock: Clock, calendar: CalendarService) -> None:
        self._db = db
        self._clock = clock
        self._calendar = calendar

    # ---- edit -----------------------------------------------------------------------------------
    def edit(self, event_id: int, original: datetime, data: EventInput, scope: str) -> Changes:
        """Apply ``data`` (as typed for this occurrence) to ``scope``; the changes' ``.id`` is the event now
        holding the occurrence (a new one after a split)."""
        holder = self._edit(event_id, original, data, scope)
        return event_changes(*dict.fromkeys((holder, event_id)))

    def _edit(self, event_id: int, original: datetime, data: EventInput, scope: str) -> int:
        _check_scope(scope)
        event = self._calendar.get_event(event_id)
        if not _repeats(event) or scope == "all" and original == event.start_local:
            self._calendar.update_event(event_id, data)
            return event_id
        if scope == "this":
            clean = validate_event(replace(data, rrule=None, rdates=[]))
            with self._db.transaction() as session:
                exc = self._calendar._exception_for(session, event_id, original)
                exc.cancelled = False
                exc.start_local, exc.end_local = clean.start, clean.end
                exc.title = clean.title if clean.title != event.title else None
                exc.notes = clean.notes if clean.notes != event.notes else None
                exc.all_day = clean.all_day if clean.all_day != event.all_day else None
                exc.location = clean.location if clean.location != event.location else None
                series = sorted(r.offset_minutes for r in event.reminders)
                own = sorted(clean.reminder_offsets)
                exc.reminders = ",".join(map(str, own)) if own != series else None
            return event_id
        if scope == "all":
            # The occurrence's new time moves every occurrence by the same amount; the series keeps its first date.
            delta = data.start - original
            shifted = replace(
                data,
                start=event.start_local + delta,
                end=event.start_local + delta + (data.end - data.start),
                rrule=data.rrule if data.rrule is not None else event.rrule,
            )
            self._calendar.update_event(event_id, shifted)
            if delta:
                self._shift_exceptions(event_id, delta)
            return event_id
        return self._split(event, original, data)

    def move(self, event_id: int, original: datetime, new_start: datetime, new_end: datetime, scope: str) -> Changes:
        """Drag-and-drop: the same event at a new time, for ``scope``."""
        event = self._calendar.get_event(event_id)
        data = self.input_for(event, original)
        return self.edit(event_id, original, replace(data, start=new_start, end=new_end), scope)

    def delete(self, event_id: int, original: datetime, scope: str) -> Changes:
        _check_scope(scope)
        event = self._calendar.get_event(event_id)
        if not _repeats(event) or scope == "all" or (scope == "following" and original == event.start_local):
            return self._calendar.delete_event(event_id)
        elif scope == "this":
            return self._calendar.cancel_occurrence(event_id, original)
        else:
            with self._db.transaction() as session:
                self._end_before(session, stored_event(session, event_id), original)
        return event_changes(event_id)

    def input_for(self, event: Event, original: datetime) -> EventInput:
        """What the event dialog shows for one occurrence (its exception applied)."""
        exc = next((e for e in event.exceptions if e.original_start_local == original), None)
        start = exc.start_local if exc and exc.start_local else original
        end = exc.end_local if exc and exc.end_local else start + (event.end_local - event.start_local)
        return EventInput(
            title=(exc.title if exc and exc.title else event.title),
            start=start,
            end=end,
            tz=event.tz,
            kind=event.kind,
            all_day=(exc.all_day if exc and exc.all_day is not None else event.all_day),
            rrule=event.rrule,
            fellowship=event.fellowship,
            location=(exc.location if exc and exc.location else event.location),
            online_url=event.online_url,
            notes=(exc.notes if exc and exc.notes is not None else event.notes),
            reminder_offsets=(
                list(own)
                if exc and (own := exc.own_reminders()) is not None
                else [r.offset_minutes for r in event.reminders]
            ),
            uid=None,
            rdates=parse_rdates(event.rdates),
            reminders_always=any(r.always for r in event.reminders),
        )

    # ---- attendance -----------------------------------------------------------------------------
    def set_attendance(self, event_id: int, original: datetime, status: str | None) -> Changes:
        """Mark a past occurrence attended or missed (None clears it)."""
        if status is not None and status not in ATTENDANCE:
            raise ValidationError("attendance", QT_TRANSLATE_NOOP("errors", "Choose attended or missed."))
        event = self._calendar.get_event(event_id)
        zone = ZoneInfo(event.tz)
        if to_utc(original, zone) > self._clock.now():
            raise ValidationError(
                "attendance",
                QT_TRANSLATE_NOOP("errors", "You can mark attendance once the meeting or session has started."),
            )
        with self._db.transaction() as session:
            row = session.scalar(
                select(Attendance).where(Attendance.event_id == event_id, Attendance.original_start_local == original)
            )
            if status is None:
                if row is not None:
                    session.delete(row)
                return event_changes(event_id)
            if row is None:
                row = Attendance(event_id=event_id, original_start_local=original, day=original.date())
                session.add(row)
            row.status = status
        return event_changes(event_id)

    def attendance(self, first_day: date, last_day: date) -> dict[tuple[int, datetime], str]:
        with self._db.reading() as session:
            rows = session.execute(
                select(Attendance.event_id, Attendance.original_start_local, Attendance.status).where(
                    Attendance.day >= first_day, Attendance.day <= last_day
                )
            ).all()
        return {(event_id, original): status for event_id, original, status in rows}

    # ---- internals ------------------------------------------------------------------------------
    def _split(self, event: Event, original: datetime, data: EventInput) -> int:
        """End the old series just before ``original`` and start a new one there (RFC 5545 style)."""
        if original == event.start_local:
            self._calendar.update_event(event.id, data)
            return event.id
        zone = ZoneInfo(event.tz)
        rule_unchanged = data.rrule is None or data.rrule == event.rrule
        new_rule = event.rrule if rule_unchanged else data.rrule
        if rule_unchanged:  # a rule that counts its dates goes on with the count it has left
            lines = rule_lines(event.rrule or "")
            new_rule = "\n".join(count_left(line, event.start_local, zone, original) for line in lines)
        delta = data.start - original
        clean = validate_event(
            replace(
                data, rrule=new_rule, uid=None, rdates=[d + delta for d in parse_rdates(event.rdates) if d > original]
            )
        )
        now = self._clock.now()
        with self._db.transaction() as session:
            old = stored_event(session, event.id)
            new = Event(uid=f"{uuid.uuid4()}@recoverybox", created_at=now, updated_at=now)
            CalendarService._apply(new, clean)
            session.add(new)
            session.flush()
            new.reminders = [Reminder(offset_minutes=m, always=clean.reminders_always) for m in clean.reminder_offsets]
            for exc in list(old.exceptions):
                if exc.original_start_local >= original:
                    old.exceptions.remove(exc)
                    if not delta:
                        new.exceptions.append(
                            EventException(
                                original_start_local=exc.original_start_local,
                                cancelled=exc.cancelled,
                                start_local=exc.start_local,
                                end_local=exc.end_local,
                                title=exc.title,
                                notes=exc.notes,
                                all_day=exc.all_day,
                                location=exc.location,
                                reminders=exc.reminders,
                            )
                        )
            if not delta:
                for row in session.scalars(
                    select(Attendance).where(Attendance.event_id == old.id, Attendance.original_start_local >= original)
                ):
                    row.event_id = new.id
            self._end_before(session, old, original)
            return new.id

    def _end_before(self, session: Session, event: Event, original: datetime) -> None:
        """Give the series an UNTIL just before ``original`` (keeping everything before it)."""
        zone = ZoneInfo(event.tz)
        until = (to_utc(original, zone) - timedelta(seconds=1)).strftime("%Y%m%dT%H%M%SZ")
        ended = ended_rule(event.rrule or "", until)
        rdates = [d for d in parse_rdates(event.rdates) if d < original]
        clean = validate_event(
            replace(
                self.input_for(event, event.start_local),
                title=event.title,
                notes=event.notes,
                start=event.start_local,
                end=event.end_local,
                rrule=ended,
                rdates=rdates,
            )
        )
        CalendarService._apply(event, clean)
        event.updated_at = self._clock.now()
        for exc in list(event.exceptions):
            if exc.original_start_local >= original:
                event.exceptions.remove(exc)

    def _shift_exceptions(self, event_id: int, delta: timedelta) -> None:
        with self._db.transaction() as session:
            for exc in session.scalars(select(EventException).where(EventException.event_id == event_id)):
                exc.original_start_local += delta
            for row in session.scalars(select(Attendance).where(Attendance.event_id == event_id)):
                row.original_start_local += delta


def _repeats(event: Event) -> bool:
    """Whether the event has more than one date: a repeat rule, extra dates (RDATE), or both."""
    return event.rrule is not None or bool(event.rdates)


def _check_scope(scope: str) -> None:
    if scope not in SCOPES:
        raise ValidationError(
            "scope", QT_TRANSLATE_NOOP("errors", "Choose this occurrence, this and following, or the whole series.")
        )
