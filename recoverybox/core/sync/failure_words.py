"""A connection's failure in words for the person: what the server refused, what it answered, what went wrong
on the way to it. Each is a ``SyncFailure`` with a kind (for the status bar and tests), an English template and
its parameters (``ui.ops.words`` translates them)."""

from __future__ import annotations

import ssl

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, Words
from recoverybox.core.base.net import printable
from recoverybox.core.sync.certificates import fingerprint_text, presented_fingerprint
from recoverybox.core.sync.failures import SyncFailure


def authorization_failure(exc: Exception, user: str) -> SyncFailure:
    """The server refused the user name and password (401), this address (403), or its storage is full."""
    body = getattr(exc, "body", None) or b""
    text = (str(exc) + " " + (body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body))).lower()
    if "quota" in text or "storage" in text:
        return SyncFailure(
            "quota",
            QT_TRANSLATE_NOOP(
                "errors",
                "The server's storage for your account is full, so nothing more was sent.",
            ),
        )
    if getattr(exc, "status", None) == 403:
        return SyncFailure(
            "password",
            QT_TRANSLATE_NOOP(
                "errors",
                "The server does not let {user} use this address (403). Check the address.",
            ),
            user=user,
        )
    return SyncFailure(
        "password",
        QT_TRANSLATE_NOOP(
            "errors",
            "The server did not accept the user name “{user}” and password. Check them in Sync.",
        ),
        user=user,
    )


def server_said(text: str) -> SyncFailure:
    """The server answered with an error status (``text``: the status and its reason, shown printable)."""
    if "507" in text or "quota" in text.lower():
        return SyncFailure(
            "quota",
            QT_TRANSLATE_NOOP(
                "errors",
                "The server's storage for your account is full, so nothing more was sent.",
            ),
        )
    return SyncFailure(
        "server",
        QT_TRANSLATE_NOOP("errors", "The server answered with an error: {printable_text}"),
        printable_text=printable(text, 200),
    )


def network_failure(exc: OSError, host: str, port: int, timeout: float, pinned: str | None) -> SyncFailure:
    """What went wrong on the way to ``host`` (``pinned``: the fingerprint trusted, if any): a changed or
    unverified certificate, TLS, a timeout, a name
    not found, or a server down or gone."""
    chain: list[BaseException] = []
    item: BaseException | None = exc
    while item is not None and len(chain) < 10:
        chain.append(item)
        item = item.__cause__ or item.__context__
    text = " ".join(f"{type(e).__name__} {e}" for e in chain)
    if pinned and "fingerprints did not match" in text.lower():
        shown = presented_fingerprint(host, port, timeout)
        return SyncFailure(
            "certificate-changed",
            QT_TRANSLATE_NOOP(
                "errors",
                "{host} showed a different security certificate from the one you trusted, so "
                "nothing was sent to it. If you changed the server's certificate yourself, "
                "set up sync again and check the new one's fingerprint{value}; if not, "
                "someone may be pretending to be your server.",
            ),
            shown,
            host=host,
            value=" (" + fingerprint_text(shown) + ")" if shown else "",
        )
    if any(isinstance(e, ssl.SSLCertVerificationError) for e in chain) or "CERTIFICATE_VERIFY" in text.upper():
        shown = presented_fingerprint(host, port, timeout)
        own: Words | str = ""
        if shown:
            own = Words(
                QT_TRANSLATE_NOOP(
                    "errors",
                    " If this is your own server (a NAS, or one you run) with a certificate of its own, compare this "
                    "fingerprint with the one the server shows, and trust it if they are the same: SHA-256 "
                    "{fingerprint}",
                ),
                fingerprint=fingerprint_text(shown),
            )
        return SyncFailure(
            "certificate",
            QT_TRANSLATE_NOOP(
                "errors",
                "{host}'s security certificate could not be verified, so nothing was sent to it.{own}",
            ),
            shown,
            host=host,
            own=own,
        )
    if any(isinstance(e, ssl.SSLError) for e in chain) or "SSL" in text or "TLS" in text:
        return SyncFailure(
            "certificate",
            QT_TRANSLATE_NOOP("errors", "A secure connection to {host} could not be made ({exc})."),
            host=host,
            exc=exc,
        )
    if "timeout" in text.lower() or "timed out" in text.lower():
        return SyncFailure(
            "unreachable",
            QT_TRANSLATE_NOOP("errors", "{host} did not answer in time. Changes wait for the next sync."),
            host=host,
        )
    if "name or service" in text.lower() or "resolve" in text.lower() or "getaddrinfo" in text.lower():
        return SyncFailure(
            "unreachable",
            QT_TRANSLATE_NOOP("errors", "{host} could not be found (check the address, or your connection)."),
            host=host,
        )
    return SyncFailure(
        "unreachable",
        QT_TRANSLATE_NOOP(
            "errors",
            "Could not reach {host}: the server may be down or gone, or you are offline. "
            "Your changes are kept and sent at the next sync.",
        ),
        host=host,
    )
