"""Which one server RecoveryBox may connect to right now, and whether a host is this computer.

The app reaches the network in two places only, each to an address the person typed: a meeting-list fetch
(``core.meeting_fetch``) and the calendar sync with their CalDAV server (``core.caldav_client``). Each names its
(host, port) here while it connects, so the test suite's no-network guard allows exactly that connection and
refuses every other. This module makes no connection itself.
"""

from __future__ import annotations

import contextlib
import ipaddress
from collections.abc import Iterator
from contextvars import ContextVar
from urllib.parse import urlsplit

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
