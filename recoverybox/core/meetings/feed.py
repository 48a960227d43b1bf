"""Meeting lists in the Meeting Guide format (code4recovery/spec), as JSON or as a table (CSV): read, checked
field by field, into typed ``Meeting`` records. No Qt, no database here (``core.meetings`` keeps them).

A feed that cannot be read at all (not JSON or CSV, the wrong shape, too big, no meeting usable) raises
``FeedError`` with one sentence. Inside a readable feed, a meeting whose day, time, end or zone is bad is left
out and named ("Meeting 12 (“Monday Nooners”), time: …"); an optional field that is bad (a link that is not a
web address, a phone with letters) is dropped from its meeting and named; a meeting without a day or a time
is "by appointment": counted, not listed. Every text is plain text: HTML in a feed is reduced to its words.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import timedelta
from html.parser import HTMLParser
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from recoverybox.core.base.validation import ValidationError
from recoverybox.core.meetings.type_codes import ONLINE, TEMPORARILY_CLOSED, type_code

MAX_FEED_BYTES = 20 * 1024 * 1024
MAX_MEETINGS = 50_000
MAX_TEXT = 4000
MAX_LINE = 300
DAY_NAMES = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
_DAY_BY_NAME = {name.casefold(): index for index, name in enumerate(DAY_NAMES)} | {
    name[:3].casefold(): index for index, name in enumerate(DAY_NAMES)
}
_PHONE = re.compile(r"^[0-9+*#,;()\-. /pPwW]{3,60}$")


def is_web_address(text: str) -> bool:
    """True for a list's source that is fetched (http(s)://…) rather than read from a file."""
    return text.strip().lower().startswith(("http://", "https://"))


class FeedError(ValidationError):
    """The whole list cannot be used; ``message`` says why in a sentence."""

    def __init__(self, message: str) -> None:
        super().__init__("feed", message)


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
        raise ValueError("a stored meeting should be an object")
    try:
        meeting = Meeting.from_dict(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"a stored meeting is incomplete or malformed ({exc})") from None
    if not meeting.days or any(
        not isinstance(day, int) or isinstance(day, bool) or not 0 <= day <= 6 for day in meeting.days
    ):
        raise ValueError(f"meeting “{meeting.slug}”: days should be numbers from 0 to 6")
    for name in _TEXT_FIELDS:
        value = getattr(meeting, name)
        if (
            not isinstance(value, str)
            or len(value) > MAX_TEXT
            or (value and plain_text(value, "\n" not in value) != value)
        ):
            raise ValueError(f"meeting “{meeting.slug}”: {name} is not plain text")
    for name in ("types", "regions"):
        if any(not isinstance(item, str) or len(item) > MAX_LINE for item in getattr(meeting, name)):
            raise ValueError(f"meeting “{meeting.slug}”: {name} should be a list of short texts")
    if not meeting.name or not meeting.slug or not _known_zone(meeting.timezone):
        raise ValueError(f"meeting “{meeting.slug}”: a name, an id and a known time zone are needed")
    for link in (meeting.conference_url, meeting.url):
        if link:
            try:
                _web_address(link)
            except _Skip:
                raise ValueError(f"meeting “{meeting.slug}”: “{link[:40]}” is not a web address") from None
    return meeting


@dataclass
class FeedRead:
    """What a feed held: the usable meetings, and in words what was left out or changed."""

    meetings: list[Meeting] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
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


class _Skip(Exception):  # noqa: N818 (control flow: this meeting is left out)
    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field_name, self.message = field_name, message


class _TextOnly(HTMLParser):
    """The words of an HTML fragment: tags dropped (script and style with their contents), entities decoded,
    line breaks kept where the markup made them."""

    _BREAKS = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "ul", "ol"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden += 1
        elif tag in self._BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._hidden = max(self._hidden - 1, 0)
        elif tag in self._BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def plain_text(value: str, single_line: bool = False, limit: int = MAX_TEXT) -> str:
    """``value`` as plain text: HTML reduced to its words, blank runs tidied, cut at ``limit`` characters."""
    if "<" in value or "&" in value:
        parser = _TextOnly()
        parser.feed(value)
        parser.close()
        value = "".join(parser.parts)
    if not _tidy(value, single_line):  # most text in a list is tidy already: checked in C, left as it is
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        if single_line:
            value = " ".join(value.split())
        else:
            lines = [" ".join(line.split()) for line in value.split("\n")]
            value = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
        value = "".join(ch for ch in value if ch == "\n" or ch.isprintable())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def _tidy(value: str, single_line: bool) -> bool:
    """True when ``plain_text`` would leave ``value`` as it is (no control characters, no runs of blanks)."""
    if "  " in value or value[:1].isspace() or value[-1:].isspace():
        return False
    if single_line:
        return value.isprintable()
    return value.replace("\n", "").isprintable() and "\n\n\n" not in value and " \n" not in value and "\n " not in value


# ---- reading ---------------------------------------------------------------------------------------
def read_feed(raw: bytes, default_zone: str, name: str = "") -> FeedRead:
    """The meetings of a feed in either form. Raises ``FeedError`` when the feed as a whole cannot be used."""
    if len(raw) > MAX_FEED_BYTES:
        raise FeedError(
            f"This list is {len(raw) / 1024 / 1024:.0f} MB; a meeting list is at most {MAX_FEED_BYTES // 1024 // 1024} "
            "MB. Nothing was changed."
        )
    text = _decode(raw)
    start = text.lstrip()[:1]
    if not start:
        raise FeedError("This file is empty. Nothing was changed.")
    if start == "<":
        raise FeedError(
            "This is a web page (HTML), not a meeting list. Ask the meeting list's website for its Meeting Guide "
            "JSON feed address. Nothing was changed."
        )
    if start in "[{":
        rows, form = _json_rows(text), "json"
    else:
        rows, form = _csv_rows(text), "csv"
    read = FeedRead(form=form)
    if len(rows) > MAX_MEETINGS:
        raise FeedError(f"This list has {len(rows):,} meetings; at most {MAX_MEETINGS:,} can be loaded.")
    seen: dict[str, str] = {}
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
                f"{where}: the id “{meeting.slug}” was already used by {seen[meeting.slug]}; left out."
            )
            continue
        seen[meeting.slug] = where
        read.meetings.append(meeting)
    if not read.meetings:
        if read.by_appointment and not read.problems:
            raise FeedError("Every meeting in this list is by appointment (no day or time), so none can be listed.")
        first = f" The first problem: {read.problems[0]}" if read.problems else ""
        raise FeedError(f"No meeting in this list could be read.{first} Nothing was changed.")
    read.name = name or _list_name(read.meetings)
    return read


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw[:4096]:
        raise FeedError("This is not a text file, so it cannot be a meeting list. Nothing was changed.")
    return raw.decode("cp1252", errors="replace")  # a table saved by a spreadsheet program


_MEETINGS_ARRAY = re.compile(r'\A\s*\{\s*"meetings"\s*:\s*\[')


def _json_rows(text: str) -> list[tuple[str, Any]]:
    """The rows of a JSON list, read one at a time: a list of millions of rows is refused as soon as it passes
    ``MAX_MEETINGS``, before they are all built (3.4 million took 1.4 GB and 21 s to refuse)."""
    try:
        wrapped = _MEETINGS_ARRAY.match(text)
        if text.lstrip().startswith("[") or wrapped:
            start = wrapped.end() - 1 if wrapped else text.index("[")
            return [(f"Meeting {index}", row) for index, row in enumerate(_array_items(text, start), start=1)]
        if text.count("{") > 2 * MAX_MEETINGS + 10:
            raise _too_many()
        data = _DECODER.decode(text)
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        if isinstance(exc, FeedError):
            raise
        line = getattr(exc, "lineno", None)
        at = f" (line {line})" if line else ""
        raise FeedError(
            f"This is not valid JSON{at}, so it cannot be read as a meeting list. Nothing was changed."
        ) from None
    if isinstance(data, dict) and isinstance(data.get("meetings"), list):
        data = data["meetings"]
    if not isinstance(data, list):
        raise FeedError(
            "This JSON is not a meeting list: the Meeting Guide format is a list of meetings ([ {…}, {…} ]). "
            "Nothing was changed."
        )
    if len(data) > MAX_MEETINGS:
        raise FeedError(f"This list has {len(data):,} meetings; at most {MAX_MEETINGS:,} can be loaded.")
    return [(f"Meeting {index}", row) for index, row in enumerate(data, start=1)]


def _feed_int(text: str) -> int | str:
    """A JSON integer; one of hundreds of digits (no day, time or id has them) stays its digits, so that only
    its meeting is left out instead of the whole list failing to parse."""
    return int(text) if len(text) <= 30 else text


_DECODER = json.JSONDecoder(parse_int=_feed_int)


def _too_many() -> FeedError:
    return FeedError(f"This list has more than {MAX_MEETINGS:,} meetings; at most {MAX_MEETINGS:,} can be loaded.")


_SPACE = re.compile(r"[ \t\n\r]*")


def _array_items(text: str, start: int) -> list[Any]:
    """The items of the JSON array that opens at ``text[start]`` (and what may close a wrapping object after
    it), one ``raw_decode`` each; ``FeedError`` past ``MAX_MEETINGS`` items."""
    items: list[Any] = []
    at = _SPACE.match(text, start + 1).end()  # type: ignore[union-attr]  # matches the empty string at least
    if text.startswith("]", at):
        return items
    while True:
        item, at = _DECODER.raw_decode(text, at)
        items.append(item)
        if len(items) > MAX_MEETINGS:
            raise _too_many()
        at = _SPACE.match(text, at).end()  # type: ignore[union-attr]
        if text.startswith(",", at):
            at = _SPACE.match(text, at + 1).end()  # type: ignore[union-attr]
            continue
        if text.startswith("]", at):
            break
        raise json.JSONDecodeError("Expecting ',' delimiter", text, at)
    rest = text[at + 1 :].strip()
    if rest not in ("", "}"):
        raise json.JSONDecodeError("Extra data", text, at + 1)
    return items


# Table headers (any case, spaces or underscores) and the field each one fills.
CSV_HEADERS = {
    "name": "name",
    "meeting": "name",
    "meeting name": "name",
    "slug": "slug",
    "id": "id",
    "day": "day",
    "time": "time",
    "start time": "time",
    "end time": "end_time",
    "timezone": "timezone",
    "time zone": "timezone",
    "types": "types",
    "type": "types",
    "location": "location",
    "address": "address",
    "formatted address": "formatted_address",
    "city": "city",
    "state": "state",
    "postal code": "postal_code",
    "zip": "postal_code",
    "country": "country",
    "region": "region",
    "sub region": "sub_region",
    "regions": "region",
    "notes": "notes",
    "location notes": "location_notes",
    "conference url": "conference_url",
    "conference url notes": "conference_url_notes",
    "conference phone": "conference_phone",
    "conference phone notes": "conference_phone_notes",
    "url": "url",
    "website": "url",
    "updated": "updated",
    "group": "group",
    "entity": "entity",
}


def _csv_rows(text: str) -> list[tuple[str, Any]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise FeedError("This file is neither JSON nor a table, so it cannot be a meeting list.") from None
    keys = [CSV_HEADERS.get(" ".join(cell.replace("_", " ").split()).casefold()) for cell in header]
    if "name" not in keys or "day" not in keys or "time" not in keys:
        raise FeedError(
            "This is not a meeting list: a table needs at least the columns Name, Day and Time (the first row names "
            "the columns). Nothing was changed."
        )
    rows: list[tuple[str, Any]] = []
    try:
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            row: dict[str, Any] = {}
            for key, cell in zip(keys, cells, strict=False):
                if key and cell.strip() and key not in row:
                    row[key] = cell
            if "slug" not in row and "id" in row:
                row["slug"] = row["id"]
            if "region" in row:
                regions = [part.strip() for part in row.pop("region").split(">") if part.strip()]
                if row.get("sub_region"):
                    regions.append(row["sub_region"].strip())
                row["regions"] = regions
            if "," in row.get("day", ""):
                row["day"] = [part for part in row["day"].split(",") if part.strip()]
            if "types" in row:
                row["types"] = [part for part in re.split(r"[,;]", row["types"]) if part.strip()]
            rows.append((f"Line {reader.line_num}", row))
            if len(rows) > MAX_MEETINGS:
                raise _too_many()
    except csv.Error as exc:
        raise FeedError(f"The table cannot be read at line {reader.line_num}: {exc}. Nothing was changed.") from None
    return rows


def _meeting(where: str, row: Any, default_zone: str, read: FeedRead) -> Meeting | None:
    if not isinstance(row, dict):
        read.problems.append(f"{where}: not a meeting (expected {{…}} with a name, a day and a time); left out.")
        return None
    label = where
    try:
        name = _text(row.get("name"), single_line=True, limit=MAX_LINE, field_name="name")
        if name:
            label = f"{where} (“{name}”)"
        days = _days(row.get("day"))
        start = _time(row.get("time"), "time")
        if days is None or start is None:
            read.by_appointment += 1
            return None
        if _end_of_day(row.get("time")):  # "24:00" on a Monday is the first minute of Tuesday
            days = tuple(sorted({(day + 1) % 7 for day in days}))
        if not name:
            raise _Skip("name", "has no name")
        end = _time(row.get("end_time"), "end_time")
        if end is None or end == start:
            end = (dt.datetime.combine(dt.date.min, start) + timedelta(hours=1)).time()
        zone = row.get("timezone")
        if zone in (None, ""):
            zone = default_zone
            read.zone_assumed += 1
        elif not isinstance(zone, str) or not _known_zone(zone.strip()):
            raise _Skip("timezone", f"“{_shown(zone)}” is not a time zone we know (e.g. America/New_York)")
        zone = zone.strip()
    except _Skip as skip:
        read.problems.append(f"{label}, {skip.field_name}: {skip.message}; left out.")
        return None

    def optional(
        key: str, check: Callable[[str], str] | None = None, single_line: bool = True, limit: int = MAX_LINE
    ) -> str:
        try:
            value = _text(row.get(key), single_line=single_line, limit=limit)
            if value and check is not None:
                value = check(value)
            return value
        except _Skip as skip:
            read.problems.append(f"{label}, {key}: {skip.message}; that field was left out.")
            return ""

    types = _types(row.get("types"), label, read)
    slug = optional("slug") or _derived_slug(name, days, start, row)
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
        regions=_regions(row, label, read),
        notes=optional("notes", single_line=False, limit=MAX_TEXT),
        location_notes=optional("location_notes", single_line=False, limit=MAX_TEXT),
        conference_url=optional("conference_url", _web_address, limit=1000),
        conference_url_notes=optional("conference_url_notes", single_line=False, limit=MAX_TEXT),
        conference_phone=optional("conference_phone", _phone),
        conference_phone_notes=optional("conference_phone_notes", single_line=False, limit=MAX_TEXT),
        url=optional("url", _web_address, limit=1000),
        updated=optional("updated"),
        group=optional("group"),
        entity=optional("entity"),
    )


def _text(value: Any, single_line: bool = True, limit: int = MAX_LINE, field_name: str = "") -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _Skip(field_name, f"expected text, found {type(value).__name__}")
    if isinstance(value, int) and value.bit_length() > 200:
        raise _Skip(field_name, "a number far too long to be a meeting's text")
    return plain_text(str(value), single_line=single_line, limit=limit)


def _shown(value: Any) -> str:
    """A short, printable form of a value from a feed, for a problem's sentence."""
    if isinstance(value, int) and value.bit_length() > 200:
        return "a number of hundreds of digits"
    try:
        text = value if isinstance(value, str) else json.dumps(value)
    except (TypeError, ValueError):
        text = type(value).__name__
    text = plain_text(text[:200], single_line=True, limit=200)
    return text if len(text) <= 40 else text[:39] + "…"


def _days(value: Any) -> tuple[int, ...] | None:
    """0 = Sunday … 6, a day's name, or a list of them; None (by appointment) when absent."""
    if value is None or value == "" or value == []:
        return None
    values = value if isinstance(value, list) else [value]
    days = []
    for item in values:
        day: int | None = None
        if isinstance(item, int) and not isinstance(item, bool):
            day = item
        elif isinstance(item, str) and item.strip().lstrip("-").isdigit() and len(item.strip()) <= 3:
            day = int(item.strip())
        elif isinstance(item, str):
            day = _DAY_BY_NAME.get(item.strip().casefold())
        if day is None or not 0 <= day <= 6:
            raise _Skip("day", f"“{_shown(item)}” is not a day (0 = Sunday … 6 = Saturday, or a day's name)")
        if day not in days:
            days.append(day)
    return tuple(sorted(days))


def _end_of_day(value: Any) -> bool:
    """A start written as the end of its day (24:00, or midnight said in words)."""
    if not isinstance(value, str):
        return False
    text = value.strip().casefold()
    return text == "midnight" or bool(re.fullmatch(r"24:00(:00)?", text))


def _time(value: Any, field_name: str) -> dt.time | None:
    """``HH:MM`` (seconds ignored); in a table also ``7:00 PM``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise _Skip(field_name, f"“{_shown(value)}” is not a time of day (HH:MM, e.g. 19:30)")
    text = value.strip()
    match = re.fullmatch(r"(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp]\.?[Mm]\.?)?", text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        half = match.group(3)
        if half:
            if not 1 <= hour <= 12:
                match = None
            else:
                hour = hour % 12 + (12 if half[0] in "Pp" else 0)
        if match and hour <= 23 and minute <= 59:
            return dt.time(hour, minute)
        if hour == 24 and minute == 0 and not half:
            return dt.time(0, 0)
    lowered = text.casefold()
    if lowered in ("noon", "12 noon"):
        return dt.time(12, 0)
    if lowered == "midnight":
        return dt.time(0, 0)
    raise _Skip(field_name, f"“{_shown(value)}” is not a time of day (HH:MM, e.g. 19:30)")


_ZONES: set[str] | None = None


def _known_zone(name: str) -> bool:
    global _ZONES
    if _ZONES is None:
        import zoneinfo

        _ZONES = set(zoneinfo.available_timezones())
    if name in _ZONES:
        return True
    if len(name) > 64 or not re.fullmatch(r"[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+)*", name):
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # "America" is a folder of zones, not a zone
        return False
    return "/" in name or name == "UTC"


def _types(value: Any, label: str, read: FeedRead) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    if isinstance(value, str):
        value = [part for part in value.split(",") if part.strip()]
    if not isinstance(value, list):
        read.problems.append(f"{label}, types: expected a list of type codes; that field was left out.")
        return ()
    codes: list[str] = []
    for item in value:
        if not isinstance(item, str | int) or isinstance(item, bool):
            continue
        code = type_code(plain_text(str(item), single_line=True, limit=40))
        if code and code not in codes:
            codes.append(code)
    return tuple(codes)


def _regions(row: dict[str, Any], label: str, read: FeedRead) -> tuple[str, ...]:
    value = row.get("regions")
    if value in (None, "", []):
        value = [part for part in (row.get("region"), row.get("sub_region")) if part]
    if isinstance(value, str):
        value = [part for part in value.split(">")]
    if not isinstance(value, list):
        read.problems.append(f"{label}, regions: expected a list of names; that field was left out.")
        return ()
    names = [plain_text(str(item), single_line=True, limit=100) for item in value if isinstance(item, str | int)]
    return tuple(name for name in names if name)


def _web_address(value: str) -> str:
    if " " in value or not re.match(r"^https?://[^/\s]+", value, re.IGNORECASE):
        raise _Skip("", f"“{_shown(value)}” is not a web address (https://…)")
    return value


def _phone(value: str) -> str:
    if value.lower().startswith("tel:"):
        value = value[4:]
    if not _PHONE.match(value) or sum(ch.isdigit() for ch in value) < 3:
        raise _Skip("", f"“{_shown(value)}” is not a phone number")
    return value


def _derived_slug(name: str, days: tuple[int, ...], start: dt.time, row: dict[str, Any]) -> str:
    """A feed without ids: one made from what identifies the meeting, the same on every reload."""
    key = "|".join(
        (name, ",".join(map(str, days)), start.isoformat(), str(row.get("location") or row.get("address") or ""))
    )
    words = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:40]
    return f"{words}-{hashlib.sha1(key.encode()).hexdigest()[:8]}"


def _list_name(meetings: list[Meeting]) -> str:
    """The name a list goes by: the entity most of its meetings name, if any."""
    counts: dict[str, int] = {}
    for meeting in meetings:
        if meeting.entity:
            counts[meeting.entity] = counts.get(meeting.entity, 0) + 1
    return max(counts, key=lambda entity: counts[entity]) if counts else ""
