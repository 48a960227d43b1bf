"""File menu: import a calendar, export one, and the printable weekly plan as PDF."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QMessageBox

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
ICS = Path(__file__).resolve().parent.parent / "core" / "calendar" / "ics"


def test_week_pdf_has_the_events_goals_and_people_to_call(qtbot, window, seeded, tmp_path):
    seeded.settings.set("crisis_line", "Samaritans 116 123")
    target = tmp_path / "plan.pdf"
    with qtbot.waitSignal(window.data.export_week_pdf(str(target), date(2026, 11, 23)).succeeded):
        pass
    assert target.read_bytes().startswith(b"%PDF")
    document = QPdfDocument()
    assert document.load(str(target)) == QPdfDocument.Error.None_
    assert document.pageCount() == 1
    size = document.pagePointSize(0)
    assert size.width() > size.height()  # landscape
    text = document.getAllText(0).text()
    for expected in (
        "Tuesday home group",
        "Counselling",
        "Journal today",
        "Sam",
        "+44 7700 900123",
        "Crisis line: Samaritans 116 123",
        "My goals",
    ):
        assert expected in text, expected
    ARTIFACTS.mkdir(exist_ok=True)
    document.render(0, QSize(1400, 990)).save(str(ARTIFACTS / "weekly-plan-pdf.png"))
    document.close()


def test_import_from_the_file_menu_updates_the_views(qtbot, window, seeded):
    window.show_view("week")
    with qtbot.waitSignal(window.data.import_ics(str(ICS / "thunderbird.ics")).done):
        pass
    assert "Imported 2 new" in window.statusBar().currentMessage()

    assert window.menus.import_ics_action.isEnabled()


def test_a_bad_calendar_file_shows_why_and_imports_nothing(qtbot, window, seeded, tmp_path, modal):
    bad = tmp_path / "bad.ics"
    bad.write_text("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nSUMMARY:Broken\nEND:VEVENT\nEND:VCALENDAR\n")
    before = len(seeded.calendar.occurrences_between(*_all_time()))
    seen = []

    def read(box: QMessageBox):
        seen.append(box.text())
        box.accept()

    modal.then(read)
    with qtbot.waitSignal(window.data.import_ics(str(bad)).failed):
        pass
    qtbot.waitUntil(lambda: seen != [])
    assert seen == ["The event “Broken” has no DTSTART (start date)."]  # its only event: nothing imported
    assert len(seeded.calendar.occurrences_between(*_all_time())) == before


def test_what_an_import_adjusted_or_skipped_is_shown_in_words(qtbot, window, seeded, tmp_path, modal):
    mixed = tmp_path / "mixed.ics"
    no_uid = (ICS / "no_uid.ics").read_bytes().replace(b"END:VCALENDAR\r\n", b"")
    bad = (ICS / "one_bad_event.ics").read_bytes()
    mixed.write_bytes(no_uid + bad[bad.index(b"BEGIN:VEVENT") :])
    seen = []

    def read(box: QMessageBox):
        seen.append((box.windowTitle(), box.text()))
        box.accept()

    modal.then(read)
    with qtbot.waitSignal(window.data.import_ics(str(mixed)).done):
        pass
    qtbot.waitUntil(lambda: seen != [])
    [(title, text)] = seen
    assert title == "Imported, but some events were left out"
    assert text.startswith("Imported 5 new events.\n\n")
    assert "3 events had no UID" in text and "“Live show: holidays”" in text
    assert "Could not be read, so left out: 1 event." in text
    assert "“Meeting on Mars time”: its time zone “Mars/Olympus_Mons” is not defined in the file" in text


def test_many_left_out_events_are_all_named_under_show_details(qtbot, window, seeded, tmp_path, modal):
    bad = "".join(
        f"BEGIN:VEVENT\r\nUID:bad-{n}\r\nSUMMARY:Unplaceable {n}\r\nDTSTART;TZID=Nowhere/Land:20261010T100000\r\n"
        "END:VEVENT\r\n"
        for n in range(1, 8)
    )
    good = "BEGIN:VEVENT\r\nUID:good\r\nSUMMARY:Good\r\nDTSTART:20261011T100000Z\r\nEND:VEVENT\r\n"
    path = tmp_path / "many.ics"
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + good + bad + "END:VCALENDAR\r\n")
    seen = []

    def read(box: QMessageBox):
        seen.append((box.text(), box.detailedText()))
        box.accept()

    modal.then(read)
    with qtbot.waitSignal(window.data.import_ics(str(path)).done):
        pass
    qtbot.waitUntil(lambda: seen != [])
    [(text, details)] = seen
    assert (
        "Could not be read, so left out: 7 events." in text
        and "“Unplaceable 5”" in text
        and "“Unplaceable 6”" not in text
    )
    assert "and 2 more." in text
    assert all(f"“Unplaceable {n}”" in details for n in range(1, 8))


def test_export_from_the_file_menu_writes_a_calendar(window, tmp_path):
    target = tmp_path / "out.ics"
    count = window.services.ics.export_file(target)
    assert count == 2 and target.read_text().startswith("BEGIN:VCALENDAR")


def _all_time():
    from datetime import UTC, datetime

    return datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)


def test_back_up_now_and_restore_from_the_file_menu(qtbot, tmp_path, clock, modal):
    from PySide6.QtWidgets import QMessageBox

    from recoverybox.core.support.contacts import ContactInput

    app_paths, services, window = window_on_files(qtbot, tmp_path, clock)
    window.data.backup_now()
    [backup] = list(app_paths.backup_dir.iterdir())
    assert "Backed up to" in window.statusBar().currentMessage()
    services.contacts.create(ContactInput("Added after the backup", "friend"))
    modal.then(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    with qtbot.waitSignal(window.data.restore_from(str(backup)).succeeded):
        pass
    assert [c.name for c in window.services.contacts.list()] == ["Sam"]
    kept = [
        p for p in app_paths.data_dir.iterdir() if ".before-restore-" in p.name and not p.name.endswith(("wal", "shm"))
    ]
    assert len(kept) == 1
    window.show_view("support")
    assert window.view("support").table.rowCount() == 1
    window.services.close()


def test_a_new_day_brings_its_backup_while_the_app_stays_open(qtbot, tmp_path, clock):
    from datetime import timedelta

    from recoverybox import paths
    from recoverybox.core.app.opening import open_database
    from recoverybox.core.app.services import Services
    from recoverybox.ui.main_window import MainWindow

    app_paths = paths.resolve(tmp_path / "daily")
    services = Services(open_database(app_paths.db_file), clock)
    services.settings.set("first_run_done", True)
    window = MainWindow(app_paths, services=services)
    qtbot.addWidget(window)
    window.show()

    def days():
        return sorted(p.name for p in app_paths.backup_dir.glob("recoverybox-*.sqlite3"))

    qtbot.waitUntil(lambda: days() == ["recoverybox-2026-11-27.sqlite3"])
    clock.advance(timedelta(days=1))
    window.session.day_rollover.check()
    qtbot.waitUntil(lambda: days() == ["recoverybox-2026-11-27.sqlite3", "recoverybox-2026-11-28.sqlite3"])
    window.quit_app()
    services.close()


def test_a_week_pdf_onto_a_full_disk_is_not_reported_saved(qtbot, window, seeded, small_disk, modal):
    from tests.data_safety.test_files_in_and_out import fill

    disk = small_disk(256)
    fill(disk)
    warned = []
    modal.then(lambda box: (warned.append(box.text()), box.accept()))
    with qtbot.waitSignal(window.data.export_week_pdf(str(disk / "week.pdf"), date(2026, 11, 23)).failed):
        pass
    qtbot.waitUntil(lambda: warned != [])
    assert warned and "week.pdf was not saved" in warned[0]
    assert "Saved" not in window.statusBar().currentMessage()
    assert sorted(p.name for p in disk.iterdir()) == ["filler"]


def test_a_restore_that_fails_reopens_the_unchanged_data(qtbot, tmp_path, clock, modal, monkeypatch):
    import errno

    from recoverybox.core.support.contacts import ContactInput

    app_paths, services, window = window_on_files(qtbot, tmp_path, clock)
    backup = window.session.backup_service().backup_now(services.today(), label="b")
    services.contacts.create(ContactInput("Only now", "friend"))

    def disk_full(_path):
        raise OSError(errno.ENOSPC, "No space left on device")

    from recoverybox.core.storage import cipher

    monkeypatch.setattr(cipher, "fsync_path", disk_full)  # where the copy is written and synced
    said = []
    modal.then(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    modal.then(lambda box: (said.append(box.text()), box.accept()))
    with qtbot.waitSignal(window.data.restore_from(str(backup)).failed):
        pass
    qtbot.waitUntil(lambda: said != [] and window.services is not None)
    assert said and "the disk is full" in said[0]
    assert window.services is not None
    assert sorted(c.name for c in window.services.contacts.list()) == ["Only now", "Sam"]
    window.services.close()


def window_on_files(qtbot, tmp_path, clock):
    """A main window on a real data folder (not in memory), with one contact: what File › Restore needs."""
    from recoverybox import paths
    from recoverybox.core.app.opening import open_database
    from recoverybox.core.app.services import Services
    from recoverybox.core.support.contacts import ContactInput
    from recoverybox.ui.main_window import MainWindow

    app_paths = paths.resolve(tmp_path / "data")
    services = Services(open_database(app_paths.db_file), clock)
    services.settings.set("first_run_done", True)
    services.contacts.create(ContactInput("Sam", "sponsor"))
    window = MainWindow(app_paths, services=services, reminders=False)
    qtbot.addWidget(window)
    window.show()
    return app_paths, services, window
