"""Today at a glance: what the Today view shows (the date, the sober clocks, today's plan, today's goals with
their ticks, the day's reflection, pledge and review), worked out two ways with the same answer:

* ``glance_of(services)``: through the services (the ORM), as the app has it once the data is open;
* ``read_glance(db_file, clock, key)``: with the ``sqlite3`` module alone (SQLCipher's for protected data),
  read-only, so the first paint of Today needs neither SQLAlchemy nor Alembic. It reads the same rows the
  services read and works them out with the same pure functions; a test holds the two equal on years of data,
  on ordinary days and on the days the clocks change.

Nothing here imports SQLAlchemy (the services are only named for type checking).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from recoverybox.core.base.clock import Clock, local_today
from recoverybox.core.base.timezones import system_zone_name
from recoverybox.core.calendar.occurrences import (
    CONFLICT_MARK,
    MAX_EVENT_LENGTH,
    Occurrence,
    expand_or_skip,
)
from recoverybox.core.calendar.recurrence import to_utc
from recoverybox.core.goals.stats import counts_as_done, monday_of, run_step
from recoverybox.core.recovery.daily_content import Reflection, pledge_streak, reflection_for
from recoverybox.core.recovery.sober_time import current_period

if TYPE_CHECKING:
    from recoverybox.core.app.services import Services


@dataclass(frozen=True)
class SoberLine:
    """A sober clock that is running: its name and the start of its current period."""

    name: str
    started_on: date
    started_time: str | None


@dataclass(frozen=True)
class GoalLine:
    """An active goal as Today lists it: ticked or not today, and its current streak."""

    id: int
    title: str
    kind: str
    streak: int
    done_today: bool


@dataclass(frozen=True)
class TodayGlance:
    now: datetime  # the instant it was read at (UTC)
    day: date
    zone: ZoneInfo
    sober: tuple[SoberLine, ...]
    plan: tuple[Occurrence, ...]
    goals: tuple[GoalLine, ...]
    reflection: Reflection
    starred: bool
    pledge: str | None  # today's pledge, if made
    pledge_streak: int
    review: tuple[int | None, str] | None  # today's review (rating, line), if saved
    # How it is drawn (the settings' names and values): a first look in the person's theme and clock format,
    # so nothing changes when the data layer takes over.
    theme: str = "system"
    clock_format: str = "locale"


# ---- through the services ---------------------------------------------------------------------------
def glance_of(services: Services) -> TodayGlance:
    """What the services say Today shows now."""
    today, zone = services.today(), services.zone
    sober = []
    for clock in services.sobriety.clocks():
        period = current_period(clock)
        if period is not None:
            sober.append(SoberLine(clock.name, period.started_on, period.started_time))
    active = [goal for goal in services.goals.list() if goal.status == "active"]
    summaries = services.goals.summaries(active)
    goals = tuple(
        GoalLine(goal.id, goal.title, goal.kind, summaries[goal.id].current_streak, summaries[goal.id].done_today)
        for goal in active
    )
    reflection = services.recovery.todays_reflection()
    todays = services.journal.list(since=today, kinds=("pledge", "review"))
    pledge = next((e for e in todays if e.kind == "pledge"), None)
    review = next((e for e in todays if e.kind == "review"), None)
    settings = services.settings.read()
    return TodayGlance(
        services.clock.now(),
        today,
        zone,
        tuple(sober),
        tuple(services.calendar.day(today, zone)),
        goals,
        reflection,
        any(r.id == reflection.id for r in services.recovery.favourites()),
        pledge.text if pledge is not None else None,
        services.recovery.pledge_streak(),
        (review.rating, review.text) if review is not None else None,
        settings.theme,
        settings.clock_format,
    )


# ---- with sqlite3 alone -----------------------------------------------------------------------------
def read_glance(db_file: Path, clock: Clock, key: bytes | None = None) -> TodayGlance:
    """The same, read-only from the file (``key``: protected data's key). Raises what the driver raises on a
    file it cannot read (the caller then opens the data the ordinary way, which says why)."""
    from recoverybox.core.storage.cipher import connect

    conn = connect(db_file, key, readonly=True)
    try:
        return _read(conn, clock)
    finally:
        conn.close()


def _when(text: str | None) -> datetime | None:
    """A stored wall-clock time (SQLAlchemy's ``YYYY-MM-DD HH:MM:SS.ffffff`` on SQLite)."""
    return None if text is None else datetime.fromisoformat(text)


def _instant(text: str | None) -> datetime | None:
    """A stored instant (naive UTC), aware."""
    moment = _when(text)
    return None if moment is None else moment.replace(tzinfo=UTC)


def _stored(moment: datetime) -> str:
    """An instant or wall time as the columns store it, to compare with them."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _read(conn: Any, clock: Clock) -> TodayGlance:
    from recoverybox.migrations import HEAD

    (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision != HEAD:  # a migration is due: the ordinary opening makes it (after a backup)
        raise ValueError(f"the data is at revision {revision}, not {HEAD}")
    settings = {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM settings")}
    zone = ZoneInfo(settings.get("timezone") or system_zone_name())
    today = local_today(clock, zone)
    reflection = reflection_for(today)
    starred = conn.execute("SELECT 1 FROM favourite_reflections WHERE reflection_id = ?", (reflection.id,)).fetchone()
    todays = conn.execute(
        "SELECT kind, text, rating FROM journal_entries WHERE kind IN ('pledge', 'review') AND day >= ?"
        " ORDER BY day DESC, created_at DESC",
        (today.isoformat(),),
    ).fetchall()
    pledge = next((text for kind, text, _rating in todays if kind == "pledge"), None)
    review = next(((rating, text) for kind, text, rating in todays if kind == "review"), None)
    pledge_days = {
        date.fromisoformat(d) for (d,) in conn.execute("SELECT day FROM journal_entries WHERE kind = 'pledge'")
    }
    return TodayGlance(
        clock.now(),
        today,
        zone,
        _sober(conn),
        _plan(conn, today, zone),
        _goals(conn, today),
        reflection,
        starred is not None,
        pledge,
        pledge_streak(pledge_days, today),
        review,
        settings.get("theme", TodayGlance.theme),
        settings.get("clock_format", TodayGlance.clock_format),
    )


@dataclass
class _Period:
    started_on: date
    started_time: str | None
    ended_on: date | None


@dataclass
class _Clock:
    name: str
    periods: list[_Period] = field(default_factory=list)


def _sober(conn: Any) -> tuple[SoberLine, ...]:
    clocks: dict[int, _Clock] = {
        clock_id: _Clock(name) for clock_id, name in conn.execute("SELECT id, name FROM sobriety_clocks ORDER BY id")
    }
    for clock_id, started_on, started_time, ended_on in conn.execute(
        "SELECT clock_id, started_on, started_time, ended_on FROM sobriety_periods ORDER BY started_on"
    ):
        if clock_id in clocks:
            ended = date.fromisoformat(ended_on) if ended_on else None
            clocks[clock_id].periods.append(_Period(date.fromisoformat(started_on), started_time, ended))
    lines = []
    for clock in clocks.values():
        period = current_period(clock)
        if period is not None:
            lines.append(SoberLine(clock.name, period.started_on, period.started_time))
    return tuple(lines)


def _goals(conn: Any, today: date) -> tuple[GoalLine, ...]:
    """Active goals in the Goals order, each ticked or not today and with its current streak (as
    ``GoalService.summaries`` works them out from the stored runs)."""
    rows = conn.execute(
        "SELECT id, title, kind, target, linked_event_kind FROM goals WHERE status = 'active'"
        " ORDER BY area, sort_order, id"
    ).fetchall()
    if not rows:
        return ()
    todays = dict(conn.execute("SELECT goal_id, value FROM check_ins WHERE day = ?", (today.isoformat(),)))
    earliest = (today - timedelta(days=14)).isoformat()
    runs: dict[int, list[tuple[date, date]]] = {}
    for goal_id, first, last in conn.execute(
        "SELECT goal_id, first_day, last_day FROM goal_runs WHERE last_day >= ?", (earliest,)
    ):
        runs.setdefault(goal_id, []).append((date.fromisoformat(first), date.fromisoformat(last)))
    attended: dict[str, int] = {}
    lines = []
    for goal_id, title, kind, target, linked in rows:
        value = todays.get(goal_id)
        if kind == "weekly_count" and linked:
            if linked not in attended:
                (attended[linked],) = conn.execute(
                    "SELECT count(*) FROM attendance JOIN events ON events.id = attendance.event_id"
                    " WHERE events.kind = ? AND attendance.status = 'attended' AND attendance.day = ?",
                    (linked, today.isoformat()),
                ).fetchone()
            if attended[linked]:
                value = max(value or 0.0, float(attended[linked]))
        done = value is not None and counts_as_done(kind, target, value)
        step = run_step(kind)
        cursor = monday_of(today) if step == 7 else today
        current = 0
        for point in (cursor, cursor - timedelta(days=step)):
            run = next(((first, last) for first, last in runs.get(goal_id, []) if first <= point <= last), None)
            if run is not None:
                current = (point - run[0]).days // step + 1
                break
        lines.append(GoalLine(goal_id, title, kind, current, done))
    return tuple(lines)


@dataclass
class _Exception:
    original_start_local: datetime
    cancelled: bool
    start_local: datetime | None
    end_local: datetime | None
    title: str | None
    notes: str | None
    all_day: bool | None
    location: str | None
    reminders: str | None

    def own_reminders(self) -> tuple[int, ...] | None:  # as EventException's (the ORM's model)
        if self.reminders is None:
            return None
        return tuple(int(part) for part in self.reminders.split(",") if part.strip().isdigit())


@dataclass
class _Event:
    id: int
    title: str
    kind: str
    tz: str
    all_day: bool
    start_local: datetime
    end_local: datetime
    start_utc: datetime
    end_utc: datetime
    rrule: str | None
    rdates: str | None
    fellowship: str | None
    location: str | None
    online_url: str | None
    notes: str
    conflict_of: str | None
    exceptions: list[_Exception] = field(default_factory=list)


EVENT_COLUMNS = (
    "id, title, kind, tz, all_day, start_local, end_local, start_utc, end_utc, rrule, rdates, fellowship, location,"
    " online_url, notes, conflict_of"
)


def _event(row: Sequence[Any]) -> _Event:
    (event_id, title, kind, tz, all_day, start_local, end_local, start_utc, end_utc, rrule, rdates, fellowship,
     location, online_url, notes, conflict_of) = row  # fmt: skip
    return _Event(
        event_id, title, kind, tz, bool(all_day), _when(start_local) or datetime.min, _when(end_local) or datetime.min,
        _instant(start_utc) or datetime.min.replace(tzinfo=UTC), _instant(end_utc) or datetime.min.replace(tzinfo=UTC),
        rrule, rdates, fellowship, location, online_url, notes or "", conflict_of,
    )  # fmt: skip


def _plan(conn: Any, day: date, zone: ZoneInfo) -> tuple[Occurrence, ...]:
    """The day's occurrences, as ``EventService.day`` finds them: events whose span may reach the day, or with
    an occurrence moved into it, expanded with their exceptions, marked, and sorted by start and title."""
    after = to_utc(datetime.combine(day, time()), zone)
    before = to_utc(datetime.combine(day + timedelta(days=1), time()), zone)
    events = {
        row[0]: _event(row)
        for row in conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE start_utc < ? AND (series_end_utc IS NULL OR series_end_utc > ?)"
            " AND sync_deleted_at IS NULL",
            (_stored(before), _stored(after)),
        )
    }
    after_wall, before_wall = after.replace(tzinfo=None), before.replace(tzinfo=None)
    moved = {
        event_id
        for (event_id,) in conn.execute(
            "SELECT event_id FROM event_exceptions WHERE start_local < ? AND start_local > ? AND end_local > ?",
            (
                _stored(before_wall + timedelta(days=1)),
                _stored(after_wall - MAX_EVENT_LENGTH - timedelta(days=1)),
                _stored(after_wall - timedelta(days=1)),
            ),
        )
    } - set(events)
    for event_id in sorted(moved):
        for row in conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE id = ? AND sync_deleted_at IS NULL", (event_id,)
        ):
            events[row[0]] = _event(row)
    if events:
        marks = ",".join("?" * len(events))
        for (event_id, original, cancelled, start, end, title, notes, all_day, location, reminders) in conn.execute(
            "SELECT event_id, original_start_local, cancelled, start_local, end_local, title, notes, all_day,"
            f" location, reminders FROM event_exceptions WHERE event_id IN ({marks})",
            tuple(events),
        ):  # fmt: skip
            events[event_id].exceptions.append(
                _Exception(_when(original) or datetime.min, bool(cancelled), _when(start), _when(end), title, notes,
                           None if all_day is None else bool(all_day), location, reminders)
            )  # fmt: skip
    found = [occ for event in events.values() for occ in expand_or_skip(event, after, before)]
    marked = dict(conn.execute("SELECT event_id, status FROM meeting_links WHERE status IS NOT NULL"))
    marked.update((event.id, CONFLICT_MARK) for event in events.values() if event.conflict_of)
    if marked:
        found = [replace(occ, mark=marked[occ.event_id]) if occ.event_id in marked else occ for occ in found]
    return tuple(sorted(found, key=lambda occ: (occ.start, occ.title)))


def glance_or_none(db_file: Path, clock: Clock, key: bytes | None = None) -> TodayGlance | None:
    """``read_glance``, or None when the file cannot be read that way (the ordinary opening says why)."""
    with contextlib.suppress(Exception):
        return read_glance(db_file, clock, key)
    return None
