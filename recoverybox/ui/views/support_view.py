"""Support: the people to call (tel: and mailto: one click away) and the relapse-prevention plan."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.base.changes import Area, Changes
from recoverybox.core.base.errors import UserError
from recoverybox.core.recovery.daily_content import OWN_LISTS, PLAN_SECTIONS
from recoverybox.core.support.contacts import ContactInput
from recoverybox.i18n.qt import translate
from recoverybox.ui import spacing
from recoverybox.ui.dialogs.contact_dialog import ROLES, ContactDialog
from recoverybox.ui.fonts import TITLE, emphasise
from recoverybox.ui.ops.perform import perform
from recoverybox.ui.ops.words import words
from recoverybox.ui.views.view_base import ViewBase
from recoverybox.ui.widgets import plain
from recoverybox.ui.widgets.empty_state import EmptyState
from recoverybox.ui.widgets.journal_editor import AUTOSAVE_MS as PLAN_AUTOSAVE_MS
from recoverybox.ui.widgets.scrolling import up_and_down

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.app.services import Services

ROLE_LABELS = dict(ROLES)


class SupportView(ViewBase):
    """Contacts (pinned first) and the plan."""

    READS = frozenset({Area.CONTACTS, Area.RECOVERY, Area.SOBRIETY, Area.SETTINGS})

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._contacts: list[Any] = []
        self.tabs = QTabWidget()
        self.tabs.addTab(self._make_contacts(), self.tr("&People"))
        self.tabs.addTab(self._make_plan(), self.tr("My p&lan"))
        layout = QVBoxLayout(self)
        spacing.page(layout)
        layout.addWidget(self.tabs)

    def _make_contacts(self) -> QWidget:
        """The people: a table, and Add, Edit, Call, E-mail, Pin and Delete."""
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
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda *_: self.edit_contact())
        self.empty = EmptyState(self.tr("No contacts yet. Who could you call on a hard day? Add them here."))
        self.add_button = QPushButton(self.tr("&Add contact…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.call_button = QPushButton(self.tr("&Call"))
        self.call_button.setToolTip(self.tr("Call with your phone app"))
        self.mail_button = QPushButton(self.tr("E-&mail"))
        self.mail_button.setToolTip(self.tr("Write an e-mail"))
        self.pin_button = QPushButton(self.tr("P&in"))
        self.pin_button.setToolTip(self.tr("Pinned contacts appear in the panic window"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        for button, slot in (
            (self.add_button, self.add_contact),
            (self.edit_button, self.edit_contact),
            (self.call_button, self.call),
            (self.mail_button, self.mail),
            (self.pin_button, self.toggle_pin),
            (self.delete_button, self.delete_contact),
        ):
            button.clicked.connect(slot)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.call_button,
            self.mail_button,
            self.pin_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        contacts = QWidget()
        contacts_layout = QVBoxLayout(contacts)
        contacts_layout.addWidget(heading)
        contacts_layout.addLayout(buttons)
        contacts_layout.addWidget(self.table, 1)
        contacts_layout.addWidget(self.empty, 1)

        return contacts

    def _make_plan(self) -> QWidget:
        """The plan: saved as it is typed (shortly after the last key), like the journal; no Save button."""
        self.plan_edits: dict[str, QPlainTextEdit] = {}
        self._plan_timer = QTimer(self)
        self._plan_timer.setSingleShot(True)
        self._plan_timer.setInterval(PLAN_AUTOSAVE_MS)
        self._plan_timer.timeout.connect(self.save_plan)
        plan = QWidget()
        intro = QLabel(self.tr("A plan written on a calm day helps on a hard one. Only you see it. It saves itself."))
        intro.setWordWrap(True)
        sections = QWidget()
        sections.setObjectName("planSections")
        grid = QGridLayout(sections)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        line = self.fontMetrics().lineSpacing()
        for row, (key, title) in enumerate(PLAN_SECTIONS + OWN_LISTS):
            edit = QPlainTextEdit()
            edit.setObjectName(f"plan_{key}")
            edit.setAccessibleName(self.tr(title))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(3 * line + 14)  # three lines in sight; more scroll inside the field
            if key in ("reasons", "own_coping"):
                edit.setPlaceholderText(self.tr("One per line"))
            edit.textChanged.connect(self._plan_timer.start)
            label = QLabel(self.tr(title))
            label.setWordWrap(True)
            label.setBuddy(edit)
            # Two sections a row where there is room: a label above each field.
            column = row % 2
            grid.addWidget(label, (row // 2) * 2, column)
            grid.addWidget(edit, (row // 2) * 2 + 1, column)
            self.plan_edits[key] = edit
        grid.setRowStretch(grid.rowCount(), 1)
        plan_scroll = up_and_down(sections, "planScroll")
        self.plan_status = QLabel()
        self.plan_status.setObjectName("planStatus")
        self.plan_pdf_button = QPushButton(self.tr("Export plan as P&DF…"))
        self.plan_pdf_button.clicked.connect(self._on_plan_pdf)
        plan_buttons = QHBoxLayout()
        plan_buttons.addWidget(self.plan_pdf_button)
        plan_buttons.addWidget(self.plan_status, 1)
        plan_layout = QVBoxLayout(plan)
        plan_layout.addWidget(intro)
        plan_layout.addWidget(plan_scroll, 1)
        plan_layout.addLayout(plan_buttons)

        return plan

    def refresh(self) -> None:
        contacts = self.services.contacts.list()
        self._contacts = contacts
        self.empty.setVisible(not contacts)
        self.table.setVisible(bool(contacts))
        self.table.setRowCount(len(contacts))
        for row, contact in enumerate(contacts):
            name = ("★ " if contact.pinned else "") + contact.name
            values = [
                name,
                translate("ContactDialog", ROLE_LABELS.get(contact.role, contact.role)),
                contact.phone or "",
                contact.email or "",
                contact.best_times or "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, contact.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if self._plan_timer.isActive():
            self.save_plan()  # typing not yet saved is saved, not replaced by the stored plan
        plan = self.services.recovery.plan()
        for key, edit in self.plan_edits.items():
            if edit.toPlainText() != plan[key]:
                edit.blockSignals(True)  # showing the stored plan is not an edit to save
                edit.setPlainText(plan[key])
                edit.blockSignals(False)
        self._update_buttons()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self._contacts[rows[0].row()] if rows else None

    def select_contact(self, contact_id: int) -> None:
        for row, contact in enumerate(self._contacts):
            if contact.id == contact_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        contact = self.selected()
        for button in (self.edit_button, self.pin_button, self.delete_button):
            button.setEnabled(contact is not None)
        self.call_button.setEnabled(bool(contact and contact.phone))
        self.mail_button.setEnabled(bool(contact and contact.email))
        self.pin_button.setText(self.tr("Unp&in") if contact and contact.pinned else self.tr("P&in"))

    def _redraw(self, _changes: Changes) -> None:
        self.refresh()

    def add_contact(self) -> None:
        dialog = ContactDialog(ContactInput(""), self)
        person = dialog.accepted_input if dialog.exec() else None
        if person:
            perform(self, lambda: self.services.contacts.create(person), on_done=self._redraw)

    def edit_contact(self) -> None:
        contact = self.selected()
        if contact is None:
            return
        data = ContactInput(
            contact.name, contact.role, contact.phone, contact.email, contact.best_times, contact.notes, contact.pinned
        )
        dialog = ContactDialog(data, self, editing=True)
        changed = dialog.accepted_input if dialog.exec() else None
        if changed:
            perform(self, lambda: self.services.contacts.update(contact.id, changed), on_done=self._redraw)

    def toggle_pin(self) -> None:
        contact = self.selected()
        if contact is not None:
            data = ContactInput(
                contact.name,
                contact.role,
                contact.phone,
                contact.email,
                contact.best_times,
                contact.notes,
                not contact.pinned,
            )
            perform(self, lambda: self.services.contacts.update(contact.id, data), on_done=self._redraw)
            self.select_contact(contact.id)

    def delete_contact(self) -> None:
        contact = self.selected()
        if contact is None:
            return
        answer = plain.question(
            self,
            self.tr("Delete contact"),
            self.tr("Remove {name} from your contacts?").format(name=contact.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            perform(self, lambda: self.services.contacts.delete(contact.id), on_done=self._redraw)

    def call(self) -> None:
        contact = self.selected()
        if contact and contact.phone:
            QDesktopServices.openUrl(self.phone_url(contact.phone))

    def mail(self) -> None:
        contact = self.selected()
        if contact and contact.email:
            QDesktopServices.openUrl(QUrl(f"mailto:{contact.email}"))

    @staticmethod
    def phone_url(phone: str) -> QUrl:
        return QUrl("tel:" + "".join(ch for ch in phone if ch.isdigit() or ch == "+"))

    def save_plan(self) -> None:
        self._plan_timer.stop()
        sections = {key: edit.toPlainText() for key, edit in self.plan_edits.items()}
        if (
            perform(self, lambda: self.services.recovery.save_plan(sections), on_problem=self._on_plan_not_saved)
        ) is not None:
            self.plan_status.setText(self.tr("Saved"))

    def _on_plan_not_saved(self, error: UserError | OSError) -> None:
        self.plan_status.setText(words(error))

    def flush(self) -> None:
        """Keep unsaved plan text when the window closes (or the view is left, or the data locked)."""
        self._plan_timer.stop()
        plan = self.services.recovery.plan()
        if any(edit.toPlainText() != plan[key] for key, edit in self.plan_edits.items()):
            self.save_plan()

    def _on_plan_pdf(self) -> None:
        from recoverybox.ui.dialogs.protection_dialogs import readable_ok

        self.save_plan()
        if not readable_ok(self, self.services.protected):
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export plan"), "my-plan.pdf", self.tr("PDF (*.pdf)"))
        if path:
            self.export_plan_pdf(path)

    def export_plan_pdf(self, path: str):
        """Draw the plan as a PDF off the GUI thread; returns the running operation."""
        from recoverybox.ui.ops.perform import perform
        from recoverybox.ui.printing.plan_pdf import write_plan_pdf

        services = self.services
        return perform(
            self,
            lambda report: write_plan_pdf(path, services),
            title=self.tr("Drawing your plan…"),
            on_done=lambda _written: self.plan_status.setText(self.tr("Saved to {path}.").format(path=path)),
            failure_title=self.tr("The plan was not saved"),
        )

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._plan_timer.isActive():
            self.save_plan()  # leaving the view never loses what was typed
        super().hideEvent(event)
