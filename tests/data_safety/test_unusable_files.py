"""Unusable data files at start: a clear message, the file moved aside (never deleted), a way on."""

import sqlite3
import threading
from contextlib import closing
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from recoverybox import paths
from recoverybox.app import main
from recoverybox.core.app.opening import open_database
from recoverybox.core.app.services import Services
from recoverybox.core.storage.backup import BackupService
from recoverybox.core.storage.db import DatabaseError, database_error
from recoverybox.core.support.contacts import ContactInput
from recoverybox.ui.main_window import MainWindow


def make_data(tmp_path, name="d"):
    app_paths = paths.resolve(tmp_path / name)
    services = Services(open_database(app_paths.db_file))
    services.contacts.create(ContactInput("Sam", "sponsor"))
    services.close()
    return app_paths


def truncate(app_paths):
    data = app_paths.db_file.read_bytes()
    app_paths.db_file.write_bytes(data[: len(data) // 3])


def random_bytes(app_paths):
    app_paths.db_file.write_bytes(bytes(range(256)) * 64)


def wrong_schema(app_paths):
    app_paths.db_file.unlink()
    with closing(sqlite3.connect(app_paths.db_file)) as conn, conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")


def newer_schema(app_paths):
    # Closed at once: the last connection's close checkpoints the WAL into the file, which must happen
    # before the test takes its "before" copy.
    with closing(sqlite3.connect(app_paths.db_file)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (truncate, "damaged"),
        (random_bytes, "damaged or is not a RecoveryBox file"),
        (wrong_schema, "not a RecoveryBox one"),
        (newer_schema, "newer version of RecoveryBox"),
    ],
)
def test_cli_names_the_problem_and_leaves_the_file_alone(tmp_path, capsys, damage, message):
    app_paths = make_data(tmp_path)
    damage(app_paths)
    before = app_paths.db_file.read_bytes()
    assert main(["agenda", "--data-dir", str(app_paths.data_dir)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert app_paths.db_file.read_bytes() == before


def test_a_database_locked_by_another_writer_is_reported_as_in_use(tmp_path):
    app_paths = make_data(tmp_path)
    holder = sqlite3.connect(app_paths.db_file, check_same_thread=False)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError) as err:
            open_database(app_paths.db_file)
        assert "in use" in err.value.reason and err.value.damaged is False
    finally:
        holder.rollback()
        holder.close()
    threading.enumerate()


def test_read_only_and_full_disk_are_named_plainly(tmp_path):
    app_paths = make_data(tmp_path)
    ro = sqlite3.connect(f"file:{app_paths.db_file}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as read_only:
        ro.execute("CREATE TABLE x (y)")
    ro.close()
    assert "read-only" in database_error(read_only.value).reason
    full = sqlite3.connect(tmp_path / "tiny.sqlite3")
    full.execute("PRAGMA max_page_count = 2")  # the file may not grow: what a full disk looks like to SQLite
    with pytest.raises(sqlite3.OperationalError) as disk_full:
        full.execute("CREATE TABLE a (b)")
        full.execute("CREATE TABLE c (d)")
        full.executemany("INSERT INTO a VALUES (?)", [("x" * 1000,)] * 50)
    full.close()
    error = database_error(disk_full.value)
    assert "disk is full" in error.reason and error.damaged is False


@pytest.mark.parametrize("choice", ["Start fresh", "Restore the newest backup"])
def test_the_window_offers_a_way_on_and_moves_the_bad_file_aside(qtbot, tmp_path, modal, choice):
    app_paths = make_data(tmp_path)
    BackupService(app_paths.db_file, app_paths.backup_dir).backup_now(datetime.now(UTC).date())
    random_bytes(app_paths)
    window = MainWindow(app_paths, reminders=False)
    qtbot.addWidget(window)
    window.show()
    seen = []

    def answer(box: QMessageBox):
        seen.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == choice).click()

    modal.then(answer)
    window.load()
    assert seen == ["The data file is damaged or is not a RecoveryBox file."]

    aside = [
        p
        for p in app_paths.data_dir.iterdir()
        if (".unreadable-" in p.name or ".before-restore-" in p.name) and not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(aside) == 1 and aside[0].read_bytes() == bytes(range(256)) * 64  # kept, byte for byte

    expected = [] if choice == "Start fresh" else ["Sam"]
    assert [c.name for c in window.services.contacts.list()] == expected
    window.services.close()
