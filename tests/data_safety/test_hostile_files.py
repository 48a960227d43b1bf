"""Hostile files and full disks: nothing lost, nothing poisoned (each test first reproduced the problem)."""

import errno
import json
import sqlite3
from datetime import date, datetime, timedelta

import pytest

from recoverybox import paths
from recoverybox.core.app.opening import open_database, open_memory
from recoverybox.core.app.services import Services
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.export.everything import import_json, write_json
from recoverybox.core.journal.entries import JournalInput
from recoverybox.core.storage.backup import MIN_KEEP, BackupService, check_database
from recoverybox.core.support.contacts import ContactInput


def make_store(folder, clock, journal_kib: int = 0):
    app_paths = paths.resolve(folder)
    services = Services(open_database(app_paths.db_file), clock)
    services.contacts.create(ContactInput("Sam", "sponsor", "+44 1"))
    for n in range(journal_kib // 8):
        services.journal.create(JournalInput(date(2025, 1, 1) + timedelta(days=n % 600), text="x" * 8000))
    return app_paths, services


def contact_names(db_file):
    with sqlite3.connect(db_file) as conn:
        return [row[0] for row in conn.execute("SELECT name FROM contacts ORDER BY id")]


# 1. Settings from a file, and pruning that never deletes the last good backups --------------------------
def test_an_export_with_settings_the_dialog_would_refuse_is_not_imported(tmp_path, clock):
    source = Services(open_memory(), clock)
    source.contacts.create(ContactInput("Sam", "sponsor"))
    export = write_json(source.db, tmp_path / "out")
    source.close()
    payload = json.loads(export.read_text())
    payload["tables"]["settings"] = [
        {"key": "backup_daily", "value": json.dumps("0")},
        {"key": "backup_weekly", "value": json.dumps("0")},
    ]
    export.write_text(json.dumps(payload))
    target = Services(open_memory(), clock)
    with pytest.raises(ValidationError) as refused:
        import_json(target.db, export)
    assert "settings, row 1, backup_daily:" in refused.value.message
    assert target.is_empty() and target.settings.get("backup_daily") == 7  # all or nothing
    target.close()


def test_pruning_keeps_the_newest_good_backups_whatever_the_settings(tmp_path, clock):
    app_paths, services = make_store(tmp_path / "data", clock)
    service = BackupService(app_paths.db_file, app_paths.backup_dir)
    for n in range(6):
        service.backup_now(date(2026, 11, 1) + timedelta(days=n))
    service.prune(keep_daily=0, keep_weekly=0)
    assert [b.day.day for b in service.list()] == [6, 5, 4][:MIN_KEEP]
    services.close()


# 2. Restore onto a full disk ---------------------------------------------------------------------------
def test_restore_that_cannot_write_its_copy_leaves_the_live_file_where_it_was(tmp_path, clock, monkeypatch):
    app_paths, services = make_store(tmp_path / "data", clock)
    backup = BackupService(app_paths.db_file, app_paths.backup_dir).backup_now(date(2026, 11, 27))
    services.contacts.create(ContactInput("Only in the live data", "friend"))
    services.close()
    before = app_paths.db_file.read_bytes()

    def disk_full(_path):
        raise OSError(errno.ENOSPC, "No space left on device")

    from recoverybox.core.storage import cipher

    monkeypatch.setattr(cipher, "fsync_path", disk_full)  # where the copy is written and synced
    with pytest.raises(ValidationError) as refused:
        BackupService(app_paths.db_file, app_paths.backup_dir).restore(backup, datetime(2026, 11, 27, 12))
    assert "the disk is full" in refused.value.message and "unchanged" in refused.value.message
    assert app_paths.db_file.read_bytes() == before
    # Nothing left behind: the live file, and the note of its clean close from services.close().
    files = sorted(p.name for p in app_paths.data_dir.iterdir() if p.is_file())
    assert files == ["recoverybox.sqlite3", "recoverybox.sqlite3.closed-cleanly"]


def test_restore_onto_a_really_full_disk_keeps_the_live_data(tmp_path, clock, small_disk):
    outside = tmp_path / "backup-source"
    big_paths, big = make_store(outside, clock, journal_kib=3000)  # a backup far larger than the free space
    big.close()
    disk = small_disk(1500)
    app_paths, services = make_store(disk / "data", clock)
    services.close()
    before = app_paths.db_file.read_bytes()
    with pytest.raises(ValidationError) as refused:
        BackupService(app_paths.db_file, app_paths.backup_dir).restore(big_paths.db_file, datetime(2026, 11, 27, 12))
    assert "the disk is full" in refused.value.message
    assert app_paths.db_file.read_bytes() == before
    assert [p.name for p in app_paths.data_dir.iterdir() if ".restoring" in p.name or "before-restore" in p.name] == []
    reopened = Services(open_database(app_paths.db_file), clock)
    assert [c.name for c in reopened.contacts.list()] == ["Sam"]
    reopened.close()


# 3. A second backup on the same day ----------------------------------------------------------------------
def test_a_second_backup_on_the_same_day_never_overwrites_the_first(tmp_path, clock):
    app_paths, services = make_store(tmp_path / "data", clock)
    service = BackupService(app_paths.db_file, app_paths.backup_dir)
    first = service.backup_now(date(2026, 11, 27), label="manual")
    services.contacts.create(ContactInput("Added later", "friend"))
    second = service.backup_now(date(2026, 11, 27), label="manual")
    assert first != second and second.name == "recoverybox-2026-11-27-manual-2.sqlite3"
    assert contact_names(first) == ["Sam"] and contact_names(second) == ["Sam", "Added later"]
    services.close()


# 9. Restore checks the schema revision and the tables ---------------------------------------------------
def test_restore_refuses_a_newer_schema_and_a_file_that_only_looks_like_ours(tmp_path, clock):
    app_paths, services = make_store(tmp_path / "data", clock)
    services.close()
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(app_paths.db_file.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    lookalike = tmp_path / "lookalike.sqlite3"
    with sqlite3.connect(lookalike) as conn:
        from recoverybox.migrations import HEAD

        for name in ("events", "journal_entries", "goals"):
            conn.execute(f"CREATE TABLE {name} (x)")
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES (?)", (HEAD,))
    assert "newer" in check_database(newer)
    assert "tables are not RecoveryBox's" in check_database(lookalike)
    before = app_paths.db_file.read_bytes()
    for bad in (newer, lookalike):
        with pytest.raises(ValidationError):
            BackupService(app_paths.db_file, app_paths.backup_dir).restore(bad, datetime(2026, 11, 27, 12))
    assert app_paths.db_file.read_bytes() == before


# 8. Every row of an export is checked like typed input, all or nothing ----------------------------------
@pytest.fixture
def export_payload(tmp_path, clock):
    from recoverybox.core.calendar.events import EventInput

    source = Services(open_memory(), clock)
    source.contacts.create(ContactInput("Sam", "sponsor"))
    source.contacts.create(ContactInput("Alex", "friend"))
    start = datetime(2026, 11, 3, 19)
    source.calendar.create_event(
        EventInput("Home group", start, start.replace(hour=20), "Europe/London", rrule="FREQ=WEEKLY")
    )
    payload = json.loads(write_json(source.db, tmp_path / "export").read_text())
    source.close()
    return payload


def _hostile(payload, case):
    events, contacts = payload["tables"]["events"], payload["tables"]["contacts"]
    if case == "unknown zone":
        events[0]["tz"] = "Mars/Olympus_Mons"
    elif case == "bad datetime":
        events[0]["start_local"] = "the day after tomorrow"
    elif case == "missing title":
        events[0]["title"] = ""
    elif case == "duplicate ids":
        contacts[1]["id"] = contacts[0]["id"]
    elif case == "text id":
        contacts[0]["id"] = "one"
    elif case == "rows not objects":
        payload["tables"]["contacts"] = [1, 2]
    elif case == "tables as a list":
        payload["tables"] = []
    elif case == "huge title":
        contacts[0]["name"] = "x" * (50 * 1024 * 1024)
    elif case == "terminal escapes":
        contacts[0]["name"] = "\x1b[2J\x1b[31mSam"
    elif case == "secondly rule":
        events[0]["rrule"] = "FREQ=SECONDLY"
    return json.dumps(payload)


@pytest.mark.parametrize(
    ("case", "said"),
    [
        ("unknown zone", "events, row 1, tz:"),
        ("bad datetime", "events, row 1, start_local: “the day after tomorrow” is not a date"),
        ("missing title", "events, row 1, title: Please enter a name."),
        ("duplicate ids", "contacts, row 2, id: the id 1 is used twice."),
        ("text id", "contacts, row 1, id: should be a whole number."),
        ("rows not objects", "contacts, row 1: is not a row"),
        ("tables as a list", "tables: should map each table's name to its rows."),
        ("huge title", "contacts, row 1, name: is too long"),
        ("terminal escapes", "contacts, row 1, name: holds control characters"),
        ("secondly rule", "events, row 1, rrule: Events can repeat daily, weekly, monthly or yearly."),
    ],
)
def test_import_json_refuses_hostile_rows_naming_table_row_and_field(tmp_path, clock, export_payload, case, said):
    hostile = tmp_path / "hostile.json"
    hostile.write_text(_hostile(export_payload, case))
    target = Services(open_memory(), clock)
    with pytest.raises(ValidationError) as refused:
        import_json(target.db, hostile)
    assert said in refused.value.message
    assert target.is_empty()
    target.close()


def test_import_json_refuses_json_nested_100k_deep(tmp_path, clock):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    target = Services(open_memory(), clock)
    with pytest.raises(ValidationError) as refused:
        import_json(target.db, deep)
    assert "nested far too deeply" in refused.value.message
    target.close()


def test_a_clean_export_still_imports_whole(tmp_path, clock, export_payload):
    good = tmp_path / "good.json"
    good.write_text(json.dumps(export_payload))
    target = Services(open_memory(), clock)
    counts = import_json(target.db, good)
    assert counts["contacts"] == 2 and counts["events"] == 1
    assert [occ.title for occ in target.calendar.week(date(2026, 11, 2), target.zone)] == ["Home group"]
    target.close()


# 4. Commands that write take the app's lock; restore and an import never overlap ------------------------
def test_writing_commands_take_the_same_lock_as_the_app_and_restore(tmp_path, clock, capsys):
    from recoverybox.app import main
    from recoverybox.core.storage.instance_lock import InstanceLock

    app_paths, services = make_store(tmp_path / "data", clock)
    backup = BackupService(app_paths.db_file, app_paths.backup_dir).backup_now(date(2026, 11, 27))
    services.close()
    calendar = tmp_path / "week.ics"
    calendar.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:a@b\r\n"
        b"DTSTART:20261103T190000Z\r\nDURATION:PT1H\r\nSUMMARY:Group\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    export = write_json(Services(open_memory(), clock).db, tmp_path / "export")
    held = InstanceLock(app_paths.data_dir)  # the open app, or a restore in another shell
    held.acquire()
    try:
        for command in (
            ["ics", "import", str(calendar)],
            ["import-json", str(export)],
            ["restore", str(backup)],
        ):
            assert main([*command, "--data-dir", str(app_paths.data_dir)]) == 2
            assert "RecoveryBox is open on this data, or another command is changing it" in capsys.readouterr().err
        assert main(["agenda", "--data-dir", str(app_paths.data_dir)]) == 0  # reading needs no lock
    finally:
        held.release()
    with sqlite3.connect(app_paths.db_file) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone() == (0,)
    assert contact_names(app_paths.db_file) == ["Sam"]
    assert main(["ics", "import", str(calendar), "--data-dir", str(app_paths.data_dir)]) == 0
