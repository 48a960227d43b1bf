"""Settings › Privacy: protection at rest and the app lock: on or off, the passphrase, the recovery key, the
minutes before it locks, and whether reminders say what they are about while locked."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QSpinBox

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.ui.settings.page import OptionsPage


class PrivacyPage(OptionsPage):
    PAGE = "privacy"
    TITLE = QT_TRANSLATE_NOOP("settings", "&Privacy")

    action_requested = Signal(str)  # "on", "off", "change", "recovery": saved first, then done by the lock

    def build(self) -> None:
        privacy = self.context.privacy
        self.protected = privacy is not None and self.context.services.protected
        self._status()
        self._actions(enabled=privacy is not None)
        super().build()  # the idle minutes
        lock_after = self.field("lock_after_minutes")
        assert isinstance(lock_after, QSpinBox)
        lock_after.setSuffix(self.tr(" min"))
        lock_after.setSpecialValueText(self.tr("Never"))
        lock_after.setEnabled(self.protected)
        self.lock_details = QCheckBox(self.tr("Show what reminders are about while locked"))
        self.lock_details.setObjectName("lock_details")
        self.lock_details.setChecked(self.protected and privacy.details_allowed())
        self.lock_details.setEnabled(self.protected)
        self.form.addRow("", self.lock_details)
        hint = QLabel(
            self.tr(
                "Ctrl+L locks at once. While locked, reminders say only “RecoveryBox reminder” (unless ticked "
                "above) and “I need help now” still works, without your private data."
            )
        )
        hint.setWordWrap(True)
        self.form.addRow("", hint)

    def _status(self) -> None:
        self.privacy_status = QLabel(
            self.tr(
                "Your data and its backups are encrypted with your passphrase. RecoveryBox asks for it when it "
                "starts and locks itself when you leave it."
            )
            if self.protected
            else self.tr(
                "Your data is a plain file that anyone who can use this computer account (or a stolen disk) can "
                "read. A passphrase encrypts it, its backups included."
            )
        )
        self.privacy_status.setObjectName("privacyStatus")
        self.privacy_status.setWordWrap(True)
        self.form.addRow(self.privacy_status)

    def _actions(self, enabled: bool) -> None:
        self.privacy_buttons: dict[str, QPushButton] = {}
        actions = (
            (("change", self.tr("C&hange passphrase…")), ("recovery", self.tr("New recovery &key…")),
             ("off", self.tr("&Turn protection off…")))
            if self.protected
            else (("on", self.tr("Protect my &data with a passphrase…")),)
        )  # fmt: skip
        row = QHBoxLayout()
        for name, label in actions:
            button = QPushButton(label)
            button.setObjectName(f"privacy_{name}")
            button.setProperty("privacy_action", name)
            # A bound method, not a lambda holding the page: that cycle crashed PySide6 at exit.
            button.clicked.connect(self._on_clicked)
            button.setEnabled(enabled)
            row.addWidget(button)
            self.privacy_buttons[name] = button
        row.addStretch(1)
        self.form.addRow(row)

    def _on_clicked(self) -> None:
        self.action_requested.emit(self.sender().property("privacy_action"))

    def saved(self) -> None:
        """Whether reminders show details while locked lives in the lock screen's file, not the data."""
        privacy = self.context.privacy
        if self.protected and self.lock_details.isChecked() != privacy.details_allowed():
            privacy.protection.set_lock_screen(details=self.lock_details.isChecked())
