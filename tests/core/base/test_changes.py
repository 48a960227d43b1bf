"""What a write changed, as core returns it."""

import pytest

from recoverybox.core.base.changes import EVERY_AREA, NOTHING, Area, Changes
from recoverybox.core.goals.service import GoalInput


def test_changes_combine_and_say_what_they_touch():
    goals = Changes.of(Area.GOALS, ids=(3,))
    both = goals | Changes.of(Area.EVENTS, ids=(7,), keys=("x",))
    assert both.areas == {Area.GOALS, Area.EVENTS} and both.ids == (3, 7) and both.keys == {"x"}
    assert both.touches(Area.EVENTS) and both.touches({Area.SYNC, Area.GOALS}) and not both.touches(Area.SYNC)
    assert both.id == 3 and not NOTHING and Changes.everything().areas == EVERY_AREA
    with pytest.raises(ValueError):
        _ = NOTHING.id


def test_each_write_says_what_it_changed(services):
    made = services.goals.create(GoalInput("Walk"))
    assert made.areas == {Area.GOALS} and services.goals.get(made.id).title == "Walk"
    ticked = services.goals.tick(made.id, True)
    assert ticked.touches(Area.GOALS) and ticked.id == made.id
    assert services.goals.check_ins(made.id)[0].value == 1.0
    assert services.goals.tick(made.id, False).id == made.id and services.goals.check_ins(made.id) == []
