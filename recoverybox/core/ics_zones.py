"""Time zones named in a calendar file, as the IANA zones RecoveryBox stores.

A TZID is an IANA name, a Windows name (Outlook), an old Thunderbird path ending in an IANA name, or a name of
the file's own with its rules in a VTIMEZONE (``/Europe/CUSTOM``, Lotus and Exchange write these). For the
last, the zone whose clock changes are the same over the years around the event is used: its occurrences then
keep their wall-clock time across DST changes as the file's zone says. A zone no IANA zone matches is reported.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

MATCH_YEARS_BEFORE, MATCH_YEARS_AFTER = 1, 10  # the years around an event whose clock changes must agree
_matched: dict[tuple[object, ...], str | None] = {}


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
    return None


def zone_of(value: datetime, tzid: str | None) -> str | None:
    """The IANA zone of an aware value as icalendar read it: its own key, or what its TZID names."""
    key = getattr(value.tzinfo, "key", None)
    if isinstance(key, str) and is_zone(key):
        return key
    if value.utcoffset() == timedelta(0) and (tzid is None or str(tzid).upper() in ("UTC", "Z", "GMT")):
        return "UTC"
    return zone_by_name(tzid)


def matching_zone(zone: tzinfo, tzid: str, near: datetime, preferred: str) -> str | None:
    """An IANA zone with the same UTC offsets as ``zone`` (a VTIMEZONE of the file's own) at every moment from
    a year before ``near`` to ten after, clock changes to the minute; ``preferred`` (the person's zone) first,
    then one named like the TZID. None when no zone agrees."""
    first = datetime(max(near.year - MATCH_YEARS_BEFORE, 1901), 1, 1, tzinfo=UTC)
    last = datetime(min(near.year + MATCH_YEARS_AFTER, 2199), 1, 1, tzinfo=UTC)
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
    found = None
    for name in _candidates(preferred, [part.lower() for part in tzid.split("/") if part]):
        candidate = ZoneInfo(name)
        if all(_offset(candidate, m) == o for m, o in quick) and all(_offset(candidate, m) == o for m, o in probes):
            found = name
            break
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


def _candidates(preferred: str, tzid_parts: list[str]) -> list[str]:
    """Every zone, most likely meant first: the person's own, one named as the TZID ends, one in the area
    the TZID names ("/Europe/CUSTOM": Europe), then the plain "Area/City" names."""

    def rank(name: str) -> tuple[int, int, int, str]:
        named_alike = bool(tzid_parts) and name.rsplit("/", 1)[-1].lower() == tzid_parts[-1]
        same_area = name.split("/", 1)[0].lower() in tzid_parts
        plain = "/" in name and not name.startswith(("Etc/", "SystemV/", "US/", "posix", "right"))
        return (0 if named_alike else 1, 0 if same_area else 1, 0 if plain else 1, name)

    names = sorted(_all_zones(), key=rank)
    return ([preferred] if is_zone(preferred) else []) + [name for name in names if name != preferred]


@cache
def _all_zones() -> frozenset[str]:
    return frozenset(name for name in available_timezones() if not name.startswith(("posix/", "right/")))
