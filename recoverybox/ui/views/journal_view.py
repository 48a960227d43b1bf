"""The journal: entries by date with search, an editor that saves as you type, and the urge log."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.base.changes import Area
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.recovery.daily_content import REVIEW_LABELS
from recoverybox.i18n.qt import translate
from recoverybox.ui import spacing
from recoverybox.ui.dialogs.urge_dialog import UrgeDialog
from recoverybox.ui.format import date_text, time_text
from recoverybox.ui.ops.perform import perform
from recoverybox.ui.views.view_base import ViewBase
from recoverybox.ui.widgets import plain
from recoverybox.ui.widgets.empty_state import EmptyState
from recoverybox.ui.widgets.journal_editor import JournalEditor
from recoverybox.ui.widgets.row_cards import CardRow, CardRowDelegate

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.app.services import Services

PAGE = 100  # entries read at a time; the next page is read when the list is scrolled near its end
SNIPPET_MARGIN = 10  # search extracts made beyond the rows on screen, for the next small scroll
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # column 0: the entry's kind, shown as a badge
KIND_LABELS = {
    "entry": "",
    "reflection": QT_TRANSLATE_NOOP("JournalView", "Reflection"),
    "pledge": QT_TRANSLATE_NOOP("JournalView", "Pledge"),
    "review": QT_TRANSLATE_NOOP("JournalView", "Evening review"),
}


class JournalView(ViewBase):
    """Entries on the left, the selected (or new) one on the right; urges on their own tab."""

    READS = frozenset({Area.JOURNAL, Area.RECOVERY, Area.SETTINGS})

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._rows: dict[int, Any] = {}
        self._snippet_search = ""
        self._snippets_wanted: set[int] = set()
        self._total = 0
        self._paging = True
        entries = self._make_entries(services)
        urges = self._make_urges()
        self.tabs = QTabWidget()
        self.tabs.addTab(entries, self.tr("&Entries"))
        self.tabs.addTab(urges, self.tr("U&rges"))
        layout = QVBoxLayout(self)
        spacing.page(layout)
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_entry, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _make_entries(self, services: Services) -> QSplitter:
        """Search, the entries as rows to scan, New and Delete; the editor beside them."""
        self.search = QLineEdit()
        self.search.setObjectName("journalSearch")
        self.search.setPlaceholderText(self.tr("Search entries and triggers…"))
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.refresh_list())  # a new search: from the top
        self.list = QTreeWidget()
        self.list.setObjectName("journalList")
        self._extracts: dict[int, str] = {}  # entry id -> its search extract, matches marked (rich text)
        # Each entry is one row to scan: the day, mood and craving as badges, triggers, and the first words
        # (or, while searching, the words found, marked), wrapped to the list's width: no sideways scrolling.
        # The columns keep their data; only the first shows, painted with all of it.
        self.snippets = CardRowDelegate(self._describe_entry, body_lines=3, parent=self.list)
        self.list.setItemDelegateForColumn(0, self.snippets)
        self.list.setAccessibleName(self.tr("Journal entries"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)  # rows of one height: the layout measures one row, not every row
        self.list.setHeaderLabels(
            [self.tr("Date"), self.tr("Mood"), self.tr("Craving"), self.tr("Triggers"), self.tr("Entry")]
        )
        self.list.setHeaderHidden(True)
        self.list.setAlternatingRowColors(True)  # where one entry ends and the next begins
        for column in (1, 2, 3, 4):
            self.list.setColumnHidden(column, True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.header().setStretchLastSection(True)
        self.list.currentItemChanged.connect(self._on_current_item_changed)
        # Search extracts are made for the rows on screen only: on a search, a scroll and a resize.
        self.list.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.list.viewport().installEventFilter(self)
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
        left_layout.setContentsMargins(0, 4, 0, 0)  # the search box clear of the tab's edge
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

        return splitter

    def _make_urges(self) -> QWidget:
        """Urges: rows to scan, as the entries, with how many this week and "I have an urge"."""
        self.urge_list = QTreeWidget()
        self.urge_list.setObjectName("urgeList")
        self.urge_list.setAccessibleName(self.tr("Urges"))
        self.urge_list.setRootIsDecorated(False)
        self.urge_rows = CardRowDelegate(self._describe_urge, body_lines=2, parent=self.urge_list)
        self.urge_list.setItemDelegateForColumn(0, self.urge_rows)
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
        self.urge_list.setHeaderHidden(True)
        self.urge_list.setAlternatingRowColors(True)
        for column in range(1, 6):
            self.urge_list.setColumnHidden(column, True)
        self.urge_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.urge_list.setUniformRowHeights(True)
        self.urge_count = QLabel()
        self.urge_count.setObjectName("urgeCount")
        self.urge_count.setWordWrap(True)
        self.urge_button = QPushButton(self.tr("I have an &urge…"))
        self.urge_button.clicked.connect(self.log_urge)
        urges = QWidget()
        urge_layout = QVBoxLayout(urges)
        urge_top = QHBoxLayout()
        urge_top.addWidget(self.urge_count, 1)
        urge_top.addWidget(self.urge_button)
        urge_layout.addLayout(urge_top)
        urge_layout.addWidget(self.urge_list, 1)

        return urges

    def apply_icons(self) -> None:
        from recoverybox.ui.icons import icon

        self.new_button.setIcon(icon("add"))

    def refresh(self) -> None:
        self.refresh_list()
        self.refresh_urges()
        if self.editor.entry_id is None and not self.editor.has_unsaved_changes():
            self.editor.load(None)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            self.snippets.forget()  # laid out for the old width
            self._load_while_short()
            self._fill_snippets()
        return super().eventFilter(watched, event)

    def _describe_entry(self, index) -> CardRow:
        mood, craving, triggers = (index.siblingAtColumn(c).data() for c in (1, 2, 3))
        badges = [index.data(KIND_ROLE)] if index.data(KIND_ROLE) else []
        if mood:
            badges.append(self.tr("Mood {n}").format(n=mood))
        if craving:
            badges.append(self.tr("Craving {n}").format(n=craving))
        lines = [self.tr("Triggers: {t}").format(t=triggers)] if triggers else []
        extract = self._extracts.get(index.data(Qt.ItemDataRole.UserRole))
        if extract is None:
            row = self._rows.get(index.data(Qt.ItemDataRole.UserRole))
            lines.append(row.first_line if row is not None else "")
        return CardRow(index.data() or "", badges, lines, extract)

    def _describe_urge(self, index) -> CardRow:
        return self._urge_row(index.data() or "", *(index.siblingAtColumn(c).data() for c in range(1, 6)))

    def _describe_urge_item(self, item) -> CardRow:
        return self._urge_row(*(item.text(c) for c in range(6)))

    def _urge_row(self, when, strength, trigger, place, helped, passed) -> CardRow:
        badges = [self.tr("Strength {n}").format(n=strength)]
        if passed:
            badges.append(self.tr("Passed") if passed == self.tr("Yes") else self.tr("Not passed yet"))
        where = " · ".join(
            part
            for part in (
                self.tr("Trigger: {t}").format(t=trigger) if trigger else "",
                self.tr("Where: {p}").format(p=place) if place else "",
            )
            if part
        )
        lines = [line for line in (where, self.tr("What helped: {h}").format(h=helped) if helped else "") if line]
        return CardRow(when, badges, lines)

    def _load_while_short(self) -> None:
        """Read more pages while what is loaded does not fill the list: without a scroll bar to move, a tall
        window would otherwise never show more than the first page."""
        while self._paging and len(self._rows) < self._total:
            row_height = max(self.list.sizeHintForRow(0), 1)
            if len(self._rows) * row_height > self.list.viewport().height():
                break
            self._load_page()

    def _fill_snippets(self) -> None:
        """Give the rows on screen (and ``SNIPPET_MARGIN`` after them) their highlighted extract, in one
        query, so a search that finds hundreds of entries costs the same as one that finds twenty."""
        if not self._snippets_wanted:
            return
        top = self.list.indexAt(QPoint(0, 0))
        first = top.row() if top.isValid() else 0
        row_height = max(self.list.sizeHintForRow(first), 1) if self._rows else 1
        on_screen = self.list.viewport().height() // row_height + 1
        order = list(self._rows)  # the list's rows, top to bottom
        ids = [i for i in order[first : first + on_screen + SNIPPET_MARGIN] if i in self._snippets_wanted]
        if not ids:
            return
        self._snippets_wanted.difference_update(ids)
        found = self.services.journal.snippets(self._snippet_search, ids)
        from html import escape

        from recoverybox.core.journal.search import MARK_END, MARK_START

        palette = self.palette()
        start = (
            f'<b style="background-color:{palette.color(palette.ColorRole.Highlight).name()}; '
            f'color:{palette.color(palette.ColorRole.HighlightedText).name()}">'
        )
        rows = {order[i]: i for i in range(first, min(first + on_screen + SNIPPET_MARGIN, len(order)))}
        for entry_id in ids:
            if entry_id in found:  # the words searched for, highlighted where they were found
                kind = self._kind_text(self._rows[entry_id])
                words = " ".join(found[entry_id].split())
                body = escape(words).replace(MARK_START, start).replace(MARK_END, "</b>")
                self._extracts[entry_id] = body  # the kind is a badge of its own
                self._tell_screen_readers(rows.get(entry_id), kind, words, MARK_START, MARK_END)
        # Kept beside the list, not set on its items: setting item data repaints the list once per row.
        self.list.viewport().update()

    def _tell_screen_readers(self, row: int | None, kind: str, words: str, mark: str, end: str) -> None:
        """What the highlight shows, in words a screen reader reads: the extract as the cell's text, and the
        matched words as its description ("Found: pull, corner")."""
        item = self.list.topLevelItem(row) if row is not None else None
        if item is None:
            return
        plain = words.replace(mark, "").replace(end, "")
        matched = list(dict.fromkeys(part.split(end, 1)[0] for part in words.split(mark)[1:]))
        blocked = self.list.model().blockSignals(True)  # no repaint per row: the viewport is updated once
        row = self._rows[item.data(0, Qt.ItemDataRole.UserRole)]
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, self._spoken(item, row, plain))
        item.setData(
            0, Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("Found: {words}").format(words=", ".join(matched))
        )
        self.list.model().blockSignals(blocked)

    def _spoken(self, item, row, words: str) -> str:
        """The whole row in one sentence for a screen reader (only the first column is shown)."""
        parts = [item.text(0), self._kind_text(row)]
        if row.mood is not None:
            parts.append(self.tr("mood {n}").format(n=row.mood))
        if row.craving is not None:
            parts.append(self.tr("craving {n}").format(n=row.craving))
        if row.triggers:
            parts.append(self.tr("triggers: {t}").format(t=row.triggers))
        parts.append(words)
        return ". ".join(part for part in parts if part)

    def extract(self, entry_id: int) -> str | None:
        """The highlighted search extract shown for an entry, if it has one (rich text)."""
        return self._extracts.get(entry_id)

    def _kind_text(self, row) -> str:
        kind = self.tr(KIND_LABELS.get(row.kind, "")) if KIND_LABELS.get(row.kind) else ""
        if row.kind == "review" and row.rating:
            kind = self.tr("{kind} ({rating})").format(
                kind=kind, rating=translate("DailyPanel", REVIEW_LABELS[row.rating]).lower()
            )
        return kind

    def refresh_list(self, keep_place: bool = False) -> None:
        """The newest ``PAGE`` entries that match the search; more are read as the list is scrolled down.
        ``keep_place``: as many entries as were shown, scrolled where they were (after an autosave)."""
        query = self.search.text()
        bar = self.list.verticalScrollBar()
        shown, place = (max(len(self._rows), PAGE), bar.value()) if keep_place else (PAGE, 0)
        self._rows = {}
        self._snippet_search = query
        self._snippets_wanted = set()
        self.list.blockSignals(True)
        self._paging = False  # the scroll bar moves as the list empties: that is no call for more
        self.snippets.forget()
        self._extracts.clear()
        self.list.clear()
        bar.setValue(0)  # a new list starts at its top, not where the last one was
        self.list.blockSignals(False)
        rows = self._load_page(shown)
        self._total = len(rows) if len(rows) < shown else self.services.journal.count(search=query)
        self._paging = True
        if place:
            self.list.doItemsLayout()  # the scroll bar's range, now, so the place can be set back
            bar.setValue(place)
        self._load_while_short()
        nothing_at_all = not rows and not query
        self.empty.setVisible(nothing_at_all)
        self.list.setVisible(not nothing_at_all)
        if query and not rows:
            self.count.setText(self.tr("No entries match “{q}”.").format(q=query))
        elif rows:
            total = self._total
            self.count.setText(self.tr("%n entries.", "", total))
        else:
            self.count.clear()
        self.delete_button.setEnabled(self.editor.entry_id is not None)

    def _load_page(self, count: int = 0) -> list:
        """Add the next ``count`` (``PAGE``) matching entries to the list in one query, with extracts for
        those on screen."""
        rows = self.services.journal.rows(search=self._snippet_search, limit=count or PAGE, offset=len(self._rows))
        self._rows.update((row.id, row) for row in rows)
        if self._snippet_search.strip():
            self._snippets_wanted.update(row.id for row in rows)
        zone = self.services.zone
        items = []
        current = None
        for row in rows:
            kind = self._kind_text(row)
            written = row.created_at.astimezone(zone)
            # The time it was written, when written on that day (a backfilled entry shows its day only).
            when = f"{date_text(row.day)}  {time_text(written)}" if written.date() == row.day else date_text(row.day)
            item = QTreeWidgetItem(
                [
                    when,
                    "" if row.mood is None else str(row.mood),
                    "" if row.craving is None else str(row.craving),
                    row.triggers,
                    f"{kind}: {row.first_line}" if kind else row.first_line,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            item.setData(0, KIND_ROLE, kind)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, self._spoken(item, row, row.first_line))
            items.append(item)
            if row.id == self.editor.entry_id:
                current = item
        self.list.blockSignals(True)
        self.list.addTopLevelItems(items)  # one call, not one per row
        if current is not None:
            self.list.setCurrentItem(current)
        self.list.blockSignals(False)
        self._fill_snippets()
        return rows

    def _on_scrolled(self, value: int) -> None:
        """Near the end of what is loaded: read the next page, so years of entries stay one scroll away."""
        bar = self.list.verticalScrollBar()
        more = self._paging and len(self._rows) < self._total
        if more and bar.maximum() > 0 and value >= bar.maximum() - bar.pageStep():
            self._load_page()
        self._fill_snippets()

    def refresh_urges(self) -> None:
        urges = self.services.recovery.urges()
        self.urge_list.clear()
        zone = self.services.zone
        for urge in urges:
            local = urge.at.astimezone(zone)
            passed = {True: self.tr("Yes"), False: self.tr("Not yet"), None: ""}[urge.passed]
            item = QTreeWidgetItem(
                [
                    f"{date_text(local.date())} {time_text(local)}",
                    f"{urge.intensity}/10",
                    urge.trigger,
                    urge.place,
                    urge.helped,
                    passed,
                ]
            )
            row = self._describe_urge_item(item)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, ". ".join([row.title, *row.badges, *row.lines]))
            self.urge_list.addTopLevelItem(item)
        week = self.services.recovery.urges_this_week()
        self.urge_count.setText(
            self.tr("%n urge(s) logged this week. Each one you noticed is one you met.", "", week)
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
        answer = plain.question(
            self,
            self.tr("Delete entry"),
            self.tr("Delete this journal entry? This can't be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if perform(self, lambda: self.services.journal.delete(entry_id)) is None:
            return
        self.editor.load(None, save_first=False)  # the deleted entry's text must not come back as a new one
        self.refresh_list()

    def log_urge(self) -> None:
        if UrgeDialog(self.services, self).exec():
            self.refresh_urges()

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
        self.refresh_list(keep_place=True)  # the list stays where the person was reading

    def _on_storage_lost(self, reason: str) -> None:
        plain.warning(self, self.tr("Your words were not saved"), reason)

    def flush(self) -> bool:
        return self.editor.save_now()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)

        self.editor.save_now()  # leaving the view never loses text
        super().hideEvent(event)
