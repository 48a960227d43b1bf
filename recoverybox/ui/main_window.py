"""The main window: the views (``view_pages``), menus, the help-now bar, the lock page and remembered geometry,
over the data session (``session.data_session``), which owns the data and what runs on it. Shown before the data
opens (``load()`` runs on the next turn): nothing here imports the ORM at module level.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from recoverybox.ui.session.front import Front
from recoverybox.ui.spacing import RememberedGeometry
from recoverybox.ui.view_pages import VIEWS, ViewPages

if TYPE_CHECKING:
    from recoverybox.core.app.services import Services
    from recoverybox.core.storage.db import DatabaseError
    from recoverybox.paths import AppPaths
    from recoverybox.ui.panic_window import PanicWindow
    from recoverybox.ui.session.data_session import Choice, DataSession

LEAST_SIZE = (900, 520)


class MainWindow(Front):
    """Navigation on the left, the current view on the right; the lock page in their place while locked."""

    services_ready = Signal()
    first_painted = Signal()
    data_painted = Signal()  # the view shown after the data opened has been painted with it
    smoke_failed = Signal(str)  # --smoke-test: a problem a person would have been asked about
    view_changed = Signal(str)  # the key of the view now shown

    def __init__(
        self,
        app_paths: AppPaths,
        services: Services | None = None,
        reminders: bool = True,
        session: DataSession | None = None,
    ) -> None:
        super().__init__()
        from recoverybox.ui.app_lock import AppLock
        from recoverybox.ui.data_actions import DataActions
        from recoverybox.ui.help_now_keeper import HelpNowKeeper
        from recoverybox.ui.menus import Menus
        from recoverybox.ui.session.data_session import DataSession

        self.app_paths = app_paths
        self.smoke_test = False
        self._quitting = False
        self._loaded_once = False  # data shown before: a later load() follows a restore, not the app's start
        self._painted = False
        self._data_paint_watched: QWidget | None = None
        self.setWindowTitle(self.tr("RecoveryBox"))
        # The least size fits a 1024×600 screen with a title bar (30 px) and a desktop panel (32 px) on it.
        self.setMinimumSize(*LEAST_SIZE)
        # Its own session, or the one the background mode runs (``session.window_host``), open already.
        self.session = session or DataSession(app_paths, self, services.clock if services else None, reminders)
        self.views = ViewPages(self)
        self.views.view_changed.connect(self.view_changed)
        self.views.title_changed.connect(self._set_title)
        self.nav, self.stack = self.views.nav, self.views.stack
        self.nav.viewport().installEventFilter(self)
        self.pages = QStackedWidget()  # the data's page, and (protected data, locked) the lock page in its place
        self.pages.addWidget(self.views.widget)
        self.setCentralWidget(self.pages)
        self.app_lock = AppLock(self, self.session)
        self.data = DataActions(self, self.session)
        self.menus = Menus(self, VIEWS, self.session, self.app_lock, self.data)
        self.help_now = HelpNowKeeper(self, self.app_lock)
        self.session.new_day.connect(self.views.mark_stale)
        self.session.settings_changed.connect(self.apply_settings)
        self.session.said.connect(self.say)
        self.statusBar().addPermanentWidget(self.session.sync_runner.label)
        self.statusBar().showMessage(self.tr("Everything stays on this computer."))
        self.geometry_kept = RememberedGeometry(self, str(app_paths.data_dir / "window.ini"), LEAST_SIZE)
        if services is not None:
            self.set_services(services)
        elif self.session.services is not None:
            self.show_data()

    # ---- start-up -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and watched is self._data_paint_watched:
            watched.removeEventFilter(self)
            self._data_paint_watched = None
            QTimer.singleShot(0, self.data_painted.emit)  # after this paint has reached the screen
            if self.session.services is None:  # Today's first look is on screen: now the data layer
                QTimer.singleShot(0, self.open_data_now)
        if not self._painted and event.type() == QEvent.Type.Paint and watched is self.nav.viewport():
            self._painted = True
            self.nav.viewport().removeEventFilter(self)
            # Let this paint finish first; what follows (shortcuts, database, views) comes on the next turns.
            QTimer.singleShot(0, self._on_first_paint_done)
        return super().eventFilter(watched, event)

    def _watch_paint(self, watched: QWidget | None) -> None:  # data_painted: at its next paint
        self._data_paint_watched = watched
        if watched is not None:
            watched.installEventFilter(self)

    def _on_first_paint_done(self) -> None:
        self.first_painted.emit()
        self.menus.install_shortcuts()

    def load(self, demo: bool = False) -> None:
        """Open the data (the unlock screen first when it is protected; demo data in empty data when asked),
        then show the views. A file that cannot be used is never deleted: see ``open_problem``."""
        session = self.session
        reason = session.refusal()
        if reason is not None:  # protected data without its key file, or the key file without its data
            self._refuse(reason)
            return
        if session.needs_unlock():
            self.app_lock.show_screen()  # the unlock comes back here with the key
            return
        # Today read with sqlite3 alone first; once it is on screen, the data layer loads and takes it over.
        look = None if demo or self._loaded_once else self.views.first_look(session.glance)
        self._watch_paint(look)
        self.menus.first_look() if look is not None else self.open_data_now(demo)

    def open_data_now(self, demo: bool = False) -> None:
        if self.session.services is not None:  # opened already (help was asked for in Today's first look)
            return
        services = self.session.open(self.open_problem, demo)
        if services is None:
            return
        # After a first look (Today built already) reminders need not wait for another paint.
        self.set_services(services, first_start=not self._loaded_once and self.views.views.get("today") is None)
        settings = services.settings.read()
        # Started in the background (at login), there is no window for the wizard to sit on.
        if self.isVisible() and not settings.first_run_done and (services.is_empty() or settings.first_run_page > 0):
            self.open_first_run()

    def open_problem(self, error: DatabaseError, has_backup: bool) -> Choice:
        """A file that cannot be opened: the person chooses (``startup_problem``); the smoke test fails."""
        from recoverybox.ui.dialogs.startup_problem import choose_after_problem

        if self.smoke_test:
            self.smoke_failed.emit(error.reason)
            return None
        return choose_after_problem(self, error, has_backup, self.app_paths.db_file)

    def _refuse(self, reason: str) -> None:
        """Say why the data cannot open, and offer nothing that moves or replaces it (no fresh start)."""
        if self.smoke_test:
            self.smoke_failed.emit(reason)
            return
        from recoverybox.ui.dialogs.startup_problem import refuse_to_open

        refuse_to_open(self, reason)  # and quits (code 2)

    def set_services(self, services: Services, first_start: bool = False) -> None:
        """Show ``services``' data, then let the session run what lives on it (after the first paint, at start)."""
        self.session.adopt(services)
        self.show_data()
        self.session.start(self.data_painted if self.isVisible() and first_start else None)
        self.services_ready.emit()

    def show_data(self) -> None:
        """Show the data the session holds, its settings applied (before reminders start: worked out once)."""
        self._loaded_once = True
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.help_now.data_opened()
        self.menus.enable_data_actions(True)
        self.apply_settings()
        self.views.show_current()
        self._watch_paint(self.stack.currentWidget())
        self.app_lock.restart_idle()

    # ---- what the parts around the window ask of it ----------------------------------------------
    @property
    def services(self) -> Services | None:
        return self.session.services

    def set_menus_locked(self, locked: bool) -> None:
        self.menus.set_locked(locked)

    def say(self, words: str) -> None:
        self.statusBar().showMessage(words, 8000)

    def sync_now(self) -> None:
        if not self.session.sync_runner.sync_now():
            self.statusBar().showMessage(self.tr("Calendar sync is not set up (Settings › Sync)."), 6000)

    def bring_to_front(self) -> None:
        """A reminder's Open, the tray, or another start of the app asked us to show ourselves."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def show_view(self, key: str) -> None:
        self.views.show_view(key)

    def current_view_key(self) -> str:
        return self.views.current_key()

    def view(self, key: str) -> QWidget | None:
        return self.views.views.get(key)

    def show_current_view(self) -> None:
        self.views.show_current()
        self._set_title(self.views.current_title())

    def _set_title(self, view_name: str) -> None:
        self.setWindowTitle(self.tr("{view} — RecoveryBox").format(view=view_name))

    def flush_views(self) -> bool:
        return self.views.flush()

    def drop_views(self) -> None:
        """Destroy every view and the help-now window built ahead: built again when next shown."""
        self.views.drop_all()
        self.help_now.drop()

    @property
    def panic(self) -> PanicWindow | None:
        return self.help_now.panic

    def help_now_visible(self) -> bool:
        return self.help_now.visible()

    def open_panic(self) -> None:
        self.help_now.open()

    def log_urge(self) -> None:
        if self.help_now.log_urge():
            self.statusBar().showMessage(self.tr("Urge noted. Well done for noticing it."), 6000)

    # ---- settings -------------------------------------------------------------------------------
    def open_settings(self) -> None:
        from recoverybox.ui.dialogs.settings_dialog import SettingsDialog

        if self.services is None:
            return
        dialog = SettingsDialog(
            self.services, str(self.app_paths.data_dir), self, privacy=self.app_lock, sync=self.session.sync_runner
        )
        dialog.setObjectName("settingsDialog")
        dialog.exec()  # what it saved is announced, and applied by ``apply_settings``

    def apply_settings(self, keys: frozenset[str] | None = None) -> None:
        """Apply stored settings live: only what a change of ``keys`` touches (all when None, as data opens)."""
        from recoverybox.ui.settings_applier import apply_settings

        apply_settings(keys, self.session, self.views, self.menus, self.app_lock, self.help_now)

    # ---- help menu ------------------------------------------------------------------------------
    def open_first_run(self) -> None:
        """The setup wizard, over the (already usable) main window; resumable and skippable."""
        from recoverybox.ui.dialogs.first_run import open_over

        self.first_run = open_over(self, self.app_lock.ask_turn_on)

    # ---- geometry and closing -------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        from recoverybox.ui.dialogs.closing_questions import when_closing

        what = when_closing(self, self.session, self._quitting)
        if what != "stay":
            self.geometry_kept.remember()
        if what != "close":
            event.ignore()
            self._quitting = self._quitting and what != "stay"
            return
        super().closeEvent(event)
        if not self._quitting:
            self.quit_app()

    def quit_app(self) -> None:
        """Really quit: reminders stop, the window closes, the event loop ends (unless the person must stay)."""
        self._quitting = True
        if not self.close() and self.isVisible():
            self._quitting = False
            return
        self.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def close_data(self) -> None:
        """Let go of the database (a restore, a protection change): stop what runs on it, drop the views."""
        self.shutdown()
        self.drop_views()
        self.session.close()

    def shutdown(self) -> None:
        """Stop what runs on the data and close the windows over it; safe to call twice."""
        self.session.stop()
        self.help_now.close()
        if self.app_lock.help_window is not None:
            self.app_lock.help_window.close()
