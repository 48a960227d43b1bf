"""Every setting, declared once (after qutebrowser's ``configdata.yml`` and Picard's options): its type and
default (the field of ``Settings``), the words for it, its choices or range, any further rule, the Settings
page that shows it, what in the app follows a change of it, and whether the lock page needs it.

Everything else is made from this table: the checks (``check_setting``), the typed values (``Settings``, read
in one query), what a change re-applies (``affected``), the copy the lock page keeps (``LOCK_PAGE_KEYS``).
"""

from __future__ import annotations

import builtins
import re
import typing
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields
from typing import Any

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.validation import ValidationError, check_zone, parse_hhmm
from recoverybox.core.storage.columns import EVENT_KINDS
from recoverybox.i18n import LANGUAGES

# What follows a change of a setting (``Option.affects``); the window applies only what a change touches.
VIEWS = "views"  # views redraw
REMINDERS = "reminders"  # reminders are worked out again
THEME = "theme"  # colours and icons
CLOCK = "clock"  # how times are written
ZONE = "zone"  # the person's zone (and so "today")
AUTOSTART = "autostart"  # the login entry
LOCK = "lock"  # the idle lock
LANGUAGE = "language"  # the words and formats: at the next start (translators are installed before any window)


def _time(key: str, value: Any) -> None:
    parse_hhmm(value, key)


def _optional_time(key: str, value: Any) -> None:
    if value:
        parse_hhmm(value, key)


def _zone(key: str, value: Any) -> None:
    if value:
        check_zone(value, key)


def _crisis_line(key: str, value: Any) -> None:
    if len(value) > 200:
        raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "Please keep the crisis line under 200 characters."))


def _emergency_number(key: str, value: Any) -> None:
    if not re.fullmatch(r"\+?[0-9][0-9 ]{0,19}|", value.strip()):
        raise ValidationError(
            key,
            QT_TRANSLATE_NOOP(
                "errors",
                "The emergency number can only hold digits (and spaces), like 999 or 112.",
            ),
        )


def _offsets(key: str, value: Any) -> None:
    if not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 7 * 24 * 60 for v in value):
        raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "Reminder offsets must be minutes from 0 to 7 days."))


def option(
    default: Any,
    label: str,
    *,
    page: str | None = None,
    choices: dict[Any, str] | None = None,
    bounds: tuple[int, int] | None = None,
    rule: Callable[[str, Any], None] | None = None,
    affects: tuple[str, ...] = (),
    lock_page: bool = False,
) -> Any:
    """One field of ``Settings`` with what the rest of the app needs to know about it: ``label``, the words on its
    page; ``choices``, each allowed value with its words; ``bounds``, an int's range; ``rule``, a further check;
    ``affects``, what follows a change; ``lock_page``, kept for the lock page too. ``page`` None: the app
    remembers it for the person (where they left off, a note shown once); no Settings page shows it."""
    meta = {
        "label": label,
        "page": page,
        "choices": choices,
        "bounds": bounds,
        "rule": rule,
        "affects": frozenset(affects),
        "lock_page": lock_page,
    }
    if isinstance(default, list):
        return field(default_factory=lambda: list(default), metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class Settings:
    """Every setting, typed (``services.settings.read().week_start`` is an int), in the order its page shows it.
    A label's "&" marks the Alt letter on its page."""

    # Reminders
    remind_events: bool = option(
        True,
        QT_TRANSLATE_NOOP("settings", "Before events (meetings, therapy, self-care)"),
        page="reminders",
        affects=(REMINDERS,),
    )
    remind_morning: bool = option(
        True, QT_TRANSLATE_NOOP("settings", "Morning reflection and pledge"), page="reminders", affects=(REMINDERS,)
    )
    remind_evening: bool = option(
        True, QT_TRANSLATE_NOOP("settings", "Evening check-in"), page="reminders", affects=(REMINDERS,)
    )
    remind_goals: bool = option(
        True, QT_TRANSLATE_NOOP("settings", "Goal nudges (“if not done by …”)"), page="reminders", affects=(REMINDERS,)
    )
    remind_milestones: bool = option(
        True, QT_TRANSLATE_NOOP("settings", "Milestone celebrations"), page="reminders", affects=(REMINDERS,)
    )
    morning_reminder: str = option(
        "08:00",
        QT_TRANSLATE_NOOP("settings", "&Morning reminder at"),
        page="reminders",
        rule=_time,
        affects=(REMINDERS,),
    )
    evening_reminder: str = option(
        "21:00",
        QT_TRANSLATE_NOOP("settings", "&Evening check-in at"),
        page="reminders",
        rule=_time,
        affects=(REMINDERS,),
    )
    quiet_start: str = option(
        "",
        QT_TRANSLATE_NOOP("settings", "Quiet hours start"),
        page="reminders",
        rule=_optional_time,
        affects=(REMINDERS,),
    )
    quiet_end: str = option(
        "",
        QT_TRANSLATE_NOOP("settings", "Quiet hours end"),
        page="reminders",
        rule=_optional_time,
        affects=(REMINDERS,),
    )
    default_offsets: list[int] = option(
        [60], QT_TRANSLATE_NOOP("settings", "&New events remind me"), page="reminders", rule=_offsets
    )
    # In the background
    notify_with: str = option(
        "desktop",
        QT_TRANSLATE_NOOP("settings", "Show reminders &as"),
        page="background",
        choices={
            "desktop": QT_TRANSLATE_NOOP("settings", "The desktop's notifications, where there are any"),
            "popup": QT_TRANSLATE_NOOP("settings", "RecoveryBox's own pop-up window"),
        },
        affects=(REMINDERS,),
    )
    start_at_login: bool = option(
        False,
        QT_TRANSLATE_NOOP("settings", "Start RecoveryBox when I &log in (no window, just reminders)"),
        page="background",
        affects=(AUTOSTART,),
    )
    keep_running_on_close: str = option(
        "ask",
        QT_TRANSLATE_NOOP("settings", "When I close the &window"),
        page="background",
        choices={
            "ask": QT_TRANSLATE_NOOP("settings", "Ask me"),
            "yes": QT_TRANSLATE_NOOP("settings", "Keep reminders running in the background"),
            "no": QT_TRANSLATE_NOOP("settings", "Quit RecoveryBox"),
        },
    )
    # Calendar and look
    week_start: int = option(
        0,
        QT_TRANSLATE_NOOP("settings", "&Week starts on"),
        page="look",
        choices={0: QT_TRANSLATE_NOOP("settings", "Monday"), 6: QT_TRANSLATE_NOOP("settings", "Sunday")},
        affects=(VIEWS,),
    )
    day_start_hour: int = option(
        7, QT_TRANSLATE_NOOP("settings", "&First hour shown"), page="look", bounds=(0, 20), affects=(VIEWS,)
    )
    clock_format: str = option(
        "locale",
        QT_TRANSLATE_NOOP("settings", "Cloc&k"),
        page="look",
        choices={
            "locale": QT_TRANSLATE_NOOP("settings", "Follow my language settings"),
            "24h": QT_TRANSLATE_NOOP("settings", "24-hour (18:30)"),
            "12h": QT_TRANSLATE_NOOP("settings", "12-hour (6:30 PM)"),
        },
        affects=(CLOCK, VIEWS),
    )
    theme: str = option(
        "system",
        QT_TRANSLATE_NOOP("settings", "&Theme"),
        page="look",
        choices={
            "system": QT_TRANSLATE_NOOP("settings", "Follow the system"),
            "light": QT_TRANSLATE_NOOP("settings", "Light"),
            "dark": QT_TRANSLATE_NOOP("settings", "Dark"),
            "high_contrast": QT_TRANSLATE_NOOP("settings", "High contrast"),
        },
        affects=(THEME, VIEWS),
        lock_page=True,
    )
    language: str = option(
        "system",
        QT_TRANSLATE_NOOP("settings", "&Language"),
        page="look",
        # Each language named in itself, never translated: a person looking for theirs reads it that way.
        choices={"system": QT_TRANSLATE_NOOP("settings", "Follow the system"), **LANGUAGES},
        affects=(LANGUAGE,),
        lock_page=True,
    )
    currency: str = option("", QT_TRANSLATE_NOOP("settings", "C&urrency"), page="look", affects=(VIEWS,))
    # Safety and data
    crisis_line: str = option(
        "",
        QT_TRANSLATE_NOOP("settings", "Crisis line"),
        page="safety",
        rule=_crisis_line,
        affects=(VIEWS,),
        lock_page=True,
    )
    emergency_number: str = option(
        "",
        QT_TRANSLATE_NOOP("settings", "Emergency number"),
        page="safety",
        rule=_emergency_number,
        affects=(VIEWS,),
        lock_page=True,
    )
    backup_daily: int = option(7, QT_TRANSLATE_NOOP("settings", "Keep &daily backups"), page="safety", bounds=(1, 60))
    backup_weekly: int = option(4, QT_TRANSLATE_NOOP("settings", "Keep wee&kly backups"), page="safety", bounds=(0, 52))
    # Privacy
    lock_after_minutes: int = option(
        10, QT_TRANSLATE_NOOP("settings", "&Lock after, unused"), page="privacy", bounds=(0, 240), affects=(LOCK,)
    )
    # Remembered for the person (no page)
    timezone: str = option("", "Time zone (empty: the system's)", rule=_zone, affects=(ZONE, VIEWS, REMINDERS))
    first_run_done: bool = option(False, "First-run setup finished")
    first_run_page: int = option(0, "First-run setup: the page to resume on")
    programs: list[str] = option([], "Support programs followed", affects=(VIEWS,))
    last_seen_utc: str = option("", "When the app last ran (for missed reminders)")
    tray_explained: bool = option(False, "The keep-running-in-tray note was shown")
    last_event_kind: str = option(
        "meeting", "The kind a new event starts as (the last one saved)", choices={k: k for k in EVENT_KINDS}
    )


@dataclass(frozen=True)
class Option:
    """One setting as the table above declares it."""

    key: str
    type: type
    item_type: builtins.type | None  # for a list: the type of its items
    default: Any
    label: str
    page: str | None
    choices: dict[Any, str] | None  # each allowed value, with its words
    bounds: tuple[int, int] | None
    rule: Callable[[str, Any], None] | None
    affects: frozenset[str]
    lock_page: bool


def _options() -> dict[str, Option]:
    hints = typing.get_type_hints(Settings)
    found = {}
    for declared in fields(Settings):
        kind = hints[declared.name]
        origin = typing.get_origin(kind) or kind
        items = typing.get_args(kind)
        default = declared.default_factory() if declared.default is MISSING else declared.default  # type: ignore[operator]
        found[declared.name] = Option(declared.name, origin, items[0] if items else None, default, **declared.metadata)
    return found


OPTIONS: dict[str, Option] = _options()
LOCK_PAGE_KEYS = tuple(key for key, declared in OPTIONS.items() if declared.lock_page)
PAGES = tuple(dict.fromkeys(declared.page for declared in OPTIONS.values() if declared.page))


def on_page(page: str) -> tuple[str, ...]:
    """The settings a page shows, in the table's order."""
    return tuple(key for key, declared in OPTIONS.items() if declared.page == page)


def is_time(key: str) -> bool:
    """Whether setting ``key`` is a time of day ("HH:MM"; empty allowed when optional)."""
    return OPTIONS[key].rule in (_time, _optional_time)


def _has_type(value: Any, kind: type) -> bool:
    """``isinstance`` without narrowing ``value`` (a bool is not an int here)."""
    return isinstance(value, kind) and not (kind is int and isinstance(value, bool))


def check_setting(key: str, value: Any) -> None:
    """Raise ``ValidationError`` unless ``value`` is allowed for setting ``key`` (from the dialog or a file)."""
    if key not in OPTIONS:
        raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "Unknown setting."))
    declared = OPTIONS[key]
    if not _has_type(value, declared.type):
        raise ValidationError(
            key,
            QT_TRANSLATE_NOOP("errors", "{label} must be a {name}."),
            label=declared.label.replace("&", ""),
            name=declared.type.__name__,
        )
    if declared.choices is not None and value not in declared.choices:
        raise ValidationError(
            key,
            QT_TRANSLATE_NOOP("errors", "{label}: choose one of {value}."),
            label=declared.label.replace("&", ""),
            value=", ".join(map(str, declared.choices)),
        )
    if declared.bounds is not None and not declared.bounds[0] <= value <= declared.bounds[1]:
        low, high = declared.bounds
        raise ValidationError(
            key,
            QT_TRANSLATE_NOOP("errors", "{label} must be from {low} to {high}."),
            label=declared.label.replace("&", ""),
            low=low,
            high=high,
        )
    if declared.rule is not None:
        declared.rule(key, value)


def affected(keys: typing.Iterable[str]) -> frozenset[str]:
    """What in the app follows a change of these settings (``VIEWS``, ``REMINDERS``, …)."""
    return frozenset().union(*(OPTIONS[key].affects for key in keys if key in OPTIONS))
