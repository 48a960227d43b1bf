"""Poisoned data: dates far outside any calendar are refused at the door, stored ones never crash a start."""

import sqlite3
from datetime import date

import pytest

from recoverybox import paths
from recoverybox.app import main
from recoverybox.core.app.opening import open_database
from recoverybox.core.app.services import Services
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.calendar.ics import IcsError

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//hostile//EN
BEGIN:VEVENT
UID:poison@example.org
DTSTART;TZID={zone}:20261101T190000
DTEND;TZID={zone}:20261101T200000
RRULE:FREQ=WEEKLY
RDATE:{rdate}
SUMMARY:Meeting
END:VEVENT
END:VCALENDAR
"""


@pytest.mark.parametrize("rdate", ["00010101T000000", "99991231T230000"])
@pytest.mark.parametrize("zone", ["Asia/Tokyo", "America/Los_Angeles"])
def test_an_ics_date_outside_1900_to_2200_is_refused_with_a_clear_message(services, zone, rdate):
    with pytest.raises(IcsError) as refused:
        services.ics.import_bytes(ICS.format(zone=zone, rdate=rdate).encode())
    assert "An extra date (RDATE) is in the year" in refused.value.message
    assert "from 1900 to 2200" in refused.value.message
    assert services.is_empty()


def test_a_poisoned_date_already_stored_never_stops_the_agenda(tmp_path, capsys):
    app_paths = paths.resolve(tmp_path / "data")
    services = Services(open_database(app_paths.db_file))
    services.settings.set("timezone", "Asia/Tokyo")
    week = date.today().isocalendar()
    for title in ("Poisoned", "Fine"):
        services.calendar.create_event(
            EventInput(title, *_this_week_evening(), "Asia/Tokyo", rrule="FREQ=DAILY", reminder_offsets=[])
        )
    services.close()
    with sqlite3.connect(app_paths.db_file) as conn:  # what an old version's import let in
        conn.execute("UPDATE events SET rdates = '0001-01-01T00:00:00' WHERE title = 'Poisoned'")
    assert main(["agenda", "--data-dir", str(app_paths.data_dir), "--week", f"{week[0]}-W{week[1]:02d}"]) == 0
    out = capsys.readouterr().out
    assert "Fine" in out


def _this_week_evening():
    from datetime import datetime, timedelta

    start = datetime.combine(date.today() - timedelta(days=date.today().weekday()), datetime.min.time()).replace(
        hour=19
    )
    return start, start + timedelta(hours=1)
