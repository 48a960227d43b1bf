"""The database file: pragmas, permissions, migrations without drift, refusals."""

import sqlite3
import stat

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from recoverybox import paths
from recoverybox.core.app.opening import open_database
from recoverybox.core.storage.db import DatabaseError
from recoverybox.core.storage.models import Base  # the tables: every model is declared there
from recoverybox.core.storage.schema import known_revisions
from recoverybox.migrations import HEAD


@pytest.fixture
def data_dir(tmp_path):
    return paths.resolve(tmp_path / "data")


def test_upgrading_an_empty_db_gives_exactly_the_orm_schema(data_dir):
    db = open_database(data_dir.db_file)
    try:
        with db.engine.connect() as conn:
            # The journal's FTS5 index (a virtual table and its shadow tables) is made by raw DDL, not the ORM.
            context = MigrationContext.configure(
                conn, opts={"include_name": lambda name, kind, _parent: not str(name).startswith("journal_fts")}
            )
            diff = compare_metadata(context, Base.metadata)
        assert diff == []
    finally:
        db.close()


def test_the_sync_queue_triggers_are_the_same_in_a_migrated_file_and_in_the_models(data_dir):
    """The triggers that keep the sync queue are declared with the models; migration 0011 made them in files."""
    from recoverybox.core.app.opening import open_memory
    from recoverybox.core.storage.models import SYNC_QUEUE_TRIGGERS

    def triggers(db):
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all()
        return {name: " ".join(sql.split()) for name, sql in rows}

    migrated, made = open_database(data_dir.db_file), open_memory()
    try:
        assert set(triggers(made)) == set(SYNC_QUEUE_TRIGGERS) and len(SYNC_QUEUE_TRIGGERS) == 9
        assert triggers(migrated) == triggers(made)
    finally:
        migrated.close()
        made.close()


def test_head_constant_matches_the_newest_migration():
    assert HEAD in known_revisions()
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from recoverybox.core.storage.schema import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    assert script.get_current_head() == HEAD
    # known_revisions reads the files without Alembic: it must find exactly what Alembic finds.
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}


def test_every_connection_has_wal_foreign_keys_and_full_sync(data_dir):
    db = open_database(data_dir.db_file)
    try:
        for _ in range(2):
            with db.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            db.engine.dispose()
    finally:
        db.close()


def test_data_dir_is_0700_and_db_file_0600(tmp_path):
    target = tmp_path / "loose"
    target.mkdir(mode=0o755)
    target.chmod(0o755)
    app_paths = paths.resolve(target)
    db = open_database(app_paths.db_file)
    db.close()
    assert stat.S_IMODE(app_paths.data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(app_paths.db_file.stat().st_mode) == 0o600


def test_reopening_a_current_db_keeps_its_data(data_dir, clock):
    from recoverybox.core.app.services import Services
    from recoverybox.core.support.contacts import ContactInput

    first = Services(open_database(data_dir.db_file), clock)
    first.contacts.create(ContactInput("Sam", "sponsor", "+44 1"))
    first.close()
    second = Services(open_database(data_dir.db_file), clock)
    assert [c.name for c in second.contacts.list()] == ["Sam"]
    second.close()


def test_a_newer_schema_is_refused_with_a_clear_message(data_dir):
    open_database(data_dir.db_file).close()
    with sqlite3.connect(data_dir.db_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(data_dir.db_file)


def test_a_foreign_sqlite_file_is_refused_and_left_alone(data_dir):
    with sqlite3.connect(data_dir.db_file) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER)")
    before = data_dir.db_file.read_bytes()
    with pytest.raises(DatabaseError, match="not a RecoveryBox"):
        open_database(data_dir.db_file)
    assert data_dir.db_file.read_bytes() == before


def test_random_bytes_are_refused_and_left_alone(data_dir):
    data_dir.db_file.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(DatabaseError, match="damaged or is not a RecoveryBox file"):
        open_database(data_dir.db_file)
    assert data_dir.db_file.read_bytes() == b"\x00garbage" * 1000


def test_the_whole_file_check_is_skipped_only_for_a_file_left_as_we_closed_it(tmp_path, monkeypatch):
    """A clean close leaves a note of the file's size and time; a start on that same file skips the slow
    check, once. Any change to the file, or a start that never closed cleanly, checks it again."""
    import sqlite3

    from recoverybox.core.storage import db as db_module

    path = tmp_path / "data.sqlite3"
    open_database(path).close()
    checks = []
    real_connect = sqlite3.connect

    class Counting:
        def __init__(self, conn):
            self.conn = conn

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.conn.close()

        def close(self):
            self.conn.close()

        def execute(self, sql, *args):
            if "quick_check" in sql:
                checks.append(sql)
            return self.conn.execute(sql, *args)

    monkeypatch.setattr(db_module.sqlite3, "connect", lambda *a, **k: Counting(real_connect(*a, **k)))
    db_module.stored_revision(path)
    assert checks == []  # as we left it
    db_module.stored_revision(path)
    assert len(checks) == 1  # the note is used up: a start that crashes gets the full check next time
    monkeypatch.setattr(db_module.sqlite3, "connect", real_connect)
    open_database(path).close()
    with open(path, "r+b") as handle:  # the same size and bytes, but written since
        handle.seek(100)
        same = handle.read(1)
        handle.seek(100)
        handle.write(same)
    monkeypatch.setattr(db_module.sqlite3, "connect", lambda *a, **k: Counting(real_connect(*a, **k)))
    db_module.stored_revision(path)
    assert len(checks) == 2
