"""Kill a writer with SIGKILL at random points: every acknowledged row survives and the file is sound."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

WRITER = Path(__file__).with_name("crash_writer.py")
TABLES = {"check_in": "check_ins", "journal": "journal_entries", "event": "events", "goal": "goals"}
KILL_POINTS = 10


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("where", ["folder", "small disk"])
def test_acknowledged_writes_survive_sigkill(tmp_path, small_disk, where):
    """On a small disk (a real size-limited tmpfs) the writer may also run out of space before the kill."""
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    for point in range(KILL_POINTS):
        data_dir = (small_disk(1024) if where == "small disk" else tmp_path) / f"run{point}"
        stop_after = rng.randrange(1, 400)
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(data_dir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": os.getcwd()},
        )
        acknowledged: list[tuple[str, int]] = []
        for line in proc.stdout:
            kind, _, value = line.strip().partition(" ")
            if kind == "done":
                break
            acknowledged.append((kind, int(value)))
            if len(acknowledged) >= stop_after:
                break
        proc.send_signal(signal.SIGKILL)  # mid-write, most likely: the writer does not wait for us
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
        db_file = data_dir / "recoverybox.sqlite3"
        with sqlite3.connect(db_file) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"seed {seed}, point {point}"
            for kind, row_id in acknowledged:
                found = conn.execute(f"SELECT count(*) FROM {TABLES[kind]} WHERE id = ?", (row_id,)).fetchone()[0]
                assert found == 1, f"acknowledged {kind} {row_id} lost (seed {seed}, kill after {stop_after})"
        assert acknowledged, "the writer acknowledged nothing"
