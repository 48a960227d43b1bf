"""Calendars from the real world, each hand-written to show one thing other programs write: imported, its
agenda agrees with an independent implementation (``recurring-ical-events``) week by week, shows what it must,
and survives an export and a re-import into a fresh database."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from recoverybox.core.app.opening import open_memory
from recoverybox.core.app.services import Services
from recoverybox.core.base.clock import FixedClock
from tests.core.calendar.ics_oracle import oracle, ours

HERE = Path(__file__).resolve().parent / "ics"


def fresh(zone_name: str) -> Services:
    services = Services(open_memory(), FixedClock(datetime(2026, 1, 1, 12, tzinfo=UTC)))
    services.settings.set("timezone", zone_name)
    return services


def weeks(first: date, count: int) -> list[date]:
    monday = first - timedelta(days=first.weekday())
    return [monday + timedelta(weeks=n) for n in range(count)]


def agree(services: Services, raw: bytes, mondays: list[date], zone_name: str) -> list[tuple]:
    shown = []
    for monday in mondays:
        here = ours(services, monday, 7)
        assert here == oracle(raw, monday, 7, zone_name), f"week of {monday}"
        shown += here
    return shown


def titles_on(shown: list[tuple]) -> list[tuple[str, str]]:
    return [(str(row[1])[:16], row[3]) for row in shown]


# (file, the person's time zone, first week, weeks, what the summary must say)
CASES = [
    ("moved_outside_span.ics", "America/New_York", date(2025, 12, 22), 9, ""),
    ("exchange_all_day_recurrence_id.ics", "America/Los_Angeles", date(2026, 1, 5), 7, ""),
    ("duration_override.ics", "Europe/London", date(2026, 1, 5), 3, ""),
    ("timed_to_all_day_override.ics", "Europe/London", date(2026, 1, 5), 4, ""),
    ("rdate_without_rrule.ics", "Europe/London", date(2026, 1, 5), 6, ""),
    ("custom_vtimezone.ics", "America/New_York", date(2026, 3, 2), 8, "same clock changes"),
    ("several_rrules.ics", "Europe/London", date(2026, 1, 5), 10, ""),
    ("rdate_period.ics", "Europe/London", date(2026, 1, 5), 2, ""),
    ("this_and_future.ics", "Europe/London", date(2026, 1, 5), 8, "split there in two"),
    ("no_uid.ics", "Europe/London", date(2026, 1, 5), 3, "had no UID"),
    ("duplicate_uids.ics", "Europe/London", date(2026, 1, 5), 2, "the newest copy was kept"),
    ("mixed_date_types.ics", "Europe/London", date(2026, 1, 5), 3, "read as timed from midnight"),
    ("google_utc_feed.ics", "America/New_York", date(2026, 3, 16), 6, ""),
]


@pytest.mark.parametrize(("name", "zone_name", "first", "count", "said"), CASES, ids=[case[0] for case in CASES])
def test_each_calendar_agrees_with_the_oracle_and_survives_export(name, zone_name, first, count, said):
    raw = (HERE / name).read_bytes()
    services = fresh(zone_name)
    summary = services.ics.import_bytes(raw)
    assert summary.skipped == ()
    assert said in summary.notes_text()
    mondays = weeks(first, count)
    shown = agree(services, raw, mondays, zone_name)
    assert shown, "the weeks chosen show something"
    exported, _count = services.ics.export_bytes()
    again = fresh(zone_name)
    again.ics.import_bytes(exported)
    assert [ours(again, monday, 7) for monday in mondays] == [ours(services, monday, 7) for monday in mondays]


def shown_in(name: str, zone_name: str, first: date, count: int) -> list[tuple]:
    services = fresh(zone_name)
    services.ics.import_bytes((HERE / name).read_bytes())
    return [row for monday in weeks(first, count) for row in ours(services, monday, 7)]


def test_1_occurrences_moved_outside_the_series_span_show():
    shown = titles_on(shown_in("moved_outside_span.ics", "America/New_York", date(2025, 12, 22), 9))
    assert ("2025-12-30 19:00", "Home group (moved to before the series)") in shown
    assert ("2026-02-10 18:30", "Home group (moved to after the series)") in shown


def test_2_an_exchange_all_day_change_replaces_its_date():
    shown = shown_in("exchange_all_day_recurrence_id.ics", "America/Los_Angeles", date(2026, 1, 12), 1)
    assert [(row[1], row[3]) for row in shown] == [(date(2026, 1, 14), "Self-care day (moved to Wednesday)")]


def test_3_duration_on_a_changed_occurrence_is_its_length():
    [row] = shown_in("duration_override.ics", "Europe/London", date(2026, 1, 12), 1)
    assert row[2] - row[1] == timedelta(hours=2, minutes=30)


def test_4_one_occurrence_all_day_one_timed():
    shown = shown_in("timed_to_all_day_override.ics", "Europe/London", date(2026, 1, 12), 1)
    assert ("day", date(2026, 1, 17), date(2026, 1, 18), "SMART day retreat") in shown
    [walk] = [row for row in shown if row[3] == "Walk (just the morning)"]
    assert walk[0] == "time" and walk[2] - walk[1] == timedelta(hours=2, minutes=30)


def test_5_dates_without_a_rule_all_show():
    shown = titles_on(shown_in("rdate_without_rrule.ics", "Europe/London", date(2026, 1, 5), 6))
    assert [when for when, _title in shown] == [
        "2026-01-05 18:30",
        "2026-01-12 18:30",
        "2026-01-26 18:30",
        "2026-02-09 18:30",
    ]


def test_6_a_zone_of_the_files_own_keeps_its_wall_clock_across_its_dst_change():
    services = fresh("America/New_York")
    summary = services.ics.import_bytes((HERE / "custom_vtimezone.ics").read_bytes())
    assert "Europe/" in summary.notes_text()
    [event_id] = {occ.event_id for occ in services.calendar.days(date(2026, 3, 2), 60, services.zone)}
    zone = services.calendar.get_event(event_id).tz
    assert zone.startswith("Europe/")
    for occ in services.calendar.days(date(2026, 3, 2), 60, services.zone):  # 19:00 there, before and after 29 March
        assert occ.local_start(ZoneInfo(zone)).strftime("%H:%M") == "19:00"


def test_7_two_rules_are_united():
    shown = titles_on(shown_in("several_rrules.ics", "Europe/London", date(2026, 1, 5), 5))
    saturdays = [when for when, _title in shown if date.fromisoformat(when[:10]).weekday() == 5]
    tuesdays = [when for when, _title in shown if date.fromisoformat(when[:10]).weekday() == 1]
    assert saturdays == ["2026-02-07 19:00"] and len(tuesdays) == 5


def test_9_this_and_future_moves_every_later_occurrence():
    shown = titles_on(shown_in("this_and_future.ics", "Europe/London", date(2026, 1, 5), 8))
    assert shown == [
        ("2026-01-06 19:00", "Tuesday group"),
        ("2026-01-13 19:00", "Tuesday group"),
        ("2026-01-20 19:30", "Tuesday group (new room, later)"),
        ("2026-01-27 19:30", "Tuesday group (new room, later)"),
        ("2026-02-10 19:30", "Tuesday group (new room, later)"),  # 3 Feb was cancelled (EXDATE), 17 Feb is #6
    ]


def test_10_and_11_reimporting_updates_instead_of_duplicating():
    for name, expected in (("no_uid.ics", 3), ("duplicate_uids.ics", 1)):
        services = fresh("Europe/London")
        first = services.ics.import_bytes((HERE / name).read_bytes())
        again = services.ics.import_bytes((HERE / name).read_bytes())
        assert (first.created, again.created, again.updated) == (expected, 0, expected)
    shown = shown_in("duplicate_uids.ics", "Europe/London", date(2026, 1, 5), 1)
    assert [row[3] for row in shown] == ["Sponsor coffee"]  # SEQUENCE 2 of 0, 2, 1


def test_12_mixed_date_types_keep_their_last_day():
    shown = shown_in("mixed_date_types.ics", "Europe/London", date(2026, 1, 5), 2)
    retreat = next(row for row in shown if row[3].startswith("Retreat"))
    assert retreat[0] == "time" and retreat[2] == datetime(2026, 1, 11, 14, tzinfo=UTC)


def test_one_bad_event_is_skipped_with_its_title_and_the_rest_imported():
    services = fresh("Europe/London")
    summary = services.ics.import_bytes((HERE / "one_bad_event.ics").read_bytes())
    assert summary.created == 2
    assert summary.skipped == (
        "The event “Meeting on Mars time”: its time zone “Mars/Olympus_Mons” is not defined in the file and is "
        "not one RecoveryBox knows, so its times could not be placed.",
    )


def test_a_utc_series_in_a_google_feed_keeps_its_local_time_across_the_clock_change():
    shown = titles_on(shown_in("google_utc_feed.ics", "Europe/London", date(2026, 3, 23), 4))
    assert [(str(row[0]), row[1]) for row in shown] == [
        ("2026-03-23 18:00", "Evening check-in call"),
        ("2026-03-30 17:00", "Evening check-in call"),  # 18:00 in London, after the clocks went forward
        ("2026-04-13 16:00", "Evening check-in call (earlier)"),  # 6 April cancelled (EXDATE)
    ]
