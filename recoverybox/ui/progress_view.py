"""Progress: sober-since clocks and milestones, and charts of goals, attendance, mood and cravings."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QCursor, QPen
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QToolTip, QVBoxLayout, QWidget

from recoverybox.core.stats import corners
from recoverybox.ui.chart_card import ChartCard, points
from recoverybox.ui.fonts import TITLE, emphasise
from recoverybox.ui.format import date_text
from recoverybox.ui.sobriety_panel import SobrietyPanel
from recoverybox.ui.view_base import ViewBase

RANGE_LABELS = (("4w", "Last 4 weeks"), ("3m", "Last 3 months"), ("1y", "Last year"), ("all", "All time"))
MOOD = QColor("#2f7f86")
CRAVING = QColor("#c0603a")


class ProgressView(ViewBase):
    """How far the person has come, drawn from their own data."""

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        heading = QLabel(self.tr("Your progress"))
        emphasise(heading, TITLE)
        self.clocks = SobrietyPanel(services)
        self.clocks.changed.connect(self._on_clocks_changed)
        self.range = QComboBox()
        self.range.setObjectName("progressRange")
        self.range.setAccessibleName(self.tr("Range"))
        for key, label in RANGE_LABELS:
            self.range.addItem(self.tr(label), key)
        self.goal = QComboBox()
        self.goal.setObjectName("progressGoal")
        self.goal.setAccessibleName(self.tr("Goal"))
        self.goal.setMinimumWidth(220)
        self.range.currentIndexChanged.connect(self.redraw)
        self.goal.currentIndexChanged.connect(self.redraw)
        controls = QHBoxLayout()
        range_label = QLabel(self.tr("&Show"))
        range_label.setBuddy(self.range)
        goal_label = QLabel(self.tr("&Goal"))
        goal_label.setBuddy(self.goal)
        for widget in (range_label, self.range, goal_label, self.goal):
            controls.addWidget(widget)
        controls.addStretch(1)

        self.completion = ChartCard(self.tr("Weekly completion"), self.tr("Add a goal to see how your weeks go."))
        self.streaks = ChartCard(self.tr("Streak history"), self.tr("Check in on a goal to start a streak."))
        self.sober = ChartCard(self.tr("Sober days over time"), self.tr("Add a sober-since clock to see it grow."))
        self.attended = ChartCard(
            self.tr("Meetings and therapy attended each week"),
            self.tr("Mark meetings and sessions attended in the Week view to see them here."),
        )
        self.mood = ChartCard(self.tr("Mood and cravings"), self.tr("Write in your journal to see mood and cravings."))
        self.cards = [self.completion, self.streaks, self.sober, self.attended, self.mood]
        grid = QGridLayout()
        for index, card in enumerate(self.cards):
            grid.addWidget(card, index // 2, index % 2)
        charts = QWidget()
        charts.setLayout(grid)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(heading)
        inner_layout.addWidget(self.clocks)
        inner_layout.addLayout(controls)
        inner_layout.addWidget(charts, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(scroll)
        self._series: dict[str, object] = {}
        self._ranges: dict[str, tuple] = {}

    # ---- data -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.clocks.refresh()
        current = self.goal.currentData()
        self.goal.blockSignals(True)
        self.goal.clear()
        goals = self.services.goals.list(include_archived=True)
        self._goals = {goal.id: goal for goal in goals}
        for goal in goals:
            self.goal.addItem(goal.title, goal.id)
        if current in self._goals:
            self.goal.setCurrentIndex(self.goal.findData(current))
        self.goal.setEnabled(bool(goals))
        self.goal.blockSignals(False)
        self._ranges: dict[str, tuple] = {}  # the data may have changed: "all" may start elsewhere now
        self.redraw()

    def set_range(self, key: str) -> None:
        self.range.setCurrentIndex(self.range.findData(key))

    def redraw(self) -> None:
        progress = self.services.progress
        key = self.range.currentData()
        if key not in self._ranges:
            self._ranges[key] = progress.range_for(key)  # looked up once per refresh, not on every redraw
        first, last = self._ranges[key]

        goal = self._goals.get(self.goal.currentData()) if hasattr(self, "_goals") else None
        self._series = {}
        completion, streak = progress.goal_charts(goal, first, last) if goal else (None, None)
        self._draw_completion(goal, completion.points if goal else [])
        self._draw_streaks(goal, streak.points if goal else [], first, last)
        self._draw_sober(first, last)
        self._draw_attendance(first, last)
        self._draw_mood(first, last)

    def series(self, name: str):
        """The chart series drawn under ``name`` (for tests and accessibility)."""
        return self._series.get(name)

    # ---- charts ---------------------------------------------------------------------------------
    def _date_axes(self, card: ChartCard, first: date, last: date, y_max: float, y_title: str):
        x_axis = QDateTimeAxis()
        x_axis.setFormat("d MMM yy" if (last - first).days > 120 else "d MMM")
        x_axis.setRange(datetime.combine(first, datetime.min.time()), datetime.combine(last, datetime.max.time()))
        x_axis.setTickCount(6)
        y_axis = QValueAxis()
        y_axis.setRange(0, max(y_max, 1))
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(y_title)
        for axis, side in ((x_axis, Qt.AlignmentFlag.AlignBottom), (y_axis, Qt.AlignmentFlag.AlignLeft)):
            card.style_axis(axis)
            card.chart.addAxis(axis, side)
        return x_axis, y_axis

    def _line(self, card, name, title, data, axes, colour=None, scatter=False, value_text=None):
        series = QLineSeries()
        series.setName(title)
        if colour is not None:
            series.setColor(colour)
        if scatter:
            # Daily points as dots: a line series drawing only its points. QScatterSeries makes one
            # graphics item per point, which costs ~100 ms for five years of days; this costs a few.
            series.setPointsVisible(True)
            series.setMarkerSize(5)
            pen = QPen(series.color())
            pen.setStyle(Qt.PenStyle.NoPen)
            series.setPen(pen)
        series.replace(points(data))  # one call, not point by point
        card.chart.addSeries(series)
        for axis in axes:
            series.attachAxis(axis)
        series.hovered.connect(card.hover(value_text or (lambda p: self._point_text(p, title))))
        self._series[name] = series
        return series

    def _point_text(self, point, title: str) -> str:
        day = datetime.fromtimestamp(point.x() / 1000).date()
        return f"{title}: {point.y():g} ({date_text(day)})"

    def _draw_completion(self, goal, data: list) -> None:
        card = self.completion
        card.reset()
        card.show_chart(bool(data))
        if not data:
            return
        bars = QBarSet(goal.title)
        bars.append([value for _day, value in data])  # one call
        series = QBarSeries()
        series.append(bars)
        card.chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append([f"{monday:%d %b %y}" for monday, _v in data])
        axis.setLabelsVisible(len(data) <= 13)
        if len(data) > 13:
            axis.setTitleText(
                self.tr("{n} weeks, {first} – {last}").format(
                    n=len(data), first=date_text(data[0][0]), last=date_text(data[-1][0])
                )
            )
        y_axis = QValueAxis()
        y_axis.setRange(0, 100)
        y_axis.setLabelFormat("%d%%")
        for axis_, side in ((axis, Qt.AlignmentFlag.AlignBottom), (y_axis, Qt.AlignmentFlag.AlignLeft)):
            card.style_axis(axis_)
            card.chart.addAxis(axis_, side)
            series.attachAxis(axis_)
        series.hovered.connect(
            lambda state, index, barset: (
                QToolTip.showText(
                    QCursor.pos(),
                    self.tr("Week of {day}: {value}% done").format(
                        day=date_text(data[index][0]), value=f"{barset.at(index):g}"
                    ),
                )
                if state
                else QToolTip.hideText()
            )
        )
        self._series["completion"] = bars

    def _draw_streaks(self, goal, data: list, first: date, last: date) -> None:
        card = self.streaks
        card.reset()

        has = any(value for _d, value in data)
        card.show_chart(has)
        if has:
            axes = self._date_axes(card, first, last, max(v for _d, v in data), self.tr("days in a row"))
            self._line(card, "streak", goal.title, corners(data), axes)

    def _draw_sober(self, first: date, last: date) -> None:
        card = self.sober
        card.reset()
        all_series = self.services.progress.sober_days(first, last)
        has = any(s.points for s in all_series)
        card.show_chart(has)
        if has:
            top = max(v for s in all_series for _d, v in s.points)
            axes = self._date_axes(card, first, last, top, self.tr("sober days"))
            for index, item in enumerate(all_series):
                self._line(card, f"sober:{item.name}" if index else "sober", item.name, item.points, axes)

    def _draw_attendance(self, first: date, last: date) -> None:
        card = self.attended
        card.reset()
        weekly = self.services.progress.attendance(first, last)
        meetings, therapy = weekly["meeting"].points, weekly["therapy"].points
        has = any(v for _d, v in meetings + therapy)
        card.show_chart(has)
        if not has:
            return
        top = max(v for _d, v in meetings + therapy)
        axes = self._date_axes(card, first, last, top + 1, self.tr("per week"))
        self._line(card, "meetings", self.tr("Meetings"), meetings, axes, QColor("#2f7f86"))
        self._line(card, "therapy", self.tr("Therapy"), therapy, axes, QColor("#7a5aa6"))

    def _draw_mood(self, first: date, last: date) -> None:
        card = self.mood
        card.reset()
        data = self.services.progress.mood_and_craving(first, last)
        has = bool(data["mood"].points or data["craving"].points)
        card.show_chart(has)
        if not has:
            return
        axes = self._date_axes(card, first, last, 10, self.tr("0–10"))
        for key, colour, dots in (
            ("mood", MOOD, True),
            ("craving", CRAVING, True),
            ("mood_avg", MOOD, False),
            ("craving_avg", CRAVING, False),
        ):
            self._line(card, key, self.tr(data[key].name), data[key].points, axes, colour, scatter=dots)

    def _on_clocks_changed(self) -> None:
        self.redraw()
        self.data_changed.emit()
