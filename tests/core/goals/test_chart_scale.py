"""Round axis ticks: the reported 0, 223, 447, 671, 895 becomes 0, 200 … 1000."""

from datetime import date

import pytest

from recoverybox.core.goals.chart_scale import date_ticks, nice_axis, thin_labels, ticks


@pytest.mark.parametrize(
    ("top", "expected"),
    [(895, (1000, 200)), (3, (3, 1)), (100, (100, 20)), (0, (1, 1)), (7.2, (8, 2)), (23, (25, 5)), (116, (150, 50))],
)
def test_nice_axis_uses_1_2_5_steps_and_whole_numbers(top, expected):
    assert nice_axis(top, 5) == expected


def test_fractional_steps_only_when_asked():
    assert nice_axis(0.9, 5, whole=False) == (1.0, 0.2)
    assert ticks(1000, 200) == [0, 200, 400, 600, 800, 1000]


def test_nan_and_inf_give_a_plain_axis():
    assert nice_axis(float("nan")) == (1.0, 1.0) and nice_axis(float("inf")) == (1.0, 1.0)


def test_date_ticks_fall_on_mondays_months_or_years():
    found, unit = date_ticks(date(2026, 10, 31), date(2026, 11, 27), 6)
    assert unit == "week" and all(d.weekday() == 0 for d in found)
    found, unit = date_ticks(date(2025, 11, 28), date(2026, 11, 27), 6)
    assert unit == "month" and all(d.day == 1 for d in found) and len(found) <= 6
    found, unit = date_ticks(date(2021, 11, 28), date(2026, 11, 27), 6)
    assert unit == "year" and found == [date(y, 1, 1) for y in range(2022, 2027)]
    found, unit = date_ticks(date(1990, 1, 2), date(2026, 11, 27), 4)
    assert unit == "year" and len(found) <= 4


def test_thin_labels_keeps_the_newest():
    shown = thin_labels(60, 5)
    assert shown[-1] and sum(shown) <= 5
    assert thin_labels(4, 5) == [True] * 4
