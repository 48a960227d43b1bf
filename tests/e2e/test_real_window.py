"""The installed app in a real window under Xvfb: every view visited by shortcut, screenshots, clean quit."""

from datetime import timedelta

import pytest

from recoverybox.ui.main_window import VIEWS

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("data", ["fresh", "demo"])
def test_visit_every_view_and_quit_cleanly(launch, tmp_path, data):
    args = ["--data-dir", str(tmp_path / data)] + (["--demo"] if data == "demo" else [])
    app = launch(*args)
    app.wait_for_title("Today — RecoveryBox", timeout=90_000)
    if data == "fresh":
        app.dismiss_first_run(screenshot="e2e-fresh-first-run")
    for index, (key, label, *_rest) in enumerate(VIEWS):
        app.key(f"ctrl+{index + 1}")
        app.wait_for_title(f"{label} — RecoveryBox")
        shot = app.screenshot(f"e2e-{data}-{key}")
        assert shot.stat().st_size > 10_000, "the screenshot should show a painted window"
        if key == "week":
            app.key("m")
            app.wait_for_title("Month — RecoveryBox")
            app.screenshot(f"e2e-{data}-month")
            app.key("m")
            app.wait_for_title("Week — RecoveryBox")
    app.key("ctrl+shift+p")
    app.wait_for_title("Right now — RecoveryBox")
    app.screenshot(f"e2e-{data}-panic")
    app.key("Escape")
    app.wait_for_title(f"{VIEWS[-1][1]} — RecoveryBox")  # back to the view last visited
    code, unexpected = app.quit()
    assert code == 0
    assert unexpected == []
    assert (tmp_path / data / "recoverybox.sqlite3").exists()


def soon(zone, wait, length):
    """Local wall times for an event starting after ``wait`` (worked out in UTC: the DST gap has no 01:00)."""
    from datetime import UTC, datetime

    start = datetime.now(UTC).replace(microsecond=0) + wait
    return tuple(moment.astimezone(zone).replace(tzinfo=None) for moment in (start, start + length))


def test_a_reminder_pops_up_in_the_real_app_on_time(launch, tmp_path, session_bus):
    """A session bus with no notification service on it: our own pop-up shows the reminder."""

    from recoverybox import paths
    from recoverybox.core.app.opening import open_database
    from recoverybox.core.app.services import Services
    from recoverybox.core.calendar.events import EventInput

    data = paths.resolve(tmp_path / "reminder")
    services = Services(open_database(data.db_file))
    services.settings.set("timezone", "Europe/London")
    for kind in ("morning", "evening", "goals", "milestones"):
        services.settings.set(f"remind_{kind}", False)
    start, end = soon(services.zone, timedelta(seconds=5), timedelta(minutes=30))
    services.calendar.create_event(
        EventInput(
            "Call my sponsor",
            start,
            end,
            "Europe/London",
            reminder_offsets=[0],
            location="Phone",
        )
    )
    services.close()
    app = launch("--data-dir", str(data.data_dir))
    app.wait_for_title("Today — RecoveryBox", timeout=60_000)
    app.wait_for_title("Reminders — RecoveryBox", timeout=60_000)
    app.screenshot("e2e-reminder-popup")
    app.wait_for_title("Today — RecoveryBox")  # back to the main window to quit from its menu shortcut
    code, unexpected = app.quit()
    assert code == 0 and unexpected == []


def test_background_start_has_no_window_until_a_notification_is_opened(launch, tmp_path, notification_server):
    """`recoverybox --background` (what starting at login runs): the reminder arrives as a desktop notification,
    and its Open action shows the window on the event's week."""
    from recoverybox import paths
    from recoverybox.core.app.opening import open_database
    from recoverybox.core.app.services import Services
    from recoverybox.core.calendar.events import EventInput

    server = notification_server()
    data = paths.resolve(tmp_path / "background")
    services = Services(open_database(data.db_file))
    services.settings.set_many({"timezone": "Europe/London", "first_run_done": True})
    for kind in ("morning", "evening", "goals", "milestones"):
        services.settings.set(f"remind_{kind}", False)
    start, end = soon(services.zone, timedelta(seconds=8), timedelta(hours=1))
    services.calendar.create_event(EventInput("Home group", start, end, "Europe/London", reminder_offsets=[0]))
    services.close()
    app = launch("--background", "--data-dir", str(data.data_dir))
    app.qtbot.waitUntil(lambda: len(server.calls()) == 1, timeout=60_000)
    [call] = server.calls()
    assert call["summary"] == "Home group" and call["body"].startswith("Starting now · starts at ")
    assert app.xdotool("search", "--onlyvisible", "--name", "RecoveryBox").stdout.split() == []  # no window shown
    assert app.proc.poll() is None
    server.click(call["id"], "open")
    app.wait_for_title("Week — RecoveryBox")
    app.screenshot("e2e-background-opened-from-notification")
    code, unexpected = app.quit()
    assert code == 0 and unexpected == []


def test_a_second_start_shows_the_running_window_instead(launch, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    data = tmp_path / "single"
    first = launch("--data-dir", str(data))
    first.wait_for_title("Today — RecoveryBox", timeout=60_000)
    first.dismiss_first_run()

    exe = Path(sys.executable).with_name("recoverybox")
    second = subprocess.run(
        [str(exe), "--data-dir", str(data)], env=first.env, capture_output=True, text=True, timeout=60
    )
    assert second.returncode == 0
    assert "already open on this data; showing its window" in second.stderr
    code, unexpected = first.quit()
    assert code == 0 and unexpected == []


def test_the_guard_would_catch_a_network_connection(tmp_path):
    """The sitecustomize the real-window tests run under really stops a connection."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    guard = str(Path(__file__).resolve().parent / "netguard")
    code = "import socket; s = socket.socket(); s.connect(('127.0.0.1', 9))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": guard},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 97 and "NETWORK USED" in result.stderr
