"""What every command shares: the data folder and its lock, opening the data (asking for the passphrase of
protected data), secrets read from a terminal or a file, and one clear line on failure."""

from __future__ import annotations

import contextlib
import functools
import sys
from argparse import Namespace
from collections.abc import Callable
from datetime import date

from recoverybox import paths
from recoverybox.cli.speech import problem, translate, use_data_folder
from recoverybox.core.app.opening import open_database
from recoverybox.core.app.services import Services
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, UserError
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.storage.db import DatabaseError


def resolve_paths(args: Namespace) -> paths.AppPaths:
    """The data folder for a command, with logging on and loosened permissions repaired (and logged)."""
    from recoverybox import logging_setup

    app_paths = paths.resolve(args.data_dir)
    use_data_folder(app_paths.data_dir, app_paths.db_file)  # its stored language choice counts from here
    with contextlib.suppress(OSError):  # no log file (a read-only log folder) is no reason to stop
        logging_setup.configure(app_paths.log_dir)
    app_paths.repair_permissions()
    return app_paths


def open_services(app_paths: paths.AppPaths, locked: bool = False) -> Services:
    """The services over the data; protected data first asks for the passphrase (``data_key``).

    ``locked``: this command holds the data folder's lock, so what an interrupted conversion left may be
    tidied first (never without the lock: the app may be converting right now).
    """

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
            raise ValidationError(
                "passphrase",
                QT_TRANSLATE_NOOP("errors", "{env_var} names a file that cannot be read ({exc})."),
                env_var=env_var,
                exc=exc,
            ) from None
    if not sys.stdin.isatty():
        raise ValidationError(
            "passphrase",
            (needed or "Your data is protected: type the passphrase at a terminal") + f", or name a file in {env_var}.",
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != first:
        raise ValidationError(
            "passphrase", QT_TRANSLATE_NOOP("errors", "The two passphrases are not the same; nothing changed.")
        )
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


class InUse(UserError):
    """The app, or another command that changes the data, holds the data folder's lock."""

    code = "in-use"

    def __init__(self) -> None:
        super().__init__(IN_USE)


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
        return fail(problem(exc))
    try:
        return command(args, services)
    except ValidationError as exc:
        return fail(problem(exc))
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

    print(translate("CLI", "recoverybox: {value}").format(value=printable(message, limit=4000)), file=sys.stderr)
    return 2
