"""Cold start to the first painted main window, as a subprocess, against a bare PySide6 QMainWindow."""

from __future__ import annotations

import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import DATA, Figure, demo_data_dir, fresh_copy

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


def _one_run(command: list[str], marker: str = "first-paint", fresh: Path | None = None) -> tuple[float, float]:
    """(seconds from spawn to ``marker``, peak RSS MiB then) of one child."""
    return _markers(command, fresh)[marker]


def _markers(command: list[str], fresh: Path | None = None) -> dict[str, tuple[float, float]]:
    """Each line the child printed as ``<marker> <monotonic> <peak RSS KiB>``: (seconds from spawn, MiB).

    The child reports its own peak (VmHWM): a forked child's ru_maxrss would include this process's memory.
    ``fresh``: copy this data folder over the one in the command first (outside the timing), so every run
    opens the same untouched data.
    """
    if fresh is not None:
        target = Path(command[command.index("--data-dir") + 1])
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(fresh, target)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.monotonic()
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=True).stdout
    marks = {}
    for line in out.splitlines():
        fields = line.split()
        if len(fields) == 3 and (fields[0] == "first-paint" or fields[0].endswith("-ready")):
            marks[fields[0]] = (float(fields[1]) - start, int(fields[2]) / 1024)
    return marks


def _median(command: list[str], runs: int, marker: str = "first-paint", fresh: Path | None = None):
    results = [_one_run(command, marker, fresh) for _ in range(runs)]
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


def time_to_data(runs: int = 7, years: tuple[int, ...] = (1, 5, 20)) -> list[Figure]:
    """Spawn to the Today view painted with the person's data (``--time-to-data-probe``), on a fresh copy of
    N years of generated data each run, against a bare window measured in the same run."""
    bare = [sys.executable, "-c", BARE]
    figures = []
    seconds = {}
    for n in years:
        master = generated_data(n)
        work = DATA / "work" / f"time-to-data-{n}y"
        app = [sys.executable, "-m", "recoverybox", "--data-dir", str(work), "--time-to-data-probe"]
        _one_run(bare)  # warm the file cache for both
        _one_run(app, "data-ready", master)
        bare_s, bare_rss = _median(bare, runs)
        app_runs = [_markers(app, master) for _ in range(runs)]
        app_s = statistics.median(r["data-ready"][0] for r in app_runs)
        app_rss = statistics.median(r["data-ready"][1] for r in app_runs)
        # After Today's first look the data layer loads; the probe waits for it too, so this is reported.
        layer_s = statistics.median(r["data-layer-ready"][0] for r in app_runs)
        seconds[n] = app_s
        figures += [
            Figure(
                f"time to data: spawn to Today painted with {n} year{'s' * (n > 1)} of data",
                app_s * 1000,
                bare_s * 1000,
                "ms",
                "ratio ≤ 3 (aim 2.5)" if n == max(years) else "",
                "bare QMainWindow",
            ),
            Figure(f"peak RSS with the data on screen ({n} y)", app_rss, bare_rss, "MiB", "", "bare QMainWindow"),
            Figure(
                f"spawn to the data layer loaded behind Today ({n} y)",
                layer_s * 1000,
                bare_s * 1000,
                "ms",
                "(reported)",
                "bare QMainWindow",
            ),
        ]
    if 1 in seconds and 20 in seconds:
        figures.append(
            Figure(
                "time to data, 20 years against 1 year", seconds[20] * 1000, seconds[1] * 1000, "ms", "≤ 1.1", "1 year"
            )
        )
        rss = {f.name: f.value for f in figures}
        figures.append(
            Figure(
                "peak RSS, 20 years against 1 year",
                rss["peak RSS with the data on screen (20 y)"],
                rss["peak RSS with the data on screen (1 y)"],
                "MiB",
                "≤ +40 MiB",
                "1 year",
            )
        )
    return figures


def generated_data(years: int) -> Path:
    """N years of demo data written by ``recoverybox demo --years N`` (once, then reused)."""
    master = DATA / f"generated-{years}y"
    if not (master / "recoverybox.sqlite3").exists():
        shutil.rmtree(master, ignore_errors=True)
        subprocess.run(
            [sys.executable, "-m", "recoverybox", "demo", "--years", str(years), str(master)],
            check=True,
            capture_output=True,
            timeout=600,
        )
    _upgrade(master / "recoverybox.sqlite3")
    return master


def _upgrade(db_file: Path) -> None:
    """Bring kept data to the current schema once, so no measured start pays for a migration."""
    import sqlite3

    from recoverybox.migrations import HEAD

    with contextlib.closing(sqlite3.connect(db_file)) as conn:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision != HEAD:
        code = (
            "import sys, pathlib; from recoverybox.core.app.opening import open_database as o; "
            "o(pathlib.Path(sys.argv[1])).close()"
        )
        subprocess.run([sys.executable, "-c", code, str(db_file)], check=True, capture_output=True, timeout=600)


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
    heavy = ("sqlalchemy", "alembic", "apscheduler", "icalendar", "PySide6.QtCharts", "recoverybox.core.app.demo")
    found = set()
    for line in out.splitlines():
        name = line.rsplit("|", 1)[-1].strip()
        if name.startswith(heavy):
            found.add(name.split(".")[0] if not name.startswith(("PySide6", "recoverybox")) else name)
    return sorted(found)
