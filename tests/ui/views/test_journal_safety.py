"""The journal when the ground moves: a data file replaced under the app, and a disk that fills up."""

import shutil

from recoverybox import paths
from recoverybox.core.db import open_database
from recoverybox.core.services import Services
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


def test_on_a_small_screen_the_entry_column_stays_in_sight(qtbot, window):
    """Found at 1024×600: date, mood, craving and triggers filled the list and the entry itself (with the
    words a search found) sat out of sight to the right. Now those three step aside for it."""
    window.show_view("journal")
    journal = window.view("journal")
    header = journal.list.header()

    def entry_in_sight() -> bool:
        return header.sectionViewportPosition(4) + 150 <= journal.list.viewport().width()

    window.resize(1024, 600)
    qtbot.waitUntil(lambda: journal.list.isColumnHidden(1) and entry_in_sight())
    assert journal.list.isColumnHidden(3) and not journal.list.isColumnHidden(0)
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: not journal.list.isColumnHidden(1))
    assert entry_in_sight()
