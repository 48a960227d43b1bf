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
from recoverybox.core.recovery.sober_time import elapsed
from recoverybox.ui import spacing
from recoverybox.ui.fonts import HEADING, LARGE, emphasise
from recoverybox.ui.format import date_text, time_text
from recoverybox.ui.ops.perform import perform
from recoverybox.ui.views.view_base import ViewBase
from recoverybox.ui.widgets.daily_panel import DailyPanel
from recoverybox.ui.widgets.scrolling import up_and_down
from recoverybox.ui.widgets.sobriety_panel import counter_text

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.app.glance import GoalLine, TodayGlance
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

    def __init__(self, services: Services | None, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._pending_ticks: list[tuple[int, bool]] = []
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
        if self.needs_services:
            return  # a first look: what it shows was read for it (``show_glance``)
        from recoverybox.core.app.glance import glance_of

        self.show_glance(glance_of(self.services))

    def attach(self, services: Services) -> None:
        self.daily.attach(services)
        super().attach(services)
        pending, self._pending_ticks = self._pending_ticks, []
        for goal_id, done in pending:  # ticked in the moment before the data layer was ready
            self._tick(goal_id, done)
        if pending:
            self.refresh()

    def show_glance(self, glance: TodayGlance) -> None:
        """Draw ``glance``: what the services say (``refresh``), or what was read before they were loaded."""
        self.daily.show_glance(glance)
        zone = glance.zone
        self.heading.setText(date_text(glance.day, long=True))

        lines = []
        now_local = glance.now.astimezone(zone).replace(tzinfo=None)
        for clock in glance.sober:
            span = elapsed(clock.started_on, clock.started_time, now_local)
            lines.append(self.tr("{time} free from {name}").format(time=counter_text(span), name=clock.name))
        self.sober.setText("\n".join(lines) or self.tr("No sober-since date set yet."))

        self.events.clear()
        for occ in glance.plan:
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
        for goal in glance.goals:
            item = QListWidgetItem(self._goal_text(goal))
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if goal.done_today else Qt.CheckState.Unchecked)
            self.goals.addItem(item)
        if self.goals.count() == 0:
            empty = QListWidgetItem(self.tr("No goals yet. Add one in Goals: small and kind to yourself works best."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.goals.addItem(empty)
        self.goals.blockSignals(False)

    def _goal_text(self, goal: GoalLine) -> str:
        text = goal.title
        streak = goal.streak
        if streak and goal.kind == "weekly_count":
            text += "   " + self.tr("· %n-week streak", "", streak)
        elif streak:
            text += "   " + self.tr("· %n-day streak", "", streak)
        return text

    def _on_goal_item_changed(self, item: QListWidgetItem) -> None:
        goal_id = item.data(Qt.ItemDataRole.UserRole)
        if goal_id is None:
            return
        done = item.checkState() == Qt.CheckState.Checked
        if self.needs_services:
            self._pending_ticks.append((goal_id, done))  # saved as soon as the data layer is ready
            return
        self._tick(goal_id, done)
        self.refresh()  # the tick shows what was saved, also when it was not

    def _tick(self, goal_id: int, done: bool) -> None:
        goals = self.services.goals
        perform(self, lambda: goals.tick(goal_id, done), failure_title=self.tr("Check-in not saved"))
