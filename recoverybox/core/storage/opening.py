"""Opening the data file: created private if new, checked, backed up and upgraded when a migration is due,
then proved writable. Which derived tables it keeps in step is the caller's to say (``core.app.opening``)."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, event

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.storage.db import (
    Database,
    DatabaseError,
    Derived,
    database_error,
    make_engine,
    set_pragmas,
    stored_revision,
)
from recoverybox.core.storage.schema import HEAD, known_revisions, upgrade

log = logging.getLogger(__name__)


def open_file(
    db_file: Path,
    backup_dir: Path | None = None,
    today: date | None = None,
    key: bytes | None = None,
    derived: Sequence[Derived] = (),
) -> Database:
    """Open (creating if needed, 0600) and bring up to date the database at ``db_file``.

    Before a schema migration of existing data, a backup is written to ``backup_dir``. Protected data is
    opened with its data ``key`` (``core.protection``).
    """
    try:
        if not db_file.exists():
            os.close(os.open(db_file, os.O_CREAT | os.O_WRONLY, 0o600))
    except OSError as exc:
        raise database_error(exc) from exc
    revision = stored_revision(db_file, key)
    engine = make_engine(db_file, key)
    try:
        if revision != HEAD:
            if revision is not None and revision not in known_revisions():
                raise DatabaseError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This data was written by a newer version of RecoveryBox. Please update the app to open it.",
                    )
                )
            if revision is not None and backup_dir is not None:
                from recoverybox.core.storage.backup import BackupService

                BackupService(db_file, backup_dir, key).backup_now(
                    today or date(1970, 1, 1), label=f"before-migration-{revision}"
                )
            log.info("upgrading database schema from %s to %s", revision, HEAD)
            upgrade(engine)
        with engine.begin() as conn:  # prove we can write (read-only folder, full disk, another writer)
            conn.exec_driver_sql("PRAGMA user_version = 1")
    except DatabaseError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise database_error(exc) from exc

    for suffix in ("", "-wal", "-shm"):
        sibling = Path(f"{db_file}{suffix}")
        if sibling.exists():
            os.chmod(sibling, 0o600)
    return Database(engine, db_file, key, derived)


def open_in_memory(derived: Sequence[Derived] = ()) -> Database:
    """An in-memory database with the full schema; for tests and benchmarks."""
    from sqlalchemy.pool import StaticPool

    from recoverybox.core.storage.models import Base  # the tables: every model is declared there

    engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", set_pragmas)
    Base.metadata.create_all(engine)
    with engine.begin() as conn:
        for table in derived:
            if table.create is not None:
                table.create(conn)
    return Database(engine, derived=derived)
