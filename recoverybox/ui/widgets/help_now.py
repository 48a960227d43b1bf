"""Pieces of the help-now window: a crisis line split into its name and number, a number as a dialler takes it,
big buttons for a shaking hand, wrapped labels, and showing the window over an open dialog."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from recoverybox.ui.fonts import LARGE, emphasise

BIG_BUTTON = 44  # the least height of a button a shaking hand should be able to hit


def split_line(line: str) -> tuple[str, str]:
    """("Samaritans", "116 123") from "Samaritans 116 123": the number is the run of digits at the end."""
    found = re.search(r"\+?\d[\d \-().]*$", line.strip())
    if found is None or not any(ch.isdigit() for ch in found.group()):
        return line.strip(), ""
    return line.strip()[: found.start()].strip(" :–-"), found.group().strip()


def dial_text(phone: str) -> str:
    """Only what a dialler understands: digits and a leading plus."""
    return "".join(ch for ch in phone if ch.isdigit() or ch == "+")


def big_button(button: QPushButton) -> QPushButton:
    button.setMinimumHeight(BIG_BUTTON)
    emphasise(button, LARGE, bold=False)
    return button


def wrapped_label(text: str = "", factor: float = 1.0) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if factor != 1.0:
        emphasise(label, factor, bold=False)
    return label


def show_over_dialogs(window: QWidget) -> None:
    """Show the help window where the person can use it: over an open modal dialog it must be modal itself
    (a plain window under an application-modal dialog takes no input)."""
    over_dialog = QApplication.activeModalWidget() not in (None, window)
    wanted = Qt.WindowModality.ApplicationModal if over_dialog else Qt.WindowModality.NonModal
    if window.windowModality() != wanted:
        window.hide()
        window.setWindowModality(wanted)
    window.showMaximized()
    window.raise_()
    window.activateWindow()
