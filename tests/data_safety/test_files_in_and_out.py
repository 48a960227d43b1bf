"""Files in and out: devices, pipes and huge files are refused before reading; exports are whole or absent."""

import os
from datetime import date, datetime

import pytest

from recoverybox.core.base.validation import ValidationError
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.calendar.ics import MAX_FILE_BYTES, IcsError
from recoverybox.core.export.everything import write_json


def event_ics(extra: str = "", dtstart: str = "DTSTART;TZID=Europe/London:20261103T190000") -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:home@example.org\r\n"
        f"{dtstart}\r\nDURATION:PT1H\r\nRRULE:FREQ=WEEKLY\r\nSUMMARY:Home group\r\n{extra}END:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    ).encode()


# 10. Size and type are checked before a byte is read ----------------------------------------------------
def test_a_device_a_pipe_and_a_huge_file_are_refused_before_reading(services, tmp_path):
    fifo = tmp_path / "calendar.ics"
    os.mkfifo(fifo)  # opening it to read would wait forever for a writer
    huge = tmp_path / "huge.ics"
    with open(huge, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES * 2)  # sparse: 10 MB that were never written
    for path, words in (("/dev/zero", "device or pipe"), (fifo, "device or pipe"), (huge, "up to 5 MB")):
        with pytest.raises(IcsError) as refused:
            services.ics.import_file(path)
        assert words in refused.value.message
    assert services.is_empty()


# 12. Character sets, stray overrides and unknown zones are reported --------------------------------------
def test_a_file_not_in_utf8_is_read_with_its_declared_charset_or_refused(services):
    latin1 = event_ics().replace(b"SUMMARY:Home group", "SUMMARY;CHARSET=ISO-8859-1:Caf\u00e9 group".encode("latin-1"))
    services.ics.import_bytes(latin1)
    [occ] = services.calendar.week(date(2026, 11, 2), services.zone)
    assert occ.title == "Caf\u00e9 group" and "\ufffd" not in occ.title
    undeclared = event_ics().replace(b"SUMMARY:Home group", "SUMMARY:Caf\u00e9".encode("latin-1"))
    with pytest.raises(IcsError) as refused:
        services.ics.import_bytes(undeclared)
    assert "not in UTF-8" in refused.value.message


def test_a_changed_occurrence_that_matches_no_date_is_kept_and_reported(services):
    raw = event_ics().replace(
        b"END:VCALENDAR",
        b"BEGIN:VEVENT\r\nUID:home@example.org\r\nRECURRENCE-ID;TZID=Europe/London:20261104T190000\r\n"
        b"DTSTART;TZID=Europe/London:20261104T200000\r\nDURATION:PT1H\r\nSUMMARY:Moved\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR",
    )
    summary = services.ics.import_bytes(raw)
    assert "a date the series does not have: it was kept as an extra occurrence" in summary.notes_text()
    titles = [occ.title for occ in services.calendar.week(date(2026, 11, 2), services.zone)]
    assert titles == ["Home group", "Moved"]  # as other calendar programs show it, and said so


def test_an_event_in_an_unknown_time_zone_is_skipped_and_named_not_taken_as_ours(services):
    good = b"BEGIN:VEVENT\r\nUID:good@example.org\r\nDTSTART:20261104T190000Z\r\nSUMMARY:Good\r\nEND:VEVENT\r\n"
    raw = event_ics(dtstart="DTSTART;TZID=Mars/Olympus_Mons:20261103T190000").replace(
        b"END:VCALENDAR", good + b"END:VCALENDAR"
    )
    summary = services.ics.import_bytes(raw)
    assert summary.created == 1  # the good event in the same file is imported
    assert len(summary.skipped) == 1 and "Mars/Olympus_Mons" in summary.skipped[0]
    assert "could not be read and were left out" in summary.notes_text()


# 11. Exports onto a full disk ---------------------------------------------------------------------------
def fill(folder):
    """Fill a small disk to the last byte."""
    fd = os.open(folder / "filler", os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        for size in (65536, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)


def add_week(services):
    start = datetime(2026, 11, 3, 19)
    services.calendar.create_event(
        EventInput("Home group", start, start.replace(hour=20), "Europe/London", rrule="FREQ=WEEKLY")
    )


def test_calendar_and_data_exports_onto_a_full_disk_say_so_and_leave_nothing(services, small_disk):
    add_week(services)
    disk = small_disk(256)
    fill(disk)
    for export in (lambda: services.ics.export_file(disk / "mine.ics"), lambda: write_json(services.db, disk)):
        with pytest.raises(ValidationError) as refused:
            export()
        assert "was not saved: the disk is full" in refused.value.message
    assert sorted(p.name for p in disk.iterdir()) == ["filler"]
