"""Suite-wide guards: offscreen Qt, no network, and shared fixtures."""

from __future__ import annotations

import os
import socket
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests must not depend on the machine's zone; each test that cares sets its own.
os.environ["TZ"] = "Europe/London"

from recoverybox.core.clock import FixedClock  # noqa: E402
from recoverybox.core.db import open_memory  # noqa: E402
from recoverybox.core.services import Services  # noqa: E402

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


class NetworkUsed(AssertionError):
    """Raised when code under test tries to reach another host."""


def _guard(sock: socket.socket, address: object) -> None:
    if sock.family == getattr(socket, "AF_UNIX", None):
        return
    raise NetworkUsed(f"RecoveryBox must never connect anywhere; tried {address!r}")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any socket connect other than a local (AF_UNIX) socket fails the test."""

    def connect(self: socket.socket, address: object) -> None:
        _guard(self, address)
        return _real_connect(self, address)

    def connect_ex(self: socket.socket, address: object) -> int:
        _guard(self, address)
        return _real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)

    def create_connection(address: object, *args: object, **kwargs: object) -> socket.socket:
        raise NetworkUsed(f"RecoveryBox must never connect anywhere; tried {address!r}")

    monkeypatch.setattr(socket, "create_connection", create_connection)


@pytest.fixture(autouse=True)
def private_config_home(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory):
    """The login entry (``autostart/``) and any other config a test writes go to a folder of its own."""
    home = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


@pytest.fixture
def clock() -> FixedClock:
    """Friday 27 November 2026, 12:00 UTC (noon in London)."""
    return FixedClock(datetime(2026, 11, 27, 12, 0, tzinfo=UTC))


@pytest.fixture
def scheduler_time(monkeypatch: pytest.MonkeyPatch, clock: FixedClock) -> FixedClock:
    """APScheduler reads the same clock as our code, so a job is due exactly when the test clock says.

    APScheduler 3 has no clock parameter: it calls ``datetime.now()`` in its scheduler loop and in its
    executors' misfire check. Those two names are bound to the test clock here; ``scheduler.check_now()``
    then runs whatever the moved clock made due.
    """
    import apscheduler.executors.base
    import apscheduler.schedulers.base

    class ClockDatetime(datetime):
        @classmethod
        def now(cls, tz=None):  # noqa: ANN001, ANN206 (datetime's own signature)
            moment = clock.now()
            return moment.astimezone(tz) if tz is not None else moment.astimezone().replace(tzinfo=None)

    monkeypatch.setattr(apscheduler.schedulers.base, "datetime", ClockDatetime)
    monkeypatch.setattr(apscheduler.executors.base, "datetime", ClockDatetime)
    return clock


@pytest.fixture(autouse=True)
def no_scheduler_left_running(monkeypatch: pytest.MonkeyPatch):
    """Every reminder scheduler a test starts is stopped by the end of that test (closing its data stops it)."""
    from recoverybox.reminders.qt_timer_scheduler import PersistentTimerQtScheduler

    started = []
    real_start = PersistentTimerQtScheduler.start

    def start(self, *args, **kwargs):
        started.append(self)
        return real_start(self, *args, **kwargs)

    monkeypatch.setattr(PersistentTimerQtScheduler, "start", start)
    yield
    running = [sched for sched in started if sched.running]
    for sched in running:
        sched.shutdown(wait=False)
    assert not running, "a test left a reminder scheduler running after its data was closed"


@pytest.fixture
def services(clock: FixedClock, scheduler_time: FixedClock) -> Services:
    svc = Services(open_memory(), clock)
    svc.settings.set("timezone", "Europe/London")
    yield svc
    svc.close()


class ModalAnswerer:
    """Answers modal dialogs as a person would, in order: each handler gets the next dialog that opens."""

    def __init__(self) -> None:
        self.handlers = []
        self.seen = []
        self.errors = []

    def then(self, handler) -> ModalAnswerer:
        self.handlers.append(handler)
        if len(self.handlers) == 1:
            QTimer.singleShot(0, self._poll)
        return self

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog not in self.seen and dialog.isVisible():
            self.seen.append(dialog)
            handler = self.handlers.pop(0)
            try:
                handler(dialog)
            except Exception as exc:  # report in the test, and never leave a dialog blocking it
                self.errors.append(exc)
                dialog.reject()
        if self.handlers:
            QTimer.singleShot(10, self._poll)


@pytest.fixture
def modal():
    answerer = ModalAnswerer()
    yield answerer
    assert not answerer.errors, answerer.errors
    assert not answerer.handlers, "a dialog the test expected never opened"
