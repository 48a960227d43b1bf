"""How a sync can fail, in words for the person (``SyncFailure`` and its kinds), and the server's own refusals."""

from __future__ import annotations

from typing import Any

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, UserError

TIMEOUT_SECONDS = 30  # for each read


MAX_REPLY_BYTES = 20 * 1024 * 1024  # a reply larger than this is refused as it arrives (not read into memory)


class SyncFailure(UserError):
    """A sync that could not be done, with why in words; ``kind`` sorts it (for the status bar and tests):
    "address", "password", "certificate", "certificate-changed", "unreachable", "quota", "calendar", "server".
    ``fingerprint``: for a certificate not trusted, the SHA-256 fingerprint (hex) of the one the server showed."""

    def __init__(self, kind: str, message: str, fingerprint: str | None = None, **params: Any) -> None:
        super().__init__(message, code=f"sync-{kind}", **params)
        self.kind = kind
        self.fingerprint = fingerprint


class Changed(Exception):
    """A write refused because the resource changed on the server since we read it (HTTP 412)."""


class TooBig(SyncFailure):
    """A reply over ``MAX_REPLY_BYTES``: refused as it arrived."""

    def __init__(self, host: str, limit: int = MAX_REPLY_BYTES) -> None:
        super().__init__(
            "too-big",
            QT_TRANSLATE_NOOP(
                "errors",
                "{host} sent an answer over {megabytes} MB, so it was not read. Nothing was lost.",
            ),
            host=host,
            megabytes=limit // 1024 // 1024,
        )
