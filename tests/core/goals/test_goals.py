"""Goals, check-ins and streaks in local calendar dates."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from recoverybox.core.base.validation import ValidationError
from recoverybox.core.goals.service import GoalInput, day_streaks, week_streaks
from recoverybox.core.storage.models import CheckIn, Goal

TODAY = date(2026, 11, 27)


def days(*offsets):
    return [TODAY - timedelta(days=n) for n in offsets]


def test_day_streaks_count_runs_and_forgive_today_not_done_yet():
    assert day_streaks(days(0, 1, 2), TODAY) == (3, 3)
    assert day_streaks(days(1, 2), TODAY) == (2, 2)
    assert day_streaks(days(0, 2, 3, 4, 5), TODAY) == (1, 4)
    assert day_streaks(days(2, 3), TODAY) == (0, 2)
    assert day_streaks([], TODAY) == (0, 0)


def test_backfilled_day_joins_two_runs():
    done = days(0, 1, 3, 4)
    assert day_streaks(done, TODAY) == (2, 2)
    assert day_streaks([*done, TODAY - timedelta(days=2)], TODAY) == (5, 5)


def test_a_23_hour_day_is_still_one_day():
    # 29 March 2026 is 23 hours long in London; local dates count, not hours.
    spring = date(2026, 3, 29)
    assert day_streaks(
        [spring - timedelta(days=1), spring, spring + timedelta(days=1)], spring + timedelta(days=1)
    ) == (
        3,
        3,
    )


def test_week_streaks_across_a_year_boundary():
    # ISO weeks: Monday 28 Dec 2026 and Monday 4 Jan 2027 are consecutive weeks.
    totals = {date(2026, 12, 21): 3, date(2026, 12, 28): 4, date(2027, 1, 4): 3, date(2026, 12, 14): 1}
    assert week_streaks(totals, 3, date(2027, 1, 6)) == (3, 3)
    assert week_streaks(totals, 3, date(2027, 1, 12)) == (3, 3)  # this week not met yet: last week counts
    assert week_streaks(totals, 3, date(2027, 1, 19)) == (0, 3)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (GoalInput(""), "title"),
        (GoalInput("x" * 201), "title"),
        (GoalInput("Meetings", kind="weekly_count", target=None), "target"),
        (GoalInput("Meetings", kind="weekly_count", target=2.5), "target"),
        (GoalInput("Walk", kind="measured", target=-5), "target"),
        (GoalInput("Walk", kind="hourly"), "kind"),
        (GoalInput("Walk", area="nowhere"), "area"),
        (GoalInput("Walk", remind_at="25:00"), "remind_at"),
        (GoalInput("Walk", remind_at="soon"), "remind_at"),
    ],
)
def test_bad_goal_input_names_the_field_and_writes_nothing(services, data, field):
    with pytest.raises(ValidationError) as err:
        services.goals.create(data)
    assert err.value.field == field
    with services.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Goal)) == 0


def test_check_in_today_then_correct_a_past_day(services):
    goal = services.goals.get(services.goals.create(GoalInput("Journal today")).id)
    services.goals.check_in(goal.id)
    services.goals.check_in(goal.id, TODAY - timedelta(days=1))
    services.goals.check_in(goal.id, TODAY - timedelta(days=1), value=1, note="late entry")
    rows = services.goals.check_ins(goal.id)
    assert [(r.day, r.note) for r in rows] == [(TODAY - timedelta(days=1), "late entry"), (TODAY, "")]
    summary = services.goals.summary(goal)
    assert (summary.done_today, summary.current_streak, summary.best_streak) == (True, 2, 2)
    # Made on Friday 27 Nov with Thursday filled in afterwards: the week asks Thursday and Friday, not Mon–Wed.
    assert (summary.week_total, summary.week_target) == (2, 2)


def test_check_in_in_the_future_is_refused(services):
    goal = services.goals.create(GoalInput("Journal today"))
    with pytest.raises(ValidationError) as err:
        services.goals.check_in(goal.id, TODAY + timedelta(days=1))
    assert err.value.field == "day"


def test_today_follows_the_local_date_not_utc(services, clock):
    goal = services.goals.create(GoalInput("Late habit"))
    services.settings.set("timezone", "America/New_York")
    services.zone_changed()
    clock.set(datetime(2026, 11, 28, 3, 0, tzinfo=UTC))  # still 27 Nov, 22:00 in New York
    services.goals.check_in(goal.id)
    assert services.goals.check_ins(goal.id)[0].day == TODAY


def test_weekly_count_goal_progress(services):
    goal = services.goals.get(
        services.goals.create(GoalInput("Meetings", kind="weekly_count", area="meetings", target=3)).id
    )
    for n in (0, 2, 4):
        services.goals.check_in(goal.id, TODAY - timedelta(days=n))
    summary = services.goals.summary(goal)
    assert (summary.week_total, summary.week_target, summary.current_streak) == (3, 3, 1)


def test_measured_goal_counts_a_day_only_when_target_reached(services):
    goal = services.goals.get(services.goals.create(GoalInput("Walk", kind="measured", target=20, unit="minutes")).id)
    services.goals.check_in(goal.id, TODAY - timedelta(days=1), value=25)
    services.goals.check_in(goal.id, TODAY, value=10)
    summary = services.goals.summary(goal)
    assert (summary.done_today, summary.current_streak) == (False, 1)


def test_paused_goal_keeps_its_streak_frozen(services, clock):
    goal = services.goals.create(GoalInput("Journal"))
    for n in (0, 1, 2):
        services.goals.check_in(goal.id, TODAY - timedelta(days=n))
    services.goals.set_status(goal.id, "paused")
    clock.advance(days=5)
    paused = [g for g in services.goals.list() if g.id == goal.id][0]
    assert services.goals.summary(paused).current_streak == 3


def test_archived_goals_keep_history_and_hide_from_the_list(services):
    goal = services.goals.create(GoalInput("Old goal"))
    services.goals.check_in(goal.id)
    services.goals.set_status(goal.id, "archived")
    assert services.goals.list() == []
    assert [g.title for g in services.goals.list(include_archived=True)] == ["Old goal"]
    assert len(services.goals.check_ins(goal.id)) == 1


def test_deleting_a_goal_deletes_its_check_ins(services):
    goal = services.goals.create(GoalInput("Goal"))
    services.goals.check_in(goal.id)
    services.goals.delete(goal.id)
    with services.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(CheckIn)) == 0
