"""Start at login (opt-in): an XDG autostart entry that runs ``recoverybox --background``.

The entry is written and removed only by the app, only when the person turns the setting on or off; a file
in the autostart folder that is not ours is never touched. No Qt here.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ENTRY_NAME = "recoverybox.desktop"
MARKER = "X-RecoveryBox-Autostart=true"


def autostart_dir() -> Path:
    """``$XDG_CONFIG_HOME/autostart`` (``~/.config/autostart`` by default), as the XDG spec says."""
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart"


def entry_path() -> Path:
    return autostart_dir() / ENTRY_NAME


def launch_command(data_dir: Path | None, background: bool = True) -> list[str]:
    """How to start this very installation (without a window when ``background``; on the same data folder, if
    one was given)."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        script = Path(sys.executable).with_name("recoverybox")
        found = str(script) if script.exists() else shutil.which("recoverybox")
        command = [found] if found else [sys.executable, "-m", "recoverybox"]
    if background:
        command.append("--background")
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return command


def exec_line(command: list[str]) -> str:
    """The desktop entry's ``Exec`` value: each argument quoted where needed, ``%`` doubled."""

    def quote(arg: str) -> str:
        arg = arg.replace("%", "%%")
        if not any(ch in arg for ch in " \t\n\"'\\><~|&;$*?#()`="):
            return arg
        return '"' + "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg) + '"'

    return " ".join(quote(arg) for arg in command)


def is_enabled() -> bool:
    path = entry_path()
    try:
        return MARKER in path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False


def enable(data_dir: Path | None) -> Path:
    """Write (or rewrite) our entry; returns its path. Raises OSError when the folder can't be written."""
    path = entry_path()
    if path.exists() and not is_enabled():
        raise OSError(f"{path} exists and was not written by RecoveryBox; leaving it alone")
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=RecoveryBox reminders",
            "Comment=Keeps your RecoveryBox reminders running after you log in",
            f"Exec={exec_line(launch_command(data_dir))}",
            "Icon=recoverybox",
            "Terminal=false",
            "NoDisplay=true",
            "X-GNOME-Autostart-enabled=true",
            MARKER,
            "",
        ]
    )
    write_entry(path, text)
    return path


def write_entry(path: Path, text: str) -> None:
    """Write a desktop entry whole or not at all (beside it first, then moved into place)."""
    partial = path.with_name(path.name + ".part")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


def disable() -> None:
    """Remove our entry (never someone else's file of the same name)."""
    if is_enabled():
        entry_path().unlink(missing_ok=True)


def apply(enabled: bool, data_dir: Path | None) -> None:
    """Make the autostart folder match the setting."""
    if enabled:
        enable(data_dir)
    else:
        disable()
