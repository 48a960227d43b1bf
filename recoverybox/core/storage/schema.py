"""The schema's revisions: which ones this version of RecoveryBox knows, and bringing a file up to the newest.

Alembic is imported only here, and only when a migration is due.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from recoverybox.migrations import HEAD

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"
__all__ = ["HEAD", "MIGRATIONS_DIR", "known_revisions", "upgrade"]


def upgrade(engine: Engine) -> None:
    """Apply every Alembic migration the database does not have yet."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def known_revisions() -> set[str]:
    """The revisions this version knows, read from the migration files' ``revision = "…"`` lines without
    importing Alembic (a test holds them equal to Alembic's own reading of the folder)."""
    import re

    found = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        match = re.search(r'^revision(?:\s*:\s*str)?\s*=\s*["\']([^"\']+)["\']', path.read_text("utf-8"), re.M)
        if match:
            found.add(match.group(1))
    return found
