"""Adding a sober-since clock, and starting again after a slip (kindly worded; history is kept)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from recoverybox.ui.dialogs.field_errors import FieldErrors, save_cancel_buttons
from recoverybox.ui.ops.perform import perform
from recoverybox.ui.widgets.typed_fields import DateField, TimeField

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.app.services import Services
    from recoverybox.core.base.changes import Changes


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ClockDialog(QDialog):
    """A new clock: what it counts, since when, and what not using saves each day."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Add a sober-since clock"))
        self.errors = FieldErrors()
        self.created: Changes | None = None
        today = services.today()
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("e.g. Alcohol, Gambling, Smoking"))
        self.since = DateField(today)
        self.since.setObjectName("since")
        self.since.setAccessibleName(self.tr("Sober since"))
        self.since.setMaximumDate(today)
        self.use_time = QCheckBox(self.tr("I know the &time"))
        self.since_time = TimeField(QTime(0, 0))
        self.since_time.setAccessibleName(self.tr("Sober since time"))
        self.cost = QDoubleSpinBox()
        self.cost.setObjectName("daily_cost")
        self.cost.setRange(0, 100_000)
        self.cost.setDecimals(2)
        self.cost.setSpecialValueText(self.tr("(not set)"))
        self.minutes = QDoubleSpinBox()
        self.minutes.setObjectName("daily_minutes")
        self.minutes.setRange(0, 1440)
        self.minutes.setDecimals(0)
        self.minutes.setSpecialValueText(self.tr("(not set)"))
        self.minutes.setSuffix(self.tr(" min"))
        form = QFormLayout()
        form.addRow(self.tr("&What it counts"), self.name)
        form.addRow("", self.errors.label_for("name", self.name))
        form.addRow(self.tr("&Sober since"), self.since)
        form.addRow("", self.errors.label_for("since", self.since))
        form.addRow(self.use_time, self.since_time)
        form.addRow(self.tr("Money it cost a &day"), self.cost)
        form.addRow("", self.errors.label_for("daily_cost", self.cost))
        form.addRow(self.tr("T&ime it took a day"), self.minutes)
        buttons = save_cancel_buttons(self, self._on_save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.use_time.toggled.connect(self.since_time.setEnabled)
        self.since_time.setEnabled(False)

    def _on_save(self) -> None:
        if self.since.problem() or (self.use_time.isChecked() and self.since_time.problem()):
            return  # the field says why, beneath it, and keeps what was typed
        name, since = self.name.text(), _pydate(self.since.date())
        at = self.since_time.time().toString("HH:mm") if self.use_time.isChecked() else None
        cost, minutes = self.cost.value() or None, self.minutes.value() or None
        self.created = perform(
            self,
            lambda: self.services.sobriety.create_clock(name, since, at, cost, minutes),
            on_problem=self.errors.on_problem(self, "name"),
        )
        if self.created is not None:
            self.accept()


class ResetDialog(QDialog):
    """Starting again after a slip: a new start date and an optional note; the earlier time stays counted."""

    def __init__(self, services: Services, clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = clock
        self.setWindowTitle(self.tr("Start again"))
        self.errors = FieldErrors()
        today = services.today()
        message = QLabel(
            self.tr(
                "A slip doesn't erase what you've done. The days you had are kept in your history, and starting "
                "again is part of recovery. Be kind to yourself today, and consider telling someone you trust."
            )
        )
        message.setWordWrap(True)
        self.since = DateField(today)
        self.since.setObjectName("since")
        self.since.setAccessibleName(self.tr("New start"))
        self.since.setMaximumDate(today)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Optional: what happened, what might help next time (only you see this)"))
        self.note.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&New start"), self.since)
        form.addRow("", self.errors.label_for("since", self.since))
        form.addRow(self.tr("N&ote"), self.note)
        form.addRow("", self.errors.label_for("note", self.note))
        buttons = save_cancel_buttons(self, self._on_ok, self.tr("&Start again"))
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _on_ok(self) -> None:
        if self.since.problem():
            return
        since, note = _pydate(self.since.date()), self.note.toPlainText()
        if (
            perform(
                self,
                lambda: self.services.sobriety.reset(self.clock.id, since, note),
                on_problem=self.errors.on_problem(self, "since"),
            )
        ) is not None:
            self.accept()
