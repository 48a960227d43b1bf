"""The main window: navigation by shortcut, the Today view's content, menus and geometry."""

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QTableWidget, QTreeWidget

from recoverybox import __version__, paths
from recoverybox.ui.main_window import VIEWS, MainWindow
from tests.ui.conftest import make_active


def list_texts(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_every_view_opens_by_its_shortcut(qtbot, window):
    make_active(window)
    # Shortcuts are set just after the first paint (see MainWindow._install_shortcuts).
    qtbot.waitUntil(lambda: not window.menus.view_actions["support"].shortcut().isEmpty())
    for index, (key, *_rest) in reversed(list(enumerate(VIEWS))):
        with qtbot.waitSignal(window.view_changed, timeout=2000) as blocker:
            qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        assert blocker.args == [key]
        assert window.current_view_key() == key
        assert window.stack.currentWidget() is window.view(key)


def test_today_shows_todays_events_goals_and_sober_days(window):
    today = window.view("today")
    assert today.heading.text().startswith("Friday")
    assert today.sober.text() == "3 months, 26 days free from Alcohol"
    assert list_texts(today.events) == ["16:00–16:50   Counselling   (Riverside clinic)"]
    goals = {today.goals.item(i).text(): today.goals.item(i).checkState() for i in range(today.goals.count())}
    assert goals == {
        "Journal today   · 3-day streak": Qt.CheckState.Unchecked,
        "Three meetings": Qt.CheckState.Unchecked,
    }


def test_ticking_a_goal_on_today_checks_in(qtbot, window, seeded):
    today = window.view("today")
    item = next(today.goals.item(i) for i in range(today.goals.count()) if today.goals.item(i).text().startswith("J"))
    rect = today.goals.visualItemRect(item)
    checkbox = QPoint(rect.left() + 10, rect.center().y())
    qtbot.mouseClick(today.goals.viewport(), Qt.MouseButton.LeftButton, pos=checkbox)
    goal = next(g for g in seeded.goals.list() if g.title == "Journal today")
    qtbot.waitUntil(lambda: seeded.goals.summary(goal).done_today)
    assert "Journal today   · 4-day streak" in list_texts(today.goals)


def test_week_view_opens_on_this_week(window):
    window.show_view("week")
    week = window.view("week")
    assert week.title.text() == "Week 48 · 23–29 Nov 2026"
    assert sorted(b.occurrence.title for b in week.grid.blocks) == ["Counselling", "Tuesday home group"]


def test_goals_journal_support_and_progress_show_the_seeded_data(window):
    window.show_view("goals")
    tree: QTreeWidget = window.view("goals").tree
    groups = {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}
    assert set(groups) == {"Self-care", "Support meetings"}
    journal_goal = groups["Self-care"].child(0)
    assert [journal_goal.text(c) for c in range(6)] == [
        "Journal today",
        "Every day",
        "Not yet",
        "3 days",
        "3 days",
        "3 / 4",  # made today, its days filled in from Tuesday: Monday was not yet a goal
    ]
    window.show_view("journal")
    journal = window.view("journal")
    assert journal.list.topLevelItemCount() == 1
    assert journal.list.topLevelItem(0).text(3) == "payday"
    journal.search.setText("nothing like this")
    assert journal.list.topLevelItemCount() == 0
    assert "No entries match" in journal.count.text()
    window.show_view("support")
    table: QTableWidget = window.view("support").table
    assert (table.item(0, 0).text(), table.item(0, 1).text()) == ("★ Sam", "Sponsor")
    window.show_view("progress")
    progress = window.view("progress")
    assert progress.clocks.cards[0].counter.text() == "3 months, 26 days"
    assert [(p.y()) for p in progress.series("mood").points()] == [7.0]


def test_empty_database_says_what_is_empty(qtbot, tmp_path, services):
    win = MainWindow(paths.resolve(tmp_path / "empty"), services=services, reminders=False)
    qtbot.addWidget(win)
    win.show()
    assert "No sober-since date set yet" in win.view("today").sober.text()
    assert list_texts(win.view("today").events) == ["Nothing planned for today. A quiet day is fine too."]
    for key in ("goals", "journal", "support"):
        win.show_view(key)
        empties = [label for label in win.view(key).findChildren(QLabel) if label.objectName() == "emptyState"]
        assert empties and empties[0].isVisible(), key


def test_about_names_the_version_and_privacy(window):
    from recoverybox.ui.dialogs.about import about_text

    text = about_text(window.app_paths.data_dir)
    assert __version__ in text and "stays on this computer" in text


def test_geometry_is_remembered(qtbot, tmp_path, services):
    app_paths = paths.resolve(tmp_path / "geo")
    first = MainWindow(app_paths, services=services, reminders=False)
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(QRect(10, 20, 900, 610))  # the offscreen screen is 800×800
    qtbot.waitUntil(lambda: first.height() == 610)
    first.close()
    second = MainWindow(app_paths, services=services, reminders=False)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (900, 610)


def test_views_move_to_the_new_day_after_midnight(qtbot, window, clock):
    from datetime import timedelta

    assert window.view("today").heading.text().startswith("Friday")
    clock.advance(timedelta(hours=13))  # Saturday, 01:00 in London
    window.session.day_rollover.check()
    assert window.view("today").heading.text().startswith("Saturday")
    assert window.view("today").events.item(0).text() == "Nothing planned for today. A quiet day is fine too."


def test_a_view_that_fails_shows_an_error_panel_and_the_app_carries_on(qtbot, tmp_path, seeded, monkeypatch):
    from recoverybox import paths
    from recoverybox.ui.main_window import MainWindow
    from recoverybox.ui.views.today_view import TodayView
    from recoverybox.ui.widgets.error_panel import ErrorPanel

    def broken_refresh(self):
        raise OverflowError("date value out of range")  # what a poisoned stored date used to raise

    with monkeypatch.context() as patch:
        patch.setattr(TodayView, "refresh", broken_refresh)
        win = MainWindow(paths.resolve(tmp_path / "data"), services=seeded, reminders=False)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda: isinstance(win.stack.currentWidget(), ErrorPanel))
        panel = win.stack.currentWidget()
        assert "Today could not be shown" in panel.message.text() and "Your data is safe" in panel.message.text()
        win.show_view("goals")
        assert win.view("goals").isVisible()  # the rest of the app still works
    win.show_view("today")
    qtbot.mouseClick(win.stack.currentWidget().retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(win.stack.currentWidget(), TodayView))


def test_help_now_opens_from_inside_a_dialog_and_takes_the_keyboard(qtbot, window, modal):
    """Found in a real session: Ctrl+Shift+P did nothing while a dialog was open (Qt holds application
    shortcuts back under a modal dialog). Now help opens over it, modal itself so it can be used."""
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: not window.menus.panic_action.shortcut().isEmpty())  # set after the first paint
    seen = {}

    def ask_for_help(dialog):
        qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: getattr(window, "panic", None) is not None and window.panic.isVisible())
        seen["modal"] = QApplication.activeModalWidget() is window.panic
        window.panic.close()
        dialog.reject()

    modal.then(ask_for_help)
    window.open_settings()
    assert seen == {"modal": True}
