"""Command-line subcommands that need no display (agenda, …). No Qt here."""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from datetime import timedelta

from recoverybox import paths
from recoverybox.core.calendar import iso_week_monday
from recoverybox.core.db import DatabaseError, open_database
from recoverybox.core.services import Services
from recoverybox.core.validation import ValidationError


def open_services(args: Namespace) -> Services:
    from datetime import date

    app_paths = paths.resolve(args.data_dir)
    return Services(open_database(app_paths.db_file, app_paths.backup_dir, date.today()))


def ics(args: Namespace) -> int:
    """``ics import FILE`` / ``ics export FILE [--from DATE --to DATE]``."""
    from datetime import date

    try:
        services = open_services(args)
    except DatabaseError as exc:
        print(f"recoverybox: {exc.reason}", file=sys.stderr)
        return 2
    try:
        if args.ics_command == "import":
            summary = services.ics.import_file(args.file)
            print(f"Imported {summary.created} new and updated {summary.updated} existing event(s).")
        else:
            try:
                first = date.fromisoformat(args.first) if args.first else None
                last = date.fromisoformat(args.last) if args.last else None
            except ValueError:
                raise ValidationError("date", "Dates look like 2026-12-01.") from None
            count = services.ics.export_file(args.file, first, last)
            print(f"Exported {count} event(s) to {args.file}.")
    except ValidationError as exc:
        print(f"recoverybox: {exc.message}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"recoverybox: could not write {args.file} ({exc.strerror}).", file=sys.stderr)
        return 2
    finally:
        services.close()
    return 0


def agenda(args: Namespace) -> int:
    """Print the week's plan: occurrences in local time, sorted; ``--json`` for machines."""
    try:
        services = open_services(args)
    except DatabaseError as exc:
        print(f"recoverybox: {exc.reason}", file=sys.stderr)
        return 2
    try:
        monday = iso_week_monday(args.week, services.today())
        zone = services.zone
        occurrences = services.calendar.week(monday, zone)
    except ValidationError as exc:
        print(f"recoverybox: {exc.message}", file=sys.stderr)
        return 2
    finally:
        services.close()
    iso_year, iso_week, _ = monday.isocalendar()
    if args.json:
        payload = {
            "week": f"{iso_year}-W{iso_week:02d}",
            "timezone": zone.key,
            "start": monday.isoformat(),
            "end": (monday + timedelta(days=6)).isoformat(),
            "occurrences": [
                {
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
                }
                for occ in occurrences
            ],
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 0
    print(f"Week {iso_year}-W{iso_week:02d} ({monday:%a %d %b} – {monday + timedelta(days=6):%a %d %b %Y}), {zone.key}")
    if not occurrences:
        print("  Nothing planned this week.")
    current = None
    for occ in occurrences:
        start, end = occ.local_start(zone), occ.local_end(zone)
        if start.date() != current:
            current = start.date()
            print(f"\n{start:%A %d %B}")
        when = "all day" if occ.all_day else f"{start:%H:%M}–{end:%H:%M}"
        where = occ.location or occ.online_url or ""
        print(f"  {when:13} {occ.title}" + (f"  ({where})" if where else ""))
    return 0


def backup(args: Namespace) -> int:
    from datetime import date

    from recoverybox.core.backup import BackupService

    app_paths = paths.resolve(args.data_dir)
    if not app_paths.db_file.exists():
        print("recoverybox: there is no data to back up yet.", file=sys.stderr)
        return 2
    path = BackupService(app_paths.db_file, app_paths.backup_dir).backup_now(date.today(), label="manual")
    print(f"Backed up to {path}")
    return 0


def restore(args: Namespace) -> int:
    from datetime import datetime
    from pathlib import Path

    from recoverybox.core.backup import BackupService
    from recoverybox.core.instance_lock import AlreadyRunning, InstanceLock

    app_paths = paths.resolve(args.data_dir)
    lock = InstanceLock(app_paths.data_dir)
    try:
        lock.acquire()
    except AlreadyRunning:
        print(
            "recoverybox: RecoveryBox is open on this data. Close it first, or use File > Restore in the app.",
            file=sys.stderr,
        )
        return 2
    try:
        kept = BackupService(app_paths.db_file, app_paths.backup_dir).restore(Path(args.file), datetime.now())
    except ValidationError as exc:
        print(f"recoverybox: {exc.message}", file=sys.stderr)
        return 2
    finally:
        lock.release()
    print("Restored." + (f" Your previous data is kept as {kept}" if kept else ""))
    return 0


def export(args: Namespace) -> int:
    from pathlib import Path

    from recoverybox.core.export import write_csv, write_json

    try:
        services = open_services(args)
    except DatabaseError as exc:
        print(f"recoverybox: {exc.reason}", file=sys.stderr)
        return 2
    try:
        if args.format == "json":
            print(f"Exported to {write_json(services.db, Path(args.dir))}")
        else:
            written = write_csv(services.db, Path(args.dir))
            print(f"Exported {len(written)} CSV files to {args.dir}")
    finally:
        services.close()
    return 0


def import_json(args: Namespace) -> int:
    from pathlib import Path

    from recoverybox.core.export import import_json as load

    try:
        services = open_services(args)
    except DatabaseError as exc:
        print(f"recoverybox: {exc.reason}", file=sys.stderr)
        return 2
    try:
        counts = load(services.db, Path(args.file))
    except ValidationError as exc:
        print(f"recoverybox: {exc.message}", file=sys.stderr)
        return 2
    finally:
        services.close()
    print(f"Imported {sum(counts.values())} rows.")
    return 0


COMMANDS = {
    "agenda": agenda,
    "ics": ics,
    "backup": backup,
    "restore": restore,
    "export": export,
    "import-json": import_json,
}
