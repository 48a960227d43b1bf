"""Today: the date, sober-day counts, today's plan and today's goals to tick off."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.base.changes import EVERY_AREA, Area
from recoverybox.core.recovery.sober_time import current_period, elapsed
from recoverybox.ui import spacing
from recoverybox.ui.fonts import HEADING, LARGE, emphasise
from recoverybox.ui.format import date_text, time_text
from recoverybox.ui.ops.perform import perform
from recoverybox.ui.views.view_base import ViewBase
from recoverybox.ui.widgets.daily_panel import DailyPanel
from recoverybox.ui.widgets.scrolling import up_and_down
from recoverybox.ui.widgets.sobriety_panel import counter_text

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.app.services import Services


PLAN_ROWS = 6  # the plan box grows with the day's events up to this many rows, then scrolls


def fit_rows(view: QListWidget, most: int) -> None:
    """A list exactly as tall as its rows (at least one, at most ``most``)."""
    rows = min(view.count(), most)
    height = sum(view.sizeHintForRow(row) + 2 * view.spacing() for row in range(rows))
    view.setFixedHeight((height or view.fontMetrics().lineSpacing() + 8) + 2 * view.frameWidth() + 2)


class TodayView(ViewBase):
    """A calm overview of the day."""

    READS = EVERY_AREA - {Area.MEETING_LISTS, Area.SYNC}

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.heading = QLabel()
        self.heading.setObjectName("todayHeading")
        emphasise(self.heading, HEADING)
        self.sober = QLabel()
        self.sober.setObjectName("soberDays")
        self.sober.setWordWrap(True)
        emphasise(self.sober, LARGE, bold=False)
        self.events = QListWidget()
        self.events.setObjectName("todayEvents")
        self.events.setAccessibleName(self.tr("Today's plan"))
        self.events.setUniformItemSizes(True)  # one line an event (a long one ends in "…", whole in its tip)
        self.events.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.goals = QListWidget()
        self.goals.setObjectName("todayGoals")
        self.goals.setAccessibleName(self.tr("Today's goals"))
        self.goals.setToolTip(self.tr("Tick a goal (click or Space) to check in for today."))
        self.goals.itemChanged.connect(self._on_goal_item_changed)

        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.sober)
        plan_label = QLabel(self.tr("Today's p&lan"))
        plan_label.setBuddy(self.events)
        left.addWidget(plan_label)
        left.addWidget(self.events)  # as tall as the day's events (up to PLAN_ROWS), not a large empty box
        goals_label = QLabel(self.tr("Today's &goals"))
        goals_label.setBuddy(self.goals)
        left.addWidget(goals_label)
        left.addWidget(self.goals, 1)
        self.daily = DailyPanel(services)
        layout = QHBoxLayout(self)
        spacing.page(layout)
        layout.addLayout(left, 3)
        # The reflection, pledge and review scroll (up and down) when the window is short, not squeezed.
        layout.addWidget(up_and_down(self.daily, "todayDailyScroll"), 2)

    def refresh(self) -> None:
        services = self.services
        self.daily.refresh()

        today = services.today()
        zone = services.zone
        self.heading.setText(date_text(today, long=True))

        lines = []
        for clock in services.sobriety.clocks():
            period = current_period(clock)
            if period is None:
                continue
            now_local = services.clock.now().astimezone(zone).replace(tzinfo=None)
            span = elapsed(period.started_on, period.started_time, now_local)
            lines.append(self.tr("{time} free from {name}").format(time=counter_text(self, span), name=clock.name))

        self.sober.setText("\n".join(lines) or self.tr("No sober-since date set yet."))

        self.events.clear()
        for occ in services.calendar.day(today, zone):
            when = (
                self.tr("All day")
                if occ.all_day
                else (f"{time_text(occ.local_start(zone))}–{time_text(occ.local_end(zone))}")
            )
            where = occ.location or occ.online_url
            text = f"{when}   {occ.title}" + (f"   ({where})" if where else "")
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, occ.key)
            self.events.addItem(item)
        if self.events.count() == 0:
            empty = QListWidgetItem(self.tr("Nothing planned for today. A quiet day is fine too."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.events.addItem(empty)

        fit_rows(self.events, PLAN_ROWS)

        self.goals.blockSignals(True)
        self.goals.clear()
        active = [goal for goal in services.goals.list() if goal.status == "active"]
        summaries = services.goals.summaries(active)
        for goal in active:
            summary = summaries[goal.id]
            item = QListWidgetItem(self._goal_text(summary))
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if summary.done_today else Qt.CheckState.Unchecked)
            self.goals.addItem(item)
        if self.goals.count() == 0:
            empty = QListWidgetItem(self.tr("No goals yet. Add one in Goals: small and kind to yourself works best."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.goals.addItem(empty)
        self.goals.blockSignals(False)

    def _goal_text(self, summary) -> str:
        goal = summary.goal
        text = goal.title
        if summary.current_streak:
            unit = self.tr("week") if goal.kind == "weekly_count" else self.tr("day")
            text += "   " + self.tr("· {n}-{unit} streak").format(n=summary.current_streak, unit=unit)
        return text

    def _on_goal_item_changed(self, item: QListWidgetItem) -> None:
        goal_id = item.data(Qt.ItemDataRole.UserRole)
        if goal_id is None:
            return
        done = item.checkState() == Qt.CheckState.Checked
        perform(self, lambda: self.services.goals.tick(goal_id, done), failure_title=self.tr("Check-in not saved"))
        self.refresh()  # the tick shows what was saved, also when it was not
