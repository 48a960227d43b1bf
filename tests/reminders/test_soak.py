"""Thirty simulated days of reminders on the test clock: restarts, suspends, a clock step back and a restore.

The expected reminders are worked out here by hand from the plan (local wall times in Europe/London), not by
asking the planner, and the scheduler is driven only through what the app does: jobs firing when the clock
reaches them, the once-a-minute check after a wake-up, stopping and starting, and a restore. Each season's
run spans one of the year's two DST changes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication

from recoverybox import paths
from recoverybox.core.app.opening import open_database
from recoverybox.core.app.services import Services
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.goals.service import GoalInput
from recoverybox.core.storage.backup import BackupService
from recoverybox.reminders.scheduler import ReminderScheduler

LONDON = ZoneInfo("Europe/London")
DAYS = 30
LATE_AFTER = timedelta(minutes=2)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), LONDON).astimezone(UTC)


@dataclass
class Down:
    """A stretch when nothing runs: the app closed (``restart``) or the machine asleep (``suspend``)."""

    kind: str
    start: datetime
    end: datetime


def expected_reminders(first: date) -> list[tuple[str, str, datetime, datetime]]:
    """(title, detail, due, fire) for every reminder of the plan in the 30 days, by hand.

    Tuesday 19:00 home group, reminded an hour before; Thursday 15:00 therapy, reminded a day and an hour
    before; a daily walk nudged at 06:30, which quiet hours (22:00–07:00) hold until 07:00.
    """
    found = []
    for n in range(DAYS):
        day = first + timedelta(days=n)
        if n > 0:  # the goal is created on the first day, after its nudge time
            found.append(("Evening walk", "Not checked in yet today.", local(day, 6, 30), local(day, 7)))
        if day.weekday() == 1:
            due = local(day, 19) - timedelta(hours=1)
            found.append(("Home group", "Starts in 1 hour", due, due))
        if day.weekday() == 3:
            for minutes, detail in ((1440, "Starts in 1 day"), (60, "Starts in 1 hour")):
                due = local(day, 15) - timedelta(minutes=minutes)
                found.append(("Therapy", detail, due, due))
    start, end = local(first, 12), local(first + timedelta(days=DAYS), 0)
    return [r for r in found if start <= r[2] < end]


class Harness:
    """The app's reminder side, restarted, suspended and restored as a person's computer would be."""

    def __init__(self, app_paths, clock) -> None:
        self.app_paths = app_paths
        self.clock = clock
        self.shown: list[tuple] = []  # (title, detail, due, late, missed, shown_at)
        self.services = Services(open_database(app_paths.db_file), clock)
        self.scheduler = None

    def start(self, seen_until=None) -> None:
        self.scheduler = ReminderScheduler(self.services)
        self.scheduler.reminders_ready.connect(self._on_ready)
        self.scheduler.start(seen_until=seen_until)
        self.settle()

    def stop(self) -> None:
        self.scheduler.shutdown()
        self.settle()

    def _on_ready(self, reminders, missed) -> None:
        for r in reminders:
            self.shown.append((r.title, r.detail, r.due, r.late, missed, self.clock.now()))

    def settle(self) -> None:
        """Let queued hand-overs and zero-length timers run (no waiting on the wall clock)."""
        for _ in range(4):
            QApplication.processEvents()

    def wake_up(self) -> None:
        """The once-a-minute check (or a timer) finds the clock has moved on."""
        self.scheduler.check_now()
        self.settle()

    def next_job(self) -> datetime | None:
        times = [job.next_run_time for job in self.scheduler._scheduler.get_jobs() if job.next_run_time]
        return min(times).astimezone(UTC) if times else None

    def restore(self, backup) -> None:
        moment = self.clock.now()
        self.services.close()  # stops the scheduler first
        BackupService(self.app_paths.db_file, self.app_paths.backup_dir).restore(backup, moment.replace(tzinfo=None))
        self.services = Services(open_database(self.app_paths.db_file), self.clock)
        self.start(seen_until=moment)


@pytest.mark.parametrize(
    "first", [date(2027, 3, 14), date(2027, 10, 17)], ids=["spring-forward-28-march", "fall-back-31-october"]
)
def test_thirty_days_of_reminders_each_shown_exactly_once(qtbot, tmp_path, clock, scheduler_time, first):
    clock.set(local(first, 12))
    app_paths = paths.resolve(tmp_path / "soak")
    harness = Harness(app_paths, clock)
    svc = harness.services
    svc.settings.set_many(
        {
            "timezone": "Europe/London",
            "remind_morning": False,
            "remind_evening": False,
            "remind_milestones": False,
            "quiet_start": "22:00",
            "quiet_end": "07:00",
        }
    )
    home_group = datetime.combine(first + timedelta(days=(1 - first.weekday()) % 7), time(19))
    svc.calendar.create_event(
        EventInput("Home group", home_group, home_group + timedelta(hours=1), "Europe/London", kind="meeting",
                   rrule="FREQ=WEEKLY", reminder_offsets=[60])
    )  # fmt: skip
    therapy = datetime.combine(first + timedelta(days=(3 - first.weekday()) % 7), time(15))
    svc.calendar.create_event(
        EventInput("Therapy", therapy, therapy + timedelta(hours=1), "Europe/London", kind="therapy",
                   rrule="FREQ=WEEKLY", reminder_offsets=[1440, 60])
    )  # fmt: skip
    svc.goals.create(GoalInput("Evening walk", remind_at="06:30"))

    day = [first + timedelta(days=n) for n in range(DAYS)]
    plan = [  # (when, what): three restarts, two suspends, one step back, a backup and its restore
        (local(day[2], 17, 30), ("restart", timedelta(hours=2))),
        (local(day[5], 12), ("suspend", timedelta(hours=9))),
        (local(day[8], 14, 30), ("step back", timedelta(hours=1))),
        (local(day[11], 6), ("restart", timedelta(hours=10))),
        (local(day[15], 9), ("suspend", timedelta(hours=30))),
        (local(day[20], 13), ("backup", None)),
        (local(day[23], 17, 45), ("restart", timedelta(minutes=30))),
        (local(day[24], 13), ("restore", None)),
    ]
    end = local(first + timedelta(days=DAYS), 0)
    downs: list[Down] = []
    backup = None
    harness.start()
    steps = 0
    while clock.now() < end:
        steps += 1
        assert steps < 2000, "the simulation stopped making progress"
        next_job = harness.next_job() or end
        when, action = plan[0] if plan else (end, None)
        if next_job < when and next_job < end:
            clock.set(max(next_job, clock.now()))
            harness.wake_up()
            continue
        clock.set(min(when, end))
        if action is None:
            break
        plan.pop(0)
        kind, length = action
        if kind == "restart":
            harness.stop()
            clock.advance(length)
            downs.append(Down(kind, when, clock.now()))
            harness.start()
        elif kind == "suspend":
            clock.advance(length)
            downs.append(Down(kind, when, clock.now()))
            harness.wake_up()
        elif kind == "step back":
            harness.wake_up()
            clock.advance(-length)
            harness.wake_up()
        elif kind == "backup":
            backup = BackupService(app_paths.db_file, app_paths.backup_dir).backup_now(day[20], label="soak")
        elif kind == "restore":
            harness.restore(backup)
    harness.services.close()

    expected = expected_reminders(first)
    shown_ids = Counter((title, detail, due) for title, detail, due, *_ in harness.shown)
    repeats = {key: n for key, n in shown_ids.items() if n > 1}
    assert repeats == {}, f"shown more than once: {repeats}"
    assert set(shown_ids) == {(title, detail, due) for title, detail, due, _fire in expected}
    fire_of = {(title, detail, due): fire for title, detail, due, fire in expected}
    for title, detail, due, late, missed, shown_at in harness.shown:
        fire = fire_of[(title, detail, due)]
        down = next((d for d in downs if d.start <= fire < d.end), None)
        assert shown_at == (down.end if down else fire), (title, due)
        assert late == (shown_at - fire > LATE_AFTER), (title, due, shown_at)
        assert missed == (down is not None and down.kind == "restart"), (title, due)
    late_count = sum(1 for *_rest, late, _missed, _at in harness.shown if late)
    missed_count = sum(1 for *_rest, missed, _at in harness.shown if missed)
    print(
        f"\nsoak from {first}: {len(expected)} expected, {len(harness.shown)} shown, {late_count} late, "
        f"{missed_count} shown as missed at start, {steps} clock steps"
    )
    assert late_count >= 3 and missed_count >= 1  # the disruptions really did land on reminders
