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

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
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
    stretches = progress.series("sober")  # one bar per attempt: the one that ended, and today's new start
    assert [stretches.at(i) for i in range(stretches.count())] == [118, 0]


def test_add_a_clock_from_progress(qtbot, window, seeded, modal):
    window.show_view("progress")
    progress = window.view("progress")

    def add(dialog: ClockDialog):
        qtbot.keyClicks(dialog.name, "Gambling")
        dialog.since.setDate(QDate(2026, 11, 20))
        dialog.cost.setValue(20)
        save(dialog)

    seeded.settings.set("currency", "€")
    modal.then(add)
    progress.clocks.add_button.click()
    card = next(c for c in progress.clocks.cards if c.clock.name == "Gambling")
    assert card.counter.text() == "7 days"
    assert card.ring.big == "7" and card.ring.small == "days"
    assert abs(card.ring.fraction - 0) < 1e-9  # 7 days reached today: the ring starts toward 14
    assert card.live.text() == "7 days, 12 h 00 min"  # since midnight a week ago; it is noon
    assert "Money not spent: €140.00" in card.details.text()
    assert "Milestones reached: 1 day" in card.milestones.text()
    assert card.next_milestone.text() == "Next: 14 days on 4 Dec 2026, 7 days to go"


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


def test_sober_days_show_every_attempt_labelled_with_the_one_still_going_highlighted(qtbot, window, seeded):
    """Found: "Sober days over time" drew one giant bar (the range held only the current attempt) and its
    legend wrapped in the middle of a name. Now every attempt is a bar whatever the range, each with its days
    written on it (a short one beside a long one still reads), the one still going in its own colour."""
    clock = seeded.sobriety.clocks()[0]
    seeded.sobriety.reset(clock.id, seeded.today() - timedelta(days=3), "")  # a short new attempt after a long one
    window.show_view("progress")
    progress = window.view("progress")
    progress.set_range("4w")
    bars = progress.series("sober")
    values = [bars.at(i) for i in range(bars.count())]
    assert len(values) == 2 and values[0] > 20 * max(values[1], 1)  # very different lengths, both drawn
    series = progress.sober.chart.series()[0]
    assert series.isLabelsVisible() and series.labelsFormat() == "@value"
    assert bars.isBarSelected(1) and not bars.isBarSelected(0)  # the attempt still going stands out
    assert bars.selectedColor() != bars.color()
    legend = progress.sober.legend.text()
    assert "Days&nbsp;in&nbsp;each&nbsp;stretch" in legend and "Still&nbsp;going" in legend  # never broken inside


def test_charts_follow_a_theme_change_at_once(qtbot, window, seeded):
    """Dark to light in Settings: the charts redrawn at once take the new theme's background and text."""
    from PySide6.QtGui import QPalette

    from recoverybox.ui import theme

    seeded.settings.set("theme", "dark")
    window.apply_settings()
    window.show_view("progress")
    progress = window.view("progress")
    progress.set_range("4w")
    dark_base = theme.palette_for("dark").color(QPalette.ColorRole.Base)
    assert progress.completion.chart.backgroundBrush().color() == dark_base
    seeded.settings.set("theme", "light")
    window.apply_settings()
    progress.redraw()  # as the view does when next shown, before any event reaches its widgets
    light = theme.palette_for("light")
    assert progress.completion.chart.backgroundBrush().color() == light.color(QPalette.ColorRole.Base)
    axis = progress.completion.chart.axes()[0]
    assert axis.labelsColor() == light.color(QPalette.ColorRole.Text)


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


def test_heatmap_cells_strength_and_strip_show_each_day(qtbot, goals, seeded):
    from recoverybox.core.goals.habit import DONE, MISSED, PARTIAL
    from recoverybox.core.goals.service import GoalInput

    select_goal(goals, "Journal today")
    heatmap = goals.heatmap
    assert heatmap.isVisible()
    for n in (1, 2, 3):
        assert heatmap.cell_state(TODAY - timedelta(days=n)) == DONE
    assert heatmap.cell_state(TODAY) == MISSED
    assert heatmap.cell_state(TODAY - timedelta(days=400)) is None  # not shown: more than a year ago
    # The cell under the pointer is the day it says, and its tooltip names the state.
    rect = heatmap.cell_rect(TODAY - timedelta(days=1))
    assert heatmap.day_at(rect.center()) == TODAY - timedelta(days=1)
    strip = {b.property("day"): b for b in goals.strip_buttons}
    yesterday = strip[(TODAY - timedelta(days=1)).isoformat()]
    assert "✓" in yesterday.text() and "done" in yesterday.text() and yesterday.isChecked()
    assert "–" in strip[TODAY.isoformat()].text()
    before = goals.strength_label.text()
    qtbot.mouseClick(strip[TODAY.isoformat()], Qt.MouseButton.LeftButton)
    assert heatmap.cell_state(TODAY) == DONE
    assert "✓" in {b.property("day"): b for b in goals.strip_buttons}[TODAY.isoformat()].text()
    assert goals.strength_label.text() != before
    assert "halves" in goals.strength_label.toolTip()
    # A measured goal half met is drawn as partial.
    walk = seeded.goals.create(GoalInput("Walk", "measured", "health", 20, "minutes", remind_at="18:30"))
    seeded.goals.check_in(walk.id, TODAY - timedelta(days=1), value=10)
    goals.refresh()
    select_goal(goals, "Walk")
    assert goals.heatmap.cell_state(TODAY - timedelta(days=1)) == PARTIAL
    assert goals.reminder_label.isVisible() and "18:30" in goals.reminder_label.text()
    item = select_goal(goals, "Walk")
    assert item.text(6) == "18:30"


def test_chart_axes_tick_on_round_numbers_and_dates_and_show_as_a_table(qtbot, tmp_path, services):
    import math

    from PySide6.QtCharts import QValueAxis

    from recoverybox.core.app.demo import generate
    from recoverybox.ui.widgets.chart_card import axis_ticks

    generate(services, years=2)
    win = MainWindow(paths.resolve(tmp_path / "demo"), services=services, reminders=False)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    win.show_view("progress")
    progress = win.view("progress")
    for key in ("4w", "3m", "1y", "all"):
        progress.set_range(key)
        for card in progress.cards:
            assert card.has_chart(), (key, card.title.text())
            (y_axis,) = [a for a in card.chart.axes(Qt.Orientation.Vertical) if isinstance(a, QValueAxis)]
            values = axis_ticks(y_axis)
            step = values[1] - values[0]
            assert all(v == int(v) for v in values), (key, card.title.text(), values)  # whole numbers
            mantissa = step / 10 ** math.floor(math.log10(step))
            assert round(mantissa, 6) in (1, 2, 5), (key, card.title.text(), values)
            assert values[0] == 0 and y_axis.labelFormat() in ("%d", "%d%%")
            for x_axis in card.chart.axes(Qt.Orientation.Horizontal):
                labels = x_axis.categoriesLabels()
                assert 1 <= len(labels) <= card.max_labels(), (key, labels)  # only as many as fit
                if x_axis.max() > 1e9:  # a date axis: labels on round dates only (a Monday, a 1st, a 1 January)
                    assert len(labels) >= 2
                    for label in labels:
                        day = date.fromtimestamp(x_axis.endValue(label) / 1000)
                        assert day.weekday() == 0 or day.day == 1, (key, label, day)
    # Weekly counts are bars of whole meetings, not a line suggesting fractions.
    progress.set_range("3m")
    meetings = progress.series("attended:Meetings")
    assert meetings is not None and all(meetings.at(i) == int(meetings.at(i)) for i in range(meetings.count()))
    # Every chart can be read as a table instead.
    card = progress.attended
    qtbot.mouseClick(card.table_button, Qt.MouseButton.LeftButton)
    assert card.stack.currentWidget() is card.table and card.table.rowCount() == meetings.count()
    assert card.table.horizontalHeaderItem(1).text() == "Meetings"
    qtbot.mouseClick(card.table_button, Qt.MouseButton.LeftButton)
    assert card.stack.currentWidget() is card.view
    assert "Meetings" in card.legend.text() and card.legend.isVisible()
    win.grab().save(str(ARTIFACTS / "progress-demo.png"))


def test_typed_dates_keep_what_was_typed_or_say_why(qtbot, window, seeded, modal):
    window.show_view("progress")
    progress = window.view("progress")
    seen = {}

    def fill(dialog: ClockDialog):
        qtbot.keyClicks(dialog.name, "Smoking")
        field = dialog.since
        for typed, key in (("hello", "unreadable"), ("15 Dec 2026", "future")):
            field.edit.clear()
            qtbot.keyClicks(field.edit, typed)
            save(dialog)
            assert dialog.isVisible(), "a date it can't use must not be saved"
            assert field.edit.text() == typed, "what was typed stays"
            seen[key] = field.message.text() if field.message.isVisible() else ""
        field.edit.clear()
        qtbot.keyClicks(field.edit, "15 Mar 2026")
        qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
        assert not field.message.isVisible() and field.date() == QDate(2026, 3, 15)
        dialog.use_time.setChecked(True)
        dialog.since_time.edit.clear()
        qtbot.keyClicks(dialog.since_time.edit, "1930")
        save(dialog)

    modal.then(fill)
    progress.clocks.add_button.click()
    assert "isn't a date" in seen["unreadable"]
    assert "still to come" in seen["future"]
    clock = next(c for c in seeded.sobriety.clocks() if c.name == "Smoking")
    assert clock.periods[0].started_on == date(2026, 3, 15)  # not the 28th, not today
    assert clock.periods[0].started_time == "19:30"  # not 19:00


def test_goal_reminder_time_accepts_pm_and_refuses_nonsense(qtbot, goals, seeded, modal):
    def fill(dialog: GoalDialog):
        qtbot.keyClicks(dialog.title, "Evening walk")
        dialog.remind.setChecked(True)
        dialog.remind_at.edit.clear()
        qtbot.keyClicks(dialog.remind_at.edit, "25:99")
        save(dialog)
        assert dialog.isVisible() and "isn't a time" in dialog.remind_at.message.text()
        dialog.remind_at.edit.clear()
        qtbot.keyClicks(dialog.remind_at.edit, "7:30 pm")
        assert not dialog.remind_at.message.isVisible()  # fixed: the message goes at once
        save(dialog)

    modal.then(fill)
    goals.new_button.click()
    assert next(g for g in seeded.goals.list() if g.title == "Evening walk").remind_at == "19:30"


def test_a_new_goal_has_no_missed_days_before_it_began_and_checks_in_today(qtbot, goals, seeded, modal):
    def fill(dialog: GoalDialog):
        qtbot.keyClicks(dialog.title, "Drink water")
        save(dialog)

    modal.then(fill)
    qtbot.mouseClick(goals.new_button, Qt.MouseButton.LeftButton)
    row = select_goal(goals, "Drink water")
    words = [b.text().split("\n")[1] for b in goals.strip_buttons]
    assert words == ["· not yet a goal"] * 6 + ["– not yet"]
    assert goals.strip_buttons[0].accessibleName().endswith("not yet a goal")
    # Made on a Friday: the week asks one day of it, not five.
    assert row.text(5) == "0 / 1"
    assert goals.other_day.date() == QDate(TODAY.year, TODAY.month, TODAY.day), "check in that day: today"
    qtbot.mouseClick(goals.other_day_button, Qt.MouseButton.LeftButton)
    assert select_goal(goals, "Drink water").text(2) == "Done ✓"
    assert select_goal(goals, "Drink water").text(5) == "1 / 1"
    drink = next(g for g in seeded.goals.list() if g.title == "Drink water")
    summary = seeded.goals.summaries([drink])[drink.id]
    assert summary == seeded.goals.summary_from_rows(drink)


def test_a_weekly_count_met_this_week_is_done_not_not_yet(qtbot, goals, seeded):
    from recoverybox.core.goals.service import GoalInput

    goal = seeded.goals.create(GoalInput("Three meetings a week", kind="weekly_count", target=3))
    monday = TODAY - timedelta(days=TODAY.weekday())
    for back in range(4):
        seeded.goals.check_in(goal.id, monday + timedelta(days=back), 1)
    goals.refresh()
    row = select_goal(goals, "Three meetings a week")
    assert (row.text(2), row.text(5)) == ("Done this week ✓", "4 / 3")
