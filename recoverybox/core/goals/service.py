"""Goals, check-ins on local days, and the streaks they make."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recoverybox.core.base.changes import Area, Changes
from recoverybox.core.base.clock import Clock
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, Words
from recoverybox.core.base.validation import (
    ValidationError,
    check_choice,
    clean_optional_line,
    clean_text,
    clean_title,
    parse_hhmm,
)
from recoverybox.core.goals.stats import monday_of
from recoverybox.core.storage.columns import EVENT_KINDS, GOAL_AREAS, GOAL_KINDS
from recoverybox.core.storage.db import Database
from recoverybox.core.storage.models import CheckIn, Goal

MAX_TARGET = 1_000_000


@dataclass
class GoalInput:
    """What a person enters for a goal."""

    title: str
    kind: str = "daily"
    area: str = "custom"
    target: float | None = None
    unit: str | None = None
    linked_event_kind: str | None = None
    remind_at: str | None = None
    notes: str = ""


@dataclass(frozen=True)
class GoalSummary:
    """A goal with the figures shown beside it."""

    goal: Goal
    done_today: bool
    current_streak: int
    best_streak: int
    week_total: float
    week_target: float


def validate_goal(data: GoalInput) -> GoalInput:
    title = clean_title(data.title)
    kind = check_choice(data.kind, "kind", GOAL_KINDS, Words(QT_TRANSLATE_NOOP("errors", "type of goal")))
    area = check_choice(data.area, "area", GOAL_AREAS, Words(QT_TRANSLATE_NOOP("errors", "area")))
    target = data.target
    if kind == "daily":
        target = None
    else:
        if isinstance(target, bool) or not isinstance(target, int | float) or not 0 < target <= MAX_TARGET:
            raise ValidationError("target", QT_TRANSLATE_NOOP("errors", "Please set a target above zero."))
        if kind == "weekly_count" and (int(target) != target or target > 7 * 24):
            raise ValidationError(
                "target", QT_TRANSLATE_NOOP("errors", "A weekly count needs a whole number (up to 168).")
            )
    linked = data.linked_event_kind or None
    if linked is not None:
        check_choice(linked, "linked_event_kind", EVENT_KINDS, Words(QT_TRANSLATE_NOOP("errors", "kind of event")))
    remind_at = clean_optional_line(data.remind_at, "remind_at", 5)
    if remind_at is not None:
        parse_hhmm(remind_at, "remind_at")
    return GoalInput(
        title=title,
        kind=kind,
        area=area,
        target=float(target) if target is not None else None,
        unit=clean_optional_line(data.unit, "unit", 40),
        linked_event_kind=linked,
        remind_at=remind_at,
        notes=clean_text(data.notes, "notes"),
    )


def goal_began(goal: Goal, days: Iterable[date]) -> date:
    """The first day a goal counts from: when it was made, or its first check-in if days were backfilled."""
    return min([goal.created_on, *days])


def days_counted(goal: Goal, monday: date, today: date, first_check_in: date | None) -> int:
    """The days of this week so far that the goal existed on (a goal made on Wednesday asks nothing of Monday
    and Tuesday, unless they were checked in afterwards)."""
    began = min(goal.created_on, first_check_in) if first_check_in is not None else goal.created_on
    return (today - max(monday, min(began, today))).days + 1


def day_streaks(done: Iterable[date], today: date) -> tuple[int, int]:
    """(current, best) runs of consecutive local dates; today not yet done does not break the run."""
    days = sorted(set(done))
    best = run = 0
    previous: date | None = None
    for day in days:
        run = run + 1 if previous is not None and (day - previous).days == 1 else 1
        best = max(best, run)
        previous = day
    done_set = set(days)
    cursor = today if today in done_set else today - timedelta(days=1)
    current = 0
    while cursor in done_set:
        current += 1
        cursor -= timedelta(days=1)
    return current, best


def week_streaks(totals: dict[date, float], target: float, today: date) -> tuple[int, int]:
    """(current, best) runs of consecutive weeks (keyed by Monday) meeting ``target``."""
    met = {monday for monday, total in totals.items() if total >= target}
    best = run = 0
    previous: date | None = None
    for monday in sorted(met):
        run = run + 1 if previous is not None and (monday - previous).days == 7 else 1
        best = max(best, run)
        previous = monday
    cursor = monday_of(today)
    if cursor not in met:
        cursor -= timedelta(days=7)
    current = 0
    while cursor in met:
        current += 1
        cursor -= timedelta(days=7)
    return current, best


class GoalService:
    """Goal CRUD and check-ins; every call is one transaction."""

    def __init__(self, db: Database, clock: Clock, today: Callable[[], date]) -> None:
        self._db = db
        self._clock = clock
        self._today = today

    def create(self, data: GoalInput) -> Changes:
        clean = validate_goal(data)
        goal = Goal(created_on=self._today(), status="active", **vars(clean))
        with self._db.transaction() as session:
            goal.sort_order = (session.scalar(select(func.max(Goal.sort_order))) or 0) + 1
            session.add(goal)
        return Changes.of(Area.GOALS, ids=(goal.id,))

    def update(self, goal_id: int, data: GoalInput) -> Changes:
        clean = validate_goal(data)
        with self._db.transaction() as session:
            goal = self._get(session, goal_id)
            for name, value in vars(clean).items():
                setattr(goal, name, value)
        return Changes.of(Area.GOALS, ids=(goal_id,))

    def set_status(self, goal_id: int, status: str) -> Changes:
        """Pause, archive or re-activate a goal; its history is kept either way."""
        check_choice(status, "status", ("active", "paused", "archived"), Words(QT_TRANSLATE_NOOP("errors", "state")))
        with self._db.transaction() as session:
            goal = self._get(session, goal_id)
            goal.status = status
            goal.paused_on = self._today() if status == "paused" else None
        return Changes.of(Area.GOALS, ids=(goal_id,))

    def delete(self, goal_id: int) -> Changes:
        with self._db.transaction() as session:
            session.delete(self._get(session, goal_id))
        return Changes.of(Area.GOALS, ids=(goal_id,))

    def get(self, goal_id: int) -> Goal:
        with self._db.reading() as session:
            return self._get(session, goal_id)

    def list(self, include_archived: bool = False) -> builtins.list[Goal]:
        with self._db.reading() as session:
            query = select(Goal).order_by(Goal.area, Goal.sort_order, Goal.id)
            if not include_archived:
                query = query.where(Goal.status != "archived")
            return list(session.scalars(query))

    def check_in(self, goal_id: int, day: date | None = None, value: float = 1.0, note: str = "") -> Changes:
        """Record (or correct) the goal for a local day; one check-in per goal and day."""
        day = day or self._today()
        if day > self._today():
            raise ValidationError(
                "day", QT_TRANSLATE_NOOP("errors", "You can't check in for a day that hasn't come yet.")
            )
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= MAX_TARGET:
            raise ValidationError("value", QT_TRANSLATE_NOOP("errors", "Please enter a number from 0 upward."))
        note = clean_text(note, "note", 2000)
        with self._db.transaction() as session:
            self._get(session, goal_id)
            row = session.scalar(select(CheckIn).where(CheckIn.goal_id == goal_id, CheckIn.day == day))
            if row is None:
                row = CheckIn(goal_id=goal_id, day=day, created_at=self._clock.now())
                session.add(row)
            row.value, row.note = float(value), note
        return Changes.of(Area.GOALS, ids=(goal_id,))

    def undo_check_in(self, goal_id: int, day: date) -> Changes:
        with self._db.transaction() as session:
            row = session.scalar(select(CheckIn).where(CheckIn.goal_id == goal_id, CheckIn.day == day))
            if row is not None:
                session.delete(row)
        return Changes.of(Area.GOALS, ids=(goal_id,))

    def tick(self, goal_id: int, done: bool, day: date | None = None) -> Changes:
        """A goal ticked for ``day`` (today), checked in with its usual value (a measured goal's target, else
        1), or unticked."""
        day = day or self._today()
        if not done:
            return self.undo_check_in(goal_id, day)
        with self._db.reading() as session:
            goal = self._get(session, goal_id)
        return self.check_in(goal_id, day, value=goal.target if goal.kind == "measured" and goal.target else 1.0)

    def check_ins(self, goal_id: int, since: date | None = None) -> builtins.list[CheckIn]:
        with self._db.reading() as session:
            query = select(CheckIn).where(CheckIn.goal_id == goal_id).order_by(CheckIn.day)
            if since is not None:
                query = query.where(CheckIn.day >= since)
            return list(session.scalars(query))

    def day_values(self, goal: Goal) -> dict[date, float]:
        """Each local day's checked-in value (a linked meeting attended counts as a check-in that day)."""
        with self._db.reading() as session:
            rows = dict(session.execute(select(CheckIn.day, CheckIn.value).where(CheckIn.goal_id == goal.id)).all())
            if goal.kind == "weekly_count" and goal.linked_event_kind:
                from recoverybox.core.goals.aggregates import attended_by_day
                from recoverybox.core.goals.stats import merged_daily_values

                # A meeting marked attended counts toward its linked goal, once a day with a check-in.
                rows = merged_daily_values(rows, attended_by_day(session, goal.linked_event_kind))
        return rows

    def strength(self, goal: Goal, values: dict[date, float] | None = None) -> float:
        """Habit strength today, 0–100 (see ``core.habit``), counted from the goal's first day."""
        from recoverybox.core.goals.habit import strength

        values = self.day_values(goal) if values is None else values
        today = self._today()
        return strength(goal.kind, goal.target, values, min(goal_began(goal, values), today), today)

    def summary(self, goal: Goal) -> GoalSummary:
        """Streaks and this week's progress, counted in local calendar dates."""
        return self.summaries([goal])[goal.id]

    def summaries(self, goals: builtins.list[Goal]) -> dict[int, GoalSummary]:
        """Every goal's summary from the stored aggregates (``core.goal_stats``): a few queries, however many
        goals or years of history."""
        from recoverybox.core.goals.stats import counts_as_done, run_step
        from recoverybox.core.storage.models import GoalRun, GoalWeek

        if not goals:
            return {}
        today = self._today()
        monday = monday_of(today)
        ids = [goal.id for goal in goals]
        cursors = {goal.id: goal.paused_on if goal.status == "paused" and goal.paused_on else today for goal in goals}
        with self._db.reading() as session:
            weeks = {
                goal_id: (total, done)
                for goal_id, total, done in session.execute(
                    select(GoalWeek.goal_id, GoalWeek.total, GoalWeek.days_done).where(
                        GoalWeek.goal_id.in_(ids), GoalWeek.monday == monday
                    )
                )
            }
            first_this_week = dict(
                session.execute(
                    select(CheckIn.goal_id, func.min(CheckIn.day))
                    .where(CheckIn.goal_id.in_(ids), CheckIn.day >= monday, CheckIn.day <= today)
                    .group_by(CheckIn.goal_id)
                ).all()
            )
            todays = dict(
                session.execute(
                    select(CheckIn.goal_id, CheckIn.value).where(CheckIn.goal_id.in_(ids), CheckIn.day == today)
                ).all()
            )
            linked_kinds = {g.linked_event_kind for g in goals if g.kind == "weekly_count" and g.linked_event_kind}
            attended_today = {}
            if linked_kinds:
                from recoverybox.core.goals.aggregates import attended_by_day

                for kind in linked_kinds:
                    attended_today[kind] = attended_by_day(session, kind, today, today).get(today)
            earliest = min(cursors.values()) - timedelta(days=14)
            recent = session.execute(
                select(GoalRun.goal_id, GoalRun.first_day, GoalRun.last_day).where(
                    GoalRun.goal_id.in_(ids), GoalRun.last_day >= earliest
                )
            ).all()
            best_of = select(func.max(GoalRun.length)).where(GoalRun.goal_id == Goal.id).scalar_subquery()
            best: dict[int, int | None] = dict(session.execute(select(Goal.id, best_of).where(Goal.id.in_(ids))).all())
        found = {}
        for goal in goals:
            # Today's value as day_values() has it: the check-in, or the meetings attended if more.
            value_today = todays.get(goal.id)
            attended = attended_today.get(goal.linked_event_kind or "") if goal.kind == "weekly_count" else None
            if attended:
                value_today = max(value_today or 0.0, float(attended))
            done_today = value_today is not None and counts_as_done(goal.kind, goal.target, value_today)
            step = run_step(goal.kind)
            cursor = monday_of(cursors[goal.id]) if step == 7 else cursors[goal.id]
            runs = [(first, last) for goal_id, first, last in recent if goal_id == goal.id]
            current = 0
            for point in (cursor, cursor - timedelta(days=step)):
                run = next(((first, last) for first, last in runs if first <= point <= last), None)
                if run is not None:
                    current = (point - run[0]).days // step + 1
                    break
            total, days_done = weeks.get(goal.id, (0.0, 0))
            days_so_far = days_counted(goal, monday, today, first_this_week.get(goal.id))
            if goal.kind == "weekly_count":
                week_total, week_target = total, goal.target or 1
            elif goal.kind == "daily":
                week_total, week_target = days_done, days_so_far
            else:
                week_total, week_target = total, (goal.target or 0) * days_so_far
            found[goal.id] = GoalSummary(goal, done_today, current, best.get(goal.id) or 0, week_total, week_target)
        return found

    def summary_from_rows(self, goal: Goal) -> GoalSummary:
        """The same summary worked out from every raw row (the definition the aggregates must match; tests
        compare the two)."""
        today = self._today()
        frozen = goal.paused_on if goal.status == "paused" and goal.paused_on else today
        rows = list(self.day_values(goal).items())
        monday = monday_of(today)
        week_total = sum(value for day, value in rows if monday <= day <= today)
        done_today = any(day == today and self._counts(goal, value) for day, value in rows)
        if goal.kind == "weekly_count":
            totals: dict[date, float] = {}
            for day, value in rows:
                totals[monday_of(day)] = totals.get(monday_of(day), 0.0) + value
            current, best = week_streaks(totals, goal.target or 1, frozen)
            return GoalSummary(goal, done_today, current, best, week_total, goal.target or 1)
        done = [day for day, value in rows if self._counts(goal, value)]
        current, best = day_streaks(done, frozen)
        days_so_far = days_counted(goal, monday, today, min((d for d, _ in rows if monday <= d <= today), default=None))
        if goal.kind == "daily":
            week_done = sum(1 for day in done if monday <= day <= today)
            return GoalSummary(goal, done_today, current, best, week_done, days_so_far)
        return GoalSummary(goal, done_today, current, best, week_total, (goal.target or 0) * days_so_far)

    @staticmethod
    def _counts(goal: Goal, value: float) -> bool:
        from recoverybox.core.goals.stats import counts_as_done

        return counts_as_done(goal.kind, goal.target, value)

    @staticmethod
    def _get(session: Session, goal_id: int) -> Goal:
        goal = session.get(Goal, goal_id)
        if goal is None:
            raise ValidationError("goal", QT_TRANSLATE_NOOP("errors", "This goal no longer exists."))
        return goal
