"""View figures on the 5-year demo: switching the week view to the next week (query, layout, paint)."""

from __future__ import annotations

from benchmarks.common import Figure, demo_data_dir, fresh_copy, median_of


def _week_switch(data_dir) -> float:
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_core import _services
    from recoverybox import paths
    from recoverybox.ui.main_window import MainWindow

    QApplication.instance() or QApplication([])
    services = _services(data_dir)
    window = MainWindow(paths.resolve(data_dir), services=services, reminders=False)
    window.resize(1280, 800)
    window.show()
    window.show_view("week")
    view = window.view("week")
    QApplication.processEvents()
    step = iter(range(100_000))

    def switch():
        # Forward then back again, so every run shows a week the demo has data for.
        view.move_weeks(1 if next(step) % 2 == 0 else -1)
        view.grid.repaint()
        view.header.repaint()

    try:
        return median_of(switch, runs=31, warmup=4)
    finally:
        window.close()
        services.close()


def run() -> list[Figure]:
    demo = _week_switch(fresh_copy(demo_data_dir(), "views-demo"))
    empty = _week_switch(fresh_copy(None, "views-empty"))
    return [Figure("week view: switch to the next week (5-year demo)", demo, empty, "ms", "≤ 16 ms", "empty DB")]
