"""Dates, times and numbers for display, through QLocale."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, QTime

_CLOCK = {"format": "locale"}


def set_clock_format(name: str) -> None:
    """ "locale" (the default), "24h" or "12h"; applied to every time shown from now on."""
    _CLOCK["format"] = name


def time_text(moment: datetime) -> str:
    value = QTime(moment.hour, moment.minute)
    if _CLOCK["format"] == "24h":
        return value.toString("HH:mm")
    if _CLOCK["format"] == "12h":
        return QLocale().toString(value, "h:mm AP")
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)


def date_text(day: date, long: bool = False) -> str:
    """``27 Nov 2026``, or the locale's long form (which names the weekday) when ``long``."""
    qdate = QDate(day.year, day.month, day.day)
    if long:
        return QLocale().toString(qdate, QLocale.FormatType.LongFormat)
    return QLocale().toString(qdate, "d MMM yyyy")


def weekday_text(day: date) -> str:
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)


def number_text(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def week_range_text(monday: date, days: int = 7) -> str:
    """``23–29 Nov 2026``, or ``30 Nov – 6 Dec 2026`` across months (``days`` from ``monday``, any first day)."""
    sunday = monday + timedelta(days=days - 1)
    locale = QLocale()
    if monday.month == sunday.month:
        return f"{monday.day}–{sunday.day} {locale.toString(QDate(sunday.year, sunday.month, 1), 'MMM yyyy')}"
    first = locale.toString(QDate(monday.year, monday.month, monday.day), "d MMM")
    return f"{first} – {date_text(sunday)}"


def short_weekday(day: date) -> str:
    """``Mon`` in the person's language."""
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def month_title(day: date) -> str:
    """``November 2026`` in the person's language."""
    return QLocale().toString(QDate(day.year, day.month, 1), "MMMM yyyy")


def month_short(day: date) -> str:
    """``Nov`` in the person's language."""
    return QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)


def money_text(amount: float, currency: str = "") -> str:
    """``£11,187.50``: in the currency the person chose (a symbol or code), else their locale's own."""
    locale = QLocale()
    symbol = currency.strip() or locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    if not symbol:
        return number_text(amount, 2)
    if locale.language() == QLocale.Language.C:  # no real locale: the symbol first, as most readers expect
        return f"{symbol}{amount:,.2f}" if len(symbol) == 1 else f"{amount:,.2f} {symbol}"
    return locale.toCurrencyString(float(amount), symbol, 2)


def reminder_time_text(hhmm: str | None) -> str:
    """A stored ``"19:30"`` in the person's clock format; empty when there is none."""
    if not hhmm:
        return ""
    hour, minute = (int(part) for part in hhmm.split(":"))
    return time_text(datetime(2000, 1, 1, hour, minute))


def feed_day_name(day: int, short: bool = False) -> str:
    """A meeting list's day (0 Sunday … 6 Saturday, as the lists count) in the person's language."""
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().standaloneDayName(7 if day == 0 else day, form)


def meeting_type_name(code: str) -> str:
    """A meeting type's name in the person's language ("O" → "Open meeting (anyone welcome)"); a code no list
    of ours knows, as the feed wrote it."""
    from recoverybox.core.meetings.type_codes import type_name
    from recoverybox.i18n.qt import translate

    return translate("MeetingTypes", type_name(code))


def meeting_type_words(codes: tuple[str, ...] | list[str]) -> str:
    return ", ".join(meeting_type_name(code) for code in codes)
