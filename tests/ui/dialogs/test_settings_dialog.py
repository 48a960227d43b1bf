"""The settings dialog: every setting changed by a person is stored and applied live."""

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from recoverybox.core.calendar.events import EventInput
from recoverybox.ui.dialogs.settings_dialog import SettingsDialog
from recoverybox.ui.settings.reminders_page import RemindersPage

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


def ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_every_setting_is_stored_and_applied(qtbot, window, seeded, modal):
    window.show_view("week")
    week = window.view("week")

    def change_everything(dialog: SettingsDialog):
        dialog.field("remind_goals").setChecked(False)
        dialog.field("morning_reminder").setTime(QTime(7, 15))
        dialog.field("evening_reminder").setTime(QTime(20, 45))
        dialog.page(RemindersPage).quiet.setChecked(True)
        dialog.field("quiet_start").setTime(QTime(23, 0))
        dialog.field("quiet_end").setTime(QTime(6, 30))
        for i in range(dialog.field("default_offsets").count()):
            item = dialog.field("default_offsets").item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(256) in (10, 1440) else Qt.CheckState.Unchecked)
        dialog.field("week_start").setCurrentIndex(dialog.field("week_start").findData(6))
        dialog.field("day_start_hour").setValue(9)
        dialog.field("clock_format").setCurrentIndex(dialog.field("clock_format").findData("12h"))
        dialog.field("theme").setCurrentIndex(dialog.field("theme").findData("dark"))
        dialog.field("crisis_line").clear()
        qtbot.keyClicks(dialog.field("crisis_line"), "Samaritans 116 123")
        dialog.field("backup_daily").setValue(10)
        dialog.field("backup_weekly").setValue(8)
        ok(dialog)

    modal.then(change_everything)
    window.open_settings()
    stored = seeded.settings.all()
    assert (stored["remind_goals"], stored["morning_reminder"], stored["evening_reminder"]) == (False, "07:15", "20:45")
    assert (stored["quiet_start"], stored["quiet_end"], stored["default_offsets"]) == ("23:00", "06:30", [10, 1440])
    assert (stored["week_start"], stored["day_start_hour"], stored["clock_format"], stored["theme"]) == (
        6,
        9,
        "12h",
        "dark",
    )
    assert (stored["crisis_line"], stored["backup_daily"], stored["backup_weekly"]) == ("Samaritans 116 123", 10, 8)
    # Applied live:
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert week.monday == date(2026, 11, 22) and week.monday.weekday() == 6  # a Sunday
    qtbot.waitUntil(lambda: week.scroller.verticalScrollBar().value() == 9 * week.grid.hour_height)
    window.show_view("today")
    assert "4:00 PM" in window.view("today").events.item(0).text()
    assert window.view("week").grid.now_local is not None
    new_event = window.view("week")
    from recoverybox.ui.dialogs.event_dialog import default_event

    assert default_event(
        datetime(2026, 11, 30, 10), "Europe/London", seeded.settings.get("default_offsets")
    ).reminder_offsets == [10, 1440]
    assert new_event is not None
    _reset_theme(window)


def test_quiet_hours_with_the_same_start_and_end_are_refused(qtbot, window, seeded, modal):
    def same(dialog: SettingsDialog):
        dialog.page(RemindersPage).quiet.setChecked(True)
        dialog.field("quiet_start").setTime(QTime(22, 0))
        dialog.field("quiet_end").setTime(QTime(22, 0))
        ok(dialog)
        assert dialog.isVisible() and "different start and end" in dialog.errors.text("quiet_start")
        dialog.reject()

    modal.then(same)
    window.open_settings()
    assert seeded.settings.get("quiet_start") == ""


def test_turning_event_reminders_off_removes_them_from_the_schedule(qtbot, tmp_path, services, modal):
    from recoverybox import paths
    from recoverybox.ui.main_window import MainWindow

    start = datetime(2026, 11, 27, 18)
    services.calendar.create_event(
        EventInput("Group", start, start + timedelta(hours=1), "Europe/London", reminder_offsets=[60])
    )
    win = MainWindow(paths.resolve(tmp_path / "r"), services=services)
    qtbot.addWidget(win)
    assert any(key.startswith("reminder|event:") for key in win.session.reminders.scheduler.armed)

    def off(dialog: SettingsDialog):
        dialog.field("remind_events").setChecked(False)
        ok(dialog)

    modal.then(off)
    win.open_settings()
    assert not any(key.startswith("reminder|event:") for key in win.session.reminders.scheduler.armed)
    win.quit_app()


def test_today_and_week_in_light_and_dark(qtbot, window, seeded):
    ARTIFACTS.mkdir(exist_ok=True)
    window.resize(1200, 760)
    for name in ("light", "dark"):
        seeded.settings.set("theme", name)
        window.apply_settings()
        for view in ("today", "week"):
            window.show_view(view)
            QApplication.processEvents()
            image = window.grab()
            assert image.save(str(ARTIFACTS / f"theme-{name}-{view}.png"))
            background = image.toImage().pixelColor(5, image.height() // 2)
            assert (background.lightness() < 100) == (name == "dark")
    _reset_theme(window)


def _reset_theme(window):
    window.services.settings.set("theme", "light")
    window.apply_settings()


def test_the_pages_are_built_from_the_settings_table(qtbot, services):
    """Every setting the table puts on a page is edited there, once, with the table's words, choices and range;
    a page the table names has its module, and no page shows a setting the table keeps off the pages."""
    from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox

    from recoverybox.core.settings import options
    from recoverybox.ui.dialogs.settings_dialog import PAGES

    assert [page.PAGE for page in PAGES] == list(options.PAGES)
    dialog = SettingsDialog(services, "/tmp")
    qtbot.addWidget(dialog)
    shown = [key for page in dialog.pages for key in page.editors]
    assert sorted(shown) == sorted(key for key, declared in options.OPTIONS.items() if declared.page)
    assert len(shown) == len(set(shown))
    for key in shown:
        declared, editor = options.OPTIONS[key], dialog.field(key)
        assert editor.objectName() == key
        if declared.type is bool:
            assert isinstance(editor, QCheckBox) and editor.text() == declared.label
        elif declared.choices is not None:
            assert isinstance(editor, QComboBox)
            items = {editor.itemData(i): editor.itemText(i) for i in range(editor.count())}
            assert items == declared.choices
        elif declared.bounds is not None:
            assert isinstance(editor, QSpinBox) and (editor.minimum(), editor.maximum()) == declared.bounds
    # What the dialog would save, untouched, is what is stored (nothing lost or changed by opening it).
    stored = services.settings.all()
    assert dialog.chosen() == {key: stored[key] for key in shown}
