"""``recoverybox sync``: set up, run, list conflicts and deletions, turn off. No Qt here."""

from __future__ import annotations

from argparse import Namespace

from recoverybox.cli.common import fail, read_secret, with_services
from recoverybox.cli.speech import problem, translate
from recoverybox.core.app.services import Services
from recoverybox.core.base.validation import ValidationError

SYNC_PASSWORD_FILE = "RECOVERYBOX_SYNC_PASSWORD_FILE"


def sync(args: Namespace) -> int:
    """``sync setup URL --user NAME [--calendar NAME]``, ``sync`` (one sync now) and ``sync off``."""
    return _sync_commands(args)


@with_services(writes=lambda args: True)
def _sync_commands(args: Namespace, services: Services) -> int:
    from recoverybox.core.base.net import printable
    from recoverybox.core.sync import secrets as sync_secrets
    from recoverybox.core.sync.failures import SyncFailure
    from recoverybox.core.sync.service import run_sync

    service = services.sync
    try:
        if args.sync_command == "setup":
            return _sync_setup(args, service)
        account = service.account()
        if args.sync_command == "conflicts":
            return _list_conflicts(service)
        if args.sync_command == "resolve":
            conflict, _changes = service.resolve(args.uid, args.keep)
            kept = (
                translate("CLI", "this computer's version")
                if args.keep == "mine"
                else translate("CLI", "the server's version")
            )
            print(
                translate("CLI", "Kept {kept} of “{value}”; the copy is gone.").format(
                    kept=kept, value=printable(conflict.original_title or conflict.title, 80)
                )
            )
            if args.keep == "mine":
                print(translate("CLI", "The next sync sends it to the server."))
            return 0
        if args.sync_command == "deleted":
            return _list_deleted(service)
        if args.sync_command == "bring-back":
            count = len(service.bring_back(args.uids or None).ids)
            print(
                translate(
                    "CLI",
                    "%n event(s) back in your calendar; the next sync sends them to the server again.",
                    None,
                    count,
                )
            )
            return 0
        if args.sync_command == "off":
            if account is None:
                return fail(translate("CLI", "calendar sync is not on."))
            service.turn_off()
            sync_secrets.forget_password(account.server_url, account.user)
            print(
                translate("CLI", "Calendar sync is off. Your events stay here and on the server; nothing more is sent.")
            )
            return 0
        if account is None:
            return fail(
                translate("CLI", "calendar sync is not set up: run `recoverybox sync setup URL --user NAME` first.")
            )
        password = "" if account.no_password else _sync_password(account.server_url, account.user)

        def connect(account):  # noqa: ANN001, ANN202
            return account.connection(password)

        result = run_sync(services.sync, connect, allow_mass_delete=getattr(args, "allow_mass_delete", False))
    except SyncFailure as failure:
        if failure.kind == "mass-delete":
            return fail(problem(failure) + translate("CLI", " To allow it: recoverybox sync --allow-mass-delete"))
        return fail(problem(failure))
    except ValidationError as error:
        return fail(problem(error))
    print(
        translate("CLI", "Synced with “{calendar_name}”: {value}.").format(
            calendar_name=account.calendar_name, value=_summary(result)
        )
    )
    waiting = len(service.conflicts())
    if waiting:
        print(translate("CLI", "%n conflict(s) to settle: recoverybox sync conflicts", None, waiting))
    return 0


def _sync_setup(args: Namespace, service) -> int:  # noqa: ANN001 (a SyncService)
    """``sync setup URL [--user NAME] [--calendar NAME] [--trust-fingerprint SHA256] [--no-password]``."""
    from recoverybox.core.sync import secrets as sync_secrets
    from recoverybox.core.sync.account import choose_calendar
    from recoverybox.core.sync.caldav_client import CalDavConnection, check_server_url
    from recoverybox.core.sync.certificates import normalise_fingerprint
    from recoverybox.core.sync.failures import SyncFailure

    check_server_url(args.url)  # a SyncFailure: said by the caller
    if not args.user and not args.no_password:
        return fail(
            translate(
                "CLI", "give your user name on the server with --user NAME (or --no-password if it asks for none)."
            )
        )
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
                print(translate("CLI", "Made a calendar called “{name}” on the server.").format(name=name))
    except SyncFailure as failure:
        if failure.kind == "certificate" and failure.fingerprint and not pinned:
            who = "--no-password" if args.no_password else f"--user {args.user}"
            return fail(
                failure.message
                + f"\nTo trust it: recoverybox sync setup {args.url} {who} --trust-fingerprint {failure.fingerprint}"
            )
        raise
    service.set_up(args.url, args.user, url, name, pinned_certificate=pinned, no_password=args.no_password)
    print(translate("CLI", "Calendar sync is on, with “{name}” ({url}).").format(name=name, url=url))
    if pinned:
        print(translate("CLI", "Only the server's certificate you trusted is accepted; a changed one is refused."))
    if args.no_password:
        print(translate("CLI", "The server asks for no password, so none is kept."))
    else:
        kept = sync_secrets.store_password(args.url, args.user, password)
        print(
            "The password is kept in your system keyring."
            if kept
            else f"No system keyring here: the password is not kept; give it in {SYNC_PASSWORD_FILE} each time."
        )
    print(translate("CLI", "Only calendar events are sent; goals, check-ins, the journal and contacts stay here."))
    return 0


def _list_conflicts(service) -> int:  # noqa: ANN001 (a SyncService)
    """``sync conflicts``: each event changed here and on the server at once, with what ends it."""
    from recoverybox.core.base.net import printable

    conflicts = service.conflicts()
    if not conflicts:
        print(translate("CLI", "No conflicts: every event is the same here and on the server."))
        return 0
    uids = service.conflict_uids()
    for conflict in conflicts:
        when = conflict.start_utc.astimezone(service.time.zone).strftime("%a %d %b %Y %H:%M")
        _own, original = uids.get(conflict.copy_id, ("", ""))
        theirs = printable(conflict.original_title or "(deleted on the server)", 80)
        print(
            translate("CLI", "  {when}  mine: “{value}”  theirs: “{theirs}”  {original}").format(
                when=when, value=printable(conflict.title, 80), theirs=theirs, original=original
            )
        )
    print(translate("CLI", "The copies stay on this computer until you choose. End one with:"))
    print(translate("CLI", "  recoverybox sync resolve UID --keep mine|theirs"))
    return 0


def _list_deleted(service) -> int:  # noqa: ANN001 (a SyncService)
    """``sync deleted``: the events a sync set aside, newest first, with what brings each back."""
    from recoverybox.core.base.net import printable

    found = service.deleted_by_sync()
    if not found:
        print(translate("CLI", "No events were deleted by a sync."))
        return 0
    for item in found:
        when = item.start_utc.astimezone().strftime("%a %d %b %Y %H:%M")
        print(
            translate("CLI", "  {when}  {value}  (deleted on the server {deleted_at:%d %b %Y})  {uid}").format(
                when=when, value=printable(item.title, 80), deleted_at=item.deleted_at, uid=item.uid
            )
        )
    print(translate("CLI", "Bring them back with: recoverybox sync bring-back [UID …]"))
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


def _summary(result) -> str:  # noqa: ANN001 (a SyncResult)
    from recoverybox.cli.speech import said

    def made(result) -> str:  # noqa: ANN001
        from recoverybox.ui.ops.words import sync_summary

        return sync_summary(result)

    return said(made, result)
