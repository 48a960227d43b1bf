"""Progress: sober-since clocks and milestones, and charts of goals, attendance, mood and cravings."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCharts import QAbstractBarSeries, QBarSeries, QBarSet, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QCursor, QPalette, QPen
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QToolTip, QVBoxLayout, QWidget

from recoverybox.core.base.changes import Area
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.ui import spacing
from recoverybox.ui.fonts import TITLE, emphasise
from recoverybox.ui.format import date_text, month_short
from recoverybox.ui.views.view_base import ViewBase
from recoverybox.ui.widgets.chart_card import ChartCard, points
from recoverybox.ui.widgets.sobriety_panel import SobrietyPanel

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.app.services import Services

RANGE_LABELS = (
    ("4w", QT_TRANSLATE_NOOP("ProgressView", "Last 4 weeks")),
    ("3m", QT_TRANSLATE_NOOP("ProgressView", "Last 3 months")),
    ("1y", QT_TRANSLATE_NOOP("ProgressView", "Last year")),
    ("all", QT_TRANSLATE_NOOP("ProgressView", "All time")),
)
MOOD = QColor("#2f7f86")
CRAVING = QColor("#c0603a")
THERAPY = QColor("#7a5aa6")
SOBER = QColor("#3c8d4f")
SOBER_NOW = QColor("#b5651d")  # the attempt still going: warm, apart from the ended ones (3:1 on light and dark)


class ProgressView(ViewBase):
    """How far the person has come, drawn from their own data."""

    READS = frozenset({Area.GOALS, Area.EVENTS, Area.JOURNAL, Area.SOBRIETY, Area.SETTINGS})

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
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
            self.tr("Meetings and therapy attended"),  # the axis says per week, month, quarter or year
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
        spacing.page(layout)
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
        self._ranges = {}  # the data may have changed: "all" may start elsewhere now
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
        self._draw_completion(goal, completion)
        self._draw_streaks(goal, streak, first, last)
        self._draw_sober(first, last)
        self._draw_attendance(first, last)
        self._draw_mood(first, last)

    def series(self, name: str):
        """The chart series drawn under ``name`` (for tests and accessibility)."""
        return self._series.get(name)

    # ---- charts ---------------------------------------------------------------------------------
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
        series.hovered.connect(card.hover(value_text or (lambda p: self._point_text(card, p, title))))
        self._series[name] = series
        return series

    def _point_text(self, card, point, title: str) -> str:
        return f"{title}: {point.y():g} ({card.day_text(point)})"

    def _bars(self, card, name: str, sets: list[tuple[str, QColor, list[float]]], labels: list[str], y_axis, tip):
        """Grouped bars on a category axis; ``tip(index, set name, value)`` is the hover text."""
        series = QBarSeries()
        for title, colour, values in sets:
            bars = QBarSet(title)
            bars.setColor(colour)
            bars.append(values)  # one call
            series.append(bars)
            self._series[name if len(sets) == 1 else f"{name}:{title}"] = bars
        card.chart.addSeries(series)
        x_axis = card.add_category_axis(labels)
        for axis in (x_axis, y_axis):
            series.attachAxis(axis)
        series.hovered.connect(
            lambda state, index, barset: (
                QToolTip.showText(QCursor.pos(), tip(index, barset.label(), barset.at(index)))
                if state
                else QToolTip.hideText()
            )
        )
        card.set_legend([(title, colour) for title, colour, _v in sets])
        return series

    def _period_labels(self, data: list[tuple[date, float]], period: str) -> list[str]:
        """A bar's name: "26 Oct" (its week's Monday), "Oct 26", "Q4 26" or "2026"."""
        names = [month_short(date(2000, month, 1)) for month in range(1, 13)]  # the locale asked once, not per bar
        if period == "week":
            return [f"{d.day} {names[d.month - 1]}" for d, _v in data]
        if period == "month":
            return [f"{names[d.month - 1]} {d.year % 100:02d}" for d, _v in data]
        if period == "quarter":
            quarter = self.tr("Q{number} {year}")
            return [quarter.format(number=(d.month - 1) // 3 + 1, year=f"{d.year % 100:02d}") for d, _v in data]
        return [str(d.year) for d, _v in data]

    def _period_words(self, period: str) -> tuple[str, str, str]:
        """(a bar's hover text with {day}, the table's first heading, the axis unit) for a bar period."""
        return {
            "week": (self.tr("Week of {day}"), self.tr("Week of"), self.tr("per week")),
            "month": (self.tr("Month of {day}"), self.tr("Month"), self.tr("per month")),
            "quarter": (self.tr("Quarter from {day}"), self.tr("Quarter from"), self.tr("per quarter")),
            "year": (self.tr("Year from {day}"), self.tr("Year from"), self.tr("per year")),
        }[period]

    def _draw_completion(self, goal, series) -> None:
        """Weekly bars, or (averaged in core) monthly, quarterly or yearly ones over longer ranges."""
        card = self.completion
        card.reset()
        shown = series.points if series else []
        card.show_chart(bool(shown))
        if not shown:
            return
        unit, heading, _per = self._period_words(series.period)
        y_axis = card.add_value_axis(100, fixed_top=100)
        y_axis.setLabelFormat("%d%%")
        self._bars(
            card,
            "completion",
            [(goal.title, MOOD, [round(v, 1) for _d, v in shown])],
            self._period_labels(shown, series.period),
            y_axis,
            lambda i, _name, value: self.tr("{when}: {value}% done").format(
                when=unit.format(day=date_text(shown[i][0])), value=f"{value:g}"
            ),
        )
        card.set_table(
            [heading, self.tr("Done")],
            lambda: [[date_text(d), f"{v:.0f}%"] for d, v in shown],
        )
        card.show_chart(True)

    def _draw_streaks(self, goal, series, first: date, last: date) -> None:
        """The streak line; core gives only its corners. A weekly count's streak is in weeks."""
        card = self.streaks
        card.reset()
        data = series.points if series else []
        has = any(value for _d, value in data)
        card.show_chart(has)
        if not has:
            return
        in_weeks = series.period == "week"
        unit = self.tr("weeks in a row") if in_weeks else self.tr("days in a row")
        x_axis = card.add_date_axis(first, last)
        y_axis = card.add_value_axis(max(v for _d, v in data), unit)
        self._line(card, "streak", goal.title, data, (x_axis, y_axis), MOOD)
        card.set_legend([(goal.title, MOOD)])
        card.set_table(
            [self.tr("Week of") if in_weeks else self.tr("Day"), unit.capitalize()],
            lambda: [[date_text(d), f"{v:g}"] for d, v in data],
        )
        card.show_chart(True)

    def _draw_sober(self, first: date, last: date) -> None:
        """One bar per attempt (a stretch from a start to a slip, or to today), every attempt whatever the
        range (one giant bar for "last 4 weeks" said nothing), each with its days written on it so a short one
        beside a long one still reads; the attempt still going is highlighted."""
        card = self.sober
        card.reset()
        stretches = self.services.progress.sober_stretches(date.min, last)
        card.show_chart(bool(stretches))
        if not stretches:
            return
        several = len({s.clock for s in stretches}) > 1
        labels = []
        for stretch in stretches:
            label = (
                f"{stretch.clock}, " if several else ""
            ) + f"{month_short(stretch.started_on)} {stretch.started_on.year}"
            while label in labels:  # two starts in one month: the axis needs distinct names
                label += "\u200b"
            labels.append(label)
        y_axis = card.add_value_axis(max(s.days for s in stretches) * 1.15, self.tr("days"))  # room for labels

        def tip(index, _name, value):
            stretch = stretches[index]
            end = date_text(stretch.ended_on) if stretch.ended_on else self.tr("today, still going")
            days = round(value)
            return self.tr("{clock}: %n day(s), {start} to {end}", "", days).format(
                clock=stretch.clock, start=date_text(stretch.started_on), end=end
            )

        series = self._bars(
            card, "sober", [(self.tr("Days in each stretch"), SOBER, [s.days for s in stretches])], labels, y_axis, tip
        )
        series.setBarWidth(min(0.6, 0.15 * len(stretches) + 0.15))  # a lone attempt is a bar, not a wall
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        bars = series.barSets()[0]
        bars.setLabelColor(self.palette().color(QPalette.ColorRole.WindowText))
        bars.setSelectedColor(SOBER_NOW)
        going = [index for index, stretch in enumerate(stretches) if stretch.ended_on is None]
        bars.selectBars(going)
        card.set_legend([(self.tr("Days in each stretch"), SOBER), (self.tr("Still going"), SOBER_NOW)])
        card.set_table(
            [self.tr("Clock"), self.tr("From"), self.tr("To"), self.tr("Days")],
            lambda: [
                [
                    s.clock,
                    date_text(s.started_on),
                    date_text(s.ended_on) if s.ended_on else self.tr("still going"),
                    str(s.days),
                ]
                for s in stretches
            ],
        )
        card.show_chart(True)

    def _draw_attendance(self, first: date, last: date) -> None:
        card = self.attended
        card.reset()
        weekly = self.services.progress.attendance(first, last)
        meetings, therapy = list(weekly["meeting"].points), list(weekly["therapy"].points)
        has = any(v for _d, v in meetings + therapy)
        card.show_chart(has)
        if not has:
            return
        period = weekly["meeting"].period  # core counts per week, or per month, quarter or year over longer ranges
        unit, heading, per = self._period_words(period)
        y_axis = card.add_value_axis(max(v for _d, v in meetings + therapy), per)
        self._bars(
            card,
            "attended",
            [
                (self.tr("Meetings"), MOOD, [v for _d, v in meetings]),
                (self.tr("Therapy"), THERAPY, [v for _d, v in therapy]),
            ],
            self._period_labels(meetings, period),
            y_axis,
            lambda i, name, value: f"{unit.format(day=date_text(meetings[i][0]))}: {value:g} {name.lower()}",
        )
        card.set_table(
            [heading, self.tr("Meetings"), self.tr("Therapy")],
            lambda: [[date_text(d), f"{m:g}", f"{t:g}"] for (d, m), (_d, t) in zip(meetings, therapy, strict=True)],
        )
        card.show_chart(True)

    def _draw_mood(self, first: date, last: date) -> None:
        card = self.mood
        card.reset()
        data = self.services.progress.mood_and_craving(first, last)
        has = bool(data["mood"].points or data["craving"].points)
        card.show_chart(has)
        if not has:
            return
        x_axis = card.add_date_axis(first, last)
        y_axis = card.add_value_axis(10, self.tr("0–10"), fixed_top=10)
        legend = []
        for key, colour, dots in (
            ("mood", MOOD, True),
            ("craving", CRAVING, True),
            ("mood_avg", MOOD, False),
            ("craving_avg", CRAVING, False),
        ):
            self._line(card, key, self.tr(data[key].name), data[key].points, (x_axis, y_axis), colour, scatter=dots)
            legend.append((self.tr(data[key].name) + (" ●" if dots else " ―"), colour))
        card.set_legend(legend)
        craving = dict(data["craving"].points)
        card.set_table(
            [self.tr("Day"), self.tr("Mood"), self.tr("Craving")],
            lambda: [
                [date_text(d), f"{m:.1f}", f"{craving[d]:.1f}" if d in craving else ""] for d, m in data["mood"].points
            ],
        )
        card.show_chart(True)

    def _on_clocks_changed(self) -> None:
        self.redraw()
