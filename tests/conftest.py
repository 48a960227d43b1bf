"""Suite-wide guards: offscreen Qt, no network, and shared fixtures."""

from __future__ import annotations

import contextlib
import os
import socket
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests must not depend on the machine's zone; each test that cares sets its own.
os.environ["TZ"] = "Europe/London"
# Nor on its language: the suite reads English (with its plural forms), and the apps it starts too; a test of
# another language asks for it.
os.environ["RECOVERYBOX_LANGUAGE"] = "en"

if os.environ.get("RECOVERYBOX_EXPECT_INSTALLED"):
    # .ci/run's wheel check: these tests must exercise the installed wheel, not this source tree.
    import recoverybox  # noqa: E402

    assert "site-packages" in recoverybox.__file__, f"testing {recoverybox.__file__}, not the installed wheel"

from recoverybox.core.app.opening import open_memory  # noqa: E402
from recoverybox.core.app.services import Services  # noqa: E402
from recoverybox.core.base.clock import FixedClock  # noqa: E402

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


class NetworkUsed(AssertionError):
    """Raised when code under test tries to reach another host."""


def _permitted_addresses() -> set[tuple[str, int]]:
    """The one connection RecoveryBox may make right now: to the host of the meeting-list address the person typed,
    while ``core.meeting_fetch.fetch`` fetches it, or to their CalDAV server while ``core.caldav_client`` talks
    to it (its name and the addresses it resolves to; tests use local ones). Both name it in ``core.net``."""
    from recoverybox.core.base.net import permitted

    target = permitted()
    if target is None:
        return set()
    host, port = target
    found = {(host, port)}
    with contextlib.suppress(OSError):
        found |= {(info[4][0], port) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)}
    return found


def _guard(sock: socket.socket | None, address: object) -> None:
    if sock is not None and sock.family == getattr(socket, "AF_UNIX", None):
        return
    if (
        isinstance(address, tuple)
        and len(address) >= 2
        and (str(address[0]).lower(), address[1]) in _permitted_addresses()
    ):
        return
    raise NetworkUsed(f"RecoveryBox must never connect anywhere; tried {address!r}")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any socket connect other than a local (AF_UNIX) socket fails the test, except the one a meeting-list
    fetch makes to the host the person typed, while that fetch runs."""

    def connect(self: socket.socket, address: object) -> None:
        _guard(self, address)
        return _real_connect(self, address)

    def connect_ex(self: socket.socket, address: object) -> int:
        _guard(self, address)
        return _real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)

    real_create_connection = socket.create_connection

    def create_connection(address: object, *args: object, **kwargs: object) -> socket.socket:
        _guard(None, address)
        return real_create_connection(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", create_connection)


@pytest.fixture(scope="session")
def catalog_cache(tmp_path_factory: pytest.TempPathFactory):
    """Where this run's compiled catalogs go (a source checkout compiles them on first use)."""
    return tmp_path_factory.mktemp("i18n")


@pytest.fixture(autouse=True, scope="session")
def english(qapp, catalog_cache):
    """The app's translators in the test application, as ``app.speak`` installs them: English."""
    from recoverybox.i18n.qt import install, uninstall

    assert install(qapp, "en", catalog_cache) == "en"
    yield
    uninstall(qapp)


@pytest.fixture
def speak(qapp, catalog_cache, monkeypatch: pytest.MonkeyPatch):
    """``speak("de")``: the test application in another language (its translators and locale), as a start with
    that language would have it; English again afterwards."""
    from recoverybox.i18n.qt import install

    def use(language: str) -> None:
        monkeypatch.setenv("RECOVERYBOX_LANGUAGE", language)
        assert install(qapp, language, catalog_cache) == language

    yield use
    monkeypatch.setenv("RECOVERYBOX_LANGUAGE", "en")
    install(qapp, "en", catalog_cache)


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


@pytest.fixture
def session_bus(monkeypatch: pytest.MonkeyPatch):
    """A private D-Bus session bus (``dbus-daemon --session``) for this test; its address is in the env."""
    import shutil
    import subprocess

    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        if os.environ.get("CI"):
            pytest.fail("dbus-daemon is missing: .ci/run must install the Debian package dbus")
        pytest.skip("dbus-daemon is not installed")
    proc = subprocess.Popen(
        [daemon, "--session", "--print-address=1", "--nofork", "--nopidfile"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    address = proc.stdout.readline().strip()
    if not address.startswith("unix:"):
        proc.kill()
        pytest.fail(f"dbus-daemon did not start: {address!r}")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    proc.terminate()
    proc.wait(timeout=10)
    proc.stdout.close()


class NotificationServer:
    """``tests/reminders/notification_server.py`` running on the test's session bus."""

    def __init__(self, calls_file, refuse: bool) -> None:
        import subprocess
        import sys

        self.calls_file = calls_file
        args = [sys.executable, "-m", "tests.reminders.notification_server", str(calls_file)]
        self.proc = subprocess.Popen(
            args + (["--refuse"] if refuse else []),
            stdout=subprocess.PIPE,
            text=True,
            cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
        )
        assert self.proc.stdout.readline().strip() == "ready", "the notification server did not start"

    def calls(self) -> list[dict]:
        import json

        if not self.calls_file.exists():
            return []
        return [json.loads(line) for line in self.calls_file.read_text().splitlines()]

    def click(self, notification_id: int, action: str) -> None:
        """What a person clicking a notification's button makes the desktop do."""
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        address = DBusAddress(
            "/org/freedesktop/Notifications", bus_name="org.freedesktop.Notifications", interface="org.recoverybox.T"
        )
        with open_dbus_connection("SESSION") as connection:
            connection.send_and_get_reply(new_method_call(address, "Click", "us", (notification_id, action)))

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)
        self.proc.stdout.close()


@pytest.fixture
def notification_server(session_bus, tmp_path):
    """Start a fake desktop notification service: ``notification_server()`` or ``(refuse=True)``."""
    started = []

    def start(refuse: bool = False) -> NotificationServer:
        server = NotificationServer(tmp_path / f"notify-calls-{len(started)}.jsonl", refuse)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def small_disk(tmp_path):
    """``small_disk(kib)``: a real size-limited folder (a tmpfs mount) where this machine lets us mount one."""
    import subprocess

    mounted = []

    def make(kib: int):
        folder = tmp_path / f"small-disk-{len(mounted)}"
        folder.mkdir()
        if os.geteuid() != 0:
            pytest.skip("mounting a size-limited tmpfs needs root (CI runs as root)")
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={kib}k,mode=0700", "tmpfs", str(folder)])
        if done.returncode != 0:
            pytest.skip("this machine does not allow mounting a tmpfs")
        mounted.append(folder)
        return folder

    yield make
    for folder in mounted:
        subprocess.run(["umount", "-l", str(folder)], check=False)


# The calendar sync tests' CalDAV server: one Radicale for the session (each test uses calendars of its own).
@pytest.fixture(scope="session")
def radicale_server(tmp_path_factory):
    from tests.sync_server import start_radicale, stop_radicale

    server = start_radicale(tmp_path_factory.mktemp("radicale"))
    yield server
    stop_radicale(server)


@pytest.fixture
def radicale(radicale_server, monkeypatch, tmp_path):
    """The server, with the sync password in a file as ``RECOVERYBOX_SYNC_PASSWORD_FILE`` names it, and no
    system keyring (each test that wants one sets its own)."""
    _password_in_a_file(monkeypatch, tmp_path)
    return radicale_server


def _password_in_a_file(monkeypatch, tmp_path) -> None:
    from tests.sync_server import PASSWORD

    secret = tmp_path / "sync-password"
    secret.write_text(PASSWORD + "\n")
    monkeypatch.setenv("RECOVERYBOX_SYNC_PASSWORD_FILE", str(secret))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    import keyring.core

    keyring.core.set_keyring(keyring.core.load_keyring("keyring.backends.fail.Keyring"))


# The second server: Xandikos over https with its own self-signed certificate (trusted by pinning) and a password.
@pytest.fixture(scope="session")
def xandikos_server(tmp_path_factory):
    from tests.sync_server import start_xandikos, stop_radicale

    server = start_xandikos(tmp_path_factory.mktemp("xandikos"))
    yield server
    stop_radicale(server)


@pytest.fixture(params=["radicale", "xandikos"])
def caldav_server(request, monkeypatch, tmp_path):
    """Each CalDAV server the two-device tests run against, set up as ``radicale`` is."""
    _password_in_a_file(monkeypatch, tmp_path)
    return request.getfixturevalue(f"{request.param}_server")
