"""Converting a database file in place, whole or not at all: written beside it, then swapped in, with a full
disk told apart from damage."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.storage import cipher
from recoverybox.core.storage.files import fsync_dir


class DiskFull(ValidationError):
    """No room on the disk for a conversion's copies: refused (or stopped and undone), nothing changed."""

    def __init__(self, short_by: int = 0) -> None:
        if short_by:
            super().__init__(
                "passphrase",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The disk is too full to convert your data (about {megabytes} MB more is needed). Nothing was "
                    "changed: your data and its backups are as they were. Free some space and try again.",
                ),
                megabytes=max(short_by >> 20, 1),
            )
            return
        super().__init__(
            "passphrase",
            QT_TRANSLATE_NOOP(
                "errors",
                "The disk is too full to convert your data. Nothing was changed: your data and its backups are as "
                "they were. Free some space and try again.",
            ),
        )


def write_converted(source: Path, source_key: bytes | None, temp: Path, dest_key: bytes | None) -> bool:
    """``source`` converted into the new file ``temp``; True when every table has the same rows in both."""
    cipher.shred(temp)
    cipher.copy_database(source, source_key, temp, dest_key)
    return cipher.table_counts(temp, dest_key) == cipher.table_counts(source, source_key)


def swap_in(new: Path, path: Path, old: Path, swapped: Callable[[], None] | None = None) -> None:
    """Give ``new`` the name ``path`` in one rename, then overwrite the bytes it replaced.

    ``old`` (a second name for them) keeps them reachable for that. The replaced file's -wal/-shm, emptied by
    a checkpoint or read into ``new``, go first: they must never be read into the new file.
    """
    cipher.shred(old)
    os.link(path, old)
    for suffix in ("-wal", "-shm"):
        cipher.shred(Path(f"{path}{suffix}"))
    os.replace(new, path)
    fsync_dir(path.parent)
    if swapped is not None:
        swapped()
    cipher.shred(old)


def is_disk_full(exc: BaseException) -> bool:
    return getattr(exc, "errno", None) == 28 or "full" in str(exc).lower()
