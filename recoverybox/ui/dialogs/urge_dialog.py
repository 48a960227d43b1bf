"""The quick "I have an urge" note: how strong, what set it off, where, what helped, did it pass."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.recovery.daily import UrgeInput
from recoverybox.ui.dialogs.field_errors import FieldErrors, save_cancel_buttons
from recoverybox.ui.ops.perform import perform

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.app.services import Services
    from recoverybox.core.base.changes import Changes


class UrgeDialog(QDialog):
    """Logs one urge through ``services.recovery``; ``logged`` holds it after OK."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.logged: Changes | None = None
        self.setWindowTitle(self.tr("I have an urge"))
        self.errors = FieldErrors()
        intro = QLabel(self.tr("Noticing an urge is a strong thing to do. Jot down a few words; it passes."))
        intro.setWordWrap(True)
        self.intensity = QSpinBox()
        self.intensity.setObjectName("intensity")
        self.intensity.setRange(0, 10)
        self.intensity.setValue(5)
        self.intensity.setSuffix(" / 10")
        self.trigger = QLineEdit()
        self.trigger.setObjectName("trigger")
        self.trigger.setPlaceholderText(self.tr("What set it off?"))
        self.place = QLineEdit()
        self.place.setObjectName("place")
        self.place.setPlaceholderText(self.tr("Where are you?"))
        self.helped = QLineEdit()
        self.helped.setObjectName("helped")
        self.helped.setPlaceholderText(self.tr("What helped (or might help)?"))
        self.passed_yes = QRadioButton(self.tr("&Yes"))
        self.passed_no = QRadioButton(self.tr("&Not yet"))
        self.passed_unknown = QRadioButton(self.tr("&Don't know"))
        self.passed_unknown.setChecked(True)
        group = QButtonGroup(self)
        passed_row = QHBoxLayout()
        for button in (self.passed_yes, self.passed_no, self.passed_unknown):
            group.addButton(button)
            passed_row.addWidget(button)
        form = QFormLayout()
        form.addRow(self.tr("&How strong"), self.intensity)
        form.addRow("", self.errors.label_for("intensity", self.intensity))
        form.addRow(self.tr("&Trigger"), self.trigger)
        form.addRow("", self.errors.label_for("trigger", self.trigger))
        form.addRow(self.tr("&Where"), self.place)
        form.addRow("", self.errors.label_for("place", self.place))
        form.addRow(self.tr("What he&lped"), self.helped)
        form.addRow(self.tr("Did it pass?"), passed_row)
        buttons = save_cancel_buttons(self, self._on_save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _on_save(self) -> None:
        passed = True if self.passed_yes.isChecked() else False if self.passed_no.isChecked() else None
        data = UrgeInput(self.intensity.value(), self.trigger.text(), self.place.text(), self.helped.text(), passed)
        self.logged = perform(
            self, lambda: self.services.recovery.log_urge(data), on_problem=self.errors.on_problem(self, "intensity")
        )
        if self.logged is not None:
            self.accept()
