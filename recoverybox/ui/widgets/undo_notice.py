"""A status-bar message about what was just saved, with an Undo button beside it while the message shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QStatusBar

SHOWN_MS = 15_000


class UndoNotice(QObject):
    """``show_message(text)`` puts ``text`` in the status bar and an Undo button beside it; both go together.
    The button leaves the status bar with ``owner`` (a view dropped at lock)."""

    def __init__(self, owner: QObject, status_bar: QStatusBar, undo: Callable[[], None]) -> None:
        super().__init__(owner)
        self._bar = status_bar
        self._text = ""
        self.button = QPushButton(self.tr("&Undo"))
        self.button.setObjectName("undoButton")
        self.button.setToolTip(self.tr("Undo what was just saved (Ctrl+Z)"))
        self.button.setAccessibleName(self.tr("Undo"))
        self.button.clicked.connect(undo)
        self.button.clicked.connect(self.button.hide)
        self.button.hide()
        status_bar.addPermanentWidget(self.button)
        status_bar.messageChanged.connect(self._on_message_changed)
        owner.destroyed.connect(self.button.deleteLater)

    def show_message(self, text: str) -> None:
        self._text = text
        self._bar.showMessage(text, SHOWN_MS)
        self.button.show()

    def _on_message_changed(self, text: str) -> None:
        if text != self._text:
            self.button.hide()
