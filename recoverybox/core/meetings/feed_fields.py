"""One field of a meeting in a list, checked and made plain: text without markup, days, times, a known zone,
type codes, regions, a web address, a phone number, a made-up id when the list gives none."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from html.parser import HTMLParser
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, Words
from recoverybox.core.meetings.type_codes import type_code

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


class Skip(Exception):  # noqa: N818 (control flow: this meeting is left out)
    def __init__(self, field_name: str, message: Words) -> None:
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


def field_text(value: Any, single_line: bool = True, limit: int = MAX_LINE, field_name: str = "") -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise Skip(
            field_name,
            Words(QT_TRANSLATE_NOOP("errors", "expected text, found {kind}"), kind=type(value).__name__),
        )
    if isinstance(value, int) and value.bit_length() > 200:
        raise Skip(field_name, Words(QT_TRANSLATE_NOOP("errors", "a number far too long to be a meeting's text")))
    return plain_text(str(value), single_line=single_line, limit=limit)


def shown_value(value: Any) -> str:
    """A short, printable form of a value from a feed, for a problem's sentence."""
    if isinstance(value, int) and value.bit_length() > 200:
        return "a number of hundreds of digits"
    try:
        text = value if isinstance(value, str) else json.dumps(value)
    except (TypeError, ValueError):
        text = type(value).__name__
    text = plain_text(text[:200], single_line=True, limit=200)
    return text if len(text) <= 40 else text[:39] + "…"


def meeting_days(value: Any) -> tuple[int, ...] | None:
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
            raise Skip(
                "day",
                Words(
                    QT_TRANSLATE_NOOP("errors", "“{value}” is not a day (0 = Sunday … 6 = Saturday, or a day's name)"),
                    value=shown_value(item),
                ),
            )
        if day not in days:
            days.append(day)
    return tuple(sorted(days))


def is_end_of_day(value: Any) -> bool:
    """A start written as the end of its day (24:00, or midnight said in words)."""
    if not isinstance(value, str):
        return False
    text = value.strip().casefold()
    return text == "midnight" or bool(re.fullmatch(r"24:00(:00)?", text))


def meeting_time(value: Any, field_name: str) -> dt.time | None:
    """``HH:MM`` (seconds ignored); in a table also ``7:00 PM``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise Skip(field_name, _not_a_time(value))
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
    raise Skip(field_name, _not_a_time(value))


def _not_a_time(value: Any) -> Words:
    return Words(
        QT_TRANSLATE_NOOP("errors", "“{value}” is not a time of day (HH:MM, e.g. 19:30)"), value=shown_value(value)
    )


_ZONES: set[str] | None = None


def is_known_zone(name: str) -> bool:
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


def type_codes(value: Any, label: str | Words, problems: list[Words]) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    if isinstance(value, str):
        value = [part for part in value.split(",") if part.strip()]
    if not isinstance(value, list):
        problems.append(
            Words(
                QT_TRANSLATE_NOOP("errors", "{label}, types: expected a list of type codes; that field was left out."),
                label=label,
            )
        )
        return ()
    codes: list[str] = []
    for item in value:
        if not isinstance(item, str | int) or isinstance(item, bool):
            continue
        code = type_code(plain_text(str(item), single_line=True, limit=40))
        if code and code not in codes:
            codes.append(code)
    return tuple(codes)


def region_names(row: dict[str, Any], label: str | Words, problems: list[Words]) -> tuple[str, ...]:
    value = row.get("regions")
    if value in (None, "", []):
        value = [part for part in (row.get("region"), row.get("sub_region")) if part]
    if isinstance(value, str):
        value = [part for part in value.split(">")]
    if not isinstance(value, list):
        problems.append(
            Words(
                QT_TRANSLATE_NOOP("errors", "{label}, regions: expected a list of names; that field was left out."),
                label=label,
            )
        )
        return ()
    names = [plain_text(str(item), single_line=True, limit=100) for item in value if isinstance(item, str | int)]
    return tuple(name for name in names if name)


def web_address(value: str) -> str:
    if " " in value or not re.match(r"^https?://[^/\s]+", value, re.IGNORECASE):
        raise Skip(
            "",
            Words(QT_TRANSLATE_NOOP("errors", "“{value}” is not a web address (https://…)"), value=shown_value(value)),
        )
    return value


def phone_number(value: str) -> str:
    if value.lower().startswith("tel:"):
        value = value[4:]
    if not _PHONE.match(value) or sum(ch.isdigit() for ch in value) < 3:
        raise Skip("", Words(QT_TRANSLATE_NOOP("errors", "“{value}” is not a phone number"), value=shown_value(value)))
    return value


def derived_slug(name: str, days: tuple[int, ...], start: dt.time, row: dict[str, Any]) -> str:
    """A feed without ids: one made from what identifies the meeting, the same on every reload."""
    key = "|".join(
        (name, ",".join(map(str, days)), start.isoformat(), str(row.get("location") or row.get("address") or ""))
    )
    words = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:40]
    return f"{words}-{hashlib.sha1(key.encode()).hexdigest()[:8]}"
