"""The command line on protected data: `protect on/off/change`, `unlock-test`, and every command asking for
the passphrase (from the file in RECOVERYBOX_PASSPHRASE_FILE, or the terminal; never from an argument)."""

from __future__ import annotations

import json
import re
import sys

import pytest

from recoverybox import paths
from recoverybox.app import main
from recoverybox.core.app.opening import open_database
from recoverybox.core.app.services import Services
from recoverybox.core.storage import cipher
from recoverybox.core.support.contacts import ContactInput

PASSPHRASE = "blue kettle on a quiet morning"
NEW = "a new phrase for a new year"


@pytest.fixture
def folder(tmp_path, clock, monkeypatch):
    app_paths = paths.resolve(tmp_path / "data")
    services = Services(open_database(app_paths.db_file, app_paths.backup_dir), clock)
    services.contacts.create(ContactInput("Zebediah Quillfeather", "sponsor", "+44 7700 900456"))
    services.close()
    (tmp_path / "pass").write_text(PASSPHRASE + "\n", encoding="utf-8")
    (tmp_path / "new").write_text(NEW + "\n", encoding="utf-8")
    (tmp_path / "wrong").write_text("not the passphrase\n", encoding="utf-8")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)  # as in CI: no terminal to type at
    return app_paths


def run(monkeypatch, capsys, *argv, passphrase=None, new=None):
    for name, value in (("RECOVERYBOX_PASSPHRASE_FILE", passphrase), ("RECOVERYBOX_NEW_PASSPHRASE_FILE", new)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, str(value))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_protect_on_prints_the_recovery_key_once_and_every_command_then_needs_the_passphrase(
    folder, tmp_path, monkeypatch, capsys
):
    data = ["--data-dir", str(folder.data_dir)]
    code, out, err = run(monkeypatch, capsys, "protect", "on", *data, passphrase=tmp_path / "pass")
    assert code == 0, err
    assert "nobody can open your data" in err
    keys = re.findall(r"[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7}", out)
    assert len(keys) == 1
    assert not cipher.is_plain(folder.db_file)

    code, _, err = run(monkeypatch, capsys, "agenda", *data)
    assert code == 2 and "RECOVERYBOX_PASSPHRASE_FILE" in err and "Traceback" not in err
    code, _, err = run(monkeypatch, capsys, "agenda", *data, passphrase=tmp_path / "wrong")
    assert code == 2 and "does not open your data" in err
    code, out, _ = run(monkeypatch, capsys, "agenda", "--json", *data, passphrase=tmp_path / "pass")
    assert code == 0 and json.loads(out)["occurrences"] == []

    code, out, err = run(monkeypatch, capsys, "unlock-test", *data, passphrase=tmp_path / "wrong")
    assert code == 2 and "does not open" in err
    code, out, err = run(monkeypatch, capsys, "unlock-test", *data, passphrase=tmp_path / "pass")
    assert code == 0 and "opens your data" in out

    # An export warns that its file is readable, and is private to the user.
    code, out, err = run(monkeypatch, capsys, "export", str(tmp_path / "out"), *data, passphrase=tmp_path / "pass")
    assert code == 0 and "readable" in err
    exported = next((tmp_path / "out").glob("*.json"))
    assert oct(exported.stat().st_mode & 0o777) == "0o600"
    assert "Zebediah Quillfeather" in exported.read_text(encoding="utf-8")

    code, out, err = run(monkeypatch, capsys, "backup", *data, passphrase=tmp_path / "pass")
    assert code == 0
    assert all(not cipher.is_plain(p) for p in folder.backup_dir.iterdir())

    code, out, err = run(
        monkeypatch, capsys, "protect", "change", *data, passphrase=tmp_path / "pass", new=tmp_path / "new"
    )
    assert code == 0 and "changed" in out
    assert run(monkeypatch, capsys, "unlock-test", *data, passphrase=tmp_path / "pass")[0] == 2
    assert run(monkeypatch, capsys, "unlock-test", *data, passphrase=tmp_path / "new")[0] == 0

    code, out, err = run(monkeypatch, capsys, "protect", "off", *data, passphrase=tmp_path / "wrong")
    assert code == 2 and not cipher.is_plain(folder.db_file)
    code, out, err = run(monkeypatch, capsys, "protect", "off", *data, passphrase=tmp_path / "new")
    assert code == 0 and cipher.is_plain(folder.db_file)
    assert all(cipher.is_plain(p) for p in folder.backup_dir.iterdir())
    code, out, err = run(monkeypatch, capsys, "agenda", *data)
    assert code == 0
    code, out, err = run(monkeypatch, capsys, "unlock-test", *data)
    assert code == 2 and "not protected" in err


def test_a_passphrase_is_never_taken_from_an_argument(folder, monkeypatch, capsys):
    with pytest.raises(SystemExit) as refused:
        main(["protect", "on", PASSPHRASE, "--data-dir", str(folder.data_dir)])
    assert refused.value.code == 2
    assert cipher.is_plain(folder.db_file)


def test_protect_on_refuses_a_short_passphrase_and_changes_nothing(folder, tmp_path, monkeypatch, capsys):
    (tmp_path / "short").write_text("short\n", encoding="utf-8")
    code, _, err = run(
        monkeypatch, capsys, "protect", "on", "--data-dir", str(folder.data_dir), passphrase=tmp_path / "short"
    )
    assert code == 2 and "at least 8" in err
    assert cipher.is_plain(folder.db_file) and not (folder.data_dir / "protection.json").exists()
