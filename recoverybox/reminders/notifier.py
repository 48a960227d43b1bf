"""Where a reminder is announced. The in-app pop-up always shows; a tray message is added where the
platform has a tray that shows messages. Nothing depends on a tray existing."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QSystemTrayIcon

from recoverybox.core.reminders.planner import DueReminder


class Notifier(Protocol):
    """Announces reminders to the person."""

    def notify(self, reminders: list[DueReminder], missed: bool) -> None: ...


class TrayNotifier:
    """A desktop notification through the system tray, where one exists."""

    def __init__(self, tray: QSystemTrayIcon) -> None:
        self.tray = tray

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()

    def notify(self, reminders: list[DueReminder], missed: bool) -> None:
        if not reminders or not self.tray.isVisible():
            return
        from recoverybox.i18n.qt import translate
        from recoverybox.reminders import words

        first, more = reminders[0], len(reminders) - 1
        title = words.title(first)
        if missed:
            title = translate("Reminders", "Missed: {title}").format(title=title)
        body = words.detail(first)
        if more:
            body = translate("Reminders", "{detail} (and %n more)", None, more).format(detail=body)
        self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 10_000)


class FanOutNotifier:
    """Announces through every back-end given (pop-up first)."""

    def __init__(self, *backends: Notifier) -> None:
        self.backends = backends

    def notify(self, reminders: list[DueReminder], missed: bool) -> None:
        for backend in self.backends:
            backend.notify(reminders, missed)
