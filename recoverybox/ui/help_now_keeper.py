"""The help-now window of the open data: built ahead of need (hidden, a second after the data opens) so the
shortcut shows it within a frame, shown over any dialog, dropped with the data it was built on. While the data
is locked, the lock's own help window (built-in content and the crisis line only) opens instead."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from recoverybox.ui.app_lock import AppLock
    from recoverybox.ui.panic_window import PanicWindow
    from recoverybox.ui.session.front import Front

BUILD_AFTER_MS = 1000


class HelpNowKeeper(QObject):
    """Holds the window's help-now window (``panic``), and the urge dialog reached from it."""

    def __init__(self, window: Front, lock: AppLock) -> None:
        super().__init__(window)
        self.window = window
        self.lock = lock
        self.panic: PanicWindow | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BUILD_AFTER_MS)
        self._timer.timeout.connect(self.prebuild)

    def data_opened(self) -> None:
        """Build it a second after the data opened (never on data that has closed meanwhile)."""
        self.drop()  # built on the data this replaces
        self._timer.start()

    def visible(self) -> bool:
        return self.panic is not None and self.panic.isVisible()

    def open(self) -> None:
        lock = self.lock
        if lock.locked or lock.needs_unlock():
            lock.open_help()  # nothing of the locked data: built-in content and the crisis line
            return
        from recoverybox.ui.widgets.help_now import show_over_dialogs

        self._data_now()
        panic = self.prebuild()
        if panic is not None:
            panic.refresh()
            show_over_dialogs(panic)

    def _data_now(self) -> None:
        """Asked for in Today's first look (before the data layer has loaded): it loads now, then help opens."""
        if self.window.services is None and self.window.view("today") is not None and not self.lock.locked:
            self.window.open_data_now()

    def prebuild(self) -> PanicWindow | None:
        """The help-now window of the open data, built (hidden) if it is not yet."""
        from recoverybox.ui.panic_window import PanicWindow

        services = self.window.services
        if services is None or services.closed:
            return None
        if self.panic is None:
            self.panic = PanicWindow(services)
            self.panic.urge_requested.connect(self.log_urge)
            self.panic.plan_requested.connect(self._on_show_plan)
        return self.panic

    def refresh_if_shown(self) -> None:
        """A new crisis line shows at once in an open help window."""
        if self.panic is not None and self.panic.isVisible():
            self.panic.refresh()

    def log_urge(self) -> bool:
        """The urge dialog (over the help-now window when it is open); True when an urge was noted."""
        from recoverybox.ui.dialogs.urge_dialog import UrgeDialog

        self._data_now()
        if self.window.services is None:
            return False
        parent = self.panic if self.visible() else self.window
        return bool(UrgeDialog(self.window.services, parent).exec())

    def _on_show_plan(self) -> None:
        self.window.bring_to_front()
        self.window.show_view("support")
        support: Any = self.window.view("support")
        if hasattr(support, "tabs"):  # not while an error panel stands in for it
            support.tabs.setCurrentIndex(1)

    def close(self) -> None:
        if self.panic is not None:
            self.panic.close()

    def drop(self) -> None:
        """Destroy it (with the contacts it shows): built again from the data when next needed."""
        if self.panic is not None:
            self.panic.close()
            self.panic.setParent(None)
            self.panic.deleteLater()
            self.panic = None
