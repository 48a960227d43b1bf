"""The sync password, kept in the system keyring (``keyring``: Secret Service, KWallet, macOS Keychain, Windows
Credential Locker), never in the database or the log. Where no keyring is usable, nothing is kept: the app asks
each time it starts, and the command line reads it from a file or the terminal.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

log = logging.getLogger(__name__)
SERVICE = "RecoveryBox calendar sync"


def _entry(server_url: str, user: str) -> str:
    return f"{user} at {server_url.strip()}"


def _keyring() -> Any:
    """The keyring module, when a real backend is there; else None."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or type(backend).__module__.endswith("null"):
            return None
        return keyring
    except Exception:  # no backend, a broken D-Bus: no keyring
        log.info("no usable system keyring: the sync password will be asked for each time")
        return None


def keyring_usable() -> bool:
    return _keyring() is not None


def stored_password(server_url: str, user: str) -> str | None:
    """The password kept for this account, or None (none kept, or no keyring)."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        value = keyring.get_password(SERVICE, _entry(server_url, user))
    except Exception:  # a locked or broken keyring: as if none
        log.info("the system keyring could not be read")
        return None
    return value if isinstance(value, str) else None


def store_password(server_url: str, user: str, password: str) -> bool:
    """Keep the password in the keyring; False when there is none (then it is kept nowhere)."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, _entry(server_url, user), password)
    except Exception:
        log.info("the system keyring refused the sync password; it is not kept")
        return False
    return True


def forget_password(server_url: str, user: str) -> None:
    keyring = _keyring()
    if keyring is None:
        return
    with contextlib.suppress(Exception):  # not there, or a broken keyring: nothing to forget
        keyring.delete_password(SERVICE, _entry(server_url, user))
