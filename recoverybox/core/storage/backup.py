"""Rolling backups with SQLite's online backup API, validation, restore, and moving bad files aside.

Nothing here deletes the person's database: a file that cannot be used is renamed, never overwritten.
"""

from __future__ import annotations

import builtins
import contextlib
import logging
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, Words
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.storage.cipher import checkpoint, connect, copy_database, errors, is_plain, shred
from recoverybox.core.storage.files import fsync_dir, why

log = logging.getLogger(__name__)
FILE_MODE = 0o600
PREFIX = "recoverybox-"
# Whatever the settings say (even from an imported file), the newest good backups are never pruned.
MIN_KEEP = 3


@dataclass(frozen=True)
class BackupFile:
    """One backup on disk and the local day it was made."""

    path: Path
    day: date


def backup_to(db_file: Path, target: Path, key: bytes | None = None) -> Path:
    """Copy a consistent snapshot of ``db_file`` (even while in use) to ``target`` (0600), never over a file.

    The copy is written beside the target, synced to disk and checked, then given its name; if ``target``
    already exists the next free name (``-2``, ``-3`` …) is used. Returns the path written. With a ``key``
    (protected data) the copy is encrypted with the same key.
    """
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temp = _snapshot(db_file, target.parent, target.name, key)
    try:
        problem = check_database(temp, key)
        if problem is not None:
            raise OSError(
                Words(QT_TRANSLATE_NOOP("errors", "the backup copy did not check out: {problem}"), problem=problem)
            )
        return _link_to_free_name(temp, target)
    finally:
        _remove_temp(temp)


def _snapshot(db_file: Path, folder: Path, name: str, key: bytes | None = None) -> Path:
    """A whole copy of ``db_file`` in a new private temporary file in ``folder``, fsynced: SQLite's online
    backup, or (a plain file copied into protected data) an encrypting export with ``key``."""
    temp = folder / f".{name}.{os.getpid()}.part"
    try:
        copy_database(db_file, None if key is None or is_plain(db_file) else key, temp, key)
    except BaseException:
        _remove_temp(temp)
        raise
    return temp


def _remove_temp(temp: Path) -> None:
    """Remove a temporary copy of ours and whatever SQLite left beside it (a half-written copy's journal).
    Once the copy has its name this only unlinks a second name; a copy that failed is overwritten first (it
    may hold plain data that must not stay in free disk blocks)."""
    for path in (temp, *(Path(f"{temp}{suffix}") for suffix in ("-journal", "-wal", "-shm"))):
        shred(path)


def _write_problem(exc: BaseException) -> str:
    """Why a copy could not be written, in words (a full disk above all)."""
    if isinstance(exc, OSError):
        return why(exc)
    if "disk is full" in str(exc).lower():
        return Words(QT_TRANSLATE_NOOP("errors", "the disk is full. Free some space and try again."))
    return Words(QT_TRANSLATE_NOOP("errors", "the copy could not be written ({exc})."), exc=str(exc))


def _link_to_free_name(source: Path, target: Path) -> Path:
    """Give ``source``'s content the name ``target`` (or ``target-2`` …), never replacing an existing file."""
    stem, suffix = target.name.removesuffix(".sqlite3"), ".sqlite3" if target.name.endswith(".sqlite3") else ""
    n = 1
    while True:
        candidate = target if n == 1 else target.with_name(f"{stem}-{n}{suffix}")
        try:
            os.link(source, candidate)  # fails if the name is taken: no overwrite, no race
        except FileExistsError:
            n += 1
            continue
        fsync_dir(candidate.parent)
        return candidate


def check_database(path: Path, key: bytes | None = None) -> str | None:
    """None when ``path`` is a readable RecoveryBox database; otherwise a sentence saying what is wrong.

    A plain file is read as it is; any other is read with ``key`` (the protected data's), if given.
    """
    if not path.exists():
        return Words(QT_TRANSLATE_NOOP("errors", "The file does not exist."))
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        return Words(QT_TRANSLATE_NOOP("errors", "The file cannot be read ({strerror})."), strerror=exc.strerror)
    plain = header == b"SQLite format 3\x00"
    if not plain and key is None:
        if len(header) == 16:
            return Words(
                QT_TRANSLATE_NOOP(
                    "errors", "This file is protected with a passphrase (or it is not a RecoveryBox data file)."
                )
            )
        return Words(QT_TRANSLATE_NOOP("errors", "This is not a RecoveryBox data file (it is not an SQLite database)."))
    from recoverybox.core.storage.models import Base  # the tables: every model is declared there

    try:
        conn = connect(path, None if plain else key, readonly=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                return Words(QT_TRANSLATE_NOOP("errors", "The file is damaged ({result})."), result=result)
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"alembic_version", "events", "journal_entries", "goals"} <= tables:
                return Words(QT_TRANSLATE_NOOP("errors", "This is an SQLite database, but not a RecoveryBox one."))
            revisions = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
            found = {
                table.name: {row[1] for row in conn.execute(f'PRAGMA table_info("{table.name}")')}
                for table in Base.metadata.sorted_tables
            }
        finally:
            conn.close()
    except errors() as exc:
        if not plain and "not a database" in str(exc):
            return Words(
                QT_TRANSLATE_NOOP(
                    "errors", "This file is not a RecoveryBox data file, or it is protected with another passphrase."
                )
            )
        return Words(QT_TRANSLATE_NOOP("errors", "The file is damaged or unreadable ({exc})."), exc=str(exc))
    return _schema_problem(revisions, found)


def _schema_problem(revisions: list[str], found: dict[str, set[str]]) -> str | None:
    """The file's schema revision must be one this version knows, and its tables and columns ours."""
    from recoverybox.core.storage.models import Base  # the tables: every model is declared there
    from recoverybox.core.storage.schema import known_revisions

    if len(revisions) != 1 or revisions[0] not in known_revisions():
        return Words(
            QT_TRANSLATE_NOOP(
                "errors",
                "This file was made by a newer (or unknown) version of RecoveryBox. Please update the app first.",
            )
        )
    from recoverybox.migrations import HEAD

    if revisions[0] == HEAD:
        for table in Base.metadata.sorted_tables:
            missing = {column.name for column in table.columns} - found[table.name]
            if missing:
                return Words(
                    QT_TRANSLATE_NOOP("errors", "This file's tables are not RecoveryBox's ({table} lacks {columns})."),
                    table=table.name,
                    columns=", ".join(sorted(missing)),
                )
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
    """Backups in ``backup_dir``: named by day, kept 7 daily and 4 weekly by default.

    With ``key`` (protected data) backups are written encrypted with it, read with it, and a restored file
    is encrypted with it whatever its form.
    """

    def __init__(self, db_file: Path, backup_dir: Path, key: bytes | None = None) -> None:
        self.db_file = db_file
        self.backup_dir = backup_dir
        self.key = key

    def list(self) -> builtins.list[BackupFile]:
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
        path = backup_to(self.db_file, self.backup_dir / name, self.key)
        log.info("backup written")
        return path

    def daily(self, today: date, keep_daily: int = 7, keep_weekly: int = 4) -> Path | None:
        """The first start of a day makes that day's backup; then old ones are pruned."""
        if any(b.day == today for b in self.list()):
            return None
        path = self.backup_now(today)
        self.prune(keep_daily, keep_weekly)
        return path

    def prune(self, keep_daily: int, keep_weekly: int) -> builtins.list[Path]:
        """Keep the newest ``keep_daily`` days, plus the newest backup of each of ``keep_weekly`` earlier weeks."""
        backups = self.list()
        keep: set[Path] = set(self._newest_good(MIN_KEEP))
        days = sorted({b.day for b in backups}, reverse=True)
        keep_days = set(days[:keep_daily])
        keep |= {b.path for b in backups if b.day in keep_days}
        weeks_seen: builtins.list[tuple[int, int]] = []
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
        return next(iter(self._newest_good(1)), None)

    def _newest_good(self, count: int) -> builtins.list[Path]:
        found: builtins.list[Path] = []
        for backup in self.list():
            if len(found) == count:
                break
            if check_database(backup.path, self.key) is None:
                found.append(backup.path)
        return found

    def restore(self, source: Path, now: datetime) -> Path | None:
        """Replace the database with ``source`` after checking it; the current file is kept beside it.

        The backup is first copied into the data folder, synced and checked; only then is the current file
        kept under a new name (a hard link, so it never leaves its place) and the copy renamed over it in
        one atomic step. On any failure (a full disk, a bad file) the live file stays exactly as it was.
        Returns the name the previous data is kept under (None if there was none). The app must not have
        the database open while this runs.
        """
        problem = check_database(source, self.key)
        if problem is not None:
            raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "Not restored: {problem}"), problem=problem)
        folder = self.db_file.parent
        try:
            temp = _snapshot(source, folder, self.db_file.name + ".restoring", self.key)
        except errors(OSError) as exc:
            raise ValidationError(
                "file",
                QT_TRANSLATE_NOOP("errors", "Not restored, and your data is unchanged: {write_problem_exc}"),
                write_problem_exc=_write_problem(exc),
            ) from None
        try:
            problem = check_database(temp, self.key)
            if problem is not None:
                raise ValidationError(
                    "file",
                    QT_TRANSLATE_NOOP("errors", "Not restored: the copy did not check out ({problem})."),
                    problem=problem,
                )
            kept = self._keep_current(now) if self.db_file.exists() else None
            os.replace(temp, self.db_file)
            fsync_dir(folder)
        finally:
            _remove_temp(temp)
        log.info("restored a backup")
        return kept

    def _keep_current(self, now: datetime) -> Path:
        """Keep the current data under a new name, without moving it from its own (a hard link)."""
        self._checkpoint()
        stamp = now.strftime("%Y%m%d-%H%M%S")
        kept = _link_to_free_name(self.db_file, self.db_file.with_name(f"{self.db_file.name}.before-restore-{stamp}"))
        for suffix in ("-wal", "-shm"):  # emptied by the checkpoint; never left to be read into the restored file
            sibling = Path(f"{self.db_file}{suffix}")
            if sibling.exists():
                sibling.replace(Path(f"{kept}{suffix}"))
        return kept

    def _checkpoint(self) -> None:
        """Fold the write-ahead log into the main file, so the kept copy is complete on its own."""
        with contextlib.suppress(*errors()):  # a damaged file: its -wal is kept beside it as it is
            checkpoint(self.db_file, None if is_plain(self.db_file) else self.key)
