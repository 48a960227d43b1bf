"""Writing a file the person asked for (exports, PDFs, calendars) so that it is whole or not there at all.

The content goes to a private temporary file beside the target, is synced to disk and checked, and only then
takes the target's name. On any failure the temporary file is removed, the target is left as it was, and a
``ValidationError`` names the file and says why in words (a full disk above all). No Qt here.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.validation import ValidationError

FILE_MODE = 0o600


def write_whole(target: Path, write: Callable[[Path], None], check: Callable[[Path], bool] | None = None) -> Path:
    """Run ``write(temp)``, then sync, check (non-empty, and ``check`` if given) and rename onto ``target``."""
    target = Path(target)
    temp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        fd = os.open(temp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, FILE_MODE)
        os.close(fd)
        write(temp)
        fsync_path(temp)
        if temp.stat().st_size == 0 or (check is not None and not check(temp)):
            raise ValidationError(
                "file",
                QT_TRANSLATE_NOOP("errors", "{name} was not saved: the file came out empty or incomplete."),
                name=target.name,
            )
        os.replace(temp, target)
        fsync_dir(target.parent)
    except ValidationError:
        _remove(temp)
        raise
    except OSError as exc:
        _remove(temp)
        raise ValidationError(
            "file", QT_TRANSLATE_NOOP("errors", "{name} was not saved: {why_exc}"), name=target.name, why_exc=why(exc)
        ) from None
    return target


def write_bytes_whole(target: Path, data: bytes) -> Path:
    def write(temp: Path) -> None:
        temp.write_bytes(data)

    return write_whole(target, write, lambda temp: temp.stat().st_size == len(data))


def write_text_whole(target: Path, text: str) -> Path:
    return write_bytes_whole(target, text.encode("utf-8"))


def fsync_path(path: Path) -> None:
    """Make a file's content durable before it is given its name."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the file system can sync a folder at all)."""
    with contextlib.suppress(OSError):
        fsync_path(folder)


def why(exc: OSError) -> str:
    """An OS error in words a person can act on."""
    if exc.errno == 28:
        return "the disk is full. Free some space and try again."
    if exc.errno in (13, 1):
        return "RecoveryBox may not write there. Choose another folder."
    if exc.errno == 30:
        return "that place is read-only. Choose another folder."
    return f"{exc.strerror or exc}."


def _remove(temp: Path) -> None:
    with contextlib.suppress(OSError):
        temp.unlink()
