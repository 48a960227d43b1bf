"""Cold start to the first painted main window, as a subprocess, against a bare PySide6 QMainWindow."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from benchmarks.common import Figure, demo_data_dir, fresh_copy

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QListWidget
app = QApplication(sys.argv[:1])
window = QMainWindow()
nav = QListWidget()
window.setCentralWidget(nav)
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            nav.viewport().removeEventFilter(self)
            hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
            QTimer.singleShot(0, lambda: (print(f"first-paint {time.monotonic():.6f} {hwm}", flush=True), app.quit()))
        return False
probe = Probe()
nav.viewport().installEventFilter(probe)
window.resize(1100, 720)
window.show()
app.exec()
"""


def _one_run(command: list[str]) -> tuple[float, float]:
    """(seconds from spawn to first paint, peak RSS MiB at first paint) of one child.

    The child reports its own peak (VmHWM): a forked child's ru_maxrss would include this process's memory.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.monotonic()
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=True).stdout
    fields = next(line for line in out.splitlines() if line.startswith("first-paint")).split()
    return float(fields[1]) - start, int(fields[2]) / 1024


def _median(command: list[str], runs: int) -> tuple[float, float]:
    results = [_one_run(command) for _ in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def run(runs: int = 7) -> list[Figure]:
    data_dir = fresh_copy(demo_data_dir(), "startup-demo")
    bare = [sys.executable, "-c", BARE]
    app = [sys.executable, "-m", "recoverybox", "--data-dir", str(data_dir), "--first-paint-probe"]
    _one_run(bare)  # warm the file cache for both
    _one_run(app)
    bare_s, bare_rss = _median(bare, runs)
    app_s, app_rss = _median(app, runs)
    return [
        Figure(
            "cold start to first painted window (5-year demo)",
            app_s * 1000,
            bare_s * 1000,
            "ms",
            "ratio ≤ 1.3",
            "bare QMainWindow",
        ),
        Figure("peak RSS at first paint", app_rss, bare_rss, "MiB", "≤ +40 MiB", "bare QMainWindow"),
    ]


def heavy_imports_before_paint() -> list[str]:
    """Modules that must load lazily: any of them imported before the first paint is a regression."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    data_dir = fresh_copy(None, "imports")
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "recoverybox", "--data-dir", str(data_dir), "--first-paint-probe"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stderr
    heavy = ("sqlalchemy", "alembic", "apscheduler", "icalendar", "PySide6.QtCharts", "recoverybox.core.demo")
    found = set()
    for line in out.splitlines():
        name = line.rsplit("|", 1)[-1].strip()
        if name.startswith(heavy):
            found.add(name.split(".")[0] if not name.startswith(("PySide6", "recoverybox")) else name)
    return sorted(found)
