"""Reminders derived from the database: DST, zones, exactly once, missed, snooze, quiet hours."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from recoverybox.core.app.opening import open_database
from recoverybox.core.app.services import Services
from recoverybox.core.base.clock import FixedClock
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.goals.service import GoalInput
from tests.core.calendar.test_recurrence import DST_CHANGES


def only_events(reminders):
    return [r for r in reminders if r.kind == "event"]


def quiet_defaults(services):
    for kind in ("morning", "evening", "goals", "milestones"):
        services.settings.set(f"remind_{kind}", False)


def weekly(services, zone_name, offsets=(60,), start=datetime(2026, 1, 4, 19, 0), **extra):
    return services.calendar.get_event(
        services.calendar.create_event(
            EventInput(
                "Home group",
                start,
                start + timedelta(hours=1),
                zone_name,
                kind="meeting",
                rrule="FREQ=WEEKLY",
                reminder_offsets=list(offsets),
                **extra,
            )
        ).id
    )


@pytest.mark.parametrize("zone_name", sorted(DST_CHANGES))
def test_one_hour_reminder_fires_at_1800_local_around_every_dst_change(services, zone_name):
    quiet_defaults(services)
    services.settings.set("timezone", zone_name)
    services.zone_changed()
    zone = ZoneInfo(zone_name)
    weekly(services, zone_name)
    for change in DST_CHANGES[zone_name]:
        after = datetime.combine(change - timedelta(days=8), datetime.min.time(), tzinfo=zone)
        before = datetime.combine(change + timedelta(days=8), datetime.min.time(), tzinfo=zone)
        due = only_events(services.reminders.due_between(after.astimezone(UTC), before.astimezone(UTC)))
        local = [r.due.astimezone(zone) for r in due]
        assert [d.date() for d in local] == [change - timedelta(days=7), change, change + timedelta(days=7)]
        assert {(d.hour, d.minute) for d in local} == {(18, 0)}
        assert local[0].utcoffset() != local[2].utcoffset()


def test_event_in_another_zone_fires_at_its_own_instant(services):
    quiet_defaults(services)
    weekly(services, "America/New_York", offsets=(30,), start=datetime(2026, 7, 5, 19, 0))
    due = only_events(
        services.reminders.due_between(datetime(2026, 7, 5, tzinfo=UTC), datetime(2026, 7, 6, 12, tzinfo=UTC))
    )
    assert [r.due for r in due] == [datetime(2026, 7, 5, 22, 30, tzinfo=UTC)]  # 18:30 EDT, 23:30 in London


def test_changes_to_events_and_exceptions_change_what_is_upcoming(services, clock):
    quiet_defaults(services)
    event = weekly(services, "Europe/London", start=datetime(2026, 11, 29, 19, 0))
    keys = lambda: [r.key for r in services.reminders.upcoming(clock.now(), timedelta(days=14))]  # noqa: E731
    assert len(keys()) == 2
    services.calendar.cancel_occurrence(event.id, datetime(2026, 11, 29, 19, 0))
    assert len(keys()) == 1
    services.calendar.move_occurrence(
        event.id, datetime(2026, 12, 6, 19, 0), datetime(2026, 12, 7, 9, 0), datetime(2026, 12, 7, 10, 0)
    )
    assert [r.due for r in services.reminders.upcoming(clock.now(), timedelta(days=14))] == [
        datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
    ]
    services.calendar.update_event(
        event.id,
        EventInput(
            "Home group",
            datetime(2026, 11, 29, 19, 0),
            datetime(2026, 11, 29, 20, 0),
            "Europe/London",
            rrule="FREQ=WEEKLY",
            reminder_offsets=[10, 60],
        ),
    )
    assert len(keys()) == 2  # the moved occurrence, twice
    services.calendar.delete_event(event.id)
    assert keys() == []


def test_each_reminder_is_shown_exactly_once_even_across_a_restart(tmp_path, clock):
    db_file = tmp_path / "r.sqlite3"
    first = Services(open_database(db_file), clock)
    first.settings.set("timezone", "Europe/London")
    quiet_defaults(first)
    weekly(first, "Europe/London", offsets=(10,), start=datetime(2026, 11, 27, 13, 0))
    since = clock.now()
    clock.set(datetime(2026, 11, 27, 12, 50, tzinfo=UTC))
    shown = first.reminders.pop_due(clock.now(), since)
    assert [(r.title, r.late) for r in shown] == [("Home group", False)]
    assert first.reminders.pop_due(clock.now(), since) == []
    first.close()
    clock.advance(minutes=1)
    second = Services(open_database(db_file), clock)
    assert second.reminders.pop_due(clock.now(), since) == []
    assert second.reminders.upcoming(clock.now(), timedelta(hours=1)) == []
    second.close()


def test_missed_reminders_come_newest_first_and_late(services, clock):
    quiet_defaults(services)
    services.settings.set("remind_morning", True)
    services.settings.set("remind_evening", True)
    last_seen = clock.now() - timedelta(days=2)
    missed = services.reminders.pop_due(clock.now(), last_seen)
    assert [(r.key, r.late) for r in missed] == [
        ("morning:2026-11-27", True),
        ("evening:2026-11-26", True),
        ("morning:2026-11-26", True),
        ("evening:2026-11-25", True),
    ]


def test_missed_lookback_is_capped_at_a_week(services, clock):
    quiet_defaults(services)
    services.settings.set("remind_morning", True)
    missed = services.reminders.pop_due(clock.now(), clock.now() - timedelta(days=60))
    assert len(missed) == 7


def test_snooze_survives_a_restart_and_fires_once_more(tmp_path, clock):
    db_file = tmp_path / "s.sqlite3"
    first = Services(open_database(db_file), clock)
    first.settings.set("timezone", "Europe/London")
    quiet_defaults(first)
    weekly(first, "Europe/London", offsets=(0,), start=datetime(2026, 11, 27, 13, 0))
    clock.set(datetime(2026, 11, 27, 13, 0, tzinfo=UTC))
    [reminder] = first.reminders.pop_due(clock.now(), clock.now() - timedelta(minutes=5))
    with pytest.raises(ValidationError):
        first.reminders.snooze(reminder.key, reminder.due, 7, clock.now())
    until = first.reminders.snooze(reminder.key, reminder.due, 15, clock.now())
    first.close()

    second = Services(open_database(db_file), clock)
    upcoming = second.reminders.upcoming(clock.now())
    assert [(r.key, r.fire_at, r.snoozed, r.title) for r in upcoming] == [(reminder.key, until, True, "Home group")]
    clock.advance(minutes=14)
    assert second.reminders.pop_due(clock.now(), clock.now() - timedelta(minutes=5)) == []
    clock.advance(minutes=1)
    again = second.reminders.pop_due(clock.now(), clock.now() - timedelta(minutes=5))
    assert [r.key for r in again] == [reminder.key]
    assert second.reminders.pop_due(clock.now(), clock.now() - timedelta(minutes=5)) == []
    second.close()


def test_quiet_hours_hold_reminders_until_they_end_except_always(services):
    quiet_defaults(services)
    services.settings.set("remind_evening", True)
    services.settings.set("evening_reminder", "23:00")
    services.settings.set("quiet_start", "22:00")
    services.settings.set("quiet_end", "07:00")
    weekly(services, "Europe/London", offsets=(0,), start=datetime(2026, 11, 27, 22, 30))
    urgent = weekly(services, "Europe/London", offsets=(0,), start=datetime(2026, 11, 27, 23, 30))
    with services.db.transaction() as session:
        from recoverybox.core.storage.models import Reminder

        session.get(Reminder, urgent.reminders[0].id).always = True
    found = services.reminders.due_between(
        datetime(2026, 11, 27, 12, tzinfo=UTC), datetime(2026, 11, 28, 12, tzinfo=UTC)
    )
    fire = {(r.kind, r.due.strftime("%H:%M")): r.fire_at.strftime("%d %H:%M") for r in found}
    assert fire == {
        ("evening", "23:00"): "28 07:00",
        ("event", "22:30"): "28 07:00",
        ("event", "23:30"): "27 23:30",
    }


def test_goal_nudge_is_skipped_once_the_goal_is_done(services, clock):
    quiet_defaults(services)
    services.settings.set("remind_goals", True)
    goal = services.goals.create(GoalInput("Walk", remind_at="18:00"))
    upcoming = services.reminders.upcoming(clock.now(), timedelta(hours=12))
    assert [r.key for r in upcoming] == [f"goal:{goal.id}:2026-11-27"]
    services.goals.check_in(goal.id)
    assert services.reminders.upcoming(clock.now(), timedelta(hours=12)) == []
    clock.set(datetime(2026, 11, 27, 18, 1, tzinfo=UTC))
    assert services.reminders.pop_due(clock.now(), clock.now() - timedelta(hours=1)) == []


def test_milestone_celebrated_exactly_once(services, clock):
    quiet_defaults(services)
    services.settings.set("remind_milestones", True)
    services.sobriety.create_clock("Alcohol", date(2026, 11, 20))  # 7 days on 27 November
    shown = services.reminders.pop_due(clock.now(), clock.now() - timedelta(days=1))
    assert [r.title for r in shown] == ["7 days free from Alcohol"]
    assert services.reminders.pop_due(clock.now(), clock.now() - timedelta(days=1)) == []


def test_turning_a_kind_off_removes_it(services, clock):
    for kind in ("morning", "evening", "goals", "milestones", "events"):
        services.settings.set(f"remind_{kind}", False)
    weekly(services, "Europe/London", start=datetime(2026, 11, 28, 19, 0))
    assert services.reminders.upcoming(clock.now()) == []


def test_bounded_restart_does_not_invent_missed_reminders_on_first_run(tmp_path):
    clock = FixedClock(datetime(2026, 11, 27, 12, tzinfo=UTC))
    services = Services(open_database(tmp_path / "f.sqlite3"), clock)
    services.settings.set("timezone", "Europe/London")
    assert services.reminders.pop_due(clock.now(), clock.now()) == []
    services.close()


def test_reminder_held_by_quiet_hours_pops_up_when_they_end(services, clock):
    quiet_defaults(services)
    services.settings.set("remind_evening", True)
    services.settings.set("evening_reminder", "23:00")
    services.settings.set("quiet_start", "22:00")
    services.settings.set("quiet_end", "07:00")
    clock.set(datetime(2026, 11, 27, 22, 59, tzinfo=UTC))
    assert services.reminders.pop_due(clock.now(), clock.now() - timedelta(minutes=1)) == []
    clock.set(datetime(2026, 11, 28, 6, 59, tzinfo=UTC))
    since = clock.now()
    assert services.reminders.pop_due(clock.now(), since) == []
    clock.set(datetime(2026, 11, 28, 7, 0, tzinfo=UTC))
    shown = services.reminders.pop_due(clock.now(), since)
    assert [(r.key, r.late) for r in shown] == [("evening:2026-11-27", False)]


def test_an_event_marked_always_is_not_held_by_quiet_hours(services):
    quiet_defaults(services)
    services.settings.set("quiet_start", "22:00")
    services.settings.set("quiet_end", "07:00")
    late = datetime(2026, 11, 27, 23, 0)
    event = services.calendar.get_event(
        services.calendar.create_event(
            EventInput(
                "Night shift check-in",
                late,
                late + timedelta(minutes=30),
                "Europe/London",
                reminder_offsets=[0, 15],
                reminders_always=True,
            )
        ).id
    )
    assert all(r.always for r in event.reminders)
    found = services.reminders.due_between(
        datetime(2026, 11, 27, 20, tzinfo=UTC), datetime(2026, 11, 28, 8, tzinfo=UTC)
    )
    assert [(r.due, r.fire_at) for r in found] == [(r.due, r.due) for r in found] and len(found) == 2
    edited = services.occurrences.input_for(event, late)
    assert edited.reminders_always is True


def test_a_snoozed_nudge_is_dropped_once_the_goal_is_done(services, clock):
    quiet_defaults(services)
    services.settings.set("remind_goals", True)
    goal = services.goals.create(GoalInput("Walk", remind_at="12:00"))
    [nudge] = services.reminders.pop_due(clock.now(), clock.now() - timedelta(minutes=5))
    services.reminders.snooze(nudge.key, nudge.due, 15, clock.now())
    services.goals.check_in(goal.id)
    clock.advance(minutes=20)
    assert not any(r.snoozed or r.key == nudge.key for r in services.reminders.upcoming(clock.now()))

    assert services.reminders.pop_due(clock.now(), clock.now() - timedelta(minutes=5)) == []


def _at(hour, minute=0, day=27):
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)
