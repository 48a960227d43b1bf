"""``--install-desktop-entry`` writes a launcher the desktop accepts (``desktop-file-validate``) and an icon;
``--uninstall-desktop-entry`` removes both and never a file it did not write."""

import os
import shutil
import subprocess

import pytest

from recoverybox.app import main


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    return tmp_path / "share"


def test_the_launcher_validates_and_goes_away_again(data_home, capsys):
    assert main(["--install-desktop-entry"]) == 0
    entry = data_home / "applications" / "recoverybox.desktop"
    icon = data_home / "icons" / "hicolor" / "scalable" / "apps" / "recoverybox.svg"
    assert entry.is_file() and icon.read_bytes().startswith(b"<")
    text = entry.read_text()
    assert "Name=RecoveryBox\n" in text and f"Icon={icon}" in text and "--background" not in text
    assert "Added RecoveryBox to your applications menu" in capsys.readouterr().out
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        if os.environ.get("CI"):
            pytest.fail("desktop-file-validate is missing: .ci/run must install desktop-file-utils")
        pytest.skip("desktop-file-utils is not installed")
    checked = subprocess.run([validator, str(entry)], capture_output=True, text=True)
    assert checked.returncode == 0 and checked.stdout.strip() == "", checked.stdout + checked.stderr
    assert main(["--uninstall-desktop-entry"]) == 0
    assert not entry.exists() and not icon.exists()


def test_a_launcher_someone_else_wrote_is_left_alone(data_home, capsys):
    entry = data_home / "applications" / "recoverybox.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nType=Application\nName=Mine\nExec=true\n")
    assert main(["--install-desktop-entry"]) == 2
    assert "not written by RecoveryBox" in capsys.readouterr().err
    assert main(["--uninstall-desktop-entry"]) == 0
    assert entry.read_text().endswith("Exec=true\n")
