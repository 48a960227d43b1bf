"""A meeting list's rows before they are meetings: the JSON array (read a meeting at a time, numbers kept as
typed) or the table (CSV with the Meeting Guide's headers), and the limits on both."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, Words
from recoverybox.core.base.validation import ValidationError

MAX_FEED_BYTES = 20 * 1024 * 1024


MAX_MEETINGS = 50_000


class FeedError(ValidationError):
    """The whole list cannot be used; ``message`` says why in a sentence."""

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__("feed", template, **params)


def decoded_feed(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw[:4096]:
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is not a text file, so it cannot be a meeting list. Nothing was changed.",
            )
        )
    return raw.decode("cp1252", errors="replace")  # a table saved by a spreadsheet program


_MEETINGS_ARRAY = re.compile(r'\A\s*\{\s*"meetings"\s*:\s*\[')


def json_rows(text: str) -> list[tuple[str, Any]]:
    """The rows of a JSON list, read one at a time: a list of millions of rows is refused as soon as it passes
    ``MAX_MEETINGS``, before they are all built (3.4 million took 1.4 GB and 21 s to refuse)."""
    try:
        wrapped = _MEETINGS_ARRAY.match(text)
        if text.lstrip().startswith("[") or wrapped:
            start = wrapped.end() - 1 if wrapped else text.index("[")
            return [(_meeting_label(index), row) for index, row in enumerate(_array_items(text, start), start=1)]
        if text.count("{") > 2 * MAX_MEETINGS + 10:
            raise _too_many()
        data = _DECODER.decode(text)
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        if isinstance(exc, FeedError):
            raise
        line = getattr(exc, "lineno", None)
        at = f" (line {line})" if line else ""
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is not valid JSON{at}, so it cannot be read as a meeting list. Nothing was changed.",
            ),
            at=at,
        ) from None
    if isinstance(data, dict) and isinstance(data.get("meetings"), list):
        data = data["meetings"]
    if not isinstance(data, list):
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This JSON is not a meeting list: the Meeting Guide format is a list of "
                "meetings ([ {…}, {…} ]). Nothing was changed.",
            )
        )
    if len(data) > MAX_MEETINGS:
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This list has {length_data:,} meetings; at most {max_meetings:,} can be loaded.",
            ),
            length_data=len(data),
            max_meetings=MAX_MEETINGS,
        )
    return [(_meeting_label(index), row) for index, row in enumerate(data, start=1)]


def _feed_int(text: str) -> int | str:
    """A JSON integer; one of hundreds of digits (no day, time or id has them) stays its digits, so that only
    its meeting is left out instead of the whole list failing to parse."""
    return int(text) if len(text) <= 30 else text


_DECODER = json.JSONDecoder(parse_int=_feed_int)


def _too_many() -> FeedError:
    return FeedError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This list has more than {max_meetings:,} meetings; at most {max_meetings:,} can be loaded.",
        ),
        max_meetings=MAX_MEETINGS,
    )


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


def csv_rows(text: str) -> list[tuple[str, Any]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise FeedError(
            QT_TRANSLATE_NOOP("errors", "This file is neither JSON nor a table, so it cannot be a meeting list.")
        ) from None
    keys = [CSV_HEADERS.get(" ".join(cell.replace("_", " ").split()).casefold()) for cell in header]
    if "name" not in keys or "day" not in keys or "time" not in keys:
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is not a meeting list: a table needs at least the columns Name, Day "
                "and Time (the first row names the columns). Nothing was changed.",
            )
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
            rows.append((Words(QT_TRANSLATE_NOOP("errors", "Line {n}"), n=reader.line_num), row))
            if len(rows) > MAX_MEETINGS:
                raise _too_many()
    except csv.Error as exc:
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The table cannot be read at line {line_num}: {exc}. Nothing was changed.",
            ),
            line_num=reader.line_num,
            exc=exc,
        ) from None
    return rows


def _meeting_label(index: int) -> Words:
    """Which meeting of a JSON list a note is about: "Meeting 12"."""
    return Words(QT_TRANSLATE_NOOP("errors", "Meeting {n}"), n=index)
