"""Reminders as the desktop's own notifications (freedesktop ``org.freedesktop.Notifications``), with actions.

Why jeepney and not ``PySide6.QtDBus``: ``Notify`` takes its ``replaces_id`` as a D-Bus ``uint32`` and PySide6
(6.11) can only send a Python int as ``int32`` (it has no ``QVariant`` to say otherwise), so every
notification server that checks signatures (GNOME Shell, KDE Plasma, dunst) refuses the call. jeepney is a
small pure-Python D-Bus library that spells out each argument's type.

Only a session bus on a local (``unix:``) socket is used; RecoveryBox makes no network connection. Calls run
on one worker thread, and ``ActionInvoked`` arrives on jeepney's receiver thread; both reach the GUI thread
only through queued Qt signals. If the service refuses a reminder (or stops answering), the reminders it did
not take are handed back through ``failed`` so the pop-up shows them instead.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Qt, Signal

from recoverybox.core.reminders.planner import DueReminder

log = logging.getLogger(__name__)
SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
SNOOZE_MINUTES = 10
ACTIONS = ("default", "Open", "open", "Open", "snooze", f"Snooze {SNOOZE_MINUTES} min", "done", "Done")
CALL_TIMEOUT = 5.0


def session_bus_is_local() -> bool:
    """True when the session bus is a Unix socket (a tcp: bus would be a network connection: never used)."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    return bool(address) and all(part.startswith("unix:") for part in address.split(";") if part)


class DesktopNotifications(QObject):
    """The ``Notifier`` back-end that shows reminders through the desktop's notification service."""

    open_requested = Signal(object)
    snooze_requested = Signal(object, int)
    dismiss_requested = Signal(object)
    failed = Signal(list, bool)  # reminders the service did not show, and whether they were missed

    _shown = Signal(int, object)
    _refused = Signal(list, bool, str)
    _action = Signal(int, str)

    def __init__(self, router, describe: Callable[[DueReminder, bool], tuple[str, str]], icon: str) -> None:
        super().__init__()
        self._router = router
        self._describe = describe
        self._icon = icon
        self._by_id: dict[int, DueReminder] = {}
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="notifications")
        queued = Qt.ConnectionType.QueuedConnection
        self._shown.connect(self._on_shown, queued)
        self._refused.connect(self._on_refused, queued)
        self._action.connect(self._on_action, queued)
        self._signals: queue.Queue = queue.Queue(maxsize=100)
        self._filter = router.filter(_action_rule(), queue=self._signals)
        self._listener = threading.Thread(target=self._listen, name="notification-actions", daemon=True)
        self._listener.start()
        self._closed = False

    @classmethod
    def open_on_session_bus(cls, describe, icon: str) -> DesktopNotifications | None:
        """Connect to the session bus; None (and a log line) where there is no notification service."""
        if not session_bus_is_local():
            return None
        try:
            from jeepney.bus_messages import message_bus
            from jeepney.io.threading import DBusRouter, open_dbus_connection

            connection = open_dbus_connection("SESSION")
            router = DBusRouter(connection)
            [owned] = router.send_and_get_reply(message_bus.NameHasOwner(SERVICE), timeout=CALL_TIMEOUT).body
            if not owned:
                router.close()
                connection.close()
                log.info("no desktop notification service on the session bus; using the pop-up")
                return None
            router.send_and_get_reply(message_bus.AddMatch(_action_rule()), timeout=CALL_TIMEOUT)
        except Exception as exc:  # no bus, refused, timed out: the pop-up does the job
            log.info("desktop notifications unavailable (%s); using the pop-up", type(exc).__name__)
            return None
        return cls(router, describe, icon)

    # ---- the Notifier interface -------------------------------------------------------------------
    def notify(self, reminders: list[DueReminder], missed: bool) -> None:
        if self._closed or not reminders:
            return
        messages = [(reminder, *self._describe(reminder, missed)) for reminder in reminders]
        self._worker.submit(self._send_all, messages, missed)

    @property
    def on_screen(self) -> int:
        """How many of ours the desktop is showing (those not acted on yet)."""
        return len(self._by_id)

    def restate(self, shown: Callable[[list[DueReminder]], list[DueReminder]]) -> None:
        """Each notification still on the desktop again, in its place (``replaces_id``), as ``shown([r])``
        gives it: the app lock hides what they are about while locked. Their buttons keep working."""
        if self._closed or not self._by_id:
            return
        entries, self._by_id = list(self._by_id.items()), {}
        messages = [(reminder, *self._describe(shown([reminder])[0], False)) for _id, reminder in entries]
        self._worker.submit(self._send_all, messages, False, [notification_id for notification_id, _ in entries])

    def close(self) -> None:
        """Stop listening and sending; notifications already shown stay with the desktop."""
        if self._closed:
            return
        self._closed = True
        self._worker.shutdown(wait=True, cancel_futures=True)
        self._filter.close()
        self._signals.put(None)
        self._listener.join(timeout=5)
        self._router.close()
        self._router.conn.close()

    # ---- worker thread ----------------------------------------------------------------------------
    def _send_all(
        self, messages: list[tuple[DueReminder, str, str]], missed: bool, replaces: list[int] | None = None
    ) -> None:
        from jeepney import DBusAddress, new_method_call
        from jeepney.wrappers import unwrap_msg

        address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        for index, (reminder, summary, body) in enumerate(messages):
            call = new_method_call(
                address,
                "Notify",
                "susssasa{sv}i",
                (
                    "RecoveryBox",
                    replaces[index] if replaces else 0,
                    self._icon,
                    summary,
                    body,
                    list(ACTIONS),
                    {"urgency": ("y", 1), "desktop-entry": ("s", "recoverybox"), "category": ("s", "x-reminder")},
                    0,  # stays until the person acts on it
                ),
            )
            try:
                [notification_id] = unwrap_msg(self._router.send_and_get_reply(call, timeout=CALL_TIMEOUT))
            except Exception as exc:
                self._refused.emit([r for r, *_ in messages[index:]], missed, f"{type(exc).__name__}: {exc}")
                return
            self._shown.emit(int(notification_id), reminder)

    # ---- receiver thread --------------------------------------------------------------------------
    def _listen(self) -> None:
        while True:
            message = self._signals.get()
            if message is None:
                return
            try:
                notification_id, key = message.body
            except ValueError:
                continue
            self._action.emit(int(notification_id), str(key))

    # ---- GUI thread -------------------------------------------------------------------------------
    def _on_shown(self, notification_id: int, reminder: DueReminder) -> None:
        self._by_id[notification_id] = reminder

    def _on_refused(self, reminders: list[DueReminder], missed: bool, why: str) -> None:
        log.warning("the desktop notification service refused a reminder (%s); showing the pop-up", why)
        self.failed.emit(reminders, missed)

    def _on_action(self, notification_id: int, key: str) -> None:
        reminder = self._by_id.pop(notification_id, None)
        if reminder is None:
            return  # another app's notification, or one already acted on
        if key in ("default", "open"):
            self.open_requested.emit(reminder)
            self.dismiss_requested.emit(reminder)
        elif key == "snooze":
            self.snooze_requested.emit(reminder, SNOOZE_MINUTES)
        elif key == "done":
            self.dismiss_requested.emit(reminder)


def _action_rule():
    from jeepney import MatchRule

    return MatchRule(type="signal", interface=SERVICE, member="ActionInvoked", path=PATH)
