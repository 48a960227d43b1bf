"""The week planner driven as a person would: double-click, type, drag, shortcuts, context menu."""

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QMessageBox, QPushButton

from recoverybox.core.calendar.events import EventInput
from recoverybox.ui.dialogs.event_dialog import EventDialog
from tests.ui.conftest import make_active, press

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


@pytest.fixture
def week(qtbot, window):
    window.resize(1200, 760)
    window.show_view("week")
    view = window.view("week")
    qtbot.waitUntil(lambda: view.grid.blocks != [])
    make_active(window)  # its shortcuts (Alt+arrows, T, D, Ctrl+Z) need the window active, and the grid focused
    view.grid.setFocus()
    qtbot.waitUntil(view.grid.hasFocus)
    return view


def block_titles(view):
    return sorted((b.start.strftime("%a %H:%M"), b.occurrence.title) for b in view.grid.blocks)


def point_for(view, moment: datetime) -> QPoint:
    grid = view.grid
    x = 56 + ((moment.date() - view.monday).days + 0.5) * grid.column_width()
    return QPoint(int(x), int(grid.y_for(moment)) + 5)


def block_point(view, title: str) -> QPoint:
    block = next(b for b in view.grid.blocks if b.occurrence.title == title)
    return view.grid.block_rect(block).center().toPoint()


def press_button(dialog, text: str) -> None:
    button = next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == text)
    button.click()


def test_week_shows_recurring_and_one_off_events_and_today(week):
    assert block_titles(week) == [("Fri 16:00", "Counselling"), ("Tue 19:00", "Tuesday home group")]
    assert week.header.today == date(2026, 11, 27)
    assert week.title.text() == "Week 48 · 23–29 Nov 2026"


def test_shortcuts_move_weeks_and_toggle_the_month(qtbot, week):
    press(qtbot, week.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert week.monday == date(2026, 11, 30)
    assert block_titles(week) == [("Tue 19:00", "Tuesday home group")]
    press(qtbot, week.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    press(qtbot, week.grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert week.monday == date(2026, 11, 16)
    press(qtbot, week.grid, Qt.Key.Key_T)
    assert week.monday == date(2026, 11, 23)
    press(qtbot, week.grid, Qt.Key.Key_M)
    assert week.pages.currentWidget() is week.month
    assert week.month.count_on(date(2026, 11, 17)) == 1
    assert week.month.count_on(date(2026, 11, 27)) == 1
    row, column = divmod(week.month.days.index(date(2026, 12, 3)), 7)
    rect = week.month.table.visualItemRect(week.month.table.item(row, column))
    qtbot.mouseClick(week.month.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert week.pages.currentIndex() == 0 and week.monday == date(2026, 11, 30)


def test_create_an_event_by_double_click_and_typing(qtbot, week, seeded, modal):
    def fill(dialog: EventDialog):
        assert dialog.start.dateTime().time().hour() == 10
        qtbot.keyClicks(dialog.title, "Walk with Jo")
        dialog.kind.setCurrentIndex(dialog.kind.findData("self_care"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    modal.then(fill)
    qtbot.mouseDClick(week.grid, Qt.MouseButton.LeftButton, pos=point_for(week, datetime(2026, 11, 25, 10)))
    assert ("Wed 10:00", "Walk with Jo") in block_titles(week)
    found = [o for o in seeded.calendar.day(date(2026, 11, 25), seeded.zone) if o.title == "Walk with Jo"]
    assert found[0].local_end(seeded.zone).hour == 11 and found[0].kind == "self_care"


def test_dialog_shows_validation_next_to_the_field_and_stays_open(qtbot, week, modal):
    def empty_title(dialog: EventDialog):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.isVisible()
        assert dialog.errors.text("title") == "Please enter a name."
        qtbot.keyClicks(dialog.title, "Backwards")
        assert dialog.errors.text("title") == ""  # typing a title takes the message away at once
        dialog.end.setDateTime(dialog.start.dateTime().addSecs(-3600))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.errors.text("end") == "The end must be after the start."
        assert dialog.errors.text("title") == ""
        dialog.reject()

    modal.then(empty_title)
    qtbot.mouseDClick(week.grid, Qt.MouseButton.LeftButton, pos=point_for(week, datetime(2026, 11, 24, 9)))
    assert len(week.grid.blocks) == 2


def test_edit_one_occurrence_of_a_recurring_meeting(qtbot, week, seeded, modal):
    def rename(dialog: EventDialog):
        dialog.title.selectAll()
        qtbot.keyClicks(dialog.title, "Speaker night")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    modal.then(rename).then(lambda box: press_button(box, "Only this one"))
    qtbot.mouseDClick(week.grid, Qt.MouseButton.LeftButton, pos=block_point(week, "Tuesday home group"))
    assert ("Tue 19:00", "Speaker night") in block_titles(week)
    next_week = seeded.calendar.week(date(2026, 11, 30), seeded.zone)
    assert [o.title for o in next_week] == ["Tuesday home group"]


def test_drag_moves_an_event_and_ctrl_z_undoes_it(qtbot, week, seeded):
    start = block_point(week, "Counselling")
    target = start + QPoint(0, 2 * week.grid.hour_height)
    qtbot.mousePress(week.grid, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(week.grid, pos=start + QPoint(0, 10))
    qtbot.mouseMove(week.grid, pos=target)
    qtbot.mouseRelease(week.grid, Qt.MouseButton.LeftButton, pos=target)
    assert ("Fri 18:00", "Counselling") in block_titles(week)
    stored = [o for o in seeded.calendar.day(date(2026, 11, 27), seeded.zone) if o.title == "Counselling"][0]
    assert stored.local_start(seeded.zone).hour == 18
    ARTIFACTS.mkdir(exist_ok=True)
    week.window().grab().save(str(ARTIFACTS / "week-after-drag.png"))
    press(qtbot, week.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ("Fri 16:00", "Counselling") in block_titles(week)


def test_resize_by_dragging_the_bottom_edge(qtbot, week, seeded):
    block = next(b for b in week.grid.blocks if b.occurrence.title == "Counselling")
    rect = week.grid.block_rect(block)
    edge = QPointF(rect.center().x(), rect.bottom() - 2).toPoint()
    target = edge + QPoint(0, week.grid.hour_height)
    qtbot.mousePress(week.grid, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(week.grid, pos=edge + QPoint(0, 10))
    qtbot.mouseMove(week.grid, pos=target)
    qtbot.mouseRelease(week.grid, Qt.MouseButton.LeftButton, pos=target)
    stored = [o for o in seeded.calendar.day(date(2026, 11, 27), seeded.zone) if o.title == "Counselling"][0]
    assert stored.local_start(seeded.zone).hour == 16
    assert stored.end - stored.start == timedelta(minutes=110)  # 50 minutes, dragged an hour longer


def test_dragging_a_recurring_occurrence_asks_the_scope(qtbot, week, seeded, modal):
    modal.then(lambda box: press_button(box, "All of them"))
    start = block_point(week, "Tuesday home group")
    target = start + QPoint(0, -week.grid.hour_height)
    qtbot.mousePress(week.grid, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(week.grid, pos=start + QPoint(0, -10))
    qtbot.mouseMove(week.grid, pos=target)
    qtbot.mouseRelease(week.grid, Qt.MouseButton.LeftButton, pos=target)
    later = seeded.calendar.week(date(2026, 12, 14), seeded.zone)
    assert [o.local_start(seeded.zone).hour for o in later] == [18]


def test_mark_a_past_meeting_attended_from_its_context_menu(qtbot, week, seeded):
    week.move_weeks(-1)  # last week's Tuesday meeting is in the past
    point = block_point(week, "Tuesday home group")
    qtbot.mouseClick(week.grid, Qt.MouseButton.RightButton, pos=point)
    menu: QMenu = week.context_menu
    qtbot.waitUntil(menu.isVisible)
    next(a for a in menu.actions() if a.text().replace("&", "") == "Mark attended").trigger()
    marks = seeded.occurrences.attendance(date(2026, 11, 16), date(2026, 11, 22))
    assert list(marks.values()) == ["attended"]
    menu.close()


def test_delete_a_one_off_event_asks_for_confirmation(qtbot, week, seeded, modal):
    modal.then(lambda box: box.button(QMessageBox.StandardButton.No).click())
    qtbot.mouseClick(week.grid, Qt.MouseButton.LeftButton, pos=block_point(week, "Counselling"))
    press(qtbot, week.grid, Qt.Key.Key_Delete)
    assert ("Fri 16:00", "Counselling") in block_titles(week)
    modal.then(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    press(qtbot, week.grid, Qt.Key.Key_Delete)
    assert ("Fri 16:00", "Counselling") not in block_titles(week)


def test_overlapping_events_sit_side_by_side(week, seeded):
    seeded.calendar.create_event(
        EventInput("Call Sam", datetime(2026, 11, 27, 16, 30), datetime(2026, 11, 27, 17), "Europe/London")
    )
    week.refresh()
    friday = sorted((b for b in week.grid.blocks if b.day_index == 4), key=lambda b: b.start)
    assert [(b.column, b.columns) for b in friday] == [(0, 2), (1, 2)]
    first, second = (week.grid.block_rect(b) for b in friday)
    assert first.right() <= second.left()


def test_event_labels_name_their_fields_and_a_typed_time_is_kept(qtbot, week, modal):
    from PySide6.QtWidgets import QLabel

    def check(dialog: EventDialog):
        labels = [lab for lab in dialog.findChildren(QLabel) if lab.isVisible()]
        # A row label with "&" and no buddy shows the "&" itself ("&Link"): every one must have its field.
        assert [lab.text() for lab in labels if "&" in lab.text() and lab.buddy() is None] == []
        qtbot.keyClicks(dialog.title, "Evening group")
        field = dialog.start.time_field.edit
        field.clear()
        qtbot.keyClicks(field, "1930")
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        assert dialog.start.dateTime().time().hour() == 19 and dialog.start.dateTime().time().minute() == 30
        dialog.reject()

    modal.then(check)
    qtbot.mouseDClick(week.grid, Qt.MouseButton.LeftButton, pos=point_for(week, datetime(2026, 11, 24, 9)))


def test_titles_are_painted_whole_when_there_is_room_and_lead_when_there_is_not(qtbot, week, seeded):
    seeded.calendar.create_event(
        EventInput(
            "Tuesday home group social", datetime(2026, 11, 24, 20, 12), datetime(2026, 11, 24, 20, 42), "Europe/London"
        )
    )
    week.refresh()
    week.grab()  # paint
    painted = week.grid.painted_titles
    counselling = next(b for b in week.grid.blocks if b.occurrence.title == "Counselling")
    assert painted[counselling.occurrence.key] == "Counselling"  # the whole title, time on its own line
    assert week.grid.block_lines(counselling)[1].startswith("16:00")
    # A short block squeezed beside another still starts with its title, cut only at the end.
    short = next(b for b in week.grid.blocks if b.occurrence.title.endswith("social"))
    text = painted[short.occurrence.key]
    assert text.startswith("Tuesday") and not text.startswith("20:12")
    # A wide window paints even the long title whole.
    week.window().resize(1800, 900)
    qtbot.waitUntil(lambda: week.grid.column_width() > 200)
    week.grab()
    assert week.grid.painted_titles[short.occurrence.key].startswith("Tuesday home group social")


def test_hovering_a_block_widens_it_and_the_card_tells_everything(qtbot, week, seeded):
    seeded.calendar.create_event(
        EventInput(
            "Call Sam",
            datetime(2026, 11, 27, 16, 30),
            datetime(2026, 11, 27, 17),
            "Europe/London",
            reminder_offsets=[10],
            online_url="https://meet.example/sam",
        )
    )
    week.refresh()
    call = next(b for b in week.grid.blocks if b.occurrence.title == "Call Sam")
    narrow = week.grid.block_rect(call)
    qtbot.mouseMove(week.grid, narrow.center().toPoint())
    qtbot.waitUntil(lambda: week.grid.hovered is call)
    assert week.grid.block_rect(call, widened=True).width() > 1.8 * narrow.width()
    card = week.hover_card(call.occurrence)
    assert "<b>Call Sam</b>" in card and "16:30–17:00" in card and "10 min before" in card
    assert "https://meet.example/sam" in card
    counselling = next(b for b in week.grid.blocks if b.occurrence.title == "Counselling")
    assert "Riverside clinic" in week.hover_card(counselling.occurrence)


def test_day_agenda_and_month_modes_keep_the_date(qtbot, week, seeded):
    press(qtbot, week.grid, Qt.Key.Key_D)  # from this week, the day is today
    assert week.mode == "day" and week.grid.days == 1 and week.monday == date(2026, 11, 27)
    week.show_date(date(2026, 11, 27))
    assert [b.occurrence.title for b in week.grid.blocks] == ["Counselling"]
    assert week.title.text().startswith("Friday")
    press(qtbot, week.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert week.monday == date(2026, 11, 28) and week.grid.blocks == []
    week.set_mode("agenda")
    assert week.pages.currentWidget() is week.agenda
    titles = week.agenda.titles()
    assert titles[:2] == ["Tuesday home group", "Tuesday home group"]  # 1 and 8 December, 14 days from the 28th
    week.set_mode("month")
    assert week.month.month == date(2026, 11, 1)
    press(qtbot, week, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    # The date box and the mini month follow the month shown.
    assert week.month.month == date(2026, 12, 1)
    assert week.date_picker.date().month() == 12 and week.mini.monthShown() == 12
    assert week.title.text() == "December 2026"


def test_month_chips_and_more_open_the_day(qtbot, week, seeded):
    for n in range(6):
        seeded.calendar.create_event(
            EventInput(
                f"Check-in {n}",
                datetime(2026, 11, 18, 9 + n),
                datetime(2026, 11, 18, 9 + n, 30),
                "Europe/London",
                kind="self_care",
            )
        )
    week.window().resize(1100, 700)
    week.set_mode("month")
    week.grab()
    day = date(2026, 11, 18)
    assert week.month.count_on(day) == 6
    shown = week.month.chips_shown(day)
    assert 0 < shown < 6
    more = week.month.more_rect(day)
    assert more is not None
    qtbot.mouseClick(week.month.table.viewport(), Qt.MouseButton.LeftButton, pos=more.center())
    assert week.mode == "day" and week.monday == day and len(week.grid.blocks) == 6


def test_search_finds_by_title_place_or_notes_and_jumps(qtbot, week, seeded):
    seeded.calendar.create_event(
        EventInput(
            "Dentist", datetime(2027, 2, 3, 9), datetime(2027, 2, 3, 9, 30), "Europe/London", notes="bring the forms"
        )
    )
    week.search.setFocus()
    qtbot.keyClicks(week.search, "FORMS")
    qtbot.waitUntil(lambda: week.results.isVisible())
    assert week.results.count() == 1 and "Dentist" in week.results.item(0).text()
    qtbot.keyClick(week.search, Qt.Key.Key_Return)
    assert week.monday == date(2027, 2, 1) and week.grid.selected.title == "Dentist"
    assert not week.results.isVisible()
    week.search.clear()
    qtbot.keyClicks(week.search, "mill lane")
    qtbot.waitUntil(lambda: week.results.isVisible())
    assert "Tuesday home group" in week.results.item(0).text()  # found by its place: the next one
    qtbot.keyClicks(week.search, "zzz")
    qtbot.waitUntil(lambda: week.results.item(0).text() == "No events match.")


def test_typing_a_date_in_the_go_to_box_moves_there_and_nonsense_stays_with_a_message(qtbot, week):
    box = week.date_picker
    box.edit.selectAll()
    qtbot.keyClicks(box.edit, "3 Feb 2027")
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert week.monday == date(2027, 2, 1)
    box.edit.selectAll()
    qtbot.keyClicks(box.edit, "31 Feb")
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert week.monday == date(2027, 2, 1) and box.edit.text() == "31 Feb"
    assert box.message.isVisible() and "isn't a date" in box.message.text()


def test_the_agenda_lists_an_event_past_midnight_on_each_day(qtbot, week, seeded):
    seeded.calendar.create_event(
        EventInput("Night shift support line", datetime(2026, 11, 28, 22), datetime(2026, 11, 29, 6), "Europe/London")
    )
    week.set_mode("agenda")
    week.show_date(date(2026, 11, 28))
    rows = [
        (week.agenda.tree.topLevelItem(i).text(0), week.agenda.tree.topLevelItem(i).text(1))
        for i in range(week.agenda.tree.topLevelItemCount())
    ]
    night = [i for i, (_when, what) in enumerate(rows) if what.endswith("Night shift support line")]
    assert len(night) == 2
    headings = [i for i, (when, what) in enumerate(rows) if when and not what]
    assert headings[0] < night[0] < headings[1] < night[1] < headings[2]  # Saturday, then Sunday


@pytest.mark.parametrize("rule", ["FREQ=YEARLY", "FREQ=MONTHLY;BYDAY=2TU"])
def test_editing_an_event_keeps_a_repeat_the_form_has_no_field_for(qtbot, rule):
    """A yearly event (an anniversary) or a monthly "second Tuesday" opened and saved unchanged keeps its rule:
    the form used to show a yearly rule as "Does not repeat" and save it so."""
    start = datetime(2026, 12, 8, 19)
    dialog = EventDialog(
        EventInput("Anniversary", start, start + timedelta(hours=1), "Europe/London", rrule=rule), editing=True
    )
    qtbot.addWidget(dialog)
    assert dialog.repeat.currentData() != "none"
    assert dialog.rule_text() == rule


def test_an_imported_event_on_a_list_of_dates_keeps_its_dates_when_edited(qtbot, week, seeded, modal):
    seeded.ics.import_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:dates@example.org\r\n"
        b"SUMMARY:Family group\r\nDTSTART;TZID=Europe/London:20261124T090000\r\nDURATION:PT1H\r\n"
        b"RDATE;TZID=Europe/London:20261126T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    week.refresh()
    assert ("Thu 09:00", "Family group") in block_titles(week)

    def rename(dialog: EventDialog):
        dialog.title.selectAll()
        qtbot.keyClicks(dialog.title, "Family group (new hall)")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    modal.then(rename).then(lambda box: press_button(box, "All of them"))
    qtbot.mouseDClick(week.grid, Qt.MouseButton.LeftButton, pos=block_point(week, "Family group"))
    qtbot.waitUntil(lambda: ("Thu 09:00", "Family group (new hall)") in block_titles(week))
    assert ("Tue 09:00", "Family group (new hall)") in block_titles(week)

    modal.then(lambda box: press_button(box, "Only this one"))  # delete one of its dates
    week.delete_occurrence(next(b.occurrence for b in week.grid.blocks if b.start.strftime("%a") == "Thu"))
    qtbot.waitUntil(lambda: ("Thu 09:00", "Family group (new hall)") not in block_titles(week))
    assert ("Tue 09:00", "Family group (new hall)") in block_titles(week)


def test_saving_a_new_event_says_so_with_undo_and_the_next_starts_as_the_same_kind(qtbot, week, seeded, modal):
    def fill(dialog: EventDialog):
        assert dialog.kind.currentData() == "meeting"  # nothing saved yet: a meeting, what most add here
        qtbot.keyClicks(dialog.title, "Walk with Jo")
        dialog.kind.setCurrentIndex(dialog.kind.findData("self_care"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    modal.then(fill)
    qtbot.mouseDClick(week.grid, Qt.MouseButton.LeftButton, pos=point_for(week, datetime(2026, 11, 25, 10)))
    status = week.window().statusBar()
    assert status.currentMessage() == "Saved “Walk with Jo”, Wednesday 25 Nov 2026 at 10:00."
    undo = week.window().findChild(QPushButton, "undoButton")
    assert undo.isVisible()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert ("Wed 10:00", "Walk with Jo") not in block_titles(week)
    assert not undo.isVisible() and status.currentMessage() == "Undone."

    def look(dialog: EventDialog):
        assert dialog.kind.currentData() == "self_care"
        dialog.reject()

    modal.then(look)
    qtbot.mouseDClick(week.grid, Qt.MouseButton.LeftButton, pos=point_for(week, datetime(2026, 11, 26, 10)))


def test_a_week_opens_at_its_first_event_so_an_evening_meeting_is_in_sight(qtbot, week, seeded):
    seeded.calendar.create_event(
        EventInput("Late group", datetime(2027, 1, 13, 20), datetime(2027, 1, 13, 21), "Europe/London")
    )
    week.show_date(date(2027, 1, 13))
    bar = week.scroller.verticalScrollBar()
    hour = week.grid.hour_height

    def in_sight(h: int) -> bool:
        return bar.value() <= h * hour and (h + 1) * hour <= bar.value() + week.scroller.viewport().height()

    qtbot.waitUntil(lambda: in_sight(20))
    assert not in_sight(7), "the usual 07:00 start would have hidden it"
    # This week opens at the usual first hour when the hour now (noon in London) is in sight from there.
    week.show_date(date(2026, 11, 27))
    qtbot.waitUntil(lambda: bar.value() == 7 * hour)
    assert in_sight(12)
