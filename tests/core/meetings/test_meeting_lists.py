"""Reading meeting lists (Meeting Guide JSON and the CSV table form): every field checked, problems named."""

from __future__ import annotations

import json
from datetime import time, timedelta

import pytest

from recoverybox.core.meetings.feed import read_feed
from recoverybox.core.meetings.feed_fields import plain_text
from recoverybox.core.meetings.feed_rows import MAX_FEED_BYTES, FeedError
from recoverybox.core.meetings.type_codes import TYPE_NAMES, type_code, type_words
from tests import meeting_feeds
from tests.meeting_feeds import (
    BAD_LINK,
    CANDLELIGHT,
    FOLDER,
    HTML_NOTES,
    HYBRID,
    LUNCH_ONLINE,
    NIGHT_OWLS,
    NO_ZONE,
    SUNRISE,
)


def read(name: str, zone: str = "Europe/London"):
    return read_feed((FOLDER / name).read_bytes(), zone)


def by_slug(feed):
    return {meeting.slug: meeting for meeting in feed.meetings}


def test_the_committed_feeds_are_what_the_generator_makes(tmp_path):
    for path in meeting_feeds.write_files(tmp_path):
        assert path.read_bytes() == (FOLDER / path.name).read_bytes(), (
            f"run python -m tests.meeting_feeds ({path.name})"
        )


def test_the_sample_list_reads_with_its_counts():
    feed = read("sample.json")
    assert len(feed.meetings) == 29
    assert feed.by_appointment == 2
    assert feed.duplicates == 1
    assert feed.zone_assumed == 1
    assert feed.name == "Example Intergroup"
    assert feed.form == "json"


def test_every_field_of_a_meeting_is_read():
    sunrise = by_slug(read("sample.json"))[SUNRISE]
    assert sunrise.name == "Sunrise Serenity"
    assert sunrise.days == (1,)
    assert (sunrise.time, sunrise.end_time) == (time(7), time(8))
    assert sunrise.timezone == "Europe/London"
    assert sunrise.types == ("O", "D", "X", "BE")
    assert sunrise.location == "St Anne's Hall"
    assert sunrise.address == "12 Example Road, London, NW1 0AA, UK"
    assert sunrise.regions == ("London", "Camden")
    assert sunrise.notes == "Tea from 6:45. Newcomers welcome."
    assert sunrise.location_notes == "Ground floor, ramp at the back."
    assert sunrise.url == "https://meetings.example.org/sunrise-serenity"
    assert sunrise.updated == "2026-10-01 09:00:00"
    assert sunrise.group == "Sunrise Group"
    assert sunrise.entity == "Example Intergroup"
    assert sunrise.in_person and not sunrise.online and not sunrise.closed

    online = by_slug(read("sample.json"))[LUNCH_ONLINE]
    assert online.days == (1, 2, 3, 4, 5)
    assert online.conference_url == "https://video.example.com/j/5550100"
    assert online.conference_url_notes == "Meeting ID 555 0100, passcode 24"
    assert online.conference_phone == "+16465550100,,5550100#"
    assert online.conference_phone_notes == "Passcode 24"
    assert online.online and not online.in_person


def test_hybrid_closed_across_midnight_and_default_end():
    meetings = by_slug(read("sample.json"))
    hybrid = meetings[HYBRID]
    assert hybrid.online and hybrid.in_person
    assert hybrid.regions == ("Illinois", "Chicago", "Loop")
    assert meetings[CANDLELIGHT].closed
    assert meetings[CANDLELIGHT].end_time == time(21), "no end_time: an hour after the start"
    owls = meetings[NIGHT_OWLS]
    assert (owls.time, owls.end_time, owls.length) == (time(23, 30), time(0, 30), timedelta(hours=1))


def test_the_table_form_reads_to_the_same_meetings():
    as_json, as_table = read("sample.json"), read("sample.csv")
    assert as_table.form == "csv"
    assert as_table.meetings == as_json.meetings
    assert (as_table.by_appointment, as_table.duplicates) == (as_json.by_appointment, as_json.duplicates)
    assert [p.split(",", 1)[1] for p in as_table.problems if "(“" in p] == [
        p.split(",", 1)[1] for p in as_json.problems if "(“" in p
    ]
    assert all(p.startswith("Line ") for p in as_table.problems)


def test_each_bad_meeting_is_named_with_its_place_and_field():
    problems = read("sample.json").problems
    expected = [
        "Meeting 9 (“Bad link kept”), conference_url: “javascript:alert(1)” is not a web address",
        "Meeting 9 (“Bad link kept”), conference_phone: “call Bob” is not a phone number",
        "Meeting 9 (“Bad link kept”), url: “not a web address” is not a web address",
        "Meeting 12: the id “sunrise-serenity” was already used by Meeting 1; left out.",
        "Meeting 13 (“Bad time”), time: “25:00” is not a time of day",
        "Meeting 14 (“Bad end”), end_time: “ten” is not a time of day",
        "Meeting 15 (“Unknown zone”), timezone: “Mars/Olympus_Mons” is not a time zone we know",
        "Meeting 16 (“Bad day”), day: “9” is not a day",
        "Meeting 17, name: has no name; left out.",
        "Meeting 18: not a meeting",
    ]
    assert len(problems) == len(expected)
    for problem, start in zip(problems, expected, strict=True):
        assert problem.startswith(start), problem


def test_a_bad_link_or_phone_is_dropped_and_the_meeting_kept():
    meeting = by_slug(read("sample.json"))[BAD_LINK]
    assert (meeting.conference_url, meeting.conference_phone, meeting.url) == ("", "", "")
    assert not meeting.online


def test_a_meeting_without_a_zone_takes_the_persons_zone():
    assert by_slug(read("sample.json", "Asia/Tokyo"))[NO_ZONE].timezone == "Asia/Tokyo"


def test_html_in_notes_is_reduced_to_plain_text():
    meeting = by_slug(read("sample.json"))[HTML_NOTES]
    assert meeting.notes == "Use the side door & ring twice.\n\nParking nearby."
    assert meeting.location_notes == "click for the map"
    for text in (meeting.notes, meeting.location_notes):
        assert "<" not in text and "alert" not in text and "evil" not in text


def test_plain_text_keeps_plain_text_and_cuts_long_text():
    assert plain_text("Room 2 < 3 stairs") == "Room 2 < 3 stairs"
    assert plain_text("a" * 5000, limit=10) == "a" * 9 + "…"
    assert plain_text("Line one\r\n\r\n\r\n\r\nLine two") == "Line one\n\nLine two"


def test_every_type_code_appears_in_the_sample_with_a_readable_name():
    used = {code for meeting in read("sample.json").meetings for code in meeting.types}
    assert set(TYPE_NAMES) <= used
    assert type_words(("O", "D", "X")) == "Open meeting (anyone welcome), Discussion, Wheelchair Access"
    # "Closed" alone meant both the meeting type and a closed venue.
    assert type_words(("C", "TC")) == "Closed meeting (members only), Temporarily closed"
    assert type_words(("ZZZ",)) == "ZZZ", "an unknown code is shown as written"


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("O", "O"),
        ("o", "O"),
        ("Big Book", "B"),
        ("wheelchair access", "X"),
        ("Online", "ONL"),
        ("IT", "ITA"),
        ("12x12", "12x12"),
    ],
)
def test_type_codes_are_read_from_codes_or_names(written, code):
    assert type_code(written) == code


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("not_json.json", "not valid JSON (line 2)"),
        ("wrong_shape.json", "not a meeting list: the Meeting Guide format is a list of meetings"),
        ("web_page.json", "a web page (HTML), not a meeting list"),
        ("all_bad_times.json", "No meeting in this list could be read. The first problem: Meeting 1 (“Bad 0”), time"),
        ("unknown_zones.json", "timezone: “Atlantis/Central” is not a time zone we know"),
        ("not_a_table.csv", "a table needs at least the columns Name, Day and Time"),
    ],
)
def test_a_malformed_feed_is_refused_with_a_clear_message(name, says):
    with pytest.raises(FeedError) as caught:
        read(name)
    assert says in caught.value.message


def test_a_50_mb_feed_is_refused_before_it_is_read():
    raw = b"[" + b" " * (50 * 1024 * 1024) + b"]"
    with pytest.raises(FeedError, match="50 MB; a meeting list is at most 20 MB"):
        read_feed(raw, "UTC")
    assert MAX_FEED_BYTES == 20 * 1024 * 1024


def test_empty_binary_and_deep_feeds_are_refused():
    for raw, says in ((b"", "empty"), (b"\x00\x01\x02" * 10 + b"\xff", "not a text file"), (b"[" * 100_000, "JSON")):
        with pytest.raises(FeedError, match=says):
            read_feed(raw, "UTC")


def test_a_wrapped_list_and_a_spreadsheet_table_in_windows_1252_are_read():
    wrapped = json.dumps(
        {"meetings": [{"name": "Café group", "slug": "c", "day": 0, "time": "9:05", "timezone": "UTC"}]}
    )
    assert read_feed(wrapped.encode(), "UTC").meetings[0].time == time(9, 5)
    table = 'Name,Day,Time,End Time,Types\nCafé Hope,Sunday,7:00 PM,8:30 pm,"Open, Big Book"\n'.encode("cp1252")
    meeting = read_feed(table, "Europe/Paris").meetings[0]
    assert (meeting.name, meeting.days, meeting.time, meeting.end_time) == ("Café Hope", (0,), time(19), time(20, 30))
    assert meeting.types == ("O", "B")
    assert meeting.slug.startswith("cafe-hope-") or meeting.slug.startswith("caf-hope-"), "a derived, stable id"
    assert read_feed(table, "Europe/Paris").meetings[0].slug == meeting.slug


def test_every_meeting_by_appointment_is_a_clear_message():
    raw = json.dumps([{"name": "Call us", "slug": "x"}]).encode()
    with pytest.raises(FeedError, match="by appointment"):
        read_feed(raw, "UTC")


def test_odd_but_valid_values_are_read():
    rows = [
        {"name": "Numbers", "slug": 12, "day": "Saturday", "time": "24:00", "timezone": "UTC", "types": "O,D"},
        {"name": 42, "slug": "n", "day": ["1", 3, 3], "time": "12:00:00", "end_time": "noon", "timezone": "UTC"},
    ]
    first, second = read_feed(json.dumps(rows).encode(), "UTC").meetings
    # 24:00 on a Saturday is the end of Saturday: the first minute of Sunday (not 24 hours early).
    assert (first.slug, first.days, first.time, first.types) == ("12", (0,), time(0), ("O", "D"))
    assert (second.name, second.days, second.time, second.end_time) == ("42", (1, 3), time(12), time(13))
