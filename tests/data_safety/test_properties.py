"""Random (and hostile) sequences of service calls: only ValidationError escapes, and invariants hold."""

from datetime import UTC, date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import func, select

from recoverybox.core.app.opening import open_memory
from recoverybox.core.app.services import Services
from recoverybox.core.base.clock import FixedClock
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.calendar.ics import IcsError
from recoverybox.core.goals.service import GoalInput
from recoverybox.core.journal.entries import JournalInput
from recoverybox.core.storage.models import CheckIn, Event, JournalEntry
from recoverybox.core.support.contacts import ContactInput

TODAY = date(2026, 11, 27)
hostile_text = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        [
            "",
            " ",
            "\x00\x01",
            "'; DROP TABLE goals; --",
            "😀🙏🏽" * 20,
            "Robert'); DELETE FROM events;--",
            "a" * 250,
            "\n\n",
            "%_\\",
            "ünïcödé",
        ]
    ),
)
days = st.dates(min_value=date(2020, 1, 1), max_value=date(2027, 1, 1))
numbers = st.one_of(st.integers(-5, 20), st.floats(allow_nan=True, allow_infinity=True), st.none())


class RecoveryBoxMachine(RuleBasedStateMachine):
    """A person (or a hostile file) doing random things; the store must stay consistent."""

    def __init__(self) -> None:
        super().__init__()
        self.services = Services(open_memory(), FixedClock(datetime(2026, 11, 27, 12, tzinfo=UTC)))
        self.services.settings.set("timezone", "Europe/London")
        self.goals: list[int] = []
        self.journal: dict[int, str] = {}
        self.checkins: set[tuple[int, date]] = set()
        self.events = 0

    def teardown(self) -> None:
        self.services.close()

    def attempt(self, action):
        try:
            return action()
        except ValidationError:
            return None

    @rule(title=hostile_text, kind=st.sampled_from(["daily", "weekly_count", "measured", "bogus"]), amount=numbers)
    def add_goal(self, title, kind, amount):
        goal = self.attempt(lambda: self.services.goals.create(GoalInput(title, kind=kind, target=amount)))
        if goal is not None:
            self.goals.append(goal.id)

    @precondition(lambda self: self.goals)
    @rule(index=st.integers(0, 50), day=days, value=numbers)
    def check_in(self, index, day, value):
        goal_id = self.goals[index % len(self.goals)]
        row = self.attempt(lambda: self.services.goals.check_in(goal_id, day, value=value if value is not None else 1))
        if row is not None:
            self.checkins.add((goal_id, day))

    @rule(text=hostile_text, mood=numbers, craving=numbers, day=days, triggers=st.lists(hostile_text, max_size=3))
    def write_journal(self, text, mood, craving, day, triggers):
        entry = self.attempt(
            lambda: self.services.journal.create(
                JournalInput(day, mood=mood, craving=craving, triggers=triggers, text=text)
            )
        )
        if entry is not None:
            self.journal[entry.id] = text
            assert self.services.journal.get(entry.id).text == text  # read back equals what was written

    @rule(
        title=hostile_text,
        hours=st.integers(-3, 30),
        rule_text=st.one_of(
            st.none(), hostile_text, st.sampled_from(["FREQ=WEEKLY", "FREQ=DAILY;COUNT=5", "FREQ=MONTHLY;BYDAY=1MO"])
        ),
        tz=st.sampled_from(["Europe/London", "America/New_York", "Nowhere/Land", ""]),
        offsets=st.lists(st.integers(-10, 20000), max_size=3),
    )
    def add_event(self, title, hours, rule_text, tz, offsets):
        start = datetime(2026, 11, 30, 9)
        event = self.attempt(
            lambda: self.services.calendar.create_event(
                EventInput(title, start, start + timedelta(hours=hours), tz, rrule=rule_text, reminder_offsets=offsets)
            )
        )
        if event is not None:
            self.events += 1
            assert self.services.calendar.get_event(event.id).title == title.strip()

    @rule(name=hostile_text, phone=hostile_text, email=hostile_text)
    def add_contact(self, name, phone, email):
        self.attempt(lambda: self.services.contacts.create(ContactInput(name, "friend", phone, email)))

    @rule(query=hostile_text)
    def search(self, query):
        self.services.journal.list(search=query)

    @invariant()
    def counts_are_consistent(self):
        with self.services.db.reading() as session:
            assert session.scalar(select(func.count()).select_from(JournalEntry)) == len(self.journal)
            assert session.scalar(select(func.count()).select_from(CheckIn)) == len(self.checkins)
            assert session.scalar(select(func.count()).select_from(Event)) == self.events

    @invariant()
    def streaks_are_never_negative(self):
        for goal in self.services.goals.list():
            summary = self.services.goals.summary(goal)
            assert summary.current_streak >= 0 and summary.best_streak >= summary.current_streak


TestRecoveryBoxMachine = RecoveryBoxMachine.TestCase
TestRecoveryBoxMachine.settings = settings(
    max_examples=25, stateful_step_count=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

GOOD_ICS = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a@b\r\nSUMMARY:Group\r\n"
    b"DTSTART;TZID=Europe/London:20261201T190000\r\nDTEND;TZID=Europe/London:20261201T200000\r\n"
    b"RRULE:FREQ=WEEKLY;COUNT=4\r\nBEGIN:VALARM\r\nTRIGGER:-PT30M\r\nACTION:DISPLAY\r\nEND:VALARM\r\n"
    b"END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def mutate(data: bytes, cuts: list[tuple[int, int, bytes]]) -> bytes:
    out = bytearray(data)
    for position, length, insert in cuts:
        position %= max(len(out), 1)
        out[position : position + length] = insert
    return bytes(out)


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=2000),
        st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 20), st.binary(max_size=12)), max_size=6).map(
            lambda cuts: mutate(GOOD_ICS, cuts)
        ),
    )
)
def test_ics_importer_raises_only_its_own_error_and_never_writes_partially(raw):
    services = Services(open_memory(), FixedClock(datetime(2026, 11, 27, 12, tzinfo=UTC)))
    services.settings.set("timezone", "Europe/London")
    try:
        services.ics.import_bytes(raw)
    except IcsError as error:
        assert error.message and "Traceback" not in error.message
        with services.db.reading() as session:
            assert session.scalar(select(func.count()).select_from(Event)) == 0
    finally:
        services.close()
