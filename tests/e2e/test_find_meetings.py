"""The installed app in a real window: a meeting list fetched from a web server on 127.0.0.1 (started by the
test), through the "From a web address…" path, two meetings added by keyboard, then the week and the agenda."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.exceptions import TimeoutError as WaitTimeout

from tests.feed_server import feed_server
from tests.meeting_feeds import sample_meetings

pytestmark = pytest.mark.e2e

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")


def cli(*args: str) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("recoverybox")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "recoverybox"]
    env = {**os.environ, "TZ": "Europe/London"}
    return subprocess.run(command + list(args), capture_output=True, text=True, timeout=120, env=env, check=False)


def ready_data_folder(folder: Path) -> None:
    """A data folder whose owner finished the setup, in London."""
    from recoverybox import paths
    from recoverybox.core.app.opening import open_database
    from recoverybox.core.app.services import Services

    app_paths = paths.resolve(folder)
    services = Services(open_database(app_paths.db_file, app_paths.backup_dir, date.today()))
    try:
        services.settings.set_many({"first_run_done": True, "timezone": "Europe/London"})
    finally:
        services.close()


def first_monday_week() -> str:
    today = datetime.now(LONDON).date()
    monday = today + timedelta(days=(0 - today.weekday()) % 7)
    iso_year, iso_week, _ = monday.isocalendar()
    return f"{iso_year}-W{iso_week:02d}"


def agenda_json(week: str, data: Path) -> dict:
    """``recoverybox agenda --json`` for ``week`` (it reads beside the running app)."""
    result = cli("agenda", "--json", "--week", week, "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def retry(app, act, done, tries: int = 5) -> bool:
    """``act()`` until ``done()``: a key can be lost when Qt does not count the window as active (no window
    manager here), so the click in ``activate`` and the retry stand in for a person who presses again."""
    for _ in range(tries):
        activate(app)
        act()
        try:
            app.qtbot.waitUntil(done, timeout=4000)
            return True
        except WaitTimeout:
            continue
    return False


def add_meeting(app, words: str, week: str, data: Path) -> None:
    """Search for ``words`` and press Alt+A (Add to my week) until the agenda has the meeting."""

    def search_and_add() -> None:
        app.key("ctrl+f")
        app.key("ctrl+a")
        app.xdotool("type", "--delay", "5", words)
        app.key("alt+a")

    if not retry(app, search_and_add, lambda: any(o["title"] == words for o in agenda_json(week, data)["occurrences"])):
        pytest.fail(f"“{words}” was not added to the week")


def activate(app) -> None:
    """Click the status bar (nothing there reacts to a click), which makes Qt count the window as active."""
    geometry = app.xdotool("getwindowgeometry", "--shell", app.window_id).stdout
    size = dict(line.split("=", 1) for line in geometry.split() if "=" in line)
    app.xdotool("mousemove", "--window", app.window_id, "40", str(int(size.get("HEIGHT", "600")) - 8))
    app.xdotool("click", "1")


def press_until(app, keys: str, title: str, tries: int = 10) -> None:
    """Press ``keys`` until a window is titled ``title``. With no window manager, Qt may not count the window as
    active after a dialog closes (the X focus never moved, so no FocusIn came) and then ignores shortcuts; a
    click on the status bar, as a person would, makes it active again."""
    for attempt in range(tries):
        if attempt:
            activate(app)
        app.key(keys)
        try:
            app.qtbot.waitUntil(lambda: app.xdotool("search", "--name", f"^{title}$").returncode == 0, timeout=3000)
        except WaitTimeout:
            continue
        app.wait_for_title(title)
        return
    app.wait_for_title(title, timeout=1)


def test_load_a_list_from_a_web_address_add_two_meetings_and_see_them(launch, tmp_path):
    data = tmp_path / "data"
    ready_data_folder(data)
    with feed_server() as server:
        url = server.serve("/area/meetings.json", json.dumps(sample_meetings()).encode())
        app = launch("--data-dir", str(data))
        app.wait_for_title("Today — RecoveryBox", timeout=90_000)
        assert server.requests == [], "nothing is fetched at start"

        press_until(app, "ctrl+7", "Find meetings — RecoveryBox")
        app.screenshot("e2e-meetings-empty")
        press_until(app, "alt+w", "Load a meeting list from the web")
        dialog = app.window_id
        app.xdotool("windowfocus", "--sync", dialog)
        app.xdotool("type", "--delay", "5", url)
        app.key("Return")
        app.wait_for_title("Meeting list loaded", timeout=60_000)
        assert server.requests == ["/area/meetings.json"]

        # Return closes the box. With no window manager a key can be lost (Qt may not yet count the box as the
        # active window): press again, as a person would, until it has gone (20 s in all: under faketime on a
        # loaded CI machine 5 s once ran out).
        def box_gone() -> bool:
            return app.xdotool("search", "--name", "^Meeting list loaded$").returncode != 0

        for _attempt in range(5):
            if box_gone():
                break
            app.key("Return")
            try:
                app.qtbot.waitUntil(box_gone, timeout=4000)
            except WaitTimeout:
                continue
        assert box_gone(), "the “Meeting list loaded” box did not close on Return"
        app.wait_for_title("Find meetings — RecoveryBox")
        activate(app)
        week = first_monday_week()
        for words in ("Sunrise Serenity", "Lunchtime Online"):
            add_meeting(app, words, week, data)
        app.key("ctrl+f")
        app.key("ctrl+a")
        app.key("BackSpace")
        app.screenshot("e2e-meetings-added")
        activate(app)  # the screenshot process may leave Qt thinking the window is not active

        press_until(app, "ctrl+2", "Week — RecoveryBox")
        this_week = "{}-W{:02d}".format(*datetime.now(LONDON).date().isocalendar()[:2])
        if week != this_week:
            app.key("alt+Right")  # the week the two meetings start in
        app.screenshot("e2e-meetings-in-the-week")
        code, unexpected = app.quit()
        assert code == 0 and unexpected == []
        assert server.requests == ["/area/meetings.json"], "fetched once, on the click"

    # The week of the first Monday from today on: Sunrise Serenity on Monday, Lunchtime Online every weekday.
    agenda = agenda_json(week, data)
    monday = date.fromisoformat(agenda["start"])
    found = sorted((occ["title"], occ["start"], occ["event_timezone"]) for occ in agenda["occurrences"])
    expected = [("Sunrise Serenity", datetime.combine(monday, datetime.min.time()).replace(hour=7), "Europe/London")]
    expected = [(title, start.replace(tzinfo=LONDON).isoformat(), zone) for title, start, zone in expected]
    for offset in range(5):
        day: date = monday + timedelta(days=offset)
        start = datetime(day.year, day.month, day.day, 12, 30, tzinfo=NEW_YORK).astimezone(LONDON)
        expected.append(("Lunchtime Online", start.isoformat(), "America/New_York"))
    assert found == sorted(expected)
    assert all(occ["kind"] == "meeting" and occ["fellowship"] == "AA" for occ in agenda["occurrences"])
    lunch = next(occ for occ in agenda["occurrences"] if occ["title"] == "Lunchtime Online")
    assert lunch["online_url"] == "https://video.example.com/j/5550100"
