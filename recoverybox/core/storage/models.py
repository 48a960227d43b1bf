"""ORM models: every table. Import ``Base`` from here when its metadata must hold them all (``columns`` has
only the base). Instants are UTC (``UTCDateTime``); days in a person's life are local ``Date``s."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    DDL,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recoverybox.core.storage.columns import Base as Base  # re-exported: its metadata holds every table below
from recoverybox.core.storage.columns import UTCDateTime


class Setting(Base):
    """One typed option (see ``settings.py``), stored as JSON text."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Goal(Base):
    """Something the person checks in on: a daily habit, a weekly count or a measured number."""

    __tablename__ = "goals"
    __table_args__ = (
        CheckConstraint("kind IN ('daily', 'weekly_count', 'measured')", name="kind"),
        CheckConstraint("status IN ('active', 'paused', 'archived')", name="status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    area: Mapped[str] = mapped_column(String(20), default="custom")
    kind: Mapped[str] = mapped_column(String(20), default="daily")
    target: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(40))
    linked_event_kind: Mapped[str | None] = mapped_column(String(20))
    remind_at: Mapped[str | None] = mapped_column(String(5))
    status: Mapped[str] = mapped_column(String(10), default="active")
    paused_on: Mapped[date | None] = mapped_column(Date)
    created_on: Mapped[date] = mapped_column(Date)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")

    check_ins: Mapped[list[CheckIn]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", passive_deletes=True
    )


class CheckIn(Base):
    """A goal done (or measured) on one local day."""

    __tablename__ = "check_ins"
    __table_args__ = (UniqueConstraint("goal_id", "day"), Index("ix_check_ins_day", "day"))

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float, default=1.0)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    goal: Mapped[Goal] = relationship(back_populates="check_ins")


class GoalWeek(Base):
    """A goal's week (keyed by its Monday): the total of its days and how many count as done. Kept in step
    with check-ins by ``core.goal_stats``."""

    __tablename__ = "goal_weeks"
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), primary_key=True)
    monday: Mapped[date] = mapped_column(Date, primary_key=True)
    total: Mapped[float] = mapped_column(Float, default=0.0)
    days_done: Mapped[int] = mapped_column(Integer, default=0)


class GoalRun(Base):
    """An unbroken run of a goal: done days (daily, measured) or weeks that met the target (weekly count,
    from Monday to Monday). Kept in step with check-ins by ``core.goal_stats``."""

    __tablename__ = "goal_runs"
    __table_args__ = (
        Index("ix_goal_runs_goal_last", "goal_id", "last_day"),
        Index("ix_goal_runs_goal_length", "goal_id", "length"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"))
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    length: Mapped[int] = mapped_column(Integer)


# Worked out from other tables (``core.goal_stats``): not exported, rebuilt after an import. The calendar sync's
# own state (``core.sync``) belongs to this computer and its server: not exported either.
DERIVED_TABLES = frozenset({"goal_weeks", "goal_runs", "sync_account", "sync_resources", "sync_queue"})


def stored_tables() -> list[Table]:
    """The tables that hold what a person entered, parents first."""
    return [table for table in Base.metadata.sorted_tables if table.name not in DERIVED_TABLES]


class Event(Base):
    """A calendar event or the master of a recurring series.

    ``start_local``/``end_local`` are wall-clock times in ``tz`` (what RFC 5545 DTSTART;TZID means);
    ``start_utc``/``end_utc`` are the same first occurrence as instants, and ``series_end_utc`` the end
    of the last occurrence (None for an unbounded series) so a range query can skip ended series.
    """

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_range", "start_utc", "series_end_utc"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(255), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="other")
    fellowship: Mapped[str | None] = mapped_column(String(20))
    location: Mapped[str | None] = mapped_column(String(500))
    online_url: Mapped[str | None] = mapped_column(String(500))
    tz: Mapped[str] = mapped_column(String(64))
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    start_local: Mapped[datetime] = mapped_column(DateTime)
    end_local: Mapped[datetime] = mapped_column(DateTime)
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    rrule: Mapped[str | None] = mapped_column(Text)
    # RFC 5545 RDATE: extra wall-clock starts in ``tz``, ISO 8601, comma-separated.
    rdates: Mapped[str | None] = mapped_column(Text)
    series_end_utc: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    # A calendar sync's copy of this computer's version of the event with this UID, kept when the server's
    # version had changed too (``core.sync``): the week shows both until the person chooses.
    conflict_of: Mapped[str | None] = mapped_column(String(255))
    # Deleted on the server and found so by a sync: kept here, out of the calendar, with its attendance and
    # reminders, until the person brings it back (``core.sync``). A sync never deletes an event's history.
    sync_deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    exceptions: Mapped[list[EventException]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True, lazy="selectin"
    )
    reminders: Mapped[list[Reminder]] = relationship(
        back_populates="event",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="selectin",
        order_by="Reminder.offset_minutes",
    )


class EventException(Base):
    """One occurrence of a series cancelled or changed (RFC 5545 EXDATE / RECURRENCE-ID)."""

    __tablename__ = "event_exceptions"
    __table_args__ = (
        UniqueConstraint("event_id", "original_start_local"),
        # A moved occurrence can fall outside its series' span: the range query finds it through this.
        Index("ix_event_exceptions_moved", "start_local"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    original_start_local: Mapped[datetime] = mapped_column(DateTime)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    start_local: Mapped[datetime | None] = mapped_column(DateTime)
    end_local: Mapped[datetime | None] = mapped_column(DateTime)
    title: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    # None: as the series; True/False: this occurrence alone is all-day or timed.
    all_day: Mapped[bool | None] = mapped_column(Boolean)
    # None: as the series. A place of its own; reminders of its own (minutes before, "15,60"; "" for none).
    location: Mapped[str | None] = mapped_column(String(500))
    reminders: Mapped[str | None] = mapped_column(String(200))

    def own_reminders(self) -> tuple[int, ...] | None:
        """This occurrence's own reminder offsets (minutes before), or None when it has the series' ones."""
        if self.reminders is None:
            return None
        return tuple(int(part) for part in self.reminders.split(",") if part.strip().isdigit())

    event: Mapped[Event] = relationship(back_populates="exceptions")


class Attendance(Base):
    """Whether the person went to one occurrence of a meeting or session."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("event_id", "original_start_local"),
        CheckConstraint("status IN ('attended', 'missed')", name="status"),
        # Covers the Progress view's attendance counts (no table reads).
        Index("ix_attendance_chart", "status", "day", "event_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    original_start_local: Mapped[datetime] = mapped_column(DateTime)
    day: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(10))


class Reminder(Base):
    """Remind ``offset_minutes`` before each occurrence of an event."""

    __tablename__ = "reminders"
    __table_args__ = (
        UniqueConstraint("event_id", "offset_minutes"),
        CheckConstraint("offset_minutes BETWEEN 0 AND 10080", name="offset"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    offset_minutes: Mapped[int] = mapped_column(Integer)
    # "always": shown even during quiet hours.
    always: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    event: Mapped[Event] = relationship(back_populates="reminders")


class ReminderLog(Base):
    """Each reminder shown, keyed by what it was for and when it was due: never shown twice."""

    __tablename__ = "reminder_log"
    __table_args__ = (UniqueConstraint("reminder_key", "due_utc"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    reminder_key: Mapped[str] = mapped_column(String(100))
    due_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    shown_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(12), default="shown")
    snooze_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


journal_entry_triggers = Table(
    "journal_entry_triggers",
    Base.metadata,
    Column("entry_id", ForeignKey("journal_entries.id", ondelete="CASCADE"), primary_key=True),
    Column("trigger_id", ForeignKey("triggers.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Trigger(Base):
    """A reusable trigger tag ("payday", "lonely evenings")."""

    __tablename__ = "triggers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80, collation="NOCASE"), unique=True)


class JournalEntry(Base):
    """A timestamped journal entry on a local day: mood, craving, HALT, triggers, words."""

    __tablename__ = "journal_entries"
    __table_args__ = (
        CheckConstraint("mood IS NULL OR mood BETWEEN 1 AND 10", name="mood"),
        CheckConstraint("craving IS NULL OR craving BETWEEN 0 AND 10", name="craving"),
        # Covers the Progress view's mood and craving means (no reads of the entries' text).
        Index("ix_journal_entries_chart", "day", "mood", "craving"),
        # The journal list's order: a page of ids without reading the entries.
        Index("ix_journal_entries_order", "day", "created_at", "id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(20), default="entry")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    mood: Mapped[int | None] = mapped_column(Integer)
    craving: Mapped[int | None] = mapped_column(Integer)
    hungry: Mapped[bool] = mapped_column(Boolean, default=False)
    angry: Mapped[bool] = mapped_column(Boolean, default=False)
    lonely: Mapped[bool] = mapped_column(Boolean, default=False)
    tired: Mapped[bool] = mapped_column(Boolean, default=False)
    gratitude: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    # Evening review: 1 easy … 5 very hard. Reflection answers name the reflection they answer.
    rating: Mapped[int | None] = mapped_column(Integer)
    reflection_id: Mapped[int | None] = mapped_column(Integer)

    triggers: Mapped[list[Trigger]] = relationship(secondary=journal_entry_triggers, lazy="selectin")


class SobrietyClock(Base):
    """A sober-since clock for one substance or behaviour; its history lives in periods."""

    __tablename__ = "sobriety_clocks"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    daily_cost: Mapped[float | None] = mapped_column(Float)
    daily_minutes: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    periods: Mapped[list[SobrietyPeriod]] = relationship(
        back_populates="clock", order_by="SobrietyPeriod.started_on", lazy="selectin"
    )


class SobrietyPeriod(Base):
    """One attempt: sober from ``started_on`` until ``ended_on`` (None while it goes on). Never deleted."""

    __tablename__ = "sobriety_periods"
    id: Mapped[int] = mapped_column(primary_key=True)
    clock_id: Mapped[int] = mapped_column(ForeignKey("sobriety_clocks.id", ondelete="RESTRICT"), index=True)
    started_on: Mapped[date] = mapped_column(Date)
    started_time: Mapped[str | None] = mapped_column(String(5))
    ended_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    clock: Mapped[SobrietyClock] = relationship(back_populates="periods")


class MilestoneLog(Base):
    """A milestone celebrated for one period, so it is celebrated once, even across restarts."""

    __tablename__ = "milestone_log"
    __table_args__ = (UniqueConstraint("period_id", "days"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("sobriety_periods.id", ondelete="CASCADE"), index=True)
    days: Mapped[int] = mapped_column(Integer)
    celebrated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Contact(Base):
    """Someone in the person's support network."""

    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="friend")
    phone: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(200))
    best_times: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)


class Urge(Base):
    """A quick "I have an urge" note: how strong, what set it off, what helped, whether it passed."""

    __tablename__ = "urges"
    __table_args__ = (CheckConstraint("intensity BETWEEN 0 AND 10", name="intensity"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    intensity: Mapped[int] = mapped_column(Integer)
    trigger: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    helped: Mapped[str] = mapped_column(Text, default="")
    passed: Mapped[bool | None] = mapped_column(Boolean)


class PlanSection(Base):
    """One section of the relapse-prevention plan (or the reasons and own coping lists), as free text."""

    __tablename__ = "plan_sections"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class FavouriteReflection(Base):
    """A daily reflection the person starred."""

    __tablename__ = "favourite_reflections"
    reflection_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    starred_at: Mapped[datetime] = mapped_column(UTCDateTime)


# A kept meeting list's stored meetings can be far longer than any text a person types (a 20 MB feed at most).
MEETING_LIST_TEXT = 40_000_000


class MeetingList(Base):
    """A meeting list the person loaded (Meeting Guide JSON or table), kept so it can be filtered and reloaded.

    ``meetings`` holds the checked meetings as JSON (``core.meeting_lists.Meeting.to_dict``); ``source`` is the
    file or web address it came from, the key a reload finds it by."""

    __tablename__ = "meeting_lists"
    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(1000), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    fellowship: Mapped[str | None] = mapped_column(String(20))
    form: Mapped[str] = mapped_column(String(10))
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    meetings: Mapped[str] = mapped_column(Text(MEETING_LIST_TEXT))
    count: Mapped[int] = mapped_column(Integer, default=0)  # how many meetings ``meetings`` holds
    problems: Mapped[str] = mapped_column(Text(MEETING_LIST_TEXT), default="[]")
    by_appointment: Mapped[int] = mapped_column(Integer, default=0)


class MeetingLink(Base):
    """An event added from a meeting list: which list and meeting (``slug``) it came from, the meeting as it was
    when added or last updated (``snapshot``, JSON), the notes we wrote, and whether the list now says it is
    temporarily closed or no longer lists it (``status``: None, "closed" or "vanished")."""

    __tablename__ = "meeting_links"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), unique=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("meeting_lists.id", ondelete="CASCADE"), index=True)
    slug: Mapped[str] = mapped_column(String(300))
    snapshot: Mapped[str] = mapped_column(Text)
    notes_made: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str | None] = mapped_column(String(20))
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SyncAccount(Base):
    """The CalDAV calendar this data syncs with (one row, or none while sync is off). No password: that is in
    the system keyring. ``sync_token`` is the server's RFC 6578 token after the last sync (None: compare ETags)."""

    __tablename__ = "sync_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    server_url: Mapped[str] = mapped_column(String(1000))
    user: Mapped[str] = mapped_column(String(200))
    calendar_url: Mapped[str] = mapped_column(String(1000))
    calendar_name: Mapped[str] = mapped_column(String(200))
    sync_token: Mapped[str | None] = mapped_column(String(1000))
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    # A self-signed certificate the person chose to trust: its SHA-256 fingerprint (hex); only it is accepted.
    pinned_certificate: Mapped[str | None] = mapped_column(String(64))
    # The server asks for no password (one on this computer or the home network): none is asked for or kept.
    no_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class SyncResource(Base):
    """An event as the server has it: its resource (``href``), that resource's ETag, and a fingerprint of the
    event as last agreed with the server (to tell which side changed it since)."""

    __tablename__ = "sync_resources"
    uid: Mapped[str] = mapped_column(String(255), primary_key=True)
    href: Mapped[str] = mapped_column(String(1000), unique=True)
    etag: Mapped[str | None] = mapped_column(String(300))
    fingerprint: Mapped[str | None] = mapped_column(String(64))


class SyncQueue(Base):
    """An event changed or deleted here since it was last sent (written by ``SYNC_QUEUE_TRIGGERS`` on the event
    tables, in the change's own transaction, while an account is set up); ``seq`` counts the changes, so a
    change made while a sync sends the event stays queued."""

    __tablename__ = "sync_queue"
    uid: Mapped[str] = mapped_column(String(255), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=1)


# The sync queue is kept by SQLite itself, so every way an event changes (a view, an import, a restore, the
# command line, a bulk insert) is queued. Migration 0011 made these triggers in the file; ``create_all`` makes
# them here (tests/core/storage/test_db.py holds the two equal). An upsert from a SELECT needs its WHERE, even
# "WHERE 1", so that its ON is not read as a join's.
_QUEUE = (
    "INSERT INTO sync_queue (uid, seq) SELECT {uid}, 1 {source} WHERE {where} "
    "ON CONFLICT (uid) DO UPDATE SET seq = seq + 1"
)


_WHILE_SYNCING = "WHEN EXISTS (SELECT 1 FROM sync_account)"


SYNC_QUEUE_TRIGGERS = {
    # An event itself: its UID, new and (when a UID changes, or on delete) old.
    "sync_event_insert": f"AFTER INSERT ON events {_WHILE_SYNCING} BEGIN "
    f"{_QUEUE.format(uid='NEW.uid', source='', where=1)}; END",
    "sync_event_update": f"AFTER UPDATE ON events {_WHILE_SYNCING} BEGIN "
    f"{_QUEUE.format(uid='NEW.uid', source='', where=1)}; "
    f"{_QUEUE.format(uid='OLD.uid', source='', where='OLD.uid != NEW.uid')}; END",
    "sync_event_delete": f"AFTER DELETE ON events {_WHILE_SYNCING} BEGIN "
    f"{_QUEUE.format(uid='OLD.uid', source='', where=1)}; END",
}


for _table in ("event_exceptions", "reminders"):  # a changed occurrence or reminder changes its event
    for _change, _row in (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD")):
        _queued = _QUEUE.format(uid="events.uid", source="FROM events", where=f"events.id = {_row}.event_id")
        SYNC_QUEUE_TRIGGERS[f"sync_{_table}_{_change}"] = (
            f"AFTER {_change.upper()} ON {_table} {_WHILE_SYNCING} BEGIN {_queued}; END"
        )


for _name, _body in SYNC_QUEUE_TRIGGERS.items():
    event.listen(Base.metadata, "after_create", DDL(f"CREATE TRIGGER {_name} {_body}"))  # type: ignore[no-untyped-call]
