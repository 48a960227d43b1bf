"""Fonts relative to the system font, so text scales with the person's font size setting."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

HEADING = 1.6
TITLE = 1.35
LARGE = 1.2


def emphasise(widget: QWidget, factor: float, bold: bool = True) -> None:
    """Make ``widget``'s font ``factor`` times the normal size (and bold)."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    widget.setFont(font)
