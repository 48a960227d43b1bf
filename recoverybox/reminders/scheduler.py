"""Turns the reminders due in a moving window into APScheduler jobs, and due ones into a Qt signal.

The database is the single source of truth: ``sync()`` recomputes the window and replaces the jobs (explicit
ids, ``replace_existing=True``) after every change. A job only emits ``_JobBridge.fired`` with the
reminder's key; the GUI thread then asks the core which reminders are due (logging each as shown, so it is
shown exactly once) and emits ``reminders_ready``.

Every hand-over from APScheduler is a *queued* signal. APScheduler may run a job, or call the missed-job
listener, on the GUI thread from inside its own job loop (a future that is already done runs its callback at
once); a direct call would then ``sync()`` and remove the very job APScheduler is still processing.

The scheduler belongs to one open database: it stops itself just before ``Services.close()`` closes it, so
no job can fire on data that was closed, restored or replaced.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from apscheduler.events import EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.executors.debug import DebugExecutor
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from recoverybox.core.reminders.planner import WINDOW, DueReminder
from recoverybox.reminders.qt_timer_scheduler import PersistentTimerQtScheduler

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.app.services import Services

log = logging.getLogger(__name__)
RESYNC_JOB = "resync-window"
# A reminder more than 6 hours late is no use as a pop-up of its own; it still shows, marked late.
MISFIRE_GRACE_SECONDS = 6 * 3600
# Qt's timers run on a monotonic clock that stands still while the machine sleeps, so a wake-up armed for
# 19:00 before a suspend would come late after it. Looking at the wall clock once a minute catches up.
HEARTBEAT_MS = 60_000


class _JobBridge(QObject):
    """Lives in the GUI thread; APScheduler's worker threads only emit its signals."""

    fired = Signal(str)
    resync = Signal()


class ReminderScheduler(QObject):
    """Keeps APScheduler's jobs equal to the reminders the database says are due soon."""

    reminders_ready = Signal(list, bool)  # [DueReminder], missed-at-start
    synced = Signal(int)  # number of armed reminder jobs

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.planner = services.reminders
        self._bridge = _JobBridge(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._bridge.fired.connect(self._on_job_fired, queued)
        self._bridge.resync.connect(self._on_resync_due, queued)
        # A job only emits a queued signal, so it runs right in the scheduler's loop: no worker thread.
        self._scheduler = PersistentTimerQtScheduler(
            timezone=UTC,
            executors={"default": DebugExecutor()},
            job_defaults={"coalesce": True, "misfire_grace_time": MISFIRE_GRACE_SECONDS},
        )
        self._scheduler.add_listener(self._on_job_missed, EVENT_JOB_MISSED)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.check_now)
        self._last_check: datetime | None = None
        self.armed: dict[str, DueReminder] = {}
        services.before_close(self.shutdown)

    @property
    def running(self) -> bool:
        return self._scheduler.running

    @property
    def wakeups(self) -> int:
        return self._scheduler.wakeups

    def start(self, seen_until: datetime | None = None) -> None:
        """Show what fell due while the app was closed (once), then arm the window.

        ``seen_until``: reminders up to then were already shown on other data (a restored backup's log ends
        when the backup was made; what came after was shown from the data it replaced).
        """
        now = self.services.clock.now()
        last_seen = self._last_seen(now)
        if seen_until is not None:
            last_seen = min(max(last_seen, seen_until), now)
        self._last_check = now
        due = self.planner.pop_due(now, since=last_seen)
        self._save_last_seen(now)
        self._scheduler.start()
        self._heartbeat.start()
        self.sync()
        missed = [r for r in due if r.late]
        on_time = [r for r in due if not r.late]
        if missed:
            log.info("%d reminder(s) fell due while the app was closed", len(missed))
            self.reminders_ready.emit(missed, True)
        if on_time:
            self.reminders_ready.emit(on_time, False)

    def shutdown(self) -> None:
        """Stop for good: no job runs after this, and a hand-over already queued is ignored."""
        self._heartbeat.stop()
        if self._scheduler.running:
            self._save_last_seen(self.services.clock.now())
            self._scheduler.remove_all_jobs()
            self._scheduler.shutdown(wait=False)
        self.armed = {}

    def check_now(self) -> None:
        """Run every job the clock has made due (after a sleep, a clock change, or a test moving time)."""
        if self._scheduler.running:
            self._scheduler.wakeup()

    def sync(self) -> None:
        """Recompute the window from the database and replace the jobs."""
        if not self._scheduler.running:
            return
        now = self.services.clock.now()
        wanted = {}
        for reminder in self.planner.upcoming(now, WINDOW):
            job_id = f"reminder|{reminder.key}|{reminder.due.isoformat()}"
            wanted[job_id] = reminder
            self._scheduler.add_job(
                self._bridge.fired.emit,
                "date",
                run_date=max(reminder.fire_at, now),
                args=[job_id],
                id=job_id,
                replace_existing=True,
            )
        for job in self._scheduler.get_jobs():
            if job.id not in wanted and job.id != RESYNC_JOB:
                job.remove()
        # Re-arm before the window runs out, and soon after local midnight-ish drift.
        self._scheduler.add_job(
            self._bridge.resync.emit, "date", run_date=now + WINDOW / 2, id=RESYNC_JOB, replace_existing=True
        )
        self.armed = wanted
        self.synced.emit(len(wanted))

    def deliver_due(self) -> list[DueReminder]:
        """Pop every reminder due by now (exactly once) and emit them; returns what was shown."""
        now = self.services.clock.now()
        since = self._last_check or now - timedelta(minutes=1)
        due = self.planner.pop_due(now, since=min(since, now - timedelta(minutes=1)))
        self._last_check = now
        self._save_last_seen(now)
        if due:
            self.reminders_ready.emit(due, False)
        return due

    def snooze(self, reminder: DueReminder, minutes: int) -> None:
        self.planner.snooze(reminder.key, reminder.due, minutes, self.services.clock.now())
        self.sync()

    def dismiss(self, reminder: DueReminder) -> None:
        self.planner.dismiss(reminder.key, reminder.due, self.services.clock.now())

    def _on_job_fired(self, job_id: str) -> None:
        if not self._scheduler.running:
            return  # queued before shutdown: the data may already be closed
        self.deliver_due()
        self.sync()

    def _on_resync_due(self) -> None:
        if self._scheduler.running:
            self.sync()

    def _on_job_missed(self, event: JobExecutionEvent) -> None:
        # May run on a worker thread or inside APScheduler's loop on the GUI thread: always queue.
        log.info("a reminder job was missed (clock jump or sleep); delivering it late")
        self._bridge.fired.emit(event.job_id)

    def _last_seen(self, now: datetime) -> datetime:
        text = self.services.settings.read().last_seen_utc
        try:
            seen = datetime.fromisoformat(text) if text else now
        except ValueError:
            seen = now
        return min(seen if seen.tzinfo else seen.replace(tzinfo=UTC), now)

    def _save_last_seen(self, now: datetime) -> None:
        try:
            self.services.settings.set("last_seen_utc", now.isoformat())
        except Exception as exc:  # a full disk or a replaced file must not stop reminders or a clean quit
            log.warning("could not note when reminders were last looked at (%s)", type(exc).__name__)
