"""Expanding from a fast-forwarded start gives exactly what expanding from the real start gives."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from recoverybox.core.calendar.recurrence import (
    build_rule,
    fast_forward,
    normalise_rrule,
    starts_between,
    to_local,
    to_utc,
)

ZONES = ["Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata"]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

rules = st.one_of(
    st.builds(lambda i: f"FREQ=DAILY;INTERVAL={i}", st.integers(1, 5)),
    st.builds(
        lambda i, days: f"FREQ=WEEKLY;INTERVAL={i};BYDAY={','.join(days)}",
        st.integers(1, 4),
        st.lists(st.sampled_from(DAYS), min_size=1, max_size=3, unique=True),
    ),
    st.builds(lambda i: f"FREQ=MONTHLY;INTERVAL={i}", st.integers(1, 3)),
    st.builds(lambda d: f"FREQ=MONTHLY;BYDAY={d}", st.sampled_from(["1MO", "2TU", "-1FR", "3SA"])),
    st.builds(lambda i: f"FREQ=YEARLY;INTERVAL={i}", st.integers(1, 2)),
    st.just("FREQ=WEEKLY;UNTIL=20290101"),
)


@settings(max_examples=150, deadline=None)
@given(
    rule=rules,
    zone_name=st.sampled_from(ZONES),
    start=st.datetimes(min_value=datetime(2019, 1, 1), max_value=datetime(2025, 12, 31)).map(
        lambda d: d.replace(second=0, microsecond=0)
    ),
    window_offset=st.integers(0, 3000),
    window_days=st.integers(1, 40),
)
def test_fast_forward_is_invisible(rule, zone_name, start, window_offset, window_days):
    zone = ZoneInfo(zone_name)
    rule = normalise_rrule(rule, start, zone)
    after = datetime.combine(start.date() + timedelta(days=window_offset), datetime.min.time(), tzinfo=UTC)
    before = after + timedelta(days=window_days)
    slow = build_rule(rule, start, zone).between(after, before, inc=True)
    expected = [m.replace(tzinfo=None) for m in slow if m.astimezone(UTC) < before]
    if after <= to_utc(start, zone) < before and start not in expected:
        expected.insert(0, start)  # DTSTART is always an occurrence (RFC 5545), whatever the rule says
    assert starts_between(rule, start, zone, after, before) == expected


def test_fast_forward_moves_an_old_weekly_series_close_to_the_window():
    start = datetime(2021, 11, 30, 19, 0)
    moved = fast_forward(
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU",
        start,
        to_local(datetime(2026, 11, 27, tzinfo=UTC), ZoneInfo("Europe/London")),
    )
    assert (moved - start).days % 14 == 0
    assert timedelta(days=14) <= datetime(2026, 11, 27) - moved <= timedelta(days=28)
    assert moved.time() == start.time()


def test_count_rules_are_never_fast_forwarded():
    start = datetime(2020, 1, 1, 9)
    assert fast_forward("FREQ=DAILY;COUNT=3000", start, datetime(2026, 1, 1)) == start
