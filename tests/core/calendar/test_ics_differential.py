"""Differential test: generated calendars, imported into a fresh database, give the agenda an independent
implementation of RFC 5545 (``recurring-ical-events``) gives, week by week.

The calendars hold one to three events: timed or all-day; in UTC, floating, an IANA zone, or a zone defined
only in the file; repeating by RRULE (BYDAY, BYMONTHDAY, BYSETPOS, INTERVAL, COUNT, UNTIL) or by RDATE (also
periods) or not at all; with EXDATEs, occurrences changed or moved inside and outside the series' span (DTEND or
DURATION, switched between all-day and timed, cancelled), and "this and following" changes. The weeks compared
are those of the start, of each change (where it was and where it went), of a later date, and of the clock
changes of the zones involved. The differences we chose on purpose are in ``ics_read.INTERPRETATION`` and
applied in ``ics_oracle``. Each calendar is also exported and imported into a fresh database: the same weeks.

Deterministic in the normal suite (``DEFAULT_EXAMPLES`` calendars, derandomised); set
``RECOVERYBOX_ICS_EXAMPLES=5000`` for more, and ``RECOVERYBOX_ICS_RANDOM=1`` for a new seed each run.
"""

import os
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from recoverybox.core.app.opening import open_memory
from recoverybox.core.app.services import Services
from recoverybox.core.base.clock import FixedClock
from recoverybox.core.storage.models import Event
from tests.core.calendar.ics_oracle import oracle, ours

DEFAULT_EXAMPLES = 60
EXAMPLES = int(os.environ.get("RECOVERYBOX_ICS_EXAMPLES", DEFAULT_EXAMPLES))
PEOPLES_ZONES = ["Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC"]
IANA = ["Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "Australia/Sydney", "Asia/Tokyo"]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
# Clock changes in 2026 (Europe 29 Mar / 25 Oct, North America 8 Mar / 1 Nov, Sydney 5 Apr / 4 Oct) and 2027.
DST_WEEKS = [date(2026, 3, 2), date(2026, 3, 23), date(2026, 3, 30), date(2026, 9, 28), date(2026, 10, 19),
             date(2026, 10, 26), date(2027, 3, 8), date(2027, 3, 22)]  # fmt: skip

# Zones defined only in the file, with rules as their VTIMEZONE states them (no IANA name in the TZID).
CUSTOM = {
    "Central European (custom)": ("+0100", "+0200", "19700329T020000", "3;BYDAY=-1SU", "19701025T030000",
                                  "10;BYDAY=-1SU"),
    "Eastern US (custom)": ("-0500", "-0400", "19700308T020000", "3;BYDAY=2SU", "19701101T020000", "11;BYDAY=1SU"),
    "India (custom)": ("+0530", None, None, None, None, None),
}  # fmt: skip


def vtimezone(name: str) -> str:
    standard, daylight, dst_start, dst_rule, std_start, std_rule = CUSTOM[name]
    if daylight is None:
        return (
            f"BEGIN:VTIMEZONE\r\nTZID:{name}\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
            f"TZOFFSETFROM:{standard}\r\nTZOFFSETTO:{standard}\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        )
    return (
        f"BEGIN:VTIMEZONE\r\nTZID:{name}\r\n"
        f"BEGIN:DAYLIGHT\r\nDTSTART:{dst_start}\r\nRRULE:FREQ=YEARLY;BYMONTH={dst_rule}\r\n"
        f"TZOFFSETFROM:{standard}\r\nTZOFFSETTO:{daylight}\r\nEND:DAYLIGHT\r\n"
        f"BEGIN:STANDARD\r\nDTSTART:{std_start}\r\nRRULE:FREQ=YEARLY;BYMONTH={std_rule}\r\n"
        f"TZOFFSETFROM:{daylight}\r\nTZOFFSETTO:{standard}\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    )


class Writer:
    """Values of one event written as its zone kind asks: ``utc``, ``floating``, an IANA name or a custom one."""

    def __init__(self, zone: str, all_day: bool) -> None:
        self.zone, self.all_day = zone, all_day

    def prop(self, name: str, value: datetime, all_day: bool | None = None, extra: str = "") -> str:
        if self.all_day if all_day is None else all_day:
            return f"{name}{extra};VALUE=DATE:{value:%Y%m%d}"
        if self.zone == "utc":
            return f"{name}{extra}:{value:%Y%m%dT%H%M%S}Z"
        if self.zone == "floating":
            return f"{name}{extra}:{value:%Y%m%dT%H%M%S}"
        return f"{name}{extra};TZID={self.zone}:{value:%Y%m%dT%H%M%S}"

    def until(self, value: datetime) -> str:
        if self.all_day:
            return f"{value:%Y%m%d}"
        if self.zone == "floating":
            return f"{value:%Y%m%dT%H%M%S}"
        return f"{value:%Y%m%dT%H%M%S}Z"  # a UTC instant, as RFC 5545 asks with a zone; close enough to the day


rules = st.one_of(
    st.builds(lambda i: f"FREQ=DAILY;INTERVAL={i}", st.integers(1, 3)),
    st.builds(
        lambda i, days: f"FREQ=WEEKLY;INTERVAL={i}" + (f";BYDAY={','.join(days)}" if days else ""),
        st.integers(1, 2),
        st.lists(st.sampled_from(DAYS), max_size=3, unique=True),
    ),
    st.builds(lambda d: f"FREQ=MONTHLY;BYMONTHDAY={d}", st.sampled_from(["1", "15", "28", "-1", "5,20"])),
    st.builds(lambda d: f"FREQ=MONTHLY;BYDAY={d}", st.sampled_from(["1MO", "2TU", "-1FR", "3SA"])),
    st.just("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"),
    st.just("FREQ=MONTHLY;INTERVAL=2;BYDAY=SU;BYSETPOS=1"),
    st.just("FREQ=YEARLY"),
    st.just("FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU"),
)


@st.composite
def events(draw, uid: str):
    all_day = draw(st.integers(0, 3)) == 0
    zone = draw(st.sampled_from(["utc", "floating", *IANA, *CUSTOM]))
    writer = Writer(zone, all_day)
    day = date(2026, 1, 1) + timedelta(days=draw(st.integers(0, 364)))
    at = time(draw(st.integers(0, 23)), draw(st.sampled_from([0, 15, 30, 45])))
    start = datetime.combine(day, time() if all_day else at)
    length = (
        timedelta(days=draw(st.integers(1, 3)))
        if all_day
        else timedelta(minutes=draw(st.sampled_from([0, 15, 45, 60, 90, 180, 26 * 60])))
    )
    title = f"Event {uid}"
    lines = [f"UID:{uid}", "DTSTAMP:20260101T000000Z", f"SUMMARY:{title}", writer.prop("DTSTART", start)]
    lines.append(
        writer.prop("DTEND", start + length) if draw(st.booleans()) else f"DURATION:{_duration(length, all_day)}"
    )
    rule = draw(st.none() | rules)
    candidates = [start]
    if rule is not None:
        candidates = [d for d in rrulestr(rule, dtstart=start)[:14]]
        end = draw(st.sampled_from(["", "count", "until"]))
        if end == "count":
            rule += f";COUNT={draw(st.integers(1, 10))}"
        elif end == "until":
            rule += f";UNTIL={writer.until(start + timedelta(days=draw(st.integers(5, 150))))}"
        lines.append(f"RRULE:{rule}")
    others = [c for c in candidates if c != start] or [start]
    exdates = draw(st.lists(st.sampled_from(others), max_size=2, unique=True)) if rule else []
    lines += [writer.prop("EXDATE", d) for d in exdates]
    changed = [c for c in others if c not in exdates]
    following = None
    if rule and changed and draw(st.integers(0, 4)) == 0:
        following = draw(st.sampled_from(changed))
    if following is None:
        for _ in range(draw(st.integers(0, 2))):
            extra = start + timedelta(days=draw(st.integers(-10, 60)))
            if not all_day and draw(st.booleans()):
                lines.append(writer.prop("RDATE", extra, extra=";VALUE=PERIOD").replace(";VALUE=DATE", "")
                             + f"/PT{draw(st.sampled_from([30, 120]))}M")  # fmt: skip
            else:
                lines.append(writer.prop("RDATE", extra))
    overrides = []
    for original in draw(st.lists(st.sampled_from(changed), max_size=2, unique=True)) if changed else []:
        if original == following:
            continue
        overrides.append(_override(draw, writer, uid, title, original, length, ""))
    if following is not None:
        by_days = rule.startswith(("FREQ=DAILY", "FREQ=WEEKLY"))
        overrides.append(_override(draw, writer, uid, title, following, length, ";RANGE=THISANDFUTURE", by_days))
    mondays = {_monday(start), _monday(candidates[-1])}
    for override in overrides:
        mondays |= {_monday(override[1]), _monday(override[2])}
    body = "BEGIN:VEVENT\r\n" + "\r\n".join(lines) + "\r\nEND:VEVENT\r\n" + "".join(o[0] for o in overrides)
    return body, zone, mondays


def _override(
    draw, writer: Writer, uid: str, title: str, original: datetime, length: timedelta, rng: str, by_days: bool = False
):
    lines = [f"UID:{uid}", "DTSTAMP:20260101T000000Z", writer.prop("RECURRENCE-ID", original, extra=rng)]
    if not rng and draw(st.integers(0, 5)) == 0:
        moved = original  # cancelled, with its DTSTART as programs write it (the oracle needs one)
        lines += ["STATUS:CANCELLED", writer.prop("DTSTART", original)]
    else:
        if rng:  # "this and following": a new time of day, and for a daily or weekly rule a new day
            days = draw(st.integers(-3, 3)) if by_days else 0  # INTERPRETATION["following, moved by days"]
            at = original.time() if writer.all_day else time(draw(st.integers(0, 23)), 30)
            moved = datetime.combine(original.date() + timedelta(days=days), at)
        else:
            moved = original + timedelta(hours=draw(st.integers(-40 * 24, 40 * 24)))
        all_day = writer.all_day if rng or draw(st.integers(0, 3)) else not writer.all_day
        if all_day and not writer.all_day:
            moved = datetime.combine(moved.date(), time())
        own = timedelta(days=1) if all_day else timedelta(minutes=draw(st.sampled_from([20, 60, 150])))
        if all_day == writer.all_day and draw(st.booleans()):
            own = length
        lines.append(f"SUMMARY:{title} changed")
        lines.append(writer.prop("DTSTART", moved, all_day))
        lines.append(
            writer.prop("DTEND", moved + own, all_day) if draw(st.booleans()) else f"DURATION:{_duration(own, all_day)}"
        )
    text = "BEGIN:VEVENT\r\n" + "\r\n".join(lines) + "\r\nEND:VEVENT\r\n"
    return text, original, moved


def _in_repeated_hour(row: tuple, zones: set[ZoneInfo]) -> bool:
    """Whether a changed occurrence starts in an hour that happens twice (clocks going back) in a zone of the
    file's series: RecoveryBox keeps a changed occurrence as a wall time of its series, and such a time is
    read as the first of the two (INTERPRETATION["repeated hour"])."""
    if row[0] != "time" or not row[3].endswith("changed"):
        return False
    for zone in zones:
        local = row[1].astimezone(zone)
        if local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset():
            return True
    return False


def _duration(length: timedelta, all_day: bool) -> str:
    if all_day:
        return f"P{length.days}D"
    minutes = int(length.total_seconds() // 60)
    return f"PT{minutes // 60}H{minutes % 60}M"


def _monday(moment: datetime) -> date:
    return moment.date() - timedelta(days=moment.weekday())


@st.composite
def calendars(draw):
    count = draw(st.integers(1, 3))
    bodies, zones, mondays = [], set(), set()
    for n in range(count):
        body, zone, weeks = draw(events(f"event-{n}@generated.test"))
        bodies.append(body)
        zones.add(zone)
        mondays |= weeks
    mondays.add(draw(st.sampled_from(DST_WEEKS)))
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//RecoveryBox tests//differential//EN\r\n"
    # INTERPRETATION["file zone over X-WR"], ORACLE_DEFECTS["X-WR and this and following"], and no UTC series
    # beside X-WR-TIMEZONE: the generator writes such a series' changed dates as if it repeated in UTC, which
    # no program writes (tests/core/calendar/ics/google_utc_feed.ics shows what Google writes, and how we read it).
    if (
        draw(st.integers(0, 4)) == 0
        and not zones & CUSTOM.keys()
        and not any("THISANDFUTURE" in body or ("\r\nRRULE:" in body and "Z\r\n" in body) for body in bodies)
    ):
        head += f"X-WR-TIMEZONE:{draw(st.sampled_from(IANA))}\r\n"
    head += "".join(vtimezone(zone) for zone in sorted(zones) if zone in CUSTOM)
    raw = (head + "".join(bodies) + "END:VCALENDAR\r\n").encode()
    return raw, sorted(mondays), draw(st.sampled_from(PEOPLES_ZONES))


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize="RECOVERYBOX_ICS_RANDOM" not in os.environ,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(calendars())
def test_generated_calendars_agree_with_the_oracle(case):
    raw, mondays, zone_name = case
    services = Services(open_memory(), FixedClock(datetime(2026, 1, 1, 12, tzinfo=UTC)))
    services.settings.set("timezone", zone_name)
    summary = services.ics.import_bytes(raw)
    assert summary.skipped == (), summary.skipped
    shown = [ours(services, monday, 7) for monday in mondays]
    expected = [oracle(raw, monday, 7, zone_name) for monday in mondays]
    with services.db.reading() as session:
        zones = {ZoneInfo(name) for name in session.scalars(select(Event.tz))}
    assume(not any(_in_repeated_hour(row, zones) for rows in expected for row in rows))
    for monday, here, want in zip(mondays, shown, expected, strict=True):
        assert here == want, f"week of {monday}"
    # Exported and imported again into a fresh database: the same weeks.
    exported, _count = services.ics.export_bytes()
    again = Services(open_memory(), FixedClock(datetime(2026, 1, 1, 12, tzinfo=UTC)))
    again.settings.set("timezone", zone_name)
    again.ics.import_bytes(exported)
    assert [ours(again, monday, 7) for monday in mondays] == shown
