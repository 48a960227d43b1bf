"""Dates and times as people type them, read strictly: a value is accepted as typed or refused with a reason,
never quietly turned into another one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time

from dateutil import parser as date_parser

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.validation import ValidationError

FIRST_YEAR, LAST_YEAR = 1900, 2200
_TIME = re.compile(r"^\s*(\d{1,2})(?:\s*[:.h]\s*(\d{2})|(\d{2}))?\s*(a\.?m?\.?|p\.?m?\.?)?\s*$", re.IGNORECASE)
_SENTINELS = (date(2001, 2, 3), date(2004, 5, 6))


def parse_typed_date(
    text: str,
    day_first: bool = True,
    latest: date | None = None,
    field: str = "date",
    month_names: Sequence[Sequence[str]] = (),
) -> date:
    """``15 Mar 2026``, ``2026-03-15``, ``15/03/2026`` (``03/15/2026`` where months come first), ``15 March``
    (this year); with ``month_names`` (each month's names in the person's language) also ``15 März 2026`` and
    ``15 de marzo de 2026``. Raises ``ValidationError`` for anything it cannot read whole, or after ``latest``."""
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Type a date, for example 15 Mar 2026."))
    try:
        # Read twice with different fill-ins: a part that changes was missing from what was typed.
        first, second = (
            date_parser.parse(cleaned, _names(month_names), dayfirst=day_first, default=_as_datetime(d)).date()
            for d in _SENTINELS
        )
    except (ValueError, OverflowError, date_parser.ParserError):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "“{cleaned}” isn't a date I can read. Try 15 Mar 2026."), cleaned=cleaned
        ) from None
    if first.day != second.day or first.month != second.month:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "“{cleaned}” needs a day and a month, for example 15 Mar 2026."),
            cleaned=cleaned,
        )
    if first.year != second.year:  # no year typed: this one
        first = first.replace(year=(latest or date.today()).year) if _valid_in_year(first, latest) else first
    if not FIRST_YEAR <= first.year <= LAST_YEAR:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "Choose a year between {first_year} and {last_year}."),
            first_year=FIRST_YEAR,
            last_year=LAST_YEAR,
        )
    if latest is not None and first > latest:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "That date is still to come. Choose today or a day before.")
        )
    return first


def _names(month_names: Sequence[Sequence[str]]) -> date_parser.parserinfo | None:
    """dateutil's English month names with the person's own added (and "de", as in "15 de marzo de 2026")."""
    if not month_names:
        return None
    english = date_parser.parserinfo.MONTHS
    merged = [
        tuple(dict.fromkeys((*own, *(name.strip(".").lower() for name in local if name.strip(".")))))
        for own, local in zip(english, month_names, strict=True)
    ]

    class Names(date_parser.parserinfo):
        MONTHS = merged
        JUMP = [*date_parser.parserinfo.JUMP, "de"]  # noqa: RUF012

    return Names()


def _as_datetime(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def _valid_in_year(day: date, latest: date | None) -> bool:
    year = (latest or date.today()).year
    try:
        day.replace(year=year)
    except ValueError:  # 29 February in a year without one
        return False
    return True


def parse_typed_time(text: str, field: str = "time") -> time:
    """``19:30``, ``1930``, ``7:30 pm``, ``7pm``, ``7.30``, ``19h30``, ``7``. Raises ``ValidationError``
    for anything else (never rounds to the hour)."""
    match = _TIME.match(text)
    if not match:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "“{text}” isn't a time I can read. Try 19:30 or 7:30 pm."),
            text=text.strip(),
        )
    hour_text, minutes_a, minutes_b, half = match.groups()
    minutes = int(minutes_a or minutes_b or 0)
    hour = int(hour_text)
    if half:
        if not 1 <= hour <= 12:
            raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "With am or pm, the hour goes from 1 to 12."))
        hour = hour % 12 + (12 if half.lower().startswith("p") else 0)
    if hour > 23 or minutes > 59:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "“{text}” isn't a time of day. Try 19:30 or 7:30 pm."), text=text.strip()
        )
    return time(hour, minutes)
