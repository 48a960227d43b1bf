"""A launcher in the desktop's application menu: ``recoverybox --install-desktop-entry`` writes a ``.desktop``
file and the icon under ``$XDG_DATA_HOME`` (``~/.local/share``); ``--uninstall-desktop-entry`` removes both.
Only files this module wrote are ever removed or replaced. No Qt here."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from recoverybox.autostart import exec_line, launch_command, write_entry
from recoverybox.resources import resource_path

MARKER = "X-RecoveryBox-Launcher=true"


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def entry_path() -> Path:
    return data_home() / "applications" / "recoverybox.desktop"


def icon_path() -> Path:
    return data_home() / "icons" / "hicolor" / "scalable" / "apps" / "recoverybox.svg"


def _ours(path: Path) -> bool:
    try:
        return MARKER in path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False


def install() -> list[Path]:
    """Write the launcher and its icon; returns their paths. Raises OSError (with a reason) on failure."""
    entry = entry_path()
    if entry.exists() and not _ours(entry):
        raise OSError(f"{entry} exists and was not written by RecoveryBox; leaving it alone")
    entry.parent.mkdir(parents=True, exist_ok=True)
    icon_path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resource_path("icons", "recoverybox.svg"), icon_path())
    text = "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=RecoveryBox",
            "GenericName=Recovery planner",
            "Comment=Plan your week, track goals and get help fast; everything stays on this computer",
            f"Exec={exec_line(launch_command(None, background=False))}",
            f"Icon={icon_path()}",
            "Terminal=false",
            "Categories=Office;Calendar;",
            "Keywords=recovery;sobriety;meetings;journal;",
            "StartupNotify=true",
            MARKER,
            "",
        ]
    )
    write_entry(entry, text)
    return [entry, icon_path()]


def uninstall() -> list[Path]:
    """Remove our launcher and icon (never a file of the same name someone else wrote); returns what went."""
    removed = []
    entry = entry_path()
    if _ours(entry):
        entry.unlink()
        removed.append(entry)
        if icon_path().exists():
            icon_path().unlink()
            removed.append(icon_path())
    return removed
