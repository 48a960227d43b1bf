"""The shipped crisis-number table: every row sourced and dated, numbers that can be dialled, one row a country."""

import re
from datetime import date

from recoverybox.core.support.crisis_lines import FIELDS, emergency_number, suggest, table
from recoverybox.resources import resource_path

DIALLABLE = re.compile(r"^\+?\d[\d ]*\d$|^\d+$")


def test_every_row_has_a_source_a_checked_date_and_diallable_numbers():
    import json

    raw = json.loads(resource_path("crisis_lines.json").read_text(encoding="utf-8"))
    assert raw["fallback_emergency"] == "112"
    assert raw["rows"], "the table is not empty"
    countries = set()
    for row in raw["rows"]:
        assert set(row) == set(FIELDS), row.get("country")
        assert re.fullmatch(r"[A-Z]{2}", row["country"]) and row["country"] not in countries
        countries.add(row["country"])
        assert DIALLABLE.match(row["emergency"]) and DIALLABLE.match(row["line_number"]), row["country"]
        assert row["line_name"].strip() and row["name"].strip()
        assert row["sources"] and all(s.startswith(("https://", "http://")) for s in row["sources"])
        checked = date.fromisoformat(row["checked"])
        assert date(2026, 1, 1) <= checked <= date.today(), "checked on a real day, not in the future"
        assert row["zones"] and all("/" in zone for zone in row["zones"])


def test_a_suggestion_comes_from_the_locale_or_else_the_zone():
    rows, fallback = table()
    assert suggest("gb", None).line == "Samaritans 116 123"
    assert suggest(None, "Australia/Perth").emergency == "000"
    assert suggest("US", "Europe/London").country == "US", "the locale's country first"
    assert suggest(None, "Asia/Tokyo") is None
    assert emergency_number("") == fallback == "112" and emergency_number(" 999 ") == "999"
    assert len({row.country for row in rows}) == len(rows)


def test_an_emergency_number_is_digits(services):
    import pytest

    from recoverybox.core.base.validation import ValidationError

    for good in ("999", "112", "000", "+1 911", ""):
        services.settings.set("emergency_number", good)
    for bad in ("call 999", "nine nine nine", "9" * 30):
        with pytest.raises(ValidationError, match="only hold digits"):
            services.settings.set("emergency_number", bad)
