"""Create or edit a goal: a daily habit, a weekly count, or a measured number, with an optional nudge."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.goals.service import GoalInput, validate_goal
from recoverybox.ui.dialogs.field_errors import FieldErrors, save_cancel_buttons
from recoverybox.ui.widgets.typed_fields import TimeField

AREAS = (
    ("sobriety", QT_TRANSLATE_NOOP("GoalDialog", "Sobriety")),
    ("meetings", QT_TRANSLATE_NOOP("GoalDialog", "Support meetings")),
    ("health", QT_TRANSLATE_NOOP("GoalDialog", "Health")),
    ("relationships", QT_TRANSLATE_NOOP("GoalDialog", "Relationships")),
    ("self_care", QT_TRANSLATE_NOOP("GoalDialog", "Self-care")),
    ("custom", QT_TRANSLATE_NOOP("GoalDialog", "My own")),
)
KINDS = (
    ("daily", QT_TRANSLATE_NOOP("GoalDialog", "Every day (yes or no)")),
    ("weekly_count", QT_TRANSLATE_NOOP("GoalDialog", "A number of times a week")),
    ("measured", QT_TRANSLATE_NOOP("GoalDialog", "A measured amount a day (e.g. minutes)")),
)
LINKS = (
    (None, QT_TRANSLATE_NOOP("GoalDialog", "Nothing")),
    ("meeting", QT_TRANSLATE_NOOP("GoalDialog", "Support meetings I attend")),
    ("therapy", QT_TRANSLATE_NOOP("GoalDialog", "Therapy sessions I attend")),
    ("self_care", QT_TRANSLATE_NOOP("GoalDialog", "Self-care events I attend")),
)


class GoalDialog(QDialog):
    """The goal form; ``accepted_input`` holds the validated ``GoalInput`` after Save."""

    def __init__(self, data: GoalInput, parent: QWidget | None = None, editing: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit goal") if editing else self.tr("New goal"))
        self.setMinimumWidth(440)
        self.errors = FieldErrors()
        self.accepted_input: GoalInput | None = None
        self.title = QLineEdit(data.title)
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("e.g. Journal today, 3 meetings a week, 20 minutes walking"))
        self.area = QComboBox()
        self.area.setObjectName("area")
        for key, label in AREAS:
            self.area.addItem(self.tr(label), key)
        self.area.setCurrentIndex(max(self.area.findData(data.area), 0))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for key, label in KINDS:
            self.kind.addItem(self.tr(label), key)
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.target = QDoubleSpinBox()
        self.target.setObjectName("target")
        self.target.setRange(0, 1_000_000)
        self.target.setDecimals(0)
        self.target.setValue(data.target or 3)
        self.unit = QLineEdit(data.unit or "")
        self.unit.setObjectName("unit")
        self.unit.setPlaceholderText(self.tr("minutes, pages, glasses…"))
        self.linked = QComboBox()
        self.linked.setObjectName("linked_event_kind")
        for link, label in LINKS:
            self.linked.addItem(self.tr(label), link)
        self.linked.setCurrentIndex(max(self.linked.findData(data.linked_event_kind), 0))
        self.remind = QCheckBox(self.tr("&Remind me if it's not done by"))
        self.remind.setObjectName("remind")
        self.remind.setChecked(bool(data.remind_at))
        self.remind_at = TimeField(QTime.fromString(data.remind_at or "19:00", "HH:mm"))
        self.remind_at.setAccessibleName(self.tr("Reminder time"))
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)

        form = QFormLayout()
        form.addRow(self.tr("&Goal"), self.title)
        form.addRow("", self.errors.label_for("title", self.title))
        form.addRow(self.tr("&Area"), self.area)
        form.addRow(self.tr("&Type"), self.kind)
        form.addRow(self.tr("Targ&et"), self.target)
        form.addRow("", self.errors.label_for("target", self.target))
        form.addRow(self.tr("&Unit"), self.unit)
        form.addRow(self.tr("&Counts automatically"), self.linked)
        form.addRow(self.remind, self.remind_at)
        form.addRow("", self.errors.label_for("remind_at", self.remind_at))
        form.addRow(self.tr("&Notes"), self.notes)
        buttons = save_cancel_buttons(self, self._on_save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._update)
        self.remind.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        kind = self.kind.currentData()
        self.target.setEnabled(kind != "daily")
        self.unit.setEnabled(kind == "measured")
        self.linked.setEnabled(kind == "weekly_count")
        self.target.setSuffix(self.tr(" times a week") if kind == "weekly_count" else "")
        self.remind_at.setEnabled(self.remind.isChecked())

    def current_input(self) -> GoalInput:
        kind = self.kind.currentData()
        return GoalInput(
            title=self.title.text(),
            kind=kind,
            area=self.area.currentData(),
            target=self.target.value() if kind != "daily" else None,
            unit=self.unit.text() if kind == "measured" else None,
            linked_event_kind=self.linked.currentData() if kind == "weekly_count" else None,
            remind_at=self.remind_at.time().toString("HH:mm") if self.remind.isChecked() else None,
            notes=self.notes.toPlainText(),
        )

    def _on_save(self) -> None:
        if self.remind.isChecked() and self.remind_at.problem():
            return
        try:
            self.accepted_input = validate_goal(self.current_input())
        except ValidationError as error:
            self.errors.show(error, "title")
            return
        self.accept()
