"""The light background mode (``--background``, what starting at login runs), against a bare PySide6 window
measured in the same run: resident memory once reminders are armed, the window opened from the background to
Today painted, memory after opening and closing it five times, and (``background-day``, 10 minutes) memory
after a while in the background with a reminder delivered."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.bench_startup import BARE, _median, generated_data
from benchmarks.common import DATA, Figure

OPENS = 5


def _fresh(master: Path, name: str) -> Path:
    work = DATA / "work" / name
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(master, work)
    return work


def _probe(data: Path) -> dict[str, list[list[float]]]:
    """One ``--background-probe OPENS`` run: its lines by their first word."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "recoverybox", "--data-dir", str(data), "--background-probe", str(OPENS)]
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180, check=True).stdout
    lines: dict[str, list[list[float]]] = {}
    for line in out.splitlines():
        word, *numbers = line.split()
        if word.startswith(("background-", "window-")):
            lines.setdefault(word, []).append([float(n) for n in numbers])
    if "background-ready" not in lines or len(lines.get("window-dropped", [])) != OPENS:
        raise RuntimeError(f"the background probe did not finish: {out}")
    return lines


def run(runs: int = 7) -> list[Figure]:
    master = generated_data(5)
    bare_s, bare_rss = _median([sys.executable, "-c", BARE], runs)
    _probe(_fresh(master, "background-warm"))  # warm the file cache
    results = [_probe(_fresh(master, f"background-{n}")) for n in range(runs)]

    def median(word: str, index: int, column: int) -> float:
        return statistics.median(r[word][index][column] for r in results)

    ready_mib = median("background-ready", 0, 1) / 1024
    first_open_ms = median("window-ready", 0, 0)
    later_open_ms = statistics.median(o[0] for r in results for o in r["window-ready"][1:])
    first_drop_mib = median("window-dropped", 0, 0) / 1024
    last_drop_mib = median("window-dropped", OPENS - 1, 0) / 1024
    bare_ms = bare_s * 1000
    return [
        Figure("background: resident with reminders armed (5 years)", ready_mib, bare_rss, "MiB", "≤ 100 MiB",
               "bare QMainWindow"),
        Figure("background: window asked for → Today painted (first time)", first_open_ms, bare_ms, "ms", "≤ 300 ms",
               "bare window, spawn to paint"),
        Figure("background: window asked for → Today painted (2nd–5th time)", later_open_ms, bare_ms, "ms",
               "≤ 300 ms", "bare window, spawn to paint"),
        Figure("background: resident after the window's first close", first_drop_mib, ready_mib, "MiB", "",
               "with reminders armed"),
        Figure(f"background: resident after {OPENS} opens and closes", last_drop_mib, first_drop_mib, "MiB",
               "≤ +5 MiB", "after the first close"),
    ]  # fmt: skip


def _rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def _shown(data: Path) -> int:
    with contextlib.closing(sqlite3.connect(data / "recoverybox.sqlite3")) as conn:
        return int(conn.execute("SELECT count(*) FROM reminder_log WHERE shown_at IS NOT NULL").fetchone()[0])


def day(minutes: float = 10) -> list[Figure]:
    """``--background`` on 5 years of data for ``minutes``, a reminder due one minute in: resident memory at the
    end against the same process once settled (30 s in); the reminder must have been shown (the reminder log)."""
    data = _fresh(generated_data(5), "background-day")
    due = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=1)
    code = (
        "import sys, datetime as d; from recoverybox import paths; from recoverybox.core.app.services import Services;"
        "from recoverybox.core.app.opening import open_database;"
        "from recoverybox.core.calendar.events import EventInput;"
        "s = Services(open_database(paths.resolve(sys.argv[1]).db_file)); z = s.zone;"
        "start = d.datetime.fromisoformat(sys.argv[2]).astimezone(z).replace(tzinfo=None) + d.timedelta(minutes=15);"
        "s.calendar.create_event(EventInput('Benchmark meeting', start, start + d.timedelta(hours=1), z.key,"
        " kind='meeting', reminder_offsets=[15])); s.settings.set('notify_with', 'popup'); s.close()"
    )
    subprocess.run([sys.executable, "-c", code, str(data), due.isoformat()], check=True, timeout=120)
    before = _shown(data)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen([sys.executable, "-m", "recoverybox", "--data-dir", str(data), "--background"], env=env)
    started = time.monotonic()
    try:
        time.sleep(30)
        settled = _rss_kib(app.pid) / 1024
        time.sleep(max(0.0, minutes * 60 - (time.monotonic() - started)))
        end = _rss_kib(app.pid) / 1024
    finally:
        app.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            app.wait(timeout=20)
        if app.poll() is None:
            app.kill()
    if _shown(data) <= before:
        raise RuntimeError("the reminder was not shown in the background")
    return [
        Figure(f"background: resident after {minutes:g} minutes, a reminder shown", end, settled, "MiB", "≤ 100 MiB",
               "the same process 30 s in"),
    ]  # fmt: skip
