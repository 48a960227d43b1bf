"""One running app per data folder: an exclusive lock on a file beside the database (POSIX flock)."""

from __future__ import annotations

import os
from pathlib import Path

from recoverybox.core.base.errors import UserError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: msvcrt below
    fcntl = None  # type: ignore[assignment]


class AlreadyRunning(UserError):
    """Another RecoveryBox has this data folder open."""

    code = "already-running"


class InstanceLock:
    """Held for the life of the app; released by the OS if the process dies."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "recoverybox.lock"
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:  # pragma: no cover
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            os.close(fd)
            raise AlreadyRunning(str(self.path)) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
