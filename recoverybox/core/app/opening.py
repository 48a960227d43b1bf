"""Opening the person's data with everything kept in step with it: the one place that says which derived tables
exist and which rows they follow.

* Goal aggregates (``goals.aggregates``: ``goal_weeks``, ``goal_runs``) follow check-ins, attendance, events'
  kinds and goals' rules; every transaction that changes those folds the change in before it commits.
* The journal's search index (``journal.search``: the FTS5 table ``journal_fts``) follows journal entries.
* The sync queue (``sync_changes``) follows events and their exceptions through SQLite triggers declared with
  the models (``storage.models``), so a write from anywhere is queued.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from recoverybox.core.goals import aggregates
from recoverybox.core.journal import search
from recoverybox.core.storage.db import Database, Derived
from recoverybox.core.storage.opening import open_file, open_in_memory

DERIVED = (
    Derived("goal aggregates", aggregates.install),
    Derived("journal search index", search.install, search.create),
)


def open_database(
    db_file: Path, backup_dir: Path | None = None, today: date | None = None, key: bytes | None = None
) -> Database:
    """Open (creating if needed, 0600) and bring up to date the data at ``db_file`` (``storage.opening``): a
    backup goes to ``backup_dir`` before a migration; protected data is opened with its data ``key``."""
    return open_file(db_file, backup_dir, today, key, DERIVED)


def open_memory() -> Database:
    """An in-memory database with the full schema and its derived tables; for tests and benchmarks."""
    return open_in_memory(DERIVED)
