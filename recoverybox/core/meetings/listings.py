"""Meetings as the person sees them: each day a meeting happens, at its time in the person's zone, and the
filters of Find meetings (day, part of the day, online, types, region, words)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.folding import fold
from recoverybox.core.calendar.recurrence import to_utc
from recoverybox.core.meetings.feed import Meeting
from recoverybox.core.meetings.type_codes import type_words

if TYPE_CHECKING:
    pass


# Parts of the day in the person's zone: (key, label, first minute, end minute).
PARTS_OF_DAY = (
    ("morning", QT_TRANSLATE_NOOP("MeetingsView", "Morning (before 12:00)"), 0, 12 * 60),
    ("afternoon", QT_TRANSLATE_NOOP("MeetingsView", "Afternoon (12:00–17:00)"), 12 * 60, 17 * 60),
    ("evening", QT_TRANSLATE_NOOP("MeetingsView", "Evening (17:00–21:00)"), 17 * 60, 21 * 60),
    ("night", QT_TRANSLATE_NOOP("MeetingsView", "Night (from 21:00)"), 21 * 60, 24 * 60),
)


@dataclass(frozen=True)
class Listing:
    """One meeting on one of its days, with its next start seen from the person's zone (the week shown)."""

    meeting: Meeting
    day: int  # the meeting's own day, 0 = Sunday
    start: datetime  # aware, in the person's zone
    end: datetime
    search: str  # the words a text filter looks in, folded by ``_words``, each after a space

    @property
    def user_day(self) -> int:
        """The day in the person's zone, 0 = Sunday (a meeting in another zone can fall on another day)."""
        return (self.start.weekday() + 1) % 7

    @property
    def minute(self) -> int:
        return self.start.hour * 60 + self.start.minute

    @property
    def other_zone(self) -> bool:
        """True when the meeting keeps another zone than the person's (its own times are then shown too)."""
        return self.meeting.timezone != getattr(self.start.tzinfo, "key", None)

    @property
    def meeting_start(self) -> datetime:
        return self.start.astimezone(ZoneInfo(self.meeting.timezone))


@dataclass(frozen=True)
class MeetingFilter:
    """What the person is looking for; every part left at its default lets everything through."""

    day: int | None = None  # 0 = Sunday, in the person's zone
    part_of_day: str | None = None  # a PARTS_OF_DAY key
    attendance: str = "both"  # "both", "in_person" or "online"
    types: frozenset[str] = frozenset()  # every one must be present
    region: str = ""  # a region and everything under it
    text: str = ""


def filter_listings(listings: list[Listing], wanted: MeetingFilter) -> list[Listing]:
    """The listings that match ``wanted``, in the order given."""
    bounds = next(((lo, hi) for key, _label, lo, hi in PARTS_OF_DAY if key == wanted.part_of_day), None)
    # Each word the person typed must begin a word of the meeting's text: "side" finds "Side door", not
    # "Riverside"; "12" finds "12 Steps" and "12x12".
    words = [" " + word for word in _words(wanted.text).split()]
    region = wanted.region.casefold()
    found = []
    for listing in listings:
        meeting = listing.meeting
        if wanted.day is not None and listing.user_day != wanted.day:
            continue
        if bounds is not None and not bounds[0] <= listing.minute < bounds[1]:
            continue
        if wanted.attendance == "online" and not meeting.online:
            continue
        if wanted.attendance == "in_person" and not meeting.in_person:
            continue
        if wanted.types and not wanted.types.issubset(meeting.types):
            continue
        if region and not (meeting.region.casefold() + " >").startswith(region + " >"):
            continue
        if words and not all(word in listing.search for word in words):
            continue
        found.append(listing)
    return found


def _words(text: str) -> str:
    """``text`` folded for searching: no case or accents, every run of punctuation or space one space."""
    return re.sub(r"[\W_]+", " ", fold(text))


def next_date(today: date, day: int) -> date:
    """The first date from ``today`` on that falls on ``day`` (0 = Sunday)."""
    return today + timedelta(days=(day - (today.weekday() + 1)) % 7)


def listings_of(meeting: Meeting, zone: ZoneInfo, now: datetime) -> list[Listing]:
    own = ZoneInfo(meeting.timezone)
    today = now.astimezone(own).date()
    search = " " + _words(" ".join(
        (meeting.name, meeting.location, meeting.address, meeting.region, meeting.notes, meeting.location_notes,
         meeting.group, type_words(meeting.types))
    ))  # fmt: skip
    found = []
    for day in meeting.days:
        start_wall = datetime.combine(next_date(today, day), meeting.time)
        start = to_utc(start_wall, own)
        end = to_utc(start_wall + meeting.length, own)
        found.append(Listing(meeting, day, start.astimezone(zone), end.astimezone(zone), search))
    return found
