"""A calm, centred message for a view or list with nothing in it yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from recoverybox.ui.fonts import emphasise


class EmptyState(QLabel):
    """Says what is empty and what the person can do about it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("emptyState")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMargin(24)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        emphasise(self, 1.1, bold=False)
