"""Commands on the data as a whole or its calendar: agenda, .ics, backup, restore, export, import, demo and
protection. No Qt here."""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from datetime import date, timedelta

from recoverybox import paths
from recoverybox.cli.common import (
    IN_USE,
    NEW_PASSPHRASE_FILE,
    PASSPHRASE_FILE,
    InUse,
    data_folder_lock,
    data_key,
    fail,
    protection,
    read_secret,
    resolve_paths,
    warn_if_readable,
    with_services,
)
from recoverybox.cli.speech import day_text, import_notes_text, problem, said, translate
from recoverybox.core.app.opening import open_database
from recoverybox.core.app.services import Services
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.calendar.events import iso_week_monday
from recoverybox.core.storage.db import DatabaseError


@with_services(writes=lambda args: args.ics_command == "import")
def ics(args: Namespace, services: Services) -> int:
    """``ics import FILE`` / ``ics export FILE [--from DATE --to DATE]``."""
    from datetime import date

    if args.ics_command == "import":
        from recoverybox.ui.ops.words import import_counts

        summary = services.ics.import_file(args.file)
        print(said(import_counts, summary.created, summary.updated))
        notes = import_notes_text(summary)
        if notes:
            print(notes)
        return 0
    try:
        first = date.fromisoformat(args.first) if args.first else None
        last = date.fromisoformat(args.last) if args.last else None
    except ValueError:
        raise ValidationError("date", QT_TRANSLATE_NOOP("errors", "Dates look like 2026-12-01.")) from None
    warn_if_readable(services)
    count = services.ics.export_file(args.file, first, last)
    print(translate("CLI", "Exported %n event(s) to {file}.", None, count).format(file=args.file))
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
            return fail(translate("CLI", "give either --week or --from/--to, not both."))
        try:
            first = date.fromisoformat(first_text) if first_text else services.today()
            last = date.fromisoformat(last_text) if last_text else first + timedelta(days=6)
        except ValueError:
            return fail(translate("CLI", "dates look like 2026-12-01."))
        if last < first:
            return fail(translate("CLI", "--to ({last}) is before --from ({first}).").format(last=last, first=first))
        if (last - first).days >= MAX_AGENDA_DAYS:
            return fail(
                translate("CLI", "a range can be up to {MAX_AGENDA_DAYS} days; split a longer one.").format(
                    MAX_AGENDA_DAYS=MAX_AGENDA_DAYS
                )
            )
        occurrences = services.calendar.days(first, (last - first).days + 1, zone)
        head: dict[str, object] = {"from": first.isoformat(), "to": last.isoformat(), "timezone": zone.key}
        title = translate("CLI", "{first} – {last}, {zone}").format(
            first=day_text(first, "%a %d %b %Y", "ddd dd MMM yyyy"),
            last=day_text(last, "%a %d %b %Y", "ddd dd MMM yyyy"),
            zone=zone.key,
        )
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
        title = translate("CLI", "Week {week} ({first} – {last}), {zone}").format(
            week=head["week"],
            first=day_text(monday, "%a %d %b", "ddd dd MMM"),
            last=day_text(sunday, "%a %d %b %Y", "ddd dd MMM yyyy"),
            zone=zone.key,
        )
    if args.json:
        payload = {**head, "occurrences": [_occurrence_json(occ, zone) for occ in occurrences]}
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 0
    print(title)
    if not occurrences:
        if "week" in head:
            print(translate("CLI", "  Nothing planned this week."))
        else:
            print(translate("CLI", "  Nothing planned on these days."))
    current = None
    for occ in occurrences:
        start, end = occ.local_start(zone), occ.local_end(zone)
        if start.date() != current:
            current = start.date()
            print("\n" + day_text(start, "%A %d %B", "dddd dd MMMM"))
        when = translate("CLI", "all day") if occ.all_day else f"{start:%H:%M}–{end:%H:%M}"
        where = occ.location or occ.online_url or ""
        marks = {
            "closed": translate("CLI", "  [temporarily closed]"),
            "vanished": translate("CLI", "  [no longer in its meeting list]"),
        }
        mark = marks.get(occ.mark or "", "")
        print(f"  {when:13} {occ.title}" + (f"  ({where})" if where else "") + mark)
    return 0


def backup(args: Namespace) -> int:
    from datetime import date

    from recoverybox.core.storage.backup import BackupService

    app_paths = resolve_paths(args)
    if not app_paths.db_file.exists():
        return fail(translate("CLI", "there is no data to back up yet."))
    try:
        key = data_key(app_paths)
    except ValidationError as exc:
        return fail(problem(exc))
    path = BackupService(app_paths.db_file, app_paths.backup_dir, key).backup_now(date.today(), label="manual")
    print(translate("CLI", "Backed up to {path}").format(path=path))
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
        return fail(problem(exc))
    print("Restored." + (f" Your previous data is kept as {kept}" if kept else ""))
    return 0


@with_services
def export(args: Namespace, services: Services) -> int:
    from pathlib import Path

    from recoverybox.core.export.everything import write_csv, write_json

    warn_if_readable(services)
    if args.format == "json":
        print(translate("CLI", "Exported to {value}").format(value=write_json(services.db, Path(args.dir))))
    else:
        written = write_csv(services.db, Path(args.dir))
        print(translate("CLI", "Exported {value} CSV files to {dir}").format(value=len(written), dir=args.dir))
    return 0


@with_services(writes=lambda args: True)
def import_json(args: Namespace, services: Services) -> int:
    from pathlib import Path

    from recoverybox.core.export.everything import import_json as load

    counts = load(services.db, Path(args.file))
    rows = sum(counts.values())
    print(translate("CLI", "Imported %n row(s).", None, rows))
    return 0


def demo(args: Namespace) -> int:
    """Write ``--years`` of generated demo data into an empty folder, with no window (for benchmarks, trying out)."""
    from datetime import date
    from pathlib import Path

    from recoverybox.core.app.demo import generate

    years = args.years
    if not 1 <= years <= 30:
        return fail(translate("CLI", "--years must be a whole number from 1 to 30."))
    target = Path(args.dir)
    if target.exists() and any(target.iterdir()):
        return fail(
            translate("CLI", "{target} is not empty; demo data goes only into a new or empty folder.").format(
                target=target
            )
        )
    app_paths = paths.resolve(target)
    services = Services(open_database(app_paths.db_file, app_paths.backup_dir, date.today()))
    try:
        summary = generate(services, years=args.years)
        services.settings.set("first_run_done", True)
    finally:
        services.close()
    print(
        translate(
            "CLI",
            "Wrote %n year(s) of demo data to {target}: {events} events, {check_ins} check-ins, "
            "{journal_entries} journal entries, {goals} goals.",
            None,
            years,
        ).format(
            target=target,
            events=summary.events,
            check_ins=summary.check_ins,
            journal_entries=summary.journal_entries,
            goals=summary.goals,
        )
    )
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
        return fail(problem(exc))
    except OSError as exc:
        return fail(translate("CLI", "nothing changed: {value}.").format(value=exc.strerror or exc))


def _protect(command: str, app_paths: paths.AppPaths) -> int:
    from recoverybox.core.protection.service import LOSS_WARNING

    guard = protection(app_paths)
    guard.tidy()
    if command == "on":
        if guard.is_on():
            return fail(translate("CLI", "your data is already protected."))
        print(translate("PassphraseDialog", LOSS_WARNING), file=sys.stderr)
        passphrase = read_secret("New passphrase (at least 8 characters): ", PASSPHRASE_FILE, confirm=True)
        _key, recovery = guard.turn_on(passphrase)
        print(
            translate(
                "CLI", "Your data is now protected. Your recovery key (shown this once; write it down or print it):"
            )
        )
        print(f"\n    {recovery}\n")
        print(translate("CLI", "It opens your data if you forget your passphrase. Keep it away from this computer."))
        return 0
    if not guard.is_on():
        return fail(translate("CLI", "your data is not protected."))
    key = guard.unlock(read_secret("Passphrase: ", PASSPHRASE_FILE))
    if command == "off":
        guard.turn_off(key)
        print(translate("CLI", "Protection is off: your data and its backups are plain files again."))
    else:
        new = read_secret("New passphrase: ", NEW_PASSPHRASE_FILE, confirm=True)
        guard.change_passphrase(key, new)
        print(translate("CLI", "Passphrase changed. Your recovery key is the same as before."))
    return 0


def unlock_test(args: Namespace) -> int:
    """Exit 0 when the passphrase opens the data (and the data opens), else one line and exit 2."""
    app_paths = resolve_paths(args)
    guard = protection(app_paths)
    if not guard.is_on():
        return fail(translate("CLI", "your data is not protected, so there is nothing to unlock."))
    try:
        key = guard.unlock(read_secret("Passphrase: ", PASSPHRASE_FILE))
        from recoverybox.core.storage.db import stored_revision

        stored_revision(app_paths.db_file, key)
    except ValidationError as exc:
        return fail(problem(exc))
    except DatabaseError as exc:
        return fail(exc.reason)
    print(translate("CLI", "The passphrase opens your data."))
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
