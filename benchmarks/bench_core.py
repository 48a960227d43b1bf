"""Core figures on the 5-year demo: saving a check-in and a journal entry, recomputing reminders."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from benchmarks.common import DEMO_NOW, Figure, demo_data_dir, fresh_copy, median_of


def _services(data_dir, key: bytes | None = None):
    from recoverybox import paths
    from recoverybox.core.app.opening import open_database
    from recoverybox.core.app.services import Services
    from recoverybox.core.base.clock import FixedClock

    services = Services(open_database(paths.resolve(data_dir).db_file, key=key), FixedClock(DEMO_NOW))
    services.settings.set("timezone", "Europe/London")
    return services


def _saves(services) -> tuple[float, float]:
    from recoverybox.core.goals.service import GoalInput
    from recoverybox.core.journal.entries import JournalInput

    goal = services.goals.create(GoalInput("Benchmark goal"))
    days = iter(range(10_000))

    def check_in():
        services.goals.check_in(goal.id, date(2026, 11, 27) - timedelta(days=next(days)))

    def journal():
        services.journal.create(
            JournalInput(
                date(2026, 11, 27),
                mood=6,
                craving=2,
                triggers=["work"],
                text="A benchmark entry of ordinary length. " * 8,
            )
        )

    return median_of(check_in, runs=25), median_of(journal, runs=25)


def _recompute(services) -> float:
    """One edit of a recurring meeting, then the window's reminders recomputed (what sync() does)."""
    from recoverybox.core.calendar.events import EventInput

    start = datetime(2026, 11, 24, 19, 0)
    event = services.calendar.create_event(
        EventInput(
            "Edited group",
            start,
            start + timedelta(hours=1),
            "Europe/London",
            kind="meeting",
            rrule="FREQ=WEEKLY;BYDAY=TU",
            reminder_offsets=[60],
        )
    )
    flip = iter(range(10_000))

    def edit_and_recompute():
        minutes = 10 if next(flip) % 2 else 30
        services.calendar.update_event(
            event.id,
            EventInput(
                "Edited group",
                start,
                start + timedelta(hours=1),
                "Europe/London",
                kind="meeting",
                rrule="FREQ=WEEKLY;BYDAY=TU",
                reminder_offsets=[minutes],
            ),
        )
        services.reminders.upcoming(services.clock.now())

    return median_of(edit_and_recompute, runs=15)


def run() -> list[Figure]:
    demo = _services(fresh_copy(demo_data_dir(), "core-demo"))
    empty = _services(fresh_copy(None, "core-empty"))
    try:
        demo_checkin, demo_journal = _saves(demo)
        empty_checkin, empty_journal = _saves(empty)
        demo_recompute = _recompute(demo)
        empty_recompute = _recompute(empty)
    finally:
        demo.close()
        empty.close()
    return [
        Figure("save one check-in (5-year demo)", demo_checkin, empty_checkin, "ms", "≤ 5 ms", "empty DB"),
        Figure("save one journal entry (5-year demo)", demo_journal, empty_journal, "ms", "≤ 5 ms", "empty DB"),
        Figure("reminder recompute after one event edit", demo_recompute, empty_recompute, "ms", "≤ 20 ms", "empty DB"),
    ]
