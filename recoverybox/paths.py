"""Where RecoveryBox keeps its files; the command line may override the data dir.

Everything is private to the user: directories 0700, files 0600.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, UserError

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

    def repair_permissions(self) -> None:
        """Folders 0700 and files 0600: the backups and their folder, window.ini, the lock, the data file."""
        try:
            if self.backup_dir.is_dir():
                _tighten(self.backup_dir, DIR_MODE)
                for backup in self.backup_dir.iterdir():
                    if backup.is_file() and not backup.is_symlink():
                        _tighten(backup, FILE_MODE)
            for name in (DB_FILENAME, f"{DB_FILENAME}-wal", f"{DB_FILENAME}-shm", "window.ini", "recoverybox.lock"):
                path = self.data_dir / name
                if path.is_file() and not path.is_symlink():
                    _tighten(path, FILE_MODE)
        except OSError as exc:  # a file we cannot chmod is reported, never a reason not to start
            import logging

            logging.getLogger(__name__).warning("could not repair permissions: %s", exc.strerror)

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


class DataDirError(UserError):
    """The data folder cannot be used (it is a file, read-only, or not ours to write); ``message`` says so."""

    code = "data-folder"


def resolve(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Paths for ``data_dir`` (or the platform default), created privately and checked writable.

    Raises ``DataDirError`` with a sentence for the person. Once logging is set up, the caller runs
    ``repair_permissions()`` so that each repair lands in the log.
    """
    base = Path(data_dir).expanduser().resolve() if data_dir else default_data_dir()
    if base.exists() and not base.is_dir():
        raise DataDirError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{base} is a file, not a folder. Choose a folder for RecoveryBox's data.",
            ),
            base=base,
        )
    try:
        ensure_private_dir(base)
    except OSError as exc:
        raise DataDirError(
            QT_TRANSLATE_NOOP("errors", "RecoveryBox can't create or use the folder {base} ({strerror})."),
            base=base,
            strerror=exc.strerror,
        ) from None
    if not os.access(base, os.W_OK | os.X_OK):
        raise DataDirError(
            QT_TRANSLATE_NOOP(
                "errors",
                "RecoveryBox may not write in {base} (it is read-only). Choose another folder.",
            ),
            base=base,
        )
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
            "permissions of %s were %o, repaired to %o",
            path.name,
            current,
            mode,
        )
        os.chmod(path, mode)
    elif current != mode:
        os.chmod(path, mode)
