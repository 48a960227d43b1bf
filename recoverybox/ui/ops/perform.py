"""Every change a person makes goes through ``perform`` (after Anki's ``CollectionOp``).

``perform(parent, write)`` runs one core write now; ``perform(parent, work, title=...)`` runs long work off the
GUI thread with a progress dialog and Cancel (``Operation``). Either way a problem the person can act on (a
``UserError``, a file error) is shown in one place, in words from ``ops.words``, and the ``Changes`` the write
returns go to everyone listening on ``changes_hub()``: every view decides itself whether it shows any of it;
reminders and the calendar sync look at the same object. Nobody types by hand what changed.

    perform(self, lambda: self.services.goals.check_in(goal.id, day))
    perform(self, lambda report: services.ics.import_file(path, report), title="Importing…", on_done=show)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, overload

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from recoverybox.core.base.changes import NOTHING, Changes
from recoverybox.core.base.errors import UserError
from recoverybox.core.base.work import Report
from recoverybox.i18n.qt import translate
from recoverybox.ui.ops.operation import Operation
from recoverybox.ui.ops.words import words
from recoverybox.ui.widgets import plain

T = TypeVar("T")


class ChangesHub(QObject):
    """Where the changes of every write are announced, one per application."""

    changed = Signal(object, object)  # (Changes, the widget whose action wrote them, or None)


_hub: list[ChangesHub] = []


def changes_hub() -> ChangesHub:
    """The application's hub (made with the application, gone with it)."""
    app = QCoreApplication.instance()
    try:
        current = _hub[0] if _hub and _hub[0].parent() is app else None
    except RuntimeError:  # the hub went with an earlier application
        current = None
    if current is None:
        current = ChangesHub(app)
        _hub[:] = [current]
    return current


def changes_of(result: object) -> Changes:
    """What a write's result says it changed: a ``Changes``, or a summary carrying one (``.changes``)."""
    if isinstance(result, Changes):
        return result
    found = getattr(result, "changes", None)
    if isinstance(found, Changes):
        return found
    if isinstance(result, tuple):
        return next((part for part in result if isinstance(part, Changes)), NOTHING)
    return NOTHING


def announce(changes: Changes, writer: QWidget | None = None) -> None:
    """Tell every listener what changed (nothing is said for no change)."""
    if changes:
        changes_hub().changed.emit(changes, writer)


@overload
def perform(
    parent: QWidget | None,
    write: Callable[[], T],
    *,
    failure_title: str | None = None,
    on_done: Callable[[T], None] | None = None,
    on_problem: Callable[[UserError | OSError], None] | None = None,
) -> T | None: ...


@overload
def perform(
    parent: QWidget | None,
    write: Callable[[Report], T],
    *,
    title: str,
    failure_title: str | None = None,
    on_done: Callable[[T], None] | None = None,
    on_problem: Callable[[UserError | OSError], None] | None = None,
    cancellable: bool = True,
    quiet: bool = False,
    pool: QThreadPool | None = None,
) -> Operation: ...


def perform(
    parent: QWidget | None,
    write: Callable[..., Any],
    *,
    title: str | None = None,
    failure_title: str | None = None,
    on_done: Callable[[Any], None] | None = None,
    on_problem: Callable[[UserError | OSError], None] | None = None,
    cancellable: bool = True,
    quiet: bool = False,
    pool: QThreadPool | None = None,
) -> Any:
    """Run ``write`` and announce what it changed; see the module's text.

    Without ``title`` the write runs now and its result comes back (None when it failed and the person was
    told why: in a dialog, or by ``on_problem(error)`` where the form says it in its own status line). An
    SQLite error on the way is the ``DatabaseError`` it means for the person. With ``title`` it runs on a
    worker (``write(report)``) and the running ``Operation`` comes back. ``on_done(result)`` follows success
    either way, after the changes are announced."""
    failure = failure_title or QCoreApplication.translate("perform", "Not saved")
    if title is None:
        try:
            result = write()
        except Exception as raised:
            error = _as_problem(raised)
            if error is None:
                raise
            if on_problem is not None:
                on_problem(error)
            else:
                show_failure(parent, failure, error)
            return None
        announce(changes_of(result), parent)
        if on_done is not None:
            on_done(result)
        return result

    def succeeded(result: object) -> None:
        announce(changes_of(result), parent)
        if on_done is not None:
            on_done(result)

    def failed(raised: Exception) -> None:
        error = _as_problem(raised)
        if error is not None and on_problem is not None:
            on_problem(error)
        else:
            show_failure(parent, failure, error or raised)

    operation = Operation(parent, title, write, cancellable=cancellable, pool=pool, quiet=quiet)
    operation.succeeded.connect(succeeded)
    operation.failed.connect(failed)
    operation.cancelled.connect(lambda: _say(parent, translate("Operation", "Cancelled: nothing was changed.")))
    return operation.start()


def _as_problem(error: Exception) -> UserError | OSError | None:
    """A problem the person can act on (an SQLite error as the ``DatabaseError`` it means), or None: a bug."""
    if isinstance(error, UserError | OSError):
        return error
    if type(error).__module__.startswith("sqlalchemy"):
        from sqlalchemy.exc import OperationalError

        from recoverybox.core.storage.db import database_error

        if isinstance(error, OperationalError):
            return database_error(error)
    return None


def show_failure(parent: QWidget | None, title: str, error: BaseException) -> None:
    """A problem the person can act on, in words; anything else is a bug, for the error dialog and the log."""
    if isinstance(error, UserError | OSError):
        plain.warning(parent, title, words(error))
        return
    import sys

    sys.excepthook(type(error), error, error.__traceback__)


def _say(parent: QWidget | None, text: str) -> None:
    if parent is None:
        return
    window = parent.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(text, 8000)
