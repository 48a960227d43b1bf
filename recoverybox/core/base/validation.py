"""Errors a user can cause, named by field, with a message a person can read."""

from __future__ import annotations

import math
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, UserError

MAX_TITLE = 200
MAX_TEXT = 100_000


class ValidationError(UserError, ValueError):
    """Bad input from the user; ``field`` names the input it is about."""

    code = "invalid"

    def __init__(self, field: str, template: str, *, code: str | None = None, **params: Any) -> None:
        super().__init__(template, code=code, **params)
        self.field = field

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def clean_title(value: str | None, field: str = "title", max_len: int = MAX_TITLE) -> str:
    """Strip a required one-line title and check its length."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Please enter a name."))
    if len(text) > max_len:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "Please keep this under {limit} characters (it has {length})."),
            limit=max_len,
            length=len(text),
        )
    if any(ord(c) < 32 for c in text):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "Please use a single line without control characters.")
        )
    return text


def clean_text(value: str | None, field: str, max_len: int = MAX_TEXT) -> str:
    """Optional free text: kept as typed, only length-checked."""
    text = value or ""
    if len(text) > max_len:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "This text is too long ({length} characters; the limit is {limit})."),
            limit=max_len,
            length=len(text),
        )
    return text


def clean_optional_line(value: str | None, field: str, max_len: int = 500) -> str | None:
    """An optional single line (phone, address, link); empty becomes None."""
    text = (value or "").strip()
    if not text:
        return None
    if len(text) > max_len:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "Please keep this under {limit} characters."), limit=max_len
        )
    if any(ord(c) < 32 for c in text):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "Please use a single line without control characters.")
        )
    return text


def check_int_range(value: object, field: str, low: int, high: int, label: str) -> int:
    """An integer in ``[low, high]``; bools and floats with a fraction are refused."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or int(value) != value:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "{label} must be a whole number from {low} to {high}."),
            label=label,
            low=low,
            high=high,
        )
    number = int(value)
    if not low <= number <= high:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "{label} must be from {low} to {high} (got {number})."),
            label=label,
            low=low,
            high=high,
            number=number,
        )
    return number


def check_choice(value: str | None, field: str, choices: tuple[str, ...], label: str) -> str:
    if value not in choices:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "Please choose a {label} ({choices})."),
            label=label,
            choices=", ".join(choices),
        )
    return value


def check_zone(name: str | None, field: str = "tz") -> str:
    """An IANA zone name that zoneinfo knows."""
    if not name or not isinstance(name, str):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Please choose a time zone."))
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Unknown time zone “{name}”."), name=name) from None
    return name


def parse_hhmm(text: str, field: str) -> tuple[int, int]:
    """``"HH:MM"`` (24-hour) as a pair of ints."""
    hours, sep, minutes = text.partition(":")
    if not (sep and hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Please enter a time like 18:30."))
    if not (0 <= int(hours) <= 23 and 0 <= int(minutes) <= 59):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Please enter a time between 00:00 and 23:59."))
    return int(hours), int(minutes)
