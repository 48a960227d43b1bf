"""The week's plan, day by day, with previous/next week navigation."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from recoverybox.core.goals import week_start
from recoverybox.ui.format import date_text, time_text, weekday_text
from recoverybox.ui.view_base import ViewBase

KIND_LABELS = {"meeting": "Support meeting", "therapy": "Therapy", "self_care": "Self-care", "other": "Other"}


class WeekView(ViewBase):
    """Seven days of occurrences, recurring ones included."""

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.monday = week_start(services.today())
        self.title = QLabel()
        self.title.setObjectName("weekTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.prev_button = QPushButton(self.tr("◀ &Previous"))
        self.prev_button.setToolTip(self.tr("Previous week (Alt+Left)"))
        self.today_button = QPushButton(self.tr("&This week"))
        self.today_button.setToolTip(self.tr("Back to this week (T)"))
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.next_button.setToolTip(self.tr("Next week (Alt+Right)"))
        self.prev_button.clicked.connect(lambda: self.move_weeks(-1))
        self.next_button.clicked.connect(lambda: self.move_weeks(1))
        self.today_button.clicked.connect(self.go_to_this_week)
        for keys, slot in (
            ("Alt+Left", lambda: self.move_weeks(-1)),
            ("Alt+Right", lambda: self.move_weeks(1)),
            ("T", self.go_to_this_week),
        ):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.tree = QTreeWidget()
        self.tree.setObjectName("weekTree")
        self.tree.setAccessibleName(self.tr("This week's events"))
        self.tree.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Kind"), self.tr("Where")])
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnWidth(0, 200)
        self.tree.setColumnWidth(1, 320)

        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        for button in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)

    def move_weeks(self, step: int) -> None:
        self.monday += timedelta(days=7 * step)
        self.refresh()

    def go_to_this_week(self) -> None:
        self.monday = week_start(self.services.today())
        self.refresh()

    def refresh(self) -> None:
        zone = self.services.zone
        sunday = self.monday + timedelta(days=6)
        week_no = self.monday.isocalendar()[1]
        self.title.setText(
            self.tr("Week {n}: {first} – {last}").format(
                n=week_no, first=date_text(self.monday), last=date_text(sunday)
            )
        )
        occurrences = self.services.calendar.week(self.monday, zone)
        self.tree.clear()
        today = self.services.today()
        for offset in range(7):
            day = self.monday + timedelta(days=offset)
            header = QTreeWidgetItem([f"{weekday_text(day)} {date_text(day)}"])
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            header.setFirstColumnSpanned(True)
            if day == today:
                header.setText(0, header.text(0) + "  " + self.tr("(today)"))
            self.tree.addTopLevelItem(header)
            todays = [occ for occ in occurrences if occ.local_start(zone).date() == day]
            if not todays:
                self.tree.addTopLevelItem(QTreeWidgetItem(["", self.tr("Nothing planned")]))
            for occ in todays:
                when = (
                    self.tr("All day")
                    if occ.all_day
                    else (f"{time_text(occ.local_start(zone))}–{time_text(occ.local_end(zone))}")
                )
                kind = self.tr(KIND_LABELS.get(occ.kind, occ.kind))
                if occ.fellowship:
                    kind += f" · {occ.fellowship}"
                item = QTreeWidgetItem([when, occ.title, kind, occ.location or occ.online_url or ""])
                item.setData(0, Qt.ItemDataRole.UserRole, occ.key)
                self.tree.addTopLevelItem(item)
