"""RFC 5545 recurrence expanded in local time with dateutil.rrule and zoneinfo.

A series is anchored at a wall-clock DTSTART in an IANA zone. Each occurrence keeps that wall-clock time,
so a weekly 19:00 meeting stays at 19:00 across DST changes. A wall time that falls in a spring-forward
gap takes the offset from before the gap (RFC 5545 §3.3.5), which is what ``fold=0`` means in PEP 495;
a time that occurs twice at fall-back takes the first occurrence, again ``fold=0``.

DTSTART is always the first occurrence, even when the rule would not produce it (RFC 5545 §3.8.5.3). An event
may carry several RRULEs (older calendars write them): they are stored one per line and their dates united.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulebase, rruleset, rrulestr

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.validation import ValidationError

ALLOWED_FREQ = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
MAX_COUNT = 10_000
MAX_RULE_LEN = 1_000
MAX_RULES = 8  # RRULE lines in one event
FAR_HORIZON = timedelta(days=365 * 100)


def to_utc(local: datetime, zone: ZoneInfo) -> datetime:
    """The instant of a wall-clock time in ``zone`` (gap: offset before it; overlap: the first)."""
    return local.replace(tzinfo=zone, fold=0).astimezone(UTC)


def to_local(instant: datetime, zone: ZoneInfo) -> datetime:
    """The naive wall-clock time of an aware instant in ``zone``."""
    return instant.astimezone(zone).replace(tzinfo=None)


def rule_lines(rule: str) -> list[str]:
    """The RRULEs of a stored rule: one per line (most events have one)."""
    return [line.strip() for line in rule.replace("\r", "").split("\n") if line.strip()]


def rule_parts(rule: str) -> list[tuple[str, str]]:
    """The parts of one RRULE (the first, when several are stored)."""
    lines = rule_lines(rule)
    body = lines[0] if lines else ""
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    parts = []
    for chunk in body.split(";"):
        if not chunk:
            continue
        key, sep, value = chunk.partition("=")
        if not sep or not value:
            raise ValidationError(
                "rrule",
                QT_TRANSLATE_NOOP("errors", "This repeat rule is not valid (“{chunk}” has no value)."),
                chunk=chunk,
            )
        parts.append((key.strip().upper(), value.strip().upper()))
    return parts


def normalise_rrule(rule: str | None, dtstart_local: datetime, zone: ZoneInfo) -> str | None:
    """Check an RRULE value and return it in our stored form (UNTIL in UTC, as RFC 5545 asks).

    Raises ``ValidationError('rrule', …)`` for anything we cannot or will not expand.
    """
    if rule is None or not rule.strip():
        return None
    lines = rule_lines(rule)
    if len(lines) > MAX_RULES or len(rule) > MAX_RULE_LEN * len(lines):
        raise ValidationError("rrule", QT_TRANSLATE_NOOP("errors", "This repeat rule is too long."))
    if len(lines) > 1:
        joined = "\n".join(dict.fromkeys(_normalise_one(line, dtstart_local, zone) for line in lines))
        if next(iter(build_rule(joined, dtstart_local, zone)), None) is None:
            raise ValidationError(
                "rrule", QT_TRANSLATE_NOOP("errors", "This repeat rule never produces a date after the start.")
            )
        return joined
    return _normalise_one(lines[0], dtstart_local, zone)


def _normalise_one(rule: str, dtstart_local: datetime, zone: ZoneInfo) -> str:
    parts = rule_parts(rule)
    keys = [key for key, _ in parts]
    if len(set(keys)) != len(keys):
        raise ValidationError("rrule", QT_TRANSLATE_NOOP("errors", "This repeat rule names the same part twice."))
    values = dict(parts)
    if "DTSTART" in values:
        raise ValidationError(
            "rrule", QT_TRANSLATE_NOOP("errors", "The repeat rule must not carry its own start time.")
        )
    if values.get("FREQ") not in ALLOWED_FREQ:
        raise ValidationError(
            "rrule", QT_TRANSLATE_NOOP("errors", "Events can repeat daily, weekly, monthly or yearly.")
        )
    if "COUNT" in values and "UNTIL" in values:
        raise ValidationError(
            "rrule",
            QT_TRANSLATE_NOOP("errors", "A repeat rule can end on a date or after a number of times, not both."),
        )
    if "COUNT" in values and (not values["COUNT"].isdigit() or not 1 <= int(values["COUNT"]) <= MAX_COUNT):
        raise ValidationError(
            "rrule",
            QT_TRANSLATE_NOOP("errors", "The number of times must be from 1 to {max_count}."),
            max_count=MAX_COUNT,
        )
    if "UNTIL" in values:
        values["UNTIL"] = _until_utc(values["UNTIL"], zone)
    normalised = ";".join(f"{key}={values[key]}" for key in sorted(keys, key=_canonical_position))
    try:
        first = next(iter(build_rule(normalised, dtstart_local, zone)), None)
    except ValidationError:
        raise
    except (ValueError, TypeError, OverflowError, KeyError) as exc:
        raise ValidationError(
            "rrule", QT_TRANSLATE_NOOP("errors", "This repeat rule is not valid ({exc})."), exc=exc
        ) from None
    if first is None:
        raise ValidationError(
            "rrule", QT_TRANSLATE_NOOP("errors", "This repeat rule never produces a date after the start.")
        )
    return normalised


CANONICAL_ORDER = (
    "FREQ",
    "INTERVAL",
    "COUNT",
    "UNTIL",
    "BYSECOND",
    "BYMINUTE",
    "BYHOUR",
    "BYDAY",
    "BYMONTHDAY",
    "BYYEARDAY",
    "BYWEEKNO",
    "BYMONTH",
    "BYSETPOS",
    "WKST",
)


def _canonical_position(key: str) -> int:
    """One stored spelling per rule, whatever order a calendar app wrote its parts in."""
    return CANONICAL_ORDER.index(key) if key in CANONICAL_ORDER else len(CANONICAL_ORDER)


def _until_utc(value: str, zone: ZoneInfo) -> str:
    try:
        if value.endswith("Z"):
            instant = datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        elif len(value) == 8:
            # A date: the series runs through that whole local day.
            day = datetime.strptime(value, "%Y%m%d")
            instant = to_utc(day.replace(hour=23, minute=59, second=59), zone)
        else:
            instant = to_utc(datetime.strptime(value, "%Y%m%dT%H%M%S"), zone)
    except ValueError:
        raise ValidationError(
            "rrule",
            QT_TRANSLATE_NOOP("errors", "The repeat rule's end date “{value}” is not a valid date."),
            value=value,
        ) from None
    return instant.strftime("%Y%m%dT%H%M%SZ")


def build_rule(rule: str, dtstart_local: datetime, zone: ZoneInfo) -> rrulebase:
    """A dateutil rule (a set of them for several RRULE lines) anchored at the aware wall-clock DTSTART."""
    anchor = dtstart_local.replace(tzinfo=zone)
    lines = rule_lines(rule)
    if len(lines) > 1:
        union = rruleset()
        for line in lines:
            union.rrule(_one_rule(line, anchor))
        return union
    return _one_rule(lines[0] if lines else "", anchor)


def _one_rule(line: str, anchor: datetime) -> rrule:
    built = rrulestr(line, dtstart=anchor)
    if not isinstance(built, rrule):
        raise ValidationError("rrule", QT_TRANSLATE_NOOP("errors", "Each repeat rule must be a single RRULE."))
    return built


def series_end(rule: str | None, dtstart_local: datetime, zone: ZoneInfo, duration: timedelta) -> datetime | None:
    """End instant of the last occurrence, or None when the series has no end (or one too far to matter)."""
    start = to_utc(dtstart_local, zone)
    if rule is None:
        return start + duration
    lines = rule_lines(rule)
    if len(lines) > 1:
        ends = [series_end(line, dtstart_local, zone, duration) for line in lines]
        return None if None in ends else max(end for end in ends if end is not None)
    values = dict(rule_parts(rule))
    if "COUNT" not in values and "UNTIL" not in values:
        return None
    built = build_rule(rule, dtstart_local, zone)
    if "UNTIL" in values:
        until = datetime.strptime(values["UNTIL"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        if until - start > FAR_HORIZON:
            return None
        last = built.before(until, inc=True)
    else:
        last = built[-1]
    return (last.astimezone(UTC) if last else start) + duration


def fast_forward(rule: str, dtstart_local: datetime, after_local: datetime) -> datetime:
    """A later DTSTART that yields the same occurrences from ``after_local`` on, so expanding a week of a
    five-year-old series does not walk five years of dates. Only exact, whole-period shifts are made (and
    none for COUNT, BYSETPOS, BYWEEKNO or BYYEARDAY rules, whose meaning depends on the original start).
    """
    if len(rule_lines(rule)) > 1:
        return dtstart_local  # each rule would want its own shift
    values = dict(rule_parts(rule))
    if values.keys() & {"COUNT", "BYSETPOS", "BYWEEKNO", "BYYEARDAY"}:
        return dtstart_local
    interval = int(values.get("INTERVAL", "1") or 1)
    freq = values.get("FREQ")
    gap = after_local - dtstart_local
    if gap <= timedelta(days=62):
        return dtstart_local
    if freq in ("DAILY", "WEEKLY"):
        step = timedelta(days=interval * (7 if freq == "WEEKLY" else 1))
        periods = gap // step - 1
        return dtstart_local + step * periods if periods > 0 else dtstart_local
    if freq in ("MONTHLY", "YEARLY") and dtstart_local.day <= 28:
        from dateutil.relativedelta import relativedelta

        months = interval * (12 if freq == "YEARLY" else 1)
        elapsed = (after_local.year - dtstart_local.year) * 12 + after_local.month - dtstart_local.month
        periods = elapsed // months - 1
        return dtstart_local + relativedelta(months=months * periods) if periods > 0 else dtstart_local
    return dtstart_local


def starts_between(
    rule: str, dtstart_local: datetime, zone: ZoneInfo, after_utc: datetime, before_utc: datetime
) -> list[datetime]:
    """Naive local wall-clock starts of the occurrences whose start lies in ``[after, before)``, DTSTART
    among them whether or not the rule produces it."""
    built = build_rule(rule, fast_forward(rule, dtstart_local, to_local(after_utc, zone)), zone)
    found = built.between(after_utc, before_utc, inc=True)
    starts = [moment.replace(tzinfo=None) for moment in found if moment.astimezone(UTC) < before_utc]
    if after_utc <= to_utc(dtstart_local, zone) < before_utc and dtstart_local not in starts:
        starts.insert(0, dtstart_local)
    return starts


def count_left(line: str, start: datetime, zone: ZoneInfo, original: datetime) -> str:
    """One RRULE for the part of a series from ``original`` on: a COUNT lowered by the dates before it."""
    values = dict(rule_parts(line))
    if "COUNT" not in values:
        return line
    done = sum(1 for moment in build_rule(line, start, zone) if moment.replace(tzinfo=None) < original)
    left = max(int(values["COUNT"]) - done, 1)
    return ";".join(f"{k}={left if k == 'COUNT' else v}" for k, v in rule_parts(line))


def ended_rule(rule: str, until: str) -> str:
    """``rule`` (each of its lines) ending at ``until`` (UTC, ``YYYYMMDDTHHMMSSZ``) instead of its own end."""
    return "\n".join(
        ";".join(f"{k}={v}" for k, v in rule_parts(line) if k not in ("COUNT", "UNTIL")) + f";UNTIL={until}"
        for line in rule_lines(rule)
    )


REPEAT_FREQUENCIES = ("none", "daily", "weekly", "monthly", "yearly")
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class RepeatSpec:
    """What the event form shows of an RRULE: how often, every how many, on which weekdays, and until when.

    Parts the form has no field for (BYSETPOS, BYMONTHDAY, WKST…) are kept in ``extra`` and written back
    as they were, so editing an imported rule never loses them.
    """

    freq: str = "none"  # one of REPEAT_FREQUENCIES
    interval: int = 1
    weekdays: tuple[str, ...] = ()  # weekly only: codes from WEEKDAY_CODES, in week order
    count: int | None = None
    until: date | None = None
    extra: tuple[tuple[str, str], ...] = ()
    more: tuple[str, ...] = ()  # further RRULE lines of an imported event, kept as they are

    @classmethod
    def from_rrule(cls, rule: str | None, start: datetime) -> RepeatSpec:
        """The form's view of ``rule`` for a series starting at ``start`` (its weekday when none is given)."""
        own_day = (WEEKDAY_CODES[start.weekday()],)
        if not rule:
            return cls(weekdays=own_day)
        values = dict(rule_parts(rule))
        freq = values.get("FREQ", "").lower()
        if freq not in REPEAT_FREQUENCIES:
            freq = "none"
        weekdays: tuple[str, ...] = own_day
        if "BYDAY" in values and freq == "weekly":
            days = {day[-2:] for day in values["BYDAY"].split(",")}
            weekdays = tuple(code for code in WEEKDAY_CODES if code in days)
        until = None
        if "COUNT" not in values and "UNTIL" in values:
            until = datetime.strptime(values["UNTIL"][:8], "%Y%m%d").date()
        return cls(
            freq=freq,
            interval=int(values.get("INTERVAL", "1")),
            weekdays=weekdays,
            count=int(values["COUNT"]) if "COUNT" in values else None,
            until=until,
            # BYDAY is a form field only for a weekly rule; "the second Tuesday" of a monthly one is kept.
            extra=tuple(
                (k, v)
                for k, v in values.items()
                if k not in ("FREQ", "INTERVAL", "COUNT", "UNTIL") and (k != "BYDAY" or freq != "weekly")
            ),
            more=tuple(rule_lines(rule)[1:]),
        )

    def to_rrule(self) -> str | None:
        """The RRULE text (None for "does not repeat"); a weekly rule needs at least one weekday."""
        if self.freq == "none":
            return None
        parts = [f"FREQ={self.freq.upper()}"]
        if self.interval > 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        elif self.until is not None:
            parts.append(f"UNTIL={self.until:%Y%m%d}")
        if self.freq == "weekly":
            if not self.weekdays:
                raise ValidationError("rrule", QT_TRANSLATE_NOOP("errors", "Choose at least one day of the week."))
            parts.append(f"BYDAY={','.join(code for code in WEEKDAY_CODES if code in self.weekdays)}")
        # A monthly "second Tuesday" changed to weekly takes the form's weekdays instead.
        parts += [f"{key}={value}" for key, value in self.extra if key != "BYDAY" or self.freq != "weekly"]
        return "\n".join((";".join(parts), *self.more))

    def moved(self, old_start: date, new_start: date, own_weekdays: bool = False) -> RepeatSpec:
        """The same repetition for a series whose start moved from ``old_start`` to ``new_start``: a weekly
        rule's weekday and a monthly rule's day go with the start (unless the person chose the weekdays
        themselves: ``own_weekdays``), so the rule never leaves the start stranded on a day it does not have."""
        old_code, new_code = WEEKDAY_CODES[old_start.weekday()], WEEKDAY_CODES[new_start.weekday()]
        weekdays = self.weekdays
        if not own_weekdays and set(weekdays) <= {old_code}:
            weekdays = (new_code,)
        old_nth, new_nth = f"{(old_start.day - 1) // 7 + 1}{old_code}", f"{(new_start.day - 1) // 7 + 1}{new_code}"
        extra = []
        for key, value in self.extra:
            if key == "BYMONTHDAY" and value == str(old_start.day):
                value = str(new_start.day)
            elif key == "BYDAY" and self.freq == "monthly" and value in (old_nth, f"+{old_nth}"):
                value = new_nth
            extra.append((key, value))
        return replace(self, weekdays=weekdays, extra=tuple(extra))


def first_start(rule: str | None, start_local: datetime, zone: ZoneInfo) -> datetime:
    """The first date ``rule`` itself gives on or after ``start_local``: where a form puts the start, so that
    DTSTART (which RFC 5545 always counts) is never a stray occurrence the rule does not have."""
    if not rule:
        return start_local
    found = next(iter(build_rule(rule, start_local, zone)), None)
    return found.replace(tzinfo=None) if found is not None else start_local
