"""The support network: who to call, and when."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from recoverybox.ui.empty_state import EmptyState
from recoverybox.ui.fonts import TITLE, emphasise
from recoverybox.ui.view_base import ViewBase

ROLE_LABELS = {
    "sponsor": "Sponsor",
    "therapist": "Therapist / counsellor",
    "family": "Family",
    "friend": "Friend",
    "peer": "Peer",
    "crisis_line": "Crisis line",
    "other": "Other",
}


class SupportView(ViewBase):
    """Contacts, pinned ones first."""

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        heading = QLabel(self.tr("Your support network"))
        emphasise(heading, TITLE)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("contactsTable")
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Phone"), self.tr("E-mail"), self.tr("Best times")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.empty = EmptyState(self.tr("No contacts yet. Who could you call on a hard day? Add them here."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

    def refresh(self) -> None:
        contacts = self.services.contacts.list()
        self.empty.setVisible(not contacts)
        self.table.setVisible(bool(contacts))
        self.table.setRowCount(len(contacts))
        for row, contact in enumerate(contacts):
            name = ("★ " if contact.pinned else "") + contact.name
            values = [
                name,
                self.tr(ROLE_LABELS.get(contact.role, contact.role)),
                contact.phone or "",
                contact.email or "",
                contact.best_times or "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, contact.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
