"""The APScheduler 3.11 QtScheduler timer defect, and our persistent-timer scheduler that avoids it."""

from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QTimer

from recoverybox.reminders.qt_timer_scheduler import PersistentTimerQtScheduler


class CountingStockScheduler(QtScheduler):
    """APScheduler's own QtScheduler, counting its wake-ups."""

    wakeups = 0

    def _process_jobs(self):
        self.wakeups += 1
        return super()._process_jobs()


def far_future():
    return datetime.now(UTC) + timedelta(days=1)


def noop():
    """A job that is never meant to run in these tests."""


def add_burst(scheduler, count=20):
    for n in range(count):
        scheduler.add_job(noop, "date", run_date=far_future(), id=f"job{n}")


def wait_for_event_loop_turn(qtbot, delay_ms=0):
    """Wait until a sentinel single-shot timer fires: every timer due before it has fired too."""
    fired = []
    QTimer.singleShot(delay_ms, lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True], timeout=5000)


def test_stock_qtscheduler_starts_a_timer_chain_per_add_job(qtbot):
    stock = CountingStockScheduler(timezone=UTC)
    stock.start()
    qtbot.waitUntil(lambda: stock.wakeups >= 1, timeout=5000)
    before = stock.wakeups
    add_burst(stock)
    qtbot.waitUntil(lambda: stock.wakeups >= before + 20, timeout=5000)
    assert stock._timer is None  # the defect: the handle to stop old timers is lost
    stock.shutdown(wait=False)


def test_stock_qtscheduler_keeps_waking_after_shutdown(qtbot):
    stock = CountingStockScheduler(timezone=UTC)
    stock.start()
    qtbot.waitUntil(lambda: stock.wakeups >= 1, timeout=5000)
    stock.add_job(noop, "date", run_date=datetime.now(UTC) + timedelta(milliseconds=50))
    stock.shutdown(wait=False)
    after_shutdown = stock.wakeups
    qtbot.waitUntil(lambda: stock.wakeups > after_shutdown, timeout=5000)


def test_persistent_timer_scheduler_wakes_once_for_a_burst(qtbot):
    ours = PersistentTimerQtScheduler(timezone=UTC)
    ours.start()
    qtbot.waitUntil(lambda: ours.wakeups >= 1, timeout=5000)
    before = ours.wakeups
    add_burst(ours)
    wait_for_event_loop_turn(qtbot, 50)
    assert ours.wakeups == before + 1
    assert ours._timer.isActive()  # armed for the next job, a day away
    assert ours._timer.remainingTime() > 23 * 3600 * 1000
    ours.shutdown(wait=False)
    assert not ours._timer.isActive()


def test_persistent_timer_scheduler_never_wakes_after_shutdown(qtbot):
    ours = PersistentTimerQtScheduler(timezone=UTC)
    ours.start()
    qtbot.waitUntil(lambda: ours.wakeups >= 1, timeout=5000)
    ours.add_job(noop, "date", run_date=datetime.now(UTC) + timedelta(milliseconds=50))
    ours.shutdown(wait=False)
    after_shutdown = ours.wakeups
    wait_for_event_loop_turn(qtbot, 300)  # well past the job's time
    assert ours.wakeups == after_shutdown
    assert not ours._timer.isActive()


def test_persistent_timer_scheduler_runs_a_job_on_time(qtbot):
    ran = []
    ours = PersistentTimerQtScheduler(timezone=UTC)
    ours.start()
    ours.add_job(lambda: ran.append(datetime.now(UTC)), "date", run_date=datetime.now(UTC) + timedelta(seconds=0.3))
    qtbot.waitUntil(lambda: len(ran) == 1, timeout=5000)
    ours.shutdown(wait=False)
