"""Protection at rest (``core.protection``, ``core.cipher``): no Qt.

Private text never reaches the disk in the clear once protection is on (the database, its WAL, every
backup, the log); a wrong passphrase changes nothing; the passphrase can change and the recovery key opens
the data; on and off round-trip five years of data exactly; and a conversion killed at any step leaves the
old or the new file whole.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from recoverybox import paths
from recoverybox.core.app.opening import open_database
from recoverybox.core.app.services import Services
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.export.everything import write_json
from recoverybox.core.journal.entries import JournalInput
from recoverybox.core.protection.keys import KEY_FILE, WrongSecret, check_passphrase, normal_recovery_key
from recoverybox.core.protection.service import Protection
from recoverybox.core.storage import cipher
from recoverybox.core.storage.backup import BackupService, check_database
from recoverybox.core.support.contacts import ContactInput

PASSPHRASE = "blue kettle on a quiet morning"
SENTENCE = "I told Marguerite about the bottle hidden in the garage"
CONTACT = "Zebediah Quillfeather"
TITLE = "Thursday Lighthouse Circle"
LATER = "After the unlock I wrote about Okonkwo and the long drive"
PRIVATE = (SENTENCE, CONTACT, TITLE, LATER)


def store(folder: Path, clock) -> tuple[paths.AppPaths, Services]:
    app_paths = paths.resolve(folder)
    services = Services(open_database(app_paths.db_file, app_paths.backup_dir, date(2026, 11, 27)), clock)
    services.settings.set("timezone", "Europe/London")
    services.journal.create(JournalInput(date(2026, 11, 26), mood=3, text=SENTENCE))
    services.contacts.create(ContactInput(CONTACT, "sponsor", "+44 7700 900456"))
    start = datetime(2026, 11, 26, 19, 0)
    end = start + timedelta(hours=1)
    services.calendar.create_event(EventInput(TITLE, start, end, "Europe/London", kind="meeting"))
    return app_paths, services


def guard_for(app_paths: paths.AppPaths) -> Protection:
    return Protection(app_paths.data_dir, app_paths.db_file, app_paths.backup_dir)


def export_text(db_file: Path, key: bytes | None, folder: Path) -> str:
    """The whole data as our JSON export: what "exactly the same data" means here."""
    db = open_database(db_file, key=key)
    try:
        return write_json(db, folder).read_text(encoding="utf-8")
    finally:
        db.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def data_files(folder: Path) -> list[Path]:
    """Every file in the data folder that may hold data (all but the key file and the clean-close note)."""
    return [
        p
        for p in folder.rglob("*")
        if p.is_file() and p.name != KEY_FILE and not p.name.endswith(".closed-cleanly") and "logs" not in p.parts
    ]


def test_with_protection_on_no_private_text_is_in_the_database_its_wal_backups_or_the_log(tmp_path, clock):
    from recoverybox import logging_setup

    app_paths, services = store(tmp_path / "data", clock)
    log_file = logging_setup.configure(tmp_path / "logs")
    BackupService(app_paths.db_file, app_paths.backup_dir).backup_now(date(2026, 11, 25))  # a plain one, before
    kept = app_paths.data_dir / f"{paths.DB_FILENAME}.before-restore-20261101-120000"  # data a restore kept aside
    cipher.copy_database(app_paths.db_file, None, kept, None)
    services.close()
    assert any(SENTENCE.encode() in p.read_bytes() for p in data_files(app_paths.data_dir))  # the test can see it

    guard = guard_for(app_paths)
    key, recovery = guard.turn_on(PASSPHRASE)
    assert guard.is_on()
    services = Services.open(app_paths.db_file, app_paths.backup_dir, date(2026, 11, 27), clock, key)
    services.journal.create(JournalInput(date(2026, 11, 27), mood=4, text=LATER))  # into the WAL
    assert Path(f"{app_paths.db_file}-wal").stat().st_size > 0
    BackupService(app_paths.db_file, app_paths.backup_dir, key).backup_now(date(2026, 11, 27))
    files = data_files(app_paths.data_dir)
    names = {p.name for p in files}
    assert {paths.DB_FILENAME, f"{paths.DB_FILENAME}-wal", kept.name} <= names
    # The backup from before, the safety copy made before converting, and today's: all three encrypted below.
    assert len([p for p in files if p.parent == app_paths.backup_dir]) == 3
    assert any("before-protection" in p.name for p in files)
    for path in [*files, log_file]:
        content = path.read_bytes()
        for text in PRIVATE:
            assert text.encode() not in content, f"{text!r} readable in {path.name}"
            assert text.encode("utf-16-le") not in content
    for path in files:
        if not path.name.endswith(("-wal", "-shm")):
            assert not cipher.is_plain(path), f"{path.name} is a plain copy"
            assert check_database(path, key) is None
            assert "protected" in (check_database(path) or "")
    with pytest.raises(WrongSecret):
        guard.unlock("my cat's name and my birthday")  # refused, and never written down
    log_text = log_file.read_text(encoding="utf-8")
    assert "refused" in log_text
    for secret in (recovery, PASSPHRASE, "my cat's name", key.hex()):
        assert secret not in log_text
    services.close()
    assert oct(guard.key_file.stat().st_mode & 0o777) == "0o600"


def test_a_wrong_passphrase_or_recovery_key_is_refused_clearly_and_changes_nothing(tmp_path, clock):
    app_paths, services = store(tmp_path / "data", clock)
    services.close()
    guard = guard_for(app_paths)
    guard.turn_on(PASSPHRASE)
    before = {p.name: digest(p) for p in [*data_files(app_paths.data_dir), guard.key_file]}
    with pytest.raises(WrongSecret) as wrong:
        guard.unlock("blue kettle on a quiet evening")
    assert wrong.value.message == "That passphrase does not open your data. Check Caps Lock and try again."
    with pytest.raises(WrongSecret) as wrong_key:
        guard.unlock_with_recovery_key("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    assert "recovery key does not open" in wrong_key.value.message
    assert {p.name: digest(p) for p in [*data_files(app_paths.data_dir), guard.key_file]} == before


def test_changing_the_passphrase_rewraps_the_key_and_the_recovery_key_still_opens(tmp_path, clock):
    app_paths, services = store(tmp_path / "data", clock)
    services.close()
    guard = guard_for(app_paths)
    key, recovery = guard.turn_on(PASSPHRASE)
    database = digest(app_paths.db_file)
    guard.change_passphrase(key, "a new phrase for a new year")
    assert digest(app_paths.db_file) == database  # the data is not rewritten
    with pytest.raises(WrongSecret):
        guard.unlock(PASSPHRASE)
    assert guard.unlock("a new phrase for a new year") == key
    # Forgot it: the recovery key, typed carelessly (lower case, spaces, 0 for O), opens the data.
    typed = recovery.lower().replace("-", " ").replace("o", "0")
    assert guard.unlock_with_recovery_key(typed) == key
    guard.change_passphrase(guard.unlock_with_recovery_key(recovery), "chosen after forgetting")
    services = Services.open(
        app_paths.db_file, app_paths.backup_dir, date(2026, 11, 27), clock, guard.unlock("chosen after forgetting")
    )
    assert [c.name for c in services.contacts.list()] == [CONTACT]
    services.close()
    new_recovery = guard.new_recovery_key(key)
    with pytest.raises(WrongSecret):
        guard.unlock_with_recovery_key(recovery)
    assert guard.unlock_with_recovery_key(new_recovery) == key


def test_passphrases_and_recovery_keys_are_checked_and_normalised():
    with pytest.raises(ValidationError, match="at least 8"):
        check_passphrase("short")
    with pytest.raises(ValidationError, match="space"):
        check_passphrase(" long enough but padded ")
    check_passphrase("long enough")
    assert normal_recovery_key("abcd efgh-1080") == "ABCD-EFGH-IOBO"


def test_on_and_off_round_trip_five_years_of_demo_data_exactly(tmp_path, clock):
    from recoverybox.core.app.demo import generate

    app_paths = paths.resolve(tmp_path / "demo")
    services = Services(open_database(app_paths.db_file, app_paths.backup_dir, date(2026, 11, 27)), clock)
    generate(services, years=5)
    services.close()
    BackupService(app_paths.db_file, app_paths.backup_dir).backup_now(date(2026, 11, 26))
    before = export_text(app_paths.db_file, None, tmp_path / "before")
    guard = guard_for(app_paths)
    key, _recovery = guard.turn_on(PASSPHRASE)
    assert not cipher.is_plain(app_paths.db_file)
    assert export_text(app_paths.db_file, key, tmp_path / "protected") == before
    guard.turn_off(guard.unlock(PASSPHRASE))
    assert cipher.is_plain(app_paths.db_file) and not guard.key_file.exists()
    assert all(cipher.is_plain(p) for p in app_paths.backup_dir.iterdir())
    assert export_text(app_paths.db_file, None, tmp_path / "after") == before
    assert json.loads(before)["tables"]["journal_entries"]  # five years of it, not an empty file


def test_backups_of_protected_data_are_encrypted_and_restore_after_unlock(tmp_path, clock):
    app_paths, services = store(tmp_path / "data", clock)
    services.close()
    plain_backup = BackupService(app_paths.db_file, app_paths.backup_dir).backup_now(date(2026, 11, 20), "plain")
    outside = tmp_path / "outside.sqlite3"  # a plain copy kept elsewhere, restored into protected data
    cipher.copy_database(plain_backup, None, outside, None)
    guard = guard_for(app_paths)
    key, _ = guard.turn_on(PASSPHRASE)
    backups = BackupService(app_paths.db_file, app_paths.backup_dir, key)
    made = backups.backup_now(date(2026, 11, 27))
    assert not cipher.is_plain(made) and check_database(made, key) is None
    assert not cipher.is_plain(backups.newest_good())
    with pytest.raises(ValidationError, match="protected"):
        BackupService(app_paths.db_file, app_paths.backup_dir).restore(made, datetime(2026, 11, 27, 12))
    backups.restore(made, datetime(2026, 11, 27, 12))
    assert not cipher.is_plain(app_paths.db_file)
    backups.restore(outside, datetime(2026, 11, 27, 13))  # a plain file comes in encrypted
    assert not cipher.is_plain(app_paths.db_file)
    services = Services.open(app_paths.db_file, app_paths.backup_dir, date(2026, 11, 27), clock, key)
    assert [c.name for c in services.contacts.list()] == [CONTACT]
    services.close()
    guard.finish(key)  # the copies a restore kept aside are encrypted like the rest
    assert not [p for p in data_files(app_paths.data_dir) if cipher.is_plain(p)]


def test_tidy_never_overwrites_the_live_file_through_a_second_name(tmp_path, clock):
    """Killed between keeping the old file's second name and the swap: that name is the live data."""
    app_paths, services = store(tmp_path / "data", clock)
    services.close()
    os.link(app_paths.db_file, Path(f"{app_paths.db_file}.plain-old"))
    before = export_text(app_paths.db_file, None, tmp_path / "before")
    guard_for(app_paths).tidy()
    assert not Path(f"{app_paths.db_file}.plain-old").exists()
    assert export_text(app_paths.db_file, None, tmp_path / "after") == before


def test_shred_overwrites_the_bytes_before_removing(tmp_path):
    target = tmp_path / "plain.sqlite3"
    target.write_bytes(SENTENCE.encode() * 100)
    reader = open(target, "rb")  # noqa: SIM115 (kept open: sees the bytes after the name is gone)
    try:
        cipher.shred(target)
        assert not target.exists()
        assert reader.read() == bytes(len(SENTENCE) * 100)
    finally:
        reader.close()


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from recoverybox.core.protection.service import Protection

    folder, direction, stop_at, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    guard = Protection(folder, folder / "recoverybox.sqlite3", folder / "backups")

    def progress(step):
        if step.name == stop_at:
            print("at", step.name, flush=True)
            sys.stdin.read()  # the test kills us here

    if direction == "on":
        guard.turn_on(passphrase, progress)
    else:
        guard.turn_off(guard.unlock(passphrase), progress)
    print("finished", flush=True)
    """
)


@pytest.mark.parametrize(
    ("direction", "step"),
    [
        ("on", "key"),
        ("on", "converted"),
        ("on", "checked"),
        ("on", "key-kept"),
        ("on", "swapped"),
        ("on", "copy"),
        ("off", "converted"),
        ("off", "checked"),
        ("off", "copy"),
        ("off", "swapped"),
    ],
)
def test_kill_9_during_a_conversion_leaves_the_old_or_the_new_file_whole(tmp_path, clock, direction, step):
    app_paths, services = store(tmp_path / "data", clock)
    services.close()
    for day in (24, 25, 26):
        BackupService(app_paths.db_file, app_paths.backup_dir).backup_now(date(2026, 11, day))
    before = export_text(app_paths.db_file, None, tmp_path / "before")
    guard = guard_for(app_paths)
    if direction == "off":
        guard.turn_on(PASSPHRASE)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(app_paths.data_dir), direction, step, PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert child.stdout.readline().strip() == f"at {step}"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdin.close()
    child.stdout.close()

    guard.tidy()  # what the next start does first, holding the folder's lock
    if guard.is_on():
        key = guard.unlock(PASSPHRASE)
        assert export_text(app_paths.db_file, key, tmp_path / "after") == before
        guard.finish(key)  # after the unlock: no plain copy may be left
        assert not [p for p in data_files(app_paths.data_dir) if cipher.is_plain(p)]
    else:
        assert cipher.is_plain(app_paths.db_file)
        assert export_text(app_paths.db_file, None, tmp_path / "after") == before
        assert not guard.key_file.exists() or any(cipher.is_encrypted(p) for p in guard.copies())
    leftovers = [p.name for p in app_paths.data_dir.rglob("*") if p.name.endswith((".converting", ".plain-old"))]
    assert leftovers == []
    # And the conversion can simply be run again to the end.
    if direction == "on" and not guard.is_on():
        guard.turn_on(PASSPHRASE)
    elif direction == "off" and guard.is_on():
        guard.turn_off(guard.unlock(PASSPHRASE))
    assert guard.is_on() == (direction == "on")


def test_the_lock_screen_keeps_the_theme_and_refuses_anything_else(tmp_path, clock):
    """The lock page is drawn before the data (and its settings) open: the look chosen is kept beside the
    crisis line in the key file, as one of the known theme names only."""
    app_paths, services = store(tmp_path / "data", clock)
    services.close()
    guard = guard_for(app_paths)
    guard.turn_on(PASSPHRASE)
    assert guard.lock_screen()["theme"] == "system"  # nothing chosen yet
    guard.set_lock_screen(theme="high_contrast")
    assert guard.lock_screen()["theme"] == "high_contrast"
    guard.set_lock_screen(theme="<b>neon</b>")  # not a theme: ignored, the last good one stays
    assert guard.lock_screen()["theme"] == "high_contrast"
    stored = json.loads(guard.key_file.read_text(encoding="utf-8"))
    stored["lock_screen"]["theme"] = 42  # a hand-edited file
    guard.key_file.write_text(json.dumps(stored), encoding="utf-8")
    assert guard.lock_screen()["theme"] == "system"
