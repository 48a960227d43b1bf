"""The user's IANA zone name, found without Qt."""

from __future__ import annotations

import contextlib
import os
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones


def system_zone_name() -> str:
    """Best guess at the system's IANA zone: $TZ, then /etc/timezone or /etc/localtime, else UTC."""
    candidates: list[str] = []
    if tz := os.environ.get("TZ", "").lstrip(":"):
        candidates.append(tz)
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text().strip())
    try:
        target = os.readlink("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return name
    return "UTC"


UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "UCT", "Universal", "Zulu"})
REGIONS = ("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific")


def offset_text(zone: ZoneInfo, at: datetime) -> str:
    """``UTC+1``, ``UTC-4``, ``UTC+5:30`` for the zone's offset at the wall time ``at``."""
    offset = at.replace(tzinfo=zone).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


@cache
def _place_zones() -> tuple[str, ...]:
    """The IANA names of places (Europe/London…), read from the zone database once a run."""
    return tuple(sorted(name for name in available_timezones() if name.split("/", 1)[0] in REGIONS))


def zone_choices(at: datetime, keep: str | None = None) -> list[tuple[str, str]]:
    """(label, IANA name) for every place zone, as ``London (UTC+0)``, sorted by label; a city shared by two
    regions names its region. ``keep`` (an event's own zone, perhaps an old alias) is always among them."""
    names = list(_place_zones())
    utc = keep if keep in UTC_NAMES else "UTC"
    names.append(utc)
    if keep and keep not in names:
        names.append(keep)
    cities: dict[str, int] = {}
    for name in names:
        city = name.rsplit("/", 1)[-1]
        cities[city] = cities.get(city, 0) + 1
    choices = []
    for name in names:
        city = name.rsplit("/", 1)[-1]
        words = city.replace("_", " ")
        if cities[city] > 1 and "/" in name:
            words += f", {name.split('/')[-2].replace('_', ' ')}"
        if name == utc:
            words = "UTC"
        elif name == keep and name.split("/", 1)[0] not in REGIONS:
            words = name  # an alias such as US/Eastern or Etc/GMT+5 is shown as it is written
        choices.append((f"{words} ({offset_text(ZoneInfo(name), at)})", name))
    return sorted(choices, key=lambda pair: pair[0].casefold())


def zone_label(name: str, at: datetime) -> str:
    """The label ``zone_choices`` gives ``name``."""
    for label, zone_name in zone_choices(at, keep=name):
        if zone_name == name:
            return label
    return name
