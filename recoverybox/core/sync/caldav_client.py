"""The calendar sync's network side: talking to the one CalDAV server the person named, with ``caldav``.

Only that server is reached: https:// (plain http:// only to this computer), no proxy from the environment, no
.netrc, no DNS service discovery and no certificate-revocation (OCSP) requests to third parties; while a request
runs, ``core.net.permit`` names the server, so the test suite's guard allows exactly it. Every address the server
hands out (a calendar home, a calendar, an event) and every redirect must be on the same host and port as the
address the person typed: the password and the calendar go nowhere else. Each reply is read up to
``MAX_REPLY_BYTES`` and each event up to ``MAX_EVENT_BYTES``. Every failure becomes a ``SyncFailure`` with a
sentence a person can act on (wrong password, certificate, server gone, quota…)."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urljoin

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.net import AddressProblem, checked_address, is_local_host, permit, printable
from recoverybox.core.sync.failure_words import authorization_failure, network_failure, server_said
from recoverybox.core.sync.failures import MAX_REPLY_BYTES, TIMEOUT_SECONDS, Changed, SyncFailure, TooBig

log = logging.getLogger(__name__)


MAX_EVENT_BYTES = 1024 * 1024  # an event larger than this is skipped, and named


MAX_REDIRECTS = 5


REDIRECTS = (301, 302, 303, 307, 308)


MULTIGET_BATCH = 200  # resources fetched per calendar-multiget REPORT


SAFE_NAME = re.compile(r"^[A-Za-z0-9._@-]{1,120}$")


# How each server took our credentials ("basic", "digest"), learnt from its first 401 in this run: later
# connections send them at once. (Radicale, for one, waits a second before each 401, against guessing.)
_AUTH_TYPES: dict[tuple[str, str], str] = {}


@dataclass
class Listing:
    """What the server's calendar holds, or what changed in it since ``token``: href → ETag (None: unknown),
    and the hrefs deleted. ``complete``: ``changed`` lists every resource (no token, or the server has none),
    so a known href missing from it was deleted."""

    token: str | None
    changed: dict[str, str | None] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)
    complete: bool = True


def check_server_url(url: str) -> tuple[str, int]:
    """The host and port of a server address, or ``SyncFailure`` ("address") saying what is wrong."""
    try:
        return checked_address(url)
    except AddressProblem as problem:
        words = {
            "unreadable": f"“{url}” is not a server address I can use.",
            "scheme": f"“{url}” is not a server address; it should start with https://.",
            "credentials": "Put the user name in its own field, not in the address.",
            "insecure": f"“{url}” is not secure (http://). Your calendar is sent over https:// only (plain "
            "http:// only to this computer), so no one on the way can read or change it.",
        }
        raise SyncFailure("address", words[problem.kind]) from None


def resource_name(uid: str) -> str:
    """The file name of an event's resource: its UID when that is a safe name, else a hash of it."""
    return (uid if SAFE_NAME.match(uid) else hashlib.sha256(uid.encode()).hexdigest()[:40]) + ".ics"


class CalDavConnection:
    """One CalDAV account, used as a context manager around its requests (each names the server as permitted)."""

    def __init__(
        self, url: str, user: str, password: str, timeout: float = TIMEOUT_SECONDS, pinned: str | None = None
    ) -> None:
        """``password`` "" for a server that asks for none; ``pinned``: the SHA-256 fingerprint (hex) of the one
        self-signed certificate the person trusts for this server (then only it is accepted, never another)."""
        self.url = url.strip()
        self.host, self.port = check_server_url(self.url)
        self.user = user
        self.password = password
        self.timeout = timeout
        self.pinned = pinned
        self._client: Any = None

    # -- plumbing -------------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _talking(self, url: str | None = None) -> Iterator[None]:
        """Requests inside go to the server (or to ``url``, a calendar or event address the server gave, which
        may be on another of its hosts: https:// too) and only there; their failures are said in words."""
        from caldav.lib import error as dav_error

        host, port = self.same_server(url) if url else (self.host, self.port)
        with permit(host, port):
            try:
                yield
            except (SyncFailure, Changed):
                raise
            except dav_error.AuthorizationError as exc:
                raise authorization_failure(exc, self.user) from None
            except dav_error.NotFoundError:
                raise SyncFailure(
                    "calendar",
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The calendar was not found on the server (was it deleted?). Set up sync again.",
                    ),
                ) from None
            except dav_error.DAVError as exc:
                raise server_said(str(exc)) from None
            except OSError as exc:  # the connection: niquests' errors, ssl's and the socket's are all OSErrors
                raise network_failure(exc, self.host, self.port, self.timeout, self.pinned) from None
            except AssertionError:
                raise  # a broken promise (the tests' network guard), never an answer to translate
            except Exception as exc:  # the library could not read the server's answer (XML, a header…)
                log.warning("a CalDAV answer could not be read: %s", type(exc).__name__)
                raise SyncFailure(
                    "server",
                    QT_TRANSLATE_NOOP("errors", "{host} sent an answer that could not be read ({name})."),
                    host=self.host,
                    name=type(exc).__name__,
                ) from None

    def same_server(self, url: str) -> tuple[str, int]:
        """The host and port of an address the server gave (a calendar, an event, a redirect): only the server
        the person typed, over https:// (plain http:// only to this computer); ``SyncFailure`` otherwise."""
        try:
            host, port = checked_address(url)
        except AddressProblem:
            host, port = "", -1
        if (host, port) != (self.host, self.port) or _scheme(url) != _scheme(self.url):
            shown = printable(url, 120)
            raise SyncFailure(
                "address",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The server {host} pointed to another address ({shown}). RecoveryBox sends "
                    "your calendar and password only to the server you typed, so nothing was "
                    "sent there. If you trust that address, type it as the server in Sync.",
                ),
                host=self.host,
                shown=shown,
            )
        return host, port

    def _connect(self, url: str | None = None) -> Any:
        import caldav

        client_type: Any = caldav.DAVClient
        client = client_type(
            url=url or self.url,
            username=self.user or None if self.password else None,  # no password: no credentials at all
            password=self.password or None,
            # A trusted self-signed certificate: that one only, by its fingerprint (niquests' "sha256_…").
            ssl_verify_cert=f"sha256_{self.pinned}" if self.pinned else True,
            timeout=int(self.timeout),
            enable_rfc6764=False,  # no DNS SRV/TXT lookups: only the address given is used
            require_tls=not is_local_host(self.host),
            auth_type=_AUTH_TYPES.get((self.url, self.user)),
        )
        session_type: Any = _guarded(type(client.session), self)
        session = session_type(revocation_configuration=None)  # no OCSP requests to a third party
        session.trust_env = False  # no proxy from the environment, no .netrc
        client.session.close()
        client.session = session
        return client

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = self._connect()
        return self._client

    def close(self) -> None:
        if self._client is not None:
            auth = type(getattr(self._client, "auth", None)).__name__
            kind = {"HTTPBasicAuth": "basic", "HTTPDigestAuth": "digest"}.get(auth)
            if kind is not None:
                _AUTH_TYPES[(self.url, self.user)] = kind
            with contextlib.suppress(Exception):
                self._client.close()
            self._client = None

    def __enter__(self) -> CalDavConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _calendar(self, calendar_url: str) -> Any:
        import caldav

        calendar_type: Any = caldav.Calendar
        return calendar_type(client=self.client, url=calendar_url)

    # -- discovery -----------------------------------------------------------------------------------------
    def calendars(self) -> list[tuple[str, str]]:
        """The account's calendars as (name, URL) that hold events: found from the address given (the
        principal, then its calendar-home-set), else from the server's /.well-known/caldav."""
        with self._talking():
            from caldav.lib import error as dav_error

            try:
                principal = self.client.get_principal()
            except dav_error.DAVError as first:
                if isinstance(first, dav_error.AuthorizationError) and getattr(first, "status", None) != 403:
                    raise  # 401: the name or password, wherever we ask
                # Not a CalDAV address, or forbidden there (a web page of the server, say): the server's
                # well-known address may lead on to the principal.
                self.close()
                self._client = self._connect(urljoin(self.url, "/.well-known/caldav"))
                principal = self.client.get_principal()
            found = []
            for calendar in principal.get_calendars():
                with contextlib.suppress(Exception):  # a calendar without a name is named by its address
                    components = calendar.get_supported_components()
                    if components and "VEVENT" not in components:
                        continue
                name = ""
                with contextlib.suppress(Exception):
                    name = calendar.get_display_name() or ""
                found.append((name or str(calendar.url).rstrip("/").rsplit("/", 1)[-1], str(calendar.url)))
            return found

    def create_calendar(self, name: str) -> str:
        """Make a calendar called ``name`` in the account's calendar home; its URL."""
        with self._talking():
            calendar = self.client.get_principal().make_calendar(name=name)
            return str(calendar.url)

    # -- the calendar's resources --------------------------------------------------------------------------
    def listing(self, calendar_url: str, token: str | None) -> Listing:
        """What changed since ``token`` (RFC 6578 sync-collection); with no token, one the server no longer
        knows, or a server without sync tokens, every resource with its ETag (a PROPFIND when need be)."""
        from caldav.lib import error as dav_error

        with self._talking(calendar_url):
            calendar = self._calendar(calendar_url)
            if token:
                try:
                    result = calendar.get_objects_by_sync_token(sync_token=token, disable_fallback=True)
                    deleted = {_key(url) for url in result.deleted_urls}
                    changed = {_key(o.url): o.etag for o in result.objects if _key(o.url) not in deleted}
                    return Listing(_token(result.sync_token), changed, deleted, complete=False)
                except dav_error.DAVError as refused:
                    if not _no_sync_report(refused):
                        raise
                    # The token expired (RFC 6578: 403 with DAV:valid-sync-token; servers forget old tokens),
                    # or sync tokens are gone: list everything instead.
            try:
                result = calendar.get_objects_by_sync_token(sync_token=None, disable_fallback=True)
                gone = {_key(url) for url in result.deleted_urls}
                changed = {_key(o.url): o.etag for o in result.objects if _key(o.url) not in gone}
                return Listing(_token(result.sync_token), changed)
            except dav_error.DAVError as refused:
                if not _no_sync_report(refused):
                    raise
                # No sync-collection REPORT here: compare ETags from a PROPFIND.
            from caldav.elements import dav

            response = calendar.get_properties([dav.GetEtag()], depth=1, parse_response_xml=False)
            own = calendar.url.canonical()
            changed = {}
            for href, props in response.expand_simple_props([dav.GetEtag()]).items():
                url = calendar.url.join(href)
                if url.canonical() != own:
                    changed[_key(url)] = props.get(dav.GetEtag.tag)
            return Listing(None, changed)

    def fetch(self, calendar_url: str, hrefs: list[str]) -> dict[str, tuple[str | None, bytes]]:
        """The resources at ``hrefs`` (ETag, calendar data), a batch per calendar-multiget REPORT; one deleted
        meanwhile is left out. An event over ``MAX_EVENT_BYTES`` comes back as ``OVERSIZED`` (its data not
        kept), and a batch whose reply is over ``MAX_REPLY_BYTES`` is asked again in halves, down to the one
        event that is too big alone."""
        got: dict[str, tuple[str | None, bytes]] = {}
        with self._talking(calendar_url):
            calendar = self._calendar(calendar_url)
            for start in range(0, len(hrefs), MULTIGET_BATCH):
                self._fetch_batch(calendar, hrefs[start : start + MULTIGET_BATCH], got)
        return got

    def _fetch_batch(self, calendar: Any, hrefs: list[str], got: dict[str, tuple[str | None, bytes]]) -> None:
        from caldav.elements import dav

        for href in hrefs:
            self.same_server(str(calendar.url.join(href)))
        try:
            items = calendar.multiget([calendar.url.join(href) for href in hrefs])
        except TooBig:
            if len(hrefs) == 1:
                got[_key(calendar.url.join(hrefs[0]))] = (None, OVERSIZED)
                return
            middle = len(hrefs) // 2
            self._fetch_batch(calendar, hrefs[:middle], got)
            self._fetch_batch(calendar, hrefs[middle:], got)
            return
        for item in items:
            data = item.raw_data or item.data
            if data:
                raw = data if isinstance(data, bytes) else str(data).encode("utf-8")
                etag = (item.props or {}).get(dav.GetEtag.tag)
                got[_key(item.url)] = (etag, OVERSIZED if len(raw) > MAX_EVENT_BYTES else raw)

    def put(self, href: str, body: bytes, etag: str | None) -> str | None:
        """Write ``body`` at ``href``: over the version with ``etag`` (If-Match), or as a new resource
        (If-None-Match: *). The new ETag (None when the server does not say); ``Changed`` on 412."""
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        headers.update({"If-Match": etag} if etag else {"If-None-Match": "*"})
        with self._talking(href):
            response = self.client.request(href, "PUT", body.decode("utf-8"), headers)
            self._check(response, (200, 201, 204))
            tag = response.headers.get("ETag") or response.headers.get("etag")
            return str(tag) if tag and not str(tag).startswith("W/") else None

    def delete(self, href: str, etag: str | None) -> None:
        """Delete ``href`` if it is still the version with ``etag``; gone already is fine; ``Changed`` on 412."""
        with self._talking(href):
            response = self.client.request(href, "DELETE", "", {"If-Match": etag} if etag else {})
            if response.status == 404:
                return
            self._check(response, (200, 202, 204))

    def _check(self, response: Any, ok: tuple[int, ...]) -> None:
        status = int(response.status)
        if status in ok:
            return
        if status == 412:
            raise Changed()
        if status == 507:
            raise SyncFailure(
                "quota",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The server's storage for your account is full, so nothing more was sent.",
                ),
            )
        if status == 404:
            raise SyncFailure(
                "calendar",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The calendar was not found on the server (was it deleted?). Set up sync again.",
                ),
            )
        raise server_said(f"{status} {getattr(response, 'reason', '')}".strip())


OVERSIZED = b""  # what ``fetch`` gives for an event too big to take (an empty one is left out: never confused)


def _scheme(url: str) -> str:
    return url.strip().split(":", 1)[0].lower()


def _guarded(base: type, connection: CalDavConnection) -> type:
    """A session class (niquests', as caldav makes it) that follows no redirect by itself: each is checked
    with ``connection.same_server`` and followed only there; and that reads each reply only up to
    ``MAX_REPLY_BYTES``."""

    class GuardedSession(base):  # type: ignore[misc]
        def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
            kwargs["allow_redirects"] = False
            kwargs["stream"] = True
            for _hop in range(MAX_REDIRECTS + 1):
                host, port = connection.same_server(url)
                with permit(host, port):
                    response = super().request(method, url, *args, **kwargs)
                    location = response.headers.get("Location")
                    if response.status_code in REDIRECTS and location:
                        response.close()
                        url = urljoin(url, location)
                        if response.status_code == 303:
                            method, kwargs["data"] = "GET", None
                        continue
                    _read_capped(response, connection.host)
                return response
            raise SyncFailure(
                "server",
                QT_TRANSLATE_NOOP("errors", "{host} sent the request round in redirects; nothing was sent."),
                host=connection.host,
            )

    return GuardedSession


def _read_capped(response: Any, host: str) -> None:
    """Read a streamed reply into memory, refusing it (``TooBig``) once it passes ``MAX_REPLY_BYTES``."""
    try:
        declared = int(response.headers.get("Content-Length") or 0)
    except ValueError:
        declared = 0
    if declared > MAX_REPLY_BYTES:
        response.close()
        raise TooBig(host)
    chunks, size = [], 0
    for chunk in response.iter_content(256 * 1024):
        size += len(chunk)
        if size > MAX_REPLY_BYTES:
            response.close()
            raise TooBig(host)
        chunks.append(chunk)
    response._content = b"".join(chunks)
    response._content_consumed = True


def _no_sync_report(error: Exception) -> bool:
    """A sync-collection REPORT refused for what the token or the REPORT is (an expired token, a REPORT the
    server does not do), not for who asks: then every resource is listed instead."""
    from caldav.elements import dav
    from caldav.lib import error as dav_error

    if not isinstance(error, dav_error.AuthorizationError):
        return True  # a REPORT the server does not understand (a 4xx/5xx other than 401/403)
    preconditions = getattr(error, "preconditions", None) or ()
    return dav.ValidSyncToken.tag in preconditions or dav.SupportedReport.tag in preconditions


def _key(url: object) -> str:
    """One spelling of a resource's address (the server may write ``@`` or ``%40``): the form stored and compared."""
    from caldav.lib.url import URL

    return str(URL.objectify(str(url)).canonical())


def _token(value: object) -> str | None:
    """A server's sync token, or None for the library's stand-in where the server keeps none."""
    return value if isinstance(value, str) and value and not value.startswith("fake-") else None


def href_for(calendar_url: str, uid: str) -> str:
    """The address of a new event's resource in the calendar."""
    return _key(calendar_url.rstrip("/") + "/" + quote(resource_name(uid)))
