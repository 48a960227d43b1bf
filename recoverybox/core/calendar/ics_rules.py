"""Repeat rules as calendar files write them, made into ones RecoveryBox keeps: an hourly or minutely rule as
daily lines, an UNTIL for a date series, a series split or moved at a date."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from recoverybox.core.calendar.recurrence import (
    WEEKDAY_CODES,
    build_rule,
    rule_parts,
    series_end,
    to_utc,
)

if TYPE_CHECKING:  # for annotations only: no import at run time
    pass


MAX_TIMES_A_DAY = 48  # an hourly or minutely series read as a daily one with this many times a day at most,


MAX_SUB_DAILY_TOTAL = 500  # or more when it ends after this many


_SUB_DAILY_STEP = {"HOURLY": 60, "MINUTELY": 1}


def within_a_day(line: str, start: datetime, zone_name: str) -> list[str]:
    """An hourly or minutely rule as daily ones with several times of day (INTERPRETATION["repeats within a
    day"]): one line for each minute past the hour, a COUNT as the UNTIL of its last time. A rule that cannot be
    written so (its step does not divide a day, more than ``MAX_TIMES_A_DAY`` times, BYSETPOS…) is left as it
    is, and the event is then skipped with the reason."""
    values = dict(rule_parts(line))
    freq = values.get("FREQ", "")
    if freq not in _SUB_DAILY_STEP or any(key in values for key in ("BYSETPOS", "BYYEARDAY", "BYWEEKNO")):
        return [line]
    try:
        step = int(values.get("INTERVAL", "1")) * _SUB_DAILY_STEP[freq]
        hours = {int(h) for h in values["BYHOUR"].split(",")} if "BYHOUR" in values else None
        minutes = {int(m) for m in values["BYMINUTE"].split(",")} if "BYMINUTE" in values else None
        seconds = {int(s) for s in values.get("BYSECOND", "0").split(",")}
    except ValueError:
        return [line]
    if step <= 0 or (24 * 60) % step or seconds != {0}:
        return [line]
    first = start.hour * 60 + start.minute
    if freq == "HOURLY":  # each hour of the step; BYMINUTE gives the minutes in each
        times = {((first + k * step) % 1440) // 60 * 60 + m for k in range(1440 // step) for m in minutes or {0}}
        if minutes is None:
            times = {t - t % 60 + start.minute for t in times}
    else:
        times = {(first + k * step) % 1440 for k in range(1440 // step)}
        times = {t for t in times if minutes is None or t % 60 in minutes}
    times = {t for t in times if hours is None or t // 60 in hours}
    if not times or (len(times) > MAX_TIMES_A_DAY and not _few_in_all(line, start, zone_name)):
        return [line]
    kept = {k: v for k, v in values.items() if k not in ("FREQ", "INTERVAL", "BYHOUR", "BYMINUTE", "BYSECOND")}
    if "COUNT" in kept:
        zone = ZoneInfo(zone_name)
        try:
            *_rest, last = build_rule(line, start, zone)
        except (ValueError, TypeError):
            return [line]
        kept.pop("COUNT")
        kept["UNTIL"] = last.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    by_minute: dict[int, list[int]] = {}
    for time_of_day in sorted(times):
        by_minute.setdefault(time_of_day % 60, []).append(time_of_day // 60)
    rest = "".join(f";{key}={value}" for key, value in kept.items())
    return [
        f"FREQ=DAILY;BYHOUR={','.join(map(str, hours_of))};BYMINUTE={minute}{rest}"
        for minute, hours_of in sorted(by_minute.items())
    ]


def _few_in_all(line: str, start: datetime, zone_name: str) -> bool:
    """Whether a rule ends (COUNT or UNTIL) after at most ``MAX_SUB_DAILY_TOTAL`` dates."""
    values = dict(rule_parts(line))
    if "COUNT" not in values and "UNTIL" not in values:
        return False
    try:
        dates = iter(build_rule(line, start, ZoneInfo(zone_name)))
        return sum(1 for _n, _d in zip(range(MAX_SUB_DAILY_TOTAL + 1), dates, strict=False)) <= MAX_SUB_DAILY_TOTAL
    except (ValueError, TypeError):
        return False


def until_as_date(rule: str) -> str:
    """A date series' rule with its UNTIL as the date written: one given as a time (in UTC, say) would end the
    series on a day that depends on the viewer's zone (RFC 5545: with a DATE start, UNTIL is a DATE)."""
    return re.sub(r"(?i)(^|;)UNTIL=(\d{8})T\d{6}Z?(?=;|$)", r"\1UNTIL=\2", rule)


def rule_ends_before(line: str, start: datetime, zone: ZoneInfo, original: datetime) -> bool:
    """Whether a rule's own COUNT or UNTIL ends it before ``original``."""
    end = series_end(line, start, zone, timedelta(0))
    return end is not None and end < to_utc(original, zone)


def moved_rule(line: str, delta: timedelta, days: int) -> str:
    """One RRULE of a series whose dates all move by ``delta`` (``days`` calendar days): its UNTIL moves with
    them, and a weekly rule's weekdays too (other BY parts stay: INTERPRETATION["following, moved by days"])."""
    parts = rule_parts(line)
    values = dict(parts)
    if "UNTIL" in values:
        until = datetime.strptime(values["UNTIL"], "%Y%m%dT%H%M%SZ") + delta
        values["UNTIL"] = until.strftime("%Y%m%dT%H%M%SZ")
    codes = values.get("BYDAY", "").split(",")
    if days % 7 and values.get("FREQ") == "WEEKLY" and all(code in WEEKDAY_CODES for code in codes):
        # The weekdays move, and the week's first day with them, so every other week stays the same weeks.
        values["BYDAY"] = ",".join(_weekday_after(code, days) for code in codes)
        values["WKST"] = _weekday_after(values.get("WKST", "MO"), days)
    return ";".join(f"{key}={values[key]}" for key in dict.fromkeys([key for key, _v in parts] + list(values)))


def _weekday_after(code: str, days: int) -> str:
    return WEEKDAY_CODES[(WEEKDAY_CODES.index(code) + days) % 7]
