"""Stored goal aggregates, kept in step with every check-in so reading a goal's figures costs the same after
twenty years as after one week.

Two tables (see ``models.GoalRun`` and ``models.GoalWeek``):

* ``goal_weeks``: per goal and ISO week (keyed by its Monday), the week's total and how many of its days
  count as done. A "meetings a week" goal linked to a kind of event counts a day's attended meetings too,
  as ``GoalService.day_values`` does.
* ``goal_runs``: the goal's unbroken runs, each from ``first_day`` to ``last_day`` with its ``length``. For a
  daily or measured goal a run is consecutive done days; for a weekly count, consecutive weeks (Mondays)
  whose total met the target. The current streak is the run that reaches today; the best is the longest.

Writes are tracked by session events (``install``): whatever a transaction changes in check-ins, attendance,
events' kinds or goals' rules is folded into the aggregates just before it commits, in the same transaction.
Bulk inserts that bypass the ORM (the demo, a JSON import) call ``rebuild_all``; the Alembic migration that
made the tables filled them with it too. Every function here takes a plain SQLAlchemy ``Connection``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, Protocol, cast

from sqlalchemy import Connection, Table, and_, delete, event, func, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from recoverybox.core.goals.stats import counts_as_done, monday_of, run_step
from recoverybox.core.storage.models import Attendance, CheckIn, Event, Goal, GoalRun, GoalWeek

RUNS = cast(Table, GoalRun.__table__)
WEEKS = cast(Table, GoalWeek.__table__)
CHECK_INS = cast(Table, CheckIn.__table__)
GOALS = cast(Table, Goal.__table__)
RULE_FIELDS = ("kind", "target", "linked_event_kind")


# ---- reading raw rows ---------------------------------------------------------------------------
class GoalRules(Protocol):
    """What the aggregates of a goal depend on: a ``Goal``, or the plain ``_GoalRules`` read for a rebuild."""

    @property
    def id(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def target(self) -> float | None: ...
    @property
    def linked_event_kind(self) -> str | None: ...


def raw_values(
    conn: Connection | Session, goal: GoalRules, first: date | None = None, last: date | None = None
) -> dict[date, float]:
    """A goal's value per local day from the raw rows (check-ins, merged with attended meetings for a linked
    weekly count), optionally only for ``first``–``last``."""
    query = select(CheckIn.day, CheckIn.value).where(CheckIn.goal_id == goal.id)
    if first is not None:
        query = query.where(CheckIn.day >= first, CheckIn.day <= last)
    values = {day: value for day, value in conn.execute(query)}
    if goal.kind == "weekly_count" and goal.linked_event_kind:
        for day, count in attended_by_day(conn, goal.linked_event_kind, first, last).items():
            values[day] = max(values.get(day, 0.0), float(count))
    return values


def attended_by_day(
    session: Session | Connection, kind: str, first: date | None = None, last: date | None = None
) -> dict[date, int]:
    """How many occurrences of events of ``kind`` were marked attended, per local day."""
    query = (
        select(Attendance.day, func.count())
        .join(Event, Event.id == Attendance.event_id)
        .where(Event.kind == kind, Attendance.status == "attended")
        .group_by(Attendance.day)
    )
    if first is not None:
        query = query.where(Attendance.day >= first)
    if last is not None:
        query = query.where(Attendance.day <= last)
    return dict(session.execute(query).all())


class _GoalRules:
    """What the aggregates of one goal depend on."""

    __slots__ = ("id", "kind", "target", "linked_event_kind")

    def __init__(self, goal_id: int, kind: str, target: float | None, linked: str | None) -> None:
        self.id, self.kind, self.target, self.linked_event_kind = goal_id, kind, target, linked


def _rules(conn: Connection, goal_ids: Iterable[int] | None = None) -> list[_GoalRules]:
    query = select(Goal.id, Goal.kind, Goal.target, Goal.linked_event_kind)
    if goal_ids is not None:
        query = query.where(Goal.id.in_(list(goal_ids)))
    return [_GoalRules(*row) for row in conn.execute(query)]


# ---- computing from raw values (also the tests' oracle) --------------------------------------------
def weeks_from_values(rules: GoalRules, values: dict[date, float]) -> dict[date, tuple[float, int]]:
    """{monday: (total, days done)} from a goal's day values."""
    weeks: dict[date, list[Any]] = {}
    for day, value in values.items():
        found = weeks.setdefault(monday_of(day), [0.0, 0])
        found[0] += value
        found[1] += counts_as_done(rules.kind, rules.target, value)
    return {monday: (total, done) for monday, (total, done) in weeks.items()}


def runs_from_points(points: Iterable[date], step: int) -> list[tuple[date, date, int]]:
    """Maximal runs of points ``step`` days apart, as (first, last, length)."""
    runs: list[list[Any]] = []
    for point in sorted(set(points)):
        if runs and (point - runs[-1][1]).days == step:
            runs[-1][1] = point
            runs[-1][2] += 1
        else:
            runs.append([point, point, 1])
    return [tuple(run) for run in runs]


def run_points(rules: GoalRules, values: dict[date, float], weeks: dict[date, tuple[float, int]]) -> list[date]:
    """The days (or Mondays, for a weekly count) that belong to a run."""
    if rules.kind == "weekly_count":
        return [monday for monday, (total, _done) in weeks.items() if total >= (rules.target or 1)]
    return [day for day, value in values.items() if counts_as_done(rules.kind, rules.target, value)]


# ---- rebuilding ---------------------------------------------------------------------------------------
def rebuild_goal(conn: Connection, rules: GoalRules) -> None:
    """Recompute one goal's aggregates from its raw rows."""
    conn.execute(delete(RUNS).where(RUNS.c.goal_id == rules.id))
    conn.execute(delete(WEEKS).where(WEEKS.c.goal_id == rules.id))
    values = raw_values(conn, rules)
    weeks = weeks_from_values(rules, values)
    if weeks:
        conn.execute(
            insert(WEEKS),
            [{"goal_id": rules.id, "monday": m, "total": t, "days_done": d} for m, (t, d) in weeks.items()],
        )
    runs = runs_from_points(run_points(rules, values, weeks), run_step(rules.kind))
    if runs:
        conn.execute(
            insert(RUNS),
            [{"goal_id": rules.id, "first_day": f, "last_day": la, "length": n} for f, la, n in runs],
        )


def rebuild_all(conn: Connection) -> None:
    """Recompute every goal's aggregates (after a bulk insert, and when the tables are first made)."""
    for rules in _rules(conn):
        rebuild_goal(conn, rules)


# ---- one day changed ------------------------------------------------------------------------------------
def refresh_day(conn: Connection, rules: GoalRules, day: date) -> None:
    """Fold a change on ``day`` into the goal's week row and runs, reading only that week's raw rows."""
    monday = monday_of(day)
    values = raw_values(conn, rules, monday, monday + timedelta(days=6))
    week = weeks_from_values(rules, values).get(monday)
    key = and_(WEEKS.c.goal_id == rules.id, WEEKS.c.monday == monday)
    conn.execute(delete(WEEKS).where(key))
    if week is not None:
        conn.execute(insert(WEEKS).values(goal_id=rules.id, monday=monday, total=week[0], days_done=week[1]))
    if rules.kind == "weekly_count":
        _set_member(conn, rules.id, monday, week is not None and week[0] >= (rules.target or 1), 7)
    else:
        value = values.get(day)
        _set_member(conn, rules.id, day, value is not None and counts_as_done(rules.kind, rules.target, value), 1)


def _set_member(conn: Connection, goal_id: int, point: date, member: bool, step: int) -> None:
    """Make ``point`` belong to a run (joining its neighbours) or not (splitting the run it was in)."""
    gap = timedelta(days=step)
    found = conn.execute(
        select(RUNS.c.id, RUNS.c.first_day, RUNS.c.last_day).where(
            RUNS.c.goal_id == goal_id, RUNS.c.first_day <= point, RUNS.c.last_day >= point
        )
    ).first()
    if member:
        if found is not None:
            return
        left = conn.execute(
            select(RUNS.c.id, RUNS.c.first_day).where(RUNS.c.goal_id == goal_id, RUNS.c.last_day == point - gap)
        ).first()
        right = conn.execute(
            select(RUNS.c.id, RUNS.c.last_day).where(RUNS.c.goal_id == goal_id, RUNS.c.first_day == point + gap)
        ).first()
        first = left.first_day if left is not None else point
        last = right.last_day if right is not None else point
        for row in (left, right):
            if row is not None:
                conn.execute(delete(RUNS).where(RUNS.c.id == row.id))
        conn.execute(
            insert(RUNS).values(goal_id=goal_id, first_day=first, last_day=last, length=_length(first, last, step))
        )
        return
    if found is None:
        return
    conn.execute(delete(RUNS).where(RUNS.c.id == found.id))
    for first, last in ((found.first_day, point - gap), (point + gap, found.last_day)):
        if first <= last:
            conn.execute(
                insert(RUNS).values(goal_id=goal_id, first_day=first, last_day=last, length=_length(first, last, step))
            )


def _length(first: date, last: date, step: int) -> int:
    return (last - first).days // step + 1


# ---- keeping them in step with the ORM -------------------------------------------------------------------
TOUCHED = "goal_stats_touched"  # {(goal_id, day)}
KIND_DAYS = "goal_stats_kind_days"  # {(event kind, day)}: attendance that may count toward linked goals
REBUILD = "goal_stats_rebuild"  # {goal_id}: rules changed, recompute the whole goal


def install(sessions: sessionmaker[Session]) -> None:
    """Track changes on every session ``sessions`` makes and fold them in before each commit."""
    event.listen(sessions, "before_flush", _collect)
    event.listen(sessions, "before_commit", _apply)


def _history(obj: object, name: str) -> list[Any]:
    """Old and new values of an attribute in this flush."""
    state = inspect(obj).attrs[name].history
    return [*state.deleted, *state.unchanged, *state.added]


def _collect(session: Session, _context: object, _instances: object) -> None:
    touched = session.info.setdefault(TOUCHED, set())
    kind_days = session.info.setdefault(KIND_DAYS, set())
    rebuild = session.info.setdefault(REBUILD, set())
    with session.no_autoflush:
        for obj in (*session.new, *session.dirty, *session.deleted):
            if isinstance(obj, CheckIn):
                for goal_id in _history(obj, "goal_id"):
                    for day in _history(obj, "day"):
                        if goal_id is not None and day is not None:
                            touched.add((goal_id, day))
            elif isinstance(obj, Attendance):
                for event_id in _history(obj, "event_id"):
                    kind = session.scalar(select(Event.kind).where(Event.id == event_id))
                    for day in _history(obj, "day"):
                        if kind is not None and day is not None:
                            kind_days.add((kind, day))
            elif isinstance(obj, Event) and obj.id is not None:
                deleted = obj in session.deleted
                if deleted or inspect(obj).attrs["kind"].history.has_changes():
                    days = session.scalars(select(Attendance.day).where(Attendance.event_id == obj.id)).all()
                    for kind in _history(obj, "kind"):
                        kind_days.update((kind, day) for day in days)
            elif (
                isinstance(obj, Goal)
                and obj.id is not None
                and obj not in session.deleted
                and any(inspect(obj).attrs[name].history.has_changes() for name in RULE_FIELDS)
            ):
                rebuild.add(obj.id)


def _apply(session: Session) -> None:
    session.flush()
    touched = session.info.pop(TOUCHED, set())
    kind_days = session.info.pop(KIND_DAYS, set())
    rebuild = session.info.pop(REBUILD, set())
    if not (touched or kind_days or rebuild):
        return
    conn = session.connection()
    kinds = {kind for kind, _day in kind_days}
    linked: dict[str, list[int]] = {}
    if kinds:
        rows = conn.execute(
            select(Goal.linked_event_kind, Goal.id).where(
                Goal.kind == "weekly_count", Goal.linked_event_kind.in_(kinds)
            )
        )
        for kind, goal_id in rows:
            if kind is not None:
                linked.setdefault(kind, []).append(goal_id)
    for kind, day in kind_days:
        touched.update((goal_id, day) for goal_id in linked.get(kind, ()))
    rules = {r.id: r for r in _rules(conn, {goal_id for goal_id, _day in touched} | rebuild)}
    for goal_id in rebuild:
        if goal_id in rules:
            rebuild_goal(conn, rules[goal_id])
    for goal_id, day in sorted(touched):
        if goal_id in rules and goal_id not in rebuild:
            refresh_day(conn, rules[goal_id], day)
