"""When the calendar syncs, in the window: at start, every 15 minutes, a few seconds after each local change to
the calendar, and on demand (Sync now), always on a worker thread. It holds the password in memory only (from
the keyring, or asked for once when there is none), shows how the last sync went in the status bar, and tells
the window when a sync changed the calendar here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit

from recoverybox.core.base.changes import Area, Changes
from recoverybox.core.base.errors import UserError
from recoverybox.ui.format import time_text
from recoverybox.ui.ops.perform import announce
from recoverybox.ui.ops.words import sync_notice, words
from recoverybox.ui.widgets import plain

if TYPE_CHECKING:
    from recoverybox.core.app.services import Services
    from recoverybox.ui.ops.operation import Operation
    from recoverybox.ui.session.front import Host

log = logging.getLogger("recoverybox.sync")
EVERY_MS = 15 * 60 * 1000
AFTER_CHANGE_MS = 5000  # a burst of edits (dragging, typing in a dialog) is sent once
AT_START_MS = 1500  # after the data is on screen
REQUEST_SECONDS = 15  # a request that hangs longer is given up (and the app can always quit)


class SyncRunner(QObject):
    """The window's calendar sync (see the module's text)."""

    status_changed = Signal(str)
    state_changed = Signal(bool)  # whether sync is on (an account is set up) for the data attached
    synced = Signal(object)  # the SyncResult of a sync that finished

    def __init__(self, host: Host, locked: Callable[[], bool]) -> None:
        super().__init__(host if isinstance(host, QObject) else None)
        self.host = host  # dialogs (the password, a mass delete) sit on its window, if there is one
        self.locked = locked
        self.services: Services | None = None
        self.password: str | None = None
        self.operation: Operation | None = None
        self.again = False
        self.status = ""
        self.on = False  # an account is set up for the data attached
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.every = QTimer(self)
        self.every.setInterval(EVERY_MS)
        self.every.timeout.connect(self._on_timer)
        self.after_change = QTimer(self)
        self.after_change.setSingleShot(True)
        self.after_change.setInterval(AFTER_CHANGE_MS)
        self.after_change.timeout.connect(self._on_timer)
        self.label = plain.label(QLabel())  # a server's words may be in it
        self.label.setObjectName("syncStatus")

    # -- the account -----------------------------------------------------------------------------------------
    def sync_service(self):  # noqa: ANN201

        return self.services.sync

    def account(self):  # noqa: ANN201
        return self.sync_service().account() if self.services is not None else None

    def attach(self, services: Services, at_start: bool = True) -> None:
        """Follow ``services``' sync account (if one is set up): timers on, a first sync soon after start."""
        self.stop()
        self.services = services
        services.before_close(self.stop)
        account = self.account()
        self.on = account is not None
        self._tell_window()
        if account is None:
            self._say("")
            return
        if self.password is None:
            from recoverybox.core.sync import secrets as sync_secrets

            self.password = sync_secrets.stored_password(account.server_url, account.user)
        if account.last_error:
            self._say(self.tr("Calendar sync: {problem}").format(problem=account.last_error))
        elif account.last_sync_at is not None:
            self._say(self._synced_text(account.last_sync_at))
        self.every.start()
        if at_start:
            QTimer.singleShot(AT_START_MS, self, self._on_timer)

    def set_up_done(self, password: str) -> None:
        """Settings › Sync turned sync on: sync now, with this password."""
        self.password = password
        if self.services is not None:
            self.attach(self.services, at_start=False)
            self.sync_now()

    def turned_off(self) -> None:
        self.stop()
        self.on = False
        self._tell_window()
        self.password = None
        self._say("")

    def _tell_window(self) -> None:
        self.state_changed.emit(self.on)

    # -- when ---------------------------------------------------------------------------------------------------
    def local_change(self) -> None:
        """The calendar changed here: send it a few seconds after the last of a burst of changes."""
        if self.services is not None and self.every.isActive():
            self.after_change.start()

    def _on_timer(self) -> None:
        self.sync_now(asked=False)

    def sync_now(self, asked: bool = True, allow_mass_delete: bool = False) -> bool:
        """Start a sync on the worker (or one more after the one running); False when it cannot start.
        ``allow_mass_delete``: the person allowed this sync to follow the server's deleting most events."""
        if self.services is None or self.locked():
            return False
        account = self.account()
        if account is None:
            return False
        if self.operation is not None:
            self.again = True
            return True
        if self.password is None and not account.no_password:
            if not asked:
                self._say(self.tr("Calendar sync waits for your password: choose File › Sync calendar now."))
                return False
            self.password = self._ask_password(account)
            if self.password is None:
                return False
        from recoverybox.core.sync.service import run_sync
        from recoverybox.ui.ops.perform import perform

        services, password = self.services, self.password

        def connect(account):  # noqa: ANN001, ANN202
            return account.connection(password, timeout=REQUEST_SECONDS)

        self._say(self.tr("Syncing the calendar…"))
        operation = self.operation = perform(
            self.host.dialog_parent(),
            lambda report: run_sync(services.sync, connect, report, allow_mass_delete),
            title=self.tr("Syncing the calendar…"),
            on_done=self._on_synced,
            on_problem=self._on_failed,
            pool=self.pool,
            quiet=True,
        )
        operation.stops_at_quit = True
        operation.done.connect(self._on_done)
        return True

    def _ask_password(self, account) -> str | None:  # noqa: ANN001
        text, ok = QInputDialog.getText(
            self.host.dialog_parent(),
            self.tr("Calendar sync"),
            self.tr("Password for {user} at {server}\n(no system keyring here, so it is kept only until you quit):")
            .format(user=account.user, server=account.server_url),
            QLineEdit.EchoMode.Password,
        )  # fmt: skip
        return text if ok and text else None

    # -- how it went -----------------------------------------------------------------------------------------
    def _on_synced(self, result) -> None:  # noqa: ANN001
        said = self._synced_text(self.services.clock.now()) if self.services is not None else ""
        self._say(said + sync_notice(result) if said else "")
        self.synced.emit(result)

    def _on_failed(self, error: UserError | OSError) -> None:
        from recoverybox.core.sync.failures import SyncFailure

        if isinstance(error, SyncFailure):
            if error.kind == "password":
                self.password = None  # asked again at the next Sync now
            self._say(self.tr("Calendar sync: {problem}").format(problem=words(error)))
            if error.kind == "mass-delete":
                QTimer.singleShot(0, self, lambda: self._ask_mass_delete(error))
        else:
            self._say(self.tr("Calendar sync: {problem}").format(problem=words(error)))
        # What was received before the failure is kept: show it (not a change here, not to be sent back).
        announce(Changes.of(Area.SYNC, Area.EVENTS, Area.GOALS))

    def _ask_mass_delete(self, error) -> None:  # noqa: ANN001 (a MassDelete)
        """The server says most of the calendar was deleted: nothing was deleted here; the person decides."""
        from PySide6.QtWidgets import QMessageBox

        answer = plain.question(
            self.host.dialog_parent(),
            self.tr("Most of your calendar was deleted on the server"),
            words(error)
            + "\n\n"
            + self.tr("Follow the server now? (Choose No to keep everything here and check the server first.)"),
            default=QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.sync_now(asked=True, allow_mass_delete=True)

    def _on_done(self) -> None:
        self.operation = None
        if self.again:
            self.again = False
            QTimer.singleShot(0, self, self._on_timer)

    def _synced_text(self, when) -> str:  # noqa: ANN001
        zone = self.services.zone if self.services is not None else None
        return self.tr("Calendar synced at {time}").format(time=time_text(when.astimezone(zone)))

    def _say(self, text: str) -> None:
        self.status = text
        self.label.setText(text)
        self.label.setToolTip(plain.tip(text))
        self.label.setVisible(bool(text))
        self.status_changed.emit(text)

    # -- the end -----------------------------------------------------------------------------------------------
    def stop(self) -> None:
        """No more syncs; one running is asked to stop and waited for (before the data closes)."""
        self.every.stop()
        self.after_change.stop()
        self.again = False
        operation, self.operation = self.operation, None
        if operation is not None:
            operation.cancel()
            for signal in (operation.succeeded, operation.failed, operation.done):
                signal.disconnect()  # it ends on data that is closing: nothing more to show
        self.pool.waitForDone((REQUEST_SECONDS + 5) * 1000)
