"""Meeting lists in the Meeting Guide format (code4recovery/spec), as JSON or as a table (CSV): read, checked
field by field, into typed ``Meeting`` records. No Qt, no database here (``core.meetings`` keeps them).

A feed that cannot be read at all (not JSON or CSV, the wrong shape, too big, no meeting usable) raises
``FeedError`` with one sentence. Inside a readable feed, a meeting whose day, time, end or zone is bad is left
out and named ("Meeting 12 (“Monday Nooners”), time: …"); an optional field that is bad (a link that is not a
web address, a phone with letters) is dropped from its meeting and named; a meeting without a day or a time
is "by appointment": counted, not listed. Every text is plain text: HTML in a feed is reduced to its words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import timedelta
from typing import Any

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, Words
from recoverybox.core.meetings.feed_fields import (
    MAX_LINE,
    MAX_TEXT,
    Skip,
    derived_slug,
    field_text,
    is_end_of_day,
    is_known_zone,
    meeting_days,
    meeting_time,
    phone_number,
    plain_text,
    region_names,
    shown_value,
    type_codes,
    web_address,
)
from recoverybox.core.meetings.feed_rows import (
    MAX_FEED_BYTES,
    MAX_MEETINGS,
    FeedError,
    csv_rows,
    decoded_feed,
    json_rows,
)
from recoverybox.core.meetings.type_codes import ONLINE, TEMPORARILY_CLOSED


@dataclass(frozen=True, slots=True)  # slots: a list of 50,000 meetings takes half the memory
class Meeting:
    """One meeting of a list. ``days`` count from 0 = Sunday (as the spec); times are wall times in ``timezone``."""

    slug: str
    name: str
    days: tuple[int, ...]
    time: dt.time
    end_time: dt.time
    timezone: str
    types: tuple[str, ...] = ()
    location: str = ""
    address: str = ""
    regions: tuple[str, ...] = ()
    notes: str = ""
    location_notes: str = ""
    conference_url: str = ""
    conference_url_notes: str = ""
    conference_phone: str = ""
    conference_phone_notes: str = ""
    url: str = ""
    updated: str = ""
    group: str = ""
    entity: str = ""

    @property
    def online(self) -> bool:
        """Online as the spec says: a conference link or phone."""
        return bool(self.conference_url or self.conference_phone)

    @property
    def in_person(self) -> bool:
        """Has a place to go to (a temporarily closed one still counts: it is marked, not hidden)."""
        return bool(self.address or self.location) and not (ONLINE in self.types and not self.address)

    @property
    def closed(self) -> bool:
        return TEMPORARILY_CLOSED in self.types

    @property
    def region(self) -> str:
        return " > ".join(self.regions)

    @property
    def length(self) -> timedelta:
        """How long it lasts: an end before the start is on the next day."""
        start = timedelta(hours=self.time.hour, minutes=self.time.minute)
        end = timedelta(hours=self.end_time.hour, minutes=self.end_time.minute)
        return end - start if end > start else end - start + timedelta(days=1)

    def to_dict(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in _FIELD_NAMES}  # not asdict(): it deep-copies every value
        data.update(time=self.time.strftime("%H:%M"), end_time=self.end_time.strftime("%H:%M"))
        data.update(days=list(self.days), types=list(self.types), regions=list(self.regions))
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Meeting:
        """A meeting as ``to_dict`` stored it (our own, already checked data)."""
        values = {f.name: data[f.name] for f in fields(cls) if f.name in data}
        values.update(
            time=dt.time.fromisoformat(data["time"]),
            end_time=dt.time.fromisoformat(data["end_time"]),
            days=tuple(data["days"]),
            types=tuple(data.get("types", ())),
            regions=tuple(data.get("regions", ())),
        )
        return cls(**values)


_FIELD_NAMES = tuple(f.name for f in fields(Meeting))


_TEXT_FIELDS = tuple(name for name in _FIELD_NAMES if name not in ("days", "time", "end_time", "types", "regions"))


def checked_stored_meeting(data: Any) -> Meeting:
    """A meeting as ``Meeting.to_dict`` stores it, from a file we did not write (a JSON export being loaded):
    every field checked, so nothing odd reaches the views. Raises ``ValueError`` saying what is wrong."""
    if not isinstance(data, dict):
        raise ValueError(Words(QT_TRANSLATE_NOOP("errors", "a stored meeting should be an object")))
    try:
        meeting = Meeting.from_dict(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(
            Words(QT_TRANSLATE_NOOP("errors", "a stored meeting is incomplete or malformed ({exc})"), exc=str(exc))
        ) from None
    if not meeting.days or any(
        not isinstance(day, int) or isinstance(day, bool) or not 0 <= day <= 6 for day in meeting.days
    ):
        raise ValueError(
            Words(QT_TRANSLATE_NOOP("errors", "meeting “{id}”: days should be numbers from 0 to 6"), id=meeting.slug)
        )
    for name in _TEXT_FIELDS:
        value = getattr(meeting, name)
        if (
            not isinstance(value, str)
            or len(value) > MAX_TEXT
            or (value and plain_text(value, "\n" not in value) != value)
        ):
            raise ValueError(
                Words(
                    QT_TRANSLATE_NOOP("errors", "meeting “{id}”: {name} is not plain text"), id=meeting.slug, name=name
                )
            )
    for name in ("types", "regions"):
        if any(not isinstance(item, str) or len(item) > MAX_LINE for item in getattr(meeting, name)):
            raise ValueError(
                Words(
                    QT_TRANSLATE_NOOP("errors", "meeting “{id}”: {name} should be a list of short texts"),
                    id=meeting.slug,
                    name=name,
                )
            )
    if not meeting.name or not meeting.slug or not is_known_zone(meeting.timezone):
        raise ValueError(
            Words(
                QT_TRANSLATE_NOOP("errors", "meeting “{id}”: a name, an id and a known time zone are needed"),
                id=meeting.slug,
            )
        )
    for link in (meeting.conference_url, meeting.url):
        if link:
            try:
                web_address(link)
            except Skip:
                raise ValueError(
                    Words(
                        QT_TRANSLATE_NOOP("errors", "meeting “{id}”: “{link}” is not a web address"),
                        id=meeting.slug,
                        link=link[:40],
                    )
                ) from None
    return meeting


# ---- reading ---------------------------------------------------------------------------------------
@dataclass
class FeedRead:
    """What a feed held: the usable meetings, and in words what was left out or changed."""

    meetings: list[Meeting] = field(default_factory=list)
    problems: list[Words] = field(default_factory=list)  # English text, said in the person's language by the UI
    by_appointment: int = 0
    duplicates: int = 0
    zone_assumed: int = 0
    form: str = "json"
    name: str = ""

    def summary(self, most: int = 5) -> str:
        """A short paragraph for a person: counts, then the first ``most`` problems."""
        parts = [f"{len(self.meetings)} meeting{'s' if len(self.meetings) != 1 else ''} read."]
        if self.by_appointment:
            parts.append(f"{self.by_appointment} by appointment (no day or time) not listed.")
        if self.zone_assumed:
            parts.append(f"{self.zone_assumed} gave no time zone; your own zone was used for them.")
        if self.problems:
            parts.append(f"{len(self.problems)} problem{'s' if len(self.problems) != 1 else ''}:")
            parts.extend(f"• {problem}" for problem in self.problems[:most])
            if len(self.problems) > most:
                parts.append(f"… and {len(self.problems) - most} more.")
        return "\n".join(parts)


def read_feed(raw: bytes, default_zone: str, name: str = "") -> FeedRead:
    """The meetings of a feed in either form. Raises ``FeedError`` when the feed as a whole cannot be used."""
    if len(raw) > MAX_FEED_BYTES:
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This list is {value:.0f} MB; a meeting list is at most {value2} MB. Nothing was changed.",
            ),
            value=len(raw) / 1024 / 1024,
            value2=MAX_FEED_BYTES // 1024 // 1024,
        )
    text = decoded_feed(raw)
    start = text.lstrip()[:1]
    if not start:
        raise FeedError(QT_TRANSLATE_NOOP("errors", "This file is empty. Nothing was changed."))
    if start == "<":
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is a web page (HTML), not a meeting list. Ask the meeting list's "
                "website for its Meeting Guide JSON feed address. Nothing was changed.",
            )
        )
    if start in "[{":
        rows, form = json_rows(text), "json"
    else:
        rows, form = csv_rows(text), "csv"
    read = FeedRead(form=form)
    if len(rows) > MAX_MEETINGS:
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This list has {length_rows:,} meetings; at most {max_meetings:,} can be loaded.",
            ),
            length_rows=len(rows),
            max_meetings=MAX_MEETINGS,
        )
    seen: dict[str, str | Words] = {}
    del text  # the rows are read: the decoded text goes, and each row goes once it is a meeting
    rows.reverse()
    while rows:
        where, row = rows.pop()
        meeting = _meeting(where, row, default_zone, read)
        if meeting is None:
            continue
        if meeting.slug in seen:
            read.duplicates += 1
            read.problems.append(
                Words(
                    QT_TRANSLATE_NOOP("errors", "{where}: the id “{id}” was already used by {first}; left out."),
                    where=where,
                    id=meeting.slug,
                    first=seen[meeting.slug],
                )
            )
            continue
        seen[meeting.slug] = where
        read.meetings.append(meeting)
    if not read.meetings:
        if read.by_appointment and not read.problems:
            raise FeedError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Every meeting in this list is by appointment (no day or time), so none can be listed.",
                )
            )
        first: str | Words = ""
        if read.problems:
            first = Words(QT_TRANSLATE_NOOP("errors", " The first problem: {problem}"), problem=read.problems[0])
        raise FeedError(
            QT_TRANSLATE_NOOP("errors", "No meeting in this list could be read.{first} Nothing was changed."),
            first=first,
        )
    read.name = name or _list_name(read.meetings)
    return read


def _meeting(where: str | Words, row: Any, default_zone: str, read: FeedRead) -> Meeting | None:
    if not isinstance(row, dict):
        read.problems.append(
            Words(
                QT_TRANSLATE_NOOP(
                    "errors", "{where}: not a meeting (expected {{…}} with a name, a day and a time); left out."
                ),
                where=where,
            )
        )
        return None
    label = where
    try:
        name = field_text(row.get("name"), single_line=True, limit=MAX_LINE, field_name="name")
        if name:
            label = Words(QT_TRANSLATE_NOOP("errors", "{where} (“{name}”)"), where=where, name=name)
        days = meeting_days(row.get("day"))
        start = meeting_time(row.get("time"), "time")
        if days is None or start is None:
            read.by_appointment += 1
            return None
        if is_end_of_day(row.get("time")):  # "24:00" on a Monday is the first minute of Tuesday
            days = tuple(sorted({(day + 1) % 7 for day in days}))
        if not name:
            raise Skip("name", Words(QT_TRANSLATE_NOOP("errors", "has no name")))
        end = meeting_time(row.get("end_time"), "end_time")
        if end is None or end == start:
            end = (dt.datetime.combine(dt.date.min, start) + timedelta(hours=1)).time()
        zone = row.get("timezone")
        if zone in (None, ""):
            zone = default_zone
            read.zone_assumed += 1
        elif not isinstance(zone, str) or not is_known_zone(zone.strip()):
            raise Skip(
                "timezone",
                Words(
                    QT_TRANSLATE_NOOP("errors", "“{value}” is not a time zone we know (e.g. America/New_York)"),
                    value=shown_value(zone),
                ),
            )
        zone = zone.strip()
    except Skip as skip:
        read.problems.append(
            Words(
                QT_TRANSLATE_NOOP("errors", "{label}, {field}: {problem}; left out."),
                label=label,
                field=skip.field_name,
                problem=skip.message,
            )
        )
        return None

    def optional(
        key: str, check: Callable[[str], str] | None = None, single_line: bool = True, limit: int = MAX_LINE
    ) -> str:
        try:
            value = field_text(row.get(key), single_line=single_line, limit=limit)
            if value and check is not None:
                value = check(value)
            return value
        except Skip as skip:
            read.problems.append(
                Words(
                    QT_TRANSLATE_NOOP("errors", "{label}, {field}: {problem}; that field was left out."),
                    label=label,
                    field=key,
                    problem=skip.message,
                )
            )
            return ""

    types = type_codes(row.get("types"), label, read.problems)
    slug = optional("slug") or derived_slug(name, days, start, row)
    address = optional("formatted_address") or ", ".join(
        part
        for part in (
            optional("address"),
            optional("city"),
            " ".join(p for p in (optional("state"), optional("postal_code")) if p),
            optional("country"),
        )
        if part
    )
    return Meeting(
        slug=slug,
        name=name,
        days=days,
        time=start,
        end_time=end,
        timezone=zone,
        types=types,
        location=optional("location"),
        address=address,
        regions=region_names(row, label, read.problems),
        notes=optional("notes", single_line=False, limit=MAX_TEXT),
        location_notes=optional("location_notes", single_line=False, limit=MAX_TEXT),
        conference_url=optional("conference_url", web_address, limit=1000),
        conference_url_notes=optional("conference_url_notes", single_line=False, limit=MAX_TEXT),
        conference_phone=optional("conference_phone", phone_number),
        conference_phone_notes=optional("conference_phone_notes", single_line=False, limit=MAX_TEXT),
        url=optional("url", web_address, limit=1000),
        updated=optional("updated"),
        group=optional("group"),
        entity=optional("entity"),
    )


def _list_name(meetings: list[Meeting]) -> str:
    """The name a list goes by: the entity most of its meetings name, if any."""
    counts: dict[str, int] = {}
    for meeting in meetings:
        if meeting.entity:
            counts[meeting.entity] = counts.get(meeting.entity, 0) + 1
    return max(counts, key=lambda entity: counts[entity]) if counts else ""
