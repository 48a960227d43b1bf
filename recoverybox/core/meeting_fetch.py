"""The app's one network call: fetching a meeting list from the web address a person typed, when they ask.

HTTPS only (plain HTTP only to this computer), no proxy and no redirect to another host or to plain HTTP, a
size limit and a timeout. ``core.net.permit`` names the one (host, port) being fetched while the fetch runs, so
the test suite's no-network guard can allow exactly that connection and refuse every other.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from recoverybox.core.meeting_lists import MAX_FEED_BYTES, FeedError
from recoverybox.core.net import AddressProblem, checked_address, permit
from recoverybox.core.work import Report, tell

TIMEOUT_SECONDS = 20


def check_address(url: str) -> tuple[str, int]:
    """The host and port of a feed address, or ``FeedError`` saying what is wrong with it."""
    try:
        return checked_address(url)
    except AddressProblem as problem:
        words = {
            "unreadable": f"“{url}” is not a web address I can use.",
            "scheme": f"“{url}” is not a web address; it should start with https://.",
            "credentials": "A meeting list address with a user name or password in it is not used, to keep them safe.",
            "insecure": f"“{url}” is not secure (http://). Meeting lists are fetched over https:// only, so no one "
            "on the way can change them or see what you looked up.",
        }
        raise FeedError(words[problem.kind]) from None


class _SameHostRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to the same host and never from https to http."""

    def __init__(self, host: str, scheme: str) -> None:
        self.host, self.scheme = host.lower(), scheme

    def redirect_request(  # type: ignore[no-untyped-def]  # urllib's own signature
        self, req, fp, code, msg, headers, newurl
    ):
        parts = urlsplit(newurl)
        if (parts.hostname or "").lower() != self.host or (self.scheme == "https" and parts.scheme != "https"):
            raise FeedError(
                f"The meeting list moved to {parts.scheme}://{parts.hostname}/…; it is not followed there. "
                "Check the address with the list's website."
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(
    url: str, report: Report | None = None, limit: int = MAX_FEED_BYTES, timeout: float = TIMEOUT_SECONDS
) -> bytes:
    """The bytes at ``url`` (at most ``limit``), or ``FeedError`` with a sentence a person can act on."""
    url = url.strip()
    host, port = check_address(url)
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}), _SameHostRedirects(host, urlsplit(url).scheme.lower())
    )
    request = urllib.request.Request(
        url, headers={"User-Agent": "RecoveryBox", "Accept": "application/json, text/csv, */*"}
    )
    chunks: list[bytes] = []
    size = 0
    try:
        with permit(host, port), opener.open(request, timeout=timeout) as response:
            expected = int(response.headers.get("Content-Length") or 0)
            if expected > limit:
                raise FeedError(_too_big(limit))
            while True:
                chunk = response.read(256 * 1024)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise FeedError(_too_big(limit))
                chunks.append(chunk)
                tell(report, size, max(expected, size))
    except FeedError:
        raise
    except urllib.error.HTTPError as exc:
        raise FeedError(f"The server answered {exc.code} ({exc.reason}) for {url}. Nothing was changed.") from None
    except urllib.error.URLError as exc:
        raise FeedError(f"Could not reach {host}: {_reason(exc.reason)}. Nothing was changed.") from None
    except TimeoutError:
        raise FeedError(f"{host} did not answer within {timeout:.0f} seconds. Nothing was changed.") from None
    except OSError as exc:
        raise FeedError(f"Could not fetch the list from {host}: {exc.strerror or exc}. Nothing was changed.") from None
    return b"".join(chunks)


def _too_big(limit: int) -> str:
    return f"The list at this address is over {limit // 1024 // 1024} MB (a meeting list is smaller); not loaded."


def _reason(reason: object) -> str:
    if isinstance(reason, socket.gaierror):
        return "no such server (check the address, or your connection)"
    if isinstance(reason, ConnectionRefusedError):
        return "the server refused the connection"
    if isinstance(reason, TimeoutError):
        return "it did not answer in time"
    import ssl

    if isinstance(reason, ssl.SSLCertVerificationError):
        return "its security certificate could not be verified"
    return str(getattr(reason, "strerror", None) or reason)
