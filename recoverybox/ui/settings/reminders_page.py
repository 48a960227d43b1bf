"""Settings › Reminders: which reminders, the morning and evening times, quiet hours, and what new events
remind by default."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.settings.options import OPTIONS
from recoverybox.i18n.qt import translate
from recoverybox.ui.dialogs.event_dialog import OFFSET_CHOICES
from recoverybox.ui.settings.editors import Editor, editor_for, words
from recoverybox.ui.settings.page import OptionsPage


class RemindersPage(OptionsPage):
    PAGE = "reminders"
    TITLE = QT_TRANSLATE_NOOP("settings", "&Reminders")
    OWN = ("quiet_start", "quiet_end", "default_offsets")

    def build(self) -> None:
        super().build()
        self._quiet_hours()
        self._offsets()

    def _quiet_hours(self) -> None:
        """Two optional times in one row, on only while the box is ticked (both empty when off)."""
        values = self.values_now
        self.quiet = QCheckBox(self.tr("&Quiet hours: hold reminders until they end"))
        self.quiet.setObjectName("quiet")
        self.quiet.setChecked(bool(values["quiet_start"] and values["quiet_end"]))
        start = editor_for("quiet_start", values["quiet_start"] or "22:00")
        end = editor_for("quiet_end", values["quiet_end"] or "07:00")
        for editor in (start, end):
            self.editors[editor.key] = self._while_quiet(editor)
        row = QHBoxLayout()
        row.addWidget(start.widget)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(end.widget)
        row.addStretch(1)
        self.form.addRow(self.quiet)
        self.form.addRow(self.tr("From"), row)
        self.form.addRow("", self.context.errors.label_for("quiet_start", start.widget))
        self.quiet.toggled.connect(start.widget.setEnabled)
        self.quiet.toggled.connect(end.widget.setEnabled)
        start.widget.setEnabled(self.quiet.isChecked())
        end.widget.setEnabled(self.quiet.isChecked())

    def _while_quiet(self, editor: Editor) -> Editor:
        """A quiet-hours time: read (and checked) only while quiet hours are on; empty when off."""

        def read() -> Any:
            return editor.read() if self.quiet.isChecked() else ""

        def problem() -> bool:
            return self.quiet.isChecked() and editor.problem()

        return Editor(editor.key, editor.widget, read, problem)

    def _offsets(self) -> None:
        """The reminders a new event starts with: ticks in a list of the usual times before it."""
        offsets = QListWidget()
        offsets.setObjectName("default_offsets")
        offsets.setAccessibleName(self.tr("Default reminders for new events"))
        offsets.setFixedHeight(110)
        for minutes, label in OFFSET_CHOICES:
            item = QListWidgetItem(translate("EventDialog", label))
            item.setData(256, minutes)
            item.setCheckState(_checked(minutes in self.values_now["default_offsets"]))
            offsets.addItem(item)

        def ticked() -> list[int]:
            items = [offsets.item(i) for i in range(offsets.count())]
            return [item.data(256) for item in items if item.checkState() == _checked(True)]

        self.editors["default_offsets"] = Editor("default_offsets", offsets, ticked)
        self.form.addRow(words(OPTIONS["default_offsets"].label), offsets)

    def check(self, values: dict[str, Any]) -> ValidationError | None:
        if values["quiet_start"] and values["quiet_start"] == values["quiet_end"]:
            return ValidationError("quiet_start", self.tr("Quiet hours need a different start and end."))
        return None


def _checked(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
