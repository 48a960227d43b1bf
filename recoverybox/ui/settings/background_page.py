"""Settings › In the background: how reminders reach the person, starting at login, and what closing the window
does."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.ui.settings.page import OptionsPage


class BackgroundPage(OptionsPage):
    PAGE = "background"
    TITLE = QT_TRANSLATE_NOOP("settings", "In the &background")

    def build(self) -> None:
        super().build()
        explain = QLabel(
            self.tr(
                "Reminders only arrive while RecoveryBox runs. Running in the background, it shows no window; "
                "open it again from your applications menu. File › Quit always stops it."
            )
        )
        explain.setWordWrap(True)
        self.form.addRow("", explain)
