"""A person at the keyboard with a screen reader's view of the app: finds controls by role and accessible name
through AT-SPI (``atspi_driver.py``, a separate process on the system Python that never imports RecoveryBox),
types and presses real keys with xdotool into whatever window has the focus, and takes a screenshot per step."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from pytestqt.exceptions import TimeoutError as WaitTimeout

from tests.e2e.desktop import SYSTEM_PYTHON

DRIVER = Path(__file__).resolve().parent / "atspi_driver.py"


class Person:
    """Drives ``app`` (a ``RunningApp`` in ``desktop``) from outside, as its user would."""

    def __init__(self, desktop, app, journey: str) -> None:
        self.desktop, self.app, self.qtbot = desktop, app, app.qtbot
        self.journey = journey
        self.step = 0
        self._driver = subprocess.Popen(
            [SYSTEM_PYTHON, str(DRIVER), "recoverybox"], env=desktop.real_clock_env, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip

    def close(self) -> None:
        if self._driver.stdout.closed:
            return
        if self._driver.poll() is None:
            self._driver.stdin.close()
            try:
                self._driver.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._driver.kill()
                self._driver.wait(timeout=10)
        self._driver.stdout.close()

    # ---- reading ---------------------------------------------------------------------------------
    def ask(self, **request) -> dict:
        self._driver.stdin.write(json.dumps(request) + "\n")
        self._driver.stdin.flush()
        line = self._driver.stdout.readline()
        if not line:
            raise AssertionError("the accessibility driver stopped")
        return json.loads(line)

    def tree(self) -> str:
        """Everything a screen reader can read in the app now, one object a line."""
        return "\n".join(self.ask(op="tree")["lines"])

    def showing_text(self) -> str:
        """Only what is on screen now (objects in the SHOWING state)."""
        return "\n".join(line for line in self.ask(op="tree")["lines"] if line.endswith("| showing"))

    def sees(self, text: str, timeout: int = 20_000) -> str:
        """Wait until ``text`` is on screen (in a showing object's name or text); return the screen's text."""
        seen = {"text": ""}

        def found() -> bool:
            seen["text"] = self.showing_text()
            return text in seen["text"]

        try:
            self.qtbot.waitUntil(found, timeout=timeout)
        except WaitTimeout:
            raise AssertionError(f"{text!r} never showed; on screen:\n{seen['text'][-4000:]}") from None
        return seen["text"]

    def find(self, name: str, role: str | None = None) -> list[dict]:
        return self.ask(op="find", role=role, name=name)["found"]

    def text_of(self, name: str, role: str | None = None) -> str:
        return self.ask(op="text", role=role, name=name)["text"]

    # ---- acting ----------------------------------------------------------------------------------
    def act(self, name: str, role: str | None, action: str, timeout: int = 20_000) -> None:
        """Do ``action`` on the showing control called ``name``, waiting for it to appear."""
        result = {"error": ""}

        def done() -> bool:
            reply = self.ask(op="act", role=role, name=name, action=action)
            result["error"] = reply.get("error", "")
            return reply["ok"]

        try:
            self.qtbot.waitUntil(done, timeout=timeout)
        except WaitTimeout:
            raise AssertionError(f"could not {action} {name!r}: {result['error']}") from None

    def press(self, name: str, role: str | None = "push button") -> None:
        self.act(name, role, "Press")

    def focus(self, name: str, role: str | None = None) -> None:
        self.act(name, role, "SetFocus")

    def choose(self, combo: str, option: str) -> None:
        """Open the drop-down list named ``combo`` (a combo box is named by what it shows) and pick ``option``
        by typing its first letters and Enter, as a keyboard user does."""
        self.act(combo, "combo box", "Press")
        self.qtbot.waitUntil(lambda: bool(self.find(option, "list item")), timeout=10_000)
        self.type(option)
        self.key("Return")
        self.qtbot.waitUntil(lambda: bool(self.find(option, "combo box")), timeout=10_000)

    def fill(self, name: str, text: str, role: str | None = "text") -> None:
        """Focus the field called ``name``, select what is in it and type ``text`` with real keys, then read it
        back: a key can be lost (a letter beyond ASCII needs a keyboard map change that Qt may not have taken
        yet), and a person who sees that types it again. A password field is not read back."""
        for _attempt in range(3):
            self.focus(name, role)
            self.key("ctrl+a")
            self.type(text)
            if role == "password text":
                return
            try:
                self.qtbot.waitUntil(lambda: self.text_of(name, role) == text, timeout=3000)
                return
            except WaitTimeout:
                continue
        raise AssertionError(f"{name!r} holds {self.text_of(name, role)!r}, not {text!r}")

    def type(self, text: str) -> None:
        """Type ``text`` with real key events; a letter beyond ASCII (é) is sent as its Unicode keysym, which
        ``xdotool type`` dropped under Xvfb."""
        chunk = ""
        for char in text + "\0":
            if char.isascii() and char != "\0":
                chunk += char
                continue
            if chunk:
                self.app.xdotool("type", "--delay", "8", "--clearmodifiers", chunk)
                chunk = ""
            if char != "\0":
                self.app.xdotool("key", "--clearmodifiers", f"U{ord(char):04X}")

    def type_path(self, path: str) -> None:
        """Type a file's path into a file dialog's name field, checking what arrived: the field's completer can
        swallow a key while it pops up, as it can for a person, who then types it again."""

        def arrived() -> bool:
            return any(line.split(" | ")[2] == path for line in self.ask(op="tree")["lines"] if "text | " in line)

        for delay in ("8", "40", "80"):
            self.key("ctrl+a")
            self.app.xdotool("type", "--delay", delay, "--clearmodifiers", path)
            try:
                self.qtbot.waitUntil(arrived, timeout=3000)
                return
            except WaitTimeout:
                continue
        raise AssertionError(f"could not type {path!r} into the file dialog")

    def key(self, *keys: str) -> None:
        self.app.xdotool("key", "--clearmodifiers", *keys)

    def on_screen(self, title: str) -> bool:
        return self.app.xdotool("search", "--onlyvisible", "--name", f"^{re.escape(title)}$").returncode == 0

    def key_until(
        self, *keys: str, shows: str | None = None, gone: str | None = None, menu: bool = False, tries: int = 3
    ) -> None:
        """Press ``keys`` (one after another) until the window ``shows`` is on screen, or ``gone`` is not. A key
        pressed while a window is still being handed the keyboard, or before a menu has opened, is lost, as it
        can be for a person, who then presses again; ``menu``: Escape first closes a menu a lost key left open."""

        def done() -> bool:
            return (shows is None or self.on_screen(shows)) and (gone is None or not self.on_screen(gone))

        for _attempt in range(tries):
            for key in keys:
                self.key(key)
            try:
                self.qtbot.waitUntil(done, timeout=8000)
                return
            except WaitTimeout:
                if done():
                    return
                if menu:
                    self.key("Escape")
                    self.key("Escape")
        self.app.fail_with_log(f"{' '.join(keys)} never showed {shows!r} / closed {gone!r}")

    def go_to_window(self, title: str) -> None:
        """Bring the window called ``title`` forward and give it the keyboard, as a click on it would (through
        the window manager)."""
        self.app.wait_for_title(title)
        self.app.xdotool("windowactivate", "--sync", self.app.window_id)
        self.has_keyboard(title)

    def has_keyboard(self, title: str, timeout: int = 15_000) -> None:
        """Wait until the window called ``title`` is the one keys go to (a new window is shown a moment before
        the window manager hands it the keyboard; a key pressed in between goes to the window underneath)."""

        def active() -> bool:
            found = self.app.xdotool("getactivewindow", "getwindowname")
            return found.returncode == 0 and found.stdout.strip() == title

        self.qtbot.waitUntil(active, timeout=timeout)

    def wait_for_window(self, title: str, timeout: int = 30_000, keyboard: bool = True) -> None:
        """Wait for the window called ``title`` and (``keyboard``) until it has the keyboard, so the next key
        goes to it; a window that does not take the keyboard (the reminder pop-up) is waited for with False."""
        self.app.wait_for_title(title, timeout=timeout)
        if keyboard:
            self.has_keyboard(title)

    def close_window(self, title: str) -> None:
        """Close the window called ``title`` with Alt+F4, through the window manager. A person whose key press
        was lost on the way (the app's log says it never heard of a close) presses again; a close the app heard
        and did not act on fails, with its log."""
        self.go_to_window(title)
        self.key("alt+F4")
        search = ["search", "--onlyvisible", "--name", f"^{re.escape(title)}$"]
        try:
            self.qtbot.waitUntil(lambda: self.app.xdotool(*search).returncode != 0, timeout=10_000)
            return
        except WaitTimeout:
            if "closing the window:" in self.app.log_text():
                self.snap("still-there")
                self.app.fail_with_log(f"the app was asked to close {title!r} and it stayed on screen")
        self.go_to_window(title)
        self.key("alt+F4")
        self.window_gone(title)

    def window_gone(self, title: str, timeout: int = 20_000) -> None:
        """Wait until no window called ``title`` is on screen (a hidden one may still exist, unmapped)."""
        search = ["search", "--onlyvisible", "--name", f"^{re.escape(title)}$"]
        try:
            self.qtbot.waitUntil(lambda: self.app.xdotool(*search).returncode != 0, timeout=timeout)
        except WaitTimeout:
            self.snap("still-there")
            self.app.fail_with_log(f"the window {title!r} is still on screen after {timeout} ms")

    def snap(self, what: str) -> Path:
        """A screenshot for this step, ``tests/artifacts/journey-<journey>-<n>-<what>.png``."""
        self.step += 1
        return self.app.screenshot(f"journey-{self.journey}-{self.step:02d}-{what}")
