"""The app's one network call: fetching a meeting list from the web address a person typed, when they ask.

HTTPS only (plain HTTP only to this computer), no proxy and no redirect to another host, port or scheme, a
size limit, and an overall deadline (however slowly a server sends) that a Cancel cuts short at once.
``core.net.permit`` names the one (host, port) being fetched while the fetch runs, so
the test suite's no-network guard can allow exactly that connection and refuse every other.
"""

from __future__ import annotations

import http.client
import socket
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlsplit

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, Words
from recoverybox.core.base.net import (
    AddressProblem,
    DeadlinePassed,
    Sockets,
    checked_address,
    permit,
    printable,
    within,
)
from recoverybox.core.base.work import Report, tell
from recoverybox.core.meetings.feed_rows import MAX_FEED_BYTES, FeedError

TIMEOUT_SECONDS = 20  # for each read
DEADLINE_SECONDS = 30  # for the whole fetch


def check_address(url: str) -> tuple[str, int]:
    """The host and port of a feed address, or ``FeedError`` saying what is wrong with it."""
    try:
        return checked_address(url)
    except AddressProblem as problem:
        templates = {
            "unreadable": QT_TRANSLATE_NOOP("errors", "“{url}” is not a web address I can use."),
            "scheme": QT_TRANSLATE_NOOP("errors", "“{url}” is not a web address; it should start with https://."),
            "credentials": QT_TRANSLATE_NOOP(
                "errors", "A meeting list address with a user name or password in it is not used, to keep them safe."
            ),
            "insecure": QT_TRANSLATE_NOOP(
                "errors",
                "“{url}” is not secure (http://). Meeting lists are fetched over https:// only, so no one on the way "
                "can change them or see what you looked up.",
            ),
        }
        template = templates[problem.kind]
        raise FeedError(template, url=url) if "{url}" in template else FeedError(template) from None


class _SameHostRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to the same host and port, over http(s), and never from https to http."""

    def __init__(self, host: str, port: int, scheme: str) -> None:
        self.host, self.port, self.scheme = host.lower(), port, scheme

    def redirect_request(  # type: ignore[no-untyped-def]  # urllib's own signature
        self, req, fp, code, msg, headers, newurl
    ):
        parts = urlsplit(newurl)
        scheme = parts.scheme.lower()
        try:
            port = parts.port or (443 if scheme == "https" else 80)
        except ValueError:
            port = -1
        if (
            scheme not in ("http", "https")
            or (parts.hostname or "").lower() != self.host
            or port != self.port
            or (self.scheme == "https" and scheme != "https")
        ):
            fp.close()
            where = printable(f"{scheme}://{parts.hostname or ''}" + (f":{port}" if port != -1 else ""), 100)
            raise FeedError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The meeting list moved to {where}/…; it is not followed there. Check the "
                    "address with the list's website.",
                ),
                where=where,
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _tracked(base: type[http.client.HTTPConnection], sockets: Sockets) -> Any:
    """An HTTP(S) connection class that hands each socket it opens to ``sockets`` (to be cut at a deadline)."""

    class Tracked(base):  # type: ignore[valid-type, misc]
        def connect(self) -> None:
            super().connect()
            sockets.add(self.sock)

    return Tracked


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, sockets: Sockets) -> None:
        super().__init__()
        self._class = _tracked(http.client.HTTPConnection, sockets)

    def http_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(self._class, req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, sockets: Sockets) -> None:
        super().__init__()
        self._class = _tracked(http.client.HTTPSConnection, sockets)

    def https_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(self._class, req, context=getattr(self, "_context", None))


def fetch(
    url: str,
    report: Report | None = None,
    limit: int = MAX_FEED_BYTES,
    timeout: float = TIMEOUT_SECONDS,
    deadline: float = DEADLINE_SECONDS,
) -> bytes:
    """The bytes at ``url`` (at most ``limit``), or ``FeedError`` with a sentence a person can act on.

    The download runs on a thread of its own; this one waits at most ``deadline`` seconds in all, passing
    on progress, and a Cancel (``report`` raising ``Cancelled``) or the deadline cuts the connection at once.
    """
    url = url.strip()
    host, port = check_address(url)
    sockets = Sockets()
    progress = [0, 0]

    def download() -> bytes:
        try:
            return _download(url, host, port, limit, timeout, sockets, progress)
        finally:
            sockets.close_all()

    def check() -> None:
        tell(report, progress[0], max(progress[1], progress[0], 1))

    try:
        return within(deadline, download, check, sockets.cut_all)
    except DeadlinePassed:
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{host} did not send the list within {deadline:.0f} seconds (it may be very "
                "slow, or stuck). Nothing was changed.",
            ),
            host=host,
            deadline=deadline,
        ) from None


def _download(
    url: str, host: str, port: int, limit: int, timeout: float, sockets: Sockets, progress: list[int]
) -> bytes:
    https = urlsplit(url).scheme.lower() == "https"
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}),
        _HTTPHandler(sockets),
        _HTTPSHandler(sockets),
        _SameHostRedirects(host, port, "https" if https else "http"),
    )
    request = urllib.request.Request(
        url, headers={"User-Agent": "RecoveryBox", "Accept": "application/json, text/csv, */*"}
    )
    chunks: list[bytes] = []
    size = 0
    try:
        with permit(host, port), opener.open(request, timeout=timeout) as response:
            try:
                expected = int(response.headers.get("Content-Length") or 0)
            except ValueError:
                expected = 0
            if expected > limit:
                raise _too_big(limit)
            progress[1] = expected
            while True:
                chunk = response.read1(256 * 1024)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise _too_big(limit)
                chunks.append(chunk)
                progress[0] = size
    except FeedError:
        raise
    except urllib.error.HTTPError as exc:
        exc.close()
        reason = printable(str(exc.reason), 80)
        where = printable(url, 200)
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The server answered {status} ({reason}) for {where}. Nothing was changed.",
            ),
            status=exc.code,
            reason=reason,
            where=where,
        ) from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, FeedError):
            raise exc.reason from None
        raise FeedError(
            QT_TRANSLATE_NOOP("errors", "Could not reach {host}: {reason_reason}. Nothing was changed."),
            host=host,
            reason_reason=_reason(exc.reason),
        ) from None
    except TimeoutError:
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{host} did not answer within {timeout:.0f} seconds. Nothing was changed.",
            ),
            host=host,
            timeout=timeout,
        ) from None
    except (http.client.HTTPException, ValueError) as exc:  # no status line, too many headers, a bad chunk…
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{host} sent an answer that is not a proper web reply ({name}). Nothing was changed.",
            ),
            host=host,
            name=type(exc).__name__,
        ) from None
    except OSError as exc:
        if sockets.cut:
            raise FeedError(QT_TRANSLATE_NOOP("errors", "The fetch was stopped. Nothing was changed.")) from None
        raise FeedError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Could not fetch the list from {host}: {printable_value}. Nothing was changed.",
            ),
            host=host,
            printable_value=printable(str(exc.strerror or exc), 120),
        ) from None
    return b"".join(chunks)


def _too_big(limit: int) -> FeedError:
    return FeedError(
        QT_TRANSLATE_NOOP(
            "errors", "The list at this address is over {megabytes} MB (a meeting list is smaller); not loaded."
        ),
        megabytes=limit // 1024 // 1024,
    )


def _reason(reason: object) -> str:
    if isinstance(reason, socket.gaierror):
        return Words(QT_TRANSLATE_NOOP("errors", "no such server (check the address, or your connection)"))
    if isinstance(reason, ConnectionRefusedError):
        return Words(QT_TRANSLATE_NOOP("errors", "the server refused the connection"))
    if isinstance(reason, TimeoutError):
        return Words(QT_TRANSLATE_NOOP("errors", "it did not answer in time"))
    import ssl

    if isinstance(reason, ssl.SSLCertVerificationError):
        return Words(QT_TRANSLATE_NOOP("errors", "its security certificate could not be verified"))
    return printable(str(getattr(reason, "strerror", None) or reason), 120)
