"""The event form as a person fills it: the repeat rule follows the start, says itself in words, and never
disagrees with the first date; the zone reads as a place and an offset."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from recoverybox.core.calendar.events import EventInput, validate_event
from recoverybox.ui.dialogs.event_dialog import EventDialog, default_event
from tests.ui.conftest import make_active

SUNDAY = datetime(2026, 12, 6, 19)  # a Sunday evening


def open_dialog(qtbot, data: EventInput) -> EventDialog:
    dialog = EventDialog(data, validate=validate_event, today=SUNDAY.date())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_date(qtbot, field, text: str) -> None:
    """Type a date and leave the field, as a person does (leaving is when a typed date is taken)."""
    make_active(field.window())
    field.edit.setFocus()
    qtbot.waitUntil(field.edit.hasFocus)
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not field.edit.hasFocus())


def save(dialog: EventDialog) -> EventInput:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.accepted_input is not None, dialog.errors.text("rrule") or dialog.errors.text("title")
    return dialog.accepted_input


def test_a_weekly_meeting_typed_for_thursday_on_a_sunday_repeats_on_thursday_only(qtbot):
    dialog = open_dialog(qtbot, default_event(SUNDAY, "Europe/London", [30]))
    qtbot.keyClicks(dialog.title, "Thursday home group")
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("weekly"))
    assert [code for code, box in dialog.weekdays.items() if box.isChecked()] == ["SU"]
    type_date(qtbot, dialog.start.date_field, "10 Dec 2026")
    assert [code for code, box in dialog.weekdays.items() if box.isChecked()] == ["TH"]
    assert dialog.repeat_rows.summary.text() == "Every week on Thursday, from 10 Dec"
    saved = save(dialog)
    assert saved.rrule == "FREQ=WEEKLY;BYDAY=TH"
    assert saved.start == datetime(2026, 12, 10, 19)


def test_weekdays_the_person_ticked_stay_and_the_start_moves_to_the_first_of_them(qtbot):
    thursday = datetime(2026, 12, 10, 18, 30)
    dialog = open_dialog(qtbot, default_event(thursday, "Europe/London", []))
    qtbot.keyClicks(dialog.title, "Step group")
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("weekly"))
    qtbot.mouseClick(dialog.weekdays["TH"], Qt.MouseButton.LeftButton)  # unticks Thursday
    for code in ("MO", "WE"):
        qtbot.mouseClick(dialog.weekdays[code], Qt.MouseButton.LeftButton)
    assert dialog.repeat_rows.summary.text() == "Every week on Monday and Wednesday, from 14 Dec"
    type_date(qtbot, dialog.start.date_field, "11 Dec 2026")  # their own days stay where they put them
    assert [code for code, box in dialog.weekdays.items() if box.isChecked()] == ["MO", "WE"]
    saved = save(dialog)
    assert saved.rrule == "FREQ=WEEKLY;BYDAY=MO,WE"
    assert (saved.start, saved.end) == (datetime(2026, 12, 14, 18, 30), datetime(2026, 12, 14, 19, 30))


def test_a_monthly_rule_takes_its_day_with_the_start(qtbot):
    imported = EventInput(
        "Therapy", datetime(2026, 12, 8, 10), datetime(2026, 12, 8, 11), "Europe/London", kind="therapy",
        rrule="FREQ=MONTHLY;BYMONTHDAY=8",
    )  # fmt: skip
    dialog = open_dialog(qtbot, imported)
    assert dialog.repeat_rows.summary.text() == "Every month on day 8, from 8 Dec"
    type_date(qtbot, dialog.start.date_field, "15 Dec 2026")
    assert dialog.repeat_rows.summary.text() == "Every month on day 15, from 15 Dec"
    saved = save(dialog)
    assert (saved.rrule, saved.start.day) == ("FREQ=MONTHLY;BYMONTHDAY=15", 15)


def test_a_second_rule_line_of_an_imported_event_survives_an_edit(qtbot):
    imported = EventInput(
        "Group", datetime(2026, 12, 7, 19), datetime(2026, 12, 7, 20), "Europe/London",
        rrule="FREQ=WEEKLY;BYDAY=MO\nFREQ=MONTHLY;BYMONTHDAY=1",
    )  # fmt: skip
    dialog = open_dialog(qtbot, imported)
    assert save(dialog).rrule == "FREQ=WEEKLY;BYDAY=MO\nFREQ=MONTHLY;BYMONTHDAY=1"


def test_the_zone_reads_as_a_place_and_its_offset_and_saves_as_its_name(qtbot):
    dialog = open_dialog(qtbot, default_event(SUNDAY, "Europe/London", []))
    assert dialog.tz.currentText() == "London (UTC+0)"
    dialog.tz.lineEdit().selectAll()
    qtbot.keyClicks(dialog.tz.lineEdit(), "New York (UTC-5)")
    qtbot.keyClicks(dialog.title, "Online group")
    assert save(dialog).tz == "America/New_York"


def test_utc_reads_as_utc_not_etc_utc(qtbot):
    dialog = open_dialog(qtbot, default_event(SUNDAY, "Etc/UTC", []))
    assert dialog.tz.currentText() == "UTC (UTC+0)"
    qtbot.keyClicks(dialog.title, "x")
    assert save(dialog).tz == "Etc/UTC"


def test_an_imported_series_with_an_extra_first_date_keeps_it_when_only_its_title_changes(qtbot):
    # RFC 5545: DTSTART is an occurrence even when the rule does not give it (a Thursday with BYDAY=SU).
    imported = EventInput(
        "Group", datetime(2026, 12, 10, 19), datetime(2026, 12, 10, 20), "Europe/London", rrule="FREQ=WEEKLY;BYDAY=SU"
    )
    dialog = open_dialog(qtbot, imported)
    qtbot.keyClicks(dialog.title, " (renamed)")
    saved = save(dialog)
    assert (saved.start, saved.rrule) == (datetime(2026, 12, 10, 19), "FREQ=WEEKLY;BYDAY=SU")
