"""Engine and sessions for the one SQLite file, and what its errors mean for the person.

Every connection gets WAL, foreign keys and full sync; every user action is one ``transaction()``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, UserError

log = logging.getLogger(__name__)


class DatabaseError(UserError):
    """The database file cannot be used; ``reason`` is a sentence for the person.

    ``damaged`` is True when the file itself is the problem (moving it aside and restoring can help), False
    when it is the situation (in use, read-only folder, full disk), where moving files would not help.
    """

    code = "data-file"

    def __init__(self, reason: str, damaged: bool = True, *, code: str | None = None, **params: Any) -> None:
        super().__init__(reason, code=code, **params)
        self.reason = reason
        self.damaged = damaged


def set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
        # What the person deletes is overwritten in the file, not left in its free pages.
        cursor.execute("PRAGMA secure_delete=ON")
    finally:
        cursor.close()


def make_engine(db_file: Path, key: bytes | None = None) -> Engine:
    """An engine on ``db_file`` with our pragmas on every new connection; with ``key``, through SQLCipher
    (the key is given first on each connection, before anything is read)."""
    if key is None:
        engine = create_engine(f"sqlite:///{db_file}")
    else:
        from sqlalchemy import URL
        from sqlalchemy.pool import QueuePool

        # The dialect gives the URL's password as `PRAGMA key="…"`: the x'…' form makes it SQLCipher's raw key.
        url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(db_file))
        engine = create_engine(url, poolclass=QueuePool, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", set_pragmas)
    return engine


class DataFileReplaced(DatabaseError):
    """The file under the open app was deleted, moved or replaced: writing now would go nowhere (or into a
    file that is no longer the person's data), so nothing is written."""

    def __init__(self) -> None:
        super().__init__(
            "Your data file was moved, replaced or deleted while RecoveryBox was open, so nothing more can be "
            "saved to it. What you typed is still on screen: copy it somewhere safe, then restart RecoveryBox.",
            damaged=False,
        )


@dataclass(frozen=True)
class Derived:
    """Tables made from other rows and kept in step with them inside every transaction that changes those
    rows: which ones there are is declared once, in ``core.app.opening.DERIVED``."""

    name: str
    keep_in_step: Callable[[sessionmaker[Session]], None]
    create: Callable[[Connection], None] | None = None  # for a new in-memory database (a file has migrations)


class Database:
    """The open database: an engine, a session factory and a transaction helper."""

    def __init__(
        self, engine: Engine, path: Path | None = None, key: bytes | None = None, derived: Sequence[Derived] = ()
    ) -> None:
        self.engine = engine
        self.path = path
        self.key = key  # the data key of protected data (None: plain); backups are written with it
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        for table in derived:  # each changes in the same transaction as the rows it is made from
            table.keep_in_step(self.sessions)
        self._identity = _identity(path) if path is not None else None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed together, or rolled back together on any error.

        Before writing, the file at ``path`` must still be the one opened (same device and inode): a file
        deleted or replaced under the app raises ``DataFileReplaced`` and nothing is written.
        """
        self.check_identity()
        with self.sessions() as session, session.begin():
            yield session

    def check_identity(self) -> None:
        if self.path is not None and self._identity is not None and _identity(self.path) != self._identity:
            log.error("the data file is no longer the one that was opened; writing stopped")
            raise DataFileReplaced()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; nothing it does is committed."""
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        """Close every connection. The write-ahead log is folded into the file and overwritten first: the
        connection that closes last deletes it (every idle one takes itself for the last), which would leave
        its blocks, with what was written, in free disk space."""
        ours = self.path is not None and self._identity is not None and _identity(self.path) == self._identity
        if ours and self.path is not None and Path(f"{self.path}-wal").exists():
            from recoverybox.core.storage.cipher import checkpoint, errors

            try:
                checkpoint(self.path, self.key)
            except errors():
                log.warning("the write-ahead log could not be folded in at close")
        self.engine.dispose()
        if self.path is not None and self._identity is not None and _identity(self.path) == self._identity:
            with contextlib.suppress(OSError):  # no marker only means the next start checks the file
                mark_closed_cleanly(self.path)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def database_error(exc: Exception) -> DatabaseError:
    """What an SQLite or file error means for the person, in a sentence."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Your data is in use by another program (perhaps RecoveryBox is already open).",
            ),
            False,
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "RecoveryBox can't write to its data folder (it is read-only or not yours).",
            ),
            False,
        )
    if "disk is full" in text or "disk full" in text or "no space" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The disk is full, so RecoveryBox can't save. Free some space and try again.",
            ),
            False,
        )
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return DatabaseError(QT_TRANSLATE_NOOP("errors", "The data file is damaged or is not a RecoveryBox file."))
    return DatabaseError(QT_TRANSLATE_NOOP("errors", "The data file could not be opened ({exc})."), exc=exc)


def _clean_close_marker(db_file: Path) -> Path:
    return Path(f"{db_file}.closed-cleanly")


def _file_stamp(db_file: Path) -> str:
    info = os.stat(db_file)
    return f"{info.st_size} {info.st_mtime_ns}"


def mark_closed_cleanly(db_file: Path) -> None:
    """Record that we closed ``db_file`` cleanly (no WAL left) and what it looked like then."""
    if Path(f"{db_file}-wal").exists():
        return  # another connection still has it open: not a clean close
    with open(os.open(_clean_close_marker(db_file), os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600), "w") as out:
        out.write(_file_stamp(db_file))


def _unchanged_since_clean_close(db_file: Path) -> bool:
    """True if the file is where our last clean close left it (same size and modification time).

    The marker is used up here: a start that crashes leaves none, so the next start checks the whole file.
    """
    marker = _clean_close_marker(db_file)
    try:
        stamp = marker.read_text(encoding="ascii")
        marker.unlink()
        return stamp == _file_stamp(db_file) and not Path(f"{db_file}-wal").exists()
    except (OSError, UnicodeDecodeError):
        return False


def stored_revision(db_file: Path, key: bytes | None = None) -> str | None:
    """The Alembic revision recorded in ``db_file`` (None for a new, empty file); checks the file is sound.

    The check reads every page (about 60 ms for 20 years of data), so it is skipped when the file is
    exactly as our last clean close left it (same size and modification time, to the nanosecond; a copy
    made with its times kept counts as the same): nothing can have damaged it since.
    """
    from recoverybox.core.storage.cipher import connect, errors

    trusted = _unchanged_since_clean_close(db_file)
    try:
        with contextlib.closing(connect(db_file, key, readonly=True)) as conn:
            if not trusted:
                check = conn.execute("PRAGMA quick_check").fetchone()[0]
                if check != "ok":
                    raise DatabaseError(QT_TRANSLATE_NOOP("errors", "The data file is damaged ({check})."), check=check)
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in names:
                if names:
                    raise DatabaseError(
                        QT_TRANSLATE_NOOP("errors", "This file is an SQLite database, but not a RecoveryBox one.")
                    )
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except errors() as exc:
        raise database_error(exc) from exc
    return row[0] if row else None
