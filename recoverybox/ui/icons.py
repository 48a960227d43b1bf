"""Our interface icons (``resources/icons/ui``), tinted to the current theme's text colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from recoverybox.resources import resource_path

SIZES = (16, 20, 24, 32, 48)


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """The icon ``name`` drawn in ``colour`` (the palette's text colour by default)."""
    if colour is None:
        colour = QApplication.palette().windowText().color()
    return _icon(name, colour.name())


@cache
def _icon(name: str, colour: str) -> QIcon:
    svg = resource_path("icons", "ui", f"{name}.svg").read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result
