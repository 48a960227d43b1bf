"""The journal when the ground moves: a data file replaced under the app, and a disk that fills up."""

import shutil

from PySide6.QtCore import Qt

from recoverybox import paths
from recoverybox.core.app.opening import open_database
from recoverybox.core.app.services import Services
from recoverybox.ui.main_window import MainWindow
from tests.data_safety.test_files_in_and_out import fill


def open_journal(qtbot, folder, clock):
    app_paths = paths.resolve(folder)
    services = Services(open_database(app_paths.db_file), clock)
    services.settings.set_many({"first_run_done": True, "timezone": "Europe/London"})
    window = MainWindow(app_paths, services=services, reminders=False)
    qtbot.addWidget(window)
    window.show()
    window.show_view("journal")
    journal = window.view("journal")
    journal.new_entry()
    return app_paths, services, window, journal


def test_a_replaced_data_file_stops_writing_says_so_and_keeps_the_words(qtbot, tmp_path, clock, modal):
    app_paths, services, window, journal = open_journal(qtbot, tmp_path / "data", clock)
    qtbot.keyClicks(journal.editor.text, "First words")
    assert journal.editor.save_now()
    other = tmp_path / "someone-else.sqlite3"
    shutil.copyfile(app_paths.db_file, other)
    other.replace(app_paths.db_file)  # the file under the app is now another one
    warned = []
    modal.then(lambda box: (warned.append(box.text()), box.accept()))
    qtbot.keyClicks(journal.editor.text, " and more")
    assert journal.editor.save_now() is False
    assert warned and "moved, replaced or deleted" in warned[0]
    assert journal.editor.text.toPlainText() == "First words and more"
    assert journal.editor.status.text().startswith("Not saved.")
    assert [e.text for e in Services(open_database(app_paths.db_file), clock).journal.list()] == ["First words"]
    modal.then(lambda box: next(b for b in box.buttons() if b.text() == "&Close anyway").click())
    window.quit_app()
    services.close()


def test_a_full_disk_keeps_the_words_retries_and_quits_cleanly(qtbot, tmp_path, clock, small_disk, modal):
    disk = small_disk(2048)
    app_paths, services, window, journal = open_journal(qtbot, disk / "data", clock)
    qtbot.keyClicks(journal.editor.text, "Before the disk filled")
    assert journal.editor.save_now()
    fill(disk)
    journal.editor.text.appendPlainText("x" * 90_000)  # more than the last free page can hold
    assert journal.editor.save_now() is False
    status = journal.editor.status.text()
    assert status.startswith("Not saved yet. The disk is full") and "Your words stay here" in status
    assert journal.editor._retry.isActive()  # it will try again by itself

    # Quit while the words are unsaved: asked first, and staying keeps the app and the words.
    modal.then(lambda box: next(b for b in box.buttons() if b.text() == "&Stay and copy them").click())
    window.quit_app()
    assert window.isVisible() and "Before the disk filled" in journal.editor.text.toPlainText()

    (disk / "filler").unlink()  # space again: the retry saves
    journal.editor._retry.timeout.emit()
    qtbot.waitUntil(lambda: journal.editor.status.text() == "Saved")
    assert any(len(e.text) > 90_000 for e in services.journal.list())
    window.quit_app()
    assert not window.isVisible()
    services.close()


def test_on_a_small_screen_each_entry_is_a_row_to_scan_without_sideways_scrolling(qtbot, window):
    """Found at 1024×600: the text column was cut to one letter and needed a sideways scroll. Now each entry is
    one row as wide as the list: the day, mood and craving as labelled badges, the triggers, and the first words
    wrapped over two lines; a search shows the words found, marked, in that same place."""
    from recoverybox.core.journal.entries import JournalInput

    services = window.services
    text = "Walked past the old corner shop after work and kept walking, then called my sister. " * 3
    services.journal.create(JournalInput(services.today(), mood=7, craving=3, triggers=["payday", "tired"], text=text))
    window.show_view("journal")
    journal = window.view("journal")
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: journal.list.topLevelItemCount() >= 1)
    qtbot.waitUntil(lambda: journal.list.columnWidth(0) <= journal.list.viewport().width())
    bar = journal.list.horizontalScrollBar()
    assert bar.maximum() == 0 and not bar.isVisible()  # nothing to scroll sideways to
    assert all(journal.list.isColumnHidden(column) for column in (1, 2, 3, 4))
    index = journal.list.model().index(0, 0)
    row = journal.snippets.describe(index)
    assert row.badges == ["Mood 7", "Craving 3"]
    assert row.lines == ["Triggers: payday, tired", text.strip().splitlines()[0]]
    line = journal.list.fontMetrics().lineSpacing()
    assert journal.list.sizeHintForRow(0) >= 3 * line  # the day's line and two lines of words
    spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "mood 7" in spoken and "craving 3" in spoken and "payday" in spoken and "corner shop" in spoken
    qtbot.keyClicks(journal.search, "corner")
    qtbot.waitUntil(lambda: journal.snippets.describe(journal.list.model().index(0, 0)).rich is not None)
    found = journal.snippets.describe(journal.list.model().index(0, 0))
    assert "<b " in found.rich and "corner" in found.rich and "Walked past" not in found.lines
    assert journal.list.model().index(0, 0).data(Qt.ItemDataRole.AccessibleDescriptionRole) == "Found: corner"
    journal.list.viewport().repaint()  # painted by the row delegate without error


def test_mood_starts_not_set_a_click_on_the_track_sets_that_value_and_clear_unsets_it(qtbot, window):
    """Found: "not set" sat behind a separate check box and a click on the track only stepped by one. Now the
    slider itself has no handle until a value is chosen, a click sets the value under the pointer, and Clear
    takes it back to not set."""
    from PySide6.QtCore import QPoint

    from tests.e2e.contrast import slider_parts

    window.show_view("journal")
    journal = window.view("journal")
    journal.new_entry()
    mood = journal.editor.mood
    assert mood.value() is None and mood.value_label.text() == "Not set" and not mood.clear_button.isVisible()
    assert mood.slider.accessibleDescription() == "Not set"
    slider = mood.slider
    groove, handle = slider_parts(slider)
    span = groove.width() - handle.width()
    x = (
        groove.left()
        + handle.width() // 2
        + round(span * (8 - slider.minimum()) / (slider.maximum() - slider.minimum()))
    )
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(x, groove.center().y()))
    assert mood.value() == 8 and mood.value_label.text() == "8 / 10"  # one click, straight to the value under it
    qtbot.waitUntil(mood.clear_button.isVisible)
    qtbot.mouseClick(mood.clear_button, Qt.MouseButton.LeftButton)
    assert mood.value() is None and mood.value_label.text() == "Not set"
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Home)  # the keyboard sets it too
    assert mood.value() == slider.minimum()
