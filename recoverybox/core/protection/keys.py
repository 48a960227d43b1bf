"""The data key wrapped by a secret: a passphrase or the recovery key stretched with Argon2id, the key sealed
with AES-GCM, and every stored field checked before it is used."""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from typing import Any

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, UserError
from recoverybox.core.base.validation import ValidationError

KEY_FILE = "protection.json"


MIN_PASSPHRASE = 8


# Argon2id: about 0.3 s and 128 MiB on a 2-core machine of 2026 (benchmarks/bench_protection.py); stored in
# each key file, so a later change here applies to new keys and the old ones still open.
KDF = {"name": "argon2id", "time_cost": 4, "memory_kib": 131072, "parallelism": 2}


# What a key file's settings may say: outside these it was damaged or tampered with (a time cost of a million
# would hang every unlock for hours; 0, or an empty salt, is no protection at all).
KDF_LIMITS = {"time_cost": (1, 20), "memory_kib": (8 * 1024, 1024 * 1024), "parallelism": (1, 16)}


SIZES = {"salt": (16, 64), "nonce": (12, 12), "wrapped": (48, 48)}  # bytes: a 32-byte key and its 16-byte tag


RECOVERY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"  # base32: no 0/1/8/9 to mix up with O/I/B


class WrongSecret(ValidationError):
    """The passphrase or recovery key does not open the data."""


def check_passphrase(passphrase: str, field: str = "passphrase") -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "errors",
                "Use at least {min_passphrase} characters; a short sentence is easy to remember.",
            ),
            min_passphrase=MIN_PASSPHRASE,
        )
    if passphrase != passphrase.strip():
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "errors",
                "The passphrase begins or ends with a space; take it out, or it is easy to miss.",
            ),
        )


def new_recovery_key() -> str:
    """32 letters and digits in groups of four (160 random bits), e.g. ``K7QD-…``."""
    letters = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(32))
    return "-".join(letters[i : i + 4] for i in range(0, 32, 4))


def normal_recovery_key(text: str) -> str:
    """The recovery key as typed (any case, spaces or dashes, 0/1/8 for O/I/B) in its one written form."""
    letters = "".join(ch for ch in text.upper() if ch.isalnum()).translate(str.maketrans("018", "OIB"))
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def damaged(why: str, **params: Any) -> ValidationError:
    """The key file is there but cannot be used as it is: said as such (never "check Caps Lock"). ``why`` is a
    template of its own, with its parameters."""
    return ValidationError(
        "passphrase",
        QT_TRANSLATE_NOOP(
            "errors",
            "The key file {key_file} is damaged ({why}), so it cannot open your data "
            "even with the right passphrase. Put back a copy of it from your backup of "
            "the data folder.",
        ),
        key_file=KEY_FILE,
        why=UserError(why, **params),
    )


def checked_kdf(kdf: Any) -> dict[str, int]:
    """The Argon2id settings of a key file, each within ``KDF_LIMITS``; ``damaged`` otherwise."""
    if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
        raise damaged(QT_TRANSLATE_NOOP("errors", "unknown key derivation"))
    values = {}
    for name, (low, high) in KDF_LIMITS.items():
        value = kdf.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise damaged(
                QT_TRANSLATE_NOOP("errors", "{name} is {value}, not between {low} and {high}"),
                name=name,
                value=str(value)[:20],
                low=low,
                high=high,
            )
        values[name] = value
    return values


def _entry_check(entry: dict[str, Any], label: str) -> str:
    """A short digest of one wrapped key with its label: a flipped byte or a salt swapped between the two
    entries no longer matches, which tells a damaged key file from a wrong passphrase."""
    text = "|".join((label, str(entry.get("salt")), str(entry.get("nonce")), str(entry.get("wrapped"))))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _derive(secret: str, salt: bytes, kdf: dict[str, Any]) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    settings = checked_kdf(kdf)
    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=settings["time_cost"],
        memory_cost=settings["memory_kib"],
        parallelism=settings["parallelism"],
        hash_len=32,
        type=Type.ID,
    )


def wrap_key(data_key: bytes, secret: str, label: str, kdf: dict[str, Any]) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = AESGCM(_derive(secret, salt, kdf)).encrypt(nonce, data_key, f"recoverybox data key: {label}".encode())
    entry = {"salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(wrapped)}
    entry["check"] = _entry_check(entry, label)
    return entry


def unwrap_key(entry: dict[str, Any], secret: str, label: str, kdf: dict[str, Any]) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not isinstance(entry, dict):
        raise damaged(QT_TRANSLATE_NOOP("errors", "no {label} entry"), label=label)
    if "check" in entry and entry["check"] != _entry_check(entry, label):
        raise damaged(QT_TRANSLATE_NOOP("errors", "its {label} entry does not match its own check"), label=label)
    try:
        parts = {name: _unb64(entry[name]) for name in SIZES}
    except (KeyError, TypeError, ValueError) as exc:
        raise damaged(
            QT_TRANSLATE_NOOP("errors", "its {label} entry is unreadable: {reason}"), label=label, reason=exc
        ) from None
    for name, (low, high) in SIZES.items():
        if not low <= len(parts[name]) <= high:
            raise damaged(
                QT_TRANSLATE_NOOP("errors", "the {label} entry's {name} has {count} bytes"),
                label=label,
                name=name,
                count=len(parts[name]),
            )
    aad = f"recoverybox data key: {label}".encode()
    try:
        return AESGCM(_derive(secret, parts["salt"], kdf)).decrypt(parts["nonce"], parts["wrapped"], aad)
    except InvalidTag:
        return None
