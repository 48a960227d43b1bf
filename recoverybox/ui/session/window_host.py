"""The light background mode (``--background``, what "start at login" runs): the data session with its
reminders, tray, notifier, sync and daily backup, and no window. The main window and its views are built when
the person asks for them (a reminder's Open, the tray, a second start of the app) over the session already
open, and dropped again once closed, so what waits all day is only what delivers reminders.

Protected data keeps its window (built hidden, as the lock page, the unlock and the idle lock live there).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from recoverybox.ui.session.data_session import DataSession

if TYPE_CHECKING:
    from recoverybox.core.app.services import Services
    from recoverybox.core.base.clock import Clock
    from recoverybox.paths import AppPaths
    from recoverybox.ui.main_window import MainWindow
    from recoverybox.ui.single_instance import InstanceServer


class WindowHost(QObject):
    """Whoever shows the data while the app runs in the background (``front.Host``): it holds the session and
    builds the window on demand."""

    window_built = Signal()  # the window exists (hidden until shown)
    window_dropped = Signal()  # closed, and let go of: only the session runs

    def __init__(self, app_paths: AppPaths, clock: Clock | None = None) -> None:
        super().__init__()
        self.app_paths = app_paths
        self.smoke_test = False
        self.instance_server: InstanceServer | None = None
        self.window: MainWindow | None = None
        self.session = DataSession(app_paths, self, clock)
        self.session.settings_changed.connect(self._apply_settings)

    @property
    def services(self) -> Services | None:
        return self.session.services

    # ---- opening the data -----------------------------------------------------------------------
    def load(self, demo: bool = False) -> None:
        """Open the data and start what runs on it. Data that must be unlocked (or refused) goes through the
        window's own ``load``, its lock page waiting hidden as before."""
        session = self.session
        if session.refusal() is not None or session.needs_unlock():
            self.ensure_window().load(demo=demo)
            return
        services = session.open(lambda error, has_backup: self.ensure_window().open_problem(error, has_backup))
        if services is None:
            return
        session.adopt(services)
        if self.window is not None:  # built to ask about a damaged file: it shows the data it now has
            self.window.set_services(services, first_start=True)
            return
        self._apply_settings(None)
        session.start()

    def _apply_settings(self, keys: frozenset[str] | None) -> None:
        if self.window is None:  # a window applies everything itself
            from recoverybox.ui.settings_applier import apply_without_window

            apply_without_window(keys, self.session)

    # ---- what reminders, the tray and a second start ask for ------------------------------------
    def ensure_window(self) -> MainWindow:
        """The main window over the session (built now if there is none; not shown)."""
        if self.window is None:
            from recoverybox.ui.main_window import MainWindow

            window = self.window = MainWindow(self.app_paths, session=self.session)
            window.smoke_test = self.smoke_test
            window.installEventFilter(self)
            self.window_built.emit()
        return self.window

    def bring_to_front(self) -> None:
        self.ensure_window().bring_to_front()

    def show_view(self, key: str) -> None:
        self.ensure_window().show_view(key)

    def view(self, key: str) -> QWidget | None:
        return self.window.view(key) if self.window is not None else None

    def open_panic(self) -> None:
        self.ensure_window().open_panic()

    def dialog_parent(self) -> QWidget | None:
        window = self.window
        return window if window is not None and window.isVisible() else None

    def quit_app(self) -> None:
        if self.window is not None:
            self.window.quit_app()
            return
        self.session.stop()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    # ---- letting go of a closed window ----------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.window and event.type() == QEvent.Type.Hide:
            QTimer.singleShot(0, self, self.drop_window)  # once the close has finished
        return False

    def drop_window(self) -> None:
        """Let go of a closed window and its views (built again when next asked for). Kept while shown, while a
        dialog is open, and for protected data."""
        window = self.window
        if window is None or window.isVisible() or QApplication.activeModalWidget() is not None:
            return
        session = self.session
        if session.services is None or session.may_be_protected() or not window.flush_views():
            return
        window.removeEventFilter(self)
        window.menus.detach()
        session.new_day.disconnect(window.views.mark_stale)
        session.settings_changed.disconnect(window.apply_settings)
        session.said.disconnect(window.say)
        session.sync_runner.label.setParent(None)  # the sync status stays with the session, for the next window
        window.help_now.close()
        window.drop_views()
        self.window = None
        window.destroyed.connect(self._window_gone, Qt.ConnectionType.QueuedConnection)  # after its deletion
        window.deleteLater()

    def _window_gone(self) -> None:
        """The window and its views are deleted: what they held goes back to the system, then ``window_dropped``."""
        import gc
        import linecache

        from recoverybox.memory import give_back_freed_memory

        linecache.clearcache()  # the views' sources, read by PySide6's import hook (see ``app``)
        gc.collect()  # the views' Python side (their cycles), now rather than at some later collection
        give_back_freed_memory()
        self.window_dropped.emit()
