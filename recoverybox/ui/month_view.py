"""A month at a glance: short titles (or counts) per day; click a day to open its week."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.recurrence import to_utc
from recoverybox.ui.format import short_weekday, time_text

MAX_TITLES = 3


class MonthView(QWidget):
    """Six weeks from the Monday on or before the 1st."""

    day_chosen = Signal(object)  # date

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.month = services.today().replace(day=1)
        self.table = QTableWidget(6, 7)
        self.table.setObjectName("monthTable")
        self.table.setAccessibleName(self.tr("Month overview"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setToolTip(self.tr("Click a day (or press Enter) to open its week"))
        self.table.cellClicked.connect(self._on_cell_clicked)
        self.table.cellActivated.connect(self._on_cell_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.days: list[date] = []

    def first_shown(self) -> date:
        from recoverybox.core.stats import week_first_day

        return week_first_day(self.month, self.services.settings.get("week_start"))

    def set_month(self, any_day: date) -> None:
        self.month = any_day.replace(day=1)
        self.refresh()

    def refresh(self) -> None:
        zone = self.services.zone
        first = self.first_shown()
        self.days = [first + timedelta(days=n) for n in range(42)]
        found = self.services.calendar.occurrences_between(
            to_utc(datetime.combine(first, time()), zone),
            to_utc(datetime.combine(first + timedelta(days=42), time()), zone),
        )
        per_day: dict[date, list] = {}
        for occ in found:
            per_day.setdefault(occ.local_start(zone).date(), []).append(occ)
        self.table.setHorizontalHeaderLabels([short_weekday(self.days[n]) for n in range(7)])
        today = self.services.today()
        for index, day in enumerate(self.days):
            items = per_day.get(day, [])
            lines = [str(day.day)]
            for occ in items[:MAX_TITLES]:
                when = self.tr("all day") if occ.all_day else time_text(occ.local_start(zone))
                lines.append(f"{when} {occ.title}")
            if len(items) > MAX_TITLES:
                lines.append(self.tr("+{n} more").format(n=len(items) - MAX_TITLES))
            cell = QTableWidgetItem("\n".join(lines))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            cell.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            cell.setToolTip(self.tr("{n} planned").format(n=len(items)) if items else self.tr("Nothing planned"))
            if day.month != self.month.month:
                cell.setForeground(self.palette().placeholderText())
            if day == today:
                font = QFont(cell.font())
                font.setBold(True)
                cell.setFont(font)
            self.table.setItem(index // 7, index % 7, cell)

    def count_on(self, day: date) -> int:
        """How many occurrences the cell for ``day`` lists (for tests and the accessible text)."""
        index = self.days.index(day)
        text = self.table.item(index // 7, index % 7).text().splitlines()
        more = [line for line in text if line.startswith("+")]
        return len(text) - 1 - len(more) + (int(more[0].split()[0][1:]) if more else 0)

    def _on_cell_clicked(self, row: int, column: int) -> None:
        self.day_chosen.emit(self.days[row * 7 + column])
