"""The app lock of protected data: the unlock screen at start, Ctrl+L and the idle timer, what stays
reachable while locked ("I need help now", Unlock), and turning protection on, off or changing it.

While locked the database stays open (reminders keep their times), but nothing of it is on screen or in the
accessibility tree: the views are destroyed (built again on unlock) behind the lock page, other windows are
hidden until the unlock, and reminders say only "RecoveryBox reminder" unless the person allowed details on
the lock screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from recoverybox.core.base.validation import ValidationError
from recoverybox.ui.ops.words import words
from recoverybox.ui.widgets import plain

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.protection.service import Protection
    from recoverybox.ui.dialogs.protection_dialogs import RecoveryKeyDialog
    from recoverybox.ui.panic_window import PanicWindow
    from recoverybox.ui.session.data_session import DataSession
    from recoverybox.ui.session.front import Front
    from recoverybox.ui.widgets.lock_screen import LockScreen

ACTIVITY = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel)


class AppLock(QObject):
    """One window's lock page and what it offers. The key, and whether the data is locked, are the data
    session's (``key`` and ``locked`` here only read them)."""

    locked_changed = Signal(bool)

    def __init__(self, window: Front, session: DataSession) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.screen: LockScreen | None = None
        self.help_window: PanicWindow | None = None
        self.recovery_dialog: RecoveryKeyDialog | None = None  # the recovery key, shown once, while on screen
        self._hidden: list[QWidget] = []
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self._watching = False
        self._reopen_help = False  # the help-now window was open at the lock: built again at the unlock

    @property
    def key(self) -> bytes | None:
        return self.session.key

    @property
    def locked(self) -> bool:
        return self.session.locked

    @property
    def protection(self) -> Protection:
        return self.session.protection

    def is_protected(self) -> bool:
        return self.session.is_protected()

    def needs_unlock(self) -> bool:
        return self.session.needs_unlock()

    def details_allowed(self) -> bool:
        """Whether reminders say what they are about while locked (the person's choice)."""
        return bool(self.protection.lock_screen()["details"])

    # ---- locking --------------------------------------------------------------------------------
    def lock(self) -> None:
        """Hide every sign of the data behind the lock page (Ctrl+L, the idle timer)."""
        window = self.window
        if self.locked or self.key is None or window.services is None:
            return
        window.flush_views()  # what is typed is saved (encrypted) before it leaves the screen
        self._reopen_help = window.help_now_visible()
        window.drop_views()  # gone, not just hidden: nothing private stays in the accessibility tree
        self.session.locked = True
        self.idle.stop()
        reminders = self.session.reminders
        reminders.restate(self.session.shown)  # reminders on screen stay, saying only "RecoveryBox reminder"
        popup = reminders.popup
        for widget in QApplication.topLevelWidgets():
            if widget in (window, self.help_window, popup) or not widget.isVisible() or not widget.isWindow():
                continue
            if widget.inherits("QMenu"):
                widget.close()
                continue
            widget.hide()  # dialogs with unsaved typing come back as they were on unlock
            self._hidden.append(widget)
        self.show_screen()
        self.locked_changed.emit(True)

    def show_screen(self) -> None:
        """The lock page in the window's place (at start, before the data opens, too)."""
        from recoverybox.ui.widgets.lock_screen import LockScreen

        window = self.window
        if window.services is None:  # at start, before the data (and its settings) are open: the stored look
            from recoverybox.ui import theme

            theme.apply(self.protection.lock_screen()["theme"])
        screen = self.screen
        if screen is None:
            screen = self.screen = LockScreen()
            screen.unlock_requested.connect(self._on_unlock_requested)
            screen.help_requested.connect(self.open_help)
            window.pages.addWidget(screen)
        screen.reset(data_open=window.services is not None)
        window.pages.setCurrentWidget(screen)
        window.set_menus_locked(True)
        window.setWindowTitle(self.tr("RecoveryBox — locked"))
        window.statusBar().showMessage(self.tr("Locked. Your data is encrypted on this computer."))
        self.session.reminders.set_locked(True)
        screen.field.setFocus()

    def _on_unlock_requested(self, secret: str, recovery: bool) -> None:
        from PySide6.QtGui import QGuiApplication

        screen = self.screen
        if screen is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            screen.repaint()  # "Unlocking…" shows during the key derivation (about a third of a second)
            key = self.session.unlock(secret, recovery)
        except ValidationError as error:
            screen.show_error(words(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.unlock_with(key)
        if recovery:
            QTimer.singleShot(0, self.ask_new_passphrase_after_recovery)

    def unlock_with(self, key: bytes) -> None:
        """The data key is known: show (or open) the data again."""
        window = self.window
        if not self.session.unlocked(key):
            if self.screen is not None:
                self.screen.show_error(self.tr("That does not open the data open now."))
            return
        window.pages.setCurrentIndex(0)
        window.set_menus_locked(False)
        self.session.reminders.set_locked(False)
        window.statusBar().clearMessage()
        if window.services is None:
            window.load()
        else:
            window.show_current_view()  # and its title
            for widget in self._hidden:
                widget.show()
            self._hidden = []
            self.session.reminders.restate(self.session.shown)  # what they are about, again
            if self._reopen_help:
                self._reopen_help = False
                window.open_panic()  # it was open: built again, as it was
            self.restart_idle()
        self.locked_changed.emit(False)

    def forget(self) -> None:
        """Protection is off (or the data closed for good): no key, no lock, no idle timer."""
        self.session.forget_key()
        self.idle.stop()

    # ---- idle -----------------------------------------------------------------------------------
    def restart_idle(self) -> None:
        """Lock after the chosen minutes without a key press, click or mouse move (0: never)."""
        services = self.window.services
        if self.key is None or services is None:
            self.idle.stop()
            return
        app = QApplication.instance()
        if not self._watching and app is not None:  # activity, and Ctrl+L anywhere (a modal dialog blocks menus)
            app.installEventFilter(self)
            self._watching = True
        minutes = services.settings.read().lock_after_minutes
        if minutes <= 0:
            self.idle.stop()
            return
        self.idle.start(minutes * 60_000)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() in ACTIVITY and self.idle.isActive():
            self.idle.start()  # same interval, counted from now
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_L
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and self.key is not None
            and not self.locked
            and QApplication.activeModalWidget() is not None
        ):
            QTimer.singleShot(0, self.lock)  # after this key press is done with
            return True
        return False

    # ---- help while locked ----------------------------------------------------------------------
    def open_help(self) -> None:
        """The crisis window with its built-in content and the crisis line: nothing from the locked data."""
        from recoverybox.ui.panic_window import PanicWindow
        from recoverybox.ui.widgets.help_now import show_over_dialogs

        screen = self.protection.lock_screen()
        help_window = self.help_window
        if help_window is None:
            help_window = self.help_window = PanicWindow(None)
        # Read each time it opens: a line changed in Settings before the lock shows here at once.
        help_window.crisis_line = screen["crisis_line"]
        help_window.emergency = screen["emergency_number"]
        help_window.refresh()
        show_over_dialogs(help_window)

    # ---- turning protection on, off, changing it -------------------------------------------------
    def ask_turn_on(self) -> None:
        from recoverybox.ui.dialogs.protection_dialogs import PassphraseDialog

        window = self.window
        if window.services is None or self.is_protected():
            return
        dialog = PassphraseDialog("new", window)
        dialog.setObjectName("protectDialog")
        if not dialog.exec():
            return
        passphrase = dialog.passphrase()
        values = window.services.settings.read()
        crisis_line, emergency, look = values.crisis_line, values.emergency_number, values.theme
        window.flush_views()
        window.close_data()
        guard = self.protection

        def turned_on(result) -> None:
            key, recovery = result
            guard.set_lock_screen(crisis_line=crisis_line, emergency_number=emergency, theme=look)
            self.session.unlocked(key)
            window.load()
            self.show_recovery_key(recovery)
            window.statusBar().showMessage(self.tr("Your data and its backups are now encrypted."), 10_000)

        self._convert(self.tr("Encrypting your data…"), lambda report: guard.turn_on(passphrase), turned_on)

    def ask_turn_off(self) -> None:
        from recoverybox.ui.dialogs.protection_dialogs import PassphraseDialog

        window = self.window
        if self.key is None or window.services is None:
            return
        dialog = PassphraseDialog("current", window, check_current=self.protection.unlock)
        dialog.setObjectName("unprotectDialog")
        if not dialog.exec():
            return
        key = self.key
        window.flush_views()
        window.close_data()
        guard = self.protection

        def turned_off(_result) -> None:
            self.forget()
            window.load()
            window.statusBar().showMessage(self.tr("Protection is off: your data is a plain file again."), 10_000)

        self._convert(self.tr("Decrypting your data…"), lambda report: guard.turn_off(key), turned_off)

    def _convert(self, title: str, work, on_success) -> None:
        """Run a conversion on a worker (the data is closed); on failure, reopen the data as it was."""
        from recoverybox.ui.ops.perform import perform

        window = self.window
        # Files are being swapped: it finishes, or fails and leaves the data as it was.
        operation = perform(
            window, work, title=title, on_done=on_success, failure_title=self.tr("Nothing changed"), cancellable=False
        )
        operation.failed.connect(lambda _error: window.load(), Qt.ConnectionType.QueuedConnection)

    def ask_change(self) -> None:
        from recoverybox.ui.dialogs.protection_dialogs import PassphraseDialog

        if self.key is None:
            return
        dialog = PassphraseDialog("change", self.window, check_current=self.protection.unlock)
        dialog.setObjectName("changePassphraseDialog")
        if dialog.exec():
            self._set_passphrase(dialog.passphrase())

    def ask_new_passphrase_after_recovery(self) -> None:
        """Opened with the recovery key: offer to choose a new passphrase at once."""
        from recoverybox.ui.dialogs.protection_dialogs import PassphraseDialog

        dialog = PassphraseDialog("reset", self.window)
        dialog.setObjectName("resetPassphraseDialog")
        if dialog.exec():
            self._set_passphrase(dialog.passphrase())

    def _set_passphrase(self, passphrase: str) -> None:
        if self.key is None:
            return
        try:
            self.protection.change_passphrase(self.key, passphrase)
        except (ValidationError, OSError) as error:
            plain.warning(self.window, self.tr("Passphrase not changed"), getattr(error, "message", str(error)))
            return
        self.window.statusBar().showMessage(self.tr("Passphrase changed."), 8000)

    def ask_new_recovery_key(self) -> None:
        if self.key is None:
            return
        answer = plain.question(
            self.window,
            self.tr("Make a new recovery key?"),
            self.tr("The recovery key you have now will stop working. The new one is shown once."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.show_recovery_key(self.protection.new_recovery_key(self.key))

    def show_recovery_key(self, recovery: str) -> None:
        from recoverybox.ui.dialogs.protection_dialogs import RecoveryKeyDialog

        dialog = RecoveryKeyDialog(recovery, self.window)
        dialog.setObjectName("recoveryKeyDialog")
        self.recovery_dialog = dialog
        dialog.open()

    def settings_changed(self, settings: dict) -> None:
        """Keep the lock page's copy of the settings it needs (``LOCK_PAGE_KEYS``: the crisis line, the
        emergency number, the theme) current, and the idle timer at the chosen minutes."""
        from recoverybox.core.settings.options import LOCK_PAGE_KEYS

        wanted = {key: settings[key] for key in LOCK_PAGE_KEYS}
        if self.key is not None and any(self.protection.lock_screen()[k] != v for k, v in wanted.items()):
            self.protection.set_lock_screen(**wanted)
        self.restart_idle()
