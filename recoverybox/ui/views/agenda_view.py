"""The agenda: the coming days as a list, day by day, every title in full."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from recoverybox.ui import theme
from recoverybox.ui.event_style import KIND_COLOURS, KIND_MARKS, mark_words, short_kind_label
from recoverybox.ui.format import date_text, time_text, weekday_text
from recoverybox.ui.widgets import plain

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.app.services import Services

AGENDA_DAYS = 14


class AgendaView(QWidget):
    """Fourteen days from ``first``; double-click or Enter opens an occurrence."""

    edit_requested = Signal(object)  # Occurrence

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.first = services.today()
        self.tree = QTreeWidget()
        self.tree.setObjectName("agendaList")
        self.tree.setAccessibleName(self.tr("Agenda"))
        self.tree.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Where")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setColumnWidth(0, 150)
        self.tree.setColumnWidth(1, 320)
        self.tree.itemActivated.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.occurrences: list = []

    def set_first(self, day: date) -> None:
        self.first = day
        self.refresh()

    def refresh(self) -> None:
        zone = self.services.zone
        self.occurrences = self.services.calendar.days(self.first, AGENDA_DAYS, zone)
        self.tree.clear()
        per_day: dict[date, list] = {}
        last = self.first + timedelta(days=AGENDA_DAYS - 1)
        for occ in self.occurrences:
            # An event running past midnight is listed on each day it covers.
            day = max(occ.local_start(zone).date(), self.first)
            end = min((occ.local_end(zone) - timedelta(seconds=1)).date(), last)
            while day <= end:
                per_day.setdefault(day, []).append(occ)
                day += timedelta(days=1)
        today = self.services.today()
        for offset in range(AGENDA_DAYS):
            day = self.first + timedelta(days=offset)
            heading = QTreeWidgetItem(
                [
                    (self.tr("{weekday}, {date} · today") if day == today else self.tr("{weekday}, {date}")).format(
                        weekday=weekday_text(day), date=date_text(day)
                    )
                ]
            )
            font = QFont(heading.font(0))
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)  # only takes once the item is in the tree
            items = per_day.get(day, [])
            if not items:
                quiet = QTreeWidgetItem(["", self.tr("Nothing planned")])
                quiet.setForeground(1, self.palette().placeholderText())
                quiet.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(quiet)
            for occ in items:
                when = (
                    self.tr("All day")
                    if occ.all_day
                    else f"{time_text(occ.local_start(zone))}–{time_text(occ.local_end(zone))}"
                )
                item = QTreeWidgetItem(
                    [
                        when,
                        f"{KIND_MARKS.get(occ.kind, '')} {'⚠ ' if occ.mark else ''}{occ.title}",
                        mark_words(occ.mark)
                        if occ.mark
                        else occ.location or (self.tr("Online") if occ.online_url else ""),
                    ]
                )
                colour = QColor(KIND_COLOURS.get(occ.kind, KIND_COLOURS["other"]))
                item.setForeground(1, colour.lighter(150) if theme.is_dark() else colour.darker(110))
                item.setToolTip(1, plain.tip(f"{occ.title} · {short_kind_label(occ.kind, occ.fellowship)}"))
                item.setData(0, Qt.ItemDataRole.UserRole, occ)
                self.tree.addTopLevelItem(item)

    def titles(self) -> list[str]:
        """The occurrence titles listed, in order (for tests)."""
        return [occ.title for occ in self.occurrences]

    def _on_activated(self, item: QTreeWidgetItem) -> None:
        occ = item.data(0, Qt.ItemDataRole.UserRole)
        if occ is not None:
            self.edit_requested.emit(occ)
