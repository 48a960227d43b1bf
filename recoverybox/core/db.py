"""Engine, sessions and schema upgrades for the one SQLite file.

Every connection gets WAL, foreign keys and full sync; every user action is one ``transaction()``.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from recoverybox.migrations import HEAD

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


class DatabaseError(Exception):
    """The database file cannot be used; ``reason`` is a sentence for the person."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()


def make_engine(db_file: Path) -> Engine:
    """An engine on ``db_file`` with our pragmas on every new connection."""
    engine = create_engine(f"sqlite:///{db_file}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


class Database:
    """The open database: an engine, a session factory and a transaction helper."""

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path
        self.sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed together, or rolled back together on any error."""
        with self.sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; nothing it does is committed."""
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def stored_revision(db_file: Path) -> str | None:
    """The Alembic revision recorded in ``db_file`` (None for a new, empty file)."""
    try:
        with sqlite3.connect(f"file:{db_file}?mode=ro", uri=True) as conn:
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in names:
                if names:
                    raise DatabaseError("This file is an SQLite database, but not a RecoveryBox one.")
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"The database file cannot be read ({exc}).") from exc
    return row[0] if row else None


def upgrade(engine: Engine) -> None:
    """Apply every Alembic migration the database does not have yet."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def known_revisions() -> set[str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return {rev.revision for rev in ScriptDirectory.from_config(config).walk_revisions()}


def open_database(db_file: Path) -> Database:
    """Open (creating if needed, 0600) and bring up to date the database at ``db_file``."""
    if not db_file.exists():
        os.close(os.open(db_file, os.O_CREAT | os.O_WRONLY, 0o600))
    revision = stored_revision(db_file)
    engine = make_engine(db_file)
    if revision != HEAD:
        if revision is not None and revision not in known_revisions():
            engine.dispose()
            raise DatabaseError(
                "This data was written by a newer version of RecoveryBox. Please update the app to open it."
            )
        log.info("upgrading database schema from %s to %s", revision, HEAD)
        upgrade(engine)
    for suffix in ("", "-wal", "-shm"):
        sibling = Path(f"{db_file}{suffix}")
        if sibling.exists():
            os.chmod(sibling, 0o600)
    return Database(engine, db_file)


def open_memory() -> Database:
    """An in-memory database with the full schema; for tests and benchmarks."""
    from sqlalchemy.pool import StaticPool

    from recoverybox.core.models import Base

    engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    Base.metadata.create_all(engine)
    return Database(engine)
