"""The CalDAV account a data folder syncs with, as the sync reads it, and which of the server's calendars to use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from recoverybox.core.sync.caldav_client import CalDavConnection
from recoverybox.core.sync.failures import TIMEOUT_SECONDS

if TYPE_CHECKING:
    pass


DEFAULT_CALENDAR = "RecoveryBox"


@dataclass(frozen=True)
class Account:
    """The calendar this data syncs with, and how the last sync went."""

    server_url: str
    user: str
    calendar_url: str
    calendar_name: str
    last_sync_at: datetime | None = None
    last_error: str | None = None
    pinned_certificate: str | None = None  # the SHA-256 fingerprint (hex) of a self-signed certificate trusted
    no_password: bool = False

    def connection(self, password: str | None, timeout: float = TIMEOUT_SECONDS) -> CalDavConnection:
        """A connection to this account's server: its trusted certificate, and no password when it needs none."""
        return CalDavConnection(
            self.server_url,
            self.user,
            "" if self.no_password else password or "",
            timeout,
            pinned=self.pinned_certificate,
        )


def choose_calendar(calendars: list[tuple[str, str]], name: str | None) -> tuple[str, str | None]:
    """The calendar called ``name`` (default "RecoveryBox") among ``calendars`` (name, URL), any case: (its
    name, its URL), or (the name, None) when it is to be made."""
    wanted = (name or DEFAULT_CALENDAR).strip() or DEFAULT_CALENDAR
    for found, url in calendars:
        if found.casefold() == wanted.casefold():
            return found, url
    return wanted, None
