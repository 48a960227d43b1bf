"""One object that holds the open database, the clock and every service the UI and CLI use."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from recoverybox.core.base.changes import Changes
from recoverybox.core.base.clock import Clock, SystemClock
from recoverybox.core.base.work import Report
from recoverybox.core.calendar.events import CalendarService
from recoverybox.core.calendar.ics import IcsService
from recoverybox.core.calendar.occurrence_edits import OccurrenceEditor
from recoverybox.core.goals.progress import ProgressService
from recoverybox.core.goals.service import GoalService
from recoverybox.core.journal.entries import JournalService
from recoverybox.core.recovery.daily import RecoveryService
from recoverybox.core.recovery.sobriety import SobrietyService
from recoverybox.core.reminders.planner import ReminderPlanner
from recoverybox.core.settings.service import SettingsService
from recoverybox.core.settings.zone import PersonsTime
from recoverybox.core.storage.db import Database
from recoverybox.core.support.contacts import ContactService

if TYPE_CHECKING:
    from recoverybox.core.meetings.kept import MeetingListService
    from recoverybox.core.sync.service import SyncService


@dataclass(frozen=True)
class ExportLoaded:
    """What loading an export did: rows per table, and what changed (everything)."""

    counts: dict[str, int]
    changes: Changes


class Services:
    """The core, ready to use: ``services.goals.check_in(...)`` and so on."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.closed = False  # after close(): nothing may read or write through these services any more
        self.clock = clock or SystemClock()
        self._before_close: list[Callable[[], None]] = []
        self.settings = SettingsService(db)
        self.time = PersonsTime(self.settings, self.clock)
        self.calendar = CalendarService(db, self.clock)
        self.occurrences = OccurrenceEditor(db, self.clock, self.calendar)
        self.goals = GoalService(db, self.clock, self.today)
        self.sobriety = SobrietyService(db, self.clock, self.today)
        self.journal = JournalService(db, self.clock, self.today)
        self.contacts = ContactService(db)
        self.reminders = ReminderPlanner(db, self.time, self.settings, self.calendar, self.sobriety)
        self.ics = IcsService(db, self.time, self.calendar)
        self.progress = ProgressService(db, self.today, self.sobriety)
        self.recovery = RecoveryService(db, self.clock, self.today, self.journal, lambda: self.zone)

    @classmethod
    def open(
        cls, db_file: Path, backup_dir: Path, today: date, clock: Clock | None = None, key: bytes | None = None
    ) -> Services:
        """The services over the data file at ``db_file``, opened (and upgraded, checked) by
        ``core.app.opening.open_database`` (with the data ``key`` when protected); raises its ``DatabaseError`` when
        the file cannot be used."""
        from recoverybox.core.app.opening import open_database

        return cls(open_database(db_file, backup_dir, today, key), clock)

    @functools.cached_property
    def meeting_lists(self) -> MeetingListService:
        """Kept meeting lists (``core.meetings``), imported when first used: not on the way to the first view."""
        from recoverybox.core.meetings.kept import MeetingListService

        return MeetingListService(self.db, self.time, self.settings, self.calendar, self.occurrences)

    @functools.cached_property
    def sync(self) -> SyncService:
        """The calendar sync (``sync.service``), imported when first used."""
        from recoverybox.core.sync.service import SyncService

        return SyncService(self.db, self.time, self.calendar, self.ics)

    @property
    def protected(self) -> bool:
        """The data is encrypted at rest (``core.protection``): what leaves it as a file is readable."""
        return self.db.key is not None

    @property
    def zone_name(self) -> str:
        return self.time.zone_name

    @property
    def zone(self) -> ZoneInfo:
        """The person's zone: their setting, else the system's."""
        return self.time.zone

    def zone_changed(self) -> None:
        self.time.zone_changed()

    def today(self) -> date:
        return self.time.today()

    def is_empty(self) -> bool:
        """True when the person has entered nothing yet (settings aside)."""
        from sqlalchemy import exists, select

        from recoverybox.core.storage.models import Contact, Event, Goal, JournalEntry, SobrietyClock

        with self.db.reading() as session:
            return not any(
                session.scalar(select(exists().where(model.id.isnot(None))))
                for model in (Goal, Event, JournalEntry, SobrietyClock, Contact)
            )

    def export_everything(self, folder: Path, report: Report | None = None) -> None:
        """Every table as JSON and CSV into ``folder`` (``core.export``)."""
        from recoverybox.core.export.everything import write_everything

        write_everything(self.db, folder, report)

    def load_export(self, path: Path, report: Report | None = None) -> ExportLoaded:
        """A JSON export loaded into this (empty) data, all or nothing: rows loaded per table, and a whole data
        folder's worth of changes."""
        from recoverybox.core.export.everything import import_json

        return ExportLoaded(import_json(self.db, path, report), Changes.everything())

    def before_close(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` just before the database closes (the reminder scheduler stops there)."""
        self._before_close.append(callback)

    def close(self) -> None:
        """Stop what depends on the data first, then close it; safe to call twice."""
        callbacks, self._before_close = self._before_close, []
        for callback in reversed(callbacks):
            callback()
        self.closed = True
        self.db.close()
