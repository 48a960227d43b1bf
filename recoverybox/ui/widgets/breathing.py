"""Animated box breathing (in 4, hold 4, out 4, hold 4), driven by an injectable time source."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP

PHASES = (
    QT_TRANSLATE_NOOP("BoxBreathing", "Breathe in"),
    QT_TRANSLATE_NOOP("BoxBreathing", "Hold"),
    QT_TRANSLATE_NOOP("BoxBreathing", "Breathe out"),
    QT_TRANSLATE_NOOP("BoxBreathing", "Hold"),
)
PHASE_SECONDS = 4


def phase_at(elapsed: float) -> tuple[int, float, int]:
    """(phase index 0–3, progress 0–1 through it, whole seconds left in it) after ``elapsed`` seconds."""
    cycle = elapsed % (PHASE_SECONDS * 4)
    index = int(cycle // PHASE_SECONDS)
    into = cycle - index * PHASE_SECONDS
    return index, into / PHASE_SECONDS, PHASE_SECONDS - int(into)


class BoxBreathing(QWidget):
    """A dot travels round a square: one side a phase. ``now`` is a seconds clock (monotonic by default)."""

    def __init__(self, now: Callable[[], float] = time.monotonic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boxBreathing")
        self.setAccessibleName(self.tr("Box breathing guide"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.now = now
        self.started: float | None = None
        self.phase = 0
        self.progress = 0.0
        self.seconds_left = PHASE_SECONDS
        self.cycles = 0
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self.tick)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(220, 220)

    def start(self) -> None:
        self.started = self.now()
        self._timer.start()
        self.tick()

    def stop(self) -> None:
        self._timer.stop()
        self.started = None
        self.update()

    @property
    def running(self) -> bool:
        return self.started is not None

    def tick(self) -> None:
        if self.started is None:
            return
        elapsed = max(self.now() - self.started, 0.0)
        self.phase, self.progress, self.seconds_left = phase_at(elapsed)
        self.cycles = int(elapsed // (PHASE_SECONDS * 4))
        self.setAccessibleDescription(f"{self.tr(PHASES[self.phase])}, {self.seconds_left}")
        self.update()

    def instruction(self) -> str:
        if self.started is None:
            return self.tr("Press Start when you're ready.")
        return f"{self.tr(PHASES[self.phase])} … {self.seconds_left}"

    def instruction_font(self, box: QRectF) -> QFont:
        """As large as 1.5× the normal font, as small as it must be for the words to fit inside the square."""
        font = QFont(self.font())
        base = font.pointSizeF()
        inner = box.adjusted(16, 16, -16, -16).toRect()
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        for factor in (1.5, 1.3, 1.15, 1.0, 0.9, 0.8):
            font.setPointSizeF(base * factor)
            needed = QFontMetrics(font).boundingRect(inner, flags, self.instruction())
            if needed.width() <= inner.width() and needed.height() <= inner.height():
                break
        return font

    def instruction_fits(self) -> bool:
        """Whether the words fit inside the drawn square (for the layout tests)."""
        side = max(min(self.width(), self.height()) - 30, 40)
        box = QRectF(0, 0, side, side)
        inner = box.adjusted(16, 16, -16, -16).toRect()
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        needed = QFontMetrics(self.instruction_font(box)).boundingRect(inner, flags, self.instruction())
        return needed.width() <= inner.width() and needed.height() <= inner.height()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        side = max(min(self.width(), self.height()) - 30, 40)
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 3))
        painter.drawRoundedRect(box, 12, 12)
        corners = [box.bottomLeft(), box.topLeft(), box.topRight(), box.bottomRight(), box.bottomLeft()]
        start, end = corners[self.phase], corners[self.phase + 1]
        dot = QPointF(
            start.x() + (end.x() - start.x()) * self.progress, start.y() + (end.y() - start.y()) * self.progress
        )
        highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(QPen(highlight, 6))
        painter.drawLine(start, dot)
        painter.setBrush(highlight)
        painter.drawEllipse(dot, 10, 10)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.setFont(self.instruction_font(box))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.instruction())
        painter.end()
