"""A real desktop session for tests that use the app as a person and a screen reader would: Xvfb, a window
manager (Debian ``openbox``), a session D-Bus and the accessibility bus (``at-spi2-core``). The app runs with
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``; ``read_tree`` reads its accessibility tree from a separate process
(the system Python with ``python3-pyatspi``) that never imports our code."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import RunningApp, _need, start_xvfb

SYSTEM_PYTHON = "/usr/bin/python3"
TREE = Path(__file__).resolve().parent / "atspi_tree.py"
AT_SPI_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def _need_file(path: str, package: str) -> None:
    if not Path(path).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: .ci/run must install {package}")
        pytest.skip(f"{package} is not installed")


class Desktop:
    """The session's processes and its environment (DISPLAY, DBUS_SESSION_BUS_ADDRESS)."""

    def __init__(self, qtbot, size: str) -> None:
        _need("openbox")
        _need("dbus-daemon")
        _need_file(AT_SPI_LAUNCHER, "at-spi2-core")
        _need_file(SYSTEM_PYTHON, "python3")
        if subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode != 0:
            if os.environ.get("CI"):
                pytest.fail("pyatspi is missing: .ci/run must install python3-pyatspi")
            pytest.skip("python3-pyatspi is not installed")
        self.qtbot = qtbot
        self.size = size
        self.processes: list[subprocess.Popen] = []
        xvfb, self.display = start_xvfb(qtbot, size)
        self.processes.append(xvfb)
        real_clock = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD" and not k.startswith("FAKETIME")}
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"], env=real_clock,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        self.processes.append(bus)
        address = bus.stdout.readline().strip()
        bus.stdout.close()
        self.env = {
            **os.environ,
            "DISPLAY": self.display,
            "DBUS_SESSION_BUS_ADDRESS": address,
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "NO_AT_BRIDGE": "0",
        }
        self.env.pop("QT_QPA_PLATFORM", None)
        # The session's own programs and the screen reader's stand-in run on the real clock (libfaketime, which
        # CI runs the suite under, hangs GLib's timed waits); only the app runs on the shifted one.
        self.real_clock_env = {k: v for k, v in self.env.items() if k != "LD_PRELOAD" and not k.startswith("FAKETIME")}
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        self.processes.append(
            subprocess.Popen([AT_SPI_LAUNCHER, "--launch-immediately"], env=self.real_clock_env, **quiet)
        )
        self.processes.append(
            subprocess.Popen(["openbox"], env=self.real_clock_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        )
        qtbot.waitUntil(self._bus_ready, timeout=15_000)

    def _bus_ready(self) -> bool:
        ask = ["--dest=org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus.GetAddress"]
        found = subprocess.run(
            ["dbus-send", "--session", "--print-reply", *ask], env=self.real_clock_env, capture_output=True
        )
        return found.returncode == 0

    def launch(self, *args: str, env: dict[str, str | None] | None = None) -> RunningApp:
        session = {name: self.env[name] for name in ("DBUS_SESSION_BUS_ADDRESS", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON")}
        return RunningApp(self.qtbot, self.display, list(args), {**session, **(env or {})})

    def read_tree(self, name: str = "recoverybox") -> str:
        """The app's accessibility tree as a screen reader reads it (one line per object)."""
        done = subprocess.run([SYSTEM_PYTHON, str(TREE), name], env=self.real_clock_env, capture_output=True,
                              text=True, timeout=120)  # fmt: skip
        return done.stdout

    def close(self) -> None:
        for proc in reversed(self.processes):
            proc.terminate()
        for proc in self.processes:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


@pytest.fixture
def desktop(qtbot, request):
    """A desktop session at 1366×768 (or the size a test parametrizes it with, indirectly); the apps started in
    it are killed at the end."""
    session = Desktop(qtbot, getattr(request, "param", "1366x768"))
    started: list[RunningApp] = []
    real_launch = session.launch

    def launch(*args: str, env: dict[str, str | None] | None = None) -> RunningApp:
        app = real_launch(*args, env=env)
        started.append(app)
        return app

    session.launch = launch  # type: ignore[method-assign]
    yield session
    for app in started:
        app.kill()
    session.close()
