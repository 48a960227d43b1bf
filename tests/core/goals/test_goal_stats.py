"""The stored goal aggregates equal a recomputation from the raw rows after any sequence of edits."""

import contextlib
from datetime import UTC, date, datetime, timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import select

from recoverybox.core.app.opening import open_memory
from recoverybox.core.app.services import Services
from recoverybox.core.base.clock import FixedClock
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.goals import aggregates as goal_stats
from recoverybox.core.goals import stats
from recoverybox.core.goals.progress import bar_period
from recoverybox.core.goals.service import GoalInput, goal_began
from recoverybox.core.storage.models import GoalRun, GoalWeek

TODAY = date(2026, 11, 27)  # a Friday
past_days = st.integers(0, 60).map(lambda n: TODAY - timedelta(days=n))
MEETING_START = datetime(2026, 9, 29, 19, 0)  # a Tuesday, weekly


def stored(services: Services, goal_id: int) -> tuple[dict, list]:
    with services.db.reading() as session:
        weeks = {
            monday: (total, done)
            for monday, total, done in session.execute(
                select(GoalWeek.monday, GoalWeek.total, GoalWeek.days_done).where(GoalWeek.goal_id == goal_id)
            )
        }
        runs = sorted(
            session.execute(
                select(GoalRun.first_day, GoalRun.last_day, GoalRun.length).where(GoalRun.goal_id == goal_id)
            ).all()
        )
    return weeks, [tuple(run) for run in runs]


def recomputed(services: Services, goal) -> tuple[dict, list]:
    rules = goal_stats._GoalRules(goal.id, goal.kind, goal.target, goal.linked_event_kind)
    with services.db.engine.connect() as conn:
        values = goal_stats.raw_values(conn, rules)
    weeks = goal_stats.weeks_from_values(rules, values)
    step = goal_stats.run_step(goal.kind)
    return weeks, goal_stats.runs_from_points(goal_stats.run_points(rules, values, weeks), step)


def charts_from_rows(services: Services, goal, first: date, last: date) -> tuple[list, list]:
    """The Progress view's goal charts computed from every raw day value, as they were before the aggregates."""
    rules = goal_stats._GoalRules(goal.id, goal.kind, goal.target, goal.linked_event_kind)
    with services.db.engine.connect() as conn:
        values = goal_stats.raw_values(conn, rules)
    weeks = stats.iso_weeks(first, last)
    completion = stats.weekly_completion(goal.kind, goal.target, values, weeks, goal_began(goal, values), last)
    period = bar_period(first, last)
    if period != "week":
        completion = stats.gather(completion, period, mean=True)
    if goal.kind != "weekly_count":
        done = [day for day, value in values.items() if goal_stats.counts_as_done(goal.kind, goal.target, value)]
        return completion, stats.corners(stats.streak_series(done, first, last))
    totals = goal_stats.weeks_from_values(rules, values)
    met = {monday for monday, (total, _done) in totals.items() if total >= (goal.target or 1)}
    line = []
    for monday in [m for m in weeks if m >= first]:
        run, back = 0, monday
        while back in met:
            run, back = run + 1, back - timedelta(days=7)
        line.append((monday, run))
    return completion, stats.corners(line)


def meeting_input(kind: str) -> EventInput:
    end = MEETING_START + timedelta(hours=1)
    return EventInput("Group", MEETING_START, end, "Europe/London", kind=kind, rrule="FREQ=WEEKLY")


class GoalEdits(RuleBasedStateMachine):
    """Check-ins, corrections, undos, rule changes, pauses and meetings marked attended, in any order."""

    def __init__(self) -> None:
        super().__init__()
        self.services = Services(open_memory(), FixedClock(datetime(2026, 11, 27, 20, 0, tzinfo=UTC)))
        self.services.settings.set("timezone", "Europe/London")
        made = [
            self.services.goals.create(GoalInput("Daily")),
            self.services.goals.create(GoalInput("Walk", kind="measured", target=20, unit="minutes")),
            self.services.goals.create(
                GoalInput("Meetings", kind="weekly_count", area="meetings", target=2, linked_event_kind="meeting")
            ),
        ]
        self.goals = [self.services.goals.get(changes.id) for changes in made]
        self.meeting = self.services.calendar.get_event(
            self.services.calendar.create_event(meeting_input("meeting")).id
        )
        self.edits = 0

    def _goal(self, index: int):
        return self.goals[index % len(self.goals)]

    @rule(index=st.integers(0, 2), day=past_days, value=st.sampled_from([0, 1, 5, 19, 20, 30]))
    def check_in(self, index, day, value):
        self.services.goals.check_in(self._goal(index).id, day, value=value)
        self.edits += 1

    @rule(index=st.integers(0, 2), day=past_days)
    def undo(self, index, day):
        self.services.goals.undo_check_in(self._goal(index).id, day)
        self.edits += 1

    @rule(index=st.integers(0, 2), goal_target=st.sampled_from([1, 2, 3, 20, 25]))
    def change_target(self, index, goal_target):
        goal = self._goal(index)
        if goal.kind == "daily":
            return
        data = GoalInput(goal.title, goal.kind, goal.area, goal_target, goal.unit, goal.linked_event_kind)
        self.goals[index % 3] = self.services.goals.get(self.services.goals.update(goal.id, data).id)

    @rule(index=st.integers(0, 2), kind=st.sampled_from(["daily", "measured", "weekly_count"]))
    def change_kind(self, index, kind):
        goal = self._goal(index)
        data = GoalInput(goal.title, kind, goal.area, None if kind == "daily" else 3, None, goal.linked_event_kind)
        self.goals[index % 3] = self.services.goals.get(self.services.goals.update(goal.id, data).id)

    @rule(index=st.integers(0, 2), status=st.sampled_from(["active", "paused"]))
    def pause(self, index, status):
        self.goals[index % 3] = self.services.goals.get(self.services.goals.set_status(self._goal(index).id, status).id)

    @rule(weeks=st.integers(0, 8), status=st.sampled_from(["attended", "missed", None]))
    @precondition(lambda self: self.meeting is not None)
    def attend(self, weeks, status):
        with contextlib.suppress(ValidationError):  # a meeting not started yet cannot be marked
            self.services.occurrences.set_attendance(self.meeting.id, MEETING_START + timedelta(weeks=weeks), status)

    @rule(kind=st.sampled_from(["meeting", "therapy"]))
    @precondition(lambda self: self.meeting is not None)
    def change_meeting_kind(self, kind):
        self.meeting = self.services.calendar.get_event(
            self.services.calendar.update_event(self.meeting.id, meeting_input(kind)).id
        )

    @rule()
    @precondition(lambda self: self.meeting is not None)
    def delete_meeting(self):
        self.services.calendar.delete_event(self.meeting.id)
        self.meeting = None

    @invariant()
    def charts_equal_recomputation(self):
        """The Progress charts read from the aggregates draw what the raw rows give."""
        for goal in self.services.goals.list(include_archived=True):
            for first in (TODAY - timedelta(days=27), TODAY - timedelta(days=90), TODAY - timedelta(days=6000)):
                completion, streak = self.services.progress.goal_charts(goal, first, TODAY)
                assert (completion.points, streak.points) == charts_from_rows(self.services, goal, first, TODAY)

    @invariant()
    def aggregates_equal_recomputation(self):
        for goal in self.goals:
            assert stored(self.services, goal.id) == recomputed(self.services, goal)
        fast = self.services.goals.summaries(self.goals)
        for goal in self.goals:
            assert fast[goal.id] == self.services.goals.summary_from_rows(goal)

    def teardown(self):
        self.services.close()


GoalEdits.TestCase.settings = settings(
    max_examples=40, stateful_step_count=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
TestGoalEdits = GoalEdits.TestCase


def test_the_migration_fills_the_aggregates_of_existing_data(tmp_path):
    """A database from before the aggregates (schema 0005) gets them filled when it is opened."""
    from recoverybox.core.app.demo import generate
    from recoverybox.core.app.opening import open_database
    from recoverybox.core.storage.db import make_engine

    services = Services(open_database(tmp_path / "data.sqlite3"), FixedClock(datetime(2026, 11, 27, 12, tzinfo=UTC)))
    services.settings.set("timezone", "Europe/London")
    generate(services, years=1)
    expected = {goal.id: recomputed(services, goal) for goal in services.goals.list(include_archived=True)}
    services.close()
    engine = make_engine(tmp_path / "data.sqlite3")
    with engine.begin() as conn:  # back to schema 0005: no aggregate tables
        conn.exec_driver_sql("DROP TABLE goal_runs")
        conn.exec_driver_sql("DROP TABLE goal_weeks")
        conn.exec_driver_sql("DROP INDEX ix_attendance_chart")  # made by 0008
        conn.exec_driver_sql("DROP INDEX ix_journal_entries_chart")
        conn.exec_driver_sql("DROP INDEX ix_journal_entries_order")
        conn.exec_driver_sql("DROP INDEX ix_event_exceptions_moved")  # made by 0009
        conn.exec_driver_sql("ALTER TABLE event_exceptions DROP COLUMN all_day")
        conn.exec_driver_sql("ALTER TABLE event_exceptions DROP COLUMN location")  # made by 0013
        conn.exec_driver_sql("ALTER TABLE event_exceptions DROP COLUMN reminders")
        conn.exec_driver_sql("DROP TABLE meeting_links")  # made by 0010
        conn.exec_driver_sql("DROP TABLE meeting_lists")
        for name in ("sync_queue", "sync_resources", "sync_account"):  # made by 0011, with its triggers
            conn.exec_driver_sql(f"DROP TABLE {name}")
        for (trigger,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").all():
            conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
        conn.exec_driver_sql("ALTER TABLE events DROP COLUMN conflict_of")
        conn.exec_driver_sql("ALTER TABLE events DROP COLUMN sync_deleted_at")  # made by 0012
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0005'")
    engine.dispose()
    reopened = Services(open_database(tmp_path / "data.sqlite3"), FixedClock(datetime(2026, 11, 27, 12, tzinfo=UTC)))
    try:
        assert expected and all(stored(reopened, goal_id) == want for goal_id, want in expected.items())
        assert any(runs for _weeks, runs in expected.values())
    finally:
        reopened.close()


def test_summaries_of_the_demo_match_the_raw_rows():
    services = Services(open_memory(), FixedClock(datetime(2026, 11, 27, 12, tzinfo=UTC)))
    services.settings.set("timezone", "Europe/London")
    from recoverybox.core.app.demo import generate

    generate(services, years=1)
    goals = services.goals.list(include_archived=True)
    fast = services.goals.summaries(goals)
    assert [fast[g.id] for g in goals] == [services.goals.summary_from_rows(g) for g in goals]
    assert max(s.best_streak for s in fast.values()) > 5
