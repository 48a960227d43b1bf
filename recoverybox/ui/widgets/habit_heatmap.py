"""A year of one goal's days as a grid of squares (weeks across, weekdays down), like Loop's history.

Colour and shape both carry the state, for people who do not see the colours apart: a done day is a filled
square, a partial day half filled, a missed day an empty outline, a times-a-week goal's free day a faint dot.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.goals.habit import DONE, MISSED, PARTIAL, REST
from recoverybox.ui.format import date_text, month_short

CELL = 11
GAP = 2
TOP = 16  # room for month names
DONE_COLOUR = QColor("#2f7f86")
STATE_TEXT = {
    DONE: QT_TRANSLATE_NOOP("HabitHeatmap", "done"),
    PARTIAL: QT_TRANSLATE_NOOP("HabitHeatmap", "partly done"),
    MISSED: QT_TRANSLATE_NOOP("HabitHeatmap", "missed"),
    REST: QT_TRANSLATE_NOOP("HabitHeatmap", "no check-in needed"),
}


class HabitHeatmap(QWidget):
    """``set_days(first_weekday_day, last, states)``; ``states`` maps a date to done/partial/missed/rest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("habitHeatmap")
        self.setAccessibleName(self.tr("History, one square a day"))
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(TOP + 7 * (CELL + GAP))
        self.first = date.today()
        self.last = date.today()
        self.states: dict[date, str] = {}
        self.before: date | None = None  # days before the goal began are left blank

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(53 * (CELL + GAP), TOP + 7 * (CELL + GAP))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(14 * (CELL + GAP), TOP + 7 * (CELL + GAP))

    def set_days(self, week_start: date, last: date, states: dict[date, str], began: date | None = None) -> None:
        """Show the weeks from ``week_start`` (the first day of a week) to ``last``; the newest on the right."""
        self.first, self.last, self.states, self.before = week_start, last, states, began
        done = sum(1 for s in states.values() if s == DONE)
        self.setAccessibleDescription(self.tr("%n day(s) done in the time shown", "", done))
        self.update()

    def weeks_shown(self) -> int:
        """How many whole weeks fit the width (the newest weeks are kept)."""
        total = (self.last - self.first).days // 7 + 1
        return max(1, min(total, self.width() // (CELL + GAP)))

    def visible_first(self) -> date:
        total = (self.last - self.first).days // 7 + 1
        return self.first + timedelta(weeks=total - self.weeks_shown())

    def cell_rect(self, day: date) -> QRectF | None:
        """Where ``day`` is drawn, or None when it is not shown."""
        first = self.visible_first()
        if not first <= day <= self.last:
            return None
        offset = (day - first).days
        return QRectF((offset // 7) * (CELL + GAP), TOP + (offset % 7) * (CELL + GAP), CELL, CELL)

    def cell_state(self, day: date) -> str | None:
        """The state drawn for ``day`` (None: before the goal began, or not shown)."""
        if self.cell_rect(day) is None or (self.before is not None and day < self.before):
            return None
        return self.states.get(day, REST)

    def day_at(self, point: QPointF) -> date | None:
        if point.y() < TOP:
            return None
        column, row = int(point.x() // (CELL + GAP)), int((point.y() - TOP) // (CELL + GAP))
        if row > 6:
            return None
        day = self.visible_first() + timedelta(days=column * 7 + row)
        return day if day <= self.last else None

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        faint = QColor(text)
        faint.setAlpha(70)
        first = self.visible_first()
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        month_seen = None
        free_from = 0.0  # month names never overlap: one starts only after the last has ended
        metrics = painter.fontMetrics()
        for week in range(self.weeks_shown()):
            monday = first + timedelta(weeks=week)
            x = week * (CELL + GAP)
            if monday.month != month_seen and monday.day <= 7 and x >= free_from:
                month_seen = monday.month
                name = month_short(monday)
                painter.drawText(QRectF(x, 0, metrics.horizontalAdvance(name) + 2, TOP - 2), name)
                free_from = x + metrics.horizontalAdvance(name) + 6
        day = first
        while day <= self.last:
            state = self.cell_state(day)
            rect = self.cell_rect(day)
            if rect is None:
                day += timedelta(days=1)
                continue
            if state == DONE:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(DONE_COLOUR)
                painter.drawRoundedRect(rect, 2, 2)
            elif state == PARTIAL:
                painter.setPen(QPen(DONE_COLOUR, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(DONE_COLOUR)
                painter.drawRect(QRectF(rect.left(), rect.center().y(), rect.width(), rect.height() / 2))
            elif state == MISSED:
                painter.setPen(QPen(faint, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
            elif state == REST:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(faint)
                painter.drawEllipse(rect.center(), 1.5, 1.5)
            if day == self.last:
                painter.setPen(QPen(text, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)
            day += timedelta(days=1)
        painter.end()

    def event(self, event) -> bool:
        if event.type() == QHelpEvent.Type.ToolTip:
            day = self.day_at(QPointF(event.pos()))
            state = self.cell_state(day) if day is not None else None
            if state is None or day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), f"{date_text(day)}: {self.tr(STATE_TEXT[state])}", self)
            return True
        return super().event(event)
