"""A chart with a title, a legend that wraps (never cut), round axis ticks, hover values, a table view of
its data for screen readers and keyboard users, and PNG export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from functools import lru_cache
from html import escape

import shiboken6
from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QValueAxis
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.goals.chart_scale import date_ticks, nice_axis, thin_labels
from recoverybox.ui import theme
from recoverybox.ui.format import date_text, month_short
from recoverybox.ui.widgets.empty_state import EmptyState

LABEL_ROOM = 72  # pixels a date label needs beside its neighbours


@lru_cache(maxsize=32768)  # the local-time conversion dominated drawing years of points; ~30 years of days
def msecs(day: date) -> float:
    """A local date as an x value (milliseconds, noon to dodge DST edges)."""
    return datetime.combine(day, time(12)).timestamp() * 1000


def points(series_points: list[tuple[date, float]]) -> list[QPointF]:
    return [QPointF(msecs(day), float(value)) for day, value in series_points]


def axis_ticks(axis) -> list[float]:
    """The values a value axis puts its ticks on (for tests and the table view)."""
    count = axis.tickCount()
    return [axis.min() + i * (axis.max() - axis.min()) / (count - 1) for i in range(count)]


class ChartCard(QWidget):
    """Title, chart (or empty message, or the data as a table), legend, and export."""

    exported = Signal(str)

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        self.chart = QChart()
        self.chart.legend().hide()  # our own legend below wraps instead of eliding names
        self.chart.setMargins(self.chart.margins())
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(230)
        self.view.setAccessibleName(title)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.empty = EmptyState(empty_text)
        self.table = QTableWidget()
        self.table.setObjectName("chartTable")
        self.table.setAccessibleName(self.tr("{title}, as a table").format(title=title))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        self.title = QLabel(f"<b>{escape(title)}</b>")
        self.title.setWordWrap(True)
        self.legend = QLabel()
        self.legend.setObjectName("chartLegend")
        self.legend.setWordWrap(True)
        self.table_button = QPushButton(self.tr("Table"))
        self.table_button.setCheckable(True)
        self.table_button.setToolTip(self.tr("Show this chart's numbers as a table"))
        self.table_button.setAccessibleName(self.tr("Show {title} as a table").format(title=title))
        self.table_button.toggled.connect(self._on_table_toggled)
        self.export_button = QPushButton(self.tr("Save PNG…"))
        self.export_button.setAccessibleName(self.tr("Save {title} as PNG").format(title=title))
        self.export_button.clicked.connect(self._on_export)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.table_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend)
        self._has_data = False

    # ---- drawing helpers ------------------------------------------------------------------------
    def reset(self) -> None:
        """Start a new, empty chart in the current light/dark palette.

        A new chart each time: QtCharts 6 leaves a removed axis's grid and labels painted in the scene (even
        once the axis is deleted), so redrawing into the same chart stacked old axes over new ones.
        """
        old = self.chart
        self.chart = QChart()
        self.chart.setMargins(old.margins())
        self.view.setChart(self.chart)
        shiboken6.delete(old)  # the view hands the old chart back to us
        self.chart.setTheme(QChart.ChartTheme.ChartThemeDark if theme.is_dark() else QChart.ChartTheme.ChartThemeLight)
        self.chart.legend().hide()
        # The application's palette, not this widget's: after a theme change the widget learns of it only
        # from an event still to come, and a chart redrawn meanwhile kept the old theme's background.
        palette = QApplication.palette()
        self.chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        self.chart.setTitleBrush(palette.color(QPalette.ColorRole.Text))
        # The legend keeps its text until set_legend replaces it: cleared here, it was hidden and shown again
        # on every redraw, a layout pass each time. A chart with no data hides it (show_chart).
        self._table_data: tuple[list[str], Callable[[], list[list[str]]]] = ([], list)
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)

    def show_chart(self, has_data: bool) -> None:
        self._has_data = has_data
        self.export_button.setEnabled(has_data)
        self.table_button.setEnabled(has_data)
        shown = has_data and bool(self.legend.text())
        if self.legend.isHidden() == shown:  # only on a change: each call costs a layout pass
            self.legend.setVisible(shown)
        self._on_table_toggled(self.table_button.isChecked())

    def has_chart(self) -> bool:
        return self._has_data

    def set_legend(self, entries: list[tuple[str, QColor]]) -> None:
        """Coloured squares and names; wraps onto more lines between entries, never inside one (spaces in a
        name are kept from breaking)."""
        self.legend.setText(
            "&nbsp;&nbsp; ".join(
                f"<span style='color:{colour.name()}'>■</span>&nbsp;{escape(name).replace(' ', '&nbsp;')}"
                for name, colour in entries
            )
        )
        shown = self._has_data and bool(entries)
        if self.legend.isHidden() == shown:
            self.legend.setVisible(shown)

    def set_table(self, headers: list[str], rows: Callable[[], list[list[str]]]) -> None:
        """The numbers behind the chart, newest first. ``rows`` makes them: it is called only when the table
        is shown, so redrawing years of data does not format text nobody reads."""
        self._table_data = (headers, rows)
        if self.table_button.isChecked():
            self._fill_table()

    def _fill_table(self) -> None:
        headers, make_rows = getattr(self, "_table_data", ([], list))
        rows: list[list[str]] = make_rows()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(reversed(rows)):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def style_axis(self, axis) -> None:
        text = QApplication.palette().color(QPalette.ColorRole.Text)
        axis.setLabelsColor(text)
        axis.setTitleBrush(text)
        grid = QColor(text)
        grid.setAlpha(50)
        axis.setGridLineColor(grid)

    def max_labels(self) -> int:
        """How many x labels fit the chart's width side by side."""
        width = self.view.width() if self.view.width() > 100 else 420
        return max(2, min(12, (width - 80) // LABEL_ROOM))

    def add_value_axis(self, top_value: float, title: str = "", whole: bool = True, fixed_top: float | None = None):
        """A y axis from 0 with ticks on round numbers (1, 2 or 5 × 10ⁿ); whole numbers for counts."""
        axis = QValueAxis()
        if fixed_top is not None:
            top, step = nice_axis(fixed_top, 5, whole)
        else:
            top, step = nice_axis(top_value, 5, whole)
        axis.setRange(0, top)
        axis.setTickCount(round(top / step) + 1)
        axis.setLabelFormat("%d" if whole or step >= 1 else "%.1f")
        if title:
            axis.setTitleText(title)
        self.style_axis(axis)
        self.chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        return axis

    def add_date_axis(self, first: date, last: date):
        """An x axis over ``first``–``last`` (as msecs) labelled only on round dates: Mondays, month or
        year starts, as many as fit."""
        axis = QCategoryAxis()
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        axis.setRange(msecs(first) - 43_200_000, msecs(last) + 43_200_000)
        found, unit = date_ticks(first, last, self.max_labels())
        for day in found:
            if unit == "week":
                label = f"{day.day} {month_short(day)}"
            elif unit == "month":
                label = month_short(day) if day.month != 1 else f"{month_short(day)} {day.year}"
            else:
                label = str(day.year)
            axis.append(label, msecs(day))
        self.style_axis(axis)
        self.chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        return axis

    def add_category_axis(self, labels: list[str]):
        """An x axis for bars (bar ``i`` sits at ``i``) naming only as many bars as fit, the newest always.

        A category axis of the value kind, not QBarCategoryAxis: that one cuts every label to its bar's width
        ("26 O…"), where this one lets a label run over the neighbouring, unlabelled bars.
        """
        axis = QCategoryAxis()
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        axis.setRange(-0.5, len(labels) - 0.5)
        for index, (label, show) in enumerate(zip(labels, thin_labels(len(labels), self.max_labels()), strict=True)):
            if show:
                axis.append(label, index)
        self.style_axis(axis)
        self.chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        return axis

    @staticmethod
    def hover(value_text) -> Callable:
        """A slot for ``hovered(point, state)`` that shows the value under the pointer."""

        def show(point: QPointF, state: bool) -> None:
            if state:
                QToolTip.showText(QCursor.pos(), value_text(point))
            else:
                QToolTip.hideText()

        return show

    @staticmethod
    def day_text(point: QPointF) -> str:
        """The date of a point on a date axis."""
        return date_text(datetime.fromtimestamp(point.x() / 1000).date())

    # ---- actions --------------------------------------------------------------------------------
    def export_png(self, path: str) -> bool:
        ok = self.view.grab().save(path, "PNG")
        if ok:
            self.exported.emit(path)
        return ok

    def _on_table_toggled(self, on: bool) -> None:
        if not self._has_data:
            self.stack.setCurrentIndex(1)
        else:
            if on:
                self._fill_table()
            self.stack.setCurrentIndex(2 if on else 0)
        self.table_button.setText(self.tr("Chart") if on else self.tr("Table"))

    def _on_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), "chart.png", self.tr("PNG image (*.png)"))
        if path:
            self.export_png(path)

    def _on_context_menu(self, where) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Save as &PNG…"), self._on_export)
        menu.popup(self.view.mapToGlobal(where))
