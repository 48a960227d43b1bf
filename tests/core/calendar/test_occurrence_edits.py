"""Recurring edits stored as RFC 5545 would, and attendance of past occurrences."""

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from recoverybox.core.base.validation import ValidationError
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.calendar.recurrence import to_utc
from recoverybox.core.storage.models import Attendance, Event

LONDON = ZoneInfo("Europe/London")
MONDAYS = [datetime(2026, 11, 2, 18) + timedelta(weeks=n) for n in range(8)]


def series(services, rule="FREQ=WEEKLY;BYDAY=MO", **extra):
    return services.calendar.get_event(
        services.calendar.create_event(
            EventInput(
                "Group",
                MONDAYS[0],
                MONDAYS[0] + timedelta(hours=1),
                "Europe/London",
                kind="meeting",
                rrule=rule,
                reminder_offsets=[60],
                **extra,
            )
        ).id
    )


def starts(services, first=date(2026, 11, 1), last=date(2027, 1, 1)):
    found = services.calendar.occurrences_between(
        to_utc(datetime.combine(first, datetime.min.time()), LONDON),
        to_utc(datetime.combine(last, datetime.min.time()), LONDON),
    )
    return [(o.local_start(LONDON).replace(tzinfo=None), o.title) for o in found]


def test_this_occurrence_becomes_an_exception(services):
    event = series(services)
    data = services.occurrences.input_for(event, MONDAYS[2])
    services.occurrences.edit(
        event.id,
        MONDAYS[2],
        replace(
            data, title="Speaker night", start=MONDAYS[2] + timedelta(hours=1), end=MONDAYS[2] + timedelta(hours=2)
        ),
        "this",
    )
    found = starts(services, last=date(2026, 12, 1))
    assert found[2] == (MONDAYS[2] + timedelta(hours=1), "Speaker night")
    assert [t for _, t in found].count("Group") == len(found) - 1
    with services.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == 1


def test_one_occurrence_can_have_its_own_place_and_reminders(services):
    event = series(services, location="Church hall")
    data = services.occurrences.input_for(event, MONDAYS[1])
    assert (data.location, data.reminder_offsets) == ("Church hall", [60])
    services.occurrences.edit(
        event.id, MONDAYS[1], replace(data, location="Library", reminder_offsets=[120, 15]), "this"
    )
    event = services.calendar.get_event(event.id)
    again = services.occurrences.input_for(event, MONDAYS[1])
    assert (again.location, again.reminder_offsets) == ("Library", [15, 120])
    assert services.occurrences.input_for(event, MONDAYS[2]).location == "Church hall"
    after = to_utc(MONDAYS[0], LONDON) - timedelta(hours=2)
    due = sorted(r.due for r in services.reminders.due_between(after, after + timedelta(days=9)) if r.kind == "event")
    first, second = (to_utc(day, LONDON) for day in MONDAYS[:2])
    assert due == [first - timedelta(minutes=60), second - timedelta(minutes=120), second - timedelta(minutes=15)]
    # Back as the series has it: no longer its own.
    services.occurrences.edit(
        event.id, MONDAYS[1], replace(again, location="Church hall", reminder_offsets=[60]), "this"
    )
    [exc] = services.calendar.get_event(event.id).exceptions
    assert (exc.location, exc.reminders) == (None, None)


def test_this_and_following_splits_the_series(services):
    event = series(services)
    data = services.occurrences.input_for(event, MONDAYS[3])
    new_id = services.occurrences.edit(
        event.id,
        MONDAYS[3],
        replace(data, start=MONDAYS[3] + timedelta(hours=1), end=MONDAYS[3] + timedelta(hours=2)),
        "following",
    ).id
    assert new_id != event.id
    old = services.calendar.get_event(event.id)
    assert "UNTIL=20261123T175959Z" in old.rrule
    found = [s for s, _ in starts(services, last=date(2026, 12, 22))]
    assert found == MONDAYS[:3] + [m + timedelta(hours=1) for m in MONDAYS[3:]]
    new = services.calendar.get_event(new_id)
    assert [r.offset_minutes for r in new.reminders] == [60]


def test_this_and_following_keeps_the_total_count(services):
    event = series(services, rule="FREQ=WEEKLY;BYDAY=MO;COUNT=6")
    data = services.occurrences.input_for(event, MONDAYS[2])
    services.occurrences.edit(event.id, MONDAYS[2], replace(data, title="New room"), "following")
    found = starts(services)
    assert [t for _, t in found] == ["Group", "Group", "New room", "New room", "New room", "New room"]


def test_whole_series_time_change_moves_every_occurrence_and_its_exceptions(services):
    event = series(services)
    services.calendar.cancel_occurrence(event.id, MONDAYS[1])
    data = services.occurrences.input_for(event, MONDAYS[4])
    services.occurrences.edit(
        event.id,
        MONDAYS[4],
        replace(data, start=MONDAYS[4] + timedelta(minutes=30), end=MONDAYS[4] + timedelta(minutes=90)),
        "all",
    )
    found = [s for s, _ in starts(services, last=date(2026, 12, 1))]
    assert found == [m + timedelta(minutes=30) for m in MONDAYS[:5] if m != MONDAYS[1]]


def test_delete_scopes(services):
    event = series(services)
    services.occurrences.delete(event.id, MONDAYS[1], "this")
    services.occurrences.delete(event.id, MONDAYS[5], "following")
    assert [s for s, _ in starts(services)] == [MONDAYS[0], MONDAYS[2], MONDAYS[3], MONDAYS[4]]
    services.occurrences.delete(event.id, MONDAYS[2], "all")
    assert starts(services) == []
    with pytest.raises(ValidationError):
        services.occurrences.delete(event.id, MONDAYS[2], "sometimes")


def test_move_by_drag_with_scope(services):
    event = series(services)
    services.occurrences.move(
        event.id, MONDAYS[1], MONDAYS[1] + timedelta(days=1, hours=1), MONDAYS[1] + timedelta(days=1, hours=2), "this"
    )
    assert starts(services, last=date(2026, 11, 16))[1][0] == MONDAYS[1] + timedelta(days=1, hours=1)


def test_attendance_only_for_started_occurrences_and_survives_a_split(services, clock):
    event = series(services)  # clock stands at 27 Nov 2026 noon: the first four Mondays are past
    with pytest.raises(ValidationError):
        services.occurrences.set_attendance(event.id, MONDAYS[5], "attended")
    services.occurrences.set_attendance(event.id, MONDAYS[2], "attended")
    services.occurrences.set_attendance(event.id, MONDAYS[3], "missed")
    services.occurrences.set_attendance(event.id, MONDAYS[3], "attended")
    data = services.occurrences.input_for(event, MONDAYS[2])
    new_id = services.occurrences.edit(event.id, MONDAYS[2], replace(data, title="Renamed"), "following").id
    marks = services.occurrences.attendance(date(2026, 11, 1), date(2026, 11, 30))
    assert marks == {(new_id, MONDAYS[2]): "attended", (new_id, MONDAYS[3]): "attended"}
    services.occurrences.set_attendance(new_id, MONDAYS[3], None)
    with services.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Attendance)) == 1


def test_rdates_add_occurrences(services):
    event = series(services, rdates=[datetime(2026, 11, 5, 18)])
    found = [s for s, _ in starts(services, last=date(2026, 11, 16))]
    assert found == [MONDAYS[0], datetime(2026, 11, 5, 18), MONDAYS[1]]
    services.calendar.cancel_occurrence(event.id, datetime(2026, 11, 5, 18))
    assert [s for s, _ in starts(services, last=date(2026, 11, 16))] == [MONDAYS[0], MONDAYS[1]]


def test_snapshot_and_restore_undo_a_split(services):
    from recoverybox.core.calendar.snapshots import restore_event, snapshot_event

    event = series(services)
    services.calendar.cancel_occurrence(event.id, MONDAYS[1])
    before = starts(services)
    snap = snapshot_event(services.db, event.id)
    new_id = services.occurrences.move(
        event.id, MONDAYS[3], MONDAYS[3] + timedelta(hours=2), MONDAYS[3] + timedelta(hours=3), "following"
    ).id
    assert starts(services) != before
    restore_event(services.db, snap, remove_ids=(new_id,))
    assert starts(services) == before
    services.calendar.delete_event(event.id)
    restore_event(services.db, snap)
    assert starts(services) == before


def test_an_occurrence_moved_past_the_end_of_its_series_still_shows(services):
    event = series(services, rule="FREQ=WEEKLY;BYDAY=MO;COUNT=3")
    later = MONDAYS[0] + timedelta(weeks=10, hours=2)  # weeks after the series' last date
    services.occurrences.move(event.id, MONDAYS[1], later, later + timedelta(hours=1), "this")
    moved = services.calendar.week(later.date() - timedelta(days=later.weekday()), services.zone)
    assert [(o.original_start_local, o.local_start(services.zone).replace(tzinfo=None)) for o in moved] == [
        (MONDAYS[1], later)
    ]
    earlier = MONDAYS[0] - timedelta(weeks=3)  # and before its first
    services.occurrences.move(event.id, MONDAYS[2], earlier, earlier + timedelta(hours=1), "this")
    assert [o.original_start_local for o in services.calendar.day(earlier.date(), services.zone)] == [MONDAYS[2]]
