"""Event validation, one transaction per action, and week queries."""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from recoverybox.core.base.validation import ValidationError
from recoverybox.core.calendar.events import EventInput, iso_week_monday
from recoverybox.core.storage.models import Event, EventException, Reminder


def event(**overrides):
    values = dict(
        title="Home group",
        start=datetime(2026, 12, 1, 19),
        end=datetime(2026, 12, 1, 20),
        tz="Europe/London",
        kind="meeting",
        fellowship="AA",
        reminder_offsets=[60, 10],
    )
    values.update(overrides)
    return EventInput(**values)


def count(services, model):
    with services.db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        (dict(title=""), "title"),
        (dict(title="   "), "title"),
        (dict(title="x" * 201), "title"),
        (dict(end=datetime(2026, 12, 1, 18)), "end"),
        (dict(end=datetime(2026, 12, 1, 19)), "end"),
        (dict(tz="Mars/Olympus_Mons"), "tz"),
        (dict(tz=""), "tz"),
        (dict(rrule="FREQ=SOMETIMES"), "rrule"),
        (dict(reminder_offsets=[-5]), "reminders"),
        (dict(reminder_offsets=[7 * 24 * 60 + 1]), "reminders"),
        (dict(kind="party"), "kind"),
        (dict(fellowship="XYZ"), "fellowship"),
        (dict(online_url="javascript:alert(1)"), "online_url"),
    ],
)
def test_bad_event_input_names_the_field_and_writes_nothing(services, overrides, field):
    with pytest.raises(ValidationError) as err:
        services.calendar.create_event(event(**overrides))
    assert err.value.field == field
    assert len(err.value.message) > 10
    assert count(services, Event) == 0
    assert count(services, Reminder) == 0


def test_title_of_exactly_200_characters_is_fine(services):
    created = services.calendar.get_event(services.calendar.create_event(event(title="x" * 200)).id)
    assert len(created.title) == 200


def test_reminder_offsets_at_the_limits_are_kept_sorted_and_unique(services):
    created = services.calendar.get_event(services.calendar.create_event(event(reminder_offsets=[10080, 0, 60, 60])).id)
    assert [r.offset_minutes for r in created.reminders] == [0, 60, 10080]


def test_failed_update_leaves_the_event_as_it_was(services):
    created = services.calendar.create_event(event())
    with pytest.raises(ValidationError):
        services.calendar.update_event(created.id, event(title="Renamed", reminder_offsets=[-1]))
    again = services.calendar.get_event(created.id)
    assert again.title == "Home group"
    assert [r.offset_minutes for r in again.reminders] == [10, 60]


def test_update_changes_reminders_and_keeps_exceptions(services):
    created = services.calendar.create_event(event(rrule="FREQ=WEEKLY"))
    services.calendar.cancel_occurrence(created.id, datetime(2026, 12, 8, 19))
    updated = services.calendar.get_event(
        services.calendar.update_event(created.id, event(rrule="FREQ=WEEKLY", reminder_offsets=[30])).id
    )
    assert [r.offset_minutes for r in updated.reminders] == [30]
    assert count(services, EventException) == 1


def test_deleting_an_event_removes_its_reminders_and_exceptions(services):
    created = services.calendar.create_event(event(rrule="FREQ=WEEKLY"))
    services.calendar.cancel_occurrence(created.id, datetime(2026, 12, 8, 19))
    services.calendar.delete_event(created.id)
    assert (count(services, Event), count(services, Reminder), count(services, EventException)) == (0, 0, 0)


def test_missing_event_gives_a_validation_error(services):
    with pytest.raises(ValidationError, match="no longer exists"):
        services.calendar.delete_event(12345)


def test_week_lists_occurrences_sorted_in_that_week_only(services):
    services.calendar.create_event(
        event(title="Thursday", start=datetime(2026, 12, 3, 19), end=datetime(2026, 12, 3, 20))
    )
    services.calendar.create_event(event(title="Tuesday"))
    services.calendar.create_event(
        event(title="Next week", start=datetime(2026, 12, 8, 19), end=datetime(2026, 12, 8, 20))
    )
    week = services.calendar.week(iso_week_monday("2026-W49", services.today()), services.zone)
    assert [o.title for o in week] == ["Tuesday", "Thursday"]


def test_iso_week_parsing():
    assert iso_week_monday("2026-W49", datetime(2026, 1, 1).date()) == datetime(2026, 11, 30).date()
    assert iso_week_monday("2027-w01", datetime(2026, 1, 1).date()) == datetime(2027, 1, 4).date()
    assert iso_week_monday(None, datetime(2026, 11, 27).date()) == datetime(2026, 11, 23).date()
    with pytest.raises(ValidationError):
        iso_week_monday("next week", datetime(2026, 1, 1).date())


def test_event_longer_than_a_year_is_refused(services):
    with pytest.raises(ValidationError) as err:
        services.calendar.create_event(event(end=datetime(2026, 12, 1, 19) + timedelta(days=400)))
    assert err.value.field == "end"
