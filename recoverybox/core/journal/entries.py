"""Journal entries on local days: mood, craving, HALT, reusable trigger tags and free text."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import Select, false, func, select
from sqlalchemy.orm import Session

from recoverybox.core.base.changes import Area, Changes
from recoverybox.core.base.clock import Clock
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, Words
from recoverybox.core.base.validation import ValidationError, check_int_range, clean_text, clean_title
from recoverybox.core.storage.db import Database
from recoverybox.core.storage.models import JournalEntry, Trigger, journal_entry_triggers

S = TypeVar("S", bound="Select[Any]")  # a query, narrowed and given back as the same type

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


@dataclass(frozen=True, slots=True)
class JournalRow:
    """What the journal's list shows of an entry: no full text, no ORM object (years of entries list fast)."""

    id: int
    day: date
    kind: str
    rating: int | None
    created_at: datetime
    mood: int | None
    craving: int | None
    first_line: str  # the text's first line, or the gratitude when there is no text
    triggers: str  # the trigger names, comma separated


LINE_PREVIEW = 400  # characters of text read for a row's first line


def validate_entry(data: JournalInput, today: date) -> JournalInput:
    if not isinstance(data.day, date):
        raise ValidationError("day", QT_TRANSLATE_NOOP("errors", "Please choose a date."))
    if data.day > today:
        raise ValidationError("day", QT_TRANSLATE_NOOP("errors", "A journal entry can't be dated in the future."))
    mood = (
        None
        if data.mood is None
        else check_int_range(data.mood, "mood", 1, 10, Words(QT_TRANSLATE_NOOP("errors", "Mood")))
    )
    craving = (
        None
        if data.craving is None
        else check_int_range(data.craving, "craving", 0, 10, Words(QT_TRANSLATE_NOOP("errors", "Craving")))
    )
    if data.kind not in ENTRY_KINDS:
        raise ValidationError("kind", QT_TRANSLATE_NOOP("errors", "Unknown kind of entry."))
    rating = (
        None
        if data.rating is None
        else check_int_range(data.rating, "rating", 1, 5, Words(QT_TRANSLATE_NOOP("errors", "How the day went")))
    )
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

    def create(self, data: JournalInput) -> Changes:
        clean = validate_entry(data, self._today())
        now = self._clock.now()
        with self._db.transaction() as session:
            entry = JournalEntry(created_at=now, updated_at=now)
            self._apply(session, entry, clean)
            session.add(entry)
        return Changes.of(Area.JOURNAL, ids=(entry.id,))

    def update(self, entry_id: int, data: JournalInput) -> Changes:
        clean = validate_entry(data, self._today())
        with self._db.transaction() as session:
            entry = self._get(session, entry_id)
            self._apply(session, entry, clean)
            entry.updated_at = self._clock.now()
        return Changes.of(Area.JOURNAL, ids=(entry_id,))

    def delete(self, entry_id: int) -> Changes:
        with self._db.transaction() as session:
            session.delete(self._get(session, entry_id))
        return Changes.of(Area.JOURNAL, ids=(entry_id,))

    def get(self, entry_id: int) -> JournalEntry:
        with self._db.reading() as session:
            return self._get(session, entry_id)

    def list(
        self, search: str = "", since: date | None = None, limit: int | None = None, kinds: tuple[str, ...] = ()
    ) -> builtins.list[JournalEntry]:
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

    def rows(self, search: str = "", limit: int | None = None, offset: int = 0) -> builtins.list[JournalRow]:
        """``list(search)`` as light rows for a list view, newest first: one query, trigger names included."""
        blank = " \t\r\n"
        names = (
            select(func.group_concat(Trigger.name, ", "))
            .join(journal_entry_triggers, journal_entry_triggers.c.trigger_id == Trigger.id)
            .where(journal_entry_triggers.c.entry_id == JournalEntry.id)
            .scalar_subquery()
        )
        newest_first = (JournalEntry.day.desc(), JournalEntry.created_at.desc(), JournalEntry.id.desc())
        # First the page's ids (the order index, no entry read), then only those rows' columns.
        page = self._matching(select(JournalEntry.id).order_by(*newest_first), search, None, ())
        if limit is not None:
            page = page.limit(limit)
        if offset:
            page = page.offset(offset)
        query = select(
            JournalEntry.id,
            JournalEntry.day,
            JournalEntry.kind,
            JournalEntry.rating,
            JournalEntry.created_at,
            JournalEntry.mood,
            JournalEntry.craving,
            func.substr(func.ltrim(JournalEntry.text, blank), 1, LINE_PREVIEW),
            func.substr(func.ltrim(JournalEntry.gratitude, blank), 1, LINE_PREVIEW),
            names,
        ).where(JournalEntry.id.in_(page.scalar_subquery()))
        query = query.order_by(*newest_first)
        with self._db.reading() as session:
            found = session.execute(query).all()
        return [
            JournalRow(
                entry_id,
                day,
                kind,
                rating,
                created,
                mood,
                craving,
                _first_line(body or "", gratitude or ""),
                tags or "",
            )
            for entry_id, day, kind, rating, created, mood, craving, body, gratitude, tags in found
        ]

    def count(self, search: str = "") -> int:
        """How many entries ``list(search)`` would give without a limit."""
        with self._db.reading() as session:
            return session.scalar(self._matching(select(func.count(JournalEntry.id)), search, None, ())) or 0

    @staticmethod
    def _matching(query: S, search: str, since: date | None, kinds: tuple[str, ...]) -> S:
        """``query`` narrowed to the entries a search, a first day and kinds select."""
        if kinds:
            query = query.where(JournalEntry.kind.in_(kinds))
        if since is not None:
            query = query.where(JournalEntry.day >= since)
        if search.strip():
            from recoverybox.core.journal.search import matching_ids

            found = matching_ids(search)
            query = query.where(false() if found is None else JournalEntry.id.in_(found))
        return query

    def snippets(self, search: str, entry_ids: builtins.list[int]) -> dict[int, str]:
        """For entries a search found: a short extract around the match, with each matched word between
        ``journal_search.MARK_START`` and ``MARK_END`` (for the list to highlight)."""
        from recoverybox.core.journal.search import snippets

        with self._db.reading() as session:
            return snippets(session, search, entry_ids)

    def trigger_names(self) -> builtins.list[str]:
        """Every trigger used so far, for autocomplete."""
        with self._db.reading() as session:
            return list(session.scalars(select(Trigger.name).order_by(Trigger.name)))

    def _apply(self, session: Session, entry: JournalEntry, clean: JournalInput) -> None:
        for name in ENTRY_FIELDS:
            setattr(entry, name, getattr(clean, name))
        entry.triggers = [self._trigger(session, name) for name in clean.triggers]

    @staticmethod
    def _trigger(session: Session, name: str) -> Trigger:
        found = session.scalar(select(Trigger).where(Trigger.name == name))
        if found is None:
            found = Trigger(name=name)
            session.add(found)
            session.flush()
        return found

    @staticmethod
    def _get(session: Session, entry_id: int) -> JournalEntry:
        entry = session.get(JournalEntry, entry_id)
        if entry is None:
            raise ValidationError("entry", QT_TRANSLATE_NOOP("errors", "This journal entry no longer exists."))
        return entry


def _first_line(text: str, gratitude: str) -> str:
    """An entry's first line as the list shows it: the text's, or the gratitude when the text is blank."""
    return text.strip().splitlines()[0] if text.strip() else gratitude
