"""Command-line subcommands that need no display (agenda, meetings, sync, …). No Qt here.

``COMMANDS`` maps each subcommand to its function; ``common`` holds what they share, ``fail`` among it.
"""

from __future__ import annotations

from recoverybox.cli.common import fail
from recoverybox.cli.data_commands import agenda, backup, demo, export, ics, import_json, protect, restore, unlock_test
from recoverybox.cli.meeting_commands import meetings
from recoverybox.cli.sync_commands import sync

__all__ = ["COMMANDS", "fail"]

COMMANDS = {
    "sync": sync,
    "protect": protect,
    "unlock-test": unlock_test,
    "demo": demo,
    "agenda": agenda,
    "ics": ics,
    "backup": backup,
    "restore": restore,
    "export": export,
    "import-json": import_json,
    "meetings": meetings,
}
