"""A real X display (Xvfb) and helpers to drive the installed app in it as a person would."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.exceptions import TimeoutError as WaitTimeout

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
# Known harmless lines an app may print under Xvfb with no window manager, desktop bus or GPU.
STDERR_ALLOWED = (
    "propagateSizeHints",
    "QStandardPaths: XDG_RUNTIME_DIR",
    "libEGL warning",
    "MESA",
    "dbus",
    # Qt's AT-SPI bridge answering the accessibility reader: a call it has no answer for, and an object asked
    # about after it went (a view closed while the tree was being read).
    'does not implement "GetApplicationBusAddress"',
    "qt.accessibility.atspi: Could not find accessible on path",
    # The same race said the other way: the reader's handle to an object (a journal row a search replaced) is
    # answered after the object went.
    "qt.accessibility.atspi: Accessible invalid: QAccessibleInterface",
)


def _need(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing: .ci/run must install it")
        pytest.skip(f"{tool} is not installed")
    return found


def start_xvfb(qtbot, size: str = "1280x800") -> tuple[subprocess.Popen, str]:
    """A private X display of ``size`` ("WxH") on a Unix socket only (-nolisten tcp: no network)."""
    xvfb_bin = _need("Xvfb")
    _need("xdotool")
    # A display of our own (high numbers, away from any desktop); -displayfd says when it accepts clients,
    # -noreset keeps it from restarting (and refusing clients) each time its last client leaves.
    number = next(
        n for n in range(90, 300) if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists()
    )
    read_end, write_end = os.pipe()
    proc = subprocess.Popen(
        [
            xvfb_bin,
            f":{number}",
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            f"{size}x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    with os.fdopen(read_end) as ready:
        started = ready.readline().strip()
    env = {**os.environ, "DISPLAY": f":{number}"}
    if started != str(number):
        proc.kill()
        pytest.fail(f"Xvfb did not start on :{number}")
    qtbot.waitUntil(
        lambda: subprocess.run(["xdotool", "getdisplaygeometry"], env=env, capture_output=True).returncode == 0,
        timeout=10_000,
    )
    return proc, f":{number}"


@pytest.fixture
def xvfb(qtbot):
    proc, display = start_xvfb(qtbot)
    yield display
    proc.terminate()
    proc.wait(timeout=10)


class RunningApp:
    """The installed ``recoverybox`` in a real window, driven with xdotool."""

    def __init__(self, qtbot, display: str, args: list[str], extra_env: dict[str, str | None] | None = None) -> None:
        self.qtbot = qtbot
        guard = str(Path(__file__).resolve().parent / "netguard")
        self.env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_SESSION_TYPE": "x11",
            "PYTHONPATH": os.pathsep.join([guard, os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
            **(extra_env or {}),
        }
        self.env = {name: value for name, value in self.env.items() if value is not None}  # None: leave it out

        exe = Path(sys.executable).with_name("recoverybox")
        command = [str(exe)] if exe.exists() else [sys.executable, "-m", "recoverybox"]
        self.proc = subprocess.Popen(
            command + args, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.window_id: str | None = None

    def xdotool(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=20)

    def wait_for_title(self, title: str, timeout: int = 30_000) -> str:
        def found() -> bool:
            if self.proc.poll() is not None:
                return True
            result = self.xdotool("search", "--name", f"^{re.escape(title)}$")
            if result.returncode == 0 and result.stdout.strip():
                self.window_id = result.stdout.split()[0]
                return True
            return False

        try:
            self.qtbot.waitUntil(found, timeout=timeout)
        except WaitTimeout:
            self._fail(f"no window titled {title!r} within {timeout} ms")
        if self.proc.poll() is not None:
            self._fail(f"the app exited with {self.proc.returncode} while waiting for {title!r}")
        return self.window_id

    def _fail(self, why: str, log: str = "") -> None:
        names = [
            self.xdotool("getwindowname", w).stdout.strip()
            for w in self.xdotool("search", "--onlyvisible", "--name", ".").stdout.split()
        ]
        if self.proc.poll() is None:
            self.proc.kill()
        out, err = self.proc.communicate(timeout=10)
        pytest.fail(f"{why}\nwindows on screen: {names}\nstdout: {out}\nstderr: {err}{log}")

    def log_text(self) -> str:
        """The app's log (``logs/`` in the data folder it was given; empty without one)."""
        args = list(self.proc.args)
        if "--data-dir" not in args:
            return ""
        files = sorted(Path(args[args.index("--data-dir") + 1]).glob("**/*.log"))
        return "".join(f"\n{file.name}:\n" + file.read_text(errors="replace") for file in files)

    def fail_with_log(self, why: str) -> None:
        """Fail, saying which windows are on screen, what the app printed and the end of its log."""
        self._fail(why, "\n".join(self.log_text().splitlines()[-40:]))

    def dismiss_first_run(self, screenshot: str | None = None) -> None:
        """A new data folder opens the setup wizard over the window; close it (it resumes next time)."""
        self.wait_for_title("Set up RecoveryBox")
        if screenshot:
            self.screenshot(screenshot)
        self.key("Escape")
        self.wait_for_title("Today — RecoveryBox")

    def key(self, keys: str) -> None:

        self.xdotool("windowfocus", "--sync", self.window_id)
        self.xdotool("key", "--clearmodifiers", keys)

    def screenshot(self, name: str) -> Path:
        """Grab the whole virtual screen from a second, tiny Qt process on the same display."""
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        target = ARTIFACTS / f"{name}.png"
        code = (
            "import sys; from PySide6.QtGui import QGuiApplication;"
            "app = QGuiApplication(sys.argv[:1]);"
            "ok = app.primaryScreen().grabWindow(0).save(sys.argv[1]);"
            "sys.exit(0 if ok else 1)"
        )
        subprocess.run(
            [sys.executable, "-c", code, str(target)], env=self.env, check=True, timeout=60, capture_output=True
        )
        return target

    def quit(self, timeout: float = 30) -> tuple[int, list[str]]:
        """Quit with Ctrl+Q; return the exit code and the stderr lines not on the allow-list."""
        self.key("ctrl+q")
        _out, err = self.proc.communicate(timeout=timeout)
        unexpected = [
            line for line in err.splitlines() if line.strip() and not any(allowed in line for allowed in STDERR_ALLOWED)
        ]
        return self.proc.returncode, unexpected

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.communicate(timeout=10)


@pytest.fixture
def launch(qtbot, xvfb):
    started: list[RunningApp] = []

    def start(*args: str) -> RunningApp:
        app = RunningApp(qtbot, xvfb, list(args))
        started.append(app)
        return app

    yield start
    for app in started:
        app.kill()
