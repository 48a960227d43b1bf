"""What a reminder says (``recoverybox.reminders.words``): the status line in English and in German, the
milestone words, and nothing private while the data is locked."""

from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale

from recoverybox.core.recovery.sober_time import milestones
from recoverybox.core.reminders.planner import DueReminder
from recoverybox.reminders.words import detail, milestone_text, status_line, title

LONDON = ZoneInfo("Europe/London")


def _at(hour, minute=0, day=27):
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def _event_reminder(**extra):
    values = dict(
        key="event:1:x",
        kind="event",
        due=_at(20, 7),
        fire_at=_at(20, 7),
        title="Home group",
        starts_at=_at(20, 12),
    )
    values.update(extra)
    return DueReminder(**values)


def hhmm(moment):
    return moment.strftime("%H:%M")


def test_status_line_says_what_a_late_snoozed_or_missed_reminder_is():
    on_time = _event_reminder()
    assert status_line(on_time, _at(20, 7), LONDON, False, hhmm) == "Starts in 5 minutes · starts at 20:12"
    snoozed = replace(on_time, snoozed=True, fire_at=_at(20, 17))
    assert status_line(snoozed, _at(20, 17), LONDON, False, hhmm) == "Snoozed · started at 20:12, 5 minutes ago"
    early_snooze = replace(on_time, snoozed=True, fire_at=_at(20, 9))
    assert status_line(early_snooze, _at(20, 9), LONDON, False, hhmm) == "Snoozed · starts at 20:12, in 3 minutes"
    late = replace(on_time, late=True)
    assert status_line(late, _at(23, 40), LONDON, False, hhmm) == "Late · started at 20:12, 3 hours ago"
    assert status_line(late, _at(21, 17), LONDON, False, hhmm) == "Late · started at 20:12, 1 hour 5 minutes ago"
    missed = _event_reminder(starts_at=_at(19, 0, day=26), due=_at(18, 0, day=26), late=True)
    assert status_line(missed, _at(9), LONDON, True, hhmm) == "Missed while RecoveryBox was closed · yesterday 19:00"
    nudge = DueReminder(key="goal:1:x", kind="goal", due=_at(8), fire_at=_at(8), title="Walk")
    assert status_line(nudge, _at(8), LONDON, False, hhmm) == "Not checked in yet today."
    assert status_line(replace(nudge, snoozed=True), _at(8, 15), LONDON, False, hhmm) == (
        "Snoozed · was due at 08:00, 15 minutes ago"
    )
    week_old = replace(missed, starts_at=_at(19, 0, day=23))
    day = QLocale().toString(QDate(2026, 11, 23), "ddd d MMM")
    assert status_line(week_old, _at(9), LONDON, True, hhmm) == f"Missed while RecoveryBox was closed · {day} 19:00"


def test_milestones_and_daily_prompts_are_said_in_words_of_their_own():
    found = milestones(date(2025, 1, 1), date(2026, 11, 27))
    assert [milestone_text(m) for m in found[:2]] == ["1 day", "3 days"]
    assert [milestone_text(m) for m in found if m.unit != "day"][:3] == ["1 year", "18 months", "2 years"]
    year = next(m for m in found if m.unit == "year")
    reminder = DueReminder(
        key="milestone:1:365",
        kind="milestone",
        due=_at(8),
        fire_at=_at(8),
        title="",
        milestone=year,
        clock_name="Alcohol",
    )
    assert title(reminder) == "1 year free from Alcohol"
    morning = DueReminder(key="morning:x", kind="morning", due=_at(8), fire_at=_at(8), title="")
    assert (title(morning), detail(morning)) == ("Good morning", "A moment for today's reflection and your pledge.")


def test_a_locked_reminder_says_nothing_private():
    year = milestones(date(2025, 1, 1), date(2026, 11, 27))[-1]
    reminder = DueReminder(
        key="milestone:1:x", kind="milestone", due=_at(8), fire_at=_at(8), title="RecoveryBox reminder", hidden=True
    )
    assert (title(reminder), detail(reminder)) == ("RecoveryBox reminder", "")
    assert "Alcohol" not in title(replace(reminder, milestone=year))


def test_a_reminder_speaks_german(speak):
    speak("de")
    on_time = _event_reminder()
    assert status_line(on_time, _at(20, 7), LONDON, False, hhmm) == "Beginnt in 5 Minuten · beginnt um 20:12"
    late = replace(on_time, late=True)
    assert status_line(late, _at(21, 17), LONDON, False, hhmm) == (
        "Verspätet · hat um 20:12 begonnen, vor 1 Stunde 5 Minuten"
    )
    year = next(m for m in milestones(date(2025, 1, 1), date(2026, 11, 27)) if m.unit == "year")
    assert milestone_text(year) == "1 Jahr"
