"""A rotating log file with no personal content: log what happened, never what the person wrote."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from recoverybox import paths

MAX_BYTES = 512 * 1024
BACKUPS = 3


def configure(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the ``recoverybox`` loggers to ``log_dir/recoverybox.log`` (0600, rotating)."""
    paths.ensure_private_dir(log_dir)
    log_file = log_dir / "recoverybox.log"
    handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("recoverybox")
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
    paths.ensure_private_file(log_file)
    return log_file
