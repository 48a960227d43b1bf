"""The crisis line and emergency number fields, with a suggestion for the person's country from the shipped
table (its source and the date it was checked shown beside it; the person confirms or edits it)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from recoverybox.core.support.crisis_lines import CrisisRow, suggest


def system_country() -> str:
    """The ISO code of the locale's territory ("" when the locale names none, as C.UTF-8 does)."""
    territory = QLocale().territory()
    if territory == QLocale.Country.AnyTerritory:
        return ""
    return QLocale.territoryToCode(territory)


class CrisisFields(QWidget):
    """Two fields and, when the table has the person's country, a line offering its numbers."""

    def __init__(self, crisis_line: str, emergency: str, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crisis = QLineEdit(crisis_line)
        self.crisis.setObjectName("crisis_line")
        self.crisis.setAccessibleName(self.tr("Crisis line"))
        self.crisis.setPlaceholderText(self.tr("A name and number, e.g. Samaritans 116 123"))
        self.emergency = QLineEdit(emergency)
        self.emergency.setObjectName("emergency_number")
        self.emergency.setAccessibleName(self.tr("Emergency number"))
        self.emergency.setPlaceholderText(self.tr("e.g. 999, 911, 112, 000"))
        self.emergency.setMaxLength(40)
        self.suggestion = QLabel()
        self.suggestion.setObjectName("crisisSuggestion")
        self.suggestion.setWordWrap(True)
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        self.use_button = QPushButton(self.tr("&Use these numbers"))
        self.use_button.setObjectName("useSuggestedNumbers")
        self.use_button.clicked.connect(self.use_suggestion)
        self.row: CrisisRow | None = suggest(system_country(), zone)
        if self.row is not None:
            checked = QDate.fromString(self.row.checked, "yyyy-MM-dd")
            self.suggestion.setText(
                self.tr(
                    "For {country}: {line}; emergencies {emergency}. From {source}, checked {date}. "
                    "Check them, and change them if they are wrong for you."
                ).format(
                    country=self.row.name,
                    line=self.row.line,
                    emergency=self.row.emergency,
                    source=self.row.sources[0].split("/")[2],
                    date=QLocale().toString(checked, "d MMM yyyy"),
                )
            )
        else:
            self.suggestion.setText(
                self.tr("Add the crisis or helpline number for your country. Without one, the help window shows 112.")
            )
        self.use_button.setVisible(self.row is not None)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Cr&isis line"), self.crisis)
        form.addRow(self.tr("E&mergency number"), self.emergency)
        form.addRow("", self.suggestion)
        form.addRow("", self.use_button)

    def use_suggestion(self) -> None:
        if self.row is not None:
            self.crisis.setText(self.row.line)
            self.emergency.setText(self.row.emergency)

    def values(self) -> dict[str, str]:
        return {"crisis_line": self.crisis.text().strip(), "emergency_number": self.emergency.text().strip()}
