"""The two questions closing the window may ask: keep reminders running without a window, and close although
something typed could not be saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClosingQuestions", text)


def ask_keep_running(parent: QWidget) -> bool:
    """With no tray to live in: should closing the window keep reminders running?"""
    box = QMessageBox(parent)
    box.setObjectName("keepRunningQuestion")
    box.setWindowTitle(_tr("Keep your reminders running?"))
    box.setText(_tr("Keep your reminders running after you close this window?"))
    box.setInformativeText(
        _tr(
            "RecoveryBox can stay running without a window, so reminders for your meetings and sessions still "
            "arrive. Open it again from your applications menu; File › Quit stops it. You can change this in "
            "Settings › In the background."
        )
    )
    keep = box.addButton(_tr("&Keep reminders running"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("&Quit RecoveryBox"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is keep


def may_close_unsaved(parent: QWidget) -> bool:
    """Something typed could not be saved (a full disk, a replaced file): stay, unless the person says."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Not everything is saved"))
    box.setText(_tr("Some of what you wrote could not be saved yet."))
    box.setInformativeText(
        _tr("The journal says why. If you close now, those words are lost. Copy them somewhere first?")
    )
    stay = box.addButton(_tr("&Stay and copy them"), QMessageBox.ButtonRole.RejectRole)
    box.addButton(_tr("&Close anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(stay)
    box.exec()
    return box.clickedButton() is not stay
