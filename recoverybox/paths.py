"""Where RecoveryBox keeps its files; the command line may override the data dir.

Everything is private to the user: directories 0700, files 0600.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "RecoveryBox"
DB_FILENAME = "recoverybox.sqlite3"
DIR_MODE = 0o700
FILE_MODE = 0o600


@dataclass(frozen=True)
class AppPaths:
    """The set of locations one running app uses."""

    data_dir: Path
    custom: bool = False

    @property
    def db_file(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        """The platform's log folder, or ``logs/`` inside a data dir given on the command line."""
        if self.custom:
            return self.data_dir / "logs"
        import platformdirs

        return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_data_dir() -> Path:
    import platformdirs  # imported on demand: start-up with --data-dir does not need it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Paths for ``data_dir`` (or the platform default), with the data dir created privately."""
    base = Path(data_dir).expanduser().resolve() if data_dir else default_data_dir()
    ensure_private_dir(base)
    return AppPaths(base, custom=data_dir is not None)


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) and make sure only the owner can enter it."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    _tighten(path, DIR_MODE)


def ensure_private_file(path: Path) -> None:
    """Make an existing file readable by its owner only."""
    if path.exists():
        _tighten(path, FILE_MODE)


def _tighten(path: Path, mode: int) -> None:
    current = stat.S_IMODE(path.stat().st_mode)
    if current & ~mode:
        import logging

        logging.getLogger(__name__).warning(
            "permissions of a %s were %o, repaired to %o",
            "directory" if path.is_dir() else "file",
            current,
            mode,
        )
        os.chmod(path, mode)
    elif current != mode:
        os.chmod(path, mode)
