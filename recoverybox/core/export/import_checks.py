"""Checks for a JSON export before a single row of it is stored: shape, every column, and the same rules the
dialogs use for events, goals, journal entries, contacts and settings. Each problem names the table, the row
(counting from 1) and the field. No Qt here.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Float, Integer, String, Table, Text

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, UserError, Words
from recoverybox.core.base.validation import MAX_TEXT, ValidationError
from recoverybox.core.calendar.events import EventInput, validate_event
from recoverybox.core.calendar.occurrences import FIRST_YEAR, LAST_YEAR, parse_rdates
from recoverybox.core.goals.service import GoalInput, validate_goal
from recoverybox.core.journal.entries import JournalInput, validate_entry
from recoverybox.core.meetings.feed import checked_stored_meeting
from recoverybox.core.settings.options import check_setting
from recoverybox.core.storage.columns import UTCDateTime
from recoverybox.core.storage.models import stored_tables
from recoverybox.core.support.contacts import ContactInput, validate_contact

# Far enough ahead that no stored day counts as "in the future" (the export may come from another zone).
NO_FUTURE_CHECK = date(LAST_YEAR, 1, 1)


class ImportProblem(ValidationError):
    """One thing wrong in an export, said as "events, row 3, title: …": where (the table, row and column, as
    the file names them) and the problem, itself a template with its parameters (or the ``UserError`` found)."""

    def __init__(self, table: str, number: int | None, field: str | None, problem: str | UserError, **params: Any):
        where = ", ".join(part for part in (table, f"row {number}" if number else None, field) if part)
        cause = problem if isinstance(problem, UserError) else UserError(problem, **params)
        super().__init__("file", QT_TRANSLATE_NOOP("errors", "{where}: {problem}"), where=where, problem=cause)


def load_payload(text: str) -> dict[str, Any]:
    """Parse the JSON, refusing what no export of ours looks like (too deep, wrong top level)."""
    try:
        payload = json.loads(text)
    except RecursionError:
        raise ValidationError(
            "file", QT_TRANSLATE_NOOP("errors", "This file is nested far too deeply to be a RecoveryBox export.")
        ) from None
    except ValueError as exc:
        raise ValidationError(
            "file", QT_TRANSLATE_NOOP("errors", "This export cannot be read ({exc})."), exc=exc
        ) from None
    if not isinstance(payload, dict):
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "This is not a RecoveryBox export file."))
    return payload


def checked_tables(payload: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows, decoded and checked; raises ``ImportProblem`` at the first problem."""
    tables = payload.get("tables", {})
    if not isinstance(tables, dict):
        raise ImportProblem(
            "tables", None, None, QT_TRANSLATE_NOOP("errors", "should map each table's name to its rows.")
        )
    known = {table.name: table for table in stored_tables()}
    unknown = sorted(set(tables) - set(known))
    if unknown:
        raise ImportProblem("tables", None, None, QT_TRANSLATE_NOOP("errors", "unknown tables {names}."), names=unknown)
    checked = {}
    for name, table in known.items():
        rows = tables.get(name, [])
        if not isinstance(rows, list):
            raise ImportProblem(name, None, None, QT_TRANSLATE_NOOP("errors", "should be a list of rows."))
        seen_ids: set[int] = set()
        clean = []
        for number, row in enumerate(rows, start=1):
            values = _check_row(table, number, row)
            key = values.get("id")
            if key is not None:
                if key in seen_ids:
                    raise ImportProblem(
                        name, number, "id", QT_TRANSLATE_NOOP("errors", "the id {row_id} is used twice."), row_id=key
                    )
                seen_ids.add(key)
            clean.append(_check_meaning(name, number, values))
        checked[name] = clean
    return checked


def _check_row(table: Table, number: int, row: object) -> dict[str, Any]:
    if not isinstance(row, dict):
        raise ImportProblem(
            table.name, number, None, QT_TRANSLATE_NOOP("errors", "is not a row (an object of columns).")
        )
    columns = {column.name: column for column in table.columns}
    unknown = sorted(set(row) - set(columns))
    if unknown:
        raise ImportProblem(
            table.name, number, None, QT_TRANSLATE_NOOP("errors", "unknown columns {names}."), names=unknown
        )
    values = {}
    for name, column in columns.items():
        if name not in row:
            continue
        try:
            values[name] = _decode(column, row[name])
        except ValidationError as exc:
            raise ImportProblem(table.name, number, name, exc) from None
        if values[name] is None and not column.nullable and not column.primary_key and column.default is None:
            raise ImportProblem(table.name, number, name, QT_TRANSLATE_NOOP("errors", "is missing."))
    return values


def _bad(template: str, **params: Any) -> ValidationError:
    """A value that cannot be loaded (its column is named by ``ImportProblem``)."""
    return ValidationError("value", template, **params)


def _decode(column: Column[Any], value: Any) -> Any:
    """A JSON value as the column's Python type, or ValidationError saying what is wrong."""
    if value is None:
        if column.primary_key:
            raise _bad(QT_TRANSLATE_NOOP("errors", "an id is needed."))
        return None
    kind = column.type
    if isinstance(kind, Boolean):
        if isinstance(value, bool) or value in (0, 1):
            return bool(value)
        raise _bad(QT_TRANSLATE_NOOP("errors", "should be true or false."))
    if isinstance(kind, Integer):
        if not isinstance(value, int) or isinstance(value, bool):
            raise _bad(QT_TRANSLATE_NOOP("errors", "should be a whole number."))
        if column.primary_key and not 1 <= value <= 2**62:
            raise _bad(QT_TRANSLATE_NOOP("errors", "an id must be a positive whole number."))
        return value
    if isinstance(kind, Float):
        if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
            raise _bad(QT_TRANSLATE_NOOP("errors", "should be a number."))
        return float(value)
    if isinstance(kind, UTCDateTime | DateTime | Date):
        return _moment(kind, value)
    if isinstance(kind, String | Text):
        if not isinstance(value, str):
            raise _bad(QT_TRANSLATE_NOOP("errors", "should be text."))
        limit = kind.length or MAX_TEXT
        if len(value) > limit:
            raise _bad(
                QT_TRANSLATE_NOOP("errors", "is too long ({length} characters; the limit is {limit})."),
                length=len(value),
                limit=limit,
            )
        allowed = "\n\t\r" if isinstance(kind, Text) else ""
        if any((ord(ch) < 32 and ch not in allowed) or ord(ch) == 127 for ch in value):
            raise _bad(QT_TRANSLATE_NOOP("errors", "holds control characters (such as terminal escape codes)."))
        return value
    return value


def _moment(kind: object, value: Any) -> date | datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise _bad(QT_TRANSLATE_NOOP("errors", "should be a date or time in ISO 8601."))
    try:
        parsed: date | datetime = date.fromisoformat(value) if isinstance(kind, Date) else datetime.fromisoformat(value)
    except ValueError:
        raise _bad(
            QT_TRANSLATE_NOOP("errors", "“{value}” is not a date or time in ISO 8601."), value=value[:40]
        ) from None
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise _bad(
            QT_TRANSLATE_NOOP("errors", "the year {year} is outside {first}–{last}."),
            year=parsed.year,
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )
    if isinstance(kind, UTCDateTime):
        assert isinstance(parsed, datetime)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return parsed


def _check_meaning(table: str, number: int, values: dict[str, Any]) -> dict[str, Any]:
    """The rules a person meets in the dialogs, for the tables they fill in; derived columns are recomputed."""
    try:
        if table == "events":
            return _event(values)
        if table == "goals":
            validate_goal(GoalInput(**_pick(values, GoalInput, "title", "kind", "area", "target", "unit",
                                             "linked_event_kind", "remind_at", "notes")))  # fmt: skip
        elif table == "journal_entries":
            fields = _pick(values, JournalInput, "day", "mood", "craving", "hungry", "angry", "lonely", "tired",
                           "gratitude", "text", "kind", "rating")  # fmt: skip
            validate_entry(JournalInput(**fields), NO_FUTURE_CHECK)
        elif table == "contacts":
            validate_contact(ContactInput(**_pick(values, ContactInput, "name", "role", "phone", "email",
                                                   "best_times", "notes", "pinned")))  # fmt: skip
        elif table == "settings":
            check_setting(str(values.get("key")), json.loads(values.get("value") or "null"))
        elif table == "meeting_lists":
            _meeting_list(values)
        elif table == "meeting_links":
            checked_stored_meeting(json.loads(values.get("snapshot") or "null"))
    except ValidationError as error:
        raise ImportProblem(table, number, error.field, error) from None
    except (TypeError, ValueError) as exc:
        raise ImportProblem(
            table, number, None, QT_TRANSLATE_NOOP("errors", "is not valid ({reason})."), reason=_said(exc)
        ) from None
    return values


def _meeting_list(values: dict[str, Any]) -> None:
    """A kept meeting list: its meetings as we store them, their count, and its problems as a list of texts."""
    meetings = json.loads(values.get("meetings") or "null")
    if not isinstance(meetings, list):
        raise ValueError(Words(QT_TRANSLATE_NOOP("errors", "its meetings should be a list")))
    slugs = {checked_stored_meeting(item).slug for item in meetings}
    if len(slugs) != len(meetings) or values.get("count") != len(meetings):
        raise ValueError(
            Words(QT_TRANSLATE_NOOP("errors", "its meetings do not match their count, or an id is used twice"))
        )
    problems = json.loads(values.get("problems") or "[]")
    if not isinstance(problems, list) or not all(_kept_words(p) for p in problems):
        raise ValueError(Words(QT_TRANSLATE_NOOP("errors", "its problems should be a list of texts")))


def _kept_words(value: Any) -> bool:
    """A problem as a kept list stores it: a text, or one kept with its template (``stored_words``)."""
    if isinstance(value, str):
        return True
    if not (isinstance(value, dict) and isinstance(value.get("words"), str) and isinstance(value.get("params"), dict)):
        return False
    return all(isinstance(v, str | int | float) or _kept_words(v) for v in value["params"].values())


def _pick(values: dict[str, Any], input_type: type, *names: str) -> dict[str, Any]:
    """The named columns present in the row (the input type's defaults stand in for the rest)."""
    defaults = {name: getattr(input_type, name) for name in names if hasattr(input_type, name)}
    return {name: values[name] if values.get(name) is not None else defaults.get(name) for name in names}


def _event(values: dict[str, Any]) -> dict[str, Any]:
    if "start_local" not in values or "end_local" not in values or "tz" not in values:
        raise ValidationError("start", QT_TRANSLATE_NOOP("errors", "An event needs its start, end and time zone."))
    clean = validate_event(
        EventInput(
            title=values.get("title") or "",
            start=values["start_local"],
            end=values["end_local"],
            tz=values["tz"],
            kind=values.get("kind") or "other",
            all_day=bool(values.get("all_day")),
            rrule=values.get("rrule"),
            fellowship=values.get("fellowship"),
            location=values.get("location"),
            online_url=values.get("online_url"),
            notes=values.get("notes") or "",
            uid=values.get("uid"),
            rdates=parse_rdates(values.get("rdates")),
        )
    )
    from recoverybox.core.calendar.events import CalendarService
    from recoverybox.core.storage.models import Event

    derived = Event()
    CalendarService._apply(derived, clean)  # the same columns a person's own edit would store
    for name in ("title", "kind", "tz", "all_day", "start_local", "end_local", "start_utc", "end_utc", "rrule",
                 "rdates", "series_end_utc", "fellowship", "location", "online_url", "notes"):  # fmt: skip
        values[name] = getattr(derived, name)
    return values


def _said(exc: Exception) -> Words | str:
    """Why a row is not valid: the reason our checks gave (said in the person's language), else the exception's."""
    reason = exc.args[0] if exc.args else None
    return reason if isinstance(reason, Words) else str(exc)
