"""Clear words instead of tracebacks, and permissions repaired as the README promises."""

import os
import stat
import subprocess
import sys

import pytest

from recoverybox import paths
from recoverybox.app import main
from recoverybox.core.app.opening import open_database
from recoverybox.core.app.services import Services
from recoverybox.core.storage.backup import BackupService


def read_only_folder(small_disk):
    folder = small_disk(64)
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    return folder


def test_a_data_dir_that_is_a_file_or_read_only_gets_a_sentence(tmp_path, small_disk, capsys):
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    assert main(["agenda", "--data-dir", str(a_file)]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err
    read_only = read_only_folder(small_disk)
    assert main(["backup", "--data-dir", str(read_only / "data")]) == 2
    err = capsys.readouterr().err
    assert "can't create or use the folder" in err and "Traceback" not in err


def test_the_window_says_so_before_anything_else(qtbot, tmp_path, modal):
    from recoverybox.app import build_parser, run_gui

    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    said = []
    modal.then(lambda box: (said.append(box.text()), box.accept()))
    assert run_gui(build_parser().parse_args(["--data-dir", str(a_file)])) == 2
    assert said and "is a file, not a folder" in said[0]


@pytest.mark.parametrize("week", ["9999-W52", "0001-W01"])
def test_agenda_for_a_week_out_of_range_says_so(tmp_path, capsys, week):
    assert main(["agenda", "--data-dir", str(tmp_path / "d"), "--week", week]) == 2
    err = capsys.readouterr().err
    assert "Weeks from 1900 to 2199 can be shown" in err and "Traceback" not in err


def test_agenda_into_a_closed_pipe_is_quiet(tmp_path):
    data = paths.resolve(tmp_path / "d")
    services = Services(open_database(data.db_file))
    from recoverybox.core.app.demo import generate

    generate(services, years=1)
    services.close()
    exe = os.path.join(os.path.dirname(sys.executable), "recoverybox")
    result = subprocess.run(
        f'"{exe}" agenda --json --data-dir "{data.data_dir}" | head -c 1',
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout == "{" and result.stderr == ""


def test_looser_permissions_are_repaired_at_start_and_logged(tmp_path):
    data = paths.resolve(tmp_path / "d")
    services = Services(open_database(data.db_file))
    services.close()
    backup = BackupService(data.db_file, data.backup_dir).backup_now(services.today())
    loose = {data.backup_dir: 0o755, backup: 0o644, data.data_dir / "window.ini": 0o644}
    loose[data.data_dir / "recoverybox.lock"] = 0o664
    for path, mode in loose.items():
        if not path.exists():
            path.write_text("")
        os.chmod(path, mode)
    assert main(["agenda", "--data-dir", str(data.data_dir)]) == 0
    for path in loose:
        expected = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.stat().st_mode) == expected, path
    log = (data.log_dir / "recoverybox.log").read_text()
    for name in ("backups", backup.name, "window.ini", "recoverybox.lock"):
        assert f"permissions of {name} were" in log


def test_a_successful_restore_does_not_speak_of_an_unusable_file(tmp_path, capsys):
    data = paths.resolve(tmp_path / "d")
    services = Services(open_database(data.db_file))
    services.close()
    backup = BackupService(data.db_file, data.backup_dir).backup_now(services.today())
    assert main(["restore", "--data-dir", str(data.data_dir), str(backup)]) == 0
    out, err = capsys.readouterr()
    log = (data.log_dir / "recoverybox.log").read_text()
    assert "Restored. Your previous data is kept as" in out
    assert "unusable" not in err + log and "restored a backup" in log
