"""The journal: entries by date, searchable by text and trigger."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recoverybox.ui.empty_state import EmptyState
from recoverybox.ui.format import date_text
from recoverybox.ui.view_base import ViewBase

LIST_LIMIT = 500


class JournalView(ViewBase):
    """A list of entries with a reading pane."""

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.search = QLineEdit()
        self.search.setObjectName("journalSearch")
        self.search.setPlaceholderText(self.tr("Search entries and triggers…"))
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.list = QTreeWidget()
        self.list.setObjectName("journalList")
        self.list.setAccessibleName(self.tr("Journal entries"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Date"), self.tr("Mood"), self.tr("Craving"), self.tr("Triggers"), self.tr("Entry")]
        )
        self.list.currentItemChanged.connect(self._on_current_item_changed)
        self.reader = QTextBrowser()
        self.reader.setObjectName("journalReader")
        self.reader.setAccessibleName(self.tr("Selected entry"))
        self.empty = EmptyState(self.tr("Your journal is empty. Writing a line a day helps you spot patterns."))
        self.count = QLabel()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.reader)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.search)
        layout.addWidget(self.count)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty, 1)
        self._entries = {}

    def refresh(self) -> None:
        query = self.search.text()
        entries = self.services.journal.list(search=query, limit=LIST_LIMIT)
        self._entries = {entry.id: entry for entry in entries}
        self.list.clear()
        self.reader.clear()
        for entry in entries:
            first_line = entry.text.strip().splitlines()[0] if entry.text.strip() else entry.gratitude
            item = QTreeWidgetItem(
                [
                    date_text(entry.day),
                    "" if entry.mood is None else str(entry.mood),
                    "" if entry.craving is None else str(entry.craving),
                    ", ".join(t.name for t in entry.triggers),
                    first_line,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            self.list.addTopLevelItem(item)
        nothing_at_all = not entries and not query
        self.empty.setVisible(nothing_at_all)
        self.list.parentWidget().setVisible(not nothing_at_all)
        if query and not entries:
            self.count.setText(self.tr("No entries match “{q}”.").format(q=query))
        elif entries:
            shown = self.tr("Showing the newest {n}.").format(n=LIST_LIMIT) if len(entries) == LIST_LIMIT else ""
            self.count.setText(self.tr("{n} entries. {shown}").format(n=len(entries), shown=shown))
        else:
            self.count.clear()

    def _on_current_item_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is None:
            self.reader.clear()
            return
        entry = self._entries.get(current.data(0, Qt.ItemDataRole.UserRole))
        if entry is None:
            return
        halt = [name for name in ("hungry", "angry", "lonely", "tired") if getattr(entry, name)]
        parts = [f"<h3>{date_text(entry.day, long=True)}</h3>"]
        if entry.mood is not None or entry.craving is not None:
            parts.append(
                self.tr("<p>Mood {mood}/10 · Craving {craving}/10</p>").format(
                    mood=entry.mood if entry.mood is not None else "—",
                    craving=entry.craving if entry.craving is not None else "—",
                )
            )
        if halt:
            parts.append(self.tr("<p>HALT: {list}</p>").format(list=", ".join(self.tr(h) for h in halt)))
        self.reader.setHtml("".join(parts))
        if entry.gratitude:
            self.reader.append(self.tr("Grateful for: ") + entry.gratitude)
        self.reader.append("")
        self.reader.insertPlainText(entry.text)
