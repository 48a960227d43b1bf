"""A server's own certificate the person chose to trust: its SHA-256 fingerprint as typed or pasted, as phones
and servers show it, and read from the server without trusting it (to show the person)."""

from __future__ import annotations

import hashlib
import re
import ssl

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.net import permit
from recoverybox.core.sync.failures import TIMEOUT_SECONDS, SyncFailure

_FINGERPRINT = re.compile(r"^[0-9a-f]{64}$")


def normalise_fingerprint(text: str) -> str:
    """A SHA-256 certificate fingerprint as typed or pasted ("AB:CD:…", "sha256:abcd…", with spaces) as 64
    lower-case hex digits; ``SyncFailure`` ("certificate") when it is not one."""
    cleaned = re.sub(r"[\s:]", "", text.strip().lower())
    for prefix in ("sha256=", "sha256", "sha-256"):
        cleaned = cleaned.removeprefix(prefix)
    if not _FINGERPRINT.match(cleaned):
        raise SyncFailure(
            "certificate",
            QT_TRANSLATE_NOOP(
                "errors",
                "That is not a SHA-256 certificate fingerprint: it has 64 letters and digits "
                "(0–9, A–F), often written in pairs with colons.",
            ),
        )
    return cleaned


def fingerprint_text(fingerprint: str) -> str:
    """A fingerprint as phones and servers show it: pairs of upper-case hex digits joined by colons."""
    return ":".join(fingerprint[i : i + 2] for i in range(0, len(fingerprint), 2)).upper()


def presented_fingerprint(host: str, port: int, timeout: float = TIMEOUT_SECONDS) -> str | None:
    """The SHA-256 fingerprint (hex) of the certificate ``host`` presents, read without trusting it (to show
    the person, who may then choose to trust that one certificate); None when it cannot be read."""
    try:
        with permit(host, port):
            pem = ssl.get_server_certificate((host, port), timeout=timeout)
    except (OSError, ValueError):
        return None
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()
