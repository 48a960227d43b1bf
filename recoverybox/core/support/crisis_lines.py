"""The shipped table of national crisis lines and emergency numbers (``resources/crisis_lines.json``): a
suggestion for the person's country at setup, and the emergency number the help window always shows."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from recoverybox.resources import resource_path

FIELDS = ("country", "name", "emergency", "line_name", "line_number", "zones", "sources", "checked")


@dataclass(frozen=True)
class CrisisRow:
    """One country: its emergency number, a national crisis line, where both were read and when."""

    country: str  # ISO 3166-1 alpha-2
    name: str
    emergency: str
    line_name: str
    line_number: str
    zones: tuple[str, ...]  # IANA zones (or a "Region/" prefix) that point to this country
    sources: tuple[str, ...]
    checked: str  # ISO date

    @property
    def line(self) -> str:
        """The crisis line as the settings keep it: its name and number."""
        return f"{self.line_name} {self.line_number}"


@cache
def table() -> tuple[tuple[CrisisRow, ...], str]:
    """(rows, the emergency number for a country not in the table)."""
    data = json.loads(resource_path("crisis_lines.json").read_text(encoding="utf-8"))
    rows = tuple(
        CrisisRow(
            country=str(row["country"]),
            name=str(row["name"]),
            emergency=str(row["emergency"]),
            line_name=str(row["line_name"]),
            line_number=str(row["line_number"]),
            zones=tuple(str(zone) for zone in row["zones"]),
            sources=tuple(str(source) for source in row["sources"]),
            checked=str(row["checked"]),
        )
        for row in data["rows"]
    )
    return rows, str(data["fallback_emergency"])


def suggest(country: str | None, zone: str | None) -> CrisisRow | None:
    """The row for ``country`` (from the system's locale), else the one whose zones hold ``zone``."""
    rows, _fallback = table()
    for row in rows:
        if country and row.country == country.upper():
            return row
    for row in rows:
        if zone and any(zone == name or (name.endswith("/") and zone.startswith(name)) for name in row.zones):
            return row
    return None


def emergency_number(chosen: str) -> str:
    """What the help window shows as the last line: the person's emergency number, or 112 (which GSM phones
    put through to the local emergency service in most countries)."""
    return chosen.strip() or table()[1]
