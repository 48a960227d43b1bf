"""A titled, framed panel: the building block of the Today column and the panic window."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from recoverybox.ui.fonts import LARGE, emphasise


def titled_card(title: str) -> tuple[QFrame, QVBoxLayout]:
    """A framed panel with a heading; add content to the returned layout."""
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    label = QLabel(title)
    label.setWordWrap(True)  # a long heading takes two lines in a narrow column, never widens it
    emphasise(label, LARGE)
    layout.addWidget(label)
    return frame, layout
