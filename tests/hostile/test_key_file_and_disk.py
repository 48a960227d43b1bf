"""Protection at rest against a hostile or unlucky disk: a data file briefly gone, a key file missing,
damaged or tampered with, a copy interrupted by kill -9, a full disk, and what stays in free disk blocks.

Each case compares ``recoverybox export --format json`` (or the files' bytes) before and after."""

from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

from recoverybox import paths
from recoverybox.app import main
from recoverybox.core.app.opening import open_database
from recoverybox.core.app.services import Services
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.journal.entries import JournalInput
from recoverybox.core.protection.keys import KEY_FILE
from recoverybox.core.protection.service import OLD_KEYS, Protection
from recoverybox.core.storage import cipher
from tests.hostile.disks import ext4_image, unmount

PASSPHRASE = "blue kettle on a quiet morning"
SENTENCE = "Wilhelmina found the hidden flask behind the boiler on Tuesday"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli(monkeypatch, capsys, tmp_path):
    """``cli(*argv)`` runs the command line in this process: (exit code, stdout, stderr)."""
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    monkeypatch.setenv("RECOVERYBOX_PASSPHRASE_FILE", str(secret))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def make_data(folder: Path, clock) -> paths.AppPaths:
    app_paths = paths.resolve(folder)
    services = Services(open_database(app_paths.db_file, app_paths.backup_dir, date(2026, 11, 27)), clock)
    services.journal.create(JournalInput(date(2026, 11, 26), mood=3, text=SENTENCE))
    services.close()
    return app_paths


def exported(cli, app_paths: paths.AppPaths, out: Path) -> str:
    code, _, err = cli("export", "--format", "json", str(out), "--data-dir", str(app_paths.data_dir))
    assert code == 0, err
    (found,) = out.glob("*.json")
    data = json.loads(found.read_text(encoding="utf-8"))
    data.pop("exported_at", None)
    return json.dumps(data, sort_keys=True)


def guard(app_paths: paths.AppPaths) -> Protection:
    return Protection(app_paths.data_dir, app_paths.db_file, app_paths.backup_dir)


def one_sentence(err: str) -> None:
    """The failure is one line of ours (after any warning said before starting), no traceback."""
    assert "Traceback" not in err
    assert len([line for line in err.splitlines() if line.startswith("recoverybox:")]) == 1, err


# ---- 2. the key file is never deleted while anything it opens may exist ------------------------------------
def test_a_data_file_briefly_absent_at_start_keeps_the_key_file_and_loses_nothing(tmp_path, clock, cli):
    app_paths = make_data(tmp_path / "data", clock)
    code, _, err = cli("protect", "on", "--data-dir", str(app_paths.data_dir))
    assert code == 0, err
    before = exported(cli, app_paths, tmp_path / "before")
    away = tmp_path / "elsewhere.sqlite3"
    app_paths.db_file.rename(away)  # a sync tool between two copies, a slow disk, a person moving files

    guard(app_paths).tidy()  # what every start does first
    code, _, err = cli("agenda", "--data-dir", str(app_paths.data_dir))  # a command run meanwhile
    assert code == 2 and "the data file is missing" in err and "Nothing was created" in err
    assert guard(app_paths).key_file.exists()
    assert not app_paths.db_file.exists()  # no fresh, empty file in its place

    away.rename(app_paths.db_file)
    assert guard(app_paths).is_on()
    assert exported(cli, app_paths, tmp_path / "after") == before


def test_a_key_file_is_moved_aside_never_deleted_when_it_opens_nothing_here(tmp_path, clock, cli):
    app_paths = make_data(tmp_path / "data", clock)
    cli("protect", "on", "--data-dir", str(app_paths.data_dir))
    code, _, err = cli("protect", "off", "--data-dir", str(app_paths.data_dir))
    assert code == 0, err
    assert not guard(app_paths).key_file.exists()
    kept = list((app_paths.data_dir / OLD_KEYS).glob(f"{KEY_FILE}*"))
    assert len(kept) == 1 and json.loads(kept[0].read_text())["version"] == 1


def test_encrypted_data_without_its_key_file_says_so_and_offers_no_fresh_start(tmp_path, clock, cli):
    app_paths = make_data(tmp_path / "data", clock)
    cli("protect", "on", "--data-dir", str(app_paths.data_dir))
    before = {p.name: p.read_bytes() for p in app_paths.data_dir.iterdir() if p.is_file()}
    key_file = guard(app_paths).key_file
    key_file.rename(tmp_path / "somewhere-safe.json")

    code, _, err = cli("agenda", "--data-dir", str(app_paths.data_dir))
    assert code == 2
    one_sentence(err)
    assert "key file is missing" in err and "restore it from your backup of the data folder" in err
    after = {p.name: p.read_bytes() for p in app_paths.data_dir.iterdir() if p.is_file() and p.name != "logs"}
    before.pop(KEY_FILE)
    assert {k: v for k, v in after.items() if not k.endswith(".log")} == {
        k: v for k, v in before.items() if not k.endswith(".log")
    }


# ---- 6. a plain copy interrupted by kill -9 is removed by the next conversion or unlock ---------------------
KILLED_BACKUP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from recoverybox.core.storage import cipher
    from recoverybox.core.protection import service as protection
    real = cipher.copy_database

    def copy_then_stop(source, source_key, dest, dest_key):
        real(source, source_key, dest, dest_key)
        print("copied", dest, flush=True)
        sys.stdin.read()  # killed here, the plain copy half-way to its name

    import recoverybox.core.storage.backup as backup
    backup.copy_database = copy_then_stop
    folder = Path(sys.argv[1])
    guard = protection.Protection(folder, folder / "recoverybox.sqlite3", folder / "backups")
    guard.turn_on(sys.argv[2])
    """
)


def test_kill_9_during_protect_ons_safety_backup_leaves_no_plain_copy(tmp_path, clock, cli):
    app_paths = make_data(tmp_path / "data", clock)
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_BACKUP, str(app_paths.data_dir), PASSPHRASE],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    line = child.stdout.readline()
    assert line.startswith("copied") and ".part" in line, line
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdin.close()
    child.stdout.close()
    leftover = Path(line.split(" ", 1)[1].strip())
    assert SENTENCE.encode() in leftover.read_bytes()  # what the kill left: the data in the clear

    code, _, err = cli("protect", "on", "--data-dir", str(app_paths.data_dir))
    assert code == 0, err
    for path in app_paths.data_dir.rglob("*"):
        if path.is_file():
            assert SENTENCE.encode() not in path.read_bytes(), f"readable in {path.relative_to(app_paths.data_dir)}"
    assert not leftover.exists()


# ---- 10, 12. a damaged or tampered key file: one sentence, nothing changed, never "Check Caps Lock" --------
def tamper(key_file: Path, change) -> None:
    data = json.loads(key_file.read_text())
    change(data)
    key_file.write_text(json.dumps(data))


def flip_wrapped(data: dict) -> None:
    raw = bytearray(base64.b64decode(data["passphrase"]["wrapped"]))
    raw[5] ^= 0x01
    data["passphrase"]["wrapped"] = base64.b64encode(bytes(raw)).decode()


def swap_salts(data: dict) -> None:
    data["passphrase"]["salt"], data["recovery"]["salt"] = data["recovery"]["salt"], data["passphrase"]["salt"]


@pytest.mark.parametrize(
    ("case", "change"),
    [
        ("time cost 0", lambda d: d["kdf"].update(time_cost=0)),
        ("time cost a million", lambda d: d["kdf"].update(time_cost=1_000_000)),
        ("memory of a terabyte", lambda d: d["kdf"].update(memory_kib=1 << 30)),
        ("empty salt", lambda d: d["passphrase"].update(salt="")),
        ("a flipped bit in the wrapped key", flip_wrapped),
        ("salts swapped", swap_salts),
        ("not base64", lambda d: d["passphrase"].update(nonce="%%%")),
    ],
)
def test_a_tampered_key_file_is_named_damaged_at_once_and_nothing_changes(tmp_path, clock, cli, case, change):
    app_paths = make_data(tmp_path / "data", clock)
    assert cli("protect", "on", "--data-dir", str(app_paths.data_dir))[0] == 0
    tamper(guard(app_paths).key_file, change)
    files = {p: p.read_bytes() for p in app_paths.data_dir.rglob("*") if p.is_file() and "logs" not in p.parts}

    started = time.monotonic()
    for command in (("agenda",), ("unlock-test",), ("protect", "off")):
        code, _, err = cli(*command, "--data-dir", str(app_paths.data_dir))
        assert code == 2, (case, command)
        one_sentence(err)
        assert "damaged" in err and "Caps Lock" not in err, err
    assert time.monotonic() - started < 60  # a tampered cost never runs (a million would take hours)
    with pytest.raises(ValidationError, match="damaged"):
        guard(app_paths).unlock(PASSPHRASE)
    assert {p: p.read_bytes() for p in files} == files


# ---- 10. a full disk during protect on / off ---------------------------------------------------------------
def fill(folder: Path, leave_kib: int) -> None:
    """Fill the file system under ``folder`` until about ``leave_kib`` KiB are free."""
    info = os.statvfs(folder)
    free = info.f_bavail * info.f_frsize
    with open(folder / "filler", "wb") as handle:
        handle.write(b"\0" * max(free - leave_kib * 1024, 0))


@pytest.mark.parametrize("direction", ["on", "off"])
def test_a_full_disk_during_protect_on_or_off_says_so_and_changes_nothing(tmp_path, clock, cli, direction):
    with ext4_image(tmp_path, mib=24) as (_image, mount):
        app_paths = make_data(mount / "data", clock)
        if direction == "off":
            assert cli("protect", "on", "--data-dir", str(app_paths.data_dir))[0] == 0
        before = exported(cli, app_paths, tmp_path / "before")
        fill(mount, leave_kib=300)
        files = {p: p.read_bytes() for p in app_paths.data_dir.rglob("*") if p.is_file() and "logs" not in p.parts}

        code, out, err = cli("protect", direction, "--data-dir", str(app_paths.data_dir))
        assert code == 2
        one_sentence(err)
        assert "disk is too full" in err and "Nothing was changed" in err
        assert "plain files again" not in out
        assert {p: p.read_bytes() for p in files} == files
        (mount / "filler").unlink()
        assert exported(cli, app_paths, tmp_path / "after") == before


def test_a_disk_that_fills_during_the_conversion_is_undone_in_words(tmp_path, clock, cli, monkeypatch):
    """The space check passed, then something else took the room: the conversion stops and says why."""
    with ext4_image(tmp_path, mib=24) as (_image, mount):
        app_paths = make_data(mount / "data", clock)
        before = exported(cli, app_paths, tmp_path / "before")
        monkeypatch.setattr(Protection, "_check_room", lambda self: None)
        fill(mount, leave_kib=64)
        code, _, err = cli("protect", "on", "--data-dir", str(app_paths.data_dir))
        assert code == 2
        one_sentence(err)
        assert "disk is too full" in err
        (mount / "filler").unlink()
        assert not guard(app_paths).is_on() and cipher.is_plain(app_paths.db_file)
        assert exported(cli, app_paths, tmp_path / "after") == before


# ---- 5. nothing of what was written before protect on stays in free disk blocks -----------------------------
def test_protect_on_leaves_no_plain_text_anywhere_on_a_real_disk(tmp_path, clock, cli):
    with ext4_image(tmp_path, mib=48) as (image, mount):
        app_paths = paths.resolve(mount / "data")
        services = Services(open_database(app_paths.db_file, app_paths.backup_dir, date(2026, 11, 27)), clock)
        services.journal.create(JournalInput(date(2026, 11, 26), mood=3, text="an older entry"))
        services.backups.backup_now(date(2026, 11, 26)) if hasattr(services, "backups") else None
        services.journal.create(JournalInput(date(2026, 11, 27), mood=2, text=SENTENCE))  # written just before
        services.close()
        code, _, err = cli("protect", "on", "--data-dir", str(app_paths.data_dir))
        assert code == 0, err
        assert not cipher.is_plain(app_paths.db_file)
        unmount(mount)
        raw = image.read_bytes()
    if os.environ.get("RB_DEBUG_IMAGE"):
        import shutil

        shutil.copy(image, os.environ["RB_DEBUG_IMAGE"])
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        assert SENTENCE.encode(encoding) not in raw, f"the sentence is on the disk in {encoding}"
        assert SENTENCE[:24].encode(encoding) not in raw, f"part of it is on the disk in {encoding}"
