"""Goals, sobriety clocks and the Progress charts, driven as a person would."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QPushButton

from recoverybox import paths
from recoverybox.ui.dialogs.clock_dialogs import ClockDialog, ResetDialog
from recoverybox.ui.dialogs.goal_dialog import GoalDialog
from recoverybox.ui.main_window import MainWindow

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
TODAY = date(2026, 11, 27)


def save(dialog):
    box = dialog.findChild(QDialogButtonBox)
    (box.button(QDialogButtonBox.StandardButton.Save) or box.button(QDialogButtonBox.StandardButton.Ok)).click()


@pytest.fixture
def goals(qtbot, window):
    window.show_view("goals")
    return window.view("goals")


def select_goal(view, title):
    for i in range(view.tree.topLevelItemCount()):
        group = view.tree.topLevelItem(i)
        for j in range(group.childCount()):
            if group.child(j).text(0).startswith(title):
                view.tree.setCurrentItem(group.child(j))
                return group.child(j)
    raise AssertionError(title)


def test_create_a_goal_by_typing(qtbot, goals, seeded, modal):
    def fill(dialog: GoalDialog):
        qtbot.keyClicks(dialog.title, "Walk 20 minutes")
        dialog.kind.setCurrentIndex(dialog.kind.findData("measured"))
        dialog.area.setCurrentIndex(dialog.area.findData("health"))
        dialog.target.setValue(20)
        qtbot.keyClicks(dialog.unit, "minutes")
        dialog.remind.setChecked(True)
        save(dialog)

    modal.then(fill)
    qtbot.mouseClick(goals.new_button, Qt.MouseButton.LeftButton)
    stored = [g for g in seeded.goals.list() if g.title == "Walk 20 minutes"][0]
    assert (stored.kind, stored.area, stored.target, stored.unit, stored.remind_at) == (
        "measured",
        "health",
        20.0,
        "minutes",
        "19:00",
    )
    assert select_goal(goals, "Walk 20 minutes").text(1) == "Measured · 20 minutes"


def test_goal_dialog_refuses_an_empty_name_beside_the_field(qtbot, goals, modal):
    def empty(dialog: GoalDialog):
        save(dialog)
        assert dialog.isVisible() and dialog.errors.text("title") == "Please enter a name."
        dialog.reject()

    modal.then(empty)
    goals.new_goal()


def test_check_in_today_with_space_and_backfill_a_past_day(qtbot, goals, seeded):
    item = select_goal(goals, "Journal today")
    goals.tree.setFocus()
    qtbot.keyClick(goals.tree, Qt.Key.Key_Space)
    assert select_goal(goals, "Journal today").text(2) == "Done ✓"
    assert select_goal(goals, "Journal today").text(3) == "4 days"
    # the strip's oldest button is 6 days ago; 4 days ago breaks nothing, 5 days ago is not yet done
    five_days_ago = next(b for b in goals.strip_buttons if b.property("day") == (TODAY - timedelta(days=5)).isoformat())
    assert not five_days_ago.isChecked()
    qtbot.mouseClick(five_days_ago, Qt.MouseButton.LeftButton)
    journal = [g for g in seeded.goals.list() if g.title == "Journal today"][0]
    assert TODAY - timedelta(days=5) in {c.day for c in seeded.goals.check_ins(journal.id)}
    goals.other_day.setDate(QDate(2026, 10, 1))
    qtbot.mouseClick(goals.other_day_button, Qt.MouseButton.LeftButton)
    assert date(2026, 10, 1) in {c.day for c in seeded.goals.check_ins(journal.id)}
    qtbot.keyClick(goals.tree, Qt.Key.Key_Space)  # Space again undoes today's check-in
    assert select_goal(goals, "Journal today").text(2) == "Not yet"
    assert item is not None


def test_pause_archive_and_delete_with_confirmation(qtbot, goals, seeded, modal):
    select_goal(goals, "Journal today")
    goals.pause_button.click()
    assert select_goal(goals, "Journal today").text(0) == "Journal today (paused)"
    goals.archive_button.click()
    assert all(g.title != "Journal today" for g in seeded.goals.list())
    goals.show_archived.setChecked(True)
    select_goal(goals, "Journal today")
    modal.then(lambda box: box.button(QMessageBox.StandardButton.No).click())
    goals.delete_button.click()
    assert any(g.title == "Journal today" for g in seeded.goals.list(include_archived=True))
    modal.then(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    goals.delete_button.click()
    assert all(g.title != "Journal today" for g in seeded.goals.list(include_archived=True))


def test_reset_a_clock_keeps_history_and_redraws(qtbot, window, seeded, modal):
    window.show_view("progress")
    progress = window.view("progress")
    assert progress.clocks.cards[0].counter.text() == "3 months, 26 days"

    def reset(dialog: ResetDialog):
        assert any("doesn't erase" in label.text() for label in dialog.findChildren(QLabel))
        qtbot.keyClicks(dialog.note, "Hard evening after work")
        save(dialog)

    modal.then(reset)
    progress.clocks.cards[0].reset_button.click()
    assert progress.clocks.cards[0].counter.text() == "12 hours"  # since midnight; it is noon
    clock = seeded.sobriety.clocks()[0]
    assert len(clock.periods) == 2 and clock.periods[0].note == "Hard evening after work"
    points = [(p.x(), p.y()) for p in progress.series("sober").points()]
    assert points[-1][1] == 0


def test_add_a_clock_from_progress(qtbot, window, seeded, modal):
    window.show_view("progress")
    progress = window.view("progress")

    def add(dialog: ClockDialog):
        qtbot.keyClicks(dialog.name, "Gambling")
        dialog.since.setDate(QDate(2026, 11, 20))
        dialog.cost.setValue(20)
        save(dialog)

    modal.then(add)
    progress.clocks.add_button.click()
    card = next(c for c in progress.clocks.cards if c.clock.name == "Gambling")
    assert card.counter.text() == "7 days"
    assert "Money not spent: 140.00" in card.details.text()
    assert "Milestones reached: 1 day" in card.milestones.text() and "Next: 14 days" in card.milestones.text()


def test_chart_series_values_follow_the_range_and_goal(qtbot, window, seeded):
    journal = [g for g in seeded.goals.list() if g.title == "Journal today"][0]
    window.show_view("progress")
    progress = window.view("progress")
    progress.goal.setCurrentIndex(progress.goal.findData(journal.id))
    progress.set_range("4w")
    completion = progress.series("completion")
    values = [completion.at(i) for i in range(completion.count())]
    # Counted from the first (backfilled) check-in on Tuesday: 3 of the 4 days Tue–Fri.
    assert values[-1] == pytest.approx(75.0)
    streak = progress.series("streak").points()  # the line's corners: 0 on Monday, up to 3 on Thursday, 0 Friday
    assert [p.y() for p in streak[-3:]] == [0, 3, 0]

    assert [p.y() for p in progress.series("mood").points()] == [7.0]
    assert progress.attended.has_chart() is False  # nothing marked attended yet: a friendly empty state
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / "chart-streak.png"
    assert progress.streaks.export_png(str(target)) and target.stat().st_size > 1000


def test_empty_database_shows_friendly_empty_states(qtbot, tmp_path, services):
    win = MainWindow(paths.resolve(tmp_path / "empty"), services=services, reminders=False)
    qtbot.addWidget(win)
    win.show()
    win.show_view("progress")
    progress = win.view("progress")
    assert [card.has_chart() for card in progress.cards] == [False] * 5
    assert progress.clocks.empty.isVisible()
    assert not progress.completion.export_button.isEnabled()
    assert all(isinstance(b, QPushButton) for b in [progress.clocks.add_button])
