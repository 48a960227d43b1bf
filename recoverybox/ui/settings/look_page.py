"""Settings › Calendar and look: the week's first day and first hour, the clock, the theme, the language, the
currency."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.ui.settings.page import OptionsPage


class LookPage(OptionsPage):
    PAGE = "look"
    TITLE = QT_TRANSLATE_NOOP("settings", "&Calendar and look")

    def build(self) -> None:
        super().build()
        first_hour = self.field("day_start_hour")
        assert isinstance(first_hour, QSpinBox)
        first_hour.setSuffix(":00")
        currency = self.field("currency")
        assert isinstance(currency, QLineEdit)
        currency.setMaxLength(8)
        currency.setMaximumWidth(120)
        currency.setPlaceholderText(QLocale().currencySymbol() or self.tr("e.g. £, €, $"))
        language = self.field("language")
        note = QLabel(self.tr("A new language is used from the next time RecoveryBox starts."))
        note.setObjectName("languageNote")
        note.setWordWrap(True)
        row, _role = cast("tuple[int, object]", self.form.getWidgetPosition(language))
        self.form.insertRow(row + 1, "", note)
        currency.setToolTip(self.tr("For money not spent on the sober-since clocks; empty uses your system's"))
