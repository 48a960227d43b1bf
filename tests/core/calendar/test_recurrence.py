"""Recurrence expanded in local time: DST changes, gaps, exceptions, rule validation."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from recoverybox.core.base.validation import ValidationError
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.calendar.recurrence import normalise_rrule, series_end, to_utc

# (zone, [(spring-forward day, fall-back day) for 2026 and 2027])
DST_CHANGES = {
    "Europe/London": [date(2026, 3, 29), date(2026, 10, 25), date(2027, 3, 28), date(2027, 10, 31)],
    "America/New_York": [date(2026, 3, 8), date(2026, 11, 1), date(2027, 3, 14), date(2027, 11, 7)],
}


def weekly_meeting(services, zone: str, weekday_start: datetime):
    return services.calendar.get_event(
        services.calendar.create_event(
            EventInput(
                "Home group",
                weekday_start,
                weekday_start + timedelta(hours=1),
                zone,
                kind="meeting",
                rrule="FREQ=WEEKLY",
            )
        ).id
    )


@pytest.mark.parametrize("zone_name", sorted(DST_CHANGES))
def test_weekly_1900_meeting_keeps_local_time_across_every_dst_change(services, zone_name):
    zone = ZoneInfo(zone_name)
    first = datetime(2026, 1, 4, 19, 0)  # a Sunday: every DST change here happens on a Sunday
    event = weekly_meeting(services, zone_name, first)
    for change in DST_CHANGES[zone_name]:
        before = datetime.combine(change - timedelta(days=7), datetime.min.time())
        after = datetime.combine(change + timedelta(days=8), datetime.min.time())
        found = services.calendar.occurrences_between(to_utc(before, zone), to_utc(after, zone))
        found = [occ for occ in found if occ.event_id == event.id]
        assert [occ.local_start(zone).date() for occ in found] == [
            change - timedelta(days=7),
            change,
            change + timedelta(days=7),
        ]
        assert all(occ.local_start(zone).hour == 19 and occ.local_start(zone).minute == 0 for occ in found)
        offsets = [occ.local_start(zone).utcoffset() for occ in found]
        assert offsets[0] != offsets[2], "the UTC offset must change across a DST change"
        assert all(occ.end - occ.start == timedelta(hours=1) for occ in found)


def test_new_york_1900_is_2300_utc_in_summer_and_0000_utc_in_winter(services):
    weekly_meeting(services, "America/New_York", datetime(2026, 1, 4, 19, 0))
    summer = services.calendar.occurrences_between(
        datetime(2026, 7, 5, tzinfo=UTC), datetime(2026, 7, 6, 6, tzinfo=UTC)
    )
    winter = services.calendar.occurrences_between(
        datetime(2026, 12, 6, tzinfo=UTC), datetime(2026, 12, 7, 6, tzinfo=UTC)
    )
    assert [o.start for o in summer] == [datetime(2026, 7, 5, 23, 0, tzinfo=UTC)]
    assert [o.start for o in winter] == [datetime(2026, 12, 7, 0, 0, tzinfo=UTC)]


def test_0230_on_spring_forward_day_takes_the_offset_before_the_gap(services):
    # 02:30 does not exist in New York on 8 March 2026; RFC 5545 reads it with the offset before the gap (EST),
    # so it is 07:30 UTC, which the wall clock shows as 03:30 EDT.
    event = services.calendar.create_event(
        EventInput(
            "Early walk",
            datetime(2026, 3, 1, 2, 30),
            datetime(2026, 3, 1, 3, 0),
            "America/New_York",
            rrule="FREQ=WEEKLY;COUNT=3",
        )
    )
    found = services.calendar.occurrences_between(datetime(2026, 2, 28, tzinfo=UTC), datetime(2026, 3, 20, tzinfo=UTC))
    starts = [occ.start for occ in found if occ.event_id == event.id]
    assert starts == [
        datetime(2026, 3, 1, 7, 30, tzinfo=UTC),
        datetime(2026, 3, 8, 7, 30, tzinfo=UTC),
        datetime(2026, 3, 15, 6, 30, tzinfo=UTC),
    ]
    gap = [o for o in found if o.start == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)][0]
    assert gap.local_start(ZoneInfo("America/New_York")).strftime("%H:%M %Z") == "03:30 EDT"


def test_one_off_event_in_the_gap_resolves_the_same_way(services):
    event = services.calendar.get_event(
        services.calendar.create_event(
            EventInput("Gap", datetime(2026, 3, 8, 2, 30), datetime(2026, 3, 8, 4, 0), "America/New_York")
        ).id
    )
    assert event.start_utc == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)


def test_ambiguous_fall_back_time_takes_the_first_occurrence(services):
    event = services.calendar.get_event(
        services.calendar.create_event(
            EventInput("Night call", datetime(2026, 10, 25, 1, 30), datetime(2026, 10, 25, 1, 45), "Europe/London")
        ).id
    )
    assert event.start_utc == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 01:30 BST, not 01:30 GMT


def test_weekly_event_with_one_occurrence_cancelled_and_one_moved(services):
    zone = ZoneInfo("Europe/London")
    event = services.calendar.create_event(
        EventInput(
            "Therapy",
            datetime(2026, 11, 4, 16, 0),
            datetime(2026, 11, 4, 16, 50),
            "Europe/London",
            kind="therapy",
            rrule="FREQ=WEEKLY;BYDAY=WE",
        )
    )
    services.calendar.cancel_occurrence(event.id, datetime(2026, 11, 11, 16, 0))
    services.calendar.move_occurrence(
        event.id, datetime(2026, 11, 18, 16, 0), datetime(2026, 11, 19, 10, 0), datetime(2026, 11, 19, 10, 50)
    )
    found = services.calendar.occurrences_between(
        to_utc(datetime(2026, 11, 1), zone), to_utc(datetime(2026, 12, 1), zone)
    )
    local = [(occ.local_start(zone).replace(tzinfo=None), occ.changed) for occ in found]
    assert local == [
        (datetime(2026, 11, 4, 16, 0), False),
        (datetime(2026, 11, 19, 10, 0), True),
        (datetime(2026, 11, 25, 16, 0), False),
    ]
    moved = [occ for occ in found if occ.changed][0]
    assert moved.original_start_local == datetime(2026, 11, 18, 16, 0)
    assert moved.end - moved.start == timedelta(minutes=50)


def test_moved_occurrence_shows_in_the_week_it_moved_to(services):
    zone = ZoneInfo("Europe/London")
    event = services.calendar.create_event(
        EventInput(
            "Group", datetime(2026, 11, 2, 18, 0), datetime(2026, 11, 2, 19, 0), "Europe/London", rrule="FREQ=WEEKLY"
        )
    )
    services.calendar.move_occurrence(
        event.id, datetime(2026, 11, 9, 18, 0), datetime(2026, 11, 20, 18, 0), datetime(2026, 11, 20, 19, 0)
    )
    third_week = services.calendar.week(date(2026, 11, 16), zone)
    assert [(o.local_start(zone).day, o.changed) for o in third_week] == [(16, False), (20, True)]
    second_week = services.calendar.week(date(2026, 11, 9), zone)
    assert second_week == []


def test_cancelling_a_time_the_series_does_not_have_is_refused(services):
    event = services.calendar.create_event(
        EventInput(
            "Group", datetime(2026, 11, 2, 18, 0), datetime(2026, 11, 2, 19, 0), "Europe/London", rrule="FREQ=WEEKLY"
        )
    )
    with pytest.raises(ValidationError) as err:
        services.calendar.cancel_occurrence(event.id, datetime(2026, 11, 3, 18, 0))
    assert err.value.field == "occurrence"


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=FORTNIGHTLY",
        "FREQ=WEEKLY;BYDAY=XX",
        "FREQ=WEEKLY;COUNT=0",
        "FREQ=WEEKLY;COUNT=3;UNTIL=20270101",
        "FREQ=MINUTELY",
        "FREQ=WEEKLY;UNTIL=2027-13-45",
        "garbage",
        "FREQ=WEEKLY;FREQ=DAILY",
        "DTSTART=20260101;FREQ=DAILY",
        "FREQ=DAILY;UNTIL=20200101",
    ],
)
def test_invalid_rules_are_refused_with_the_rrule_field(rule):
    with pytest.raises(ValidationError) as err:
        normalise_rrule(rule, datetime(2026, 1, 1, 10), ZoneInfo("Europe/London"))
    assert err.value.field == "rrule"
    assert err.value.message


def test_until_date_becomes_utc_end_of_that_local_day():
    zone = ZoneInfo("America/New_York")
    rule = normalise_rrule("RRULE:FREQ=WEEKLY;UNTIL=20260701", datetime(2026, 1, 1, 19), zone)
    assert rule == "FREQ=WEEKLY;UNTIL=20260702T035959Z"


def test_series_end_is_known_for_bounded_rules_and_none_for_open_ones():
    zone = ZoneInfo("Europe/London")
    start = datetime(2026, 1, 5, 18)
    assert series_end("FREQ=WEEKLY;COUNT=3", start, zone, timedelta(hours=1)) == datetime(2026, 1, 19, 19, tzinfo=UTC)
    assert series_end("FREQ=WEEKLY", start, zone, timedelta(hours=1)) is None
    assert series_end(None, start, zone, timedelta(hours=1)) == datetime(2026, 1, 5, 19, tzinfo=UTC)


def test_ended_series_is_not_expanded_after_its_end(services):
    zone = ZoneInfo("Europe/London")
    services.calendar.create_event(
        EventInput(
            "Course", datetime(2026, 1, 5, 18), datetime(2026, 1, 5, 19), "Europe/London", rrule="FREQ=WEEKLY;COUNT=4"
        )
    )
    assert (
        len(
            services.calendar.occurrences_between(
                to_utc(datetime(2026, 1, 1), zone), to_utc(datetime(2026, 3, 1), zone)
            )
        )
        == 4
    )
    assert services.calendar.week(date(2026, 2, 2), zone) == []


def test_all_day_event_covers_the_local_day(services):
    zone = ZoneInfo("America/New_York")
    services.calendar.create_event(
        EventInput("Retreat", datetime(2026, 6, 6), datetime(2026, 6, 6), "America/New_York", all_day=True)
    )
    found = services.calendar.day(date(2026, 6, 6), zone)
    assert len(found) == 1 and found[0].all_day
    assert found[0].start == datetime(2026, 6, 6, 4, tzinfo=UTC)
    assert found[0].end == datetime(2026, 6, 7, 4, tzinfo=UTC)
    assert services.calendar.day(date(2026, 6, 7), zone) == []
