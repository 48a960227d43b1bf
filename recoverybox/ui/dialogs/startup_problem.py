"""When the data file can't be opened: say what happened and offer a safe way on. Nothing is deleted."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from recoverybox.i18n.qt import translate

if TYPE_CHECKING:
    from recoverybox.core.storage.db import DatabaseError
    from recoverybox.ui.session.data_session import Choice


def ask_what_to_do(parent: QWidget, reason: str, has_backup: bool) -> str:
    """'restore', 'fresh' or 'quit'."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("StartupProblem", "RecoveryBox can't open your data"))
    box.setText(reason)
    box.setInformativeText(
        translate(
            "StartupProblem",
            "Your file will be kept, renamed, in the data folder; nothing is deleted. You can restore the newest "
            "backup, start with an empty data file, or quit and ask for help.",
        )
    )
    restore = box.addButton(
        translate("StartupProblem", "&Restore the newest backup"), QMessageBox.ButtonRole.AcceptRole
    )
    restore.setEnabled(has_backup)
    fresh = box.addButton(translate("StartupProblem", "Start &fresh"), QMessageBox.ButtonRole.DestructiveRole)
    quit_button = box.addButton(translate("StartupProblem", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore if has_backup else quit_button)
    box.exec()
    clicked = box.clickedButton()
    return "restore" if clicked is restore else "fresh" if clicked is fresh else "quit"


def refuse_to_open(parent: QWidget, reason: str) -> None:
    """Protected data without its key file, or a key file without its data: what to do, in words, and Quit
    (moving or replacing the data would not help; the missing file must come back). The app ends (code 2)."""
    box = QMessageBox(parent)
    box.setObjectName("missingKeyFile")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(translate("StartupProblem", "RecoveryBox can't open your data"))
    box.setText(reason)
    box.addButton(translate("StartupProblem", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    _quit_with_code_2()


def choose_after_problem(parent: QWidget, error: DatabaseError, has_backup: bool, db_file: Path) -> Choice:
    """The data file could not be opened: in use, read-only or a full disk is said (moving files would not
    help); a damaged file lets the person restore the newest backup, start fresh, or quit. Quitting (and
    anything but a choice) ends the app with code 2."""

    from recoverybox.ui.widgets import plain

    if not error.damaged:
        plain.critical(parent, translate("StartupProblem", "RecoveryBox can't open your data"), error.reason)
    else:
        choice = ask_what_to_do(parent, error.reason, has_backup)
        if choice in ("restore", "fresh") and db_file.exists():
            return "restore" if choice == "restore" else "fresh"
    _quit_with_code_2()
    return None


def _quit_with_code_2() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        app.exit(2)
