"""The data session: the one object that opens, locks, unlocks and closes the person's data, holds the only
copy of its key, and runs what lives on the open data (reminders, calendar sync, the daily backup, the check
for a new day). The window shows the data and the background mode (``--background``, no window shown) uses the
same session: it is not a widget, and it learns of every write from the changes hub, not from the views.

Opening asks the window only what a person must answer (``Ask``: a damaged file); everything else it decides.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, Qt, QTimer, Signal, SignalInstance

from recoverybox.core.base.changes import REMINDER_SOURCES, Area, Changes
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.ui.ops.perform import changes_hub, perform
from recoverybox.ui.session.day_rollover import DayRollover
from recoverybox.ui.session.reminder_wiring import ReminderWiring
from recoverybox.ui.sync.runner import SyncRunner

if TYPE_CHECKING:
    from recoverybox.core.app.glance import TodayGlance
    from recoverybox.core.app.services import Services
    from recoverybox.core.base.clock import Clock
    from recoverybox.core.protection.service import Protection
    from recoverybox.core.reminders.planner import DueReminder as Reminder
    from recoverybox.core.storage.backup import BackupService
    from recoverybox.core.storage.db import DatabaseError
    from recoverybox.paths import AppPaths
    from recoverybox.ui.session.front import Host

LEFTOVERS = (".converting", ".plain-old", ".pending")  # core.protection's names for a conversion under way
GENERIC_TITLE = QT_TRANSLATE_NOOP("DataSession", "RecoveryBox reminder")
LATEST_START_MS = 2000  # reminders and sync wait for the data on screen, or this long at most

# What a person chose about a file that cannot be opened (None: nothing; the window has said so or quit).
Choice = Literal["restore", "fresh"] | None
Ask = Callable[["DatabaseError", bool], Choice]


class DataSession(QObject):
    """One person's data, open or not (see the module's text). ``key`` is the data key once unlocked (None for
    plain data, or protected data not unlocked yet); ``services`` the open data's services."""

    settings_changed = Signal(object)  # the keys of the settings a write changed (a frozenset; None: all)
    new_day = Signal()  # past midnight, or after a sleep: what shows "today" is out of date
    said = Signal(str)  # a short word for the status bar

    def __init__(self, app_paths: AppPaths, host: Host, clock: Clock | None = None, reminders: bool = True) -> None:
        super().__init__(host if isinstance(host, QObject) else None)
        self.app_paths = app_paths
        # The clock outlives any one open database: a restore reopens the data on the same clock.
        self.clock = clock
        self.reminders_enabled = reminders
        self.services: Services | None = None
        self.key: bytes | None = None
        self.locked = False
        self._protection: Protection | None = None
        self.backup_job: object | None = None
        self._sync_attached: Services | None = None  # the services calendar sync follows
        self.reminders = ReminderWiring(self, host)
        self.sync_runner = SyncRunner(host, lambda: self.locked)
        self.day_rollover = DayRollover(self)
        self.day_rollover.new_day.connect(self._on_new_day)
        changes_hub().changed.connect(self._on_changes)

    # ---- protection -----------------------------------------------------------------------------
    @property
    def protection(self) -> Protection:
        if self._protection is None:
            from recoverybox.core.protection.service import Protection

            paths = self.app_paths
            self._protection = Protection(paths.data_dir, paths.db_file, paths.backup_dir)
        return self._protection

    def may_be_protected(self) -> bool:
        """Whether ``core.protection`` has anything to do here: its key file, or what an interrupted conversion
        leaves in the data folder. Plain data (the default) starts without importing it at all."""
        if self.key is not None or self._protection is not None:
            return True
        try:
            names = os.listdir(self.app_paths.data_dir)
        except OSError:
            return False
        return any(name.startswith("protection.json") or name.endswith(LEFTOVERS) for name in names)

    def is_protected(self) -> bool:
        return self.key is not None or self.protection.is_on()

    def needs_unlock(self) -> bool:
        """Protected data whose key is not known yet: the unlock screen comes before the data."""
        return self.key is None and self.may_be_protected() and self.protection.is_on()

    def key_file_missing(self) -> bool:
        """The data file is encrypted but its key file is not beside it (plain data answers at once, by its
        first bytes, without importing ``core.protection``)."""
        from recoverybox.core.storage.cipher import is_encrypted

        if not is_encrypted(self.app_paths.db_file):
            return False
        return self.protection.key_file_missing()

    def unlock(self, secret: str, recovery: bool) -> bytes:
        """The data key from the passphrase (or the recovery key); raises ValidationError when it is wrong."""
        guard = self.protection
        return guard.unlock_with_recovery_key(secret) if recovery else guard.unlock(secret)

    def unlocked(self, key: bytes) -> bool:
        """Keep the key (False: it is not the key of the data open now)."""
        if self.key is not None and key != self.key:
            return False
        self.key = key
        self.locked = False
        return True

    def forget_key(self) -> None:
        """Protection is off (or the data closed for good): no key, no lock."""
        self.key = None
        self.locked = False

    def shown(self, reminders: list[Reminder]) -> list[Reminder]:
        """Reminders as they may be shown now: while locked, without what they are about (unless the person
        allowed details on the lock screen)."""
        if not self.locked or self.protection.lock_screen()["details"]:
            return reminders
        from dataclasses import replace

        title = self.tr(GENERIC_TITLE)
        return [
            replace(
                r, title=title, hidden=True, detail="", location=None, online_url=None, milestone=None, clock_name=None
            )
            for r in reminders
        ]

    # ---- opening --------------------------------------------------------------------------------
    def refusal(self) -> str | None:
        """Why this data must not be opened at all (protected data without its key file, or the key file
        without its data), in words; None when it may. Tidies what an interrupted conversion left."""
        if self.may_be_protected():
            self.protection.tidy()  # this app holds the data folder's lock: no conversion runs beside it
        if self.key is None and self.key_file_missing():
            return self.protection.missing_key_words()
        if self.key is None and self.may_be_protected() and self.protection.data_missing():
            return self.protection.missing_data_words()
        return None

    def glance(self) -> TodayGlance | None:
        """Today read with sqlite3 alone (``core.app.glance``), for a first look while the data layer loads;
        None for new data, data a migration is due for, or a file that cannot be read so (``open`` says why)."""
        from recoverybox.core.app.glance import glance_or_none
        from recoverybox.core.base.clock import SystemClock

        if not self.app_paths.db_file.exists():
            return None
        if self.clock is None:
            self.clock = SystemClock()
        return glance_or_none(self.app_paths.db_file, self.clock, self.key)

    def open(self, ask: Ask, demo: bool = False) -> Services | None:
        """Open the data with the key held (with ``demo``, five years of demo data in empty data). A damaged
        file is never deleted: ``ask`` chooses between the newest backup and a fresh start (the bad file is
        moved aside either way), or gives up (None)."""
        from recoverybox.core.app.services import Services
        from recoverybox.core.base.clock import SystemClock
        from recoverybox.core.storage.backup import move_aside
        from recoverybox.core.storage.db import DatabaseError

        if self.clock is None:
            self.clock = SystemClock()
        backups = self.backup_service()
        services = None
        while services is None:
            now = self.clock.now().astimezone()  # local wall time, for file names
            try:
                services = Services.open(
                    self.app_paths.db_file, self.app_paths.backup_dir, now.date(), self.clock, self.key
                )
            except DatabaseError as exc:
                newest = backups.newest_good() if exc.damaged else None
                choice = ask(exc, newest is not None)
                if choice is None:
                    return None
                if choice == "restore" and newest is not None:
                    backups.restore(newest, now.replace(tzinfo=None))
                else:
                    move_aside(self.app_paths.db_file, "unreadable", now.replace(tzinfo=None))
        if self.key is not None:
            self.protection.finish(self.key)  # a plain copy left by an interrupted conversion is encrypted
        if demo and services.is_empty():
            from recoverybox.core.app.demo import generate

            generate(services, years=5)
            perform(None, lambda: services.settings.set("first_run_done", True))
        return services

    def adopt(self, services: Services) -> None:
        """``services`` is the open data from now on (nothing runs on it until ``start``: the window first
        applies its settings and shows it)."""
        self.services = services
        self.clock = services.clock
        from recoverybox.ui.ops.words import words

        services.meeting_lists.speak_with(words)  # a meeting added to the week gets its notes in the person's words

    def start(self, on_screen: SignalInstance | None = None) -> None:
        """Run what lives on the open data: reminders, the daily backup, sync and the new-day check. Given
        ``on_screen`` (the data's first paint), reminders and sync wait for it: what they load is not worth
        the wait (a window never painted, minimised or on a locked screen, gets them after 2 s)."""
        services = self.services
        if services is None:
            return
        if self.reminders_enabled:
            self._when_shown(self.reminders.start_once, on_screen)
        self.day_rollover.watch(services.today)
        self._sync_attached = None
        self._when_shown(self.attach_sync, on_screen)

    def _when_shown(self, start: Callable[[], None], on_screen: SignalInstance | None) -> None:
        if on_screen is None:
            start()
            return
        on_screen.connect(start, Qt.ConnectionType.SingleShotConnection)
        QTimer.singleShot(LATEST_START_MS, self, start)

    def attach_sync(self) -> None:
        """Calendar sync follows the open data (set up in Settings › Sync)."""
        if self.services is None or self._sync_attached is self.services:
            return
        self._sync_attached = self.services
        self.sync_runner.attach(self.services)

    # ---- the daily backup -------------------------------------------------------------------------
    def backup_service(self) -> BackupService:
        from recoverybox.core.storage.backup import BackupService

        paths = self.app_paths
        return BackupService(paths.db_file, paths.backup_dir, self.key)

    def start_daily_backup(self) -> None:
        """The day's first backup, off the GUI thread (the sqlite backup API uses its own connection)."""
        from PySide6.QtCore import QRunnable, QThreadPool

        if self.services is None:
            return
        values = self.services.settings.read()
        today = self.services.today()
        service = self.backup_service()

        class DailyBackup(QRunnable):
            def run(self) -> None:
                try:
                    service.daily(today, values.backup_daily, values.backup_weekly)
                except Exception:  # a failed backup must never take the app down; it is logged
                    logging.getLogger("recoverybox.backup").exception("daily backup failed")

        job = DailyBackup()
        job.setAutoDelete(False)
        self.backup_job = job
        QThreadPool.globalInstance().start(job)

    # ---- while open -----------------------------------------------------------------------------
    def _on_changes(self, changes: Changes, _writer: object) -> None:
        """A write was made: settings it changed are applied, reminders are recomputed only if it changed what
        they are made from (not on every journal autosave), and a change to the calendar made here (not one a
        sync brought) is sent to the server."""
        if self.services is None or self.services.closed:
            return  # another window's data (tests open several), or data closing
        if changes.touches(Area.SETTINGS):  # what they touch is applied (all of it after a whole-data change)
            self.settings_changed.emit(changes.keys or None)
        if changes.touches(REMINDER_SOURCES - {Area.SETTINGS}):
            self.reminders.sync()
        if changes.touches(Area.EVENTS) and not changes.touches(Area.SYNC):
            self.sync_runner.local_change()

    def _on_new_day(self) -> None:
        self.new_day.emit()
        if self.reminders_enabled:
            self.start_daily_backup()  # an app left open for days still gets its daily backup
            self.reminders.sync()

    def apply_settings(self, touched: frozenset[str]) -> None:
        """The session's part of applying settings (``options.affected`` names): the zone, reminders, the
        login entry."""
        from recoverybox.core.settings import options

        if self.services is None:
            return
        if options.ZONE in touched:
            self.services.zone_changed()
        if options.REMINDERS in touched:
            self.reminders.sync()
        if options.AUTOSTART in touched:
            self._apply_autostart(self.services.settings.read().start_at_login)

    def _apply_autostart(self, wanted: bool) -> None:
        """Write or remove the login entry when the setting and the autostart folder disagree."""
        from recoverybox import autostart

        if autostart.is_enabled() == wanted:
            return
        try:
            autostart.apply(wanted, self.app_paths.data_dir if self.app_paths.custom else None)
        except OSError as exc:
            logging.getLogger(__name__).warning("could not change the login entry: %s", exc.strerror or exc)
            self.said.emit(self.tr("Could not change whether RecoveryBox starts at login."))

    # ---- closing --------------------------------------------------------------------------------
    def stop(self) -> None:
        """Stop what runs on the data (reminders, sync, a stuck fetch); a backup in progress finishes. Safe to
        call twice."""
        from recoverybox.ui.ops.operation import cancel_at_quit

        cancel_at_quit()  # a meeting-list fetch or a sync stuck on a slow server ends now, not at its deadline
        self.reminders.stop()
        self.sync_runner.stop()
        if self.backup_job is not None:
            from PySide6.QtCore import QThreadPool

            QThreadPool.globalInstance().waitForDone(10_000)  # a backup in progress finishes before we exit

    def close(self) -> None:
        """Let go of the data: stop what runs on it and close the engine. Reminders shown until now are not
        shown again by whatever data opens next (a restored backup)."""
        self.reminders.forget_data()
        self.day_rollover.stop()
        self.stop()
        if self.services is not None:
            self.services.close()
        self.services = None
