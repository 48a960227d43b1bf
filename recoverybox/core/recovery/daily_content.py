"""The daily content: our own reflections (one a day), the coping texts and the default pledge, the plan's
sections, the evening review's words, the pledge streak. Pure (no database): the Today view, the help-now
window and the journal import it without the data layer."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from recoverybox.resources import resource_path

PLAN_SECTIONS = (
    ("warning_signs", "My warning signs"),
    ("triggers", "Triggers and high-risk situations"),
    ("coping", "What I will do about each"),
    ("people", "People I will call"),
    ("activities", "Healthy things I can do instead"),
    ("after_slip", "If I slip: what I will do next"),
)
OWN_LISTS = (("reasons", "Reasons I'm doing this"), ("own_coping", "My own coping strategies"))
SECTION_KEYS = {key for key, _ in PLAN_SECTIONS + OWN_LISTS}
REVIEW_LABELS = {1: "Easy", 2: "Fairly easy", 3: "Mixed", 4: "Hard", 5: "Very hard"}


@dataclass(frozen=True)
class Reflection:
    """One of our own daily reflections, with a question to answer."""

    id: int
    text: str
    prompt: str


@cache
def reflections() -> tuple[Reflection, ...]:
    """The built-in reflections from ``resources/reflections.txt`` (``text | prompt`` per line)."""
    found: list[Reflection] = []
    for line in resource_path("reflections.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, _, prompt = line.partition("|")
        found.append(Reflection(len(found) + 1, text.strip(), prompt.strip()))
    return tuple(found)


def reflection_for(day: date) -> Reflection:
    """Rotates by day of the year, so every day (29 February too) has one."""
    items = reflections()
    return items[(day.timetuple().tm_yday - 1) % len(items)]


@cache
def coping_content() -> dict[str, Any]:
    """Built-in coping strategies, HALT suggestions, urge-surfing lines and the default pledge."""
    content: dict[str, Any] = json.loads(resource_path("coping.json").read_text(encoding="utf-8"))
    return content


def pledge_streak(days: set[date], today: date) -> int:
    """Consecutive days with a pledge, counting back from today (or yesterday, before today's pledge)."""
    cursor = today if today in days else today - timedelta(days=1)
    streak = 0
    while cursor in days:
        streak += 1
        cursor -= timedelta(days=1)
    return streak
