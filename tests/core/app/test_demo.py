"""The demo data set is realistic in size and deterministic."""

from datetime import UTC, datetime

from sqlalchemy import func, select

from recoverybox.core.app.demo import generate
from recoverybox.core.app.opening import open_memory
from recoverybox.core.app.services import Services
from recoverybox.core.base.clock import FixedClock
from recoverybox.core.storage.models import CheckIn, Event, JournalEntry, SobrietyPeriod


def build(years=5, seed=7):
    services = Services(open_memory(), FixedClock(datetime(2026, 11, 27, 12, tzinfo=UTC)))
    services.settings.set("timezone", "Europe/London")
    return services, generate(services, years=years, seed=seed)


def counts(services):
    with services.db.reading() as session:
        return {
            model.__name__: session.scalar(select(func.count()).select_from(model))
            for model in (CheckIn, Event, JournalEntry, SobrietyPeriod)
        }


def test_five_years_has_the_promised_shape():
    services, summary = build()
    found = counts(services)
    assert 1700 <= found["JournalEntry"] <= 1830
    assert 33_000 <= found["CheckIn"] <= 39_000
    assert 18 <= summary.goals <= 22
    assert 480 <= found["Event"] <= 520
    assert 2 <= found["SobrietyPeriod"] <= 3
    four_weeks = services.calendar.occurrences_between(
        datetime(2026, 11, 2, tzinfo=UTC), datetime(2026, 11, 30, tzinfo=UTC)
    )
    assert sum(1 for o in four_weeks if o.kind == "therapy") == 2  # every other week
    week = services.calendar.week(datetime(2026, 11, 23).date(), services.zone)
    assert sum(1 for o in week if o.kind == "meeting" and o.recurring) == 5
    services.close()


def test_same_seed_same_data():
    first, _ = build(years=1)
    second, _ = build(years=1)
    with first.db.reading() as a, second.db.reading() as b:
        rows_a = a.execute(select(JournalEntry.day, JournalEntry.mood, JournalEntry.text)).all()
        rows_b = b.execute(select(JournalEntry.day, JournalEntry.mood, JournalEntry.text)).all()
    assert rows_a == rows_b
    first.close()
    second.close()
