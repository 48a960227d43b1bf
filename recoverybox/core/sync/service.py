"""Two-way sync of the calendar with the person's CalDAV server (opt-in). No Qt, no network of its own: the
requests go through ``core.caldav_client``.

Each event is one resource on the server (a calendar holding the event, its changed occurrences and its
alarms; UID = our UID); ``sync_resources`` keeps each one's address, ETag and a fingerprint of the event as
last agreed with the server. Triggers queue every local change in ``sync_queue`` in its own transaction, so
changes made offline wait there, however they were made. A sync:

1. asks what changed on the server since its sync token (RFC 6578), or lists every ETag;
2. fetches what changed and writes it here, a batch per transaction; an event changed on both sides since
   the last sync keeps the server's version in place and ours as a copy marked ``conflict_of``;
3. sends what is queued here with ``If-Match`` (``If-None-Match: *`` for a new one): a 412 means the server
   changed it meanwhile, handled as in 2, never overwritten;
4. keeps the new sync token.

Hostile or broken servers: a sync that would delete more than ``MASS_DELETE_AT_LEAST`` events and more than a
quarter of the calendar stops with ``MassDelete`` until the person allows it; an event deleted by a sync is
never removed here, only set aside (``events.sync_deleted_at``) with its attendance and reminders, and can be
brought back (``deleted_by_sync``, ``bring_back``). Each request has an overall deadline (``STEP_SECONDS``),
and an event too big to take (``caldav_client.MAX_EVENT_BYTES``) is named and skipped while the rest syncs.

Nothing is lost when a sync stops anywhere (a kill, a dropped connection): what was written is committed with
its ETag, the queue still holds what was not sent, and the next sync starts from the last token kept. Only
events sync: goals, check-ins, the journal, contacts and everything else stay on this computer."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from sqlalchemy import delete, select

from recoverybox.core.base.changes import Area, Changes
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, Words
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.base.work import Report, part, tell
from recoverybox.core.calendar.events import Conflict, event_changes
from recoverybox.core.calendar.ics import event_resource
from recoverybox.core.storage.models import Event, SyncAccount, SyncQueue, SyncResource
from recoverybox.core.sync.caldav_client import OVERSIZED, Listing, href_for
from recoverybox.core.sync.failures import Changed, SyncFailure, TooBig

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from recoverybox.core.calendar.events import CalendarService
    from recoverybox.core.calendar.ics import IcsService
    from recoverybox.core.settings.zone import PersonsTime
    from recoverybox.core.storage.db import Database
from recoverybox.core.sync.account import Account
from recoverybox.core.sync.outcome import MASS_DELETE_AT_LEAST, DeletedEvent, MassDelete, SyncResult
from recoverybox.core.sync.resources import STAMP, copy_into, fingerprint, read_resource
from recoverybox.core.sync.server import STEP_SECONDS, Bounded, Server

__all__ = ["Account", "Conflict", "MassDelete", "SyncFailure", "SyncResult", "SyncService"]


APPLY_BATCH = 200  # server resources written here per transaction


class SyncService:
    """Set up, run and turn off the calendar sync of one data folder."""

    def __init__(self, db: Database, time: PersonsTime, calendar: CalendarService, ics: IcsService) -> None:
        self.db = db
        self.time = time
        self.calendar = calendar
        self.ics = ics

    # -- the account ---------------------------------------------------------------------------------------
    def account(self) -> Account | None:
        with self.db.reading() as session:
            row = session.scalar(select(SyncAccount))
            if row is None:
                return None
            return Account(
                row.server_url,
                row.user,
                row.calendar_url,
                row.calendar_name,
                row.last_sync_at,
                row.last_error,
                row.pinned_certificate,
                bool(row.no_password),
            )

    def set_up(
        self,
        server_url: str,
        user: str,
        calendar_url: str,
        calendar_name: str,
        pinned_certificate: str | None = None,
        no_password: bool = False,
    ) -> Changes:
        """Sync with ``calendar_url`` from now on: every event here is sent at the next sync (the server's are
        fetched); a calendar used before is forgotten first. ``pinned_certificate``: the fingerprint of the one
        self-signed certificate trusted for this server; ``no_password``: the server asks for none."""
        with self.db.transaction() as session:
            self._forget(session)
            session.add(
                SyncAccount(
                    id=1,
                    server_url=server_url.strip(),
                    user=user,
                    calendar_url=calendar_url,
                    calendar_name=calendar_name,
                    pinned_certificate=pinned_certificate,
                    no_password=no_password,
                )
            )
        return Changes.of(Area.SYNC)

    def turn_off(self) -> Changes:
        """Stop syncing: forget the account, the resources and the queue. Every event stays here (and on the
        server)."""
        with self.db.transaction() as session:
            self._forget(session)
        return Changes.of(Area.SYNC)

    @staticmethod
    def _forget(session: Session) -> None:
        for model in (SyncQueue, SyncResource, SyncAccount):
            session.execute(delete(model))

    def pending(self) -> int:
        """Local changes not yet sent: queued ones, and events the server has never had."""
        with self.db.reading() as session:
            return len(self._pending_uids(session))

    @staticmethod
    def _pending_uids(session: Session) -> list[str]:
        """What a sync sends: queued changes and events the server has never had, but never a conflict copy
        (it stays on this computer until the person chooses a version; then the choice is sent)."""
        queued = set(session.scalars(select(SyncQueue.uid)))
        unsent = set(
            session.scalars(
                select(Event.uid)
                .outerjoin(SyncResource, SyncResource.uid == Event.uid)
                .where(SyncResource.uid.is_(None), Event.sync_deleted_at.is_(None))
            )
        )
        copies = set(session.scalars(select(Event.uid).where(Event.conflict_of.is_not(None))))
        return sorted((queued | unsent) - copies)

    def note_failure(self, message: str | None) -> Changes:
        """Keep how the last sync failed (None: clear it), for the status bar after a restart."""
        with self.db.transaction() as session:
            row = session.get(SyncAccount, 1)
            if row is not None:
                row.last_error = message
        return Changes.of(Area.SYNC)

    # -- conflicts ---------------------------------------------------------------------------------------------
    def conflicts(self) -> list[Conflict]:
        return self.calendar.conflicts()

    def resolve(self, uid: str, keep: str) -> tuple[Conflict, Changes]:
        """End the conflict over the event ``uid`` (the server's version's UID, or its copy's), keeping "mine"
        (this computer's version) or "theirs" (the server's): the conflict ended, and the changes."""
        if keep not in ("mine", "theirs"):
            raise ValidationError("keep", QT_TRANSLATE_NOOP("errors", "Choose which version to keep: mine or theirs."))
        with self.db.reading() as session:
            copies = {
                event.id: event
                for event in session.scalars(
                    select(Event).where(Event.conflict_of.is_not(None), (Event.conflict_of == uid) | (Event.uid == uid))
                )
            }
        found = [conflict for conflict in self.conflicts() if conflict.copy_id in copies]
        if not found:
            raise ValidationError(
                "uid",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "No event in conflict has the UID “{uid}”: see `recoverybox sync conflicts`.",
                ),
                uid=uid,
            )
        changes = event_changes()
        for conflict in found:
            changes |= (self.keep_my_version if keep == "mine" else self.keep_server_version)(conflict.copy_id)
        return found[0], changes

    def conflict_uids(self) -> dict[int, tuple[str, str]]:
        """For each conflict copy (by id): (its own UID, the UID of the event it copies)."""
        with self.db.reading() as session:
            rows = session.execute(select(Event.id, Event.uid, Event.conflict_of).where(Event.conflict_of.is_not(None)))
            return {row.id: (row.uid, row.conflict_of) for row in rows}

    def keep_server_version(self, copy_id: int) -> Changes:
        """End a conflict keeping the server's version: the copy is deleted (and so deleted on the server)."""
        with self.db.transaction() as session:
            copy = session.get(Event, copy_id)
            if copy is None or copy.conflict_of is None:
                raise ValidationError("event", QT_TRANSLATE_NOOP("errors", "This conflict was already resolved."))
            session.delete(copy)
        return event_changes(copy_id)

    def keep_my_version(self, copy_id: int) -> Changes:
        """End a conflict keeping this computer's version: it replaces the server's in the original event (same
        UID, so the server's is replaced at the next sync) and the copy goes."""
        with self.db.transaction() as session:
            copy = session.get(Event, copy_id)
            if copy is None or copy.conflict_of is None:
                raise ValidationError("event", QT_TRANSLATE_NOOP("errors", "This conflict was already resolved."))
            original = session.scalar(select(Event).where(Event.uid == copy.conflict_of))
            if original is None:  # the server's version was deleted since: the copy simply stays, unmarked
                copy.conflict_of = None
                return event_changes(copy_id)
            copy_into(copy, original)
            original.updated_at = self.time.clock.now()
            session.delete(copy)
            return event_changes(original.id, copy_id)

    # -- deleted by sync -------------------------------------------------------------------------------------
    def deleted_by_sync(self) -> list[DeletedEvent]:
        """The events a sync found deleted on the server, newest first (kept here, out of the calendar)."""
        with self.db.reading() as session:
            rows = session.scalars(
                select(Event).where(Event.sync_deleted_at.isnot(None)).order_by(Event.sync_deleted_at.desc())
            )
            return [DeletedEvent(e.uid, e.title, e.start_utc, e.sync_deleted_at) for e in rows if e.sync_deleted_at]

    def bring_back(self, uids: list[str] | None = None) -> Changes:
        """Put events deleted by a sync back in the calendar (all when ``uids`` is None); the next sync sends
        them to the server again. The changes' ids are the events that came back."""
        with self.db.transaction() as session:
            query = select(Event).where(Event.sync_deleted_at.isnot(None))
            if uids is not None:
                query = query.where(Event.uid.in_(uids))
            events = list(session.scalars(query))
            for event in events:
                event.sync_deleted_at = None
                event.updated_at = self.time.clock.now()
            return event_changes(*(event.id for event in events))

    # -- a sync ------------------------------------------------------------------------------------------------
    def run(self, server: Server, report: Report | None = None, allow_mass_delete: bool = False) -> SyncResult:
        """One sync both ways (see the module's text). ``SyncFailure`` when the server cannot be used: what was
        done before is kept, and the rest waits for the next sync. ``MassDelete`` (before anything is deleted
        here) when the server says most of the calendar is gone, unless ``allow_mass_delete``."""
        account = self.account()
        if account is None:
            raise SyncFailure("off", QT_TRANSLATE_NOOP("errors", "Calendar sync is not set up."))
        with self.db.reading() as session:
            token = session.scalar(select(SyncAccount.sync_token))
        result = SyncResult()
        tell(report, 0, 3)
        try:
            listing: Listing | None = server.listing(account.calendar_url, token)
        except TooBig as failure:  # nothing can be received this time; what is here is still sent
            result.problems.append(
                Words(QT_TRANSLATE_NOOP("errors", "nothing was received ({problem})"), problem=failure)
            )
            listing = None
        if listing is not None:
            self._receive(server, account, listing, result, part(report, 0.0, 0.5), allow_mass_delete)
        if self._send(server, account, result, part(report, 0.5, 0.95)) and listing is not None:
            # What changed since the same token again: our own writes (known by their ETags, not fetched),
            # and anything another device wrote meanwhile. The next sync then starts after our writes,
            # instead of listing them all again.
            listing = server.listing(account.calendar_url, token)
            self._receive(server, account, listing, result, None, allow_mass_delete)
        if listing is None:
            raise SyncFailure(
                "too-big", QT_TRANSLATE_NOOP("errors", "Your changes were sent, but {value}."), value=result.problems[0]
            )
        with self.db.transaction() as session:
            row = session.get(SyncAccount, 1)
            if row is not None:
                row.sync_token = listing.token
                row.last_sync_at = self.time.clock.now()
                row.last_error = None
        tell(report, 3, 3)
        return result

    def _receive(
        self,
        server: Server,
        account: Account,
        listing: Listing,
        result: SyncResult,
        report: Report | None,
        allow_mass_delete: bool = False,
    ) -> None:
        with self.db.reading() as session:
            known = {r.href: (r.uid, r.etag) for r in session.scalars(select(SyncResource))}
        deleted = set(listing.deleted)
        if listing.complete:
            deleted |= set(known) - set(listing.changed)
        gone_count = len([href for href in deleted if href in known])
        if gone_count >= MASS_DELETE_AT_LEAST and gone_count * 4 > len(known) and not allow_mass_delete:
            raise MassDelete(gone_count, len(known))
        wanted = [
            href
            for href, etag in listing.changed.items()
            if href not in known or etag is None or known[href][1] != etag
        ]
        for start in range(0, len(wanted), APPLY_BATCH):
            tell(report, start, len(wanted))  # a Cancel (the app quitting) stops here, between batches
            fetched = server.fetch(account.calendar_url, wanted[start : start + APPLY_BATCH])
            with self.db.transaction() as session:
                for href, (etag, raw) in fetched.items():
                    if raw == OVERSIZED:  # (an empty event is never fetched: empty means too big)
                        name = unquote(href.rstrip("/").rsplit("/", 1)[-1])
                        if name not in result.oversized:
                            result.oversized.append(name)
                        continue
                    self._take(session, href, etag, raw, result)
        gone = [known[href][0] for href in deleted if href in known]
        if gone:
            with self.db.transaction() as session:
                for uid in gone:
                    self._deleted_there(session, uid, result)

    def _take(self, session: Session, href: str, etag: str | None, raw: bytes, result: SyncResult) -> None:
        """Write the server's version of one resource here (in ``session``), keeping ours as a conflict copy
        when both changed."""
        items = read_resource(raw, self.time.zone_name)
        if not items:
            result.unreadable.append(href)
            return
        main = items[0]
        uid = main.data.uid or ""
        theirs = fingerprint(main)
        event = session.scalar(select(Event).where(Event.uid == uid))
        resource = session.get(SyncResource, uid)
        queued = session.get(SyncQueue, uid) is not None
        if event is not None and (queued or resource is None):
            ours = self._local_fingerprint(event)
            if ours == theirs:  # the same on both sides (perhaps sent by a sync that stopped before noting it)
                self._agreed(session, uid, href, etag, theirs)
                return
            changed_here = resource is None or ours != resource.fingerprint
            if changed_here:
                self._conflict_copy(session, event)
                result.conflicts += 1
        session.execute(delete(SyncResource).where(SyncResource.href == href, SyncResource.uid != uid))
        self.ics.store(session, items)
        session.flush()
        self._agreed(session, uid, href, etag, theirs)
        result.received += 1

    def _agreed(self, session: Session, uid: str, href: str, etag: str | None, print_: str | None) -> None:
        """The server has ``uid`` at ``href`` with ``etag``, as ``print_``: noted, and its queue entry done."""
        resource = session.get(SyncResource, uid)
        if resource is None:
            session.flush()
            session.add(SyncResource(uid=uid, href=href, etag=etag, fingerprint=print_))
        else:
            resource.href, resource.etag, resource.fingerprint = href, etag, print_
        session.flush()
        session.execute(delete(SyncQueue).where(SyncQueue.uid == uid))

    def _deleted_there(self, session: Session, uid: str, result: SyncResult) -> None:
        event = session.scalar(select(Event).where(Event.uid == uid))
        resource = session.get(SyncResource, uid)
        if (
            event is not None
            and session.get(SyncQueue, uid) is not None
            and (resource is None or self._local_fingerprint(event) != resource.fingerprint)
        ):  # changed here, deleted there: the change is kept, and sent again as a new resource
            session.execute(delete(SyncResource).where(SyncResource.uid == uid))
            return
        if event is not None and event.sync_deleted_at is None:
            # Set aside, never deleted: its attendance, reminders and changed occurrences stay with it.
            event.sync_deleted_at = self.time.clock.now()
            session.flush()
            result.deleted_here += 1
        session.execute(delete(SyncResource).where(SyncResource.uid == uid))
        session.execute(delete(SyncQueue).where(SyncQueue.uid == uid))

    def _send(self, server: Server, account: Account, result: SyncResult, report: Report | None) -> bool:
        """Send what is queued here; True if anything was written on the server."""
        with self.db.reading() as session:
            pending = self._pending_uids(session)
        wrote = False
        for done, uid in enumerate(pending):
            if done % 10 == 0:
                tell(report, done, len(pending))  # a Cancel stops here: what was sent is noted already
            with self.db.reading() as session:
                event = session.scalar(select(Event).where(Event.uid == uid))
                resource = session.get(SyncResource, uid)
                seq = session.scalar(select(SyncQueue.seq).where(SyncQueue.uid == uid))
                href, etag, agreed = (
                    (resource.href, resource.etag, resource.fingerprint) if resource else (None, None, None)
                )
                if event is not None and event.sync_deleted_at is not None:
                    with self.db.transaction() as done_session:
                        self._done(done_session, uid, seq)
                    continue
                body = event_resource(event, self.time.clock.now()) if event is not None else None
                ours = self._local_fingerprint(event) if event is not None else None
            if body is None:
                if href is not None:
                    try:
                        server.delete(href, etag)
                        result.deleted_there += 1
                        wrote = True
                    except Changed:  # changed there since: their edit is kept over our delete
                        self._refetch(server, account, href, result)
                        continue
                with self.db.transaction() as session:
                    session.execute(delete(SyncResource).where(SyncResource.uid == uid))
                    self._done(session, uid, seq)
                continue
            if ours == agreed:  # touched but not changed (or changed back)
                with self.db.transaction() as session:
                    self._done(session, uid, seq)
                continue
            target = href or href_for(account.calendar_url, uid)
            try:
                new_etag = server.put(target, body, etag)
            except Changed:  # changed there since we last saw it (or a resource there already): theirs wins
                self._refetch(server, account, target, result)
                continue
            result.sent += 1
            wrote = True
            with self.db.transaction() as session:
                resource = session.get(SyncResource, uid)
                if resource is None:
                    session.execute(delete(SyncResource).where(SyncResource.href == target))
                    session.flush()
                    session.add(SyncResource(uid=uid, href=target, etag=new_etag, fingerprint=ours))
                else:
                    resource.href, resource.etag, resource.fingerprint = target, new_etag, ours
                self._done(session, uid, seq)
        return wrote

    @staticmethod
    def _done(session: Session, uid: str, seq: int | None) -> None:
        """The queue entry for ``uid`` is done, unless it changed again (a higher ``seq``) while being sent."""
        if seq is not None:
            session.execute(delete(SyncQueue).where(SyncQueue.uid == uid, SyncQueue.seq == seq))

    def _refetch(self, server: Server, account: Account, href: str, result: SyncResult) -> None:
        fetched = server.fetch(account.calendar_url, [href])
        with self.db.transaction() as session:
            for got_href, (etag, raw) in fetched.items():
                self._take(session, got_href, etag, raw, result)

    # -- helpers -------------------------------------------------------------------------------------------------
    def _local_fingerprint(self, event: Event) -> str | None:
        """An event's fingerprint from a resource written for it (its zones by name: no VTIMEZONE to parse),
        read back as the server's copy is."""
        items = read_resource(event_resource(event, STAMP, zones=False), self.time.zone_name)
        return fingerprint(items[0]) if items else None

    def _conflict_copy(self, session: Session, event: Event) -> Event:
        """A new event with ``event``'s content (this computer's version), marked as its conflict copy."""
        now = self.time.clock.now()
        copy = Event(uid=f"{uuid.uuid4()}@recoverybox", created_at=now, updated_at=now)
        copy_into(event, copy)
        copy.conflict_of = event.uid
        session.add(copy)
        session.flush()
        return copy


def run_sync(
    sync: SyncService,
    connect: Callable[[Account], Any],
    report: Report | None = None,
    allow_mass_delete: bool = False,
    step_seconds: float = STEP_SECONDS,
) -> SyncResult:
    """One sync with the connection ``connect(account)`` opens (closed after), each request within
    ``step_seconds``; the failure is noted for the status bar either way."""
    account = sync.account()
    if account is None:
        raise SyncFailure("off", QT_TRANSLATE_NOOP("errors", "Calendar sync is not set up."))
    try:
        with connect(account) as server:
            bounded = Bounded(server, report, getattr(server, "host", "The server"), step_seconds)
            result = sync.run(bounded, bounded.tell, allow_mass_delete)
    except SyncFailure as failure:
        sync.note_failure(failure.message)
        raise
    return result
