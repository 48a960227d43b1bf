"""The window never freezes: a 15,000-event .ics import through File › Import (an ``Operation`` on a worker)
while a GUI-thread timer ticks every 10 ms, until half a second after the import is done. The figure is the
longest gap between ticks, against the longest gap of the same timer over the same time with nothing running
(same run)."""

from __future__ import annotations

import time

from benchmarks.common import DATA, Figure, fresh_copy

EVENTS = 15_000


def _longest_gap(window, start_work) -> tuple[float, float]:
    """(longest gap between 10 ms ticks in ms, seconds the work took); ``start_work()`` returns the
    operation, or None to just let the timer tick for ``idle_seconds``."""
    from PySide6.QtCore import QEventLoop, QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    timer.start()
    began = time.perf_counter()
    finished = [0.0]
    operation = start_work()
    if operation is None:
        QTimer.singleShot(3000, loop.quit)
    else:
        # The timer keeps ticking half a second after the work is done: what follows it (the views
        # re-reading, the garbage collector catching up) is part of what the person sees.
        operation.done.connect(
            lambda: (finished.__setitem__(0, time.perf_counter()), QTimer.singleShot(500, loop.quit))
        )
    loop.exec()
    took = (finished[0] or time.perf_counter()) - began
    timer.stop()
    gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:], strict=False)]
    return max(gaps, default=0.0), took


def run() -> list[Figure]:
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_core import _services
    from benchmarks.ics_corpus import big_calendar
    from recoverybox import paths
    from recoverybox.ui.main_window import MainWindow

    QApplication.instance() or QApplication([])
    data_dir = fresh_copy(None, "operations")
    services = _services(data_dir)
    window = MainWindow(paths.resolve(data_dir), services=services, reminders=False)
    window.resize(1100, 720)
    window.show()
    QApplication.processEvents()
    from recoverybox.memory import freeze_long_lived_objects

    freeze_long_lived_objects()  # as the app does once its data is on screen
    source = DATA / "work" / "big.ics"
    source.write_bytes(big_calendar(EVENTS))
    try:
        idle_gap, _ = _longest_gap(window, lambda: None)
        import_gap, import_s = _longest_gap(window, lambda: window.data.import_ics(str(source)))
        target = DATA / "work" / "out.ics"
        export_gap, export_s = _longest_gap(window, lambda: window.data.export_ics(str(target)))
    finally:
        window.close()
        services.close()
    megabytes = source.stat().st_size / 2**20
    return [
        Figure(
            f"longest GUI stall during a {EVENTS:,}-event .ics import ({megabytes:.1f} MB)",
            import_gap,
            idle_gap,
            "ms",
            "≤ 100 ms",
            "the same timer, idle",
        ),
        Figure(f"the {EVENTS:,}-event import itself", import_s * 1000, 3000, "ms", "≤ 3 s", "the 3 s target"),
        Figure("longest GUI stall during its .ics export", export_gap, idle_gap, "ms", "≤ 100 ms", "idle"),
        Figure(f"the {EVENTS:,}-event export itself", export_s * 1000, 3000, "ms", "", "3 s"),
    ]
