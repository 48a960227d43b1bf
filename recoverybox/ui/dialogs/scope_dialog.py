"""Ask which occurrences a change to a repeating event applies to."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from recoverybox.i18n.qt import translate


def ask_scope(parent: QWidget, action: str) -> str | None:
    """'this', 'following', 'all', or None when cancelled. ``action`` is e.g. "change" or "delete"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("ScopeDialog", "Repeating event"))
    box.setText(
        translate("ScopeDialog", "This event repeats. Which ones do you want to {action}?").format(action=action)
    )
    this = box.addButton(translate("ScopeDialog", "Only &this one"), QMessageBox.ButtonRole.AcceptRole)
    following = box.addButton(translate("ScopeDialog", "This and &following"), QMessageBox.ButtonRole.AcceptRole)
    everything = box.addButton(translate("ScopeDialog", "&All of them"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(this)
    box.exec()
    clicked = box.clickedButton()
    choices = ((this, "this"), (following, "following"), (everything, "all"))
    return next((word for button, word in choices if button is clicked), None)
