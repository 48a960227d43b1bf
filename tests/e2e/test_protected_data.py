"""The installed app in a real window on data protected with `recoverybox protect on`: it opens on the lock
page, a wrong passphrase is refused, the right one shows the data, Ctrl+L locks again, and quitting while
locked is clean. Screenshots of each state go to tests/artifacts/."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.e2e.test_find_meetings import activate, press_until, ready_data_folder, retry

pytestmark = pytest.mark.e2e

PASSPHRASE = "blue kettle on a quiet morning"
SENTENCE = "I told Marguerite about the bottle hidden in the garage"


def protect_with_the_command_line(data: Path, tmp_path: Path) -> None:
    """``recoverybox protect on`` on ``data``, as a person would run it (the passphrase from a file)."""
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    exe = Path(sys.executable).with_name("recoverybox")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "recoverybox"]
    env = {**os.environ, "RECOVERYBOX_PASSPHRASE_FILE": str(secret)}
    protect = subprocess.run([*command, "protect", "on", "--data-dir", str(data)], env=env, capture_output=True)
    assert protect.returncode == 0, protect.stderr


def type_until(app, text: str, title: str) -> None:
    """Type ``text`` and Enter in the focused field until the window is titled ``title``."""

    def type_text() -> None:
        app.key("ctrl+a")
        app.xdotool("type", "--delay", "5", text)
        app.key("Return")

    retry(app, type_text, lambda: app.xdotool("search", "--name", f"^{title}$").returncode == 0)
    app.wait_for_title(title)


def test_protected_data_opens_locked_unlocks_and_locks_again(launch, tmp_path):
    from recoverybox import paths
    from recoverybox.core.app.opening import open_database
    from recoverybox.core.app.services import Services
    from recoverybox.core.journal.entries import JournalInput

    data = tmp_path / "data"
    ready_data_folder(data)
    services = Services(open_database(paths.resolve(data).db_file))
    services.journal.create(JournalInput(date.today(), mood=3, text=SENTENCE))
    services.close()
    protect_with_the_command_line(data, tmp_path)

    app = launch("--data-dir", str(data))
    try:
        app.wait_for_title("RecoveryBox — locked")
        app.screenshot("e2e-protected-locked-at-start")
        activate(app)
        app.xdotool("type", "--delay", "5", "not the passphrase")
        app.key("Return")
        app.screenshot("e2e-protected-wrong-passphrase")
        type_until(app, PASSPHRASE, "Today — RecoveryBox")
        press_until(app, "ctrl+5", "Journal — RecoveryBox")
        app.screenshot("e2e-protected-unlocked-journal")
        press_until(app, "ctrl+l", "RecoveryBox — locked")
        app.screenshot("e2e-protected-locked-by-ctrl-l")
        code, unexpected = app.quit()
    finally:
        app.kill()
    assert code == 0 and unexpected == []
    for path in [data / "recoverybox.sqlite3", *(data / "logs").glob("*.log*")]:
        assert SENTENCE.encode() not in path.read_bytes(), path.name
