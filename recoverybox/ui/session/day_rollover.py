"""Past midnight, or after the machine slept through it, the window learns that a new local day began."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

CHECK_EVERY_MS = 60_000


class DayRollover(QObject):
    """Looks at the person's local date once a minute (and when asked) and says when it has changed."""

    new_day = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today: Callable[[], date] | None = None
        self._seen: date | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)

    def watch(self, today: Callable[[], date]) -> None:
        """Follow ``today()`` (the open data's local date) from now on."""
        self._today = today
        self._seen = today()
        self._timer.start()

    def check(self) -> None:
        if self._today is None:
            return
        now = self._today()
        if now != self._seen:
            self._seen = now
            self.new_day.emit()

    def stop(self) -> None:
        """The data is closing: stop looking until ``watch`` is called again."""
        self._timer.stop()
        self._today = None
