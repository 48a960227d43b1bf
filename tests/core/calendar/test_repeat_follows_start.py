"""The form's repeat rule and its first date never disagree (RFC 5545 counts DTSTART as an occurrence)."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from recoverybox.core.base.timezones import zone_choices, zone_label
from recoverybox.core.calendar.recurrence import RepeatSpec, first_start

LONDON = ZoneInfo("Europe/London")


def test_a_weekly_days_move_with_the_start_unless_chosen():
    sunday, thursday = date(2026, 12, 6), date(2026, 12, 10)
    spec = RepeatSpec(freq="weekly", weekdays=("SU",))
    assert spec.moved(sunday, thursday).weekdays == ("TH",)
    assert spec.moved(sunday, thursday, own_weekdays=True).weekdays == ("SU",)
    two = RepeatSpec(freq="weekly", weekdays=("MO", "WE"))
    assert two.moved(sunday, thursday).weekdays == ("MO", "WE")


def test_a_monthly_day_and_nth_weekday_move_with_the_start():
    by_day = RepeatSpec(freq="monthly", extra=(("BYMONTHDAY", "8"),))
    assert by_day.moved(date(2026, 12, 8), date(2026, 12, 15)).extra == (("BYMONTHDAY", "15"),)
    second_tuesday = RepeatSpec(freq="monthly", extra=(("BYDAY", "2TU"),))
    assert second_tuesday.moved(date(2026, 12, 8), date(2026, 12, 17)).extra == (("BYDAY", "3TH"),)
    last_friday = RepeatSpec(freq="monthly", extra=(("BYDAY", "-1FR"),))
    assert last_friday.moved(date(2026, 12, 25), date(2026, 12, 18)).extra == (("BYDAY", "-1FR"),)


def test_the_first_start_is_the_first_date_the_rule_gives():
    thursday = datetime(2026, 12, 10, 19)
    assert first_start("FREQ=WEEKLY;BYDAY=SU", thursday, LONDON) == datetime(2026, 12, 13, 19)
    assert first_start("FREQ=WEEKLY;BYDAY=TH", thursday, LONDON) == thursday
    assert first_start(None, thursday, LONDON) == thursday


def test_zones_read_as_places_with_their_offset_on_the_day():
    labels = dict((name, label) for label, name in zone_choices(datetime(2026, 7, 1, 12)))
    assert labels["Europe/London"] == "London (UTC+1)"
    assert labels["Asia/Kolkata"] == "Kolkata (UTC+5:30)"
    assert labels["America/Argentina/Buenos_Aires"] == "Buenos Aires, Argentina (UTC-3)"  # America/Buenos_Aires too
    assert zone_label("Europe/London", datetime(2026, 12, 1)) == "London (UTC+0)"
    assert zone_label("Etc/UTC", datetime(2026, 12, 1)) == "UTC (UTC+0)"
    assert len(set(labels.values())) == len(labels), "no two zones share a label"
