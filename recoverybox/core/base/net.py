"""Which one server RecoveryBox may connect to right now, and whether a host is this computer.

The app reaches the network in two places only, each to an address the person typed: a meeting-list fetch
(``core.meeting_fetch``) and the calendar sync with their CalDAV server (``core.caldav_client``). Each names its
(host, port) here while it connects, so the test suite's no-network guard allows exactly that connection and
refuses every other. This module makes no connection itself.
"""

from __future__ import annotations

import contextlib
import contextvars
import ipaddress
import threading
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any, TypeVar
from urllib.parse import urlsplit

T = TypeVar("T")
SHUT_RDWR = 2  # socket.SHUT_RDWR

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
_PERMITTED: ContextVar[tuple[str, int] | None] = ContextVar("recoverybox_permitted_host", default=None)


def permitted() -> tuple[str, int] | None:
    """The (host, port) being reached right now in this thread, else None."""
    return _PERMITTED.get()


@contextlib.contextmanager
def permit(host: str, port: int) -> Iterator[None]:
    """Name (host, port) as the one connection allowed while the block runs (in this thread)."""
    token = _PERMITTED.set((host.lower(), port))
    try:
        yield
    finally:
        _PERMITTED.reset(token)


def is_local_host(host: str) -> bool:
    """``host`` is this computer (a plain http:// address to it is acceptable: nothing crosses a network)."""
    if host.lower() in LOCAL_HOSTS:
        return True
    with contextlib.suppress(ValueError):
        return ipaddress.ip_address(host).is_loopback
    return False


class AddressProblem(ValueError):
    """What is wrong with an address typed for a server: ``kind`` is "unreadable", "scheme" (not http(s)://),
    "credentials" (a user name or password in it) or "insecure" (plain http:// to another computer). Each caller
    says it in its own words."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def checked_address(url: str) -> tuple[str, int]:
    """The (host, port) of a web address a person typed: https://, or plain http:// to this computer only;
    ``AddressProblem`` otherwise."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        raise AddressProblem("unreadable") from None
    if scheme not in ("http", "https") or not host:
        raise AddressProblem("scheme")
    if parts.username or parts.password:
        raise AddressProblem("credentials")
    if scheme == "http" and not is_local_host(host):
        raise AddressProblem("insecure")
    return host.lower(), port or (443 if scheme == "https" else 80)


class DeadlinePassed(TimeoutError):
    """A network operation did not finish within its overall deadline (however slowly the server dripped)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"not finished within {seconds:.0f} seconds")
        self.seconds = seconds


class Sockets:
    """The sockets one network operation opened, so that a deadline or a Cancel can cut them at once (a
    blocked read returns as soon as its socket is shut down, from any thread)."""

    def __init__(self) -> None:
        self._open: list[Any] = []  # socket.socket (not imported: no network code here)
        self._lock = threading.Lock()
        self.cut = False

    def add(self, sock: Any) -> None:
        with self._lock:
            self._open.append(sock)
            cut = self.cut
        if cut:
            self._shut(sock)

    def cut_all(self) -> None:
        with self._lock:
            self.cut = True
            found, self._open = self._open, []
        for sock in found:
            self._shut(sock)

    def close_all(self) -> None:
        """The operation is over: close what it opened (a reply it refused may leave its socket open)."""
        with self._lock:
            found, self._open = self._open, []
        for sock in found:
            with contextlib.suppress(OSError):
                sock.close()

    @staticmethod
    def _shut(sock: Any) -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(SHUT_RDWR)


def within(
    seconds: float,
    work: Callable[[], T],
    check: Callable[[], None] | None = None,
    abandon: Callable[[], None] | None = None,
    poll: float = 0.1,
) -> T:
    """``work()`` on a daemon thread, waited for at most ``seconds`` in all.

    ``check()`` runs every ``poll`` seconds while waiting and may raise (a Cancel: ``Cancelled``); on the
    deadline ``DeadlinePassed`` is raised. Either way ``abandon()`` then cuts what the work holds and the
    work is left behind: a daemon thread never keeps the app from quitting. The work runs in a copy of this
    thread's context, so the host ``permit`` names is still the one allowed there.
    """
    outcome: dict[str, object] = {}
    finished = threading.Event()
    context = contextvars.copy_context()

    def run() -> None:
        try:
            outcome["value"] = context.run(work)
        except BaseException as error:  # handed to the waiting thread
            outcome["error"] = error
        finally:
            finished.set()

    threading.Thread(target=run, name="recoverybox-network", daemon=True).start()
    deadline = time.monotonic() + seconds
    pause = 0.001
    try:
        # Polled with sleep, not Event.wait(timeout): a timed wait on a lock never returns under libfaketime,
        # which the test suite runs under, and a sleep costs nothing here.
        while not finished.is_set():
            if check is not None:
                check()
            left = deadline - time.monotonic()
            if left <= 0:
                raise DeadlinePassed(seconds)
            time.sleep(min(pause, poll, left))
            pause *= 2  # a quick answer is seen within a few milliseconds, a slow one every ``poll``
    except BaseException:
        if abandon is not None:
            abandon()
        raise
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def printable(text: str, limit: int = 300) -> str:
    """Text from a server or a file made safe to print: control characters (terminal escapes among them)
    become spaces, white space is folded, and it is cut at ``limit``. (Shown in a window, it is still plain
    text, never markup: the UI sees to that.)"""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in str(text))
    cleaned = " ".join(cleaned.split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"
