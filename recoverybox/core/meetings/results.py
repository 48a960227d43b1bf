"""What loading a meeting list meant: the list as kept, and added meetings the list now gives differently,
marked closed, gone or back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from recoverybox.core.base.changes import Area, Changes
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.meetings.feed import FeedRead, Meeting
from recoverybox.core.meetings.feed_fields import DAY_NAMES, is_web_address

if TYPE_CHECKING:
    pass


STATUS_WORDS = {
    "closed": QT_TRANSLATE_NOOP("reminders", "Temporarily closed, the meeting list says"),
    "vanished": QT_TRANSLATE_NOOP("reminders", "No longer in the meeting list"),
}


@dataclass(frozen=True)
class MeetingListInfo:
    """A kept list, without its meetings."""

    id: int
    source: str
    name: str
    fellowship: str | None
    loaded_at: datetime
    count: int
    by_appointment: int
    problems: tuple[str, ...]

    @property
    def from_web(self) -> bool:
        return is_web_address(self.source)


@dataclass(frozen=True)
class MeetingChange:
    """An added meeting the list now gives another time, place or link: ``changes`` is (what, before, now)."""

    event_id: int
    slug: str
    title: str
    changes: tuple[tuple[str, str, str], ...]

    def describe(self) -> str:
        return f"{self.title}: " + "; ".join(
            f"{what} {before or '(none)'} → {now or '(none)'}" for what, before, now in self.changes
        )


@dataclass
class LoadResult:
    """What a load did: the list, what was read, and what it means for meetings already in the week."""

    list_id: int
    read: FeedRead
    reloaded: bool
    in_week: list[MeetingChange] = field(default_factory=list)  # added meetings the list now gives differently
    closed: list[str] = field(default_factory=list)
    vanished: list[str] = field(default_factory=list)
    reopened: list[str] = field(default_factory=list)

    @property
    def changes(self) -> Changes:
        """The kept list, and the week when meetings in it were marked closed, gone or back."""
        week = (Area.EVENTS,) if self.closed or self.vanished or self.reopened else ()
        return Changes.of(Area.MEETING_LISTS, *week, ids=(self.list_id,))

    def summary(self) -> str:
        week = self.week_text()
        return self.read.summary() + (f"\n{week}" if week else "")

    def week_text(self) -> str:
        """What the load found about meetings already in the week (changed, closed, gone, back)."""
        lines = []
        if self.in_week:
            lines.append(f"{len(self.in_week)} meeting(s) in your week changed in the list:")
            lines.extend(f"• {change.describe()}" for change in self.in_week)
        if self.closed:
            lines.append("Now temporarily closed (marked in your week): " + ", ".join(self.closed))
        if self.vanished:
            lines.append("No longer in the list (marked in your week, not removed): " + ", ".join(self.vanished))
        if self.reopened:
            lines.append("Listed as meeting again: " + ", ".join(self.reopened))
        return "\n".join(lines)


def place_text(meeting: Meeting) -> str:
    return ", ".join(part for part in (meeting.location, meeting.address) if part)


def _when(meeting: Meeting) -> str:
    days = ", ".join(DAY_NAMES[day] for day in meeting.days)
    return f"{days} {meeting.time:%H:%M}–{meeting.end_time:%H:%M} ({meeting.timezone})"


def differences(before: Meeting, now: Meeting) -> tuple[tuple[str, str, str], ...]:
    """What changed that matters for getting there: the time, the place, the link or the phone."""
    found = []
    for what, read in (
        ("time", _when),
        ("place", place_text),
        ("online link", lambda m: m.conference_url),
        ("phone", lambda m: m.conference_phone),
    ):
        old, new = read(before), read(now)
        if old != new:
            found.append((what, old, new))
    return tuple(found)
