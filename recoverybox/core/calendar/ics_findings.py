"""What reading a calendar file gives: the events ready to store, what was read differently from the file (in
sentences for the person), and where RFC 5545 leaves room, what we chose (``INTERPRETATION``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, UserError
from recoverybox.core.base.validation import MAX_TITLE
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.calendar.ics_zones import ZoneMatch

if TYPE_CHECKING:  # for annotations only: no import at run time
    pass
from recoverybox.core.calendar.ics_rules import MAX_SUB_DAILY_TOTAL, MAX_TIMES_A_DAY

MAX_FILE_BYTES = 5 * 1024 * 1024


MAX_EVENTS = 20_000


ZERO_LENGTH_SHOWN_AS = timedelta(minutes=30)


# Where we read a calendar differently from the letter of RFC 5545 or from other programs, on purpose.
INTERPRETATION = {
    "zero-length": "A timed event with no length (DTEND equal to DTSTART, or neither DTEND nor DURATION) is shown "
    "as 30 minutes: a block in the week needs a height, and a reminder still comes at its start.",
    "zero-length all-day": "An all-day event whose DTEND is its DTSTART lasts that one day, as every calendar "
    "program shows it (recurring-ical-events gives it no length).",
    "until before start": "A series whose UNTIL is before its DTSTART happens once, at DTSTART (RFC 5545: DTSTART "
    "is always the first occurrence; recurring-ical-events shows none): nothing in a file silently vanishes.",
    "repeated hour": "A changed occurrence is kept as a wall-clock time of its series; one that falls in the "
    "hour that happens twice when the clocks go back (in the series' zone) is read as the first of the two.",
    "custom zone": "A time zone defined only in the file is stored as the IANA zone with the same clock changes "
    "in the years around the event; one that matches none keeps its instants but repeats in your own zone.",
    "file zone over X-WR": "A zone defined in the file (VTIMEZONE) is used for the events that name it, with "
    "or without X-WR-TIMEZONE: that header says where floating times are (recurring-ical-events uses it in "
    "place of every zone whose TZID is not an IANA name).",
    "UTC with X-WR-TIMEZONE": "In a calendar with X-WR-TIMEZONE, a series written in UTC repeats at the same "
    "wall-clock time in that zone, as Google Calendar and recurring-ical-events read it (by the letter of RFC "
    "5545 it repeats at the same UTC time, an hour off after a clock change).",
    "following, moved by days": "A “this and following” change that moves a rule's dates to other weekdays "
    "shifts a weekly rule's days with it; a monthly or yearly rule's day numbers stay (other programs move each "
    "date by the same amount).",
    "override inherits": "A changed occurrence (RECURRENCE-ID) that leaves out SUMMARY, LOCATION or DESCRIPTION "
    "takes the series' ones, as Google Calendar, Apple Calendar and Thunderbird show it: an occurrence written to "
    "move it says only what changed (recurring-ical-events shows it untitled). Its own VALARMs, when any can be "
    "read, replace the series' reminders for that occurrence alone; without any (or only alarms at a fixed time, "
    "as Apple Calendar writes for “none”), it has the series' reminders: a reminder is never lost to an override.",
    "long title": f"A title longer than {MAX_TITLE} characters is cut there; the whole of it is kept at the top "
    "of the event's notes (some programs write a whole description as the SUMMARY).",
    "several calendars": "A file holding several VCALENDARs one after another is read as one calendar, with the "
    "first's X-WR-TIMEZONE (icalendar reads only a file with one).",
    "repeats within a day": "A series repeating hourly or by the minute is kept as a daily one with several times "
    f"of day (the same dates and times, on the wall clock) when its step divides a day and it comes at most "
    f"{MAX_TIMES_A_DAY} times a day (or ends within {MAX_SUB_DAILY_TOTAL} times); other such series (and by the "
    "second) are skipped and named: a week with hundreds of blocks and reminders a day is not a plan.",
    "character set": "A file that is not UTF-8 and does not name its character set is refused with a sentence: "
    "a guess could change letters in names and notes.",
    "title on one line": "A SUMMARY with line breaks, tabs or other control characters is shown on one line, "
    "each run of them and of spaces read as one space: a title is one line (the event is not skipped for it).",
    "date with hours": "A DTSTART that is a date, with a length in hours (DURATION) or a DTEND with a time, is "
    "read as timed from midnight in the event's zone, or yours when it names none (recurring-ical-events puts "
    "that midnight in UTC).",
    "unknown zone": "An event whose TZID is neither defined in the file nor known anywhere is skipped and named "
    "in the summary (other programs read it as floating time): a meeting at a guessed hour is worse than none.",
}


@dataclass
class ImportedEvent:
    """One master VEVENT with its overrides, validated and ready to store."""

    data: EventInput
    exceptions: list[dict[str, Any]] = field(default_factory=list)
    always: set[int] = field(default_factory=set)


@dataclass
class ReadNotes:
    """What a reading adjusted (by what, for which events) and what it skipped (with why)."""

    adjusted: dict[Phrase, list[str]] = field(default_factory=dict)
    skipped: list[UserError] = field(default_factory=list)
    _said: set[tuple[str, int]] = field(default_factory=set, compare=False, repr=False)

    def adjust(self, what: Phrase, title: str, about: object = None) -> None:
        """Note ``what`` for the event ``title``; once for each event (``about``: its component)."""
        if about is not None:
            if (what, id(about)) in self._said:
                return
            self._said.add((what, id(about)))
        self.adjusted.setdefault(what, []).append(title)

    def merge(self, other: ReadNotes) -> None:
        for what, titles in other.adjusted.items():
            self.adjusted.setdefault(what, []).extend(titles)
        self.skipped.extend(other.skipped)

    def adjusted_lines(self) -> list[str]:
        """One sentence per kind of adjustment, naming up to three of the events (in English: the person's
        language is the UI's, from ``adjusted``)."""
        return [Phrase.english(what, len(titles), named(titles)) for what, titles in self.adjusted.items()]


def named(titles: list[str] | tuple[str, ...]) -> str:
    """Up to three events' titles: “Home group”, “Therapy”, “Walk” …"""
    return ", ".join(f"“{title}”" for title in titles[:3]) + (" …" if len(titles) > 3 else "")


@dataclass
class CalendarRead:
    events: list[ImportedEvent]
    notes: ReadNotes


class Phrase(str):
    """A sentence about events read differently: as English text (what it equals, and the key it is noted
    under), with its template and parameters for the person's language (the "ImportNotes" context; ``%n`` is the
    number of events, ``{titles}`` names them)."""

    template: str
    params: dict[str, str]

    def __new__(cls, template: str, **params: str) -> Phrase:
        phrase = super().__new__(cls, template.format(titles="…", **params))
        phrase.template, phrase.params = template, params
        return phrase

    def __reduce__(self) -> tuple[Any, ...]:
        return (_phrase, (self.template, self.params))

    def english(self, count: int, titles: str) -> str:
        return (
            self.template.replace("%n", str(count))
            .replace("(s)", "" if count == 1 else "s")
            .format(titles=titles, **self.params)
        )


def _phrase(template: str, params: dict[str, str]) -> Phrase:
    return Phrase(template, **params)


# Adjustments: each a sentence for the summary, its events' number and names filled in.
NO_UID = Phrase(
    QT_TRANSLATE_NOOP(
        "ImportNotes",
        "%n event(s) had no UID: each was given one made from its contents, so importing this file again updates "
        "it ({titles}).",
    )
)
STALE_COPY = Phrase(
    QT_TRANSLATE_NOOP(
        "ImportNotes",
        "%n event(s) were older copies of an event in the same file (same UID, lower SEQUENCE): the newest copy "
        "was kept ({titles}).",
    )
)
UNMATCHED = Phrase(
    QT_TRANSLATE_NOOP(
        "ImportNotes",
        "%n event(s) had a changed occurrence for a date the series does not have: it was kept as an extra "
        "occurrence ({titles}).",
    )
)
MIXED = Phrase(
    QT_TRANSLATE_NOOP(
        "ImportNotes",
        "%n event(s) start on a date but end at a time of day, or the reverse: they were read as timed from "
        "midnight ({titles}).",
    )
)
FOLLOWING = Phrase(
    QT_TRANSLATE_NOOP(
        "ImportNotes",
        "%n event(s) were changed from one date on (“this and following”): the series was split there in two "
        "({titles}).",
    )
)
SWAPPED = Phrase(
    QT_TRANSLATE_NOOP(
        "ImportNotes",
        "%n event(s) ended before they started: their start and end were read the other way round ({titles}).",
    )
)
MIXED_ZONES = Phrase(
    QT_TRANSLATE_NOOP(
        "ImportNotes",
        "%n event(s) had one of start and end in a time zone and the other without: both were read in that zone "
        "({titles}).",
    )
)
RULE_REPAIRED = Phrase(
    QT_TRANSLATE_NOOP(
        "ImportNotes",
        "%n event(s) had a repeat rule with both an end date and a number of times, or a count below one: the end "
        "date was used ({titles}).",
    )
)
NO_MORE_DATES = Phrase(
    QT_TRANSLATE_NOOP(
        "ImportNotes",
        "%n event(s) had a repeat rule that gives no date after the first: they were read as single events ({titles}).",
    )
)


def custom_zone(tzid: str, found: ZoneMatch | None) -> Phrase:
    if found is not None and found.exact:
        return Phrase(
            QT_TRANSLATE_NOOP(
                "ImportNotes",
                "%n event(s) use the time zone “{tzid}” defined in the file: RecoveryBox keeps them in {zone}, "
                "which has the same clock changes ({titles}).",
            ),
            tzid=tzid,
            zone=found.name,
        )
    if found is not None:
        return Phrase(
            QT_TRANSLATE_NOOP(
                "ImportNotes",
                "%n event(s) use the time zone “{tzid}” defined in the file, which no time zone RecoveryBox knows "
                "matches in every year: RecoveryBox keeps them in {zone}, the closest (the same time on their "
                "first date); check their times after a clock change ({titles}).",
            ),
            tzid=tzid,
            zone=found.name,
        )
    return Phrase(
        QT_TRANSLATE_NOOP(
            "ImportNotes",
            "%n event(s) use the time zone “{tzid}” defined in the file, which could not be matched: their times "
            "were kept ({titles}).",
        ),
        tzid=tzid,
    )


@dataclass
class Reading:
    """What reading one file needs to know as it goes."""

    floating_zone: str
    notes: ReadNotes
    calendar_zone: str | None = None  # X-WR-TIMEZONE, when it names a zone
    zone_starts: dict[str, datetime] = field(default_factory=dict)  # each VTIMEZONE's first defined moment
