"""Start at login: our XDG autostart entry is written and removed by us alone, and runs --background."""

import re

import pytest

from recoverybox import autostart


def test_enable_writes_an_entry_that_starts_in_the_background_on_the_same_data(private_config_home, tmp_path):
    data = tmp_path / "my data $HOME"
    path = autostart.enable(data)
    assert path == private_config_home / "autostart" / "recoverybox.desktop"
    text = path.read_text()
    assert text.startswith("[Desktop Entry]\n") and "Type=Application" in text
    exec_value = next(line for line in text.splitlines() if line.startswith("Exec="))[len("Exec=") :]
    args = parse_exec(exec_value)
    assert args[-3:] == ["--background", "--data-dir", str(data)]
    assert autostart.is_enabled()
    autostart.disable()
    assert not path.exists() and not autostart.is_enabled()


def test_a_file_that_is_not_ours_is_never_touched(private_config_home):
    path = private_config_home / "autostart" / "recoverybox.desktop"
    path.parent.mkdir(parents=True)
    path.write_text("[Desktop Entry]\nExec=something-else\n")
    assert not autostart.is_enabled()
    autostart.disable()
    assert path.exists()
    with pytest.raises(OSError):
        autostart.enable(None)
    assert path.read_text() == "[Desktop Entry]\nExec=something-else\n"


def test_exec_line_quotes_and_escapes_as_the_desktop_entry_spec_says():
    assert autostart.exec_line(["/usr/bin/recoverybox", "--background"]) == "/usr/bin/recoverybox --background"
    assert autostart.exec_line(["/opt/a b/rb", '50% "x"']) == '"/opt/a b/rb" "50%% \\"x\\""'


def parse_exec(value: str) -> list[str]:
    """Read an Exec value back as the desktop-entry spec says: "…" quotes, \\ escapes inside them, %% is %."""
    args = []
    for quoted, plain in re.findall(r'"((?:[^"\\]|\\.)*)"|(\S+)', value):
        arg = re.sub(r"\\(.)", r"\1", quoted) if quoted else plain
        args.append(arg.replace("%%", "%"))
    return args
