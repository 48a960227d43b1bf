"""ReminderScheduler: jobs follow the database, reminders arrive by signal, missed ones at start."""

from datetime import UTC, datetime, timedelta

import pytest
from apscheduler.events import EVENT_JOB_MISSED

from recoverybox.core.app.opening import open_memory
from recoverybox.core.app.services import Services
from recoverybox.core.base.clock import SystemClock
from recoverybox.core.calendar.events import EventInput
from recoverybox.reminders.scheduler import ReminderScheduler


def event(services, start, offsets=(60,), rrule="FREQ=WEEKLY", title="Home group"):
    start_local = start.astimezone(services.zone).replace(tzinfo=None)
    return services.calendar.get_event(
        services.calendar.create_event(
            EventInput(
                title,
                start_local,
                start_local + timedelta(hours=1),
                services.zone.key,
                kind="meeting",
                rrule=rrule,
                reminder_offsets=list(offsets),
                online_url="https://meet.example.org/x",
            )
        ).id
    )


def events_only(services):
    """Only event reminders: the daily prompts, goal nudges and milestones are turned off."""
    for kind in ("morning", "evening", "goals", "milestones"):
        services.settings.set(f"remind_{kind}", False)


@pytest.fixture
def scheduler(qtbot, services):
    events_only(services)
    sched = ReminderScheduler(services)
    yield sched
    sched.shutdown()
    assert not sched.running


def test_jobs_follow_creates_edits_and_deletes(qtbot, services, clock, scheduler):
    scheduler.start()
    assert scheduler.armed == {}
    created = event(services, clock.now() + timedelta(hours=3), offsets=(60, 10))
    with qtbot.waitSignal(scheduler.synced) as synced:
        scheduler.sync()
    assert synced.args == [2]
    assert {r.fire_at for r in scheduler.armed.values()} == {
        clock.now() + timedelta(hours=2),
        clock.now() + timedelta(hours=2, minutes=50),
    }
    assert len([j for j in scheduler._scheduler.get_jobs() if j.id.startswith("reminder|")]) == 2
    start = created.start_local
    services.calendar.cancel_occurrence(created.id, start)
    scheduler.sync()
    assert scheduler.armed == {}
    services.calendar.delete_event(created.id)
    scheduler.sync()
    assert [j.id for j in scheduler._scheduler.get_jobs()] == ["resync-window"]


def test_due_reminders_arrive_by_signal_exactly_once(qtbot, services, clock, scheduler):
    event(services, clock.now() + timedelta(minutes=61), offsets=(60,))
    scheduler.start()
    clock.advance(minutes=1)
    with qtbot.waitSignal(scheduler.reminders_ready) as ready:
        scheduler.deliver_due()
    reminders, missed = ready.args
    assert [r.title for r in reminders] == ["Home group"] and missed is False
    assert scheduler.deliver_due() == []


def test_missed_reminders_are_emitted_once_at_start(qtbot, services, clock):
    events_only(services)
    event(services, clock.now() - timedelta(hours=5), offsets=(60,), rrule=None, title="Therapy")
    services.settings.set("last_seen_utc", (clock.now() - timedelta(days=1)).isoformat())
    first = ReminderScheduler(services)
    with qtbot.waitSignal(first.reminders_ready) as ready:
        first.start()
    reminders, missed = ready.args
    assert missed is True and [(r.title, r.late) for r in reminders] == [("Therapy", True)]
    first.shutdown()
    second = ReminderScheduler(services)
    with qtbot.assertNotEmitted(second.reminders_ready):
        second.start()
    second.shutdown()


def test_snooze_rearms_a_job(qtbot, services, clock, scheduler):
    event(services, clock.now(), offsets=(0,))
    with qtbot.waitSignal(scheduler.reminders_ready) as ready:
        scheduler.start()  # due this very minute: shown at once, not as missed
    [reminder], missed = ready.args
    assert missed is False
    scheduler.snooze(reminder, 15)
    assert [(r.key, r.fire_at) for r in scheduler.armed.values()] == [
        (reminder.key, clock.now() + timedelta(minutes=15))
    ]


def test_real_timer_pops_a_reminder_due_in_a_few_seconds(qtbot):
    """The real QtScheduler-driven timer, the real clock: no fake time here. Due 3 s ahead, not 1: on a loaded CI
    machine creating the event and arming took over a second once, the moment had passed before it was armed, and
    only the minute's heartbeat (after this test's wait) would have delivered it."""
    services = Services(open_memory(), SystemClock())
    services.settings.set("timezone", "Europe/London")
    events_only(services)
    sched = ReminderScheduler(services)
    sched.start()
    try:
        start = datetime.now(UTC) + timedelta(seconds=3)
        event(services, start, offsets=(0,), rrule=None, title="Call Sam")
        sched.sync()
        assert [r.title for r in sched.armed.values()] == ["Call Sam"]
        with qtbot.waitSignal(sched.reminders_ready, timeout=20_000) as ready:
            pass
        assert [r.title for r in ready.args[0]] == ["Call Sam"]
    finally:
        sched.shutdown()
        services.close()


def test_a_job_fires_when_the_test_clock_reaches_it(qtbot, services, clock, scheduler):
    """APScheduler runs off the same clock as our code: nothing is due until the clock says so."""
    event(services, clock.now() + timedelta(minutes=61), offsets=(60,), rrule=None)
    scheduler.start()
    with qtbot.assertNotEmitted(scheduler.reminders_ready, wait=50):
        scheduler.check_now()
    clock.advance(minutes=1)
    with qtbot.waitSignal(scheduler.reminders_ready) as ready:
        scheduler.check_now()
    [reminder], missed = ready.args
    assert (reminder.title, reminder.late, missed) == ("Home group", False, False)
    assert scheduler.armed == {}


def test_a_sleep_longer_than_the_grace_delivers_once_late_without_an_error(qtbot, services, clock, scheduler):
    """The missed-job path on the GUI thread: APScheduler calls our listener inside its own job loop.

    Before the hand-over was queued, the listener re-synced at once and removed the job APScheduler was
    still processing (JobLookupError, the "Something went wrong" dialog). pytest-qt fails this test on
    any exception raised inside a Qt slot or callback.
    """
    import threading

    event(services, clock.now() + timedelta(minutes=90), offsets=(60, 10), rrule=None, title="Therapy")
    scheduler.start()
    assert len(scheduler.armed) == 2
    seen_on = []
    scheduler._scheduler.add_listener(lambda _event: seen_on.append(threading.current_thread()), EVENT_JOB_MISSED)
    clock.advance(hours=9)  # the laptop slept through both reminders, longer than the 6-hour grace
    with qtbot.waitSignal(scheduler.reminders_ready) as ready:
        scheduler.check_now()
    assert seen_on and all(thread is threading.main_thread() for thread in seen_on)
    reminders, missed = ready.args
    assert missed is False
    assert [(r.detail, r.late) for r in reminders] == [("Starts in 10 minutes", True), ("Starts in 1 hour", True)]
    with qtbot.assertNotEmitted(scheduler.reminders_ready, wait=50):
        scheduler.check_now()
    assert scheduler.deliver_due() == []
    assert scheduler.running


def test_closing_the_data_stops_the_scheduler_and_a_queued_job_is_ignored(qtbot, clock, scheduler_time):
    services = Services(open_memory(), clock)
    services.settings.set("timezone", "Europe/London")
    events_only(services)
    event(services, clock.now() + timedelta(minutes=61), offsets=(60,), rrule=None)
    sched = ReminderScheduler(services)
    sched.start()
    assert sched.running and len(sched.armed) == 1
    job_id = next(iter(sched.armed))
    sched._bridge.fired.emit(job_id)  # queued: arrives after the data is closed
    services.close()
    assert not sched.running and sched.armed == {}
    with qtbot.assertNotEmitted(sched.reminders_ready, wait=50):
        clock.advance(hours=2)
        sched.check_now()


def test_closing_the_window_with_a_tray_keeps_reminders_running(qtbot, tmp_path, services):
    from PySide6.QtWidgets import QSystemTrayIcon

    from recoverybox import paths
    from recoverybox.ui.main_window import MainWindow

    window = MainWindow(paths.resolve(tmp_path / "tray"), services=services)
    qtbot.addWidget(window)
    window.show()
    window.session.reminders.tray = QSystemTrayIcon(
        window
    )  # offscreen has no tray; stand one in to exercise the behaviour
    window.close()
    assert window.isHidden() and window.session.reminders.scheduler.running
    assert services.settings.get("tray_explained") is True
    window.quit_app()
    assert not window.session.reminders.scheduler.running


def test_a_reminder_is_shown_once_even_when_the_disk_is_too_full_to_log_it(
    qtbot, services, clock, scheduler, monkeypatch
):
    from contextlib import contextmanager

    from sqlalchemy.exc import OperationalError

    event(services, clock.now() + timedelta(minutes=61), offsets=(60,), rrule=None, title="Therapy")
    scheduler.start()

    @contextmanager
    def disk_full():
        raise OperationalError("INSERT INTO reminder_log", {}, Exception("database or disk is full"))
        yield

    with monkeypatch.context() as patch:
        patch.setattr(services.db, "transaction", disk_full)
        clock.advance(minutes=1)
        with qtbot.waitSignal(scheduler.reminders_ready) as ready:
            scheduler.check_now()
        assert [r.title for r in ready.args[0]] == ["Therapy"]
        clock.advance(minutes=1)
        assert scheduler.deliver_due() == []  # remembered for this session, not shown again
