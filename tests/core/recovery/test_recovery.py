"""Reflections, pledges, reviews, the urge log and the relapse-prevention plan."""

from datetime import UTC, date, datetime, timedelta

import pytest

from recoverybox.core.base.validation import ValidationError
from recoverybox.core.journal.entries import JournalInput
from recoverybox.core.recovery.daily import UrgeInput
from recoverybox.core.recovery.daily_content import (
    PLAN_SECTIONS,
    coping_content,
    pledge_streak,
    reflection_for,
    reflections,
)


def test_at_least_ninety_reflections_each_with_a_question():
    items = reflections()
    assert len(items) >= 90
    assert len({r.text for r in items}) == len(items)
    assert all(r.prompt.endswith("?") and len(r.text) > 20 for r in items)


def test_every_day_of_a_leap_year_gets_a_reflection_and_they_rotate():
    day = date(2028, 1, 1)
    seen = []
    while day.year == 2028:
        seen.append(reflection_for(day).id)
        day += timedelta(days=1)
    assert len(seen) == 366
    assert len(set(seen)) == len(reflections())
    assert reflection_for(date(2028, 1, 2)).id == reflection_for(date(2028, 1, 1)).id + 1


def test_coping_content_is_complete():
    content = coping_content()
    titles = " ".join(s["title"] for s in content["strategies"]).lower()
    for idea in ("5-4-3-2-1", "delay", "tape forward", "call", "move"):
        assert idea in titles
    assert set(content["halt"]) == {"hungry", "angry", "lonely", "tired"}
    assert len(content["surfing_lines"]) >= 5 and content["pledge"]


def test_reflection_answer_is_a_journal_entry_and_favourites_toggle(services):
    reflection = services.recovery.todays_reflection()
    entry = services.journal.get(
        services.recovery.answer_reflection(reflection, "My honest day: a walk and a call.").id
    )
    assert (entry.kind, entry.reflection_id) == ("reflection", reflection.id)
    services.recovery.set_favourite(reflection.id, True)
    services.recovery.set_favourite(reflection.id, True)
    assert [r.id for r in services.recovery.favourites()] == [reflection.id]
    services.recovery.set_favourite(reflection.id, False)
    assert services.recovery.favourites() == []


def test_pledge_once_a_day_and_its_streak(services, clock):
    assert pledge_streak(set(), date(2026, 11, 27)) == 0
    for back in (3, 2, 1):
        services.journal.create(
            JournalInput(date(2026, 11, 27) - timedelta(days=back), text="Sober today", kind="pledge")
        )
    assert services.recovery.pledge_streak() == 3  # today not pledged yet: the run still counts
    assert not services.recovery.pledged_today()
    services.recovery.pledge("Today I commit to one meeting and an early night.")
    services.recovery.pledge("Today I commit to one meeting.")
    assert services.recovery.pledge_streak() == 4
    todays = services.journal.list(since=date(2026, 11, 27), kinds=("pledge",))
    assert [e.text for e in todays] == ["Today I commit to one meeting."]
    with pytest.raises(ValidationError):
        services.recovery.pledge("   ")


def test_evening_review_rating_and_line(services):
    services.recovery.review(4, "Hard afternoon, better evening.")
    services.recovery.review(3, "Mixed, really.")
    reviews = services.journal.list(kinds=("review",))
    assert [(r.rating, r.text) for r in reviews] == [(3, "Mixed, really.")]
    with pytest.raises(ValidationError) as err:
        services.recovery.review(6)
    assert err.value.field == "rating"


def test_urge_log_and_weekly_count(services, clock):
    services.recovery.log_urge(UrgeInput(7, trigger="payday", place="high street", helped="called Sam", passed=True))
    services.recovery.log_urge(UrgeInput(3, at=datetime(2026, 11, 20, 21, tzinfo=UTC)))
    assert services.recovery.urges_this_week() == 1
    urges = services.recovery.urges()
    assert [(u.intensity, u.trigger, u.passed) for u in urges] == [(7, "payday", True), (3, "", None)]
    with pytest.raises(ValidationError) as err:
        services.recovery.log_urge(UrgeInput(11))
    assert err.value.field == "intensity"
    with pytest.raises(ValidationError):
        services.recovery.log_urge(UrgeInput(5, at=clock.now() + timedelta(hours=2)))
    services.recovery.delete_urge(urges[1].id)
    assert len(services.recovery.urges()) == 1


def test_plan_sections_and_own_lists_round_trip(services):
    assert set(services.recovery.plan()) >= {key for key, _ in PLAN_SECTIONS}
    services.recovery.save_plan({"warning_signs": "Skipping meals\nIsolating", "reasons": "- My kids\n- My health\n\n"})
    plan = services.recovery.plan()
    assert plan["warning_signs"] == "Skipping meals\nIsolating"
    assert services.recovery.reasons() == ["My kids", "My health"]
    with pytest.raises(ValidationError):
        services.recovery.save_plan({"nonsense": "x"})
