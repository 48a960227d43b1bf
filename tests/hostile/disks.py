"""A real, small ext4 file system in a file, loop-mounted (root only; CI runs as root): what was written
and freed on it can be read back from the raw image afterwards."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def ext4_image(folder: Path, mib: int = 48) -> Iterator[tuple[Path, Path]]:
    """(the image file, its mount point); the test is skipped where this machine cannot mount one."""
    if os.geteuid() != 0 or shutil.which("mkfs.ext4") is None:
        pytest.skip("a loop-mounted ext4 image needs root and mkfs.ext4 (CI has both)")
    image, mount = folder / "disk.img", folder / "mnt"
    mount.mkdir()
    with open(image, "wb") as handle:
        handle.truncate(mib << 20)
    no_reserve = ["-m", "0", "-E", "lazy_itable_init=0,lazy_journal_init=0"]  # root may not use reserved room
    subprocess.run(["mkfs.ext4", "-q", "-F", *no_reserve, str(image)], check=True)
    if subprocess.run(["mount", "-o", "loop", str(image), str(mount)]).returncode != 0:
        pytest.skip("this machine does not allow a loop mount")
    try:
        yield image, mount
    finally:
        release_logs()
        subprocess.run(["umount", "-l", str(mount)], check=False, capture_output=True)


def release_logs() -> None:
    """Close the log files the command line opened (in the data folder's logs/ on the image)."""
    import logging
    import logging.handlers

    root = logging.getLogger("recoverybox")
    for handler in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(handler)
        handler.close()


def unmount(mount: Path) -> None:
    """Write everything out and let go of the file system, so the image holds all that reached the disk."""
    release_logs()
    subprocess.run(["sync"], check=False)
    held = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(mount)):
            held.append(target)
    assert not held, f"still open on the disk: {held}"
    subprocess.run(["umount", str(mount)], check=True)
