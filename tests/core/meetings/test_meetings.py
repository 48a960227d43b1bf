"""Kept meeting lists: load and reload, meetings seen from the person's zone, filters, adding to the week,
changes and marks after a reload, and the one network fetch."""

from __future__ import annotations

import json
import socket
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from recoverybox.core.base.validation import ValidationError
from recoverybox.core.meetings.feed_rows import FeedError
from recoverybox.core.meetings.fetch import check_address, fetch
from recoverybox.core.meetings.listings import MeetingFilter, filter_listings
from tests.conftest import NetworkUsed
from tests.feed_server import feed_server
from tests.meeting_feeds import (
    CANDLELIGHT,
    FOLDER,
    HYBRID,
    LUNCH_ONLINE,
    NEW_YORK_EVENING,
    NIGHT_OWLS,
    SUNRISE,
    big_feed_bytes,
    sample_meetings,
)

LONDON = ZoneInfo("Europe/London")
SOURCE = "https://lists.example.org/meetings.json"


def sample_bytes(change=None) -> bytes:
    meetings = sample_meetings()
    if change is not None:
        change(meetings)
    return json.dumps(meetings).encode()


@pytest.fixture
def loaded(services):
    result = services.meeting_lists.load(SOURCE, sample_bytes())
    return result.list_id


def listing(services, slug, list_id=None):
    return next(li for li in services.meeting_lists.listings(list_id) if li.meeting.slug == slug)


def week_of(services, day: date):
    monday = day - timedelta(days=day.weekday())
    return services.calendar.week(monday, services.zone)


def test_a_load_is_kept_and_a_reload_replaces_it(services, loaded):
    lists = services.meeting_lists
    (info,) = lists.lists()
    assert (info.id, info.name, info.count, info.by_appointment, info.fellowship) == (
        loaded,
        "Example Intergroup",
        29,
        2,
        "AA",
    )
    assert info.from_web and len(info.problems) == 10
    again = lists.load(SOURCE, sample_bytes(lambda ms: ms.pop(1)))
    assert again.reloaded and again.list_id == loaded
    assert [i.count for i in lists.lists()] == [28]


@pytest.mark.parametrize(
    "bad", ["not_json.json", "wrong_shape.json", "web_page.json", "all_bad_times.json", "unknown_zones.json"]
)
def test_a_malformed_reload_changes_nothing(services, loaded, bad):
    lists = services.meeting_lists
    event_id = lists.add_to_week(loaded, SUNRISE).id
    before = (lists.lists(), lists.meetings(loaded), lists.added(), services.calendar.get_event(event_id).notes)
    with pytest.raises(FeedError):
        lists.load(SOURCE, (FOLDER / bad).read_bytes())
    lists._cache.clear()  # read back from the data, not from memory
    assert (lists.lists(), lists.meetings(loaded), lists.added(), services.calendar.get_event(event_id).notes) == before


def test_times_are_shown_in_the_persons_zone(services, loaded):
    # Friday 27 November 2026: New York is 5 hours behind London.
    evening = listing(services, NEW_YORK_EVENING)
    assert (evening.start.tzinfo, evening.start.hour, evening.user_day, evening.day) == (LONDON, 0, 2, 1)
    assert evening.start.date() == date(2026, 12, 1) and evening.other_zone
    assert evening.meeting_start.hour == 19
    sunrise = listing(services, SUNRISE)
    assert (sunrise.start.hour, sunrise.user_day, sunrise.other_zone) == (7, 1, False)
    owls = listing(services, NIGHT_OWLS)  # Saturday 23:30 in Sydney (UTC+11) is Saturday 12:30 in London
    assert (owls.user_day, owls.start.hour, owls.start.minute) == (6, 12, 30)


def test_between_the_two_clock_changes_the_offset_follows_the_week(services, loaded, clock):
    # 20 March 2027: New York is on summer time (since 14 March), London not yet (28 March): 4 hours apart.
    clock.set(datetime(2027, 3, 20, 12, tzinfo=UTC))
    evening = listing(services, NEW_YORK_EVENING)
    assert (evening.user_day, evening.start.hour) == (1, 23)
    clock.set(datetime(2027, 4, 3, 12, tzinfo=UTC))
    assert (listing(services, NEW_YORK_EVENING).user_day, listing(services, NEW_YORK_EVENING).start.hour) == (2, 0)


def test_filters(services, loaded):
    every = services.meeting_lists.listings()
    assert len(every) == 33  # 29 meetings, one on five days

    def slugs(**wanted):
        return {li.meeting.slug for li in filter_listings(every, MeetingFilter(**wanted))}

    assert SUNRISE in slugs(day=1) and SUNRISE not in slugs(day=2)
    assert NEW_YORK_EVENING in slugs(day=2), "the day in the person's zone"
    assert slugs(attendance="online") == {LUNCH_ONLINE, HYBRID}
    assert HYBRID in slugs(attendance="in_person") and LUNCH_ONLINE not in slugs(attendance="in_person")
    assert CANDLELIGHT in slugs(attendance="in_person"), "temporarily closed is marked, not hidden"
    assert slugs(types=frozenset({"O", "D"})) == {SUNRISE}
    assert slugs(region="Illinois") == slugs(region="illinois > chicago") == {HYBRID}
    assert slugs(region="Illinois > Chi") == set(), "a region, not a prefix of its name"
    assert slugs(text="ramp") == {SUNRISE}, "location notes are searched"
    assert slugs(text="serenity sunrise") == {SUNRISE}
    morning = slugs(part_of_day="morning")
    assert SUNRISE in morning and NEW_YORK_EVENING in morning, "00:00 in London is night there, morning here"
    assert all(li.minute >= 21 * 60 for li in filter_listings(every, MeetingFilter(part_of_day="night")))
    assert slugs(day=1, attendance="online", types=frozenset({"SP"})) == {LUNCH_ONLINE}


def test_regions_list_every_level(services, loaded):
    regions = services.meeting_lists.regions()
    assert {"Illinois", "Illinois > Chicago", "Illinois > Chicago > Loop", "London > Camden"} <= set(regions)


def test_add_to_week_makes_a_weekly_meeting_in_its_own_zone(services, loaded):
    lists = services.meeting_lists
    event_id = lists.add_to_week(loaded, LUNCH_ONLINE).id
    event = services.calendar.get_event(event_id)
    assert (event.kind, event.tz, event.fellowship, event.title) == (
        "meeting",
        "America/New_York",
        "AA",
        "Lunchtime Online",
    )
    assert event.rrule == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
    assert event.start_local == datetime(2026, 11, 27, 12, 30), "from its next date on (today, Friday, in New York)"
    assert event.online_url == "https://video.example.com/j/5550100"
    assert "By phone: +16465550100,,5550100# (Passcode 24)" in event.notes
    assert "Online: Meeting ID 555 0100, passcode 24" in event.notes
    assert "Meeting type: Online, Closed meeting (members only), Speaker" in event.notes
    assert "From the meeting list “Example Intergroup” (id lunchtime-online)." in event.notes
    assert [r.offset_minutes for r in event.reminders] == [60], "the default reminder"
    assert lists.added() == {(loaded, LUNCH_ONLINE): (event_id, None)}
    with pytest.raises(ValidationError, match="already in your week"):
        lists.add_to_week(loaded, LUNCH_ONLINE)
    with pytest.raises(ValidationError, match="No meeting with the id"):
        lists.add_to_week(loaded, "nope")


def test_an_added_meeting_keeps_its_own_wall_time_across_both_clock_changes(services, loaded, clock):
    event_id = services.meeting_lists.add_to_week(loaded, NEW_YORK_EVENING).id
    place = services.calendar.get_event(event_id).location
    assert place == "20 West Street, New York, NY 10001, USA"
    new_york = ZoneInfo("America/New_York")
    for day in (date(2026, 11, 30), date(2027, 3, 8), date(2027, 3, 15), date(2027, 3, 29), date(2027, 11, 8)):
        (occ,) = [o for o in week_of(services, day + timedelta(days=1)) if o.event_id == event_id]
        assert occ.local_start(new_york).time() == time(19), day
    london_times = {
        day: next(o for o in week_of(services, day + timedelta(days=1)) if o.event_id == event_id).local_start(LONDON)
        for day in (date(2027, 3, 8), date(2027, 3, 15), date(2027, 3, 29))
    }
    assert [moment.hour for moment in london_times.values()] == [0, 23, 0]


def test_a_reload_asks_before_changing_and_updates_from_the_next_date(services, loaded, clock):
    lists = services.meeting_lists
    event_id = lists.add_to_week(loaded, SUNRISE).id
    clock.set(datetime(2026, 12, 9, 12, tzinfo=UTC))  # two Mondays later

    def later(meetings):
        meetings[0].update(time="07:30", end_time="08:30", location="St Anne's Crypt")

    result = lists.load(SOURCE, sample_bytes(later))
    (change,) = result.in_week
    assert change.slug == SUNRISE and change.event_id == event_id
    assert [what for what, _old, _new in change.changes] == ["time", "place"]
    assert "Monday 07:00–08:00 (Europe/London) → Monday 07:30–08:30 (Europe/London)" in change.describe()
    assert services.calendar.get_event(event_id).start_local.time() == time(7), "nothing changes before asked"
    assert lists.pending_changes(loaded) == result.in_week

    assert lists.apply_changes(loaded).ids == (event_id,)
    assert lists.pending_changes(loaded) == []
    past = [o for o in week_of(services, date(2026, 12, 7)) if o.title == "Sunrise Serenity"]
    coming = [o for o in week_of(services, date(2026, 12, 14)) if o.title == "Sunrise Serenity"]
    assert [o.local_start(LONDON).time() for o in past] == [time(7)], "a date gone by keeps its time"
    assert [o.local_start(LONDON).time() for o in coming] == [time(7, 30)]
    assert coming[0].location == "St Anne's Crypt, 12 Example Road, London, NW1 0AA, UK"
    ((new_event_id, status),) = lists.added().values()
    assert new_event_id == coming[0].event_id and status is None


def test_an_update_keeps_notes_and_title_the_person_wrote(services, loaded, clock):
    lists = services.meeting_lists
    event_id = lists.add_to_week(loaded, SUNRISE).id
    data = services.occurrences.input_for(services.calendar.get_event(event_id), datetime(2026, 11, 30, 7))
    data.notes, data.title = "My sponsor goes too.", "Home group"
    services.calendar.update_event(event_id, data)
    lists.load(SOURCE, sample_bytes(lambda ms: ms[0].update(time="06:45")))
    lists.apply_changes(loaded)
    event = services.calendar.get_event(event_id)  # it starts in the future: updated in place
    assert (event.title, event.notes, event.start_local.time()) == ("Home group", "My sponsor goes too.", time(6, 45))


def test_a_reload_marks_closed_and_vanished_meetings_and_never_deletes(services, loaded):
    lists = services.meeting_lists
    sunrise = lists.add_to_week(loaded, SUNRISE).id
    evening = lists.add_to_week(loaded, NEW_YORK_EVENING).id

    def close_and_drop(meetings):
        meetings[0]["types"].append("TC")
        meetings.pop(5)  # New York Evening

    result = lists.load(SOURCE, sample_bytes(close_and_drop))
    assert (result.closed, result.vanished, result.in_week) == (["Sunrise Serenity"], ["New York Evening"], [])
    assert lists.added() == {(loaded, SUNRISE): (sunrise, "closed"), (loaded, NEW_YORK_EVENING): (evening, "vanished")}
    marks = {o.title: o.mark for o in week_of(services, date(2026, 12, 1))}
    assert marks == {"Sunrise Serenity": "closed", "New York Evening": "vanished"}
    assert "Now temporarily closed" in result.summary() and "No longer in the list" in result.summary()

    result = lists.load(SOURCE, sample_bytes())
    assert sorted(result.reopened) == ["New York Evening", "Sunrise Serenity"]
    assert {o.mark for o in week_of(services, date(2026, 12, 1))} == {""}


def test_removing_a_list_keeps_the_meetings_in_the_week(services, loaded):
    event_id = services.meeting_lists.add_to_week(loaded, SUNRISE).id
    services.meeting_lists.remove_list(loaded)
    assert services.meeting_lists.lists() == [] and services.meeting_lists.added() == {}
    assert services.calendar.get_event(event_id).title == "Sunrise Serenity"


def test_fellowship_is_guessed_kept_and_can_be_set(services):
    lists = services.meeting_lists
    na = lists.load("/lists/narcotics-anonymous-area.json", sample_bytes())
    assert lists.lists()[0].fellowship == "NA"
    lists.set_fellowship(na.list_id, "other")
    lists.load("/lists/narcotics-anonymous-area.json", sample_bytes())
    assert lists.lists()[0].fellowship == "other", "a reload keeps the person's choice"
    with pytest.raises(ValidationError, match="fellowship"):
        lists.set_fellowship(na.list_id, "XYZ")


def test_a_file_source_is_read_with_the_same_checks(services, tmp_path):
    lists = services.meeting_lists
    result = lists.load_source(str(FOLDER / "sample.csv"))
    assert result.read.form == "csv" and lists.lists()[0].source == str((FOLDER / "sample.csv").resolve())
    big = tmp_path / "huge.json"
    with big.open("wb") as out:
        out.truncate(50 * 1024 * 1024)
    with pytest.raises(FeedError, match="50 MB"):
        lists.load_source(str(big))
    with pytest.raises(FeedError, match="There is no file"):
        lists.load_source(str(tmp_path / "missing.json"))
    assert len(lists.lists()) == 1


# ---- the one network fetch -----------------------------------------------------------------------
def test_a_list_is_fetched_from_a_local_server_and_kept_by_its_address(services):
    with feed_server() as server:
        url = server.serve("/feed.json", sample_bytes())
        result = services.meeting_lists.load_source(url)
        assert server.requests == ["/feed.json"]
    (info,) = services.meeting_lists.lists()
    assert info.source == url and info.count == 29 and not result.reloaded


def test_only_https_is_fetched_from_another_computer():
    with pytest.raises(FeedError, match="not secure"):
        check_address("http://lists.example.org/feed.json")
    with pytest.raises(FeedError, match="should start with https://"):
        check_address("ftp://lists.example.org/feed.json")
    with pytest.raises(FeedError, match="user name or password"):
        check_address("https://me:secret@lists.example.org/feed.json")
    assert check_address("https://lists.example.org/feed.json") == ("lists.example.org", 443)
    assert check_address("http://localhost:8000/f") == ("localhost", 8000)
    assert check_address("http://[::1]:8000/f") == ("::1", 8000)


def test_a_fetch_refuses_big_lists_errors_and_redirects_elsewhere():
    with feed_server() as server:
        big = server.serve("/big.json", b"[" + b" " * (1024 * 1024) + b"]")
        with pytest.raises(FeedError, match="over 0 MB"):
            fetch(big, limit=1000)
        lying = server.serve("/lying.json", b"[]", **{"Content-Length": str(50 * 1024 * 1024)})
        with pytest.raises(FeedError, match="over 20 MB"):
            fetch(lying)
        with pytest.raises(FeedError, match="answered 404"):
            fetch(server.url("/missing.json"))
        away = server.serve("/moved", b"", status=302, Location="https://elsewhere.example.net/feed.json")
        with pytest.raises(FeedError, match="not followed there"):
            fetch(away)
        same = server.serve("/same", b"", status=302, Location=server.url("/feed.json"))
        server.serve("/feed.json", b"[1]")
        assert fetch(same) == b"[1]", "a redirect on the same host is followed"
        assert server.requests == ["/big.json", "/lying.json", "/missing.json", "/moved", "/same", "/feed.json"]


def test_the_guard_allows_only_the_host_being_fetched_and_only_while_fetching(monkeypatch):
    from recoverybox.core.meetings import fetch as meeting_fetch

    with feed_server() as server:
        url = server.serve("/feed.json", b"[]")
        other = socket.socket()
        try:
            with pytest.raises(NetworkUsed):
                other.connect(("127.0.0.1", server.port))  # the same server, but no fetch is running
        finally:
            other.close()
        seen = []
        real_open = meeting_fetch.urllib.request.OpenerDirector.open

        def open_and_try_elsewhere(self, *args, **kwargs):
            sneaky = socket.socket()
            try:
                sneaky.connect(("127.0.0.1", server.port + 1 if server.port < 65535 else 1))
            except NetworkUsed:
                seen.append("refused")
            finally:
                sneaky.close()
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(meeting_fetch.urllib.request.OpenerDirector, "open", open_and_try_elsewhere)
        assert fetch(url) == b"[]"
        assert seen == ["refused"], "another port on the same machine is refused even during a fetch"


def test_a_5000_meeting_list_loads_filters_and_adds(services):
    lists = services.meeting_lists
    result = lists.load("https://metro.example.org/feed.json", big_feed_bytes(5000))
    assert len(result.read.meetings) == 5000 and not result.read.problems
    every = lists.listings()
    found = filter_listings(every, MeetingFilter(day=3, attendance="online", part_of_day="evening"))
    assert found and all(li.user_day == 3 and li.meeting.online for li in found)
    event_id = lists.add_to_week(result.list_id, found[0].meeting.slug).id
    assert services.calendar.get_event(event_id).kind == "meeting"


def test_words_match_the_start_of_words(services, loaded):
    every = services.meeting_lists.listings()

    def slugs(text):
        return {li.meeting.slug for li in filter_listings(every, MeetingFilter(text=text))}

    assert slugs("side door") == {"side-door-group"}, "not Riverside, not Outdoor"
    assert slugs("SIDE-DOOR") == {"side-door-group"}
    assert slugs("st anne's") == {SUNRISE}
    assert "hybrid-step-study" in slugs("step stu")
    assert slugs("door") == {"side-door-group"}


def test_kept_lists_and_links_survive_an_export_and_import(services, loaded, tmp_path):
    from recoverybox.core.app.opening import open_memory
    from recoverybox.core.app.services import Services
    from recoverybox.core.export.everything import write_json

    services.meeting_lists.load("https://metro.example.org/feed.json", big_feed_bytes(3000))
    event_id = services.meeting_lists.add_to_week(loaded, SUNRISE).id
    path = write_json(services.db, tmp_path)
    other = Services(open_memory(), services.clock)
    try:
        other.load_export(path)
        assert [(i.name, i.count) for i in other.meeting_lists.lists()] == [
            (i.name, i.count) for i in services.meeting_lists.lists()
        ]
        assert other.meeting_lists.added() == {(loaded, SUNRISE): (event_id, None)}
        assert other.meeting_lists.meetings(loaded) == services.meeting_lists.meetings(loaded)
    finally:
        other.close()


@pytest.mark.parametrize(
    "spoil",
    [
        lambda m: m.update(days=[9]),
        lambda m: m.update(timezone="Mars/Base"),
        lambda m: m.update(notes="<script>x</script>"),
        lambda m: m.update(conference_url="javascript:alert(1)"),
        lambda m: m.pop("time"),
    ],
)
def test_a_hostile_export_of_a_meeting_list_is_refused(services, loaded, tmp_path, spoil):
    from recoverybox.core.app.opening import open_memory
    from recoverybox.core.app.services import Services
    from recoverybox.core.export.everything import write_json

    path = write_json(services.db, tmp_path)
    payload = json.loads(path.read_text())
    (row,) = payload["tables"]["meeting_lists"]
    meetings = json.loads(row["meetings"])
    spoil(meetings[0])
    row["meetings"] = json.dumps(meetings)
    path.write_text(json.dumps(payload))
    other = Services(open_memory(), services.clock)
    try:
        with pytest.raises(ValidationError, match="meeting_lists, row 1"):
            other.load_export(path)
        assert other.meeting_lists.lists() == []
    finally:
        other.close()


def test_meeting_search_ignores_accents_and_case_as_the_journal_does(services):
    feed = {
        "meetings": [
            {
                "name": "Café Corazón", "slug": "cafe-corazon", "day": 2, "time": "19:00",
                "timezone": "Europe/Madrid", "location": "Calle Mayor 1", "types": ["O"],
            }
        ]
    }  # fmt: skip
    services.meeting_lists.load("https://madrid.example.org/feed.json", json.dumps(feed).encode())
    every = services.meeting_lists.listings()
    for typed in ("corazon", "CORAZÓN", "cafe coraz"):
        found = filter_listings(every, MeetingFilter(text=typed))
        assert [li.meeting.slug for li in found] == ["cafe-corazon"], typed


def test_event_search_ignores_accents_and_case(services):
    from recoverybox.core.calendar.events import EventInput

    services.calendar.create_event(
        EventInput(
            "Café Corazón", datetime(2026, 12, 1, 19), datetime(2026, 12, 1, 20), "Europe/London",
            rrule="FREQ=WEEKLY;BYDAY=TU",
        )
    )  # fmt: skip
    assert [occ.title for occ in services.calendar.search("corazon", services.clock.now())] == ["Café Corazón"]
    assert [occ.title for occ in services.calendar.search("CAFE", services.clock.now())] == ["Café Corazón"]
