"""Journal entries, contacts and settings."""

from datetime import date

import pytest
from sqlalchemy import func, select

from recoverybox.core.base.validation import ValidationError
from recoverybox.core.journal.entries import JournalInput
from recoverybox.core.storage.models import JournalEntry, Trigger
from recoverybox.core.support.contacts import ContactInput

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (JournalInput(TODAY, mood=0), "mood"),
        (JournalInput(TODAY, mood=11), "mood"),
        (JournalInput(TODAY, mood=5.5), "mood"),
        (JournalInput(TODAY, craving=-1), "craving"),
        (JournalInput(TODAY, craving=11), "craving"),
        (JournalInput(date(2026, 11, 28)), "day"),
        (JournalInput(TODAY, triggers=[""]), "triggers"),
    ],
)
def test_bad_journal_input_names_the_field_and_writes_nothing(services, data, field):
    with pytest.raises(ValidationError) as err:
        services.journal.create(data)
    assert err.value.field == field
    with services.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(JournalEntry)) == 0
        assert session.scalar(select(func.count()).select_from(Trigger)) == 0


def test_entry_round_trips_and_triggers_are_reused_case_insensitively(services):
    first = services.journal.get(
        services.journal.create(
            JournalInput(TODAY, mood=4, craving=7, lonely=True, triggers=["Payday", "payday", "Pub"], text="Rough")
        ).id
    )
    services.journal.create(JournalInput(TODAY, mood=6, triggers=["PAYDAY"], gratitude="My sister called"))
    assert [t.name for t in first.triggers] == ["Payday", "Pub"]
    assert services.journal.trigger_names() == ["Payday", "Pub"]
    again = services.journal.get(first.id)
    assert (again.mood, again.craving, again.lonely, again.hungry, again.text) == (4, 7, True, False, "Rough")


def test_search_finds_text_gratitude_and_tags_and_escapes_wildcards(services):
    services.journal.create(JournalInput(TODAY, text="Walked 100% of the way", triggers=["stress"]))
    services.journal.create(JournalInput(TODAY, gratitude="sunshine"))
    services.journal.create(JournalInput(TODAY, text="nothing special"))
    assert len(services.journal.list("stress")) == 1
    assert len(services.journal.list("SUNSHINE")) == 1
    assert len(services.journal.list("100%")) == 1
    assert services.journal.list("%") == []  # no word in it: nothing to look for, and no wildcard either
    assert len(services.journal.list("")) == 3


def test_search_uses_the_full_text_index_kept_in_step_with_each_change(services):
    from recoverybox.core.journal.search import MARK_END, MARK_START

    cafe = services.journal.create(JournalInput(TODAY, text="Coffee at the Café with Sam, then walked home"))
    other = services.journal.create(JournalInput(TODAY, text="A hard evening", triggers=["payday"]))
    assert [e.id for e in services.journal.list("cafe")] == [cafe.id]  # case and accents folded
    assert [e.id for e in services.journal.list("walk")] == [cafe.id]  # a word typed matches its start
    assert [e.id for e in services.journal.list("pay")] == [other.id]  # trigger names too
    assert [e.id for e in services.journal.list("sam home")] == [cafe.id]  # every word must be there
    for hostile in ('"', "NEAR(sam", "sam OR evening", "*", "col:sam", "'); DROP TABLE journal_fts; --"):
        services.journal.list(hostile)  # FTS5 syntax typed by a person is only text, never an error
    assert services.journal.list("sam OR evening") == []  # "or" is a word to find here, not an operator
    snippet = services.journal.snippets("cafe", [cafe.id])[cafe.id]
    assert f"{MARK_START}Café{MARK_END}" in snippet
    services.journal.update(cafe.id, JournalInput(TODAY, text="Tea instead"))
    assert services.journal.list("cafe") == [] and len(services.journal.list("tea")) == 1
    services.journal.update(other.id, JournalInput(TODAY, text="A hard evening", triggers=["lonely"]))
    assert services.journal.list("payday") == [] and len(services.journal.list("lonely")) == 1
    services.journal.delete(other.id)
    assert services.journal.list("evening") == []
    assert services.journal.count("tea") == 1


def test_list_rows_come_a_page_at_a_time_newest_first_with_what_the_list_shows(services):
    journal = services.journal
    for day in range(1, 26):
        journal.create(JournalInput(date(2026, 10, day), text=f"\n  walked {day}\nmore", triggers=["payday", "tired"]))
    journal.create(JournalInput(date(2026, 10, 26), gratitude="A friend called"))  # no text: the gratitude shows
    everything = journal.list()
    pages = [journal.rows(limit=10, offset=offset) for offset in (0, 10, 20)]
    assert [len(page) for page in pages] == [10, 10, 6]
    assert [row.id for page in pages for row in page] == [entry.id for entry in everything]
    newest, walked = pages[0][0], pages[0][1]
    assert newest.first_line == "A friend called" and newest.triggers == ""
    assert walked.first_line == "walked 25" and sorted(walked.triggers.split(", ")) == ["payday", "tired"]
    assert walked.created_at.tzinfo is not None and walked.day == date(2026, 10, 25)
    found = journal.rows(search="walk", limit=5, offset=20)
    assert [row.first_line for row in found] == ["walked 5", "walked 4", "walked 3", "walked 2", "walked 1"]
    assert journal.count(search="walk") == 25 and journal.rows(search="!!") == []


def test_update_and_delete_entry(services):
    entry = services.journal.create(JournalInput(TODAY, text="draft"))
    services.journal.update(entry.id, JournalInput(TODAY, text="final", mood=8))
    assert services.journal.get(entry.id).text == "final"
    services.journal.delete(entry.id)
    assert services.journal.list() == []


def test_contacts_validate_and_list_pinned_first(services):
    with pytest.raises(ValidationError) as err:
        services.contacts.create(ContactInput("Sam", email="not an email"))
    assert err.value.field == "email"
    with pytest.raises(ValidationError) as err:
        services.contacts.create(ContactInput("Sam", role="boss"))
    assert err.value.field == "role"
    services.contacts.create(ContactInput("Zed", "friend", "+1 555 0100"))
    services.contacts.create(ContactInput("Sam", "sponsor", "+1 555 0199", pinned=True))
    assert [c.name for c in services.contacts.list()] == ["Sam", "Zed"]
    assert [c.name for c in services.contacts.list(pinned_only=True)] == ["Sam"]


def test_settings_are_typed_with_defaults(services):
    assert services.settings.get("day_start_hour") == 7
    services.settings.set("day_start_hour", 6)
    assert services.settings.get("day_start_hour") == 6
    with pytest.raises(ValidationError):
        services.settings.set("day_start_hour", "six")
    with pytest.raises(ValidationError):
        services.settings.set("timezone", "Nowhere/Special")
    with pytest.raises(ValidationError):
        services.settings.set("no_such_setting", 1)
    assert services.settings.get("timezone") == "Europe/London"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("theme", "purple"),
        ("clock_format", "36h"),
        ("week_start", 3),
        ("day_start_hour", 23),
        ("backup_daily", 0),
        ("morning_reminder", "8am"),
        ("quiet_start", "25:00"),
        ("default_offsets", [-5]),
        ("crisis_line", "x" * 201),
    ],
)
def test_every_setting_is_validated(services, key, value):
    before = services.settings.get(key)
    with pytest.raises(ValidationError) as err:
        services.settings.set(key, value)
    assert err.value.field == key
    assert services.settings.get(key) == before


def test_all_reads_every_setting_in_one_go(services):
    services.settings.set("theme", "dark")
    values = services.settings.all()
    assert values["theme"] == "dark" and values["timezone"] == "Europe/London" and values["backup_daily"] == 7


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_non_finite_numbers_are_a_validation_error_not_a_crash(services, value):
    # Found by the property-based tests: int(nan) used to raise ValueError.
    with pytest.raises(ValidationError) as err:
        services.journal.create(JournalInput(TODAY, mood=value))
    assert err.value.field == "mood"
