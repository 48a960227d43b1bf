"""The server as a sync talks to it (``Server``), and the same with a deadline on every request and progress
reported between them (``Bounded``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.net import DeadlinePassed, within
from recoverybox.core.base.work import Report, tell
from recoverybox.core.sync.caldav_client import Listing
from recoverybox.core.sync.failures import SyncFailure

if TYPE_CHECKING:
    pass


STEP_SECONDS = 60  # each request to the server, however slowly it answers


class Server(Protocol):
    """What a sync needs of a CalDAV connection (``CalDavConnection``; a test may pass another)."""

    def listing(self, calendar_url: str, token: str | None) -> Listing: ...
    def fetch(self, calendar_url: str, hrefs: list[str]) -> dict[str, tuple[str | None, bytes]]: ...
    def put(self, href: str, body: bytes, etag: str | None) -> str | None: ...
    def delete(self, href: str, etag: str | None) -> None: ...


class Bounded:
    """A ``Server`` whose every request has an overall deadline (``STEP_SECONDS``) and stops at once on a
    Cancel: each runs on a thread of its own, and one that does not finish in time is left behind (a daemon
    thread never keeps the app from quitting)."""

    def __init__(self, server: Server, report: Report | None, host: str, seconds: float = STEP_SECONDS) -> None:
        self.server, self.host, self.seconds = server, host, seconds
        self.last = (0, 1)
        self.report = report

    def tell(self, done: int, total: int) -> None:
        """The ``Report`` the sync itself uses: remembered, so a check while waiting repeats it."""
        self.last = (done, total)
        tell(self.report, done, total)

    def _call(self, work: Callable[[], Any]) -> Any:
        try:
            return within(self.seconds, work, lambda: tell(self.report, *self.last))
        except DeadlinePassed:
            raise SyncFailure(
                "unreachable",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{host} did not finish answering within {seconds:.0f} seconds (it may be "
                    "very slow, or stuck). Your changes are kept and sent at the next sync.",
                ),
                host=self.host,
                seconds=self.seconds,
            ) from None

    def listing(self, calendar_url: str, token: str | None) -> Listing:
        return self._call(lambda: self.server.listing(calendar_url, token))  # type: ignore[no-any-return]

    def fetch(self, calendar_url: str, hrefs: list[str]) -> dict[str, tuple[str | None, bytes]]:
        return self._call(lambda: self.server.fetch(calendar_url, hrefs))  # type: ignore[no-any-return]

    def put(self, href: str, body: bytes, etag: str | None) -> str | None:
        return self._call(lambda: self.server.put(href, body, etag))  # type: ignore[no-any-return]

    def delete(self, href: str, etag: str | None) -> None:
        self._call(lambda: self.server.delete(href, etag))
