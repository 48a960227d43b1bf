"""Guard against a PySide6 release that drops references to None on painting calls.

PySide6 6.12.0 returned None from QPainter.setPen/setBrush/fillRect (and other setters) without taking a
reference, so every paint lowered None's reference count; on Python 3.11, where None is not immortal, a
long-running app eventually died with "Fatal Python error: none_dealloc". pyproject pins PySide6 < 6.12.
"""

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter


def test_painting_calls_keep_none_alive():
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(2000):
            painter.setPen(QColor("teal"))
            painter.setBrush(QColor("teal"))
            painter.setFont(QFont())
            painter.fillRect(QRectF(0, 0, 4, 4), QColor("teal"))
        lost = before - sys.getrefcount(None)
    finally:
        painter.end()
    assert lost < 100, f"PySide6 lost {lost} references to None in 8,000 painting calls"
