"""What the setup wizard offers: the support programmes to choose from, and first goals that fit them (their
words in the person's language: a suggested goal taken becomes the person's own, in their words)."""

from __future__ import annotations

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.goals.service import GoalInput
from recoverybox.i18n.qt import translate

PROGRAMS = (
    ("AA", QT_TRANSLATE_NOOP("FirstRun", "Alcoholics Anonymous (AA)")),
    ("NA", QT_TRANSLATE_NOOP("FirstRun", "Narcotics Anonymous (NA)")),
    ("SMART", QT_TRANSLATE_NOOP("FirstRun", "SMART Recovery")),
    ("WFS", QT_TRANSLATE_NOOP("FirstRun", "Women for Sobriety")),
    ("SOS", QT_TRANSLATE_NOOP("FirstRun", "Secular Organizations for Sobriety (SOS)")),
    ("therapy", QT_TRANSLATE_NOOP("FirstRun", "Therapy or counselling")),
    ("none", QT_TRANSLATE_NOOP("FirstRun", "None yet")),
)
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def goal_suggestions(programs: list[str]) -> list[GoalInput]:
    """First goals that fit what the person said they follow."""
    found = []
    meetings = [p for p in programs if p in ("AA", "NA", "SMART", "WFS", "SOS")]
    if meetings:
        found.append(
            GoalInput(
                translate("FirstRun", "Attend 3 meetings a week"),
                kind="weekly_count",
                area="meetings",
                target=3,
                linked_event_kind="meeting",
            )
        )
    if "therapy" in programs:
        found.append(
            GoalInput(
                translate("FirstRun", "Go to my therapy sessions"),
                kind="weekly_count",
                area="meetings",
                target=1,
                linked_event_kind="therapy",
            )
        )
    found += [
        GoalInput(translate("FirstRun", "Journal daily"), area="self_care"),
        GoalInput(translate("FirstRun", "Make my morning pledge"), area="sobriety"),
        GoalInput(
            translate("FirstRun", "Walk 20 minutes"),
            kind="measured",
            area="health",
            target=20,
            unit=translate("FirstRun", "minutes"),
        ),
        GoalInput(
            translate("FirstRun", "Call someone in my support network"),
            kind="weekly_count",
            area="relationships",
            target=2,
        ),
    ]
    return found
