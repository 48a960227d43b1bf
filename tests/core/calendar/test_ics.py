""".ics import of what Google, Thunderbird and Outlook write; refusals of bad files; the round trip."""

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from recoverybox.core.app.opening import open_memory
from recoverybox.core.app.services import Services
from recoverybox.core.base.clock import FixedClock
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.calendar.ics import IcsError
from recoverybox.core.calendar.recurrence import to_utc
from recoverybox.core.storage.models import Event, EventException, Reminder

HERE = Path(__file__).resolve().parent / "ics"
NEW_YORK = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")


def occurrences(services, first: date, last: date, zone=NEW_YORK):
    return services.calendar.occurrences_between(
        to_utc(datetime.combine(first, datetime.min.time()), zone),
        to_utc(datetime.combine(last, datetime.min.time()), zone),
    )


def count(services, model=Event):
    with services.db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_google_calendar_export(services):
    summary = services.ics.import_file(HERE / "google.ics")
    assert (summary.created, summary.updated) == (3, 0)
    found = occurrences(services, date(2026, 1, 5), date(2026, 2, 4))
    local = [(o.local_start(NEW_YORK).strftime("%m-%d %H:%M"), o.title) for o in found]
    assert local == [
        ("01-06 19:00", "NA Tuesday – Just for Today group"),
        ("01-20 19:00", "NA Tuesday – Just for Today group"),
        ("01-27 20:30", "NA Tuesday – speaker night"),
        ("02-03 19:00", "NA Tuesday – Just for Today group"),
    ]
    meeting = services.calendar.get_event(found[0].event_id)
    assert meeting.tz == "America/New_York"
    assert meeting.location == "Community Centre, 5 Elm St"
    assert "Café après — ünïcödé ✨" in meeting.notes and "Google folds" in meeting.notes
    assert [r.offset_minutes for r in meeting.reminders] == [30]
    assert meeting.series_end_utc is None  # no end: stored as a rule, never materialised
    call = services.calendar.occurrences_between(
        datetime(2026, 2, 10, 14, tzinfo=UTC), datetime(2026, 2, 10, 17, tzinfo=UTC)
    )
    assert [(o.title, o.start) for o in call] == [("Call with counsellor", datetime(2026, 2, 10, 15, tzinfo=UTC))]
    retreat = occurrences(services, date(2026, 2, 14), date(2026, 2, 15))
    assert [(o.title, o.all_day) for o in retreat] == [("Recovery retreat day", True)]


def test_google_weekly_meeting_keeps_1900_across_both_dst_changes(services):
    services.ics.import_file(HERE / "google.ics")
    for change in (date(2026, 3, 8), date(2026, 11, 1)):
        found = [
            o
            for o in occurrences(services, change - timedelta(days=7), change + timedelta(days=7))
            if o.title.startswith("NA Tuesday")
        ]
        assert [o.local_start(NEW_YORK).strftime("%H:%M") for o in found] == ["19:00", "19:00"]
        assert found[0].local_start(NEW_YORK).utcoffset() != found[1].local_start(NEW_YORK).utcoffset()


def test_thunderbird_export_with_rdate_count_and_floating_time(services):
    services.ics.import_file(HERE / "thunderbird.ics")
    found = occurrences(services, date(2026, 10, 1), date(2026, 12, 31), LONDON)
    smart = [o for o in found if o.title == "SMART Recovery meeting"]
    assert len(smart) == 11  # COUNT=10 plus one RDATE
    assert datetime(2026, 10, 24, 11, 0) in [o.local_start(LONDON).replace(tzinfo=None) for o in smart]
    assert {o.local_start(LONDON).strftime("%H:%M") for o in smart if o.original_start_local.weekday() == 3} == {
        "18:30"
    }
    event = services.calendar.get_event(smart[0].event_id)
    assert event.online_url == "https://meet.example.org/smart-thursday"
    assert [r.offset_minutes for r in event.reminders] == [1440]
    walk = [o for o in found if o.title == "Morning walk"]
    assert walk[0].tz == "Europe/London"  # floating time: read in the person's zone
    assert walk[0].local_start(LONDON).strftime("%H:%M") == "08:00"


def test_outlook_windows_zone_names_until_and_cancelled_override(services):
    services.ics.import_file(HERE / "outlook.ics")
    event = services.calendar.get_event(occurrences(services, date(2026, 3, 1), date(2026, 3, 2))[0].event_id)
    assert event.tz == "America/New_York"
    march = [
        o.local_start(NEW_YORK).strftime("%d %H:%M") for o in occurrences(services, date(2026, 3, 1), date(2026, 4, 1))
    ]
    assert march == ["01 19:00", "08 19:00", "22 19:00", "29 19:00"]  # the 15th was cancelled
    assert event.series_end_utc is not None and event.series_end_utc.year == 2026
    assert occurrences(services, date(2027, 1, 1), date(2027, 2, 1)) == []


def test_reimporting_updates_by_uid_instead_of_duplicating(services):
    services.ics.import_file(HERE / "google.ics")
    again = services.ics.import_file(HERE / "google.ics")
    assert (again.created, again.updated) == (0, 3)
    assert count(services) == 3
    assert count(services, EventException) == 2
    assert count(services, Reminder) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"hello, this is not a calendar", "not a calendar file"),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:No start\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "has no DTSTART",
        ),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Bad\r\nDTSTART:20261345T250000\r\nEND:VEVENT\r\n"
            b"END:VCALENDAR\r\n",
            "Bad",
        ),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Every second\r\nDTSTART:20261010T100000\r\n"
            b"RRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "Every second",
        ),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Elsewhere\r\nDTSTART;TZID=Nowhere/Land:20261010T1000"
            b"00\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "could not be placed",
        ),
        (b"BEGIN:VCALENDAR\r\n" + b"X-JUNK:" + b"A" * (6 * 1024 * 1024) + b"\r\nEND:VCALENDAR\r\n", "up to 5 MB"),
        (
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Far\r\nDTSTART:99991010T100000\r\nEND:VEVENT\r\n"
            b"END:VCALENDAR\r\n",
            "looks wrong",
        ),
    ],
)
def test_a_bad_event_is_skipped_and_named_and_the_rest_imported(services, content, message):
    with pytest.raises(IcsError) as err:  # alone, or a file that is no calendar: nothing to import
        services.ics.import_bytes(content)
    assert message in err.value.message
    assert "Traceback" not in err.value.message
    assert count(services) == 0
    match = re.search(rb"BEGIN:VEVENT.*END:VEVENT\r\n", content, re.S)
    if match is None:
        return
    good = (HERE / "google.ics").read_bytes().replace(b"END:VCALENDAR", b"")
    summary = services.ics.import_bytes(good + match.group(0) + b"END:VCALENDAR\r\n")
    assert (summary.created, count(services)) == (3, 3)  # one bad event does not block the good ones
    assert len(summary.skipped) == 1 and message in summary.skipped[0]
    assert "could not be read and were left out" in summary.notes_text()


def test_export_then_import_round_trips_every_field(services, clock):
    services.settings.set("timezone", "Europe/London")
    meeting = services.calendar.create_event(
        EventInput(
            "Home group",
            datetime(2026, 11, 3, 19),
            datetime(2026, 11, 3, 20),
            "Europe/London",
            kind="meeting",
            fellowship="AA",
            rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20270601",
            location="Mill Lane hall",
            online_url="https://meet.example.org/x",
            notes="Line one\nLine two, with ünïcödé",
            reminder_offsets=[0, 60, 1440],
            rdates=[datetime(2026, 11, 6, 19)],
        )
    )
    services.calendar.cancel_occurrence(meeting.id, datetime(2026, 11, 10, 19))
    services.calendar.move_occurrence(
        meeting.id, datetime(2026, 11, 17, 19), datetime(2026, 11, 18, 18), datetime(2026, 11, 18, 19)
    )
    services.occurrences.edit(
        meeting.id,
        datetime(2026, 11, 24, 19),
        EventInput(
            "Speaker night", datetime(2026, 11, 24, 19), datetime(2026, 11, 24, 20), "Europe/London", notes="Bring tea"
        ),
        "this",
    )
    services.calendar.create_event(
        EventInput(
            "Retreat", datetime(2026, 12, 5), datetime(2026, 12, 7), "America/New_York", kind="self_care", all_day=True
        )
    )
    with services.db.transaction() as session:
        session.scalars(select(Reminder).where(Reminder.offset_minutes == 0)).one().always = True
    data, exported = services.ics.export_bytes()
    assert exported == 2
    fresh = Services(open_memory(), FixedClock(clock.now()))
    fresh.settings.set("timezone", "Europe/London")
    assert fresh.ics.import_bytes(data).created == 2
    assert snapshot(fresh) == snapshot(services)
    fresh.close()


def snapshot(services):
    with services.db.reading() as session:
        events = session.scalars(select(Event).order_by(Event.uid)).all()
        return [
            (
                e.uid,
                e.title,
                e.kind,
                e.fellowship,
                e.location,
                e.online_url,
                e.tz,
                e.all_day,
                e.start_local,
                e.end_local,
                e.start_utc,
                e.end_utc,
                e.rrule,
                e.rdates,
                e.series_end_utc,
                e.notes,
                sorted((r.offset_minutes, r.always) for r in e.reminders),
                sorted(
                    (x.original_start_local, x.cancelled, x.start_local, x.end_local, x.title, x.notes)
                    for x in e.exceptions
                ),
            )
            for e in events
        ]


def test_export_range_only_takes_events_with_occurrences_in_it(services):
    services.calendar.create_event(
        EventInput("Old", datetime(2025, 1, 1, 10), datetime(2025, 1, 1, 11), "Europe/London")
    )
    services.calendar.create_event(
        EventInput("Weekly", datetime(2025, 1, 2, 10), datetime(2025, 1, 2, 11), "Europe/London", rrule="FREQ=WEEKLY")
    )
    data, exported = services.ics.export_bytes(date(2026, 12, 1), date(2026, 12, 31))
    assert exported == 1 and b"SUMMARY:Weekly" in data and b"SUMMARY:Old" not in data
