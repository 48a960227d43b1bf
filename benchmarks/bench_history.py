"""Cost against years of use: each figure at 20 years of generated data beside the same figure at 1 year,
measured in the same run (`recoverybox demo --years N`). Flat in history means a ratio near 1."""

from __future__ import annotations

import gc

from benchmarks.bench_startup import generated_data
from benchmarks.common import Figure, fresh_copy, median_of


def _window(data_dir, view_key: str, key: bytes | None = None):
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_core import _services
    from recoverybox import paths
    from recoverybox.ui.main_window import MainWindow

    QApplication.instance() or QApplication([])
    services = _services(data_dir, key)
    window = MainWindow(paths.resolve(data_dir), services=services, reminders=False)
    window.resize(1280, 860)
    window.show()
    window.show_view(view_key)
    QApplication.processEvents()
    # As the app does once its data is on screen (memory.freeze_long_lived_objects): without it, what earlier
    # suites left in this process made the collector's passes, and these figures, depend on run order.
    gc.collect()
    gc.freeze()
    return services, window, window.view(view_key)


def _close(services, window) -> None:
    window.close()
    services.close()
    gc.unfreeze()


def today_refresh(data_dir, key: bytes | None = None) -> float:
    services, window, view = _window(data_dir, "today", key)

    def once():
        view.refresh()
        view.repaint()

    try:
        return median_of(once, runs=21, warmup=3)
    finally:
        _close(services, window)


def progress_all(data_dir) -> float:
    services, window, view = _window(data_dir, "progress")

    def once():
        view.set_range("all")
        view.redraw()
        for card in view.cards:
            card.view.viewport().repaint()

    try:
        return median_of(once, runs=11, warmup=2)
    finally:
        _close(services, window)


def week_switch(data_dir, key: bytes | None = None) -> float:
    services, window, view = _window(data_dir, "week", key)
    step = iter(range(100_000))

    def once():
        view.move_weeks(1 if next(step) % 2 == 0 else -1)
        view.grid.repaint()
        view.header.repaint()

    try:
        return median_of(once, runs=31, warmup=4)
    finally:
        _close(services, window)


def journal_search(data_dir) -> float:
    """Type a word into the journal's search box: the query, the list and the highlighted extracts."""
    services, window, view = _window(data_dir, "journal")
    words = iter(["walk", "sleep", "call", "work"] * 1000)

    def once():
        view.search.setText(next(words))
        view.list.viewport().repaint()

    try:
        return median_of(once, runs=21, warmup=3)
    finally:
        _close(services, window)


FIGURES = (
    ("Today view: refresh and paint", today_refresh, "≤ 30 ms at 20 y"),
    ("Progress view: all time, recompute and redraw", progress_all, "≤ 50 ms at 20 y"),
    ("Week view: switch to the next week", week_switch, "≤ 16 ms"),
    ("Journal: search as you type (FTS5), with highlights", journal_search, "≤ 30 ms at 20 y"),
)


def run() -> list[Figure]:
    """Each figure at 1, 5 and 20 years; the 5- and 20-year ones beside the 1-year one of the same run."""
    data = {years: generated_data(years) for years in (1, 5, 20)}
    figures = []
    for name, measure, target in FIGURES:
        at = {years: measure(fresh_copy(master, f"history-{years}y")) for years, master in data.items()}
        figures.append(Figure(f"{name}, 1 year", at[1], at[1], "ms", "", "itself"))
        figures.append(Figure(f"{name}, 5 years", at[5], at[1], "ms", "", "the same at 1 year"))
        figures.append(Figure(f"{name}, 20 years", at[20], at[1], "ms", target, "the same at 1 year"))
    return figures
