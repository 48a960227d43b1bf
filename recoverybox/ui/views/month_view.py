"""A month at a glance: per day, coloured chips (time and title) by kind and "+N more" that opens the day;
click a day to open its week."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.calendar.recurrence import to_utc
from recoverybox.i18n.qt import translate
from recoverybox.ui.event_style import KIND_MARKS, block_colours
from recoverybox.ui.format import date_text, short_weekday, time_text

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.app.services import Services

CHIPS = Qt.ItemDataRole.UserRole + 1  # list of (kind, text) per cell
MORE = Qt.ItemDataRole.UserRole + 2  # True when the cell shows "+N more"
PAD = 3


class DayCellDelegate(QStyledItemDelegate):
    """Paints a day: its number, then one chip per occurrence while they fit, then "+N more"."""

    def __init__(self, view: MonthView) -> None:
        super().__init__(view)
        self.view = view
        self.more_rects: dict[tuple[int, int], QRect] = {}
        self.shown: dict[tuple[int, int], int] = {}

    def chip_height(self, option: QStyleOptionViewItem) -> int:
        return option.fontMetrics.height() + 2

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        palette = option.palette
        rect = option.rect.adjusted(1, 1, -1, -1)
        day = date.fromisoformat(index.data(Qt.ItemDataRole.UserRole))
        in_month = day.month == self.view.month.month
        base = palette.color(QPalette.ColorRole.Base if in_month else QPalette.ColorRole.AlternateBase)
        painter.fillRect(option.rect, base)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(rect)
        number_font = QFont(option.font)
        today = day == self.view.today
        number_font.setBold(today)
        painter.setFont(number_font)
        metrics = painter.fontMetrics()
        number = str(day.day) if day.day != 1 else f"{day.day} {date_text(day).split(' ')[1]}"
        number_rect = QRect(
            rect.left() + PAD, rect.top() + PAD, metrics.horizontalAdvance(number) + 8, metrics.height()
        )
        if today:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(QRectF(number_rect), metrics.height() / 2, metrics.height() / 2)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        else:
            painter.setPen(palette.color(QPalette.ColorRole.Text if in_month else QPalette.ColorRole.PlaceholderText))
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, number)

        chips = index.data(CHIPS) or []
        height = self.chip_height(option)
        top = number_rect.bottom() + 3
        room = max((rect.bottom() - top) // (height + 2), 0)
        shown = len(chips) if len(chips) <= room else max(room - 1, 0)
        painter.setFont(option.font)
        metrics = painter.fontMetrics()
        key = (index.row(), index.column())
        for kind, text in chips[:shown]:
            chip = QRect(rect.left() + PAD, top, rect.width() - 2 * PAD, height)
            colour, text_colour = block_colours(kind, past=not in_month)  # another month's days: pale
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(chip), 3, 3)
            painter.setPen(text_colour)
            label = metrics.elidedText(text, Qt.TextElideMode.ElideRight, chip.width() - 8)
            painter.drawText(chip.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, label)
            top += height + 2
        self.shown[key] = shown
        self.more_rects.pop(key, None)
        if shown < len(chips):
            more = translate("MonthView", "+{n} more").format(n=len(chips) - shown)
            link = QRect(rect.left() + PAD, top, metrics.horizontalAdvance(more) + 8, height)
            painter.setPen(palette.color(QPalette.ColorRole.Link))
            painter.drawText(link, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, more)
            self.more_rects[key] = link
        painter.restore()


class MonthView(QWidget):
    """Six weeks from the first week day on or before the 1st."""

    day_chosen = Signal(object)  # date: open its week
    more_chosen = Signal(object)  # date: open the day ("+N more")

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.month = services.today().replace(day=1)
        self.today = services.today()
        self.table = QTableWidget(6, 7)
        self.table.setObjectName("monthTable")
        self.table.setAccessibleName(self.tr("Month overview"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(True)
        self.table.setToolTip(self.tr("Click a day (or press Enter) to open its week; “+N more” opens the day"))
        self.delegate = DayCellDelegate(self)
        self.table.setItemDelegate(self.delegate)
        self.table.cellActivated.connect(self._on_cell_chosen)
        self.table.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.days: list[date] = []
        self._per_day: dict[date, list] = {}

    def first_shown(self) -> date:
        from recoverybox.core.goals.stats import week_first_day

        return week_first_day(self.month, self.services.settings.read().week_start)

    def set_month(self, any_day: date, refresh: bool = True) -> None:
        self.month = any_day.replace(day=1)
        if refresh:
            self.refresh()

    def refresh(self) -> None:
        zone = self.services.zone
        first = self.first_shown()
        self.today = self.services.today()
        self.days = [first + timedelta(days=n) for n in range(42)]
        found = self.services.calendar.occurrences_between(
            to_utc(datetime.combine(first, time()), zone),
            to_utc(datetime.combine(first + timedelta(days=42), time()), zone),
        )
        self._per_day = {}
        for occ in found:
            self._per_day.setdefault(occ.local_start(zone).date(), []).append(occ)
        self.table.setHorizontalHeaderLabels([short_weekday(self.days[n]) for n in range(7)])
        for index, day in enumerate(self.days):
            items = sorted(self._per_day.get(day, []), key=lambda o: (not o.all_day, o.start))
            chips = []
            for occ in items:
                when = self.tr("all day") if occ.all_day else time_text(occ.local_start(zone))
                chips.append((occ.kind, f"{when} {occ.title}"))
            cell = QTableWidgetItem()
            cell.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            cell.setData(CHIPS, chips)
            listing = "; ".join(
                f"{KIND_MARKS.get(o.kind, '')} {text}" for o, (_k, text) in zip(items, chips, strict=True)
            )
            cell.setToolTip(listing or self.tr("Nothing planned"))
            cell.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{date_text(day)}: " + (listing or self.tr("nothing planned")),
            )
            self.table.setItem(index // 7, index % 7, cell)

    def count_on(self, day: date) -> int:
        """How many occurrences the cell for ``day`` holds (shown as chips or counted in "+N more")."""
        index = self.days.index(day)
        item = self.table.item(index // 7, index % 7)
        return len(item.data(CHIPS) or []) if item is not None else 0

    def chips_shown(self, day: date) -> int:
        """How many chips were painted for ``day`` the last time it was drawn."""
        index = self.days.index(day)
        return self.delegate.shown.get((index // 7, index % 7), 0)

    def more_rect(self, day: date) -> QRect | None:
        """Where "+N more" was painted in ``day``'s cell (viewport coordinates), if it was."""
        index = self.days.index(day)
        return self.delegate.more_rects.get((index // 7, index % 7))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.table.viewport() and event.type() == QEvent.Type.MouseButtonRelease:
            point = event.position().toPoint()
            index = self.table.indexAt(point)
            if index.isValid():
                day = self.days[index.row() * 7 + index.column()]
                more = self.delegate.more_rects.get((index.row(), index.column()))
                if more is not None and more.contains(point):
                    self.more_chosen.emit(day)
                else:
                    self.day_chosen.emit(day)
                return True
        return super().eventFilter(watched, event)

    def _on_cell_chosen(self, row: int, column: int) -> None:
        self.day_chosen.emit(self.days[row * 7 + column])
