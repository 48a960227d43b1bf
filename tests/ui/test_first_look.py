"""Today's first look: at the app's start Today is drawn from the file with sqlite3 alone, then the data layer
loads in the idle time after that paint and the same view takes over, showing the same thing."""

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from recoverybox import paths
from recoverybox.core.app.demo import generate
from recoverybox.core.app.opening import open_database
from recoverybox.core.app.services import Services
from recoverybox.core.base.clock import FixedClock
from recoverybox.ui.main_window import MainWindow
from tests.ui.conftest import make_active

NOW = datetime(2026, 11, 27, 12, tzinfo=UTC)
OPEN: list[MainWindow] = []
CLOCK: list[FixedClock] = []


@pytest.fixture(autouse=True)
def quit_windows():
    """Each window is quit (reminders stopped, no question about keeping them running), passed or failed."""
    yield
    while OPEN:
        OPEN.pop().quit_app()


def demo_folder(folder, **settings):
    app_paths = paths.resolve(folder)
    services = Services(open_database(app_paths.db_file), FixedClock(NOW))
    services.settings.set_many({"timezone": "Europe/London", "first_run_done": True, **settings})
    generate(services, years=1)
    services.close()
    return app_paths


def shown(view) -> dict:
    """What Today shows, as a person reads it."""

    def rows(widget):
        return [(widget.item(i).text(), widget.item(i).checkState()) for i in range(widget.count())]

    daily = view.daily
    return {
        "heading": view.heading.text(), "sober": view.sober.text(), "plan": rows(view.events),
        "goals": rows(view.goals), "reflection": daily.reflection_text.text(), "star": daily.star_button.text(),
        "pledge": daily.pledge_text.toPlainText(), "pledge status": daily.pledge_status.text(),
    }  # fmt: skip


@pytest.fixture(autouse=True)
def on_the_test_clock(scheduler_time):
    """Reminders run on the test clock (APScheduler's too): the demo's "now", 27 November 2026 at noon."""
    assert scheduler_time.now() == NOW
    CLOCK[:] = [scheduler_time]
    return scheduler_time


def open_window(qtbot, app_paths):
    window = MainWindow(app_paths)  # quit by ``quit_windows`` (closing would ask about reminders)
    OPEN.append(window)
    window.session.clock = CLOCK[0]
    window.views.allow_first_look = True
    window.show()
    return window


def test_today_is_drawn_before_the_data_layer_and_taken_over_unchanged(qtbot, tmp_path):
    app_paths = demo_folder(tmp_path / "data")
    window = open_window(qtbot, app_paths)
    seen = []  # what the window was when Today's first look reached the screen
    window.data_painted.connect(
        lambda: seen.append((window.services is None, window.windowTitle(), shown(window.view("today"))))
    )
    window.load()
    assert window.services is None, "the data layer loads after Today's first paint"
    today = window.view("today")
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    before_data_layer, title, first = seen[0]
    assert before_data_layer and title == "RecoveryBox"  # named once ready for keys (the menus' data actions on)
    assert first["plan"] and first["goals"] and "free from" in first["sober"]
    qtbot.waitUntil(lambda: window.services is not None, timeout=10_000)
    assert window.windowTitle() == "Today — RecoveryBox"
    assert window.view("today") is today and not today.needs_services
    today.refresh()
    assert shown(today) == first  # no visible change when the data layer takes over
    assert window.session.reminders.scheduler is not None


@pytest.fixture
def look_restored():
    """The theme and clock format are the application's: as they were for the tests after this one."""
    yield
    from recoverybox.ui import theme
    from recoverybox.ui.format import set_clock_format

    theme.apply("light")
    set_clock_format("locale")


@pytest.mark.parametrize(
    ("look", "size"),
    [("light", (1024, 600)), ("dark", (1366, 768)), ("high_contrast", (1024, 600)), ("high_contrast", (1366, 768))],
)
def test_the_first_look_is_drawn_as_the_data_layer_draws_it_pixel_for_pixel(qtbot, tmp_path, look, size,
                                                                             look_restored):  # fmt: skip
    """In the person's theme and clock format from the first frame: Today's pixels when the data layer has taken
    over are the first look's (screenshots of both in tests/artifacts/)."""
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    clock_format = "12h" if look == "dark" else "24h"
    window = open_window(qtbot, demo_folder(tmp_path / "data", theme=look, clock_format=clock_format))
    window.resize(*size)
    seen = []
    window.data_painted.connect(lambda: seen.append(window.services is None) or seen.append(
        (QApplication.instance().property("recoverybox_theme"), window.view("today").grab().toImage(), window.grab(),
         window.views.nav.grab().toImage(), QApplication.focusWidget(), window.isActiveWindow())
    ))  # fmt: skip
    window.load()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    assert seen[0], "the first look came before the data layer"
    used, first, first_window, first_nav, focus, active = seen[1]
    assert used == look
    from recoverybox.ui.format import time_text

    assert time_text(datetime(2026, 11, 27, 18, 30)) == ("6:30 PM" if clock_format == "12h" else "18:30")
    today = window.view("today")
    qtbot.waitUntil(lambda: window.services is not None, timeout=10_000)
    today.refresh()
    if active:  # offscreen, activation moves among a run's top-level windows by itself: as it was, then
        make_active(window)
    after = today.grab().toImage()
    artifacts = Path(__file__).resolve().parents[1] / "artifacts"
    artifacts.mkdir(exist_ok=True)
    name = f"first-look-{look}-{size[0]}x{size[1]}"
    first_window.save(str(artifacts / f"{name}.png"))
    window.grab().save(str(artifacts / f"{name}-taken-over.png"))
    assert after == first, "Today changed when the data layer took over"
    nav_after = window.views.nav.grab().toImage()
    first_nav.save(str(artifacts / f"{name}-nav.png"))
    nav_after.save(str(artifacts / f"{name}-nav-after.png"))
    assert QApplication.focusWidget() is focus, "the takeover moved the keyboard focus"
    assert nav_after == first_nav, "the navigation changed (its icons)"


def test_a_goal_ticked_in_the_first_look_is_saved_once_the_data_is_open(qtbot, tmp_path):
    app_paths = demo_folder(tmp_path / "data")
    window = open_window(qtbot, app_paths)
    window.load()
    today = window.view("today")
    item = next(today.goals.item(i) for i in range(today.goals.count())
                if today.goals.item(i).checkState() == Qt.CheckState.Unchecked)  # fmt: skip
    goal_id = item.data(Qt.ItemDataRole.UserRole)
    item.setCheckState(Qt.CheckState.Checked)  # as a click does, before the data layer is there
    qtbot.waitUntil(lambda: window.services is not None, timeout=10_000)
    assert next(g for g in window.services.goals.summaries(window.services.goals.list()).values()
                if g.goal.id == goal_id).done_today  # fmt: skip


def test_help_now_works_in_the_first_look(qtbot, tmp_path):
    """The help-now bar works from the first frame: pressed before the data layer has loaded, it loads it at
    once and the help-now window (with the person's contacts) opens."""
    window = open_window(qtbot, demo_folder(tmp_path / "data"))
    window.load()
    assert window.services is None
    action = window.menus.panic_action
    assert action.isEnabled() and window.menus.urge_action.isEnabled()
    action.trigger()
    assert window.services is not None
    qtbot.waitUntil(lambda: window.help_now.visible(), timeout=10_000)
    window.help_now.panic.close()


def test_a_pledge_in_the_first_look_says_to_wait_a_moment(qtbot, tmp_path):
    window = open_window(qtbot, demo_folder(tmp_path / "data"))
    window.load()
    daily = window.view("today").daily
    daily.pledge_button.click()
    assert daily.pledge_status.text() == "One moment: your data is still opening."
    qtbot.waitUntil(lambda: window.services is not None, timeout=10_000)


def test_new_data_opens_the_ordinary_way(qtbot, tmp_path):
    window = open_window(qtbot, paths.resolve(tmp_path / "new"))
    window.load()  # no file yet: nothing to read first
    assert window.services is not None
    wizard = window.first_run  # new data: the setup wizard, as ever
    assert wizard is not None and wizard.isVisible()
    wizard.reject()  # left open, it would stay the modal widget the next test's dialogs queue behind
