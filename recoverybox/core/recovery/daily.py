"""Daily reflections, the morning pledge and evening review, the urge log, and the relapse-prevention plan."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import func, select

from recoverybox.core.base.changes import Area, Changes
from recoverybox.core.base.clock import Clock
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, Words
from recoverybox.core.base.validation import ValidationError, check_int_range, clean_text
from recoverybox.core.journal.entries import JournalInput, JournalService
from recoverybox.core.recovery.daily_content import (
    SECTION_KEYS,
    Reflection,
    pledge_streak,
    reflection_for,
    reflections,
)
from recoverybox.core.storage.db import Database
from recoverybox.core.storage.models import FavouriteReflection, JournalEntry, PlanSection, Urge


@dataclass
class UrgeInput:
    """What a person notes about an urge."""

    intensity: int
    trigger: str = ""
    place: str = ""
    helped: str = ""
    passed: bool | None = None
    at: datetime | None = None


class RecoveryService:
    """Reflections, pledges, reviews, urges and the plan; every write is one transaction."""

    def __init__(
        self, db: Database, clock: Clock, today: Callable[[], date], journal: JournalService, zone: Callable[[], tzinfo]
    ) -> None:
        self._db = db
        self._clock = clock
        self._today = today
        self._journal = journal
        self._zone = zone

    # ---- reflections ----------------------------------------------------------------------------
    def todays_reflection(self) -> Reflection:
        return reflection_for(self._today())

    def answer_reflection(self, reflection: Reflection, text: str) -> Changes:
        """The answer, kept as a journal entry."""
        return self._journal.create(
            JournalInput(self._today(), text=text, kind="reflection", reflection_id=reflection.id)
        ) | Changes.of(Area.RECOVERY)

    def set_favourite(self, reflection_id: int, starred: bool) -> Changes:
        with self._db.transaction() as session:
            row = session.get(FavouriteReflection, reflection_id)
            if starred and row is None:
                session.add(FavouriteReflection(reflection_id=reflection_id, starred_at=self._clock.now()))
            elif not starred and row is not None:
                session.delete(row)
        return Changes.of(Area.RECOVERY, ids=(reflection_id,))

    def favourites(self) -> list[Reflection]:
        with self._db.reading() as session:
            ids = set(session.scalars(select(FavouriteReflection.reflection_id)))
        return [r for r in reflections() if r.id in ids]

    # ---- pledge and review ----------------------------------------------------------------------
    def pledge(self, text: str) -> Changes:
        text = clean_text(text, "pledge", 1000).strip()
        if not text:
            raise ValidationError(
                "pledge", QT_TRANSLATE_NOOP("errors", "Write what you commit to today (or keep the suggested words).")
            )
        existing = self._journal.list(since=self._today(), kinds=("pledge",))
        if existing:
            made = self._journal.update(existing[0].id, JournalInput(self._today(), text=text, kind="pledge"))
        else:
            made = self._journal.create(JournalInput(self._today(), text=text, kind="pledge"))
        return made | Changes.of(Area.RECOVERY)

    def pledged_today(self) -> bool:
        return bool(self._journal.list(since=self._today(), kinds=("pledge",)))

    def pledge_streak(self) -> int:
        with self._db.reading() as session:
            days = set(session.scalars(select(JournalEntry.day).where(JournalEntry.kind == "pledge")))
        return pledge_streak(days, self._today())

    def review(self, rating: int, line: str = "") -> Changes:
        """How today went (1 easy … 5 very hard) and a line; one review a day, updated if given again."""
        check_int_range(rating, "rating", 1, 5, Words(QT_TRANSLATE_NOOP("errors", "How the day went")))
        data = JournalInput(self._today(), text=line, kind="review", rating=rating)
        existing = self._journal.list(since=self._today(), kinds=("review",))
        made = self._journal.update(existing[0].id, data) if existing else self._journal.create(data)
        return made | Changes.of(Area.RECOVERY)

    # ---- urges ----------------------------------------------------------------------------------
    def log_urge(self, data: UrgeInput) -> Changes:
        intensity = check_int_range(data.intensity, "intensity", 0, 10, Words(QT_TRANSLATE_NOOP("errors", "Intensity")))
        at = data.at or self._clock.now()
        if at > self._clock.now() + timedelta(minutes=1):
            raise ValidationError("at", QT_TRANSLATE_NOOP("errors", "An urge can't be logged in the future."))
        row = Urge(
            at=at,
            day=at.astimezone(self._zone()).date(),
            intensity=intensity,
            trigger=_line(data.trigger, "trigger"),
            place=_line(data.place, "place"),
            helped=clean_text(data.helped, "helped", 2000),
            passed=data.passed,
        )
        with self._db.transaction() as session:
            session.add(row)
        return Changes.of(Area.RECOVERY, ids=(row.id,))

    def urges(self, since: date | None = None) -> list[Urge]:
        with self._db.reading() as session:
            query = select(Urge).order_by(Urge.at.desc())
            if since is not None:
                query = query.where(Urge.day >= since)
            return list(session.scalars(query))

    def urges_this_week(self) -> int:
        today = self._today()
        monday = today - timedelta(days=today.weekday())
        with self._db.reading() as session:
            return session.scalar(select(func.count()).select_from(Urge).where(Urge.day >= monday)) or 0

    def delete_urge(self, urge_id: int) -> Changes:
        with self._db.transaction() as session:
            row = session.get(Urge, urge_id)
            if row is not None:
                session.delete(row)
        return Changes.of(Area.RECOVERY, ids=(urge_id,))

    # ---- plan -----------------------------------------------------------------------------------
    def plan(self) -> dict[str, str]:
        with self._db.reading() as session:
            stored = {row.key: row.text for row in session.scalars(select(PlanSection))}
        return {key: stored.get(key, "") for key in SECTION_KEYS}

    def save_plan(self, sections: dict[str, str]) -> Changes:
        """Save several sections together (one transaction)."""
        for key, text in sections.items():
            if key not in SECTION_KEYS:
                raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "Unknown plan section."))
            clean_text(text, key, 20_000)
        now = self._clock.now()
        with self._db.transaction() as session:
            for key, text in sections.items():
                session.merge(PlanSection(key=key, text=text, updated_at=now))
        return Changes.of(Area.RECOVERY, keys=sections)

    def reasons(self) -> list[str]:
        return [line.strip(" -•\t") for line in self.plan()["reasons"].splitlines() if line.strip(" -•\t")]

    def own_coping(self) -> list[str]:
        return [line.strip(" -•\t") for line in self.plan()["own_coping"].splitlines() if line.strip(" -•\t")]


def _line(text: str, field: str) -> str:
    value = (text or "").strip()
    if len(value) > 200 or any(ord(c) < 32 for c in value):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Please keep this to one line under 200 characters."))
    return value
