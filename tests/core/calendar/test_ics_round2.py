"""Calendar files, round 2: what outsiders' real calendars showed the import got wrong (issue 32, items 1–9).
Each test holds one finding; each failed on the code before the fix."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from recoverybox.core.app.opening import open_memory
from recoverybox.core.app.services import Services
from recoverybox.core.base.clock import FixedClock
from recoverybox.core.calendar.ics_findings import INTERPRETATION
from recoverybox.core.calendar.ics_read import read_calendar
from recoverybox.core.calendar.ics_zones import matching_zone
from tests.core.calendar.ics_oracle import oracle, ours


def fresh(zone_name: str) -> Services:
    services = Services(open_memory(), FixedClock(datetime(2026, 1, 1, 12, tzinfo=UTC)))
    services.settings.set("timezone", zone_name)
    return services


def calendar(*blocks: str) -> bytes:
    body = "".join(block.strip("\n").replace("\n", "\r\n") + "\r\n" for block in blocks)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//outside//EN\r\n{body}END:VCALENDAR\r\n".encode()


def shown(services: Services, first: date, days: int) -> list[tuple]:
    return ours(services, first, days)


def imported(raw: bytes, zone_name: str) -> Services:
    services = fresh(zone_name)
    summary = services.ics.import_bytes(raw)
    assert summary.skipped == ()
    return services


def local_times(services: Services, first: date, days: int, zone_name: str) -> list[str]:
    zone = ZoneInfo(zone_name)
    return [
        occ.start.astimezone(zone).strftime("%a %Y-%m-%d %H:%M") for occ in services.calendar.days(first, days, zone)
    ]


# ---- 1. SEQUENCE on changed occurrences --------------------------------------------------------
def test_1_of_two_changes_to_one_occurrence_the_higher_sequence_wins():
    raw = calendar(
        """
BEGIN:VEVENT
UID:seq@example.org
DTSTART;TZID=Europe/London:20260105T190000
DTEND;TZID=Europe/London:20260105T200000
RRULE:FREQ=WEEKLY;COUNT=4
SUMMARY:Home group
END:VEVENT
BEGIN:VEVENT
UID:seq@example.org
RECURRENCE-ID;TZID=Europe/London:20260112T190000
SEQUENCE:1
DTSTART;TZID=Europe/London:20260112T200000
DTEND;TZID=Europe/London:20260112T210000
SUMMARY:Home group (first change: 20:00)
END:VEVENT
BEGIN:VEVENT
UID:seq@example.org
RECURRENCE-ID;TZID=Europe/London:20260112T190000
SEQUENCE:3
DTSTART;TZID=Europe/London:20260112T180000
DTEND;TZID=Europe/London:20260112T190000
SUMMARY:Home group (second change: 18:00)
END:VEVENT
"""
    )
    services = imported(raw, "Europe/London")
    rows = shown(services, date(2026, 1, 12), 7)
    assert [(row[1], row[3]) for row in rows] == [
        (datetime(2026, 1, 12, 18, tzinfo=UTC), "Home group (second change: 18:00)")
    ]
    assert rows == oracle(raw, date(2026, 1, 12), 7, "Europe/London")


# ---- 2. EXDATE;VALUE=DATE on a timed series -----------------------------------------------------
def test_2_a_date_in_exdate_cancels_every_occurrence_on_that_local_date():
    raw = calendar(
        """
BEGIN:VEVENT
UID:exdate-date@example.org
DTSTART;TZID=America/New_York:20260105T190000
DTEND;TZID=America/New_York:20260105T200000
RRULE:FREQ=DAILY;COUNT=10
EXDATE;VALUE=DATE:20260107,20260109
SUMMARY:Evening check-in
END:VEVENT
"""
    )
    services = imported(raw, "America/New_York")
    days = [when[:14] for when in local_times(services, date(2026, 1, 5), 10, "America/New_York")]
    assert "Wed 2026-01-07" not in days and "Fri 2026-01-09" not in days
    assert len(days) == 8


# ---- 3. A VTIMEZONE whose rules start later than a year before the event ---------------------------
OUTLOOK_SYDNEY = """
BEGIN:VTIMEZONE
TZID:AUS Eastern Standard Time
BEGIN:STANDARD
DTSTART:20080406T030000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:20081005T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=10
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
END:DAYLIGHT
END:VTIMEZONE
"""
OUTLOOK_SYDNEY_CUSTOM = OUTLOOK_SYDNEY.replace("AUS Eastern Standard Time", "Canberra, Melbourne, Sydney (own)")


def test_3_a_file_zone_defined_from_2008_matches_sydney_for_an_event_in_2009():
    raw = calendar(
        OUTLOOK_SYDNEY_CUSTOM,
        """
BEGIN:VEVENT
UID:sydney-2009@example.org
DTSTART;TZID="Canberra, Melbourne, Sydney (own)":20090302T090000
DTEND;TZID="Canberra, Melbourne, Sydney (own)":20090302T100000
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=60
SUMMARY:Morning call
END:VEVENT
""",
    )
    services = fresh("Europe/London")
    summary = services.ics.import_bytes(raw)
    assert "their times are right" not in summary.notes_text()
    [event_id] = {occ.event_id for occ in services.calendar.days(date(2009, 3, 1), 90, services.zone)}
    assert services.calendar.get_event(event_id).tz == "Australia/Sydney"
    times = local_times(services, date(2009, 3, 1), 90, "Australia/Sydney")
    assert {when[:3] for when in times} == {"Mon", "Tue", "Wed", "Thu", "Fri"}
    assert {when[-5:] for when in times} == {"09:00"}  # before and after Sydney's clocks went back on 5 April


def test_3_a_file_zone_that_matches_no_iana_zone_keeps_its_own_offsets_never_the_persons_zone():
    # A made-up zone: +03:30 standard, +04:30 from the first Sunday of May to the first Sunday of September.
    own = """
BEGIN:VTIMEZONE
TZID:Nowhere Standard Time
BEGIN:STANDARD
DTSTART:20000903T030000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=9
TZOFFSETFROM:+0430
TZOFFSETTO:+0330
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:20000507T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=5
TZOFFSETFROM:+0330
TZOFFSETTO:+0430
END:DAYLIGHT
END:VTIMEZONE
"""
    raw = calendar(
        own,
        """
BEGIN:VEVENT
UID:nowhere@example.org
DTSTART;TZID=Nowhere Standard Time:20260105T100000
DTEND;TZID=Nowhere Standard Time:20260105T110000
RRULE:FREQ=WEEKLY;COUNT=3
SUMMARY:Call with a friend far away
END:VEVENT
""",
    )
    services = fresh("America/New_York")
    summary = services.ics.import_bytes(raw)
    assert "their times are right" not in summary.notes_text()
    [first, *_rest] = services.calendar.days(date(2026, 1, 5), 21, services.zone)
    assert first.start == datetime(2026, 1, 5, 6, 30, tzinfo=UTC)  # 10:00 at +03:30
    event = services.calendar.get_event(first.event_id)
    assert event.tz != "America/New_York"


# ---- 4. Outlook display names as TZID, with no VTIMEZONE ----------------------------------------
@pytest.mark.parametrize(
    ("tzid", "zone_name"),
    [
        ("(UTC-05:00) Eastern Time (US & Canada)", "America/New_York"),
        ("(GMT+10:00) Canberra, Melbourne, Sydney", "Australia/Sydney"),
        ("Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "Europe/Berlin"),
        ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "Europe/Berlin"),
        ("(UTC) Dublin, Edinburgh, Lisbon, London", "Europe/London"),
        ("(GMT-08:00) Pacific Time (US & Canada); Tijuana", "America/Los_Angeles"),
    ],
)
def test_4_outlook_display_names_name_their_zone(tzid, zone_name):
    raw = calendar(
        f"""
BEGIN:VEVENT
UID:display-name@example.org
DTSTART;TZID="{tzid}":20260706T090000
DTEND;TZID="{tzid}":20260706T100000
SUMMARY:Therapy
END:VEVENT
"""
    )
    services = imported(raw, "Asia/Tokyo")
    [occ] = services.calendar.days(date(2026, 7, 6), 1, ZoneInfo(zone_name))
    assert services.calendar.get_event(occ.event_id).tz == zone_name
    assert occ.start.astimezone(ZoneInfo(zone_name)).strftime("%H:%M") == "09:00"


# ---- 5. A changed occurrence with an RRULE but no series ----------------------------------------
def test_5_an_orphan_change_with_its_own_rule_happens_once():
    raw = calendar(
        """
BEGIN:VEVENT
UID:orphan@example.org
RECURRENCE-ID;TZID=Europe/London:20260113T190000
DTSTART;TZID=Europe/London:20260113T193000
DTEND;TZID=Europe/London:20260113T203000
RRULE:FREQ=WEEKLY
SUMMARY:Shared meeting (one changed occurrence)
END:VEVENT
"""
    )
    services = imported(raw, "Europe/London")
    assert len(services.calendar.days(date(2026, 1, 1), 365, services.zone)) == 1
    assert shown(services, date(2026, 1, 12), 14) == oracle(raw, date(2026, 1, 12), 14, "Europe/London")


# ---- 6. An all-day series with UNTIL in UTC ------------------------------------------------------
@pytest.mark.parametrize("zone_name", ["Pacific/Auckland", "Europe/London", "America/Los_Angeles"])
def test_6_an_all_day_series_ends_on_the_date_of_its_until_in_every_zone(zone_name):
    raw = calendar(
        """
BEGIN:VEVENT
UID:all-day-until@example.org
DTSTART;VALUE=DATE:20260105
DTEND;VALUE=DATE:20260106
RRULE:FREQ=DAILY;UNTIL=20260109T000000Z
SUMMARY:Self-care day
END:VEVENT
"""
    )
    services = imported(raw, zone_name)
    days = [row[1] for row in shown(services, date(2026, 1, 5), 14)]
    assert days == [date(2026, 1, d) for d in range(5, 10)]  # the 9th, the UNTIL's date, is the last


# ---- 7. A changed occurrence's own alarm, and what it inherits -----------------------------------
def test_7_a_changed_occurrence_keeps_its_own_alarm_and_place_and_inherits_what_it_leaves_out():
    raw = calendar(
        """
BEGIN:VEVENT
UID:alarm@example.org
DTSTART;TZID=Europe/London:20260105T190000
DTEND;TZID=Europe/London:20260105T200000
RRULE:FREQ=WEEKLY;COUNT=3
SUMMARY:Home group
LOCATION:Church hall
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Home group
TRIGGER:-PT15M
END:VALARM
END:VEVENT
BEGIN:VEVENT
UID:alarm@example.org
RECURRENCE-ID;TZID=Europe/London:20260112T190000
DTSTART;TZID=Europe/London:20260112T190000
DTEND;TZID=Europe/London:20260112T200000
LOCATION:Library, room 2
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Leave early: the library is further
TRIGGER:-PT60M
END:VALARM
END:VEVENT
"""
    )
    services = imported(raw, "Europe/London")
    occurrences = services.calendar.days(date(2026, 1, 5), 14, services.zone)
    assert [(occ.title, occ.location) for occ in occurrences] == [
        ("Home group", "Church hall"),
        ("Home group", "Library, room 2"),  # no SUMMARY of its own: the series' title
    ]
    planner = services.reminders
    after = datetime(2026, 1, 4, tzinfo=UTC)
    due = sorted((r.due, r.title) for r in planner.due_between(after, after + timedelta(days=14)) if r.kind == "event")
    assert due == [
        (datetime(2026, 1, 5, 18, 45, tzinfo=UTC), "Home group"),
        (datetime(2026, 1, 12, 18, 0, tzinfo=UTC), "Home group"),  # its own alarm, an hour before
    ]
    assert "takes the series" in INTERPRETATION["override inherits"]
    # Exported and imported again: the same alarm and place.
    exported, _count = services.ics.export_bytes()
    again = imported(exported, "Europe/London")
    assert [(occ.title, occ.location) for occ in again.calendar.days(date(2026, 1, 5), 14, again.zone)] == [
        ("Home group", "Church hall"),
        ("Home group", "Library, room 2"),
    ]
    due_again = sorted(
        (r.due, r.title) for r in again.reminders.due_between(after, after + timedelta(days=14)) if r.kind == "event"
    )
    assert due_again == due


# ---- 8. Zone names ---------------------------------------------------------------------------------
def test_8_etc_utc_comes_back_as_etc_utc():
    raw = calendar(
        """
BEGIN:VEVENT
UID:etc-utc@example.org
DTSTART;TZID=Etc/UTC:20260105T190000
DTEND;TZID=Etc/UTC:20260105T200000
RRULE:FREQ=WEEKLY;COUNT=2
SUMMARY:Online meeting
END:VEVENT
"""
    )
    services = imported(raw, "Europe/London")
    [event_id] = {occ.event_id for occ in services.calendar.days(date(2026, 1, 5), 14, services.zone)}
    assert services.calendar.get_event(event_id).tz == "Etc/UTC"
    exported, _count = services.ics.export_bytes()
    again = imported(exported, "Europe/London")
    [event_id] = {occ.event_id for occ in again.calendar.days(date(2026, 1, 5), 14, again.zone)}
    assert again.calendar.get_event(event_id).tz == "Etc/UTC"


def _zone_of_file(tzid: str, vtimezone: str) -> object:
    text = calendar(vtimezone, f'BEGIN:VEVENT\nUID:x\nDTSTART;TZID="{tzid}":20260105T100000\nEND:VEVENT')
    return icalendar.Calendar.from_ical(text).walk("VEVENT")[0]["DTSTART"].dt.tzinfo


BANGKOK = """
BEGIN:VTIMEZONE
TZID:(UTC+07:00) Bangkok, Hanoi, Jakarta
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0700
TZOFFSETTO:+0700
END:STANDARD
END:VTIMEZONE
"""
LONDON = """
BEGIN:VTIMEZONE
TZID:Europe_London
BEGIN:STANDARD
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
END:DAYLIGHT
END:VTIMEZONE
"""


@pytest.mark.parametrize(
    ("tzid", "vtimezone", "expected"),
    [
        ("(UTC+07:00) Bangkok, Hanoi, Jakarta", BANGKOK, "Asia/Bangkok"),
        ("Europe_London", LONDON, "Europe/London"),
        (
            "Plain Standard Time",
            BANGKOK.replace("(UTC+07:00) Bangkok, Hanoi, Jakarta", "Plain Standard Time"),
            "Asia/Bangkok",
        ),  # no city named: the most populous zone with these clocks
    ],  # fmt: skip
)
def test_8_a_file_zone_gets_the_name_a_person_recognises(tzid, vtimezone, expected):
    zone = _zone_of_file(tzid, vtimezone)
    match = matching_zone(zone, tzid, datetime(2026, 1, 5, 10, tzinfo=zone), "America/Chicago")
    assert match is not None and (match.name, match.exact) == (expected, True)
    # The person's own zone comes after the one the file names, even when its clocks are the same.
    same_clocks = {"Asia/Bangkok": "Asia/Jakarta", "Europe/London": "Europe/Lisbon"}[expected]
    if "Plain" not in tzid:
        assert matching_zone(zone, tzid, datetime(2026, 1, 5, 10, tzinfo=zone), same_clocks).name == expected
    else:  # no place named: the person's own, when its clocks are the file's
        assert matching_zone(zone, tzid, datetime(2026, 1, 5, 10, tzinfo=zone), same_clocks).name == same_clocks


# ---- 9. The VTIMEZONE we write holds beyond 2037 ----------------------------------------------------
def test_9_an_exported_zone_holds_beyond_2037():
    services = fresh("Europe/London")
    from recoverybox.core.calendar.events import EventInput

    services.calendar.create_event(
        EventInput(
            title="Anniversary",
            start=datetime(2040, 7, 6, 19),
            end=datetime(2040, 7, 6, 20),
            tz="Europe/Berlin",
            rrule="FREQ=YEARLY",
        )
    )
    exported, _count = services.ics.export_bytes()
    # Read as a program without its own zone tables reads it: by the rules written, under a name it does not know.
    written = exported.replace(b"Europe/Berlin", b"Berlin as written")
    [vtimezone] = icalendar.Calendar.from_ical(written).walk("VTIMEZONE")
    zone = vtimezone.to_tz()
    for year in (2040, 2060, 2099):
        summer = datetime(year, 7, 6, 19, tzinfo=zone)
        winter = datetime(year, 1, 6, 19, tzinfo=zone)
        assert summer.utcoffset() == timedelta(hours=2), year
        assert winter.utcoffset() == timedelta(hours=1), year
    read = read_calendar(exported, "Asia/Tokyo")
    assert read.events[0].data.tz == "Europe/Berlin"
