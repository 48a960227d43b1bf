"""Progress view: recompute and redraw every chart for the "all" range, against the 4-week range."""

from __future__ import annotations

from benchmarks.common import Figure, demo_data_dir, fresh_copy, median_of


def run() -> list[Figure]:
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_core import _services
    from recoverybox import paths
    from recoverybox.ui.main_window import MainWindow

    QApplication.instance() or QApplication([])
    data_dir = fresh_copy(demo_data_dir(), "progress-demo")
    services = _services(data_dir)
    window = MainWindow(paths.resolve(data_dir), services=services, reminders=False)
    window.resize(1280, 900)
    window.show()
    window.show_view("progress")
    view = window.view("progress")
    QApplication.processEvents()

    def redraw(range_key: str):
        def once():
            view.set_range(range_key)
            view.redraw()
            for card in view.cards:
                card.view.viewport().repaint()

        return once

    try:
        all_time = median_of(redraw("all"), runs=11, warmup=2)
        four_weeks = median_of(redraw("4w"), runs=11, warmup=2)
    finally:
        window.close()
        services.close()
    return [
        Figure(
            "progress view: recompute and redraw, all time (5-year demo)",
            all_time,
            four_weeks,
            "ms",
            "≤ 50 ms",
            "same view, 4 weeks",
        )
    ]
