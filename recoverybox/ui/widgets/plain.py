"""Text from outside (a meeting list, a calendar file, a server, an error it sent) shown as plain text, never as
markup: Qt renders a label, a tooltip or a message box as rich text whenever the text merely looks like HTML, so
a feed could otherwise show a local image or a fake "RecoveryBox needs your passphrase" in big red letters.

``label``/``tip`` for single widgets, and message boxes with the same calls as ``QMessageBox``'s static ones.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton


def label(widget: QLabel, text: str = "") -> QLabel:
    """``widget`` shows ``text`` (and whatever it is given later) as plain text."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if text:
        widget.setText(text)
    return widget


def tip(text: str) -> str:
    """A tooltip that shows ``text`` as it is (escaped inside rich text of ours, line breaks kept)."""
    return QtGui.convertFromPlainText(text) if text else ""


def _box(
    icon: QMessageBox.Icon,
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
    default: Button = Button.NoButton,
) -> Button:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    box.exec()
    return box.standardButton(box.clickedButton()) if box.clickedButton() is not None else Button.NoButton


def question(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Yes | Button.No,
    default: Button = Button.NoButton,
) -> Button:
    return _box(QMessageBox.Icon.Question, parent, title, text, buttons, default)


def _static(icon: QMessageBox.Icon):  # noqa: ANN202 (QMessageBox.warning's own signature)
    def show(
        parent: QWidget | None, title: str, text: str, buttons: Button = Button.Ok, default: Button = Button.NoButton
    ) -> Button:
        return _box(icon, parent, title, text, buttons, default)

    return show


warning = _static(QMessageBox.Icon.Warning)
information = _static(QMessageBox.Icon.Information)
critical = _static(QMessageBox.Icon.Critical)
