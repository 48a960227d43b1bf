"""Rolling backups with SQLite's online backup API, validation, restore, and moving bad files aside.

Nothing here deletes the person's database: a file that cannot be used is renamed, never overwritten.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from recoverybox.core.validation import ValidationError

log = logging.getLogger(__name__)
FILE_MODE = 0o600
PREFIX = "recoverybox-"


@dataclass(frozen=True)
class BackupFile:
    """One backup on disk and the local day it was made."""

    path: Path
    day: date


def _private(path: Path) -> None:
    os.chmod(path, FILE_MODE)


def backup_to(db_file: Path, target: Path) -> Path:
    """Copy a consistent snapshot of ``db_file`` (even while in use) to ``target`` (0600)."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temp = target.with_name(target.name + ".part")
    fd = os.open(temp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, FILE_MODE)
    os.close(fd)
    source = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(temp)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    _private(temp)
    temp.replace(target)
    return target


def check_database(path: Path) -> str | None:
    """None when ``path`` is a readable RecoveryBox database; otherwise a sentence saying what is wrong."""
    if not path.exists():
        return "The file does not exist."
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        return f"The file cannot be read ({exc.strerror})."
    if header != b"SQLite format 3\x00":
        return "This is not a RecoveryBox data file (it is not an SQLite database)."
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                return f"The file is damaged ({result})."
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"The file is damaged or unreadable ({exc})."
    if not {"alembic_version", "events", "journal_entries", "goals"} <= tables:
        return "This is an SQLite database, but not a RecoveryBox one."
    return None


def move_aside(path: Path, reason: str, now: datetime) -> Path:
    """Rename a file we cannot use (and its -wal/-shm) out of the way; never delete it."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{reason}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{reason}-{stamp}-{n}")
    path.replace(target)
    for suffix in ("-wal", "-shm"):
        sibling = Path(f"{path}{suffix}")
        if sibling.exists():
            sibling.replace(Path(f"{target}{suffix}"))
    log.warning("moved an unusable data file aside (%s)", reason)
    return target


class BackupService:
    """Backups in ``backup_dir``: named by day, kept 7 daily and 4 weekly by default."""

    def __init__(self, db_file: Path, backup_dir: Path) -> None:
        self.db_file = db_file
        self.backup_dir = backup_dir

    def list(self) -> list[BackupFile]:
        """Backups newest first."""
        found = []
        if self.backup_dir.exists():
            for path in self.backup_dir.glob(f"{PREFIX}*.sqlite3"):
                try:
                    day = date.fromisoformat(path.stem[len(PREFIX) : len(PREFIX) + 10])
                except ValueError:
                    continue
                found.append(BackupFile(path, day))
        return sorted(found, key=lambda b: (b.day, b.path.name), reverse=True)

    def backup_now(self, today: date, label: str = "") -> Path:
        name = f"{PREFIX}{today.isoformat()}{'-' + label if label else ''}.sqlite3"
        path = backup_to(self.db_file, self.backup_dir / name)
        log.info("backup written")
        return path

    def daily(self, today: date, keep_daily: int = 7, keep_weekly: int = 4) -> Path | None:
        """The first start of a day makes that day's backup; then old ones are pruned."""
        if any(b.day == today for b in self.list()):
            return None
        path = self.backup_now(today)
        self.prune(keep_daily, keep_weekly)
        return path

    def prune(self, keep_daily: int, keep_weekly: int) -> list[Path]:
        """Keep the newest ``keep_daily`` days, plus the newest backup of each of ``keep_weekly`` earlier weeks."""
        backups = self.list()
        keep: set[Path] = set()
        days = sorted({b.day for b in backups}, reverse=True)
        keep_days = set(days[:keep_daily])
        keep |= {b.path for b in backups if b.day in keep_days}
        weeks_seen: list[tuple[int, int]] = []
        for backup in backups:
            if backup.day in keep_days:
                continue
            week = backup.day.isocalendar()[:2]
            if week not in weeks_seen and len(weeks_seen) < keep_weekly:
                weeks_seen.append(week)
                keep.add(backup.path)
        removed = []
        for backup in backups:
            if backup.path not in keep:
                backup.path.unlink()
                removed.append(backup.path)
        return removed

    def newest_good(self) -> Path | None:
        return next((b.path for b in self.list() if check_database(b.path) is None), None)

    def restore(self, source: Path, now: datetime) -> Path | None:
        """Replace the database with ``source`` after checking it; the current file is kept aside first.

        Returns where the previous database was moved (None if there was none). The app must not have the
        database open while this runs.
        """
        problem = check_database(source)
        if problem is not None:
            raise ValidationError("file", f"Not restored: {problem}")
        kept = move_aside(self.db_file, "before-restore", now) if self.db_file.exists() else None
        temp = self.db_file.with_name(self.db_file.name + ".restoring")
        shutil.copyfile(source, temp)
        _private(temp)
        temp.replace(self.db_file)
        log.info("restored a backup")
        return kept
