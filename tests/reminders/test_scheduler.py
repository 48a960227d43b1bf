"""ReminderScheduler: jobs follow the database, reminders arrive by signal, missed ones at start."""

from datetime import UTC, datetime, timedelta

import pytest

from recoverybox.core.calendar import EventInput
from recoverybox.core.clock import SystemClock
from recoverybox.core.db import open_memory
from recoverybox.core.services import Services
from recoverybox.reminders.scheduler import ReminderScheduler


def event(services, start, offsets=(60,), rrule="FREQ=WEEKLY", title="Home group"):
    start_local = start.astimezone(services.zone).replace(tzinfo=None)
    return services.calendar.create_event(
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
    )


@pytest.fixture
def scheduler(qtbot, services):
    for kind in ("morning", "evening", "goals", "milestones"):
        services.settings.set(f"remind_{kind}", False)
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
    for kind in ("morning", "evening", "goals", "milestones"):
        services.settings.set(f"remind_{kind}", False)
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


def test_real_timer_pops_a_reminder_due_in_about_a_second(qtbot):
    """The real QtScheduler-driven timer, the real clock: no fake time here."""
    services = Services(open_memory(), SystemClock())
    services.settings.set("timezone", "Europe/London")
    for kind in ("morning", "evening", "goals", "milestones"):
        services.settings.set(f"remind_{kind}", False)
    sched = ReminderScheduler(services)
    sched.start()
    try:
        start = datetime.now(UTC) + timedelta(seconds=1)
        event(services, start, offsets=(0,), rrule=None, title="Call Sam")
        sched.sync()
        with qtbot.waitSignal(sched.reminders_ready, timeout=10_000) as ready:
            pass
        assert [r.title for r in ready.args[0]] == ["Call Sam"]
    finally:
        sched.shutdown()
        services.close()


def test_clock_jump_forward_delivers_late_reminders_once_marked_late(qtbot, services, clock, scheduler):
    event(services, clock.now() + timedelta(minutes=90), offsets=(60, 10), rrule=None, title="Therapy")
    scheduler.start()
    assert len(scheduler.armed) == 2
    clock.advance(hours=3)  # the machine slept through both reminders
    with qtbot.waitSignal(scheduler.reminders_ready) as ready:
        scheduler._on_job_missed(type("Missed", (), {"job_id": next(iter(scheduler.armed))})())
    reminders, missed = ready.args
    assert missed is False
    assert [(r.detail, r.late) for r in reminders] == [("Starts in 10 minutes", True), ("Starts in 1 hour", True)]
    assert scheduler.deliver_due() == []


def test_closing_the_window_with_a_tray_keeps_reminders_running(qtbot, tmp_path, services):
    from PySide6.QtWidgets import QSystemTrayIcon

    from recoverybox import paths
    from recoverybox.ui.main_window import MainWindow

    window = MainWindow(paths.resolve(tmp_path / "tray"), services=services)
    qtbot.addWidget(window)
    window.show()
    window.tray = QSystemTrayIcon(window)  # offscreen has no tray; stand one in to exercise the behaviour
    window.close()
    assert window.isHidden() and window.scheduler.running
    assert services.settings.get("tray_explained") is True
    window.quit_app()
    assert not window.scheduler.running
