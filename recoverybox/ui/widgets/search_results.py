"""The list that opens under the calendar's bar while searching; choosing a result jumps to that occurrence."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from recoverybox.ui.format import date_text, time_text


class SearchResults(QListWidget):
    """A short list of occurrences in the view (not a pop-up, so typing stays in the search box); Enter or a
    click emits ``chosen``."""

    chosen = Signal(object)  # Occurrence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVisible(False)
        self.setObjectName("searchResults")
        self.setAccessibleName(self.tr("Search results"))
        self.itemActivated.connect(self._on_activated)
        self.itemClicked.connect(self._on_activated)

    def show_results(self, found: list, zone, searched: bool) -> None:
        self.clear()
        for occ in found:
            start = occ.local_start(zone)
            place = f" · {occ.location}" if occ.location else ""
            item = QListWidgetItem(f"{date_text(start.date())} {time_text(start)}  {occ.title}{place}")
            item.setData(Qt.ItemDataRole.UserRole, occ)
            self.addItem(item)
        if not found:
            if not searched:
                self.hide()
                return
            empty = QListWidgetItem(self.tr("No events match."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(empty)
        rows = min(self.count(), 6)
        self.setFixedHeight(rows * self.sizeHintForRow(0) + 2 * self.frameWidth() + 4)
        self.setCurrentRow(0)
        self.show()

    def activate_row(self, row: int) -> None:
        item = self.item(row)
        if item is not None:
            self._on_activated(item)

    def _on_activated(self, item: QListWidgetItem) -> None:
        occ = item.data(Qt.ItemDataRole.UserRole)
        if occ is not None:
            self.hide()
            self.chosen.emit(occ)
