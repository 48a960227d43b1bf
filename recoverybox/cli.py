"""Command-line subcommands that need no display (agenda, …). No Qt here."""

from __future__ import annotations

import contextlib
import functools
import json
import sys
from argparse import Namespace
from collections.abc import Callable
from datetime import date, timedelta

from recoverybox import paths
from recoverybox.core.app.opening import open_database
from recoverybox.core.app.services import Services
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.calendar.events import iso_week_monday
from recoverybox.core.storage.db import DatabaseError


def resolve_paths(args: Namespace) -> paths.AppPaths:
    """The data folder for a command, with logging on and loosened permissions repaired (and logged)."""
    from recoverybox import logging_setup

    app_paths = paths.resolve(args.data_dir)
    with contextlib.suppress(OSError):  # no log file (a read-only log folder) is no reason to stop
        logging_setup.configure(app_paths.log_dir)
    app_paths.repair_permissions()
    return app_paths


def open_services(app_paths: paths.AppPaths, locked: bool = False) -> Services:
    """The services over the data; protected data first asks for the passphrase (``data_key``).

    ``locked``: this command holds the data folder's lock, so what an interrupted conversion left may be
    tidied first (never without the lock: the app may be converting right now).
    """
    from datetime import date

    if locked:
        protection(app_paths).tidy()
    key = data_key(app_paths)
    services = Services(open_database(app_paths.db_file, app_paths.backup_dir, date.today(), key))
    if key is not None and locked:
        protection(app_paths).finish(key)
    return services


def protection(app_paths: paths.AppPaths):
    from recoverybox.core.protection.service import Protection

    return Protection(app_paths.data_dir, app_paths.db_file, app_paths.backup_dir)


PASSPHRASE_FILE = "RECOVERYBOX_PASSPHRASE_FILE"
NEW_PASSPHRASE_FILE = "RECOVERYBOX_NEW_PASSPHRASE_FILE"


def read_secret(prompt: str, env_var: str, confirm: bool = False, needed: str | None = None) -> str:
    """A passphrase from the file named by ``env_var`` (its first line), else typed at the terminal with no
    echo (twice when ``confirm``). Never from an argument: those are visible to every user in ``ps``.
    ``needed`` says what it is for when there is neither a file nor a terminal."""
    import getpass
    import os

    name = os.environ.get(env_var)
    if name:
        try:
            with open(name, encoding="utf-8") as handle:
                return handle.readline().rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError("passphrase", f"{env_var} names a file that cannot be read ({exc}).") from None
    if not sys.stdin.isatty():
        raise ValidationError(
            "passphrase",
            (needed or "Your data is protected: type the passphrase at a terminal") + f", or name a file in {env_var}.",
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != first:
        raise ValidationError("passphrase", "The two passphrases are not the same; nothing changed.")
    return first


def data_key(app_paths: paths.AppPaths) -> bytes | None:
    """None for plain data; for protected data, the key its passphrase unlocks (or ``WrongSecret``)."""
    guard = protection(app_paths)
    if not guard.is_on():
        if guard.key_file_missing():
            raise ValidationError("passphrase", guard.missing_key_words())
        if guard.data_missing():  # never a fresh, empty file in its place
            raise ValidationError("passphrase", guard.missing_data_words())
        return None
    return guard.unlock(read_secret("Passphrase for your RecoveryBox data: ", PASSPHRASE_FILE))


IN_USE = (
    "RecoveryBox is open on this data, or another command is changing it. Close the app first (or use its "
    "File menu), then try again."
)


class InUse(Exception):
    """The app, or another command that changes the data, holds the data folder's lock."""


@contextlib.contextmanager
def data_folder_lock(app_paths: paths.AppPaths):
    """The lock the open app holds, for a command that changes the data (``InUse`` if it is taken)."""
    from recoverybox.core.storage.instance_lock import AlreadyRunning, InstanceLock

    lock = InstanceLock(app_paths.data_dir)
    try:
        lock.acquire()
    except AlreadyRunning:
        raise InUse from None
    try:
        yield
    finally:
        lock.release()


def with_services(
    command: Callable[[Namespace, Services], int] | None = None, *, writes: Callable[[Namespace], bool] | None = None
):
    """Open the data for ``command``, close it after, and turn the errors a person can cause into one
    clear line on stderr and exit code 2 (never a traceback).

    A command that changes the data (``writes(args)`` is true) first takes the same lock the open app
    holds, so it never writes beside the app or into a file a restore is replacing.
    """
    if command is None:
        return functools.partial(with_services, writes=writes)

    @functools.wraps(command)
    def run(args: Namespace) -> int:
        app_paths = resolve_paths(args)
        if writes is None or not writes(args):
            return _run_with_services(command, args, app_paths)
        try:
            with data_folder_lock(app_paths):
                return _run_with_services(command, args, app_paths, locked=True)
        except InUse:
            return fail(IN_USE)

    return run


def _run_with_services(
    command: Callable[[Namespace, Services], int], args: Namespace, app_paths, locked: bool = False
) -> int:
    try:
        services = open_services(app_paths, locked)
    except DatabaseError as exc:
        return fail(exc.reason)
    except ValidationError as exc:  # a wrong passphrase, a missing key file
        return fail(exc.message)
    try:
        return command(args, services)
    except ValidationError as exc:
        return fail(exc.message)
    except BrokenPipeError:
        raise  # the reader of our output went away: main() ends quietly
    except OSError as exc:
        return fail(f"{exc.filename or 'a file'}: {exc.strerror}.")
    finally:
        services.close()


READABLE = (
    "Note: your data is encrypted here, but this file is not: it is readable by anyone who can open it under "
    "your user account, or wherever it is copied."
)


def warn_if_readable(services: Services) -> None:
    """An export of protected data: say on stderr that the file written is readable (it is 0600)."""
    if services.protected:
        print(READABLE, file=sys.stderr)


def fail(message: str) -> int:
    """One line on stderr and exit code 2. Words from a server or a file may be in ``message``: control
    characters (terminal escapes) never reach the terminal."""
    from recoverybox.core.base.net import printable

    print(f"recoverybox: {printable(message, limit=4000)}", file=sys.stderr)
    return 2


@with_services(writes=lambda args: args.ics_command == "import")
def ics(args: Namespace, services: Services) -> int:
    """``ics import FILE`` / ``ics export FILE [--from DATE --to DATE]``."""
    from datetime import date

    if args.ics_command == "import":
        summary = services.ics.import_file(args.file)
        print(f"Imported {summary.created} new and updated {summary.updated} existing event(s).")
        if summary.notes_text():
            print(summary.notes_text(most=len(summary.skipped)))
        return 0
    try:
        first = date.fromisoformat(args.first) if args.first else None
        last = date.fromisoformat(args.last) if args.last else None
    except ValueError:
        raise ValidationError("date", "Dates look like 2026-12-01.") from None
    warn_if_readable(services)
    count = services.ics.export_file(args.file, first, last)
    print(f"Exported {count} event(s) to {args.file}.")
    return 0


MAX_AGENDA_DAYS = 366 * 5


@with_services
def agenda(args: Namespace, services: Services) -> int:
    """Print the week's plan (or the days ``--from``/``--to``, both included): occurrences in local time,
    sorted; ``--json`` for machines, with the same fields for a week or a range."""
    zone = services.zone
    first_text, last_text = getattr(args, "first", None), getattr(args, "last", None)
    if first_text or last_text:
        if args.week:
            return fail("give either --week or --from/--to, not both.")
        try:
            first = date.fromisoformat(first_text) if first_text else services.today()
            last = date.fromisoformat(last_text) if last_text else first + timedelta(days=6)
        except ValueError:
            return fail("dates look like 2026-12-01.")
        if last < first:
            return fail(f"--to ({last}) is before --from ({first}).")
        if (last - first).days >= MAX_AGENDA_DAYS:
            return fail(f"a range can be up to {MAX_AGENDA_DAYS} days; split a longer one.")
        occurrences = services.calendar.days(first, (last - first).days + 1, zone)
        head: dict[str, object] = {"from": first.isoformat(), "to": last.isoformat(), "timezone": zone.key}
        title = f"{first:%a %d %b %Y} – {last:%a %d %b %Y}, {zone.key}"
    else:
        monday = iso_week_monday(args.week, services.today())
        occurrences = services.calendar.week(monday, zone)
        iso_year, iso_week, _ = monday.isocalendar()
        head = {
            "week": f"{iso_year}-W{iso_week:02d}",
            "timezone": zone.key,
            "start": monday.isoformat(),
            "end": (monday + timedelta(days=6)).isoformat(),
        }
        sunday = monday + timedelta(days=6)
        title = f"Week {iso_year}-W{iso_week:02d} ({monday:%a %d %b} – {sunday:%a %d %b %Y}), {zone.key}"
    if args.json:
        payload = {**head, "occurrences": [_occurrence_json(occ, zone) for occ in occurrences]}
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 0
    print(title)
    if not occurrences:
        print("  Nothing planned " + ("this week." if "week" in head else "on these days."))
    current = None
    for occ in occurrences:
        start, end = occ.local_start(zone), occ.local_end(zone)
        if start.date() != current:
            current = start.date()
            print(f"\n{start:%A %d %B}")
        when = "all day" if occ.all_day else f"{start:%H:%M}–{end:%H:%M}"
        where = occ.location or occ.online_url or ""
        mark = {"closed": "  [temporarily closed]", "vanished": "  [no longer in its meeting list]"}.get(occ.mark, "")
        print(f"  {when:13} {occ.title}" + (f"  ({where})" if where else "") + mark)
    return 0


def backup(args: Namespace) -> int:
    from datetime import date

    from recoverybox.core.storage.backup import BackupService

    app_paths = resolve_paths(args)
    if not app_paths.db_file.exists():
        return fail("there is no data to back up yet.")
    try:
        key = data_key(app_paths)
    except ValidationError as exc:
        return fail(exc.message)
    path = BackupService(app_paths.db_file, app_paths.backup_dir, key).backup_now(date.today(), label="manual")
    print(f"Backed up to {path}")
    return 0


def restore(args: Namespace) -> int:
    from datetime import datetime
    from pathlib import Path

    from recoverybox.core.storage.backup import BackupService

    app_paths = resolve_paths(args)
    try:
        with data_folder_lock(app_paths):
            protection(app_paths).tidy()
            key = data_key(app_paths)
            service = BackupService(app_paths.db_file, app_paths.backup_dir, key)
            kept = service.restore(Path(args.file), datetime.now())
    except InUse:
        return fail(IN_USE)
    except ValidationError as exc:
        return fail(exc.message)
    print("Restored." + (f" Your previous data is kept as {kept}" if kept else ""))
    return 0


@with_services
def export(args: Namespace, services: Services) -> int:
    from pathlib import Path

    from recoverybox.core.export.everything import write_csv, write_json

    warn_if_readable(services)
    if args.format == "json":
        print(f"Exported to {write_json(services.db, Path(args.dir))}")
    else:
        written = write_csv(services.db, Path(args.dir))
        print(f"Exported {len(written)} CSV files to {args.dir}")
    return 0


@with_services(writes=lambda args: True)
def import_json(args: Namespace, services: Services) -> int:
    from pathlib import Path

    from recoverybox.core.export.everything import import_json as load

    counts = load(services.db, Path(args.file))
    print(f"Imported {sum(counts.values())} rows.")
    return 0


def demo(args: Namespace) -> int:
    """Write ``--years`` of generated demo data into an empty folder, with no window (for benchmarks, trying out)."""
    from datetime import date
    from pathlib import Path

    from recoverybox.core.app.demo import generate

    if not 1 <= args.years <= 30:
        return fail("--years must be a whole number from 1 to 30.")
    target = Path(args.dir)
    if target.exists() and any(target.iterdir()):
        return fail(f"{target} is not empty; demo data goes only into a new or empty folder.")
    app_paths = paths.resolve(target)
    services = Services(open_database(app_paths.db_file, app_paths.backup_dir, date.today()))
    try:
        summary = generate(services, years=args.years)
        services.settings.set("first_run_done", True)
    finally:
        services.close()
    print(
        f"Wrote {args.years} years of demo data to {target}: {summary.events} events, {summary.check_ins} "
        f"check-ins, {summary.journal_entries} journal entries, {summary.goals} goals."
    )
    return 0


def _meeting_list_id(services: Services, name: str | None) -> int | None:
    """The kept list a ``--list`` names (its number or name, any case); None for all lists."""
    if not name:
        return None
    lists = services.meeting_lists.lists()
    for info in lists:
        if name == str(info.id) or name.casefold() == info.name.casefold():
            return info.id
    names = ", ".join(f"{info.id} ({info.name})" for info in lists) or "none yet"
    raise ValidationError("list", f"No kept meeting list is called “{name}”. Kept lists: {names}.")


@with_services(writes=lambda args: args.meetings_command in ("load", "add"))
def meetings(args: Namespace, services: Services) -> int:
    """``meetings load FILE|URL`` / ``meetings list [filters] [--json]`` / ``meetings add SLUG``."""
    from recoverybox.core.meetings.feed import is_web_address

    lists = services.meeting_lists
    if args.meetings_command == "load":
        if is_web_address(args.source):
            print(f"Fetching {args.source} …", file=sys.stderr)
        result = lists.load_source(args.source, args.fellowship)
        info = next(i for i in lists.lists() if i.id == result.list_id)
        print(f"{'Reloaded' if result.reloaded else 'Loaded'} “{info.name}” (list {info.id}).")
        print(result.summary())
        if result.changes and args.update_added:
            print(f"Updated {lists.apply_changes(result.list_id)} meeting(s) in your week, from their next date on.")
        elif result.changes:
            print("Nothing in your week was changed; run again with --update-added to update them.")
        return 0
    if args.meetings_command == "add":
        list_id, meeting = lists.find(args.slug, _meeting_list_id(services, args.list_name))
        event_id = lists.add_to_week(list_id, meeting.slug)
        print(f"Added “{meeting.name}” to your week, every {_days_text(meeting.days)} (event {event_id}).")
        return 0
    return _list_meetings(args, services)


def _days_text(days: tuple[int, ...]) -> str:
    from recoverybox.core.meetings.feed import DAY_NAMES

    return ", ".join(DAY_NAMES[day] for day in days)


def _list_meetings(args: Namespace, services: Services) -> int:
    from recoverybox.core.meetings.feed import DAY_NAMES
    from recoverybox.core.meetings.kept import MeetingFilter, filter_listings
    from recoverybox.core.meetings.type_codes import type_code, type_words

    lists = services.meeting_lists
    if not lists.lists():
        return fail("no meeting list is kept yet; load one with `recoverybox meetings load FILE|URL`.")
    wanted = MeetingFilter(
        day=args.day,
        attendance="online" if args.online else "in_person" if args.in_person else "both",
        types=frozenset(type_code(code) for code in args.types),
        text=args.text,
    )
    found = filter_listings(lists.listings(_meeting_list_id(services, args.list_name)), wanted)
    zone = services.zone
    if args.json:
        # Written a meeting at a time (the same text as one json.dumps of the whole list): 50,000 meetings
        # never stand in memory twice over as dicts and one long string.
        out = sys.stdout
        out.write("[")
        for index, listing in enumerate(found):
            meeting = listing.meeting
            row = {
                "slug": meeting.slug,
                "name": meeting.name,
                "day": listing.user_day,
                "time": f"{listing.start:%H:%M}",
                "end_time": f"{listing.end:%H:%M}",
                "timezone": zone.key,
                "meeting_day": listing.day,
                "meeting_time": f"{meeting.time:%H:%M}",
                "meeting_end_time": f"{meeting.end_time:%H:%M}",
                "meeting_timezone": meeting.timezone,
                "types": list(meeting.types),
                "online": meeting.online,
                "in_person": meeting.in_person,
                "temporarily_closed": meeting.closed,
                "conference_url": meeting.conference_url or None,
                "conference_phone": meeting.conference_phone or None,
                "location": meeting.location or None,
                "address": meeting.address or None,
                "region": meeting.region or None,
            }
            text = json.dumps(row, indent=2, ensure_ascii=False).replace("\n", "\n  ")
            out.write(("," if index else "") + "\n  " + text)
        out.write("\n]\n" if found else "]\n")
        return 0
    print(f"{len(found)} meeting time(s), in {zone.key}:")
    for listing in found:
        meeting = listing.meeting
        when = f"{DAY_NAMES[listing.user_day][:3]} {listing.start:%H:%M}–{listing.end:%H:%M}"
        own = f" ({DAY_NAMES[listing.day][:3]} {meeting.time:%H:%M} {meeting.timezone})" if listing.other_zone else ""
        where = "online" if meeting.online and not meeting.in_person else meeting.address or meeting.location
        closed = " [temporarily closed]" if meeting.closed else ""
        print(f"  {when}{own}  {meeting.name}{closed}  ·  {where}  ·  {type_words(meeting.types)}  [{meeting.slug}]")
    return 0


def protect(args: Namespace) -> int:
    """``protect on`` / ``protect off`` / ``protect change``: what Settings › Privacy does."""
    app_paths = resolve_paths(args)
    try:
        with data_folder_lock(app_paths):
            return _protect(args.protect_command, app_paths)
    except InUse:
        return fail(IN_USE)
    except ValidationError as exc:
        return fail(exc.message)
    except OSError as exc:
        return fail(f"nothing changed: {exc.strerror or exc}.")


def _protect(command: str, app_paths: paths.AppPaths) -> int:
    from recoverybox.core.protection.service import LOSS_WARNING

    guard = protection(app_paths)
    guard.tidy()
    if command == "on":
        if guard.is_on():
            return fail("your data is already protected.")
        print(LOSS_WARNING, file=sys.stderr)
        passphrase = read_secret("New passphrase (at least 8 characters): ", PASSPHRASE_FILE, confirm=True)
        _key, recovery = guard.turn_on(passphrase)
        print("Your data is now protected. Your recovery key (shown this once; write it down or print it):")
        print(f"\n    {recovery}\n")
        print("It opens your data if you forget your passphrase. Keep it away from this computer.")
        return 0
    if not guard.is_on():
        return fail("your data is not protected.")
    key = guard.unlock(read_secret("Passphrase: ", PASSPHRASE_FILE))
    if command == "off":
        guard.turn_off(key)
        print("Protection is off: your data and its backups are plain files again.")
    else:
        new = read_secret("New passphrase: ", NEW_PASSPHRASE_FILE, confirm=True)
        guard.change_passphrase(key, new)
        print("Passphrase changed. Your recovery key is the same as before.")
    return 0


def unlock_test(args: Namespace) -> int:
    """Exit 0 when the passphrase opens the data (and the data opens), else one line and exit 2."""
    app_paths = resolve_paths(args)
    guard = protection(app_paths)
    if not guard.is_on():
        return fail("your data is not protected, so there is nothing to unlock.")
    try:
        key = guard.unlock(read_secret("Passphrase: ", PASSPHRASE_FILE))
        from recoverybox.core.storage.db import stored_revision

        stored_revision(app_paths.db_file, key)
    except ValidationError as exc:
        return fail(exc.message)
    except DatabaseError as exc:
        return fail(exc.reason)
    print("The passphrase opens your data.")
    return 0


def _occurrence_json(occ, zone) -> dict[str, object]:  # noqa: ANN001 (an Occurrence, a ZoneInfo)
    return {
        "event_id": occ.event_id,
        "title": occ.title,
        "kind": occ.kind,
        "fellowship": occ.fellowship,
        "start": occ.local_start(zone).isoformat(),
        "end": occ.local_end(zone).isoformat(),
        "event_timezone": occ.tz,
        "all_day": occ.all_day,
        "location": occ.location,
        "online_url": occ.online_url,
        "recurring": occ.recurring,
        "changed": occ.changed,
        "meeting_status": occ.mark if occ.mark in ("closed", "vanished") else None,
        "conflict_copy": occ.mark == "conflict",
    }


SYNC_PASSWORD_FILE = "RECOVERYBOX_SYNC_PASSWORD_FILE"


def sync(args: Namespace) -> int:
    """``sync setup URL --user NAME [--calendar NAME]``, ``sync`` (one sync now) and ``sync off``."""
    return _sync_commands(args)


@with_services(writes=lambda args: True)
def _sync_commands(args: Namespace, services: Services) -> int:
    from recoverybox.core.base.net import printable
    from recoverybox.core.sync import secrets as sync_secrets
    from recoverybox.core.sync.caldav_client import SyncFailure
    from recoverybox.core.sync.service import run_sync

    service = services.sync
    try:
        if args.sync_command == "setup":
            return _sync_setup(args, service)
        account = service.account()
        if args.sync_command == "conflicts":
            return _list_conflicts(service)
        if args.sync_command == "resolve":
            conflict = service.resolve(args.uid, args.keep)
            kept = "this computer's version" if args.keep == "mine" else "the server's version"
            print(f"Kept {kept} of “{printable(conflict.original_title or conflict.title, 80)}”; the copy is gone.")
            if args.keep == "mine":
                print("The next sync sends it to the server.")
            return 0
        if args.sync_command == "deleted":
            return _list_deleted(service)
        if args.sync_command == "bring-back":
            count = service.bring_back(args.uids or None)
            print(f"{count} event(s) back in your calendar; the next sync sends them to the server again.")
            return 0
        if args.sync_command == "off":
            if account is None:
                return fail("calendar sync is not on.")
            service.turn_off()
            sync_secrets.forget_password(account.server_url, account.user)
            print("Calendar sync is off. Your events stay here and on the server; nothing more is sent.")
            return 0
        if account is None:
            return fail("calendar sync is not set up: run `recoverybox sync setup URL --user NAME` first.")
        password = "" if account.no_password else _sync_password(account.server_url, account.user)

        def connect(account):  # noqa: ANN001, ANN202
            return account.connection(password)

        result = run_sync(services.sync, connect, allow_mass_delete=getattr(args, "allow_mass_delete", False))
    except SyncFailure as failure:
        if failure.kind == "mass-delete":
            return fail(failure.message + " To allow it: recoverybox sync --allow-mass-delete")
        return fail(failure.message)
    except ValidationError as problem:
        return fail(problem.message)
    print(f"Synced with “{account.calendar_name}”: {result.summary()}.")
    if service.conflicts():
        print(f"{len(service.conflicts())} conflict(s) wait for you: recoverybox sync conflicts")
    return 0


def _sync_setup(args: Namespace, service) -> int:  # noqa: ANN001 (a SyncService)
    """``sync setup URL [--user NAME] [--calendar NAME] [--trust-fingerprint SHA256] [--no-password]``."""
    from recoverybox.core.sync import secrets as sync_secrets
    from recoverybox.core.sync.caldav_client import (
        CalDavConnection,
        SyncFailure,
        check_server_url,
        normalise_fingerprint,
    )
    from recoverybox.core.sync.service import choose_calendar

    check_server_url(args.url)  # a SyncFailure: said by the caller
    if not args.user and not args.no_password:
        return fail("give your user name on the server with --user NAME (or --no-password if it asks for none).")
    pinned = normalise_fingerprint(args.trust_fingerprint) if args.trust_fingerprint else None
    password = (
        ""
        if args.no_password
        else read_secret(
            f"Password for {args.user} at {args.url}: ",
            SYNC_PASSWORD_FILE,
            needed="Type the server password (or app password) at a terminal",
        )
    )
    try:
        with CalDavConnection(args.url, args.user, password, pinned=pinned) as connection:
            name, url = choose_calendar(connection.calendars(), args.calendar)
            if url is None:
                url = connection.create_calendar(name)
                print(f"Made a calendar called “{name}” on the server.")
    except SyncFailure as failure:
        if failure.kind == "certificate" and failure.fingerprint and not pinned:
            who = "--no-password" if args.no_password else f"--user {args.user}"
            return fail(
                failure.message
                + f"\nTo trust it: recoverybox sync setup {args.url} {who} --trust-fingerprint {failure.fingerprint}"
            )
        raise
    service.set_up(args.url, args.user, url, name, pinned_certificate=pinned, no_password=args.no_password)
    print(f"Calendar sync is on, with “{name}” ({url}).")
    if pinned:
        print("Only the server's certificate you trusted is accepted; a changed one is refused.")
    if args.no_password:
        print("The server asks for no password, so none is kept.")
    else:
        kept = sync_secrets.store_password(args.url, args.user, password)
        print(
            "The password is kept in your system keyring."
            if kept
            else f"No system keyring here: the password is not kept; give it in {SYNC_PASSWORD_FILE} each time."
        )
    print("Only calendar events are sent; goals, check-ins, the journal and contacts stay here.")
    return 0


def _list_conflicts(service) -> int:  # noqa: ANN001 (a SyncService)
    """``sync conflicts``: each event changed here and on the server at once, with what ends it."""
    from recoverybox.core.base.net import printable

    conflicts = service.conflicts()
    if not conflicts:
        print("No conflicts: every event is the same here and on the server.")
        return 0
    uids = service.conflict_uids()
    for conflict in conflicts:
        when = conflict.start_utc.astimezone(service.time.zone).strftime("%a %d %b %Y %H:%M")
        _own, original = uids.get(conflict.copy_id, ("", ""))
        theirs = printable(conflict.original_title or "(deleted on the server)", 80)
        print(f"  {when}  mine: “{printable(conflict.title, 80)}”  theirs: “{theirs}”  {original}")
    print("The copies stay on this computer until you choose. End one with:")
    print("  recoverybox sync resolve UID --keep mine|theirs")
    return 0


def _list_deleted(service) -> int:  # noqa: ANN001 (a SyncService)
    """``sync deleted``: the events a sync set aside, newest first, with what brings each back."""
    from recoverybox.core.base.net import printable

    found = service.deleted_by_sync()
    if not found:
        print("No events were deleted by a sync.")
        return 0
    for item in found:
        when = item.start_utc.astimezone().strftime("%a %d %b %Y %H:%M")
        print(f"  {when}  {printable(item.title, 80)}  (deleted on the server {item.deleted_at:%d %b %Y})  {item.uid}")
    print("Bring them back with: recoverybox sync bring-back [UID …]")
    return 0


def _sync_password(server_url: str, user: str) -> str:
    """The sync password: from ``RECOVERYBOX_SYNC_PASSWORD_FILE`` when set, else the keyring, else the terminal."""
    import os

    from recoverybox.core.sync import secrets as sync_secrets

    if not os.environ.get(SYNC_PASSWORD_FILE):
        kept = sync_secrets.stored_password(server_url, user)
        if kept is not None:
            return kept
    return read_secret(
        f"Password for {user} at {server_url}: ",
        SYNC_PASSWORD_FILE,
        needed="No password is kept for calendar sync here: type it at a terminal",
    )


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
