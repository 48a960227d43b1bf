"""Time zones named in a calendar file, as the IANA zones RecoveryBox stores.

A TZID is an IANA name, a Windows zone ID or display name (Outlook: "AUS Eastern Standard Time",
"(UTC-05:00) Eastern Time (US & Canada)"), an old Thunderbird path ending in an IANA name, or a name of the
file's own with its rules in a VTIMEZONE (``/Europe/CUSTOM``, Lotus and Exchange write these). For a zone the
file defines, the zone whose clock changes are the same over the years the file defines around the event is
used: its occurrences then keep their wall-clock time across DST changes as the file's zone says. Of several
such zones, the one the TZID names (by a city in it) comes first, then the most widely used. A zone no IANA zone
matches exactly is kept as the closest one: the same offset at the event, the fewest differences after.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from recoverybox.resources import resource_path

MATCH_YEARS_BEFORE, MATCH_YEARS_AFTER = 1, 10  # the years around an event whose clock changes must agree
_matched: dict[tuple[object, ...], ZoneMatch | None] = {}


@dataclass(frozen=True)
class ZoneMatch:
    """The IANA zone kept for a zone a file defines; ``exact``: the same offsets at every probed moment."""

    name: str
    exact: bool


def is_zone(name: str) -> bool:
    """Whether ``name`` is an IANA zone this machine knows (never a path)."""
    if not name or "\\" in name or ".." in name or name.startswith("/"):
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def zone_by_name(tzid: str | None) -> str | None:
    """The IANA zone a TZID names by itself (IANA, Windows, or a path ending in an IANA name), else None."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    if not tzid:
        return None
    tzid = str(tzid).strip().strip('"')
    if tzid.upper() in ("UTC", "Z", "GMT"):
        return "UTC"
    if is_zone(tzid):
        return tzid
    if tzid in WINDOWS_TO_OLSON:
        return str(WINDOWS_TO_OLSON[tzid])
    parts = tzid.split("/")  # e.g. "/mozilla.org/20050126_1/Europe/London" from old Thunderbird
    for cut in range(1, len(parts)):
        candidate = "/".join(parts[cut:])
        if is_zone(candidate):
            return candidate
    return display_name_zone(tzid)


_PREFIX = re.compile(r"^\(\s*(?:UTC|GMT)\s*(?:([+-])(\d{1,2}):?(\d{2}))?\s*\)\s*", re.IGNORECASE)


def display_name_zone(tzid: str) -> str | None:
    """The IANA zone of a Windows display name as Outlook writes it in a TZID, with or without its
    "(UTC+hh:mm)" or older "(GMT+hh:mm)" prefix, current or older ("Pacific Time (US & Canada); Tijuana"), whole
    or cut short ("Amsterdam, Belgrade, Berlin, …"): the known name sharing the most places with it, at the
    prefix's offset when it has one; else a zone whose city it names at that offset."""
    prefix = _PREFIX.match(tzid)
    offset = None
    if prefix and prefix.group(1):
        sign = -1 if prefix.group(1) == "-" else 1
        offset = sign * timedelta(hours=int(prefix.group(2)), minutes=int(prefix.group(3)))
    elif prefix:
        offset = timedelta(0)
    rest = tzid[prefix.end() :] if prefix else tzid
    wanted = _places(rest)
    if not wanted:
        return None
    names = _display_names()
    if rest.strip() in names:
        return names[rest.strip()]
    best, rank = None, (0, False)
    for text, zone in names.items():
        if offset is not None and _standard_offset(zone) != offset:
            continue
        count = len(wanted & _places(text))
        if count and (count, zone in _primary_zones()) > rank:  # a tie: the zone of a current Windows ID
            best, rank = zone, (count, zone in _primary_zones())
    if best is not None:
        return best
    if offset is None and not prefix:
        return None  # a bare word that names no Windows zone: not enough to say where it is
    for name in sorted(_all_zones()):
        city = name.rsplit("/", 1)[-1].replace("_", " ").lower()
        if city in wanted and (offset is None or _standard_offset(name) == offset):
            return name
    return None


def _places(text: str) -> frozenset[str]:
    """The places a display name lists, lower case, without "Standard"/"Daylight" and a trailing "…"."""
    text = re.sub(r"\b(standard|daylight)\s+", "", text.lower())
    return frozenset(part.strip(" .…") for part in re.split(r"[,;]", text) if part.strip(" .…"))


@cache
def _display_names() -> dict[str, str]:
    with resource_path("windows_zone_names.json").open(encoding="utf-8") as handle:
        names: dict[str, str] = json.load(handle)["names"]
    return {text: zone for text, zone in names.items() if is_zone(zone)}


@cache
def _primary_zones() -> frozenset[str]:
    """The main IANA zone of each Windows zone ID (CLDR's "001" mapping): the most widely used of each."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return frozenset(str(zone) for zone in WINDOWS_TO_OLSON.values() if is_zone(str(zone)))


@cache
def _standard_offset(name: str) -> timedelta | None:
    """The zone's offset in January and July this side of 2030, the smaller of the two (its standard time,
    north or south)."""
    zone = ZoneInfo(name)
    offsets = [datetime(2026, month, 1, tzinfo=UTC).astimezone(zone).utcoffset() for month in (1, 7)]
    known = [offset for offset in offsets if offset is not None]
    return min(known) if known else None


def zone_of(value: datetime, tzid: str | None) -> str | None:
    """The IANA zone of an aware value as icalendar read it (its own key, or UTC); None for a zone the file
    defines."""
    key = getattr(value.tzinfo, "key", None)
    if isinstance(key, str) and is_zone(key):
        return key
    if value.utcoffset() == timedelta(0) and (tzid is None or str(tzid).upper() in ("UTC", "Z", "GMT")):
        return "UTC"
    return None  # a zone the file defines: ``matching_zone`` checks its rules, the zone its TZID names first


def matching_zone(
    zone: tzinfo, tzid: str, near: datetime, preferred: str, defined_from: datetime | None = None
) -> ZoneMatch | None:
    """The IANA zone with the same UTC offsets as ``zone`` (a VTIMEZONE of the file's own) at every moment from
    a year before ``near`` (or from when the file's definition starts, ``defined_from``, if later) to ten after,
    clock changes to the minute. Of several, the one the TZID names first, then ``preferred`` (the person's
    zone), then the most widely used. When none agrees everywhere: the closest (the same offset at ``near``,
    then the fewest moments that differ), not exact. None only when no zone is known at all."""
    first = datetime(max(near.year - MATCH_YEARS_BEFORE, 1901), 1, 1, tzinfo=UTC)
    if defined_from is not None:
        first = max(first, defined_from.replace(tzinfo=UTC) + timedelta(days=1))
    last = datetime(min(max(near.year, first.year) + MATCH_YEARS_AFTER, 2199), 1, 1, tzinfo=UTC)
    weekly = [first + timedelta(weeks=n) for n in range((last - first) // timedelta(weeks=1))]
    offsets = [_offset(zone, moment) for moment in weekly]
    changes = [
        _change_between(zone, weekly[n - 1], weekly[n]) for n in range(1, len(weekly)) if offsets[n] != offsets[n - 1]
    ]
    key = (tzid, preferred, tuple(offsets), tuple(changes))
    if key in _matched:
        return _matched[key]
    probes = [(moment, offset) for moment, offset in zip(weekly, offsets, strict=True)]
    probes += [(moment - timedelta(minutes=1), _offset(zone, moment - timedelta(minutes=1))) for moment in changes]
    probes += [(moment, _offset(zone, moment)) for moment in changes]
    quick = probes[:: max(len(weekly) // 8, 1)]
    at_event = near.astimezone(UTC)
    event_offset = _offset(zone, at_event)
    found: ZoneMatch | None = None
    closest: tuple[int, int, str] | None = None
    for rank, name in enumerate(_candidates(preferred, tzid)):
        candidate = ZoneInfo(name)
        if all(_offset(candidate, m) == o for m, o in quick) and all(_offset(candidate, m) == o for m, o in probes):
            found = ZoneMatch(name, True)
            break
        if _offset(candidate, at_event) == event_offset:
            differ = sum(1 for m, o in probes if _offset(candidate, m) != o)
            if closest is None or (differ, rank) < closest[:2]:
                closest = (differ, rank, name)
    if found is None and closest is not None:
        found = ZoneMatch(closest[2], False)
    _matched[key] = found
    return found


def _offset(zone: tzinfo, moment: datetime) -> timedelta | None:
    return moment.astimezone(zone).utcoffset()


def _change_between(zone: tzinfo, before: datetime, after: datetime) -> datetime:
    """The first minute at which ``zone``'s offset is the one it has at ``after`` (found by halving)."""
    target = _offset(zone, after)
    while after - before > timedelta(minutes=1):
        middle = before + (after - before) / 2
        middle = middle.replace(second=0, microsecond=0)
        if middle <= before:
            break
        if _offset(zone, middle) == target:
            after = middle
        else:
            before = middle
    return after


def _candidates(preferred: str, tzid: str) -> list[str]:
    """Every zone, most likely meant first: the one the TZID names (IANA, Windows or display name), those whose
    city the TZID names ("Europe_London", "(UTC+07:00) Bangkok, Hanoi…"), the person's own, the main zone of
    each Windows zone (the most widely used first), one in the area the TZID names ("/Europe/CUSTOM"), then the
    plain "Area/City" names."""
    words = " " + re.sub(r"[^a-z]+", " ", tzid.lower()) + " "
    parts = [part.lower() for part in tzid.split("/") if part]
    shared = _places_sharing()

    def rank(name: str) -> tuple[int, int, int, int, str]:
        city = name.rsplit("/", 1)[-1].replace("_", " ").lower()
        named = f" {city} " in words and "/" in name
        same_area = name.split("/", 1)[0].lower() in parts
        plain = "/" in name and not name.startswith(("Etc/", "SystemV/", "US/", "posix", "right"))
        return (0 if named else 1, -shared.get(name, 0), 0 if same_area else 1, 0 if plain else 1, name)

    by_name = [zone for zone in (zone_by_name(tzid),) if zone and is_zone(zone)]
    own = [preferred] if is_zone(preferred) else []
    ranks = {name: rank(name) for name in _all_zones()}
    names = sorted(ranks, key=ranks.__getitem__)
    named = [name for name in names if ranks[name][0] == 0]
    return list(dict.fromkeys(by_name + named + own + names))


@cache
def _places_sharing() -> dict[str, int]:
    with resource_path("windows_zone_names.json").open(encoding="utf-8") as handle:
        counts: dict[str, int] = json.load(handle)["places_sharing"]
    return counts


@cache
def _all_zones() -> frozenset[str]:
    return frozenset(name for name in available_timezones() if not name.startswith(("posix/", "right/")))
