"""For benchmarks/: ``--background-probe [OPENS]`` reports on the light background mode, then quits.

It prints ``background-ready <monotonic> <RSS KiB>`` once the data is open and reminders are armed; then,
``OPENS`` times, asks for the window as a reminder's Open does and prints ``window-ready <ms from the request>
<RSS KiB>`` when Today has been painted with the data, hides it as closing does, and prints ``window-dropped
<RSS KiB>`` once the window and its views have been let go of.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer

if TYPE_CHECKING:
    from recoverybox.ui.session.window_host import WindowHost


def memory_kib(field: str = "VmRSS") -> int:
    """This process's resident memory now (VmRSS), or its peak (VmHWM), from Linux's /proc (0 where unknown)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1]) for line in status if line.startswith(f"{field}:"))
    except (OSError, StopIteration, ValueError):
        return 0


def arm_background(host: WindowHost, opens: int) -> None:
    left = [opens]

    def ready() -> None:  # the turn after the data opened (``load`` runs on the turn before)
        scheduler = host.session.reminders.scheduler
        if scheduler is None or not scheduler.running:
            print("background-failed reminders did not start", flush=True)
            host.quit_app()
            return
        from recoverybox.memory import freeze_long_lived_objects

        freeze_long_lived_objects()  # what the background mode does on this turn without the probe
        print(f"background-ready {time.monotonic():.6f} {memory_kib()}", flush=True)
        QTimer.singleShot(0, next_open)

    def next_open() -> None:
        if left[0] <= 0:
            host.quit_app()
            return
        left[0] -= 1
        asked = time.monotonic()
        window = host.ensure_window()
        window.data_painted.connect(lambda: painted(asked), Qt.ConnectionType.SingleShotConnection)
        host.bring_to_front()

    def painted(asked: float) -> None:
        print(f"window-ready {(time.monotonic() - asked) * 1000:.3f} {memory_kib()}", flush=True)
        host.window_dropped.connect(lambda: QTimer.singleShot(0, dropped), Qt.ConnectionType.SingleShotConnection)
        assert host.window is not None
        host.window.hide()  # as closing it does, without the question about keeping reminders running

    def dropped() -> None:  # after the host's own collection and trim (``WindowHost._window_gone``)
        print(f"window-dropped {memory_kib()}", flush=True)
        QTimer.singleShot(0, next_open)

    QTimer.singleShot(0, ready)
