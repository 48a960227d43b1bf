"""Rolling backups, restore that keeps the current data aside, refusals, and backups before migrations."""

import os
import sqlite3
import stat
from datetime import date, datetime, timedelta

import pytest

from recoverybox import paths
from recoverybox.app import main
from recoverybox.core.app.opening import open_database
from recoverybox.core.app.services import Services
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.storage.backup import BackupService, backup_to, check_database
from recoverybox.core.support.contacts import ContactInput


@pytest.fixture
def store(tmp_path, clock):
    app_paths = paths.resolve(tmp_path / "data")
    services = Services(open_database(app_paths.db_file), clock)
    services.contacts.create(ContactInput("Sam", "sponsor", "+44 1"))
    yield app_paths, services
    services.close()


def names(services):
    return [c.name for c in services.contacts.list()]


def test_backup_is_a_consistent_private_copy_while_the_app_writes(store):
    app_paths, services = store
    target = backup_to(app_paths.db_file, app_paths.backup_dir / "b.sqlite3")
    services.contacts.create(ContactInput("Written after the backup", "friend"))
    assert check_database(target) is None
    with sqlite3.connect(target) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM contacts")] == ["Sam"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(app_paths.backup_dir.stat().st_mode) == 0o700


def test_daily_backup_once_a_day_and_pruning_keeps_7_daily_and_4_weekly(store):
    app_paths, _services = store
    backups = BackupService(app_paths.db_file, app_paths.backup_dir)
    start = date(2026, 9, 1)
    for n in range(60):
        assert backups.daily(start + timedelta(days=n)) is not None
        assert backups.daily(start + timedelta(days=n)) is None  # a second start that day adds nothing
    kept = [b.day for b in backups.list()]
    last = start + timedelta(days=59)
    assert kept[:7] == [last - timedelta(days=n) for n in range(7)]
    weekly = kept[7:]
    assert len(weekly) == 4 and len({d.isocalendar()[:2] for d in weekly}) == 4
    assert all(d < kept[6] for d in weekly)


def test_restore_replaces_the_data_and_keeps_the_current_file_aside(store, clock):
    app_paths, services = store
    backups = BackupService(app_paths.db_file, app_paths.backup_dir)
    saved = backups.backup_now(date(2026, 11, 27))
    services.contacts.create(ContactInput("Added later", "friend"))
    services.close()
    kept = backups.restore(saved, datetime(2026, 11, 27, 13))
    assert kept is not None and kept.exists() and "before-restore" in kept.name
    reopened = Services(open_database(app_paths.db_file), clock)
    assert names(reopened) == ["Sam"]
    reopened.close()
    with sqlite3.connect(kept) as conn:
        assert sorted(r[0] for r in conn.execute("SELECT name FROM contacts")) == ["Added later", "Sam"]


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"just some text", "not an SQLite database"), (None, "not a RecoveryBox one")],
)
def test_restore_refuses_a_file_that_is_not_recoverybox_data(store, tmp_path, content, message):
    app_paths, services = store
    bad = tmp_path / "bad.sqlite3"
    if content is None:
        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE photos (id INTEGER)")
    else:
        bad.write_bytes(content)
    before = app_paths.db_file.read_bytes()
    with pytest.raises(ValidationError, match=message):
        BackupService(app_paths.db_file, app_paths.backup_dir).restore(bad, datetime(2026, 11, 27))
    assert app_paths.db_file.read_bytes() == before


def test_a_backup_is_made_before_a_schema_migration(tmp_path):
    from alembic import command
    from alembic.config import Config

    from recoverybox.core.storage.db import make_engine
    from recoverybox.core.storage.schema import MIGRATIONS_DIR

    app_paths = paths.resolve(tmp_path / "old")
    engine = make_engine(app_paths.db_file)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
    engine.dispose()
    db = open_database(app_paths.db_file, app_paths.backup_dir, date(2026, 11, 27))
    db.close()
    made = [p.name for p in app_paths.backup_dir.iterdir()]
    assert made == ["recoverybox-2026-11-27-before-migration-0003.sqlite3"]


def test_cli_backup_and_restore(store, capsys, clock):
    app_paths, services = store
    services.close()
    assert main(["backup", "--data-dir", str(app_paths.data_dir)]) == 0
    backup_path = capsys.readouterr().out.split("Backed up to ")[1].strip()
    reopened = Services(open_database(app_paths.db_file), clock)
    reopened.contacts.create(ContactInput("Later", "friend"))
    reopened.close()
    assert main(["restore", backup_path, "--data-dir", str(app_paths.data_dir)]) == 0
    assert "previous data is kept" in capsys.readouterr().out
    again = Services(open_database(app_paths.db_file), clock)
    assert names(again) == ["Sam"]
    again.close()
    junk = app_paths.data_dir / "junk.sqlite3"
    junk.write_bytes(b"nope")
    assert main(["restore", str(junk), "--data-dir", str(app_paths.data_dir)]) == 2
    assert "Not restored: This is not a RecoveryBox data file" in capsys.readouterr().err


def test_cli_restore_refuses_while_the_app_holds_the_data(store, capsys):
    from recoverybox.core.storage.instance_lock import InstanceLock

    app_paths, services = store
    lock = InstanceLock(app_paths.data_dir)
    lock.acquire()
    try:
        assert main(["restore", str(app_paths.db_file), "--data-dir", str(app_paths.data_dir)]) == 2
        assert "RecoveryBox is open on this data" in capsys.readouterr().err
    finally:
        lock.release()


def test_permissions_are_repaired_with_a_log_line(tmp_path, caplog):
    target = tmp_path / "loose"
    target.mkdir()
    os.chmod(target, 0o755)
    app_paths = paths.resolve(target)
    db = open_database(app_paths.db_file)
    db.close()
    os.chmod(app_paths.db_file, 0o644)
    caplog.clear()
    with caplog.at_level("WARNING", logger="recoverybox.paths"):
        os.chmod(target, 0o755)
        paths.resolve(target)
        paths.ensure_private_file(app_paths.db_file)
    assert stat.S_IMODE(target.stat().st_mode) == 0o700
    assert stat.S_IMODE(app_paths.db_file.stat().st_mode) == 0o600
    assert [r.getMessage() for r in caplog.records if "repaired" in r.getMessage()] == [
        "permissions of loose were 755, repaired to 700",
        "permissions of recoverybox.sqlite3 were 644, repaired to 600",
    ]

    db = open_database(app_paths.db_file)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS t (x)")
    for suffix in ("", "-wal", "-shm"):
        sibling = app_paths.db_file.with_name(app_paths.db_file.name + suffix)
        if sibling.exists():
            assert stat.S_IMODE(sibling.stat().st_mode) == 0o600, suffix
    db.close()
