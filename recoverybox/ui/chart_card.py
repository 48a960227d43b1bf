"""A chart with a title, a friendly empty state instead of an empty axis, hover values and PNG export."""

from __future__ import annotations

from datetime import date, datetime, time

import shiboken6
from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPainter, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from recoverybox.ui import theme
from recoverybox.ui.empty_state import EmptyState


def msecs(day: date) -> float:
    """A local date as the x value of a QDateTimeAxis (milliseconds, noon to dodge DST edges)."""
    return datetime.combine(day, time(12)).timestamp() * 1000


def points(series_points: list[tuple[date, float]]) -> list[QPointF]:
    return [QPointF(msecs(day), float(value)) for day, value in series_points]


class ChartCard(QWidget):
    """Title, chart (or empty message) and an export button."""

    exported = Signal(str)

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(self.chart.margins())
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(240)
        self.view.setAccessibleName(title)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.empty = EmptyState(empty_text)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.title = QLabel(f"<b>{title}</b>")
        self.export_button = QPushButton(self.tr("Save as &PNG…"))
        self.export_button.setAccessibleName(self.tr("Save {title} as PNG").format(title=title))
        self.export_button.clicked.connect(self._on_export)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def reset(self) -> None:
        """Remove every series and axis, and follow the current light/dark palette."""
        self.chart.removeAllSeries()
        for axis in list(self.chart.axes()):
            self.chart.removeAxis(axis)
            shiboken6.delete(axis)  # removeAxis hands ownership back; an orphan would still be painted
        self.chart.setTheme(QChart.ChartTheme.ChartThemeDark if theme.is_dark() else QChart.ChartTheme.ChartThemeLight)
        palette = self.palette()
        self.chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        self.chart.setTitleBrush(palette.color(QPalette.ColorRole.Text))
        self.chart.legend().setLabelColor(palette.color(QPalette.ColorRole.Text))

    def show_chart(self, has_data: bool) -> None:
        self.stack.setCurrentIndex(0 if has_data else 1)
        self.export_button.setEnabled(has_data)

    def has_chart(self) -> bool:
        return self.stack.currentIndex() == 0

    def style_axis(self, axis) -> None:
        text = self.palette().color(QPalette.ColorRole.Text)
        axis.setLabelsColor(text)
        grid = QColor(text)
        grid.setAlpha(50)
        axis.setGridLineColor(grid)

    @staticmethod
    def hover(value_text) -> callable:
        """A slot for ``hovered(point, state)`` that shows the value under the pointer."""

        def show(point: QPointF, state: bool) -> None:
            if state:
                QToolTip.showText(QCursor.pos(), value_text(point))
            else:
                QToolTip.hideText()

        return show

    def export_png(self, path: str) -> bool:
        ok = self.view.grab().save(path, "PNG")
        if ok:
            self.exported.emit(path)
        return ok

    def _on_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), "chart.png", self.tr("PNG image (*.png)"))
        if path:
            self.export_png(path)

    def _on_context_menu(self, where) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Save as &PNG…"), self._on_export)
        menu.popup(self.view.mapToGlobal(where))
