"""The daily content: our own reflections (one a day), the coping texts and the default pledge, the plan's
sections, the evening review's words, the pledge streak. Pure (no database): the Today view, the help-now
window and the journal import it without the data layer."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from recoverybox import i18n
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP

PLAN_SECTIONS = (
    ("warning_signs", QT_TRANSLATE_NOOP("SupportView", "My warning signs")),
    ("triggers", QT_TRANSLATE_NOOP("SupportView", "Triggers and high-risk situations")),
    ("coping", QT_TRANSLATE_NOOP("SupportView", "What I will do about each")),
    ("people", QT_TRANSLATE_NOOP("SupportView", "People I will call")),
    ("activities", QT_TRANSLATE_NOOP("SupportView", "Healthy things I can do instead")),
    ("after_slip", QT_TRANSLATE_NOOP("SupportView", "If I slip: what I will do next")),
)
OWN_LISTS = (
    ("reasons", QT_TRANSLATE_NOOP("SupportView", "Reasons I'm doing this")),
    ("own_coping", QT_TRANSLATE_NOOP("SupportView", "My own coping strategies")),
)
SECTION_KEYS = {key for key, _ in PLAN_SECTIONS + OWN_LISTS}
REVIEW_LABELS = {
    1: QT_TRANSLATE_NOOP("DailyPanel", "Easy"),
    2: QT_TRANSLATE_NOOP("DailyPanel", "Fairly easy"),
    3: QT_TRANSLATE_NOOP("DailyPanel", "Mixed"),
    4: QT_TRANSLATE_NOOP("DailyPanel", "Hard"),
    5: QT_TRANSLATE_NOOP("DailyPanel", "Very hard"),
}


@dataclass(frozen=True)
class Reflection:
    """One of our own daily reflections, with a question to answer."""

    id: int
    text: str
    prompt: str


def reflections() -> tuple[Reflection, ...]:
    """The built-in reflections in the language this run speaks (``resources/<lang>/reflections.txt``, else the
    English ``resources/reflections.txt``; ``text | prompt`` per line). Every language's file holds the same
    reflections in the same order, so a starred one (kept by its number) stays the same one."""
    return _reflections(i18n.content_path("reflections.txt"))


@cache
def _reflections(path: Path) -> tuple[Reflection, ...]:
    found: list[Reflection] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, _, prompt = line.partition("|")
        found.append(Reflection(len(found) + 1, text.strip(), prompt.strip()))
    return tuple(found)


def reflection_for(day: date) -> Reflection:
    """Rotates by day of the year, so every day (29 February too) has one."""
    items = reflections()
    return items[(day.timetuple().tm_yday - 1) % len(items)]


def coping_content() -> dict[str, Any]:
    """Built-in coping strategies, HALT suggestions, urge-surfing lines and the default pledge, in the language
    this run speaks (``resources/<lang>/coping.json``, else the English one)."""
    return _coping(i18n.content_path("coping.json"))


@cache
def _coping(path: Path) -> dict[str, Any]:
    content: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return content


def pledge_streak(days: set[date], today: date) -> int:
    """Consecutive days with a pledge, counting back from today (or yesterday, before today's pledge)."""
    cursor = today if today in days else today - timedelta(days=1)
    streak = 0
    while cursor in days:
        streak += 1
        cursor -= timedelta(days=1)
    return streak
