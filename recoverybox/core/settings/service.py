"""Typed settings, declared once (name, type, default) and read through one service."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from recoverybox.core.base.changes import Area, Changes
from recoverybox.core.base.validation import ValidationError, check_zone, parse_hhmm
from recoverybox.core.storage.columns import EVENT_KINDS
from recoverybox.core.storage.db import Database
from recoverybox.core.storage.models import Setting


@dataclass(frozen=True)
class Option:
    """One setting: its key, Python type and default."""

    key: str
    type: type
    default: Any
    label: str


OPTIONS: dict[str, Option] = {
    opt.key: opt
    for opt in (
        Option("timezone", str, "", "Time zone (empty: the system's)"),
        Option("week_start", int, 0, "First day of the week (0 Monday, 6 Sunday)"),
        Option("day_start_hour", int, 7, "First hour shown in the week view"),
        Option("morning_reminder", str, "08:00", "Morning reflection time"),
        Option("evening_reminder", str, "21:00", "Evening check-in time"),
        Option("default_offsets", list, [60], "Default reminder offsets (minutes) for new events"),
        Option("quiet_start", str, "", "Quiet hours start"),
        Option("quiet_end", str, "", "Quiet hours end"),
        Option("theme", str, "system", "Theme"),
        Option("crisis_line", str, "", "Crisis line (your local number)"),
        Option("emergency_number", str, "", "Emergency number (empty: 112)"),
        Option("first_run_done", bool, False, "First-run setup finished"),
        Option("first_run_page", int, 0, "First-run setup: the page to resume on"),
        Option("programs", list, [], "Support programs followed"),
        Option("remind_events", bool, True, "Remind me before events"),
        Option("remind_morning", bool, True, "Morning reflection and pledge reminder"),
        Option("remind_evening", bool, True, "Evening check-in reminder"),
        Option("remind_goals", bool, True, "Goal nudges"),
        Option("remind_milestones", bool, True, "Milestone celebrations"),
        Option("last_seen_utc", str, "", "When the app last ran (for missed reminders)"),
        Option("tray_explained", bool, False, "The keep-running-in-tray note was shown"),
        Option("clock_format", str, "locale", "Clock (locale, 24h or 12h)"),
        Option("backup_daily", int, 7, "Daily backups to keep"),
        Option("backup_weekly", int, 4, "Weekly backups to keep"),
        Option("start_at_login", bool, False, "Start at login, without a window, so reminders arrive"),
        Option("keep_running_on_close", str, "ask", "When the window is closed (with no tray)"),
        Option("notify_with", str, "desktop", "Show reminders as desktop notifications or in our pop-up"),
        Option("currency", str, "", "Currency for money saved (a symbol or code; empty: the system's)"),
        Option("lock_after_minutes", int, 10, "Lock after this many minutes without use (0: never)"),
        Option("last_event_kind", str, "meeting", "The kind a new event starts as (the last one saved)"),
    )
}


CHOICES = {
    "theme": ("system", "light", "dark", "high_contrast"),
    "clock_format": ("locale", "24h", "12h"),
    "week_start": (0, 6),
    "keep_running_on_close": ("ask", "yes", "no"),
    "notify_with": ("desktop", "popup"),
    "last_event_kind": EVENT_KINDS,
}
RANGES = {"day_start_hour": (0, 20), "backup_daily": (1, 60), "backup_weekly": (0, 52), "lock_after_minutes": (0, 240)}
TIME_KEYS = ("morning_reminder", "evening_reminder", "quiet_start", "quiet_end")
OPTIONAL_TIME_KEYS = ("quiet_start", "quiet_end")


def _has_type(value: Any, kind: type) -> bool:
    """``isinstance`` without narrowing ``value`` (a bool is not an int here)."""
    return isinstance(value, kind) and not (kind is int and isinstance(value, bool))


def check_setting(key: str, value: Any) -> None:
    """Raise ``ValidationError`` unless ``value`` is allowed for setting ``key`` (from the dialog or a file)."""
    if key not in OPTIONS:
        raise ValidationError(key, "Unknown setting.")
    option = OPTIONS[key]
    if not _has_type(value, option.type):
        raise ValidationError(key, f"{option.label} must be a {option.type.__name__}.")
    if key == "timezone" and value:
        check_zone(value, key)
    if key in TIME_KEYS and (value or key not in OPTIONAL_TIME_KEYS):
        parse_hhmm(value, key)
    choices = CHOICES.get(key)
    if choices is not None and value not in choices:
        raise ValidationError(key, f"{option.label}: choose one of {', '.join(map(str, choices))}.")
    if key in RANGES and not RANGES[key][0] <= value <= RANGES[key][1]:
        raise ValidationError(key, f"{option.label} must be from {RANGES[key][0]} to {RANGES[key][1]}.")
    if key == "crisis_line" and len(value) > 200:
        raise ValidationError(key, "Please keep the crisis line under 200 characters.")
    if key == "emergency_number" and not re.fullmatch(r"\+?[0-9][0-9 ]{0,19}|", value.strip()):
        raise ValidationError(key, "The emergency number can only hold digits (and spaces), like 999 or 112.")
    if key == "default_offsets" and not all(
        isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 7 * 24 * 60 for v in value
    ):
        raise ValidationError(key, "Reminder offsets must be minutes from 0 to 7 days.")


class SettingsService:
    """Read and write typed settings stored as JSON in the ``settings`` table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        with self._db.reading() as session:
            row = session.get(Setting, key)
        return self._decode(option, None if row is None else row.value)

    def set(self, key: str, value: Any) -> Changes:
        return self.set_many({key: value})

    def set_many(self, values: dict[str, Any]) -> Changes:
        """Validate every value first, then store them all in one transaction."""
        for key, value in values.items():
            check_setting(key, value)
        with self._db.transaction() as session:
            for key, value in values.items():
                session.merge(Setting(key=key, value=json.dumps(value)))
        return Changes.of(Area.SETTINGS, keys=values)

    def all(self) -> dict[str, Any]:
        """Every setting, typed, read in one query."""
        with self._db.reading() as session:
            stored = {row.key: row.value for row in session.query(Setting)}
        return {key: self._decode(option, stored.get(key)) for key, option in OPTIONS.items()}

    @staticmethod
    def _decode(option: Option, text: str | None) -> Any:
        if text is None:
            return option.default
        try:
            value = json.loads(text)
        except ValueError:
            return option.default
        if option.type is int and isinstance(value, bool):
            return option.default
        return value if isinstance(value, option.type) else option.default
