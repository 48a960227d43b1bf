"""Long work off the GUI thread, so the window never freezes (after Anki's ``CollectionOp``/``QueryOp``).

``Operation(parent, title, work)`` runs ``work(report)`` on a ``QThreadPool`` worker. The work goes through
the services as any caller does, and every service call opens its own session, so the worker never shares
one with the GUI thread. ``report(done, total)`` moves a progress dialog that appears only if the work is
still running after 300 ms; its Cancel makes the next ``report`` raise ``Cancelled``, so an import rolls back
its one transaction and writes nothing. The result, an error or the cancellation comes back to the GUI
thread as a signal.

    op = Operation(window, "Importing the calendar…", lambda report: services.ics.import_file(path, report))
    op.succeeded.connect(show_summary)
    op.failed.connect(show_error)
    op.start()
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from recoverybox.core.base.work import Cancelled, Report

log = logging.getLogger("recoverybox.operations")
SHOW_AFTER_MS = 300
RUNNING: set[Operation] = set()  # kept alive until they finish, whoever started them


class _CollectorPause:
    """Python's cycle collector is off while any operation runs. Its full collections walk every object and
    hold the interpreter lock throughout; the thousands of objects an import or export makes set them off
    again and again, and each froze the window for 150-250 ms. Plain reference counting still frees what
    the work drops; cycles wait until the last operation ends. Used on the GUI thread only."""

    def __init__(self) -> None:
        self.holders = 0
        self.paused_by_us = False

    def hold(self) -> None:
        if self.holders == 0 and gc.isenabled():
            gc.disable()
            self.paused_by_us = True
        self.holders += 1

    def release(self) -> None:
        self.holders = max(self.holders - 1, 0)
        if self.holders == 0 and self.paused_by_us:
            self.paused_by_us = False
            gc.enable()


COLLECTOR = _CollectorPause()


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it, so every slot runs on the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal(object, object)  # (result, error)


class _Worker(QRunnable):
    def __init__(self, work: Callable[[Report], Any], relay: _Relay, stop: threading.Event):
        super().__init__()
        self.work, self.relay, self.stop = work, relay, stop
        self.thread_name = ""
        self.setAutoDelete(False)

    def report(self, done: int, total: int) -> None:
        if self.stop.is_set():
            raise Cancelled()
        self.relay.progressed.emit(int(done), max(int(total), 1))

    def run(self) -> None:
        self.thread_name = threading.current_thread().name
        try:
            result = self.work(self.report)  # a Cancel after its last report came too late: it is done
        except BaseException as error:  # handed to the GUI thread: never lost on a worker
            self.relay.finished.emit(None, error)
            return
        self.relay.finished.emit(result, None)


class Operation(QObject):
    """One piece of long work; see the module's description."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    done = Signal()  # after any of the three

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        work: Callable[[Report], Any],
        cancellable: bool = True,
        pool: QThreadPool | None = None,
        quiet: bool = False,
    ) -> None:
        """``quiet``: background work (a calendar sync) that never shows a progress dialog."""
        super().__init__(parent)
        self.title = title
        self.stop = threading.Event()
        self.relay = _Relay()
        self.relay.progressed.connect(self._on_progress)
        self.relay.finished.connect(self._on_finished)
        self.worker = _Worker(work, self.relay, self.stop)
        self.pool = pool or QThreadPool.globalInstance()
        self.running = False
        self.parent_widget = parent
        self.cancellable = cancellable
        self.dialog: QProgressDialog | None = None  # made only if the work outlasts SHOW_AFTER_MS
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(SHOW_AFTER_MS)
        self._show_timer.timeout.connect(self._show_dialog)
        self.last_progress = (0, 1)
        self.quiet = quiet
        self.stops_at_quit = False  # network work: cancelled at Quit (see ``cancel_at_quit``)

    def start(self) -> Operation:
        self.running = True
        RUNNING.add(self)
        COLLECTOR.hold()
        if not self.quiet:
            self._show_timer.start()
        self.pool.start(self.worker)
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next report; ``cancelled`` follows once it has."""
        self.stop.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Stopping…"))

    def _show_dialog(self) -> None:
        if not self.running:
            return
        dialog = QProgressDialog(self.title, self.tr("Cancel"), 0, 100, self.parent_widget)
        dialog.setObjectName("operationProgress")
        dialog.setWindowTitle(self.tr("RecoveryBox"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)  # nothing else changes the data meanwhile
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        if not self.cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(self._percent(*self.last_progress))
        dialog.show()
        self.dialog = dialog

    @staticmethod
    def _percent(done: int, total: int) -> int:
        return max(0, min(100, round(100 * done / total)))

    def _on_progress(self, done: int, total: int) -> None:
        self.last_progress = (done, total)
        if self.dialog is not None:
            self.dialog.setValue(self._percent(done, total))
        self.progressed.emit(done, total)

    def _on_finished(self, result: object, error: object) -> None:
        self.running = False
        COLLECTOR.release()
        self._show_timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        RUNNING.discard(self)
        if isinstance(error, Cancelled):
            self.cancelled.emit()
        elif isinstance(error, BaseException):
            if not isinstance(error, Exception):  # KeyboardInterrupt, SystemExit: not ours to swallow
                raise error
            log.info("%s failed: %s", self.title, type(error).__name__)
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        self.done.emit()


def cancel_at_quit() -> None:
    """Quit never waits on a server: every running network operation is cancelled. Its request is given up
    within a tenth of a second (``core.net.within``), so the worker thread, and the process, end at once."""
    for operation in list(RUNNING):
        if operation.stops_at_quit:
            operation.cancel()
