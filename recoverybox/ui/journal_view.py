"""The journal: entries by date with search, an editor that saves as you type, and the urge log."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.recovery import REVIEW_LABELS
from recoverybox.ui import spacing
from recoverybox.ui.dialogs.urge_dialog import UrgeDialog
from recoverybox.ui.empty_state import EmptyState
from recoverybox.ui.format import date_text, number_text, time_text
from recoverybox.ui.journal_editor import JournalEditor
from recoverybox.ui.view_base import ViewBase

LIST_LIMIT = 500
KIND_LABELS = {"entry": "", "reflection": "Reflection", "pledge": "Pledge", "review": "Evening review"}


SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1  # a search result's extract as rich text, matches marked


class SnippetDelegate(QStyledItemDelegate):
    """Paints a row's rich-text extract (``SNIPPET_ROLE``) where it has one: only rows on screen are drawn,
    so a search that finds hundreds of entries costs no more than one that finds ten."""

    def paint(self, painter, option, index) -> None:
        html = index.data(SNIPPET_ROLE)
        if not html:
            super().paint(painter, option, index)
            return
        from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
        from PySide6.QtWidgets import QStyle

        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        document.setHtml(html)
        painter.save()
        painter.setClipRect(text_rect)
        painter.translate(text_rect.left(), text_rect.top() + (text_rect.height() - document.size().height()) / 2)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = (
            QPalette.ColorRole.HighlightedText
            if option.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.Text
        )
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))  # as the other columns
        document.documentLayout().draw(painter, context)
        painter.restore()


class JournalView(ViewBase):
    """Entries on the left, the selected (or new) one on the right; urges on their own tab."""

    READS = frozenset({"journal", "recovery", "settings"})

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.search = QLineEdit()
        self.search.setObjectName("journalSearch")
        self.search.setPlaceholderText(self.tr("Search entries and triggers…"))
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh_list)
        self.list = QTreeWidget()
        self.list.setObjectName("journalList")
        self.snippets = SnippetDelegate(self.list)
        self.list.setItemDelegateForColumn(4, self.snippets)
        self.list.setAccessibleName(self.tr("Journal entries"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Date"), self.tr("Mood"), self.tr("Craving"), self.tr("Triggers"), self.tr("Entry")]
        )
        self.list.currentItemChanged.connect(self._on_current_item_changed)
        # Room for the whole date and time; the entry's first line takes what is left.
        sample = f"{date_text(date(2026, 12, 28))}  {time_text(datetime(2026, 12, 28, 23, 59))}"
        self.list.setColumnWidth(0, self.list.fontMetrics().horizontalAdvance(sample) + 24)
        for column in (1, 2):
            self.list.setColumnWidth(column, self.list.fontMetrics().horizontalAdvance(self.tr("Craving")) + 20)
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("&New entry"))
        self.new_button.setToolTip(self.tr("Start a new entry for today (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_entry)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.clicked.connect(self.delete_entry)
        self.editor = JournalEditor(services)
        self.editor.saved.connect(self._on_saved)
        self.editor.storage_lost.connect(self._on_storage_lost)
        self.empty = EmptyState(self.tr("Your journal is empty. Writing a line a day helps you spot patterns."))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setSizes([420, 520])

        # Urges
        self.urge_list = QTreeWidget()
        self.urge_list.setObjectName("urgeList")
        self.urge_list.setAccessibleName(self.tr("Urges"))
        self.urge_list.setRootIsDecorated(False)
        self.urge_list.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Strength"),
                self.tr("Trigger"),
                self.tr("Where"),
                self.tr("What helped"),
                self.tr("Passed"),
            ]
        )
        header = self.urge_list.header()
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # what helped: the words that matter
        header.setStretchLastSection(False)
        self.urge_count = QLabel()
        self.urge_count.setObjectName("urgeCount")
        self.urge_button = QPushButton(self.tr("I have an &urge…"))
        self.urge_button.clicked.connect(self.log_urge)
        urges = QWidget()
        urge_layout = QVBoxLayout(urges)
        urge_top = QHBoxLayout()
        urge_top.addWidget(self.urge_count, 1)
        urge_top.addWidget(self.urge_button)
        urge_layout.addLayout(urge_top)
        urge_layout.addWidget(self.urge_list, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("&Entries"))
        self.tabs.addTab(urges, self.tr("U&rges"))
        layout = QVBoxLayout(self)
        spacing.page(layout)
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_entry, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._entries = {}

    def apply_icons(self) -> None:
        from recoverybox.ui.icons import icon

        self.new_button.setIcon(icon("add"))

    def refresh(self) -> None:
        self.refresh_list()
        self.refresh_urges()
        if self.editor.entry_id is None and not self.editor.has_unsaved_changes():
            self.editor.load(None)

    def _snippet_html(self, kind: str, snippet: str) -> str:
        """A search result's extract with each matched word marked, as rich text (escaped first)."""
        from html import escape

        from recoverybox.core.journal_search import MARK_END, MARK_START

        colour = self.palette().color(self.palette().ColorRole.Highlight).name()
        words = self.palette().color(self.palette().ColorRole.HighlightedText).name()
        body = escape(" ".join(snippet.split())).replace(
            MARK_START, f'<b style="background-color:{colour}; color:{words}">'
        )
        return (escape(self.tr(kind)) + ": " if kind else "") + body.replace(MARK_END, "</b>")

    def refresh_list(self) -> None:
        query = self.search.text()
        entries = self.services.journal.list(search=query, limit=LIST_LIMIT)
        self._entries = {entry.id: entry for entry in entries}
        self.list.blockSignals(True)
        self.list.clear()
        found = self.services.journal.snippets(query, list(self._entries)) if query.strip() else {}
        for entry in entries:
            first_line = entry.text.strip().splitlines()[0] if entry.text.strip() else entry.gratitude
            kind = KIND_LABELS.get(entry.kind, "")
            if entry.kind == "review" and entry.rating:
                kind += f" ({REVIEW_LABELS[entry.rating].lower()})"
            written = entry.created_at.astimezone(self.services.zone)
            # The time it was written, when written on that day (a backfilled entry shows its day only).
            when = (
                f"{date_text(entry.day)}  {time_text(written)}" if written.date() == entry.day else date_text(entry.day)
            )
            item = QTreeWidgetItem(
                [
                    when,
                    "" if entry.mood is None else str(entry.mood),
                    "" if entry.craving is None else str(entry.craving),
                    ", ".join(t.name for t in entry.triggers),
                    f"{self.tr(kind)}: {first_line}" if kind else first_line,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            self.list.addTopLevelItem(item)
            if entry.id in found:  # the words searched for, highlighted where they were found
                item.setData(4, SNIPPET_ROLE, self._snippet_html(kind, found[entry.id]))
            if entry.id == self.editor.entry_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        nothing_at_all = not entries and not query
        self.empty.setVisible(nothing_at_all)
        self.list.setVisible(not nothing_at_all)
        if query and not entries:
            self.count.setText(self.tr("No entries match “{q}”.").format(q=query))
        elif len(entries) == LIST_LIMIT:
            total = self.services.journal.count(search=query)
            self.count.setText(
                self.tr("{total} entries. Showing the newest {n}; search to find older ones.").format(
                    total=number_text(total), n=number_text(LIST_LIMIT)
                )
                if total > LIST_LIMIT
                else self.tr("{n} entries.").format(n=number_text(total))
            )
        elif entries:
            self.count.setText(
                self.tr("1 entry.") if len(entries) == 1 else self.tr("{n} entries.").format(n=len(entries))
            )
        else:
            self.count.clear()
        self.delete_button.setEnabled(self.editor.entry_id is not None)

    def refresh_urges(self) -> None:
        urges = self.services.recovery.urges()
        self.urge_list.clear()
        zone = self.services.zone
        for urge in urges:
            local = urge.at.astimezone(zone)
            passed = {True: self.tr("Yes"), False: self.tr("Not yet"), None: ""}[urge.passed]
            self.urge_list.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        f"{date_text(local.date())} {time_text(local)}",
                        f"{urge.intensity}/10",
                        urge.trigger,
                        urge.place,
                        urge.helped,
                        passed,
                    ]
                )
            )
        week = self.services.recovery.urges_this_week()
        self.urge_count.setText(
            self.tr("{n} urges logged this week. Each one you noticed is one you met.").format(n=week)
            if week != 1
            else self.tr("1 urge logged this week. You noticed it; that matters.")
        )

    def new_entry(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.editor.load(None)
        self.list.clearSelection()
        self.editor.text.setFocus()

    def delete_entry(self) -> None:
        entry_id = self.editor.entry_id
        if entry_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete entry"),
            self.tr("Delete this journal entry? This can't be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.services.journal.delete(entry_id)
        self.editor.load(None, save_first=False)  # the deleted entry's text must not come back as a new one

        self.refresh_list()
        self.data_changed.emit(frozenset({"journal"}))

    def log_urge(self) -> None:
        if UrgeDialog(self.services, self).exec():
            self.refresh_urges()
            self.data_changed.emit(frozenset({"journal", "recovery"}))

    def open_entry(self, entry_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.editor.load(self.services.journal.get(entry_id))
        self.refresh_list()

    def _on_current_item_changed(self, current, _previous) -> None:
        if current is None:
            return
        entry_id = current.data(0, Qt.ItemDataRole.UserRole)
        if entry_id != self.editor.entry_id:
            self.editor.load(self.services.journal.get(entry_id))
        self.delete_button.setEnabled(True)

    def _on_saved(self, entry_id: int) -> None:
        self.refresh_list()
        self.data_changed.emit(frozenset({"journal"}))

    def _on_storage_lost(self, reason: str) -> None:
        QMessageBox.warning(self, self.tr("Your words were not saved"), reason)

    def flush(self) -> bool:
        return self.editor.save_now()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)

        self.editor.save_now()  # leaving the view never loses text
        super().hideEvent(event)
