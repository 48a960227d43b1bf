"""Add or edit someone in the support network."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.support.contacts import ContactInput, validate_contact
from recoverybox.ui.dialogs.field_errors import FieldErrors, save_cancel_buttons

ROLES = (
    ("sponsor", QT_TRANSLATE_NOOP("ContactDialog", "Sponsor")),
    ("therapist", QT_TRANSLATE_NOOP("ContactDialog", "Therapist / counsellor")),
    ("family", QT_TRANSLATE_NOOP("ContactDialog", "Family")),
    ("friend", QT_TRANSLATE_NOOP("ContactDialog", "Friend")),
    ("peer", QT_TRANSLATE_NOOP("ContactDialog", "Peer")),
    ("crisis_line", QT_TRANSLATE_NOOP("ContactDialog", "Crisis line")),
    ("other", QT_TRANSLATE_NOOP("ContactDialog", "Other")),
)


class ContactDialog(QDialog):
    """The contact form; ``accepted_input`` holds the validated input after Save."""

    def __init__(self, data: ContactInput, parent: QWidget | None = None, editing: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit contact") if editing else self.tr("New contact"))
        self.setMinimumWidth(420)
        self.errors = FieldErrors()
        self.accepted_input: ContactInput | None = None
        self.name = QLineEdit(data.name)
        self.name.setObjectName("name")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for key, label in ROLES:
            self.role.addItem(self.tr(label), key)
        self.role.setCurrentIndex(max(self.role.findData(data.role), 0))
        self.phone = QLineEdit(data.phone or "")
        self.phone.setObjectName("phone")
        self.email = QLineEdit(data.email or "")
        self.email.setObjectName("email")
        self.best_times = QLineEdit(data.best_times or "")
        self.best_times.setObjectName("best_times")
        self.best_times.setPlaceholderText(self.tr("e.g. evenings after 6, not before 9 am"))
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.pinned = QCheckBox(self.tr("&Pin for the panic window"))
        self.pinned.setChecked(data.pinned)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow("", self.errors.label_for("name", self.name))
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("P&hone"), self.phone)
        form.addRow("", self.errors.label_for("phone", self.phone))
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow("", self.errors.label_for("email", self.email))
        form.addRow(self.tr("&Best times to call"), self.best_times)
        form.addRow(self.tr("N&otes"), self.notes)
        form.addRow("", self.pinned)
        buttons = save_cancel_buttons(self, self._on_save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _on_save(self) -> None:
        data = ContactInput(
            self.name.text(),
            self.role.currentData(),
            self.phone.text(),
            self.email.text(),
            self.best_times.text(),
            self.notes.toPlainText(),
            self.pinned.isChecked(),
        )
        try:
            self.accepted_input = validate_contact(data)
        except ValidationError as error:
            self.errors.show(error, "name")
            return
        self.accept()
