"""Today at a glance, read with sqlite3 alone, says exactly what the services say: on five years of demo data,
at several moments (the two days the clocks change in London among them), with the calendar's harder cases
(a cancelled and a moved occurrence, extra dates, an all-day event, a sync's conflict copy, a meeting a list
marks closed) and goals ticked, attended and paused."""

import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from recoverybox import paths
from recoverybox.core.app.demo import generate
from recoverybox.core.app.glance import TodayGlance, glance_of, glance_or_none, read_glance
from recoverybox.core.app.opening import open_database
from recoverybox.core.app.services import Services
from recoverybox.core.base.clock import FixedClock
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.calendar.occurrences import CONFLICT_MARK

START = datetime(2026, 11, 27, 12, tzinfo=UTC)
MOMENTS = (
    datetime(2026, 11, 27, 12, 0, tzinfo=UTC),  # the demo's today
    datetime(2026, 11, 27, 23, 59, tzinfo=UTC),  # a minute before midnight
    datetime(2026, 11, 30, 0, 1, tzinfo=UTC),  # just into a Monday: a new week for weekly goals
    datetime(2026, 3, 29, 0, 30, tzinfo=UTC),  # the night the clocks go forward (01:00 → 02:00)
    datetime(2026, 3, 29, 12, 0, tzinfo=UTC),
    datetime(2026, 10, 25, 0, 30, tzinfo=UTC),  # the night they go back (02:00 → 01:00)
    datetime(2026, 10, 25, 18, 0, tzinfo=UTC),
    datetime(2025, 12, 31, 23, 30, tzinfo=UTC),
    datetime(2024, 2, 29, 9, 0, tzinfo=UTC),
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    app_paths = paths.resolve(tmp_path_factory.mktemp("glance") / "data")
    clock = FixedClock(START)
    services = Services(open_database(app_paths.db_file), clock)
    services.settings.set("timezone", "Europe/London")
    generate(services, years=5)
    zone = "Europe/London"
    for moment in MOMENTS:
        day = moment.astimezone(services.zone).date()
        at = datetime.combine(day, datetime.min.time())
        weekly = EventInput("Thursday group", at.replace(hour=19), at.replace(hour=20), zone, kind="meeting",
                            rrule="FREQ=DAILY;COUNT=5", fellowship="AA")  # fmt: skip
        services.calendar.create_event(weekly)
        series = max(e.event_id for e in services.calendar.occurrences_between(moment - timedelta(days=1),
                                                                          moment + timedelta(days=5)))  # fmt: skip
        services.calendar.cancel_occurrence(series, at.replace(hour=19) + timedelta(days=1))
        # Yesterday's occurrence moved into this day, and this day's moved out of it.
        early = EventInput("Moved walk", at.replace(hour=7) - timedelta(days=1), at.replace(hour=8) - timedelta(days=1),
                           zone, kind="self_care", rrule="FREQ=DAILY;COUNT=3")  # fmt: skip
        services.calendar.create_event(early)
        walk = max(o.event_id for o in services.calendar.day(day - timedelta(days=1), services.zone))
        services.calendar.move_occurrence(walk, at.replace(hour=7) - timedelta(days=1), at.replace(hour=21),
                                          at.replace(hour=22))  # fmt: skip
        services.calendar.move_occurrence(walk, at.replace(hour=7), at.replace(hour=7) + timedelta(days=3),
                                          at.replace(hour=8) + timedelta(days=3))  # fmt: skip
        services.calendar.create_event(EventInput("Day off", at, at + timedelta(days=1), zone, all_day=True))
        week_ago = at - timedelta(days=7)
        services.calendar.create_event(
            EventInput("Extra session", week_ago.replace(hour=10), week_ago.replace(hour=11), zone, kind="therapy",
                       rdates=[at.replace(hour=15)])
        )  # fmt: skip
        services.calendar.create_event(
            EventInput("Therapy (this computer's copy)", at.replace(hour=12), at.replace(hour=13), zone,
                       kind="therapy", conflict_of="someone-else@example")
        )  # fmt: skip
    goals = [g for g in services.goals.list() if g.status == "active"]
    services.goals.set_status(goals[0].id, "paused")
    yield app_paths, services, clock
    services.close()


@pytest.mark.parametrize("moment", MOMENTS, ids=lambda m: m.isoformat())
def test_sqlite3_alone_says_what_the_services_say(demo, moment):
    app_paths, services, clock = demo
    clock.set(moment)
    light = read_glance(app_paths.db_file, clock)
    assert light == glance_of(services)
    assert light.plan and light.goals and light.sober  # the comparison is over real content
    assert any(o.title == "Moved walk" for o in light.plan)
    assert any(o.mark == CONFLICT_MARK for o in light.plan)
    assert not any(o.title == "Thursday group" and o.start > moment + timedelta(hours=23) for o in light.plan)


def test_ticks_pledges_and_reviews_of_the_day_read_the_same(demo):
    app_paths, services, clock = demo
    clock.set(START + timedelta(hours=1))
    active = [g for g in services.goals.list() if g.status == "active"]
    for goal in active[:3]:
        services.goals.tick(goal.id, True)
    services.goals.tick(active[3].id, False)
    services.recovery.pledge("One day at a time, in my own words.")
    services.recovery.review(2, "A steady day")
    light = read_glance(app_paths.db_file, clock)
    assert light == glance_of(services)
    assert light.pledge == "One day at a time, in my own words." and light.review == (2, "A steady day")
    assert sum(g.done_today for g in light.goals) >= 3


def test_the_theme_and_clock_format_read_the_same(demo):
    """The first look is drawn in the person's theme and clock format (and in the defaults when never set)."""
    from recoverybox.core.settings.options import Settings

    app_paths, services, clock = demo
    clock.set(START)
    assert (TodayGlance.theme, TodayGlance.clock_format) == (Settings().theme, Settings().clock_format)
    before = services.settings.read()
    try:
        services.settings.set_many({"theme": "high_contrast", "clock_format": "12h"})
        light = read_glance(app_paths.db_file, clock)
        assert light == glance_of(services)
        assert (light.theme, light.clock_format) == ("high_contrast", "12h")
    finally:
        services.settings.set_many({"theme": before.theme, "clock_format": before.clock_format})


def test_a_file_that_cannot_be_read_gives_none(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    assert glance_or_none(bad, FixedClock(START)) is None


def test_reading_it_imports_no_data_layer(demo):
    app_paths, _services, _clock = demo
    code = (
        "import sys; from recoverybox.core.app.glance import read_glance; from recoverybox.core.base.clock import "
        "SystemClock; import pathlib; g = read_glance(pathlib.Path(sys.argv[1]), SystemClock());"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'PySide6'}))"
    )
    done = subprocess.run([sys.executable, "-c", code, str(app_paths.db_file)], capture_output=True, text=True,
                          timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_protected_data_reads_the_same_with_its_key(demo, tmp_path):
    from recoverybox.core.storage.cipher import copy_database, is_encrypted

    app_paths, services, clock = demo
    clock.set(START)
    key = bytes(range(32))
    locked = tmp_path / "protected.sqlite3"
    copy_database(app_paths.db_file, None, locked, key)
    assert is_encrypted(locked)
    assert read_glance(locked, clock, key) == glance_of(services)
    assert glance_or_none(locked, clock, None) is None  # without its key: nothing, never a guess


def test_data_that_needs_a_migration_is_left_to_the_ordinary_opening(demo, tmp_path):
    import shutil
    import sqlite3

    app_paths, _services, clock = demo
    old = tmp_path / "old.sqlite3"
    shutil.copy(app_paths.db_file, old)
    with sqlite3.connect(old) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0013'")
    conn.close()
    assert glance_or_none(old, clock) is None
