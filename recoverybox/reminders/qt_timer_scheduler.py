"""An APScheduler 3 scheduler driven by one persistent single-shot QTimer.

APScheduler 3.11's ``QtScheduler._start_timer`` stores the return value of ``QTimer.singleShot``, which is
``None``, so it can never stop an earlier wake-up: every ``add_job`` starts another timer chain, and
wake-ups go on after ``shutdown()``. Here one ``QTimer`` is re-armed on each wake-up and stopped on
shutdown, so there is exactly one pending wake-up at any time and none after shutdown.
"""

from __future__ import annotations

from apscheduler.schedulers.base import BaseScheduler
from PySide6.QtCore import QTimer

MAX_TIMER_MS = 2_147_483_647


class PersistentTimerQtScheduler(BaseScheduler):
    """A scheduler for the Qt event loop; must be used from the GUI thread."""

    def __init__(self, **options) -> None:
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._process_jobs)
        self.wakeups = 0
        super().__init__(**options)

    def shutdown(self, wait: bool = True) -> None:
        super().shutdown(wait)
        self._timer.stop()

    def wakeup(self) -> None:
        self._start_timer(0)

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._timer.stop()
        if wait_seconds is not None:
            self._timer.start(min(int(wait_seconds * 1000), MAX_TIMER_MS))

    def _process_jobs(self) -> float | None:
        self.wakeups += 1
        wait_seconds = super()._process_jobs()
        self._start_timer(wait_seconds)
        return wait_seconds
