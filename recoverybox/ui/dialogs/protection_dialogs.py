"""Dialogs of Settings › Privacy: a new or changed passphrase (typed twice, with what losing it means),
the current passphrase before turning protection off, and the recovery key, shown once with a printable PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.base.validation import ValidationError
from recoverybox.core.protection.keys import check_passphrase
from recoverybox.core.protection.service import LOSS_WARNING
from recoverybox.i18n.qt import translate
from recoverybox.ui.dialogs.field_errors import FieldErrors
from recoverybox.ui.fonts import HEADING, emphasise
from recoverybox.ui.ops.words import words
from recoverybox.ui.widgets import plain


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(300)
    return field


class PassphraseDialog(QDialog):
    """``mode``: "new" (turn on: passphrase twice, with the warning), "change" (current, then new twice),
    "reset" (new twice, after a recovery-key unlock) or "current" (the passphrase alone, before turning
    protection off). ``check_current(text)`` raises
    ``ValidationError`` for a wrong current passphrase (it is checked before the dialog closes)."""

    def __init__(self, mode: str, parent: QWidget | None = None, check_current=None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.check_current = check_current
        self.errors = FieldErrors()
        titles = {
            "new": self.tr("Protect my data with a passphrase"),
            "change": self.tr("Change my passphrase"),
            "current": self.tr("Turn protection off"),
            "reset": self.tr("Choose a new passphrase"),
        }
        self.setWindowTitle(titles[mode])
        layout = QVBoxLayout(self)
        intro = self._intro(mode)
        layout.addWidget(intro)
        if mode == "new":
            warning = QLabel(self.tr(LOSS_WARNING))
            warning.setObjectName("lossWarning")
            warning.setWordWrap(True)
            font = warning.font()
            font.setBold(True)
            warning.setFont(font)
            layout.addWidget(warning)
        form = QFormLayout()
        self.current: QLineEdit | None = None
        self.new: QLineEdit | None = None
        self.again: QLineEdit | None = None
        if mode in ("change", "current"):
            self.current = _secret_field("currentPassphrase")
            form.addRow(self.tr("&Passphrase now") if mode == "change" else self.tr("&Passphrase"), self.current)
            form.addRow("", self.errors.label_for("passphrase", self.current))
        if mode in ("new", "change", "reset"):
            self.new = _secret_field("newPassphrase")
            self.new.setPlaceholderText(self.tr("At least 8 characters; a short sentence is good"))
            self.again = _secret_field("againPassphrase")
            form.addRow(self.tr("&Passphrase") if mode == "new" else self.tr("&New passphrase"), self.new)
            form.addRow("", self.errors.label_for("new_passphrase", self.new))
            form.addRow(self.tr("Type it &again"), self.again)
            form.addRow("", self.errors.label_for("again", self.again))
        layout.addLayout(form)
        self.understood = None
        if mode == "new":
            self.understood = QCheckBox(
                self.tr("I understand that without my passphrase or recovery key my data is lost")
            )
            self.understood.setObjectName("understood")
            layout.addWidget(self.understood)
            layout.addWidget(self.errors.label_for("understood", self.understood))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok_text = {
            "new": self.tr("&Protect my data"),
            "change": self.tr("&Change"),
            "current": self.tr("&Turn off"),
            "reset": self.tr("&Save"),
        }
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text[mode])
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        first = self.current or self.new
        if first is not None:
            first.setFocus()

    def _intro(self, mode: str) -> QLabel:
        """What this passphrase does, in the words for ``mode``."""
        intro = QLabel()
        intro.setWordWrap(True)
        intro.setObjectName("passphraseIntro")
        if mode == "new":
            intro.setText(
                self.tr(
                    "Your journal, goals, calendar, contacts and every backup will be encrypted on this computer. "
                    "RecoveryBox will ask for this passphrase when it starts, and lock itself when you leave it.\n\n"
                    "You will also get a recovery key, shown once, to write down or print."
                )
            )
        elif mode == "current":
            intro.setText(
                self.tr(
                    "Your data and its backups will be plain files again: anyone who can open this folder can "
                    "read them. Type your passphrase to go on."
                )
            )
        elif mode == "reset":
            intro.setText(
                self.tr(
                    "You opened your data with the recovery key. Choose a new passphrase now; the recovery key "
                    "keeps working too."
                )
            )
        else:
            intro.setText(self.tr("Your data is not rewritten; only the key that opens it changes."))
        return intro

    def passphrase(self) -> str:
        """The new passphrase ("new", "change") or the one typed ("current")."""
        field = self.new or self.current
        return field.text() if field is not None else ""

    def current_passphrase(self) -> str:
        return self.current.text() if self.current is not None else ""

    def _on_ok(self) -> None:
        try:
            if self.new is not None:
                check_passphrase(self.new.text(), "new_passphrase")
                if self.again is None or self.again.text() != self.new.text():
                    raise ValidationError("again", self.tr("The two passphrases are not the same."))
            if self.understood is not None and not self.understood.isChecked():
                raise ValidationError("understood", self.tr("Tick this to show you have read the warning above."))
            if self.current is not None:
                if not self.current.text():
                    raise ValidationError("passphrase", self.tr("Type your passphrase."))
                if self.check_current is not None:
                    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                    try:
                        self.check_current(self.current.text())
                    finally:
                        QGuiApplication.restoreOverrideCursor()
        except ValidationError as error:
            self.errors.show(error, "new_passphrase" if self.new is not None else "passphrase")
            return
        self.accept()


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: copy it, save it as a PDF to print, and say it is kept before closing."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None, save_pdf=None) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.save_pdf = save_pdf or write_recovery_pdf
        self.setWindowTitle(self.tr("Your recovery key"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Write this down, or print it, and keep it away from this computer"))
        heading.setWordWrap(True)
        emphasise(heading, HEADING)
        layout.addWidget(heading)
        self.key_label = QLabel(recovery_key)
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.4 if font.pointSizeF() > 0 else 14)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.key_label)
        explain = QLabel(
            self.tr(
                "If you forget your passphrase, this key opens your data. It is shown only now; RecoveryBox "
                "does not keep it anywhere it can show you again (you can make a new one in Settings › Privacy "
                "while unlocked)."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        row = QHBoxLayout()
        copy = QPushButton(self.tr("&Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(recovery_key))
        self.pdf_button = QPushButton(self.tr("Save as &PDF to print…"))
        self.pdf_button.clicked.connect(self._on_pdf)
        row.addWidget(copy)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.kept = QCheckBox(self.tr("I have written it down or saved it somewhere safe"))
        self.kept.setObjectName("keyKept")
        layout.addWidget(self.kept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.done_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.done_button.setText(self.tr("&Done"))
        self.done_button.setEnabled(False)
        self.kept.toggled.connect(self.done_button.setEnabled)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def reject(self) -> None:  # Escape does not close it before the key is kept
        if self.kept.isChecked():
            super().reject()

    def _on_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key"), "recoverybox-recovery-key.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.write_pdf(path)

    def write_pdf(self, path: str) -> None:
        try:
            self.save_pdf(Path(path), self.recovery_key)
        except ValidationError as error:
            self.status.setText(words(error))
            return
        self.status.setText(
            self.tr("Saved to {path}. Print it, then delete the file: anyone who finds it can open your data.").format(
                path=path
            )
        )


def readable_ok(parent: QWidget, protected: bool) -> bool:
    """Protected data going out to a plain file: say so first (the file is private to this user, 0600)."""
    from PySide6.QtWidgets import QMessageBox

    if not protected:
        return True
    answer = plain.question(
        parent,
        translate("ProtectionDialogs", "This file will not be protected"),
        translate(
            "ProtectionDialogs",
            "Your data is encrypted here, but the file you are about to save will be readable: by anyone who can "
            "open it under your user account, or wherever you copy it. Save it anyway?",
        ),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Save


def write_recovery_pdf(path: Path, recovery_key: str) -> Path:
    """A one-page PDF with the recovery key and what it is for (0600, written whole)."""
    from datetime import date
    from html import escape

    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    from recoverybox.core.storage.files import write_whole
    from recoverybox.ui.format import date_text
    from recoverybox.ui.printing.week_pdf import is_whole_pdf

    heading = translate("Printing", "RecoveryBox recovery key")
    made = translate("Printing", "Made on {date}.").format(date=date_text(date.today(), long=True))
    how = translate(
        "Printing",
        "If you forget your RecoveryBox passphrase, choose “Forgot it? Use the recovery key” on the lock screen and "
        "type this key. Anyone with this key and your computer can read your data: keep this page somewhere safe, "
        "away from the computer, and delete the PDF file once it is printed.",
    )
    document = QTextDocument()
    document.setHtml(
        f"<h1>{escape(heading)}</h1><p>{escape(made)}</p>"
        f"<p style='font-family: monospace; font-size: 20pt'><b>{escape(recovery_key)}</b></p>"
        f"<p>{escape(how)}</p>"
    )

    def draw(temp: Path) -> None:
        writer = QPdfWriter(str(temp))
        writer.setTitle(heading)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        document.print_(writer)
        del writer  # the PDF is finished when its writer goes

    return write_whole(path, draw, is_whole_pdf)
