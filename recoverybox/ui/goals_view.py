"""Goals grouped by area, with streaks and this week's progress."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from recoverybox.ui.empty_state import EmptyState
from recoverybox.ui.format import count_text, number_text
from recoverybox.ui.view_base import ViewBase

AREA_LABELS = {
    "sobriety": "Sobriety",
    "meetings": "Support meetings",
    "health": "Health",
    "relationships": "Relationships",
    "self_care": "Self-care",
    "custom": "My own goals",
}
KIND_LABELS = {"daily": "Every day", "weekly_count": "Times a week", "measured": "Measured"}


class GoalsView(ViewBase):
    """Every active and paused goal, by area."""

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
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
            ]
        )
        self.tree.setColumnWidth(0, 280)
        self.empty = EmptyState(self.tr("No goals yet. A goal can be as small as “drink a glass of water”."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)

    def refresh(self) -> None:
        self.tree.clear()
        goals = self.services.goals.list()
        self.empty.setVisible(not goals)
        self.tree.setVisible(bool(goals))
        groups: dict[str, QTreeWidgetItem] = {}
        for goal in goals:
            group = groups.get(goal.area)
            if group is None:
                group = QTreeWidgetItem([self.tr(AREA_LABELS.get(goal.area, goal.area))])
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[goal.area] = group
                self.tree.addTopLevelItem(group)
            summary = self.services.goals.summary(goal)
            one, many = (
                (self.tr("week"), self.tr("weeks"))
                if goal.kind == "weekly_count"
                else (self.tr("day"), self.tr("days"))
            )
            title = goal.title + (self.tr(" (paused)") if goal.status == "paused" else "")
            item = QTreeWidgetItem(
                [
                    title,
                    self.tr(KIND_LABELS[goal.kind]),
                    self.tr("Done") if summary.done_today else self.tr("Not yet"),
                    count_text(summary.current_streak, one, many),
                    count_text(summary.best_streak, one, many),
                    f"{number_text(summary.week_total)} / {number_text(summary.week_target)}",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, goal.id)
            group.addChild(item)
        self.tree.expandAll()
