"""Entry point: argument parsing, CLI subcommands, and the QApplication bootstrap.

The window is shown before the database and ORM are loaded; they arrive on the next event-loop turn.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile

from recoverybox import __version__

log = logging.getLogger("recoverybox")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recoverybox",
        description="RecoveryBox: plan your week, track goals, journal and get reminders. "
        "Everything stays on this computer.",
    )
    parser.add_argument("--version", action="version", version=f"RecoveryBox {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="use this data folder instead of the default")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open on five years of generated demo data (in a temporary folder unless --data-dir is given)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    agenda = sub.add_parser("agenda", help="print the week's plan (no window needed)")
    agenda.add_argument("--week", metavar="YYYY-Www", help="ISO week, e.g. 2026-W49 (default: this week)")
    agenda.add_argument("--json", action="store_true", help="print JSON with ISO 8601 times and zone names")
    agenda.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    os.umask(0o077)  # every file we create is private to the user
    args = build_parser().parse_args(argv)
    if args.command == "agenda":
        from recoverybox import cli

        return cli.agenda(args)
    return run_gui(args)


def run_gui(args: argparse.Namespace) -> int:
    """Show the window at once, then open the database on the next event-loop turn."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from recoverybox import logging_setup, paths
    from recoverybox.ui import error_dialog
    from recoverybox.ui.main_window import MainWindow

    data_dir = args.data_dir or (tempfile.mkdtemp(prefix="recoverybox-demo-") if args.demo else None)
    app_paths = paths.resolve(data_dir)
    logging_setup.configure(app_paths.log_dir)
    log.info("starting RecoveryBox %s", __version__)
    error_dialog.install()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("RecoveryBox")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("RecoveryBox")
    app.setQuitOnLastWindowClosed(False)  # the reminder pop-up must not keep a closed app alive, nor end it
    window = MainWindow(app_paths)
    window.show()
    QTimer.singleShot(0, lambda: window.load(demo=args.demo))
    code = app.exec()
    if window.services is not None:
        window.services.close()
    log.info("RecoveryBox closed with code %s", code)
    return code
