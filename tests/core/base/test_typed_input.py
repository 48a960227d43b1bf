"""Typed dates and times: read as typed, or refused with a reason; never turned into another value."""

from datetime import date, time

import pytest

from recoverybox.core.base.typed_input import parse_typed_date, parse_typed_time
from recoverybox.core.base.validation import ValidationError

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("15 Mar 2026", date(2026, 3, 15)),
        ("2026-03-15", date(2026, 3, 15)),
        ("15/03/2026", date(2026, 3, 15)),
        ("15.3.2026", date(2026, 3, 15)),
        ("15 March", date(2026, 3, 15)),
        ("  1 feb 1999 ", date(1999, 2, 1)),
    ],
)
def test_dates_are_read_as_typed(typed, expected):
    assert parse_typed_date(typed, latest=TODAY) == expected


def test_month_first_where_the_locale_writes_it_so():
    assert parse_typed_date("03/15/2026", day_first=False, latest=TODAY) == date(2026, 3, 15)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("", "Type a date"),
        ("hello", "isn't a date"),
        ("31/02/2026", "isn't a date"),
        ("Mar 2026", "needs a day and a month"),
        ("1930", "needs a day and a month"),
        ("15 Dec 2026", "still to come"),
        ("1 Jan 1850", "between 1900 and 2200"),
    ],
)
def test_dates_that_cannot_be_used_say_why(typed, reason):
    with pytest.raises(ValidationError) as caught:
        parse_typed_date(typed, latest=TODAY)
    assert reason in caught.value.message


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1930", time(19, 30)),
        ("19:30", time(19, 30)),
        ("7:30 pm", time(19, 30)),
        ("7:30 PM", time(19, 30)),
        ("7pm", time(19, 0)),
        ("7.30", time(7, 30)),
        ("19h30", time(19, 30)),
        ("930", time(9, 30)),
        ("12am", time(0, 0)),
        ("12 pm", time(12, 0)),
        ("7", time(7, 0)),
    ],
)
def test_times_are_read_as_typed(typed, expected):
    assert parse_typed_time(typed) == expected


@pytest.mark.parametrize("typed", ["2460", "13pm", "7:5", "noon-ish", "", "25:00"])
def test_times_that_cannot_be_used_say_why(typed):
    with pytest.raises(ValidationError):
        parse_typed_time(typed)
