"""What a view's page shows when the view could not be built or drawn: calm words and a way to try again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class ErrorPanel(QWidget):
    """Stands in for a view that failed, so one bad record never takes the whole app down."""

    retry_requested = Signal(str)

    def __init__(self, key: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view_key = key
        self.setObjectName("errorPanel")
        self.message = QLabel(
            self.tr(
                "<h3>{view} could not be shown</h3>"
                "<p>Something in it went wrong. Your data is safe, and the other views still work.</p>"
                "<p>The details were written to the log file. You can try again, or carry on elsewhere.</p>"
            ).format(view=label)
        )
        self.message.setWordWrap(True)
        self.retry = QPushButton(self.tr("&Try again"))
        self.retry.clicked.connect(lambda: self.retry_requested.emit(self.view_key))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(self.message)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def mark_stale(self) -> None:
        """Views are told when data changes; a stand-in has nothing to redraw."""

    def flush(self) -> None:
        """Nothing typed here to save."""
