"""Closing the window: whether it closes, hides (reminders keep running) or stays, and the two questions it may
ask: keep reminders running without a window, and close although something typed could not be saved."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Literal

from PySide6.QtWidgets import QMessageBox, QWidget

from recoverybox.i18n.qt import translate

if TYPE_CHECKING:
    from recoverybox.ui.session.data_session import DataSession
    from recoverybox.ui.session.front import Front


def ask_keep_running(parent: QWidget) -> bool:
    """With no tray to live in: should closing the window keep reminders running?"""
    box = QMessageBox(parent)
    box.setObjectName("keepRunningQuestion")
    box.setWindowTitle(translate("ClosingQuestions", "Keep your reminders running?"))
    box.setText(translate("ClosingQuestions", "Keep your reminders running after you close this window?"))
    box.setInformativeText(
        translate(
            "ClosingQuestions",
            "RecoveryBox can stay running without a window, so reminders for your meetings and sessions still "
            "arrive. Open it again from your applications menu; File › Quit stops it. You can change this in "
            "Settings › In the background.",
        )
    )
    keep = box.addButton(translate("ClosingQuestions", "&Keep reminders running"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("ClosingQuestions", "&Quit RecoveryBox"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is keep


def may_close_unsaved(parent: QWidget) -> bool:
    """Something typed could not be saved (a full disk, a replaced file): stay, unless the person says."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ClosingQuestions", "Not everything is saved"))
    box.setText(translate("ClosingQuestions", "Some of what you wrote could not be saved yet."))
    box.setInformativeText(
        translate(
            "ClosingQuestions",
            "The journal says why. If you close now, those words are lost. Copy them somewhere first?",
        )
    )
    stay = box.addButton(translate("ClosingQuestions", "&Stay and copy them"), QMessageBox.ButtonRole.RejectRole)
    box.addButton(translate("ClosingQuestions", "&Close anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(stay)
    box.exec()
    return box.clickedButton() is not stay


Closing = Literal["stay", "hide", "close"]


def when_closing(window: Front, session: DataSession, quitting: bool) -> Closing:
    """What closing ``window`` does: "stay" (something typed could not be saved and the person stays), "hide"
    (reminders keep running in the tray, or without a window when the person chose so), or "close". The log
    says which (and why, when the data was not open yet)."""
    what = _when_closing(window, session, quitting)
    opened = "" if session.services is not None else " (the data was not open)"
    logging.getLogger("recoverybox").info("closing the window: %s%s", what, opened)
    return what


def _when_closing(window: Front, session: DataSession, quitting: bool) -> Closing:
    from recoverybox.ui.ops.perform import perform

    if not window.flush_views() and not may_close_unsaved(window):
        return "stay"
    reminders = session.reminders
    if quitting or session.services is None:
        return "close"
    services = session.services
    if reminders.tray is not None and reminders.scheduler is not None:
        window.hide()
        if not services.settings.read().tray_explained:  # said once
            perform(window, lambda: services.settings.set("tray_explained", True))
            reminders.tray.showMessage(
                translate("ClosingQuestions", "RecoveryBox is still running"),
                translate(
                    "ClosingQuestions", "Your reminders keep working here. Choose Quit in this menu to stop them."
                ),
            )
        return "hide"
    if not session.reminders_enabled:
        return "close"
    choice = services.settings.read().keep_running_on_close
    if choice == "ask":  # with no tray to live in, asked once
        choice = "yes" if ask_keep_running(window) else "no"
        perform(window, lambda: services.settings.set("keep_running_on_close", choice))
    if choice != "yes":
        return "close"
    window.hide()
    # Closed before the data was painted (reminders start then): they start now, not never.
    reminders.start_once()
    return "hide"
