"""A page that scrolls up and down (never sideways) when its window is too short for it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def up_and_down(content: QWidget, name: str) -> QScrollArea:
    """``content`` in a frameless scroll area named ``name``: below its least height it scrolls rather than
    squeezing words or pushing controls over each other; it is as wide as the area, so nothing is cut sideways."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area
