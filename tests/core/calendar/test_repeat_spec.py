"""The event form's view of an RRULE, without Qt: read, written back, and nothing it cannot show lost."""

from datetime import date, datetime

import pytest

from recoverybox.core.base.validation import ValidationError
from recoverybox.core.calendar.recurrence import RepeatSpec

TUESDAY = datetime(2026, 12, 1, 19, 0)


def test_no_rule_is_does_not_repeat_with_the_start_weekday_ready():
    spec = RepeatSpec.from_rrule(None, TUESDAY)
    assert spec.freq == "none" and spec.weekdays == ("TU",) and spec.to_rrule() is None


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=DAILY",
        "FREQ=WEEKLY;BYDAY=MO,WE,FR",
        "FREQ=WEEKLY;INTERVAL=2;COUNT=10;BYDAY=TU",
        "FREQ=MONTHLY;UNTIL=20270601;BYMONTHDAY=1",
        "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2",
    ],
)
def test_a_rule_round_trips(rule):
    spec = RepeatSpec.from_rrule(rule, TUESDAY)
    again = RepeatSpec.from_rrule(spec.to_rrule(), TUESDAY)
    assert again == spec
    assert dict(p.split("=") for p in spec.to_rrule().split(";")) == dict(p.split("=") for p in rule.split(";"))


def test_fields_are_read_as_the_form_shows_them():
    spec = RepeatSpec.from_rrule("FREQ=WEEKLY;BYDAY=1FR,SU,MO;UNTIL=20270102T235959Z;WKST=SU", TUESDAY)
    assert spec.weekdays == ("MO", "FR", "SU")  # week order, ordinal prefixes dropped
    assert spec.until == date(2027, 1, 2) and spec.count is None
    assert spec.extra == (("WKST", "SU"),)  # kept for writing back


def test_a_weekly_rule_needs_a_day():
    with pytest.raises(ValidationError) as refused:
        RepeatSpec(freq="weekly", weekdays=()).to_rrule()
    assert refused.value.field == "rrule" and "day of the week" in refused.value.message


def test_a_monthly_nth_weekday_survives_and_gives_way_to_weekly_days():
    spec = RepeatSpec.from_rrule("FREQ=MONTHLY;BYDAY=2TU", TUESDAY)
    assert spec.to_rrule() == "FREQ=MONTHLY;BYDAY=2TU"  # the form used to drop it: "every month on the 1st"
    weekly = RepeatSpec(freq="weekly", weekdays=("TH",), extra=spec.extra)
    assert weekly.to_rrule() == "FREQ=WEEKLY;BYDAY=TH"
