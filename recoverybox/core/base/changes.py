"""What a write changed, as every core write method returns it (after Anki's ``OpChanges``).

The window hands a write's ``Changes`` to every view, and each view decides itself whether it shows any of it;
reminders and the calendar sync look at the same object. Nothing is typed by hand at a call site: the method
that wrote says what it wrote.

    changes = services.goals.check_in(goal_id, day)
    changes.touches(Area.GOALS)   # True
    changes.id                    # the check-in's goal
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class Area(StrEnum):
    """A part of the data a view can show."""

    EVENTS = "events"  # events, their occurrences, attendance and reminders
    GOALS = "goals"  # goals and check-ins
    JOURNAL = "journal"  # journal entries (the pledge and review are entries too)
    CONTACTS = "contacts"
    SETTINGS = "settings"
    SOBRIETY = "sobriety"  # sober-since clocks
    RECOVERY = "recovery"  # reflections, the urge log, the relapse plan
    MEETING_LISTS = "meeting_lists"  # kept meeting lists (their meetings join the week only through EVENTS)
    SYNC = "sync"  # the calendar sync's account and state


EVERY_AREA = frozenset(Area)
# What reminders are made from: only a change to one of these makes the scheduler recompute.
REMINDER_SOURCES = frozenset({Area.EVENTS, Area.GOALS, Area.SETTINGS, Area.SOBRIETY})


@dataclass(frozen=True)
class Changes:
    """The areas a write changed, the ids of the rows it made or changed in them, and for settings the keys."""

    areas: frozenset[Area] = frozenset()
    ids: tuple[int, ...] = ()
    keys: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *areas: Area, ids: Iterable[int] = (), keys: Iterable[str] = ()) -> Changes:
        return cls(frozenset(areas), tuple(ids), frozenset(keys))

    @classmethod
    def everything(cls) -> Changes:
        """A whole data folder's worth (a restore, an import of everything, a new day)."""
        return cls(EVERY_AREA)

    @property
    def id(self) -> int:
        """The row the write was about: a new goal's id; after a series was split, the new series."""
        if not self.ids:
            raise ValueError("this write names no row")
        return self.ids[0]

    def touches(self, *areas: Area | Iterable[Area]) -> bool:
        """Whether any of ``areas`` (each an area or a set of them) changed."""
        wanted: set[Area] = set()
        for area in areas:
            wanted.update((area,) if isinstance(area, Area) else area)
        return bool(self.areas & wanted)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.areas | other.areas, self.ids + other.ids, self.keys | other.keys)

    def __bool__(self) -> bool:
        return bool(self.areas)


NOTHING = Changes()
