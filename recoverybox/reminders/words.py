"""What a reminder says, in the person's language: its title, its detail and the line that says when it is for.

Core decides *what* is due (``DueReminder``: its kind, its times, its event, goal or milestone); the words are
made here, with Qt's translations, for the pop-up, the desktop notification, the tray and the command line.
Only QtCore is used, so the command line can say them too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale

from recoverybox.i18n.qt import translate

if TYPE_CHECKING:  # for annotations only: Today's first look draws before the data layer (SQLAlchemy) loads
    from recoverybox.core.recovery.sober_time import Milestone
    from recoverybox.core.reminders.planner import DueReminder


def milestone_text(milestone: Milestone) -> str:
    """ "30 days", "1 year", "18 months" in the person's language."""
    count = milestone.count
    if milestone.unit == "year":
        return translate("Reminders", "%n year(s)", None, count)
    if milestone.unit == "month":
        return translate("Reminders", "%n month(s)", None, count)
    return translate("Reminders", "%n day(s)", None, count)


def title(reminder: DueReminder) -> str:
    """The reminder's heading: the event's or goal's own title, or ours for the daily and milestone ones (and
    only the generic one while the data is locked)."""
    if reminder.hidden:
        return reminder.title
    if reminder.kind == "morning":
        return translate("Reminders", "Good morning")
    if reminder.kind == "evening":
        return translate("Reminders", "Evening check-in")
    if reminder.kind == "milestone" and reminder.milestone is not None:
        return translate("Reminders", "{time} free from {name}").format(
            time=milestone_text(reminder.milestone), name=reminder.clock_name or ""
        )
    return reminder.title


def detail(reminder: DueReminder) -> str:
    """What the reminder is about, before any word on when (nothing while the data is locked)."""
    if reminder.hidden:
        return ""
    if reminder.kind == "morning":
        return translate("Reminders", "A moment for today's reflection and your pledge.")
    if reminder.kind == "evening":
        return translate("Reminders", "How was today? A line in the journal helps.")
    if reminder.kind == "goal":
        return translate("Reminders", "Not checked in yet today.")
    if reminder.kind == "milestone":
        return translate("Reminders", "Look how far you've come. Take a moment to be proud of this.")
    if reminder.starts_at is not None:
        return offset_text(int((reminder.starts_at - reminder.due).total_seconds() // 60))
    return reminder.detail


def offset_text(minutes: int) -> str:
    """ "Starts in 10 minutes", "Starts in 1 hour", "Starts in 2 days"."""
    if minutes <= 0:
        return translate("Reminders", "Starting now")
    if minutes % 1440 == 0:
        days = minutes // 1440
        return translate("Reminders", "Starts in %n day(s)", None, days)
    if minutes % 60 == 0:
        hours = minutes // 60
        return translate("Reminders", "Starts in %n hour(s)", None, hours)
    return translate("Reminders", "Starts in %n minute(s)", None, minutes)


def status_line(
    reminder: DueReminder, now: datetime, zone: ZoneInfo, missed: bool, time_text: Callable[[datetime], str]
) -> str:
    """What a reminder is, in words, at the moment it is shown.

    "Starts in 10 minutes · starts at 20:12" on time; "Snoozed · started at 20:12, 5 minutes ago" after a
    snooze; "Late · …" when it comes late; "Missed while RecoveryBox was closed · yesterday 19:00" at start.
    ``time_text`` formats a local time as the person set their clock (the UI passes its own).
    """
    moment = reminder.starts_at or reminder.due
    local = moment.astimezone(zone)
    at = _at(local.date(), now.astimezone(zone).date(), time_text(local))
    if missed:
        return translate("Reminders", "Missed while RecoveryBox was closed · {when}").format(when=at)
    if not (reminder.snoozed or reminder.late):
        if reminder.starts_at:
            return translate("Reminders", "{what} · starts at {when}").format(what=detail(reminder), when=at)
        return detail(reminder)
    ago = _ago(now - moment)
    if reminder.starts_at is None:
        if reminder.snoozed:
            return translate("Reminders", "Snoozed · was due at {when}, {ago}").format(when=at, ago=ago)
        return translate("Reminders", "Late · was due at {when}, {ago}").format(when=at, ago=ago)
    if moment <= now:
        if reminder.snoozed:
            return translate("Reminders", "Snoozed · started at {when}, {ago}").format(when=at, ago=ago)
        return translate("Reminders", "Late · started at {when}, {ago}").format(when=at, ago=ago)
    span = _span(moment - now)
    if reminder.snoozed:
        return translate("Reminders", "Snoozed · starts at {when}, in {span}").format(when=at, span=span)
    return translate("Reminders", "Late · starts at {when}, in {span}").format(when=at, span=span)


def _at(day: date, today: date, time: str) -> str:
    """ "19:00", "yesterday 19:00", "tomorrow 19:00", "Mon 23 Nov 19:00"."""
    if day == today:
        return time
    if day == today - timedelta(days=1):
        return translate("Reminders", "yesterday {time}").format(time=time)
    if day == today + timedelta(days=1):
        return translate("Reminders", "tomorrow {time}").format(time=time)
    shown = QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")
    return translate("Reminders", "{day} {time}").format(day=shown, time=time)


def _span(delta: timedelta) -> str:
    minutes = max(int(delta.total_seconds() // 60), 0)
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        return translate("Reminders", "%n minute(s)", None, minutes)
    if rest and hours < 3:
        return translate("Reminders", "{hours} {minutes}").format(
            hours=translate("Reminders", "%n hour(s)", None, hours),
            minutes=translate("Reminders", "%n minute(s)", None, rest),
        )
    return translate("Reminders", "%n hour(s)", None, hours)


def _ago(delta: timedelta) -> str:
    if delta < timedelta(minutes=1):
        return translate("Reminders", "just now")
    return translate("Reminders", "{span} ago").format(span=_span(delta))
