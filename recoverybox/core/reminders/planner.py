"""Which reminders fall due when: derived from the database every time, logged once shown.

No Qt here. ``reminders/scheduler.py`` turns ``ReminderPlanner.upcoming()`` into timer jobs and calls
``deliver_due()`` when one fires; everything that decides *what* is due, and whether it was already
shown, lives here so it can be tested with a fixed clock.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.validation import ValidationError, parse_hhmm
from recoverybox.core.calendar.recurrence import to_utc
from recoverybox.core.recovery.sober_time import Milestone, current_period, milestones
from recoverybox.core.storage.db import DatabaseError
from recoverybox.core.storage.models import CheckIn, EventException, Goal, MilestoneLog, Reminder, ReminderLog

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.calendar.events import CalendarService
    from recoverybox.core.recovery.sobriety import SobrietyService
    from recoverybox.core.settings.service import SettingsService
    from recoverybox.core.settings.zone import PersonsTime
    from recoverybox.core.storage.db import Database

log = logging.getLogger(__name__)
WINDOW = timedelta(hours=48)
MISSED_LOOKBACK = timedelta(days=7)
LATE_AFTER = timedelta(minutes=2)
QUIET_REACH = timedelta(hours=24)
SNOOZE_CHOICES = (5, 10, 15, 60)
DAILY_PROMPTS = (
    ("morning", "Good morning", "A moment for today's reflection and your pledge."),
    ("evening", "Evening check-in", "How was today? A line in the journal helps."),
)


@dataclass(frozen=True)
class DueReminder:
    """One reminder instance: what it is for, when it was due, and when it should pop up."""

    key: str
    kind: str  # event | morning | evening | goal | milestone
    due: datetime
    fire_at: datetime
    title: str
    detail: str = ""
    event_id: int | None = None
    goal_id: int | None = None
    starts_at: datetime | None = None
    location: str | None = None
    milestone: Milestone | None = None  # a milestone reminder's: the words are the UI's (reminders.words)
    clock_name: str | None = None
    hidden: bool = False  # shown while the data is locked: the generic title only, nothing private
    online_url: str | None = None
    always: bool = False
    late: bool = False
    missed: bool = False
    snoozed: bool = False

    @property
    def log_id(self) -> tuple[str, datetime]:
        return self.key, self.due


class ReminderPlanner:
    """Computes due reminders from events, settings, goals and sobriety clocks."""

    def __init__(
        self,
        db: Database,
        time: PersonsTime,
        settings: SettingsService,
        calendar: CalendarService,
        sobriety: SobrietyService,
    ) -> None:
        self.db = db
        self.time = time
        self.settings = settings
        self.calendar = calendar
        self.sobriety = sobriety
        # Shown while the log could not be written (a full disk): remembered here so they come only once.
        self._shown_unlogged: set[tuple[str, datetime]] = set()

    # ---- what is due ----------------------------------------------------------------------------
    def due_between(self, after: datetime, before: datetime) -> list[DueReminder]:
        """Every reminder whose *due* instant lies in ``[after, before)``, quiet hours applied."""
        settings = self.settings.all()
        zone = self.time.zone
        days = list(_local_days(after, before, zone))
        found: list[DueReminder] = []
        if settings["remind_events"]:
            found += self._event_reminders(after, before)
        for kind, title, detail in DAILY_PROMPTS:
            if settings[f"remind_{kind}"]:
                found += [_daily(kind, day, settings[f"{kind}_reminder"], zone, title, detail) for day in days]
        if settings["remind_goals"]:
            found += self._goal_nudges(days, zone)
        if settings["remind_milestones"]:
            found += self._milestones(days, zone, settings["morning_reminder"])
        quiet = _quiet_hours(settings)
        return sorted(
            (self._hold_for_quiet(r, quiet, zone) for r in found if after <= r.due < before),
            key=lambda r: (r.fire_at, r.key),
        )

    def upcoming(self, now: datetime, window: timedelta = WINDOW) -> list[DueReminder]:
        """Reminders to arm now: due in ``[now, now + window)`` and not yet logged, plus snoozed ones."""
        logged = self._logged_ids(now - QUIET_REACH, now + window)
        due = [r for r in self.due_between(now, now + window) if r.log_id not in logged]
        return sorted(due + self._snoozed(), key=lambda r: (r.fire_at, r.key))

    def pop_due(self, now: datetime, since: datetime) -> list[DueReminder]:
        """Reminders that popped up in ``[since, now]`` and were not shown yet, newest first.

        Each is logged as shown here, so it is shown exactly once. ``since`` is when the app last looked
        (at most a week back). A reminder held by quiet hours pops up at their end, so the search reaches
        a day further back for its due time. One shown over two minutes after its time is marked late.
        """
        start = max(since, now - MISSED_LOOKBACK)
        candidates = [
            r for r in self.due_between(start - QUIET_REACH, now + timedelta(seconds=1)) if start <= r.fire_at <= now
        ]
        snoozed = {r.log_id: r for r in self._snoozed() if r.fire_at <= now}
        # A snoozed one comes back as itself (said "Snoozed", not "Late"), never also as the original.
        candidates = [r for r in candidates if r.log_id not in snoozed] + list(snoozed.values())
        shown = []
        for reminder in candidates:
            if self._mark_shown(reminder, now):
                late = now - reminder.fire_at > LATE_AFTER
                shown.append(replace(reminder, late=late))
        return sorted(shown, key=lambda r: r.due, reverse=True)

    # ---- what the person does with one ----------------------------------------------------------
    def snooze(self, key: str, due: datetime, minutes: int, now: datetime) -> datetime:
        """Show it again in ``minutes``; stored, so a restart keeps the snooze."""
        if minutes not in SNOOZE_CHOICES:
            raise ValidationError("snooze", QT_TRANSLATE_NOOP("errors", "Snooze for 5, 10, 15 or 60 minutes."))
        until = now + timedelta(minutes=minutes)
        with self.db.transaction() as session:
            row = self._row(session, key, due) or ReminderLog(reminder_key=key, due_utc=due)
            row.state, row.snooze_until, row.shown_at = "snoozed", until, now
            session.add(row)
        return until

    def dismiss(self, key: str, due: datetime, now: datetime) -> None:
        with self.db.transaction() as session:
            row = self._row(session, key, due) or ReminderLog(reminder_key=key, due_utc=due, shown_at=now)
            row.state, row.snooze_until = "dismissed", None
            session.add(row)

    def describe(self, key: str, due: datetime) -> DueReminder | None:
        """Rebuild a reminder from its key (for a snoozed one after a restart)."""
        margin = timedelta(minutes=1)
        for reminder in self.due_between(due - margin, due + margin):
            if reminder.key == key and reminder.due == due:
                return reminder
        return None

    # ---- internals ------------------------------------------------------------------------------
    def _event_reminders(self, after: datetime, before: datetime) -> list[DueReminder]:
        with self.db.reading() as session:
            longest = session.scalar(select(func.max(Reminder.offset_minutes))) or 0
            own = session.scalars(select(EventException.reminders).where(EventException.reminders.is_not(None)))
            own_longest = max((int(m) for text in own if text for m in text.split(",") if m.isdigit()), default=0)
        found = []
        for event, occ in self.calendar.occurrences_with_events(
            after, before + timedelta(minutes=max(longest, own_longest))
        ):
            if occ.own_reminders is not None:  # one changed occurrence with reminders of its own
                wanted = [(f"event-own:{occ.event_id}:{m}", m, False) for m in occ.own_reminders]
            else:
                wanted = [(f"event:{r.id}", r.offset_minutes, r.always) for r in event.reminders]
            for key, minutes, always in wanted:
                due = occ.start - timedelta(minutes=minutes)
                if after <= due < before:
                    found.append(
                        DueReminder(
                            key=f"{key}:{occ.original_start_local.isoformat()}",
                            kind="event",
                            due=due,
                            fire_at=due,
                            title=occ.title,
                            detail=_offset_text(minutes),
                            event_id=occ.event_id,
                            starts_at=occ.start,
                            location=occ.location,
                            online_url=occ.online_url,
                            always=always,
                        )
                    )
        return found

    def _goal_nudges(self, days: list[date], zone: ZoneInfo) -> list[DueReminder]:
        with self.db.reading() as session:
            goals = session.scalars(select(Goal).where(Goal.status == "active", Goal.remind_at.isnot(None))).all()
            if not goals:
                return []
            done = set(
                session.execute(
                    select(CheckIn.goal_id, CheckIn.day).where(
                        CheckIn.goal_id.in_([goal.id for goal in goals]),
                        CheckIn.day >= days[0],
                        CheckIn.day <= days[-1],
                    )
                ).all()
            )
        found = []
        for goal in goals:
            hours, minutes = parse_hhmm(goal.remind_at or "", "remind_at")
            for day in days:
                if day < goal.created_on or (goal.id, day) in done:
                    continue
                due = to_utc(datetime.combine(day, time(hours, minutes)), zone)
                found.append(
                    DueReminder(
                        key=f"goal:{goal.id}:{day.isoformat()}",
                        kind="goal",
                        due=due,
                        fire_at=due,
                        title=goal.title,
                        detail="Not checked in yet today.",
                        goal_id=goal.id,
                    )
                )
        return found

    def _milestones(self, days: list[date], zone: ZoneInfo, morning: str) -> list[DueReminder]:
        hours, minutes = parse_hhmm(morning, "morning_reminder")
        found = []
        for clock in self.sobriety.clocks():
            period = current_period(clock)
            if period is None:
                continue
            reached = {m.on: m for m in milestones(period.started_on, days[-1])}
            for day in days:
                milestone = reached.get(day)
                if milestone is None:
                    continue
                due = to_utc(datetime.combine(day, time(hours, minutes)), zone)
                found.append(
                    DueReminder(
                        key=f"milestone:{period.id}:{milestone.days}",
                        kind="milestone",
                        due=due,
                        fire_at=due,
                        title=f"{milestone.label} free from {clock.name}",
                        detail="Look how far you've come. Take a moment to be proud of this.",
                        milestone=milestone,
                        clock_name=clock.name,
                    )
                )
        return found

    @staticmethod
    def _hold_for_quiet(reminder: DueReminder, quiet: tuple[time, time] | None, zone: ZoneInfo) -> DueReminder:
        """A reminder due in quiet hours waits until they end, unless it is marked "always"."""
        if quiet is None or reminder.always:
            return reminder
        start, end = quiet
        local = reminder.due.astimezone(zone)
        clock = local.time().replace(tzinfo=None)
        inside = start <= clock < end if start < end else (clock >= start or clock < end)
        if not inside:
            return reminder
        end_day = local.date() if clock < end else local.date() + timedelta(days=1)
        return replace(reminder, fire_at=to_utc(datetime.combine(end_day, end), zone))

    def _snoozed(self) -> list[DueReminder]:
        with self.db.reading() as session:
            rows = session.scalars(select(ReminderLog).where(ReminderLog.state == "snoozed")).all()
        found = []
        for row in rows:
            base = self.describe(row.reminder_key, row.due_utc)
            if base is None:
                # The reminder no longer applies (its event was deleted or moved, its goal checked in,
                # its kind turned off): nothing to show, rather than a bare "Reminder".
                continue
            found.append(replace(base, fire_at=row.snooze_until or base.fire_at, snoozed=True))
        return found

    def _logged_ids(self, after: datetime, before: datetime) -> set[tuple[str, datetime]]:
        with self.db.reading() as session:
            rows = session.execute(
                select(ReminderLog.reminder_key, ReminderLog.due_utc).where(
                    ReminderLog.due_utc >= after, ReminderLog.due_utc < before
                )
            ).all()
        return {(key, due) for key, due in rows}

    @staticmethod
    def _row(session: Session, key: str, due: datetime) -> ReminderLog | None:
        return session.scalar(select(ReminderLog).where(ReminderLog.reminder_key == key, ReminderLog.due_utc == due))

    def _mark_shown(self, reminder: DueReminder, now: datetime) -> bool:
        """Log it as shown; False if it was already shown (or is still snoozed)."""
        try:
            with self.db.transaction() as session:
                row = self._row(session, *reminder.log_id)
                if row is None:
                    session.add(
                        ReminderLog(reminder_key=reminder.key, due_utc=reminder.due, shown_at=now, state="shown")
                    )
                    if reminder.kind == "milestone":
                        _, period_id, days = reminder.key.split(":")
                        session.add(MilestoneLog(period_id=int(period_id), days=int(days), celebrated_at=now))
                    return True
                if row.state == "snoozed" and row.snooze_until is not None and row.snooze_until <= now:
                    row.state, row.shown_at, row.snooze_until = "shown", now, None
                    return True
                return False
        except IntegrityError:
            return False
        except (OperationalError, DatabaseError):
            # The log cannot be written (a full disk, a replaced file): a reminder is still better shown
            # than lost, and this session remembers it so it is not shown again.
            if reminder.log_id in self._shown_unlogged:
                return False
            self._shown_unlogged.add(reminder.log_id)
            log.warning("a reminder was shown but could not be logged as shown")
            return True


def _local_days(after: datetime, before: datetime, zone: ZoneInfo) -> Iterable[date]:
    day = after.astimezone(zone).date()
    last = before.astimezone(zone).date()
    while day <= last:
        yield day
        day += timedelta(days=1)


def _daily(kind: str, day: date, hhmm: str, zone: ZoneInfo, title: str, detail: str) -> DueReminder:
    hours, minutes = parse_hhmm(hhmm, kind)
    due = to_utc(datetime.combine(day, time(hours, minutes)), zone)
    return DueReminder(key=f"{kind}:{day.isoformat()}", kind=kind, due=due, fire_at=due, title=title, detail=detail)


def _quiet_hours(settings: dict[str, Any]) -> tuple[time, time] | None:
    start, end = settings["quiet_start"], settings["quiet_end"]
    if not start or not end or start == end:
        return None
    return time(*parse_hhmm(start, "quiet_start")), time(*parse_hhmm(end, "quiet_end"))


def _offset_text(minutes: int) -> str:
    if minutes == 0:
        return "Starting now"
    if minutes % 1440 == 0:
        days = minutes // 1440
        return f"Starts in {days} day{'s' if days > 1 else ''}"
    if minutes % 60 == 0:
        hours = minutes // 60
        return f"Starts in {hours} hour{'s' if hours > 1 else ''}"
    return f"Starts in {minutes} minutes"
