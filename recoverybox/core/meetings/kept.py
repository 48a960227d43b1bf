"""Meeting lists kept in the data: load and reload, meetings seen from the person's zone, filters, and adding a
meeting to the week as a weekly event linked back to its list. No Qt here.

A reload compares each added meeting with the list: a meeting whose time, place or link changed is offered as
a ``MeetingChange`` (the person is asked before anything in the week changes); one that is temporarily closed
or no longer listed is marked on its event (``MeetingLink.status``), never deleted."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from recoverybox.core.base.changes import Area, Changes
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, Words, stored_words, words_from_store
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.base.work import Report, part, tell
from recoverybox.core.calendar.events import EventInput, event_changes
from recoverybox.core.meetings.feed import FeedRead, Meeting, read_feed
from recoverybox.core.meetings.feed_fields import is_web_address
from recoverybox.core.meetings.feed_rows import MAX_FEED_BYTES, FeedError
from recoverybox.core.meetings.type_codes import TYPE_NAMES, MeetingType
from recoverybox.core.storage.columns import FELLOWSHIPS
from recoverybox.core.storage.models import Event, MeetingLink, MeetingList

if TYPE_CHECKING:
    from recoverybox.core.calendar.events import CalendarService
    from recoverybox.core.calendar.occurrence_edits import OccurrenceEditor
    from recoverybox.core.settings.service import SettingsService
    from recoverybox.core.settings.zone import PersonsTime
    from recoverybox.core.storage.db import Database
from recoverybox.core.meetings.listings import Listing, listings_of, next_date
from recoverybox.core.meetings.results import LoadResult, MeetingChange, MeetingListInfo, differences, place_text

RRULE_DAYS = ("SU", "MO", "TU", "WE", "TH", "FR", "SA")


class MeetingListService:
    """Meeting lists in the data; every write is one transaction."""

    def __init__(
        self,
        db: Database,
        time: PersonsTime,
        settings: SettingsService,
        calendar: CalendarService,
        occurrences: OccurrenceEditor,
    ) -> None:
        self._db = db
        # How a meeting's notes are written into the event added to the week: English unless the app says them
        # in the person's language (``speak_with``); they are the person's own text from then on.
        self._say: Callable[[Words], str] = str
        self._time = time
        self._settings = settings
        self._calendar = calendar
        self._occurrences = occurrences
        self._cache: dict[int, tuple[datetime, list[Meeting]]] = {}
        self._listings: dict[tuple[object, ...], list[Listing]] = {}

    # ---- loading --------------------------------------------------------------------------------
    def load_source(self, source: str, fellowship: str | None = None, report: Report | None = None) -> LoadResult:
        """Load (or reload) the list at a web address or in a file. A web address is fetched now: the one
        network call RecoveryBox makes, and only when a person asks for it."""
        from recoverybox.core.meetings.fetch import fetch

        source = source.strip()
        if is_web_address(source):
            raw = fetch(source, part(report, 0.0, 0.6))
        else:
            raw = _read_file(Path(source).expanduser())
            source = str(Path(source).expanduser().resolve())
        return self.load(source, raw, fellowship, part(report, 0.6, 1.0))

    def load(self, source: str, raw: bytes, fellowship: str | None = None, report: Report | None = None) -> LoadResult:
        """Read ``raw`` and keep it as the list from ``source`` (replacing an earlier load of it); nothing is
        kept when the feed cannot be used (``FeedError``)."""
        if fellowship is not None and fellowship not in FELLOWSHIPS:
            raise ValidationError(
                "fellowship",
                QT_TRANSLATE_NOOP("errors", "Choose a fellowship from {value}."),
                value=", ".join(FELLOWSHIPS),
            )
        tell(report, 0, 3)
        read = read_feed(raw, self._time.zone_name, "")
        tell(report, 1, 3)
        now = self._time.clock.now()
        # The same text as one dumps of the whole list, a meeting at a time (50,000 dicts never all at once).
        stored = "[" + ",".join(_stored(meeting) for meeting in read.meetings) + "]"
        with self._db.transaction() as session:
            row = session.scalar(select(MeetingList).where(MeetingList.source == source))
            reloaded = row is not None
            if row is None:
                row = MeetingList(source=source, name="", form=read.form)
                session.add(row)
            row.name = (read.name or row.name or _name_from_source(source))[:200]
            row.fellowship = fellowship or row.fellowship or _guess_fellowship(read, source)
            row.form, row.loaded_at, row.meetings, row.count = read.form, now, stored, len(read.meetings)
            row.problems = json.dumps([stored_words(p) for p in read.problems[:500]], ensure_ascii=False)
            row.by_appointment = read.by_appointment
            session.flush()
            result = LoadResult(row.id, read, reloaded)
            by_slug = {meeting.slug: meeting for meeting in read.meetings}
            for link in session.scalars(select(MeetingLink).where(MeetingLink.list_id == row.id)):
                MeetingListService._check_link(session, link, by_slug.get(link.slug), result, now)
        self._cache[result.list_id] = (now, read.meetings)
        result.in_week = self.pending_changes(result.list_id)
        tell(report, 3, 3)
        return result

    @staticmethod
    def _check_link(
        session: Session, link: MeetingLink, meeting: Meeting | None, result: LoadResult, now: datetime
    ) -> None:
        """Mark an added meeting the list now says is closed, or no longer lists (or lists again)."""
        event = session.get(Event, link.event_id)
        title = event.title if event is not None else link.slug
        status = "vanished" if meeting is None else ("closed" if meeting.closed else None)
        if status != link.status:
            if status == "closed":
                result.closed.append(title)
            elif status == "vanished":
                result.vanished.append(title)
            else:
                result.reopened.append(title)
            link.status = status
        link.checked_at = now

    # ---- reading --------------------------------------------------------------------------------
    def lists(self) -> list[MeetingListInfo]:
        """The kept lists, by name (their meetings are not read here)."""
        with self._db.reading() as session:
            rows = session.execute(
                select(
                    MeetingList.id,
                    MeetingList.source,
                    MeetingList.name,
                    MeetingList.fellowship,
                    MeetingList.loaded_at,
                    MeetingList.count.label("meetings_count"),  # a Row's own .count is a tuple method
                    MeetingList.by_appointment,
                    MeetingList.problems,
                ).order_by(MeetingList.name, MeetingList.id)
            ).all()
        return [
            MeetingListInfo(
                row.id,
                row.source,
                row.name,
                row.fellowship,
                row.loaded_at,
                row.meetings_count,
                row.by_appointment,
                tuple(words_from_store(p) for p in json.loads(row.problems or "[]")),
            )
            for row in rows
        ]

    def _meetings_of(self, list_id: int, loaded_at: datetime, stored: str | None = None) -> list[Meeting]:
        cached = self._cache.get(list_id)
        if cached is not None and cached[0] == loaded_at:
            return cached[1]
        if stored is None:
            with self._db.reading() as session:
                stored = session.scalar(select(MeetingList.meetings).where(MeetingList.id == list_id)) or "[]"
        meetings = [Meeting.from_dict(item) for item in json.loads(stored)]
        self._cache[list_id] = (loaded_at, meetings)
        return meetings

    def meetings(self, list_id: int) -> list[Meeting]:
        """The meetings of a kept list (read once per load, then from memory)."""
        with self._db.reading() as session:
            loaded_at = session.scalar(select(MeetingList.loaded_at).where(MeetingList.id == list_id))
        if loaded_at is None:
            raise ValidationError(
                "list", QT_TRANSLATE_NOOP("errors", "That meeting list is no longer kept; load it again.")
            )
        return self._meetings_of(list_id, loaded_at)

    def find(self, slug: str, list_id: int | None = None) -> tuple[int, Meeting]:
        """The meeting with ``slug`` (in ``list_id``, else in the one list that has it)."""
        found = []
        for info in self.lists():
            if list_id is not None and info.id != list_id:
                continue
            found += [(info.id, m) for m in self.meetings(info.id) if m.slug == slug]
        if not found:
            raise ValidationError(
                "slug",
                QT_TRANSLATE_NOOP("errors", "No meeting with the id “{slug}” in the kept meeting lists."),
                slug=slug,
            )
        if len(found) > 1:
            raise ValidationError(
                "slug",
                QT_TRANSLATE_NOOP("errors", "Several lists have a meeting “{slug}”; say which list (--list)."),
                slug=slug,
            )
        return found[0]

    def listings(self, list_id: int | None = None, zone: ZoneInfo | None = None) -> list[Listing]:
        """Every meeting on each of its days, as it falls in the coming week in ``zone`` (the person's by
        default), sorted by day (from Sunday) and time in that zone."""
        zone = zone or self._time.zone
        now = self._time.clock.now()
        kept = {info.id: info.loaded_at for info in self.lists()}
        ids = list(kept) if list_id is None else [list_id]
        # Worked out once per list load, zone and hour (a load on a worker fills it for the window to use).
        key = (tuple((one, kept.get(one)) for one in ids), zone.key, now.replace(minute=0, second=0, microsecond=0))
        cached = self._listings.get(key)
        if cached is not None:
            return cached
        listings = [
            listing for one in ids for meeting in self.meetings(one) for listing in listings_of(meeting, zone, now)
        ]
        listings.sort(key=lambda li: (li.user_day, li.minute, li.meeting.name.casefold()))
        if len(self._listings) > 4:
            self._listings.clear()
        self._listings[key] = listings
        return listings

    def regions(self, list_id: int | None = None) -> list[str]:
        """Every region and the regions above it ("Kent", "Kent > Maidstone"), sorted."""
        found: set[str] = set()
        ids = [info.id for info in self.lists()] if list_id is None else [list_id]
        for one in ids:
            for meeting in self.meetings(one):
                for depth in range(1, len(meeting.regions) + 1):
                    found.add(" > ".join(meeting.regions[:depth]))
        return sorted(found, key=str.casefold)

    def added(self, list_id: int | None = None) -> dict[tuple[int, str], tuple[int, str | None]]:
        """(list, slug) of each meeting added to the week → (event id, status)."""
        query = select(MeetingLink.list_id, MeetingLink.slug, MeetingLink.event_id, MeetingLink.status)
        if list_id is not None:
            query = query.where(MeetingLink.list_id == list_id)
        with self._db.reading() as session:
            return {(row.list_id, row.slug): (row.event_id, row.status) for row in session.execute(query)}

    # ---- changing -------------------------------------------------------------------------------
    def set_fellowship(self, list_id: int, fellowship: str | None) -> Changes:
        if fellowship is not None and fellowship not in FELLOWSHIPS:
            raise ValidationError(
                "fellowship",
                QT_TRANSLATE_NOOP("errors", "Choose a fellowship from {value}."),
                value=", ".join(FELLOWSHIPS),
            )
        with self._db.transaction() as session:
            row = session.get(MeetingList, list_id)
            if row is not None:
                row.fellowship = fellowship
        return Changes.of(Area.MEETING_LISTS, ids=(list_id,))

    def remove_list(self, list_id: int) -> Changes:
        """Forget a list; meetings added from it stay in the week, no longer linked."""
        with self._db.transaction() as session:
            row = session.get(MeetingList, list_id)
            if row is not None:
                session.delete(row)
        self._cache.pop(list_id, None)
        return Changes.of(Area.MEETING_LISTS, Area.EVENTS, ids=(list_id,))

    def speak_with(self, say: Callable[[Words], str]) -> None:
        """Write the notes of meetings added to the week with ``say`` (the app: in the person's language)."""
        self._say = say

    def add_to_week(self, list_id: int, slug: str) -> Changes:
        """Make the meeting a weekly event in its own zone, from its next date on; ``.id``: the event's."""
        info = next((i for i in self.lists() if i.id == list_id), None)
        if info is None:
            raise ValidationError(
                "list", QT_TRANSLATE_NOOP("errors", "That meeting list is no longer kept; load it again.")
            )
        meeting = next((m for m in self.meetings(list_id) if m.slug == slug), None)
        if meeting is None:
            raise ValidationError(
                "slug",
                QT_TRANSLATE_NOOP("errors", "No meeting with the id “{slug}” in “{name}”."),
                slug=slug,
                name=info.name,
            )
        existing = self.added(list_id).get((list_id, slug))
        if existing is not None:
            raise ValidationError(
                "slug", QT_TRANSLATE_NOOP("errors", "“{name}” is already in your week."), name=meeting.name
            )
        data = self.event_input(meeting, info)
        calendar = self._calendar
        now = self._time.clock.now()
        with self._db.transaction() as session:
            event = calendar.add_event(session, data)
            session.add(
                MeetingLink(
                    event_id=event.id,
                    list_id=list_id,
                    slug=slug,
                    snapshot=json.dumps(meeting.to_dict(), ensure_ascii=False),
                    notes_made=data.notes,
                    status="closed" if meeting.closed else None,
                    checked_at=now,
                )
            )
            return event_changes(event.id)

    def event_input(self, meeting: Meeting, info: MeetingListInfo, offsets: list[int] | None = None) -> EventInput:
        """The weekly event for ``meeting``: in its zone, from its next date (today included) on."""
        zone = ZoneInfo(meeting.timezone)
        today = self._time.clock.now().astimezone(zone).date()
        first = min(next_date(today, day) for day in meeting.days)
        start = datetime.combine(first, meeting.time)
        if offsets is None:
            offsets = [int(m) for m in self._settings.read().default_offsets or []]
        return EventInput(
            title=meeting.name[:200],
            start=start,
            end=start + meeting.length,
            tz=meeting.timezone,
            kind="meeting",
            rrule="FREQ=WEEKLY;BYDAY=" + ",".join(RRULE_DAYS[day] for day in meeting.days),
            fellowship=info.fellowship,
            location=place_text(meeting)[:500] or None,
            online_url=meeting.conference_url[:500] or None,
            notes=_notes(meeting, info, self._say),
            reminder_offsets=offsets,
        )

    def pending_changes(self, list_id: int) -> list[MeetingChange]:
        """Added meetings whose time, place or link the list now gives differently."""
        by_slug = {m.slug: m for m in self.meetings(list_id)}
        changes = []
        with self._db.reading() as session:
            for link in session.scalars(select(MeetingLink).where(MeetingLink.list_id == list_id)):
                meeting = by_slug.get(link.slug)
                if meeting is None:
                    continue
                found = differences(Meeting.from_dict(json.loads(link.snapshot)), meeting)
                if found:
                    event = session.get(Event, link.event_id)
                    changes.append(MeetingChange(link.event_id, link.slug, event.title if event else link.slug, found))
        return changes

    def apply_changes(self, list_id: int, slugs: set[str] | None = None) -> Changes:
        """Bring the added meetings (those in ``slugs``, else all) up to date with the list, from their next
        date on: earlier dates keep what they were. Notes and titles the person edited are kept. The changes'
        ids are the events changed."""
        info = next((i for i in self.lists() if i.id == list_id), None)
        if info is None:
            return event_changes()
        by_slug = {m.slug: m for m in self.meetings(list_id)}
        done = []
        for change in self.pending_changes(list_id):
            if slugs is not None and change.slug not in slugs:
                continue
            self._update_event(list_id, change, by_slug[change.slug], info)
            done.append(change.event_id)
        return event_changes(*done)

    def _update_event(self, list_id: int, change: MeetingChange, meeting: Meeting, info: MeetingListInfo) -> None:
        with self._db.reading() as session:
            link = session.scalar(select(MeetingLink).where(MeetingLink.event_id == change.event_id))
            old_snapshot = Meeting.from_dict(json.loads(link.snapshot)) if link else meeting
            notes_made = link.notes_made if link else ""
        event = self._calendar.get_event(change.event_id)
        wanted = self.event_input(meeting, info, offsets=[r.offset_minutes for r in event.reminders])
        wanted = replace(
            wanted,
            title=event.title if event.title != old_snapshot.name[:200] else wanted.title,
            notes=wanted.notes if event.notes == notes_made else event.notes,
            fellowship=event.fellowship,
            reminders_always=any(r.always for r in event.reminders),
        )
        now = self._time.clock.now()
        new_id = change.event_id
        if event.start_utc >= now:
            self._calendar.update_event(change.event_id, wanted)
        else:
            coming = [
                occ
                for occ in self._calendar.occurrences_between(now, now + timedelta(days=8))
                if occ.event_id == change.event_id
            ]
            if not coming:
                return
            new_id = self._occurrences.edit(change.event_id, coming[0].original_start_local, wanted, "following").id
        with self._db.transaction() as session:
            link = session.scalar(select(MeetingLink).where(MeetingLink.event_id == change.event_id))
            if link is not None:
                link.event_id = new_id
                link.snapshot = json.dumps(meeting.to_dict(), ensure_ascii=False)
                link.notes_made = (
                    wanted.notes if wanted.notes != event.notes or event.notes == notes_made else notes_made
                )
                link.checked_at = now


def _read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise FeedError(QT_TRANSLATE_NOOP("errors", "There is no file {path}."), path=path) from None
    except OSError as exc:
        raise FeedError(
            QT_TRANSLATE_NOOP("errors", "{path} cannot be read: {strerror}."), path=path, strerror=exc.strerror
        ) from None
    if path.is_dir():
        raise FeedError(QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a meeting list file."), path=path)
    if size > MAX_FEED_BYTES:
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This file is {value:.0f} MB; a meeting list is at most {value2} MB. Nothing was changed.",
            ),
            value=size / 1024 / 1024,
            value2=MAX_FEED_BYTES // 1024 // 1024,
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise FeedError(
            QT_TRANSLATE_NOOP("errors", "{path} cannot be read: {strerror}."), path=path, strerror=exc.strerror
        ) from None


def _name_from_source(source: str) -> str:
    from urllib.parse import urlsplit

    if is_web_address(source):
        return urlsplit(source).hostname or source
    return Path(source).stem.replace("_", " ").replace("-", " ") or source


def _guess_fellowship(read: FeedRead, source: str) -> str | None:
    """The fellowship a list's name or address suggests; the Meeting Guide format is AA's own."""
    text = " ".join((read.name, source)).casefold()
    if re.search(r"narcotics|\bna\b", text):
        return "NA"
    if "smart" in text:
        return "SMART"
    if "women for sobriety" in text or re.search(r"\bwfs\b", text):
        return "WFS"
    return "AA"


def _notes(meeting: Meeting, info: MeetingListInfo, say: Callable[[Words], str] = str) -> str:
    """The event's notes: what a person needs at the door or on the call, and where it came from."""
    lines = []
    if meeting.closed:
        lines.append(
            say(Words(QT_TRANSLATE_NOOP("errors", "The list says this meeting's location is temporarily closed.")))
        )
    if meeting.notes:
        lines.append(meeting.notes)
    if meeting.location_notes:
        lines.append(say(Words(QT_TRANSLATE_NOOP("errors", "At the place: {notes}"), notes=meeting.location_notes)))
    if meeting.conference_url_notes:
        lines.append(say(Words(QT_TRANSLATE_NOOP("errors", "Online: {notes}"), notes=meeting.conference_url_notes)))
    if meeting.conference_phone:
        phone = say(Words(QT_TRANSLATE_NOOP("errors", "By phone: {phone}"), phone=meeting.conference_phone))
        lines.append(phone + (f" ({meeting.conference_phone_notes})" if meeting.conference_phone_notes else ""))
    if meeting.types:
        types = ", ".join(say(MeetingType(TYPE_NAMES[code])) if code in TYPE_NAMES else code for code in meeting.types)
        lines.append(say(Words(QT_TRANSLATE_NOOP("errors", "Meeting type: {types}"), types=types)))
    if meeting.url:
        lines.append(say(Words(QT_TRANSLATE_NOOP("errors", "More: {url}"), url=meeting.url)))
    lines.append(
        say(
            Words(
                QT_TRANSLATE_NOOP("errors", "From the meeting list “{name}” (id {id})."),
                name=info.name,
                id=meeting.slug,
            )
        )
    )
    return "\n".join(lines)[:5000]


def _stored(meeting: Meeting) -> str:
    return json.dumps(meeting.to_dict(), ensure_ascii=False, separators=(",", ":"))
