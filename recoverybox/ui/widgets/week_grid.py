"""The painted week (or day): day columns on an hour grid, events as blocks, drag to move or resize.

Titles always lead a block and are cut only at their end; hovering a block shows a card with everything about
it, and a narrow block (overlapping others) widens to the whole day while the pointer is on it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from recoverybox.core.calendar.occurrences import Occurrence
from recoverybox.ui.event_style import KIND_COLOURS, block_colours, mark_words, short_kind_label
from recoverybox.ui.format import date_text, time_text, weekday_text

GUTTER = 56
SNAP_MINUTES = 15
RESIZE_EDGE = 7


@dataclass
class Block:
    """An occurrence laid out in the grid."""

    occurrence: Occurrence
    day_index: int
    start: datetime  # local, naive
    end: datetime
    column: int = 0
    columns: int = 1


def layout_day(blocks: list[Block]) -> None:
    """Side by side for overlaps: each cluster of overlapping blocks shares the day's width."""
    blocks.sort(key=lambda b: (b.start, b.end))
    cluster: list[Block] = []
    column_ends: list[datetime] = []
    cluster_end: datetime | None = None
    for block in blocks:
        if cluster and cluster_end is not None and block.start >= cluster_end:
            for member in cluster:
                member.columns = len(column_ends)
            cluster, column_ends = [], []
        free = next((i for i, end in enumerate(column_ends) if end <= block.start), None)
        if free is None:
            column_ends.append(block.end)
            free = len(column_ends) - 1
        else:
            column_ends[free] = block.end
        block.column = free
        cluster.append(block)
        cluster_end = block.end if len(cluster) == 1 or cluster_end is None else max(cluster_end, block.end)
    for member in cluster:
        member.columns = len(column_ends)


class WeekGrid(QWidget):
    """Paints one week of timed occurrences; reports the person's gestures as signals."""

    create_requested = Signal(object)  # naive local start
    edit_requested = Signal(object)  # Occurrence
    move_requested = Signal(object, object, object)  # Occurrence, new local start, new local end
    context_requested = Signal(object, object)  # Occurrence, global QPoint
    selection_changed = Signal(object)
    delete_requested = Signal(object)  # Occurrence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekGrid")
        self.setAccessibleName(self.tr("Week grid"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.hour_height = 48
        self.monday = date.today()
        self.today: date | None = None
        self.now_local: datetime | None = None
        self.zone = None
        self.blocks: list[Block] = []
        self.attendance: dict = {}
        self.selected: Occurrence | None = None
        self.days = 7
        self.hovered: Block | None = None
        self.painted_titles: dict[str, str] = {}  # occurrence key -> the title line as last painted
        # Set by the view: the hover card's rich text for an occurrence.
        self.describe: Callable[[Occurrence], str] = lambda occ: occ.title
        self._drag: dict | None = None
        self.setMinimumHeight(24 * self.hour_height)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(800, 24 * self.hour_height)

    # ---- data -----------------------------------------------------------------------------------
    def set_week(
        self,
        monday: date,
        occurrences: list[Occurrence],
        zone,
        today: date,
        now_local: datetime,
        attendance: dict,
        days: int = 7,
    ) -> None:
        """Show ``days`` days (7: a week, 1: a day) from ``monday`` (the first shown day)."""
        self.monday, self.zone, self.today, self.now_local, self.attendance = monday, zone, today, now_local, attendance
        self.days = days
        self.hovered = None
        self.blocks = []
        per_day: dict[int, list[Block]] = {}
        for occ in occurrences:
            if occ.all_day:
                continue
            start = occ.local_start(zone).replace(tzinfo=None)
            end = occ.local_end(zone).replace(tzinfo=None)
            # An event running past midnight is drawn in each day it covers.
            day = max(start.date(), monday)
            while day <= min(end.date(), monday + timedelta(days=days - 1)):
                day_start = datetime.combine(day, time())
                piece_start = max(start, day_start)
                piece_end = min(end, day_start + timedelta(days=1))
                if piece_end > piece_start:
                    block = Block(occ, (day - monday).days, piece_start, piece_end)
                    per_day.setdefault(block.day_index, []).append(block)
                day += timedelta(days=1)
        for blocks in per_day.values():
            layout_day(blocks)
            self.blocks += blocks
        if self.selected is not None and not any(b.occurrence.key == self.selected.key for b in self.blocks):
            self.selected = None
        self.setAccessibleDescription(self.spoken_summary())
        self.update()

    def spoken_summary(self) -> str:
        """The painted events in words, for a screen reader (the grid itself is a picture): each day's events
        in order, "Monday 7 Dec 2026: 07:00–08:00 Sunrise Serenity (Meeting)"."""
        by_day: dict[int, list[Block]] = {}
        for block in sorted(self.blocks, key=lambda b: (b.day_index, b.start)):
            by_day.setdefault(block.day_index, []).append(block)
        if not by_day:
            return self.tr("Nothing planned in these days.")
        parts = []
        for index, blocks in by_day.items():
            day = self.monday + timedelta(days=index)
            events = ", ".join(
                f"{time_text(b.start)}–{time_text(b.end)} {b.occurrence.title} ({short_kind_label(b.occurrence.kind)})"
                for b in blocks
            )
            parts.append(f"{weekday_text(day)} {date_text(day)}: {events}")
        return "; ".join(parts)

    # ---- geometry -------------------------------------------------------------------------------
    def column_width(self) -> float:
        return max((self.width() - GUTTER) / self.days, 10)

    def y_for(self, moment: datetime) -> float:
        return (moment.hour + moment.minute / 60) * self.hour_height

    def block_rect(self, block: Block, widened: bool = False) -> QRectF:
        """Where a block is drawn; ``widened``: across its whole day, as when the pointer is on it."""
        width = self.column_width()
        columns, column = (1, 0) if widened else (block.columns, block.column)
        left = GUTTER + block.day_index * width + column * (width - 4) / columns + 1
        top = self.y_for(block.start)
        bottom = self.y_for(block.end) if block.end.time() != time() else 24 * self.hour_height
        return QRectF(left, top, (width - 4) / columns - 1, max(bottom - top, 14))

    def moment_at(self, point: QPointF) -> datetime | None:
        if point.x() < GUTTER:
            return None
        day_index = min(int((point.x() - GUTTER) / self.column_width()), self.days - 1)
        minutes = max(0, min(int(point.y() / self.hour_height * 60), 24 * 60 - SNAP_MINUTES))
        minutes -= minutes % SNAP_MINUTES
        return datetime.combine(self.monday + timedelta(days=day_index), time()) + timedelta(minutes=minutes)

    def block_at(self, point: QPointF) -> Block | None:
        if self.hovered is not None and self.block_rect(self.hovered, widened=True).contains(point):
            return self.hovered
        for block in reversed(self.blocks):
            if self.block_rect(block).contains(point):
                return block
        return None

    # ---- painting -------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        grid = QColor(text)
        grid.setAlpha(40)
        painter.fillRect(self.rect(), base)
        width = self.column_width()
        if self.today is not None and 0 <= (self.today - self.monday).days < self.days:
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(28)
            painter.fillRect(QRectF(GUTTER + (self.today - self.monday).days * width, 0, width, self.height()), tint)
        small = self._small_font()
        painter.setFont(small)
        for hour in range(24):
            y = hour * self.hour_height
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(GUTTER, y), QPointF(self.width(), y))
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRectF(0, y + 2, GUTTER - 6, 16),
                Qt.AlignmentFlag.AlignRight,
                time_text(datetime.combine(self.monday, time(hour))),
            )
        painter.setPen(QPen(grid, 1))
        for day in range(self.days + 1):
            x = GUTTER + day * width
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        for block in self.blocks:
            if block is not self.hovered:
                self._paint_block(painter, block, small)
        if self.hovered is not None:  # on top, and across the whole day when it was squeezed
            self._paint_block(painter, self.hovered, small, widened=True)
        if self._drag and self._drag.get("moved"):
            ghost = self._drag_rect()
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(ghost, 4, 4)
        if self.now_local is not None and 0 <= (self.now_local.date() - self.monday).days < self.days:
            now_y = self.y_for(self.now_local)
            now_x = GUTTER + (self.now_local.date() - self.monday).days * width
            painter.setPen(QPen(QColor("#d0463b"), 2))
            painter.drawLine(QPointF(now_x, now_y), QPointF(now_x + width, now_y))
            painter.setBrush(QColor("#d0463b"))
            painter.drawEllipse(QPointF(now_x, now_y), 4, 4)
        painter.end()

    def block_lines(self, block: Block, room: QRectF | None = None) -> list[str]:
        """The lines a block shows, title first: the title is never pushed out by the time."""
        occ = block.occurrence
        rect = room if room is not None else self.block_rect(block)
        status = self.attendance.get((occ.event_id, occ.original_start_local))
        mark = {"attended": " ✓", "missed": " ✗"}.get(status or "", "")
        flag = "⚠ " if occ.mark else ""  # the meeting list says it is closed for now, or no longer lists it
        when = f"{time_text(block.start)}–{time_text(block.end)}"
        line_height = QFontMetricsF(self._small_font()).height()
        if rect.height() < 2 * line_height + 4:
            return [f"{flag}{occ.title}{mark} · {time_text(block.start)}"]
        lines = [f"{flag}{occ.title}{mark}", when]
        if rect.height() > 3 * line_height + 4:
            lines.append(mark_words(occ.mark) if occ.mark else short_kind_label(occ.kind, occ.fellowship))
        if rect.height() > 4 * line_height + 4 and (occ.location or occ.online_url):
            lines.append(occ.location or self.tr("Online"))
        return lines

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 7))
        return small

    def _paint_block(self, painter: QPainter, block: Block, font: QFont, widened: bool = False) -> None:
        occ = block.occurrence
        rect = self.block_rect(block, widened)
        past = self.now_local is not None and block.end <= self.now_local and not widened
        fill, text = block_colours(occ.kind, past)
        edge = QColor(KIND_COLOURS.get(occ.kind, KIND_COLOURS["other"])).darker(130)
        painter.setPen(QPen(edge, 2 if self.selected and occ.key == self.selected.key else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(text)
        inner = rect.adjusted(4, 1, -3, -1)
        bold = QFont(font)
        bold.setBold(True)
        y = inner.top()
        for index, line in enumerate(self.block_lines(block, rect)):
            painter.setFont(bold if index == 0 else font)
            metrics = painter.fontMetrics()
            if y + metrics.height() > inner.bottom() + 3 and index:
                break
            elided = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(inner.width()))
            if index == 0:
                self.painted_titles[occ.key] = elided
            painter.drawText(QRectF(inner.left(), y, inner.width(), metrics.height()), elided)
            y += metrics.height()

    # ---- mouse ----------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.setFocus()
        block = self.block_at(event.position())
        self.select_occurrence(block.occurrence if block else None)
        if event.button() == Qt.MouseButton.LeftButton and block is not None:
            rect = self.block_rect(block, widened=block is self.hovered)
            resizing = rect.bottom() - event.position().y() <= RESIZE_EDGE
            self._drag = {
                "block": block,
                "origin": event.position(),
                "resize": resizing,
                "moved": False,
                "at": self.moment_at(event.position()),
            }
        elif event.button() == Qt.MouseButton.RightButton and block is not None:
            self.context_requested.emit(block.occurrence, event.globalPosition().toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is None:
            block = self.block_at(event.position())
            self._set_hovered(block)
            near_edge = (
                block is not None
                and self.block_rect(block, widened=True).bottom() - event.position().y() <= RESIZE_EDGE
            )
            self.setCursor(Qt.CursorShape.SizeVerCursor if near_edge else Qt.CursorShape.ArrowCursor)
            return
        if (event.position() - self._drag["origin"]).manhattanLength() >= 4:
            self._drag["moved"] = True
            self._drag["now"] = self.moment_at(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        drag, self._drag = self._drag, None
        if not drag or not drag.get("moved") or drag.get("now") is None or drag.get("at") is None:
            self.update()
            return
        start, end = self._dragged_times(drag)
        self.update()
        block = drag["block"]
        occ_start = block.occurrence.local_start(self.zone).replace(tzinfo=None)
        occ_end = block.occurrence.local_end(self.zone).replace(tzinfo=None)
        if (start, end) != (occ_start, occ_end):
            self.move_requested.emit(block.occurrence, start, end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        block = self.block_at(event.position())
        if block is not None:
            self.edit_requested.emit(block.occurrence)
            return
        moment = self.moment_at(event.position())
        if moment is not None:
            self.create_requested.emit(moment)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self.selected is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit(self.selected)
            return
        if self.selected is not None and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit(self.selected)
            return
        super().keyPressEvent(event)

    def _set_hovered(self, block: Block | None) -> None:
        if block is not self.hovered:
            self.hovered = block
            self.update()

    def leaveEvent(self, event) -> None:  # noqa: N802
        self._set_hovered(None)
        super().leaveEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            block = self.block_at(QPointF(event.pos()))
            if block is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(block.occurrence), self)
            return True
        return super().event(event)

    def select_occurrence(self, occurrence: Occurrence | None) -> None:
        self.selected = occurrence
        self.selection_changed.emit(occurrence)
        self.update()

    def _dragged_times(self, drag: dict) -> tuple[datetime, datetime]:
        occ = drag["block"].occurrence
        start = occ.local_start(self.zone).replace(tzinfo=None)
        end = occ.local_end(self.zone).replace(tzinfo=None)
        delta = drag["now"] - drag["at"]
        if drag["resize"]:
            return start, max(end + delta, start + timedelta(minutes=SNAP_MINUTES))
        return start + delta, end + delta

    def _drag_rect(self) -> QRectF:
        assert self._drag is not None, "a drag is under way"
        start, end = self._dragged_times(self._drag)
        ghost = Block(
            self._drag["block"].occurrence,
            (start.date() - self.monday).days,
            start,
            min(end, datetime.combine(start.date() + timedelta(days=1), time())),
        )
        return self.block_rect(ghost)
