"""Quit never waits on a server: with a meeting-list fetch and a calendar sync both stuck on a server that
sends a byte now and then, the app's process ends within 2 s of Quit (issue 29, item 7)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

from tests.e2e.test_find_meetings import ready_data_folder
from tests.hostile.raw_server import drip, raw_server

ROOT = Path(__file__).resolve().parents[2]
APP = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from recoverybox import paths
    from recoverybox.core.sync.service import SyncService
    from recoverybox.ui.main_window import MainWindow

    folder, url = sys.argv[1], sys.argv[2]
    app = QApplication([])
    window = MainWindow(paths.resolve(folder), reminders=False)
    window.show()
    window.load()
    window.services.sync.set_up(url, "robin", url + "cal/", "RecoveryBox")
    window.session.sync_runner.password = "pw"
    window.session.sync_runner.attach(window.services, at_start=False)
    window.session.sync_runner.sync_now()
    window.show_view("meetings")
    window.view("meetings").load(url + "feed.json")

    def quit_now():
        print("QUIT", flush=True)
        window.quit_app()

    QTimer.singleShot(1500, quit_now)
    app.exec()
    """
)


def test_quit_with_a_fetch_and_a_sync_stuck_ends_the_process_within_2_seconds(tmp_path):
    folder = tmp_path / "data"
    ready_data_folder(folder)
    stop = threading.Event()
    with raw_server() as server:
        server.replies["*"] = drip(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n", stop, 0.5)
        child = subprocess.Popen(
            [sys.executable, "-c", APP, str(folder), server.url("/")],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        )  # fmt: skip
        try:
            line = child.stdout.readline()
            asked = time.monotonic()
            assert line.strip() == "QUIT", line + child.stderr.read()
            child.wait(timeout=60)
            took = time.monotonic() - asked
            assert len(server.seen) >= 2, "the fetch and the sync were not both under way"
        finally:
            stop.set()
            if child.poll() is None:
                child.kill()
            child.communicate(timeout=10)
    assert child.returncode == 0
    print(f"the process ended {took:.2f} s after Quit")
    assert took < 2, f"the process outlived Quit by {took:.1f} s"
