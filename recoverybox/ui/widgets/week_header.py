"""Day names above the week grid, with all-day events in a strip beneath them."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from recoverybox.core.calendar.occurrences import Occurrence
from recoverybox.ui.event_style import KIND_MARKS, block_colours
from recoverybox.ui.format import date_text, short_weekday, weekday_text
from recoverybox.ui.widgets.week_grid import GUTTER

NAME_HEIGHT = 34
CHIP_HEIGHT = 20


class WeekHeader(QWidget):
    """Shares the grid's column geometry; ``scrollbar_width`` keeps the columns aligned."""

    edit_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekHeader")
        self.setAccessibleName(self.tr("Days of the week and all-day events"))
        self.monday = date.today()
        self.today: date | None = None
        self.all_day: list[tuple[int, int, Occurrence]] = []  # first column, last column, occurrence
        self.scrollbar_width = 0
        self.days = 7

    def set_week(self, monday: date, occurrences: list[Occurrence], zone, today: date, days: int = 7) -> None:
        self.monday, self.today, self.days = monday, today, days
        self.all_day = []
        for occ in occurrences:
            if not occ.all_day:
                continue
            first = (occ.local_start(zone).date() - monday).days
            last = ((occ.local_end(zone) - timedelta(seconds=1)).date() - monday).days
            self.all_day.append((max(first, 0), min(last, days - 1), occ))
        self.updateGeometry()
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(800, NAME_HEIGHT + CHIP_HEIGHT * len(self.all_day) + (6 if self.all_day else 0))

    def column_width(self) -> float:
        return max((self.width() - self.scrollbar_width - GUTTER) / self.days, 10)

    def chip_rect(self, index: int) -> QRectF:
        first, last, _occ = self.all_day[index]
        width = self.column_width()
        return QRectF(
            GUTTER + first * width + 2,
            NAME_HEIGHT + index * CHIP_HEIGHT,
            (last - first + 1) * width - 4,
            CHIP_HEIGHT - 2,
        )

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        width = self.column_width()
        bold = QFont(self.font())
        bold.setBold(True)
        for index in range(self.days):
            day = self.monday + timedelta(days=index)
            rect = QRectF(GUTTER + index * width, 0, width, NAME_HEIGHT)
            if day == self.today:
                painter.fillRect(rect.adjusted(1, 2, -1, -2), palette.color(QPalette.ColorRole.Highlight))
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            else:
                painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.setFont(bold if day == self.today else self.font())
            name = f"{weekday_text(day)} {date_text(day)}" if self.days == 1 else f"{short_weekday(day)} {day.day}"
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        painter.setFont(self.font())
        for index, (_first, _last, occ) in enumerate(self.all_day):
            rect = self.chip_rect(index)
            painter.setPen(Qt.PenStyle.NoPen)
            fill, text_colour = block_colours(occ.kind)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(text_colour)
            text = f"{KIND_MARKS.get(occ.kind, '')} {occ.title}"
            elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width() - 8))
            painter.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, elided)
        painter.end()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        for index, (_first, _last, occ) in enumerate(self.all_day):
            if self.chip_rect(index).contains(event.position()):
                self.edit_requested.emit(occ)
                return
