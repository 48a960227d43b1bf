"""Goals grouped by area: check in with a click or Space, correct past days, streaks and this week."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.base.changes import Area, Changes
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.goals.habit import BEFORE, DONE, HALF_LIFE_DAYS, MISSED, PARTIAL, REST, day_state
from recoverybox.core.goals.service import GoalInput, goal_began
from recoverybox.core.goals.stats import week_first_day
from recoverybox.ui import spacing
from recoverybox.ui.dialogs.goal_dialog import GoalDialog
from recoverybox.ui.format import date_text, number_text, reminder_time_text, short_weekday
from recoverybox.ui.ops.perform import perform
from recoverybox.ui.views.view_base import ViewBase
from recoverybox.ui.widgets import plain
from recoverybox.ui.widgets.empty_state import EmptyState
from recoverybox.ui.widgets.habit_heatmap import DONE_COLOUR, HabitHeatmap
from recoverybox.ui.widgets.typed_fields import DateField

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.app.services import Services

AREA_LABELS = {
    "sobriety": QT_TRANSLATE_NOOP("GoalsView", "Sobriety"),
    "meetings": QT_TRANSLATE_NOOP("GoalsView", "Support meetings"),
    "health": QT_TRANSLATE_NOOP("GoalsView", "Health"),
    "relationships": QT_TRANSLATE_NOOP("GoalsView", "Relationships"),
    "self_care": QT_TRANSLATE_NOOP("GoalsView", "Self-care"),
    "custom": QT_TRANSLATE_NOOP("GoalsView", "My own goals"),
}
KIND_LABELS = {
    "daily": QT_TRANSLATE_NOOP("GoalsView", "Every day"),
    "weekly_count": QT_TRANSLATE_NOOP("GoalsView", "Times a week"),
    "measured": QT_TRANSLATE_NOOP("GoalsView", "Measured"),
}
STRIP_DAYS = 7
# A done day: white on a dark teal (7.6:1, enough for high contrast too), flat so no gradient lightens it.
STRIP_DONE_STYLE = (
    f"QPushButton {{ background: {DONE_COLOUR.darker(150).name()}; color: white; font-weight: 600;"
    " border: 1px solid palette(window-text); border-radius: 3px; padding: 4px; }"
)


class GoalsView(ViewBase):
    """Every goal by area, with a check-in strip for the selected one."""

    READS = frozenset({Area.GOALS, Area.EVENTS, Area.SETTINGS})

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._make_tree()
        self._make_buttons()
        detail, strip = self._make_detail(services)
        self._lay_out(detail, strip)

    def _make_tree(self) -> None:
        """The goals, one row each: type, today, streaks, this week, reminder."""
        self.tree = QTreeWidget()
        self.tree.setObjectName("goalsTree")
        self.tree.setAccessibleName(self.tr("Goals"))
        self.tree.setHeaderLabels(
            [
                self.tr("Goal"),
                self.tr("Type"),
                self.tr("Today"),
                self.tr("Streak"),
                self.tr("Best"),
                self.tr("This week"),
                self.tr("Reminder"),
            ]
        )
        self.tree.setColumnWidth(0, 230)
        self.tree.setColumnWidth(1, 160)
        for column in range(2, 6):
            self.tree.setColumnWidth(column, 90)

        self.tree.setToolTip(self.tr("Space checks in the selected goal for today; Enter edits it"))
        self.tree.currentItemChanged.connect(lambda *_: self._update_strip())
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_goal())
        self.empty = EmptyState(
            self.tr("No goals yet. A goal can be as small as “drink a glass of water”. Press New goal to add one.")
        )

    def _make_buttons(self) -> None:
        self.new_button = QPushButton(self.tr("&New goal…"))
        self.new_button.setToolTip(self.tr("Add a goal (Ctrl+N)"))
        self.check_button = QPushButton(self.tr("&Check in today"))
        self.check_button.setToolTip(self.tr("Check in the selected goal for today (Space)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.pause_button = QPushButton(self.tr("&Pause"))
        self.archive_button = QPushButton(self.tr("&Archive"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.show_archived = QCheckBox(self.tr("Show a&rchived"))
        for button, slot in (
            (self.new_button, self.new_goal),
            (self.check_button, self.toggle_today),
            (self.edit_button, self.edit_goal),
            (self.pause_button, self.toggle_pause),
            (self.archive_button, self.toggle_archive),
            (self.delete_button, self.delete_goal),
        ):
            button.clicked.connect(slot)
        self.show_archived.toggled.connect(self.refresh)

    def _make_detail(self, services: Services) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The selected goal: its history as a heatmap, its habit strength, and a strip of the last seven days."""
        self.strip_label = QLabel()
        self.strip_label.setObjectName("goalDetailTitle")
        self.strength_label = QLabel()
        self.strength_label.setObjectName("goalStrength")
        self.strength_label.setToolTip(
            self.tr(
                "Habit strength: every day's result counts, the newest most. A day's weight halves every "
                "{n} days, so one missed day lowers it a little instead of wiping it out like a streak, "
                "and it takes weeks of steady days to reach 100%."
            ).format(n=HALF_LIFE_DAYS)
        )
        self.strength_label.setCursor(Qt.CursorShape.WhatsThisCursor)
        self.reminder_label = QLabel()
        self.reminder_label.setObjectName("goalReminder")
        self.heatmap = HabitHeatmap()
        self.strip_buttons: list[QPushButton] = []
        strip = QHBoxLayout()
        strip.setSpacing(spacing.TIGHT)
        for _ in range(STRIP_DAYS):
            button = QPushButton()
            button.setCheckable(True)
            button.setMinimumHeight(46)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(64)
            button.clicked.connect(self._on_strip_clicked)
            self.strip_buttons.append(button)
            strip.addWidget(button)
        self.other_day = DateField(services.today())
        self.other_day.setAccessibleName(self.tr("Another day"))
        self.other_day_button = QPushButton(self.tr("Check in &that day"))
        self.other_day_button.clicked.connect(self._on_other_day)
        detail = QHBoxLayout()
        detail.addWidget(self.strip_label)
        detail.addWidget(self.strength_label)
        detail.addWidget(self.reminder_label)
        detail.addStretch(1)
        detail.addWidget(self.other_day)
        detail.addWidget(self.other_day_button)

        return detail, strip

    def _lay_out(self, detail: QHBoxLayout, strip: QHBoxLayout) -> None:
        from recoverybox.ui.widgets.flow_row import flow_row

        buttons = flow_row(
            self.new_button,
            self.check_button,
            self.edit_button,
            self.pause_button,
            self.archive_button,
            self.delete_button,
            end=(self.show_archived,),
        )
        layout = QVBoxLayout(self)
        spacing.page(layout)
        layout.addWidget(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(detail)
        layout.addWidget(self.heatmap)
        layout.addLayout(strip)
        for keys, slot in (("Space", self.toggle_today), ("Ctrl+N", self.new_goal), ("Return", self.edit_goal)):
            QShortcut(QKeySequence(keys), self.tree, slot, context=Qt.ShortcutContext.WidgetShortcut)

    # ---- reading --------------------------------------------------------------------------------
    def apply_icons(self) -> None:
        from recoverybox.ui.icons import icon

        self.new_button.setIcon(icon("add"))

    def refresh(self) -> None:
        selected = self.selected_goal_id()
        self.tree.clear()
        goals = self.services.goals.list(include_archived=self.show_archived.isChecked())
        self.empty.setVisible(not goals)
        self.tree.setVisible(bool(goals))
        groups: dict[str, QTreeWidgetItem] = {}
        self._goals = {goal.id: goal for goal in goals}
        summaries = self.services.goals.summaries(goals)
        for goal in goals:
            group = groups.get(goal.area)
            if group is None:
                group = QTreeWidgetItem([self.tr(AREA_LABELS.get(goal.area, goal.area))])
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[goal.area] = group
                self.tree.addTopLevelItem(group)
            item = QTreeWidgetItem(self._row(summaries[goal.id]))
            item.setData(0, Qt.ItemDataRole.UserRole, goal.id)
            group.addChild(item)
            if goal.id == selected:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()
        group = self.tree.topLevelItem(0)
        first = group.child(0) if group is not None else None
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self._update_strip()

    def _streak_text(self, weekly: bool, count: int) -> str:
        return self.tr("%n week(s)", "", count) if weekly else self.tr("%n day(s)", "", count)

    def _row(self, summary) -> list[str]:
        goal = summary.goal
        weekly = goal.kind == "weekly_count"
        title = {"paused": self.tr("{title} (paused)"), "archived": self.tr("{title} (archived)")}.get(
            goal.status, "{title}"
        ).format(title=goal.title)
        kind = self.tr(KIND_LABELS[goal.kind])
        if goal.kind != "daily":
            kind += f" · {number_text(goal.target or 0)}" + (f" {goal.unit}" if goal.unit else "")
        return [
            title,
            kind,
            self._status_text(summary),
            self._streak_text(weekly, summary.current_streak),
            self._streak_text(weekly, summary.best_streak),
            f"{number_text(summary.week_total)} / {number_text(summary.week_target)}",
            reminder_time_text(goal.remind_at),
        ]

    def _status_text(self, summary) -> str:
        """Today's state, in words that agree with the week column: a times-a-week goal whose week is met is
        done, whether or not today has a check-in."""
        if summary.goal.kind == "weekly_count" and summary.week_total >= summary.week_target:
            return self.tr("Done this week ✓")
        return self.tr("Done ✓") if summary.done_today else self.tr("Not yet")

    def select_goal(self, goal_id: int | None) -> None:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount() if group is not None else 0):
                item = group.child(j) if group is not None else None
                if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == goal_id:
                    self.tree.setCurrentItem(item)
                    return

    def selected_goal_id(self) -> int | None:

        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def selected_goal(self):
        goal_id = self.selected_goal_id()
        return getattr(self, "_goals", {}).get(goal_id)

    def _update_strip(self) -> None:
        goal = self.selected_goal()
        enabled = goal is not None and goal.status == "active"
        for widget in (self.check_button, self.edit_button, self.pause_button, self.archive_button, self.delete_button):
            widget.setEnabled(goal is not None)
        self.check_button.setEnabled(enabled)
        self.other_day_button.setEnabled(enabled)
        if goal is not None:
            self.pause_button.setText(self.tr("Res&ume") if goal.status == "paused" else self.tr("&Pause"))
            self.archive_button.setText(self.tr("Un&archive") if goal.status == "archived" else self.tr("&Archive"))
        today = self.services.today()
        self.other_day.setMaximumDate(today)
        values = self.services.goals.day_values(goal) if goal is not None else {}
        began = goal_began(goal, values) if goal is not None else None
        self._update_detail(goal, values, today, began)
        for index, button in enumerate(self.strip_buttons):
            day = today - timedelta(days=STRIP_DAYS - 1 - index)
            state = day_state(goal.kind, goal.target, values, day, began) if goal is not None else MISSED
            done = state in (DONE, PARTIAL)
            button.setProperty("day", day.isoformat())
            button.setProperty("state", state)
            mark, word = {
                DONE: ("✓", self.tr("done")),
                PARTIAL: ("◐", self.tr("part")),
                MISSED: ("–", self.tr("not yet") if day == today else self.tr("missed")),
                REST: ("–", self.tr("not done")),
                BEFORE: ("·", self.tr("not yet a goal")),
            }[state]
            button.setText(f"{short_weekday(day)} {day.day}\n{mark} {word}")
            button.setChecked(done)
            button.setEnabled(enabled)
            button.setStyleSheet(STRIP_DONE_STYLE if done else "")
            spoken = {DONE: self.tr("done"), PARTIAL: self.tr("partly done"), BEFORE: self.tr("not yet a goal")}.get(
                state, self.tr("not done")
            )
            button.setAccessibleName(f"{date_text(day)}: {spoken}")
            button.setToolTip(self.tr("{day}: {state}. Click to change.").format(day=date_text(day), state=spoken))

    def _update_detail(self, goal, values: dict, today: date, began: date | None) -> None:
        """The selected goal's name, strength, reminder and year of history."""
        self.heatmap.setVisible(goal is not None)
        self.strength_label.setVisible(goal is not None)
        self.reminder_label.setVisible(goal is not None and bool(goal.remind_at))
        if goal is None:
            self.strip_label.setText(self.tr("Choose a goal to see its history."))
            return
        self.strip_label.setText(f"<b>{escape(goal.title)}</b>")
        self.strength_label.setText(
            self.tr("· Habit strength {n}%").format(n=round(self.services.goals.strength(goal, values)))
        )
        self.reminder_label.setText(self.tr("· Reminder at {time}").format(time=reminder_time_text(goal.remind_at)))
        week_start = self.services.settings.read().week_start
        first = week_first_day(today - timedelta(days=364), week_start)
        states = {}
        day = first
        while day <= today:
            states[day] = day_state(goal.kind, goal.target, values, day)
            day += timedelta(days=1)
        self.heatmap.set_days(first, today, states, began=began)

    # ---- writing --------------------------------------------------------------------------------
    def _redraw(self, _changes: Changes) -> None:
        self.refresh()

    def new_goal(self) -> None:
        dialog = GoalDialog(GoalInput(""), self)
        goal = dialog.accepted_input if dialog.exec() else None
        if goal is not None:
            perform(self, lambda: self.services.goals.create(goal), on_done=self._redraw)

    def edit_goal(self) -> None:
        goal = self.selected_goal()
        if goal is None:
            return
        data = GoalInput(
            goal.title, goal.kind, goal.area, goal.target, goal.unit, goal.linked_event_kind, goal.remind_at, goal.notes
        )
        dialog = GoalDialog(data, self, editing=True)
        changed = dialog.accepted_input if dialog.exec() else None
        if changed is not None:
            perform(self, lambda: self.services.goals.update(goal.id, changed), on_done=self._redraw)

    def toggle_today(self) -> None:
        self.check_in_on(self.services.today())

    def check_in_on(self, day: date, toggle: bool = True) -> None:
        goal = self.selected_goal()
        if goal is None or goal.status != "active":
            return
        existing = {c.day for c in self.services.goals.check_ins(goal.id, day)}
        if toggle and day in existing:
            perform(self, lambda: self.services.goals.undo_check_in(goal.id, day), on_done=self._redraw)
            return
        value = 1.0
        if goal.kind == "measured":
            amount, ok = QInputDialog.getDouble(
                self,
                self.tr("Check in"),
                self.tr("How much on {day}? ({unit})").format(day=date_text(day), unit=goal.unit or self.tr("amount")),
                goal.target or 1,
                0,
                1_000_000,
                0,
            )
            if not ok:
                return
            value = amount
        perform(self, lambda: self.services.goals.check_in(goal.id, day, value=value), on_done=self._redraw)

    def _on_strip_clicked(self) -> None:
        button = self.sender()
        self.check_in_on(date.fromisoformat(button.property("day")))

    def _on_other_day(self) -> None:
        if self.other_day.problem():
            return
        picked = self.other_day.date()
        self.check_in_on(date(picked.year(), picked.month(), picked.day()), toggle=False)

    def toggle_pause(self) -> None:
        goal = self.selected_goal()
        if goal is not None:
            status = "active" if goal.status == "paused" else "paused"
            perform(self, lambda: self.services.goals.set_status(goal.id, status), on_done=self._redraw)

    def toggle_archive(self) -> None:
        goal = self.selected_goal()
        if goal is not None:
            status = "active" if goal.status == "archived" else "archived"
            perform(self, lambda: self.services.goals.set_status(goal.id, status), on_done=self._redraw)

    def delete_goal(self) -> None:
        goal = self.selected_goal()
        if goal is None:
            return
        answer = plain.question(
            self,
            self.tr("Delete goal"),
            self.tr(
                "Delete “{title}” and all its check-ins? This can't be undone. (Archive keeps the history instead.)"
            ).format(title=goal.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            perform(self, lambda: self.services.goals.delete(goal.id), on_done=self._redraw)
