"""Settings › Safety and data: the crisis line and emergency number (with a suggestion for the person's
country), where the data lives, and how many backups are kept."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.ui.settings.editors import Editor
from recoverybox.ui.settings.page import OptionsPage
from recoverybox.ui.widgets.crisis_fields import CrisisFields


class SafetyPage(OptionsPage):
    PAGE = "safety"
    TITLE = QT_TRANSLATE_NOOP("settings", "&Safety and data")
    OWN = ("crisis_line", "emergency_number")

    def build(self) -> None:
        values, errors = self.values_now, self.context.errors
        self.crisis_fields = CrisisFields(
            values["crisis_line"], values["emergency_number"], self.context.services.zone_name
        )
        fields = self.crisis_fields
        self.editors["crisis_line"] = Editor("crisis_line", fields.crisis, lambda: fields.values()["crisis_line"])
        self.editors["emergency_number"] = Editor(
            "emergency_number", fields.emergency, lambda: fields.values()["emergency_number"]
        )
        self.form.addRow(fields)
        self.form.addRow("", errors.label_for("crisis_line", fields.crisis))
        self.form.addRow("", errors.label_for("emergency_number", fields.emergency))
        self._data_folder()
        super().build()  # the backups kept

    def _data_folder(self) -> None:
        data_dir = self.context.data_dir
        folder = QLineEdit(data_dir)
        folder.setReadOnly(True)
        folder.setAccessibleName(self.tr("Data folder"))
        open_folder = QPushButton(self.tr("&Open folder"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(data_dir)))
        row = QHBoxLayout()
        row.addWidget(folder, 1)
        row.addWidget(open_folder)
        self.form.addRow(self.tr("Data folder"), row)
