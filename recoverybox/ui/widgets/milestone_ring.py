"""A ring that fills toward the next milestone, with the day count large in its middle."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

RING = QColor("#3c8d4f")


class MilestoneRing(QWidget):
    """``set_progress(fraction, big, small)``: the ring's share done, the big middle text and a line below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("milestoneRing")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.fraction = 0.0
        self.big = ""
        self.small = ""

    def sizeHint(self) -> QSize:  # noqa: N802
        side = max(120, self.fontMetrics().height() * 7)
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def set_progress(self, fraction: float, big: str, small: str) -> None:
        self.fraction, self.big, self.small = max(0.0, min(fraction, 1.0)), big, small
        self.setAccessibleName(f"{big} {small}")
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        width = max(side / 12, 6)
        box = QRectF(
            (self.width() - side) / 2 + width / 2, (self.height() - side) / 2 + width / 2, side - width, side - width
        )
        track = QColor(self.palette().color(QPalette.ColorRole.Text))
        track.setAlpha(40)
        painter.setPen(QPen(track, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawEllipse(box)
        painter.setPen(QPen(RING, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(box, 90 * 16, -int(self.fraction * 360 * 16))
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 2.2)
        big.setBold(True)
        inner = box.adjusted(width, width, -width, -width)
        painter.setFont(big)
        top = QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.62)
        painter.drawText(top, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, self.big)
        painter.setFont(self.font())
        bottom = QRectF(inner.left(), top.bottom(), inner.width(), inner.height() * 0.38)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.small)
        painter.end()
