"""What a sync did, what it found deleted on the server, and when it stops to ask before deleting most of the
calendar here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from recoverybox.core.base.changes import Area, Changes
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, Words
from recoverybox.core.sync.caldav_client import MAX_EVENT_BYTES
from recoverybox.core.sync.failures import SyncFailure

if TYPE_CHECKING:
    pass


MASS_DELETE_AT_LEAST = 11  # a sync deleting this many events or more, and over a quarter of them, asks first


class MassDelete(SyncFailure):
    """The server says most of the calendar was deleted (a wiped or wrong calendar, or a hostile server): the
    sync stopped before deleting anything here, and runs again only when the person allows it."""

    def __init__(self, count: int, total: int) -> None:
        super().__init__(
            "mass-delete",
            QT_TRANSLATE_NOOP(
                "errors",
                "The server says {count} of your {total} calendar events were deleted there. Nothing was deleted "
                "here: check the calendar on the server (or on another device) first. If they really were deleted, "
                "allow it (they are then kept in “Deleted by sync”, where you can bring them back).",
            ),
            count=count,
            total=total,
        )
        self.count, self.total = count, total


@dataclass(frozen=True)
class DeletedEvent:
    """An event a sync found deleted on the server, kept here out of the calendar."""

    uid: str
    title: str
    start_utc: datetime
    deleted_at: datetime


@dataclass
class SyncResult:
    """What one sync did: events sent to the server and received from it, deleted there and here, and the
    conflict copies made; ``unreadable`` names resources it could not read (left alone on the server)."""

    sent: int = 0
    received: int = 0
    deleted_there: int = 0
    deleted_here: int = 0
    conflicts: int = 0
    unreadable: list[str] = field(default_factory=list)
    oversized: list[str] = field(default_factory=list)  # server events too big to take: their resource names
    problems: list[Words] = field(default_factory=list)  # what was skipped, in words (the rest synced)

    @property
    def changes(self) -> Changes:
        """A sync's changes to the calendar here; ``Area.SYNC`` says they came from the server (not to be sent
        back as local changes)."""
        here = self.received or self.deleted_here or self.conflicts
        return Changes.of(Area.SYNC, Area.EVENTS, Area.GOALS) if here else Changes.of(Area.SYNC)

    def summary(self) -> str:
        parts = [f"{self.sent} sent", f"{self.received} received"]
        if self.deleted_there or self.deleted_here:
            parts.append(f"{self.deleted_there + self.deleted_here} deleted")
        parts.append(f"{self.conflicts} in conflict")
        return ", ".join(parts) + self.notice()

    def notice(self) -> str:
        """What a person should know beyond the counts ("; …" each), or ""."""
        text = ""
        if self.deleted_here:
            text += f"; {self.deleted_here} deleted on the server, kept in “Deleted by sync”"
        if self.unreadable:
            text += f"; {len(self.unreadable)} server event(s) could not be read and were left alone"
        if self.oversized:
            names = ", ".join(f"“{name}”" for name in self.oversized[:3])
            more = f" and {len(self.oversized) - 3} more" if len(self.oversized) > 3 else ""
            text += f"; skipped as too big (over {MAX_EVENT_BYTES // 1024 // 1024} MB): {names}{more}"
        for problem in self.problems:
            text += f"; {problem}"
        return text

    @property
    def changed_here(self) -> bool:
        return bool(self.received or self.deleted_here or self.conflicts)
