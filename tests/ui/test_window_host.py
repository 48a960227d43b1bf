"""The light background mode (``--background``): the data session delivers reminders with no window built; the
window is built when a reminder's Open (or the tray, or a second start) asks for it, and let go of once closed."""

import os
import subprocess
import sys
from datetime import datetime, timedelta

from PySide6.QtWidgets import QApplication

from recoverybox import paths
from recoverybox.core.calendar.events import EventInput
from recoverybox.ui.main_window import MainWindow
from recoverybox.ui.ops.perform import perform
from recoverybox.ui.session.window_host import WindowHost
from tests.reminders.test_scheduler import events_only


def main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_reminders_run_without_a_window_and_open_one_when_asked(qtbot, tmp_path, clock, scheduler_time):
    app_paths = paths.resolve(tmp_path / "data")
    before = set(main_windows())
    host = WindowHost(app_paths, clock)
    host.load()
    services = host.services
    assert services is not None and host.window is None and set(main_windows()) == before
    assert host.session.reminders.scheduler.running
    events_only(services)
    start = datetime(2026, 11, 27, 13, 30)  # reminded at 12:30 London; the clock says 12:00
    services.settings.set_many({"first_run_done": True, "keep_running_on_close": "yes", "timezone": "Europe/London"})
    perform(None, lambda: services.calendar.create_event(
        EventInput("Home group", start, start + timedelta(hours=1), "Europe/London", reminder_offsets=[60])
    ))  # fmt: skip
    clock.advance(minutes=30)
    host.session.reminders.scheduler.check_now()
    popup = host.session.reminders.popup
    qtbot.waitUntil(popup.isVisible)
    assert [card.reminder.title for card in popup.cards] == ["Home group"]
    assert host.window is None, "a reminder arrives without building the window"

    popup.cards[0].open_button.click()  # Open: the window is built, on the event's week
    window = host.window
    assert window is not None and window.isVisible() and window.current_view_key() == "week"
    qtbot.waitUntil(lambda: window.view("week") is not None and window.view("week").isVisible())

    with qtbot.waitSignal(host.window_dropped, timeout=10_000):
        window.close()  # kept running in the background, as chosen
    assert host.window is None and host.session.reminders.scheduler.running
    assert host.session.sync_runner.label.parent() is None  # kept by the session, not gone with the window

    host.bring_to_front()  # a second start of the app: a new window on the same open data, Today first
    again = host.window
    assert again is not None and again is not window and again.isVisible()
    assert again.services is services and again.current_view_key() == "today"
    with qtbot.waitSignal(again.data_painted, timeout=10_000):
        pass
    again.quit_app()  # File › Quit: reminders stop
    assert not host.session.reminders.scheduler.running
    services.close()


def test_a_normal_start_imports_neither_alembic_nor_the_window_in_the_background(tmp_path):
    """Alembic only when a migration is due; the background mode builds no window (nor imports its views)."""
    data = tmp_path / "data"
    setup = "from recoverybox.app import main; main(['--data-dir', sys.argv[1], '--background-probe'])"
    script = (
        "import sys; from PySide6.QtCore import QThreadPool;"
        f"{setup}; QThreadPool.globalInstance().waitForDone();"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic' or m in"
        " ('recoverybox.ui.main_window', 'recoverybox.ui.views.today_view', 'PySide6.QtCharts')))"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.run(
        [sys.executable, "-c", script, str(data)], capture_output=True, text=True, env=env, timeout=120
    )
    assert first.returncode == 0, first.stderr
    assert "background-ready" in first.stdout
    assert "'alembic" in first.stdout, "a new data file is made by a migration"
    again = subprocess.run(
        [sys.executable, "-c", script, str(data)], capture_output=True, text=True, env=env, timeout=120
    )
    assert again.returncode == 0, again.stderr
    assert "background-ready" in again.stdout
    assert again.stdout.strip().splitlines()[-1] == "[]", again.stdout


def test_pyside_keeps_no_copy_of_every_module_source(tmp_path):
    """PySide6's import hook reads each module's source for a "PySide6" in it; the app's own reading keeps
    them out of Python's line cache (about 20 MiB at start-up otherwise). What was imported before PySide6
    (the package's first modules) is read once by PySide6 itself, as it starts."""
    script = (
        "import sys, linecache; linecache.clearcache = lambda: None; from recoverybox.app import main;"
        "main(['--data-dir', sys.argv[1], '--background-probe']);"
        "print(sorted(name for name in linecache.cache if name.endswith('.py') and"
        " ('/recoverybox/ui/' in name or '/sqlalchemy/' in name)))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "data")], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_today_is_on_screen_before_the_data_layer_is_imported(tmp_path):
    """``--time-to-data-probe``: ``data-ready`` when Today is painted with the person's data, read with sqlite3
    alone, and ``data-layer-ready`` once SQLAlchemy's services have loaded behind it; SQLAlchemy is first
    imported between the two (an audit hook notes when)."""
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    made = subprocess.run(
        [sys.executable, "-m", "recoverybox", "demo", "--years", "1", str(data)],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    script = (
        "import sys, time\n"
        "def hook(event, args):\n"
        "    if event == 'import' and args[0] == 'sqlalchemy' and 'sqlalchemy' not in sys.modules:\n"
        "        print(f'sqlalchemy-imported {time.monotonic():.6f} 0', flush=True)\n"
        "sys.addaudithook(hook)\n"
        "from recoverybox.app import main\n"
        "sys.exit(main(['--data-dir', sys.argv[1], '--time-to-data-probe']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(data)], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    marks = {line.split()[0]: float(line.split()[1]) for line in done.stdout.splitlines() if len(line.split()) == 3}
    assert set(marks) >= {"data-ready", "sqlalchemy-imported", "data-layer-ready"}, done.stdout
    assert marks["data-ready"] < marks["sqlalchemy-imported"] < marks["data-layer-ready"]
