"""The window's reminders: the scheduler over the open data, how reminders reach the person (desktop
notifications, else our pop-up and the tray's balloon), the tray icon, and what Open, Snooze and Done do.

The scheduler talks to the UI only through Qt signals; this is where they are connected.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:  # for annotations only: no import at run time
    from PySide6.QtWidgets import QMenu, QSystemTrayIcon

    from recoverybox.core.app.services import Services
    from recoverybox.core.reminders.planner import DueReminder
    from recoverybox.reminders.desktop_notifications import DesktopNotifications
    from recoverybox.reminders.notifier import Notifier
    from recoverybox.reminders.scheduler import ReminderScheduler
    from recoverybox.ui.dialogs.reminder_popup import ReminderPopup
    from recoverybox.ui.session.front import Host

Shown = Callable[[list["DueReminder"]], list["DueReminder"]]


class Session(Protocol):
    """What reminders need of the data session that owns them (``DataSession``)."""

    services: Services | None
    locked: bool

    def start_daily_backup(self) -> None: ...

    def shown(self, reminders: list[DueReminder]) -> list[DueReminder]: ...


class ReminderWiring(QObject):
    """Starts, resyncs and stops reminders for the data session; holds the tray icon and the pop-up. ``window``
    is what a reminder's Open shows, and where the tray's menu leads."""

    def __init__(self, session: Session, window: Host) -> None:
        super().__init__(window if isinstance(window, QObject) else None)
        self.session = session
        self.window = window
        self.scheduler: ReminderScheduler | None = None
        self.popup: ReminderPopup | None = None
        self.tray: QSystemTrayIcon | None = None
        self.tray_menu: QMenu | None = None
        self.desktop_notifications: DesktopNotifications | None = None
        self.notifier: Notifier | None = None
        self.locked = False
        # Reminders shown before the data was reopened (a restored backup) are not shown again.
        self.seen_until: datetime | None = None

    @property
    def running(self) -> bool:
        return self.scheduler is not None

    def start_once(self) -> None:
        """Start reminders (and the daily backup) for the open data, if not started yet."""
        if self.session.services is not None and self.scheduler is None:
            self._start()
            self.session.start_daily_backup()

    def sync(self) -> None:
        """Recompute what is due (the data they are made from changed, or a new day began)."""
        if self.scheduler is not None:
            self.scheduler.sync()

    def forget_data(self) -> None:
        """The data is closing: stop, and remember what has been shown until now."""
        if self.session.services is not None:
            self.seen_until = self.session.services.clock.now()
        self.stop()
        self.scheduler = None

    def stop(self) -> None:
        """Stop the scheduler, hide the tray icon, close the pop-up; safe to call twice."""
        if self.scheduler is not None:
            self.scheduler.shutdown()
        if self.tray is not None:
            self.tray.hide()
        if self.popup is not None:
            self.popup.close()
        if self.desktop_notifications is not None:
            self.desktop_notifications.close()
            self.desktop_notifications = None

    # ---- starting -------------------------------------------------------------------------------
    def _start(self) -> None:
        from recoverybox.reminders.notifier import FanOutNotifier, TrayNotifier
        from recoverybox.reminders.scheduler import ReminderScheduler
        from recoverybox.ui.dialogs.reminder_popup import ReminderPopup

        services = self.session.services
        assert services is not None
        popup = self.popup = ReminderPopup(lambda: services.zone, lambda: services.clock.now())
        self._connect_actions(popup)
        if self.tray is None:
            self.tray = self._make_tray()
        else:  # made for the lock screen, before the data opened
            self._fill_tray_menu()
            self.tray.show()
        desktop = self.desktop_notifications = self._connect_desktop_notifications(services)
        if desktop is not None:
            # The desktop shows them; what it refuses comes back to our pop-up.
            desktop.failed.connect(popup.notify)
            self.notifier = desktop
        else:
            backends: list[Notifier] = [popup]
            if self.tray is not None and TrayNotifier.available():
                backends.append(TrayNotifier(self.tray))
            self.notifier = FanOutNotifier(*backends)
        scheduler = self.scheduler = ReminderScheduler(services, self)
        scheduler.reminders_ready.connect(self._deliver)
        scheduler.start(seen_until=self.seen_until)
        self.seen_until = None

    def _deliver(self, reminders: list[DueReminder], missed: bool) -> None:
        """To the person, as the lock allows: while locked only "RecoveryBox reminder", unless allowed."""
        if self.notifier is not None:
            self.notifier.notify(self.session.shown(reminders), missed)
        from recoverybox.memory import give_back_freed_memory

        QTimer.singleShot(0, give_back_freed_memory)  # what working them out freed (the background runs all day)

    def restate(self, shown: Shown) -> None:
        """Reminders on screen (our pop-up's cards, the desktop's notifications) again, as ``shown`` gives
        them: the lock's "RecoveryBox reminder", or what they are about after the unlock."""
        if self.popup is not None:
            self.popup.redraw(shown)
        if self.desktop_notifications is not None:
            self.desktop_notifications.restate(shown)

    def set_locked(self, locked: bool) -> None:
        """The tray's menu for the lock's state (a tray is made for it if the data has not opened yet)."""
        self.locked = locked
        if self.tray is None and locked:
            self.tray = self._make_tray()
        elif self.tray is not None:
            self._fill_tray_menu()

    def _connect_actions(self, source: Any) -> None:
        """Open, Snooze and Done/Dismiss from the pop-up or a desktop notification do the same things."""
        # Lambdas, not bound methods: the pop-up outlives this object (it has no parent), and with PySide6 6.11
        # a connection from it to a bound method of a QObject destroyed first corrupted memory (a crash in a
        # later test, in QScreen); a lambda's connection lives and dies with the pop-up alone.
        source.open_requested.connect(lambda reminder: self.open_reminder(reminder))
        source.dismiss_requested.connect(lambda reminder: self._dismiss(reminder))
        source.snooze_requested.connect(lambda reminder, minutes: self._snooze(reminder, minutes))

    def _dismiss(self, reminder: DueReminder) -> None:
        if self.scheduler is not None:
            self.scheduler.dismiss(reminder)

    def _snooze(self, reminder: DueReminder, minutes: int) -> None:
        if self.scheduler is not None:
            self.scheduler.snooze(reminder, minutes)

    def _connect_desktop_notifications(self, services: Services) -> DesktopNotifications | None:
        if services.settings.read().notify_with != "desktop":
            return None
        from recoverybox.reminders.desktop_notifications import DesktopNotifications
        from recoverybox.resources import resource_path

        notifications = DesktopNotifications.open_on_session_bus(
            self.describe, str(resource_path("icons", "recoverybox.svg"))
        )
        if notifications is not None:
            self._connect_actions(notifications)
        return notifications

    def describe(self, reminder: DueReminder, missed: bool) -> tuple[str, str]:
        """A desktop notification's summary and body (plain text, escaped for servers that read markup)."""
        from html import escape

        from recoverybox.reminders.words import status_line, title
        from recoverybox.ui.format import time_text

        services = self.session.services
        assert services is not None
        body = status_line(reminder, services.clock.now(), services.zone, missed, time_text)
        if reminder.location:
            body += "\n" + self.tr("Where: {place}").format(place=reminder.location)
        return title(reminder), escape(body, quote=False)

    def _make_tray(self) -> QSystemTrayIcon | None:
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

        from recoverybox.resources import resource_path

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        window = self.window
        tray = QSystemTrayIcon(QIcon(str(resource_path("icons", "recoverybox.svg"))), self)
        tray.setToolTip(self.tr("RecoveryBox"))
        menu = self.tray_menu = QMenu(window if isinstance(window, QWidget) else None)
        tray.setContextMenu(menu)
        tray.activated.connect(lambda _reason: window.bring_to_front())
        self.tray = tray
        self._fill_tray_menu()
        tray.show()
        return tray

    def _fill_tray_menu(self) -> None:
        """Show, Today, help and Quit; while locked only "I need help now" and Unlock."""
        window, menu = self.window, self.tray_menu
        if menu is None:
            return
        menu.clear()
        if self.locked:
            menu.addAction(self.tr("I need help now"), window.open_panic)
            menu.addAction(self.tr("Unlock"), window.bring_to_front)
            return
        menu.addAction(self.tr("Show RecoveryBox"), window.bring_to_front)
        menu.addAction(self.tr("Today's plan"), self._show_today)
        menu.addAction(self.tr("I need help now"), window.open_panic)
        menu.addSeparator()
        menu.addAction(self.tr("Quit"), window.quit_app)

    def _show_today(self) -> None:
        self.window.bring_to_front()
        self.window.show_view("today")

    # ---- a reminder opened ----------------------------------------------------------------------
    def open_reminder(self, reminder: DueReminder) -> None:
        """Show what the reminder is about: the event in its week, the goal, the journal or today."""
        window = self.window
        window.bring_to_front()
        services = self.session.services
        if self.session.locked or services is None:
            return  # the lock page: what the reminder is about shows after the unlock
        if reminder.kind == "event" and reminder.starts_at is not None:
            window.show_view("week")
            week: Any = window.view("week")
            if hasattr(week, "show_moment"):  # not while an error panel stands in for it
                week.show_moment(reminder.starts_at.astimezone(services.zone).replace(tzinfo=None))
        elif reminder.kind == "goal":
            window.show_view("goals")
            goals: Any = window.view("goals")
            if hasattr(goals, "select_goal"):
                goals.select_goal(reminder.goal_id)
        elif reminder.kind == "evening":
            window.show_view("journal")
        else:
            window.show_view("today")
