"""Settings declared once: every rule, typed value and consequence comes from the one table."""

from dataclasses import fields

import pytest

from recoverybox.core.base.changes import Area
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.settings import options
from recoverybox.core.settings.options import OPTIONS, Settings, affected, check_setting


def test_every_default_is_allowed_and_every_field_is_an_option():
    assert set(OPTIONS) == {declared.name for declared in fields(Settings)}
    for key, declared in OPTIONS.items():
        check_setting(key, declared.default)


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("week_start", 3, "choose one of 0, 6"),
        ("day_start_hour", 21, "from 0 to 20"),
        ("day_start_hour", True, "must be a int"),
        ("morning_reminder", "", "morning_reminder"),
        ("timezone", "Mars/Olympus", "timezone"),
        ("emergency_number", "call 911", "digits"),
        ("default_offsets", [60, -5], "0 to 7 days"),
        ("no_such_setting", 1, "Unknown setting"),
    ],
)
def test_a_value_outside_the_declaration_is_refused(key, value, words):
    with pytest.raises(ValidationError) as refused:
        check_setting(key, value)
    assert words in str(refused.value)


def test_read_gives_typed_values_and_what_a_change_means(services):
    services.settings.set_many({"week_start": 6, "clock_format": "24h"})
    values = services.settings.read()
    assert isinstance(values, Settings) and values.week_start == 6 and values.clock_format == "24h"
    assert values.default_offsets == [60] and values.default_offsets is not OPTIONS["default_offsets"].default
    assert affected({"theme"}) == {options.THEME, options.VIEWS}
    assert affected({"backup_daily"}) == frozenset()
    assert options.REMINDERS in affected({"quiet_start", "crisis_line"})
    assert options.LOCK_PAGE_KEYS == ("theme", "language", "crisis_line", "emergency_number")


def test_a_setting_only_the_app_remembers_announces_no_change(services):
    remembered = services.settings.set("tray_explained", True)
    assert not remembered and remembered.keys == {"tray_explained"}
    shown = services.settings.set("theme", "dark")
    assert shown.areas == {Area.SETTINGS} and shown.keys == {"theme"}
