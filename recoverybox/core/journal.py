"""Journal entries on local days: mood, craving, HALT, reusable trigger tags and free text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import false, func, select

from recoverybox.core.clock import Clock
from recoverybox.core.db import Database
from recoverybox.core.models import JournalEntry, Trigger
from recoverybox.core.validation import ValidationError, check_int_range, clean_text, clean_title

ENTRY_KINDS = ("entry", "reflection", "pledge", "review")
ENTRY_FIELDS = (
    "day",
    "mood",
    "craving",
    "hungry",
    "angry",
    "lonely",
    "tired",
    "gratitude",
    "text",
    "kind",
    "rating",
    "reflection_id",
)


@dataclass
class JournalInput:
    """What a person writes in one entry."""

    day: date
    mood: int | None = None
    craving: int | None = None
    hungry: bool = False
    angry: bool = False
    lonely: bool = False
    tired: bool = False
    triggers: list[str] = field(default_factory=list)
    gratitude: str = ""
    text: str = ""
    kind: str = "entry"
    rating: int | None = None
    reflection_id: int | None = None


def validate_entry(data: JournalInput, today: date) -> JournalInput:
    if not isinstance(data.day, date):
        raise ValidationError("day", "Please choose a date.")
    if data.day > today:
        raise ValidationError("day", "A journal entry can't be dated in the future.")
    mood = None if data.mood is None else check_int_range(data.mood, "mood", 1, 10, "Mood")
    craving = None if data.craving is None else check_int_range(data.craving, "craving", 0, 10, "Craving")
    if data.kind not in ENTRY_KINDS:
        raise ValidationError("kind", "Unknown kind of entry.")
    rating = None if data.rating is None else check_int_range(data.rating, "rating", 1, 5, "How the day went")
    names: list[str] = []
    for raw in data.triggers:
        name = clean_title(raw, "triggers", 80)
        if name.lower() not in {n.lower() for n in names}:
            names.append(name)
    return JournalInput(
        day=data.day,
        mood=mood,
        craving=craving,
        hungry=bool(data.hungry),
        angry=bool(data.angry),
        lonely=bool(data.lonely),
        tired=bool(data.tired),
        triggers=names,
        gratitude=clean_text(data.gratitude, "gratitude", 2000),
        text=clean_text(data.text, "text"),
        kind=data.kind,
        rating=rating,
        reflection_id=data.reflection_id,
    )


class JournalService:
    """Write, change, find and delete entries; every call is one transaction."""

    def __init__(self, db: Database, clock: Clock, today: Callable[[], date]) -> None:
        self._db = db
        self._clock = clock
        self._today = today

    def create(self, data: JournalInput) -> JournalEntry:
        clean = validate_entry(data, self._today())
        now = self._clock.now()
        with self._db.transaction() as session:
            entry = JournalEntry(created_at=now, updated_at=now)
            self._apply(session, entry, clean)
            session.add(entry)
        return entry

    def update(self, entry_id: int, data: JournalInput) -> JournalEntry:
        clean = validate_entry(data, self._today())
        with self._db.transaction() as session:
            entry = self._get(session, entry_id)
            self._apply(session, entry, clean)
            entry.updated_at = self._clock.now()
        return entry

    def delete(self, entry_id: int) -> None:
        with self._db.transaction() as session:
            session.delete(self._get(session, entry_id))

    def get(self, entry_id: int) -> JournalEntry:
        with self._db.reading() as session:
            return self._get(session, entry_id)

    def list(
        self, search: str = "", since: date | None = None, limit: int | None = None, kinds: tuple[str, ...] = ()
    ) -> list[JournalEntry]:
        """Newest first; ``search`` matches text, gratitude or a trigger name; ``kinds`` narrows the kind."""
        with self._db.reading() as session:
            query = self._matching(
                select(JournalEntry).order_by(JournalEntry.day.desc(), JournalEntry.created_at.desc()),
                search,
                since,
                kinds,
            )
            if limit is not None:
                query = query.limit(limit)
            return list(session.scalars(query))

    def count(self, search: str = "") -> int:
        """How many entries ``list(search)`` would give without a limit."""
        with self._db.reading() as session:
            return session.scalar(self._matching(select(func.count(JournalEntry.id)), search, None, ()))

    @staticmethod
    def _matching(query, search: str, since: date | None, kinds: tuple[str, ...]):
        """``query`` narrowed to the entries a search, a first day and kinds select."""
        if kinds:
            query = query.where(JournalEntry.kind.in_(kinds))
        if since is not None:
            query = query.where(JournalEntry.day >= since)
        if search.strip():
            from recoverybox.core.journal_search import matching_ids

            found = matching_ids(search)
            query = query.where(false() if found is None else JournalEntry.id.in_(found))
        return query

    def snippets(self, search: str, entry_ids: list[int]) -> dict[int, str]:
        """For entries a search found: a short extract around the match, with each matched word between
        ``journal_search.MARK_START`` and ``MARK_END`` (for the list to highlight)."""
        from recoverybox.core.journal_search import snippets

        with self._db.reading() as session:
            return snippets(session, search, entry_ids)

    def trigger_names(self) -> list[str]:
        """Every trigger used so far, for autocomplete."""
        with self._db.reading() as session:
            return list(session.scalars(select(Trigger.name).order_by(Trigger.name)))

    def _apply(self, session, entry: JournalEntry, clean: JournalInput) -> None:
        for name in ENTRY_FIELDS:
            setattr(entry, name, getattr(clean, name))
        entry.triggers = [self._trigger(session, name) for name in clean.triggers]

    @staticmethod
    def _trigger(session, name: str) -> Trigger:
        found = session.scalar(select(Trigger).where(Trigger.name == name))
        if found is None:
            found = Trigger(name=name)
            session.add(found)
            session.flush()
        return found

    @staticmethod
    def _get(session, entry_id: int) -> JournalEntry:
        entry = session.get(JournalEntry, entry_id)
        if entry is None:
            raise ValidationError("entry", "This journal entry no longer exists.")
        return entry
