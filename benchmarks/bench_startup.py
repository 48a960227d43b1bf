"""Cold start to the first painted main window, as a subprocess, against a bare PySide6 QMainWindow."""

from __future__ import annotations

import os
import resource
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
            QTimer.singleShot(0, lambda: (print(f"first-paint {time.monotonic():.6f}", flush=True), app.quit()))
        return False
probe = Probe()
nav.viewport().installEventFilter(probe)
window.resize(1100, 720)
window.show()
app.exec()
"""


def _one_run(command: list[str]) -> tuple[float, float]:
    """(seconds from spawn to first paint, peak RSS MiB) of one child."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.monotonic()
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=True).stdout
    painted = float(next(line for line in out.splitlines() if line.startswith("first-paint")).split()[1])
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the max over all children so far; runs go from small to large below.
    return painted - start, max(peak, before) / 1024


def _median(command: list[str], runs: int) -> tuple[float, float]:
    results = [_one_run(command) for _ in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def _rss(command: list[str]) -> float:
    """Peak RSS (MiB) of one run, measured with /usr/bin/time-like wait4 accounting."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, _status, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    return usage.ru_maxrss / 1024


def run(runs: int = 7) -> list[Figure]:
    data_dir = fresh_copy(demo_data_dir(), "startup-demo")
    bare = [sys.executable, "-c", BARE]
    app = [sys.executable, "-m", "recoverybox", "--data-dir", str(data_dir), "--first-paint-probe"]
    _one_run(bare)  # warm the file cache for both
    _one_run(app)
    bare_s, _ = _median(bare, runs)
    app_s, _ = _median(app, runs)
    bare_rss = statistics.median(_rss(bare) for _ in range(3))
    app_rss = statistics.median(_rss(app) for _ in range(3))
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
