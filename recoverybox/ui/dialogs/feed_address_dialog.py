"""Asks for a meeting list's web address, and says plainly what fetching it means."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from recoverybox.core.meetings.feed_rows import FeedError
from recoverybox.core.meetings.fetch import check_address
from recoverybox.ui.dialogs.field_errors import FieldErrors


class FeedAddressDialog(QDialog):
    """The address is checked before the dialog closes: https:// (or this computer), no password in it."""

    def __init__(self, parent: QWidget | None = None, address: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Load a meeting list from the web"))
        intro = QLabel(
            self.tr(
                "Paste the address of your area's meeting list (a Meeting Guide JSON feed or a CSV table, "
                "often ending in .json or .csv).\n\nRecoveryBox connects to this address only now and when you "
                "click “Check for updates”, to fetch the list. It sends nothing about you and makes no other "
                "connection."
            )
        )
        intro.setWordWrap(True)
        self.address = QLineEdit(address)
        self.address.setObjectName("feedAddress")
        self.address.setAccessibleName(self.tr("Web address of the meeting list"))
        self.address.setPlaceholderText("https://…/meetings.json")
        self.address.setClearButtonEnabled(True)
        self.errors = FieldErrors()
        error_label = self.errors.label_for("feed", self.address)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Fetch the list"))
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.address, error_label, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(460)

    def url(self) -> str:
        return self.address.text().strip()

    def _on_accept(self) -> None:
        try:
            check_address(self.url())
        except FeedError as exc:
            self.errors.show(exc, "feed")
            # Grow to fit the message: squeezed, the dialog would cut its own explanation short.
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
            return
        self.accept()
