"""File menu: import a calendar, export one, and the printable weekly plan as PDF."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QMessageBox

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
ICS = Path(__file__).resolve().parent.parent / "core" / "ics"


def test_week_pdf_has_the_events_goals_and_people_to_call(qtbot, window, seeded, tmp_path):
    seeded.settings.set("crisis_line", "Samaritans 116 123")
    target = tmp_path / "plan.pdf"
    window.data.export_week_pdf(str(target), date(2026, 11, 23))
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
    window.data.import_ics(str(ICS / "thunderbird.ics"))
    assert "Imported 2 new" in window.statusBar().currentMessage()
    assert window.import_ics_action.isEnabled()


def test_a_bad_calendar_file_shows_why_and_imports_nothing(qtbot, window, seeded, tmp_path, modal):
    bad = tmp_path / "bad.ics"
    bad.write_text("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nSUMMARY:Broken\nEND:VEVENT\nEND:VCALENDAR\n")
    before = len(seeded.calendar.occurrences_between(*_all_time()))
    seen = []

    def read(box: QMessageBox):
        seen.append(box.text())
        box.accept()

    modal.then(read)
    window.data.import_ics(str(bad))
    assert seen == ["The event “Broken” has no DTSTART (start date)."]
    assert len(seeded.calendar.occurrences_between(*_all_time())) == before


def test_export_from_the_file_menu_writes_a_calendar(window, tmp_path):
    target = tmp_path / "out.ics"
    count = window.services.ics.export_file(target)
    assert count == 2 and target.read_text().startswith("BEGIN:VCALENDAR")


def _all_time():
    from datetime import UTC, datetime

    return datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
