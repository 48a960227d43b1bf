"""The window when a server says most of the calendar was deleted: it asks before following, keeps what it set
aside, and Settings › Sync › Deleted by sync brings events back (issue 29, item 1)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from recoverybox.core.calendar.events import EventInput
from recoverybox.ui.dialogs.deleted_by_sync_dialog import DeletedBySyncDialog
from tests.sync_server import PASSWORD, USER
from tests.ui.test_sync_ui import quick_sync  # noqa: F401 (the fixture)


def visible_titles(seeded) -> set[str]:
    ever = (datetime(2000, 1, 1).astimezone(), datetime(2100, 1, 1).astimezone())
    return {occ.title for occ in seeded.calendar.occurrences_between(*ever)}


def test_the_window_asks_before_following_a_mass_delete_and_brings_events_back(qtbot, window, seeded, radicale, modal):
    from recoverybox.core.sync.caldav_client import CalDavConnection

    name = radicale.new_calendar_name()  # a calendar of this test's own on the shared server
    with CalDavConnection(radicale.url, USER, PASSWORD) as connection:
        url = connection.create_calendar(name)
    seeded.sync.set_up(radicale.url, USER, url, name)
    window.session.sync_runner.set_up_done(PASSWORD)
    qtbot.waitUntil(lambda: window.session.sync_runner.operation is None, timeout=30_000)
    for n in range(14):
        start = datetime(2026, 12, 1, 8) + timedelta(days=n)
        seeded.calendar.create_event(EventInput(f"Group {n}", start, start + timedelta(hours=1), "Europe/London"))
    with qtbot.waitSignal(window.session.sync_runner.synced, timeout=30_000):
        window.session.sync_runner.sync_now()
    before = visible_titles(seeded)
    assert len(before) == 16
    with radicale.phone() as phone:
        calendar = radicale.calendar(phone, name)
        for item in calendar.get_objects_by_sync_token(load_objects=False):
            item.delete()

    questions = []

    def answer(button):
        def press(box):
            questions.append(box.text())
            assert box.textFormat() == Qt.TextFormat.PlainText
            box.button(button).click()

        return press

    modal.then(answer(QMessageBox.StandardButton.No))
    window.session.sync_runner.sync_now()
    qtbot.waitUntil(lambda: len(questions) == 1, timeout=30_000)
    assert "16 of your 16 calendar events were deleted there" in questions[0]
    assert visible_titles(seeded) == before  # No: nothing changed here
    assert "were deleted there" in window.session.sync_runner.label.text()

    modal.then(answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(window.session.sync_runner.synced, timeout=30_000):
        window.session.sync_runner.sync_now()
    qtbot.waitUntil(lambda: len(questions) == 2, timeout=30_000)
    assert visible_titles(seeded) == set()
    assert "Deleted by sync" in window.session.sync_runner.label.text()

    dialog = DeletedBySyncDialog(seeded.sync, seeded.zone, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 16
    for index in range(3):
        dialog.list.item(index).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.brought_back == 3 and dialog.list.count() == 13
    assert len(visible_titles(seeded)) == 3
    dialog.close()
