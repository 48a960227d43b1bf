"""Settings › Sync › Deleted by sync: the events a sync found deleted on the server, kept here with their
history, and a way to bring them back (to the calendar here, and to the server at the next sync)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from recoverybox.ui.format import date_text, time_text
from recoverybox.ui.ops.perform import perform
from recoverybox.ui.widgets import plain


class DeletedBySyncDialog(QDialog):
    """A list to tick, Bring back and Close; ``brought_back`` is how many came back."""

    def __init__(self, sync_service, zone, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("deletedBySync")
        self.setWindowTitle(self.tr("Deleted by sync"))
        self.sync_service = sync_service
        self.brought_back = 0
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These events were deleted on your server (or on another device) and so left your calendar here. "
                "Their attendance and reminders are kept. Tick the ones to bring back: they return here, and to "
                "the server at the next sync."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Events deleted by sync"))
        for item in sync_service.deleted_by_sync():
            start = item.start_utc.astimezone(zone)
            row = QListWidgetItem(f"{item.title}  ·  {date_text(start.date())} {time_text(start)}")  # shown plain
            row.setData(Qt.ItemDataRole.UserRole, item.uid)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            row.setToolTip(plain.tip(item.title))
            self.list.addItem(row)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.back_button = buttons.addButton(self.tr("&Bring back"), QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button.clicked.connect(self._on_bring_back)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def _ticked(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _on_bring_back(self) -> None:
        uids = self._ticked()
        if not uids:
            plain.information(self, self.windowTitle(), self.tr("Tick the events to bring back first."))
            return
        back = perform(self, lambda: self.sync_service.bring_back(uids))
        if back is None:
            return
        self.brought_back += len(back.ids)
        for index in reversed(range(self.list.count())):
            if self.list.item(index).data(Qt.ItemDataRole.UserRole) in uids:
                self.list.takeItem(index)
