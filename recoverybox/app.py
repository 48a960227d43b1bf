"""Entry point: argument parsing, CLI subcommands, and the QApplication bootstrap.

The window is shown before the database and ORM are loaded; they arrive on the next event-loop turn.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from pathlib import Path

from recoverybox import __version__


def _log():
    """The app's logger; ``logging`` is imported on demand to keep it out of the first frame's path."""
    import logging

    return logging.getLogger("recoverybox")


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
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add RecoveryBox to the desktop's application menu (a launcher and icon in ~/.local/share)",
    )
    parser.add_argument("--uninstall-desktop-entry", action="store_true", help="remove that launcher again")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    parser.add_argument(
        "--background",
        action="store_true",
        help="start without a window and keep reminders running (what starting at login uses)",
    )
    parser.add_argument("--first-paint-probe", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--time-to-data-probe", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--background-probe", nargs="?", const=0, type=int, metavar="OPENS", help=argparse.SUPPRESS)
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start on a temporary data folder, open the database, start reminders, show the window, then exit",
    )
    agenda = sub.add_parser("agenda", help="print the week's plan, or any range of days (no window needed)")
    agenda.add_argument("--week", metavar="YYYY-Www", help="ISO week, e.g. 2026-W49 (default: this week)")
    agenda.add_argument("--from", dest="first", metavar="DATE", help="first day of a range, e.g. 2026-12-01")
    agenda.add_argument("--to", dest="last", metavar="DATE", help="last day of the range (included)")
    agenda.add_argument("--json", action="store_true", help="print JSON with ISO 8601 times and zone names")
    agenda.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    ics = sub.add_parser("ics", help="import or export an iCalendar (.ics) file")
    ics_sub = ics.add_subparsers(dest="ics_command", metavar="import|export", required=True)
    ics_import = ics_sub.add_parser("import", help="import events from FILE (all or nothing; updates by UID)")
    ics_import.add_argument("file", metavar="FILE")
    ics_export = ics_sub.add_parser("export", help="export events to FILE")
    ics_export.add_argument("file", metavar="FILE")
    ics_export.add_argument("--from", dest="first", metavar="DATE", help="only events on or after DATE (YYYY-MM-DD)")
    ics_export.add_argument("--to", dest="last", metavar="DATE", help="only events on or before DATE (YYYY-MM-DD)")
    backup = sub.add_parser("backup", help="write a backup now (into the data folder's backups/)")
    restore = sub.add_parser("restore", help="replace the data with a backup FILE (the current data is kept aside)")
    restore.add_argument("file", metavar="FILE")
    export = sub.add_parser("export", help="export all data as JSON (versioned) or CSV files into DIR")
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument("dir", metavar="DIR")
    import_json = sub.add_parser("import-json", help="load a JSON export into an empty data folder")
    import_json.add_argument("file", metavar="FILE")
    demo = sub.add_parser("demo", help="write N years of generated demo data into an empty folder DIR (no window)")
    demo.add_argument("--years", type=int, default=5, metavar="N", help="years of history, 1 to 30 (default 5)")
    demo.add_argument("dir", metavar="DIR")
    meetings = sub.add_parser(
        "meetings", help="meeting lists (Meeting Guide JSON or CSV): load one, list its meetings, add one to the week"
    )
    meetings_sub = meetings.add_subparsers(dest="meetings_command", metavar="load|list|add", required=True)
    meetings_load = meetings_sub.add_parser(
        "load", help="load (or reload) a meeting list from FILE or an https:// address, and keep it"
    )
    meetings_load.add_argument("source", metavar="FILE|URL")
    meetings_load.add_argument(
        "--fellowship", metavar="NAME", help="the fellowship its meetings belong to: AA, NA, SMART, WFS, SOS or other"
    )
    meetings_load.add_argument(
        "--update-added",
        action="store_true",
        help="also update meetings already in your week whose time, place or link the list changed",
    )
    meetings_list = meetings_sub.add_parser("list", help="the kept lists' meetings, times in your time zone")
    meetings_list.add_argument("--list", dest="list_name", metavar="NAME", help="only this list (its name or number)")
    meetings_list.add_argument("--day", type=int, choices=range(7), metavar="0-6", help="0 = Sunday … 6 = Saturday")
    meetings_list.add_argument("--type", dest="types", action="append", default=[], metavar="CODE", help="e.g. O, W")
    attendance = meetings_list.add_mutually_exclusive_group()
    attendance.add_argument("--online", action="store_true", help="only meetings with a video link or phone")
    attendance.add_argument("--in-person", action="store_true", help="only meetings with a place to go to")
    meetings_list.add_argument("--text", default="", help="words in the name, place, region or notes")
    meetings_list.add_argument("--json", action="store_true", help="print JSON")
    meetings_add = meetings_sub.add_parser("add", help="add the meeting with id SLUG to your week (weekly)")
    meetings_add.add_argument("slug", metavar="SLUG")
    meetings_add.add_argument("--list", dest="list_name", metavar="NAME", help="the list it is in (name or number)")
    protect = sub.add_parser(
        "protect", help="protect the data with a passphrase (encrypted at rest), turn that off, or change it"
    )
    protect.add_argument("protect_command", choices=("on", "off", "change"), metavar="on|off|change")
    unlock_test = sub.add_parser("unlock-test", help="exit 0 if the passphrase opens the protected data")
    sync = sub.add_parser(
        "sync", help="sync the calendar with your CalDAV server now (after `sync setup`); `sync off` stops it"
    )
    sync.add_argument(
        "--allow-mass-delete",
        action="store_true",
        help="let this sync set aside more than 10 events (over a quarter) that the server says were deleted",
    )
    sync_sub = sync.add_subparsers(dest="sync_command", metavar="[setup|off|deleted|bring-back|conflicts|resolve]")
    sync_setup = sync_sub.add_parser("setup", help="sync with the CalDAV server at URL (https://, or this computer)")
    sync_setup.add_argument("url", metavar="URL")
    sync_setup.add_argument("--user", default="", metavar="NAME", help="your user name on the server")
    sync_setup.add_argument("--calendar", metavar="NAME", help="the calendar to use (made if missing; RecoveryBox)")
    sync_setup.add_argument(
        "--trust-fingerprint",
        metavar="SHA256",
        help="trust the server's own (self-signed) certificate with this SHA-256 fingerprint, and only it",
    )
    sync_setup.add_argument(
        "--no-password", action="store_true", help="the server asks for no password (none is asked for or kept)"
    )
    sync_conflicts = sync_sub.add_parser("conflicts", help="list the events changed here and on the server at once")
    sync_resolve = sync_sub.add_parser("resolve", help="end a conflict, keeping one version (see `sync conflicts`)")
    sync_resolve.add_argument("uid", metavar="UID", help="the event's UID, as `sync conflicts` lists it")
    sync_resolve.add_argument(
        "--keep", required=True, choices=("mine", "theirs"), help="mine: this computer's version; theirs: the server's"
    )
    sync_off = sync_sub.add_parser("off", help="stop syncing (events stay here and on the server)")
    sync_deleted = sync_sub.add_parser("deleted", help="list the events a sync found deleted on the server (kept here)")
    sync_back = sync_sub.add_parser(
        "bring-back", help="put events deleted by a sync back in the calendar (and the server)"
    )
    sync_back.add_argument("uids", nargs="*", metavar="UID", help="which (default: all of them)")
    for command in (
        protect,
        unlock_test,
        sync,
        sync_setup,
        sync_off,
        sync_deleted,
        sync_back,
        sync_conflicts,
        sync_resolve,
        ics_import,
        ics_export,
        backup,
        restore,
        export,
        import_json,
        meetings_load,
        meetings_list,
        meetings_add,
    ):
        command.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    os.umask(0o077)  # every file we create is private to the user
    args = build_parser().parse_args(argv)
    if args.command is not None:
        from recoverybox import cli
        from recoverybox.paths import DataDirError

        try:
            code = cli.COMMANDS[args.command](args)
            sys.stdout.flush()
            return code
        except DataDirError as exc:
            from recoverybox.cli.speech import problem

            return cli.fail(problem(exc))
        except BrokenPipeError:
            # `recoverybox agenda | head`: the reader has gone; say nothing more, as Unix tools do.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return 0

    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return desktop_launcher(install=args.install_desktop_entry)
    return run_gui(args)


def desktop_launcher(install: bool) -> int:
    """``--install-desktop-entry`` / ``--uninstall-desktop-entry``: one line saying what was done."""
    from recoverybox import desktop_entry

    try:
        paths = desktop_entry.install() if install else desktop_entry.uninstall()
    except OSError as exc:
        print(f"recoverybox: could not {'add' if install else 'remove'} the launcher: {exc}", file=sys.stderr)
        return 2
    if install:
        print(f"Added RecoveryBox to your applications menu: {paths[0]}")
    else:
        print("Removed the RecoveryBox launcher." if paths else "There was no RecoveryBox launcher to remove.")
    return 0


def run_gui(args: argparse.Namespace) -> int:
    """Show the window at once, then open the database on the next event-loop turn."""
    from PySide6.QtWidgets import QApplication

    from recoverybox import memory, paths

    data_dir = args.data_dir
    background = args.background or args.background_probe is not None
    made_for_this_run = data_dir is None and (args.demo or args.smoke_test)
    if made_for_this_run:
        import tempfile

        data_dir = tempfile.mkdtemp(prefix="recoverybox-smoke-" if args.smoke_test else "recoverybox-demo-")
    memory.no_source_cache_for_pyside()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    try:
        app_paths = paths.resolve(data_dir)
    except paths.DataDirError as exc:  # before anything else: a clear sentence, never a blank window
        print(f"recoverybox: {exc.message}", file=sys.stderr)
        speak(app, None)
        if not args.smoke_test:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, "RecoveryBox can't use this data folder", exc.message)
        return 2
    speak(app, app_paths)
    from recoverybox.core.storage.instance_lock import AlreadyRunning, InstanceLock

    lock = InstanceLock(app_paths.data_dir)
    try:
        lock.acquire()
    except AlreadyRunning:
        from recoverybox.ui.single_instance import ask_running_instance_to_show

        shown = ask_running_instance_to_show(app_paths.data_dir)
        print("RecoveryBox is already open on this data" + ("; showing its window." if shown else "."), file=sys.stderr)
        return 0
    app.setApplicationName("RecoveryBox")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("RecoveryBox")
    app.setQuitOnLastWindowClosed(False)  # the reminder pop-up must not keep a closed app alive, nor end it
    if background:
        # No window: the data session opens the data on the first event-loop turn and runs reminders; the window
        # is built when a reminder's Open, the tray or a second start asks for it (``window_host``).
        from PySide6.QtCore import QTimer

        from recoverybox.ui.session.window_host import WindowHost

        front = host = WindowHost(app_paths)
        app.aboutToQuit.connect(host.session.stop)
        QTimer.singleShot(0, lambda: _after_first_paint(host, args.demo))
        if args.background_probe is not None:
            from recoverybox import probes

            probes.arm_background(host, args.background_probe)
        else:
            QTimer.singleShot(0, memory.freeze_long_lived_objects)  # after the data opened (the turn before)
    else:
        front = _start_window(app, app_paths, args)
    code = app.exec()
    server = getattr(front, "instance_server", None)
    if server is not None:
        server.close()  # its socket file goes with it
    if front.services is not None:
        front.services.close()
    lock.release()
    _log().info("RecoveryBox closed with code %s", code)
    if made_for_this_run:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()  # the day's backup may still be writing into the folder
        _remove_run_folder(app_paths.data_dir)
    return code


def speak(app, app_paths) -> str:  # noqa: ANN001
    """Install the person's language (their setting, read without opening the data; else the system's) before any
    window or message is made. Returns the language spoken."""
    from platformdirs import user_cache_path

    from recoverybox import i18n
    from recoverybox.i18n.qt import install

    setting = i18n.stored_setting(app_paths.data_dir, app_paths.db_file) if app_paths is not None else None
    return install(app, setting, user_cache_path("RecoveryBox", appauthor=False) / "i18n")


def _start_window(app, app_paths, args: argparse.Namespace):  # noqa: ANN001, ANN202
    """The window, shown at once; the data opens after its first paint."""
    from recoverybox import memory
    from recoverybox.ui.main_window import MainWindow

    window = MainWindow(app_paths)
    window.views.allow_first_look = True  # Today read with sqlite3 alone first, the data layer after its paint
    if args.first_paint_probe or args.time_to_data_probe:
        from PySide6.QtCore import QTimer

        from recoverybox.probes import memory_kib
    if args.first_paint_probe:
        # For benchmarks/: report when the first frame is painted, then leave.
        window.first_painted.connect(
            lambda: (print(f"first-paint {time.monotonic():.6f} {memory_kib('VmHWM')}", flush=True), app.quit())
        )
    elif args.time_to_data_probe:
        # For benchmarks/: report when the Today view has been painted with the person's data (its first look),
        # then when the data layer behind it has loaded (at once if it had), then leave.
        said: list[str] = []

        def say(what: str) -> None:
            said.append(what)
            print(f"{what} {time.monotonic():.6f} {memory_kib('VmHWM')}", flush=True)

        def data_ready() -> None:
            if "data-ready" not in said:
                say("data-ready")
                if window.services is not None:
                    layer_ready()

        def layer_ready() -> None:
            if "data-ready" in said and "data-layer-ready" not in said:
                say("data-layer-ready")
                window.quit_app()

        window.data_painted.connect(data_ready)
        window.services_ready.connect(lambda: QTimer.singleShot(0, layer_ready))
        window.first_painted.connect(lambda: _after_first_paint(window, args.demo))
    else:
        window.first_painted.connect(lambda: _after_first_paint(window, args.demo))
    if args.smoke_test:
        _arm_smoke_test(app, window)
    window.services_ready.connect(memory.freeze_long_lived_objects)  # the data layer loaded (after a first look)

    window.show()
    return window


def _remove_run_folder(folder: Path) -> None:
    """The temporary folder ``--demo`` or ``--smoke-test`` made for this run (never a folder the person named):
    gone at exit, so each try does not leave 11 MB behind. The log inside it is let go first: its handler is
    closed and removed, so nothing later tries to write to a file that is gone."""
    import logging
    import shutil

    logger = logging.getLogger("recoverybox")
    for handler in list(logger.handlers):
        if Path(getattr(handler, "baseFilename", "/")).is_relative_to(folder):
            logger.removeHandler(handler)
            handler.close()
    shutil.rmtree(folder, ignore_errors=True)


def _arm_smoke_test(app, window) -> None:
    """``--smoke-test``: open the data, start reminders, show every view and the help-now window, quit.

    Any error ends the process at once with a message on stderr and a non-zero code (never a dialog that
    waits for a person), and so does a start that has not finished within two minutes.
    """
    import traceback

    from PySide6.QtCore import QTimer

    def fail(message: str) -> None:
        print(f"smoke test FAILED: {message}", file=sys.stderr, flush=True)
        app.exit(1)

    def on_uncaught(kind, error, tb) -> None:
        fail("".join(traceback.format_exception(kind, error, tb)))

    waited = {"checks": 0}

    def finish() -> None:
        scheduler = window.session.reminders.scheduler
        if window.services is None:
            fail("the data did not open")
            return
        if scheduler is None or not scheduler.running:
            # Reminders start once the data is painted (or 2 s after, if it is not seen): a loaded machine may
            # paint later than this first check. Ask again; after 20 s they count as not started.
            waited["checks"] += 1
            if waited["checks"] > 100:
                fail("the data opened, but reminders did not start")
                return
            QTimer.singleShot(200, finish)
            return
        from recoverybox.ui.view_pages import VIEWS
        from recoverybox.ui.widgets.error_panel import ErrorPanel

        for key, *_rest in VIEWS:
            window.show_view(key)
            if isinstance(window.view(key), ErrorPanel):  # a view that could not be built (or imported)
                fail(f"the {key} view could not be built; see the log")
                return
        window.open_panic()
        if not window.panic.isVisible():
            fail("the help-now window did not open")
            return
        window.panic.close()
        print("smoke test: database open, reminders running, every view and the help-now window shown", flush=True)
        window.quit_app()

    window.smoke_test = True
    window.smoke_failed.connect(fail)
    sys.excepthook = on_uncaught
    window.services_ready.connect(lambda: QTimer.singleShot(200, finish))
    QTimer.singleShot(120_000, lambda: fail("did not finish within two minutes"))


def _after_first_paint(window, demo: bool) -> None:
    """Everything the first frame does not need: logging, the error dialog, then the database."""
    from recoverybox import logging_setup
    from recoverybox.ui.dialogs import error_dialog
    from recoverybox.ui.single_instance import InstanceServer

    with contextlib.suppress(OSError):  # no log file (a read-only log folder) is no reason not to start
        logging_setup.configure(window.app_paths.log_dir)
    _log().info("starting RecoveryBox %s", __version__)
    window.app_paths.repair_permissions()
    if not window.smoke_test:  # the smoke test fails fast on an error instead of asking a person
        error_dialog.install()
    window.instance_server = InstanceServer(window.app_paths.data_dir, window)
    window.instance_server.raise_requested.connect(window.bring_to_front)
    window.load(demo=demo)
