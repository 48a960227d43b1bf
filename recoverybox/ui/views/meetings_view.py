"""Find meetings: load an area's meeting list (a file, or a web address on the person's click), filter it by
day, time of day, in person or online, type, region and words, and add a meeting to the week in one click."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.base.changes import Area
from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.meetings.listings import PARTS_OF_DAY, Listing, MeetingFilter, filter_listings
from recoverybox.core.storage.columns import FELLOWSHIPS
from recoverybox.ui import spacing
from recoverybox.ui.fonts import TITLE, emphasise
from recoverybox.ui.format import date_text, feed_day_name, meeting_type_name, time_text
from recoverybox.ui.ops.perform import perform
from recoverybox.ui.views.meeting_list_keeping import MeetingListKeeping
from recoverybox.ui.views.view_base import ViewBase
from recoverybox.ui.widgets.empty_state import EmptyState
from recoverybox.ui.widgets.meeting_table import MeetingDetails, MeetingTableModel

if TYPE_CHECKING:
    from recoverybox.core.app.services import Services
    from recoverybox.ui.ops.operation import Operation

ATTENDANCE = (
    ("both", QT_TRANSLATE_NOOP("MeetingsView", "In person or online")),
    ("in_person", QT_TRANSLATE_NOOP("MeetingsView", "In person")),
    ("online", QT_TRANSLATE_NOOP("MeetingsView", "Online")),
)
WEEK_ORDER = (1, 2, 3, 4, 5, 6, 0)  # Monday first, as the week view


class MeetingsView(MeetingListKeeping, ViewBase):
    """The kept lists, the filters, the matching meetings and the chosen one in full."""

    READS = frozenset({Area.EVENTS, Area.SETTINGS})
    show_week_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._listings: list[Listing] = []
        self._shown: list[Listing] = []
        self._types: set[str] = set()
        self._last_added: int | None = None
        self.operation: Operation | None = None
        top = self._make_top()
        filters = self._make_filters()
        self._make_table()
        self._make_side()
        self._lay_out(top, filters)

    def _make_top(self) -> QHBoxLayout:
        """The heading, the kept lists to choose from, and loading, updating and the List menu."""
        heading = QLabel(self.tr("Find meetings"))
        emphasise(heading, TITLE)
        self.list_choice = QComboBox()
        self.list_choice.setObjectName("meetingListChoice")
        self.list_choice.setAccessibleName(self.tr("Meeting list"))
        self.list_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.list_choice.currentIndexChanged.connect(self._on_list_chosen)
        self.load_file_button = QPushButton(self.tr("Load a fi&le…"))
        self.load_file_button.clicked.connect(self.choose_file)
        self.load_web_button = QPushButton(self.tr("From a &web address…"))
        self.load_web_button.clicked.connect(self.choose_address)
        self.update_button = QPushButton(self.tr("Check for updates"))
        self.update_button.setToolTip(self.tr("Read the list again from where it came from (F5)"))
        self.update_button.clicked.connect(self.check_for_updates)
        self.more_button = QPushButton(self.tr("List"))
        self.more_button.setToolTip(self.tr("What was left out of the list, its fellowship, removing it"))
        more = QMenu(self.more_button)
        self.problems_action = more.addAction(self.tr("What was left out of this list…"), self.show_problems)
        fellowship_menu = more.addMenu(self.tr("Fellowship of its meetings"))
        self.fellowship_actions: dict[str, QAction] = {}
        for name in FELLOWSHIPS:
            action = fellowship_menu.addAction(name, functools.partial(self._set_fellowship, name))
            action.setCheckable(True)
            self.fellowship_actions[name] = action
        more.addSeparator()
        more.addAction(self.tr("Remove this list…"), self.remove_list)
        self.more_button.setMenu(more)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        for widget in (
            self.list_choice,
            self.update_button,
            self.more_button,
            self.load_file_button,
            self.load_web_button,
        ):
            top.addWidget(widget)
        self.list_info = QLabel()
        self.list_info.setObjectName("meetingListInfo")
        self.list_info.setWordWrap(True)
        self.list_info.setTextFormat(Qt.TextFormat.PlainText)

        return top

    def _make_filters(self) -> QHBoxLayout:
        """Day, part of the day, in person or online, types, region and words."""
        self.day = QComboBox()
        self.day.setAccessibleName(self.tr("Day"))
        self.day.addItem(self.tr("Any day"), None)
        for day in WEEK_ORDER:
            self.day.addItem(feed_day_name(day), day)
        self.part_of_day = QComboBox()
        self.part_of_day.setAccessibleName(self.tr("Time of day"))
        self.part_of_day.addItem(self.tr("Any time"), None)
        for key, label, _first, _end in PARTS_OF_DAY:
            self.part_of_day.addItem(self.tr(label), key)
        self.attendance = QComboBox()
        self.attendance.setAccessibleName(self.tr("In person or online"))
        for key, label in ATTENDANCE:
            self.attendance.addItem(self.tr(label), key)
        # A push button with a menu: its size counts the menu arrow, so its words are never cut to "…".
        self.types_button = QPushButton()
        self.types_button.setObjectName("meetingTypes")
        self.types_button.setAccessibleName(self.tr("Meeting types"))
        self.types_button.setMenu(QMenu(self.types_button))
        self.types_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.region = QComboBox()
        self.region.setAccessibleName(self.tr("Region"))
        self.region.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.region.setMinimumContentsLength(12)
        self.search = QLineEdit()
        self.search.setObjectName("meetingSearch")
        self.search.setAccessibleName(self.tr("Search meetings"))
        self.search.setPlaceholderText(self.tr("Name, place, notes… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        for combo in (self.day, self.part_of_day, self.attendance, self.region):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.search.textChanged.connect(self.apply_filter)
        filters = QHBoxLayout()
        for widget in (self.day, self.part_of_day, self.attendance, self.types_button, self.region):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)

        return filters

    def _make_table(self) -> None:
        self.model = MeetingTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("meetingsTable")
        self.table.setAccessibleName(self.tr("Meetings"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Widths from the font, not from measuring thousands of rows.
        metrics = self.table.fontMetrics()
        for column, sample in enumerate(("Mon 17:30–18:30  (12:30 New York)", "M" * 17, "M" * 14)):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.table.doubleClicked.connect(self.add_current)
        self.count = QLabel()
        self.count.setObjectName("meetingCount")

    def _make_side(self) -> None:
        """The chosen meeting's details, Add to my week, Undo and Show my week."""
        self.details = MeetingDetails()
        self.add_button = QPushButton(self.tr("&Add to my week"))
        self.add_button.setObjectName("addMeeting")
        self.add_button.setDefault(True)
        self.add_button.setToolTip(self.tr("A weekly meeting in your week, with a reminder (Enter or Alt+A)"))
        self.add_button.clicked.connect(self.add_current)
        self.week_button = QPushButton(self.tr("Show my week"))
        self.week_button.clicked.connect(self.show_week_requested.emit)
        self.added_note = QLabel()
        self.added_note.setObjectName("addedNote")
        self.added_note.setWordWrap(True)
        self.added_note.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_add)
        self.undo_button.setVisible(False)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.details)
        side_layout.addWidget(scroll, 1)
        side_layout.addWidget(self.added_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.week_button)
        side_layout.addLayout(buttons)
        self.side = side

    def _lay_out(self, top: QHBoxLayout, filters: QHBoxLayout) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        found = QWidget()
        found_layout = QVBoxLayout(found)
        found_layout.setContentsMargins(0, 0, 0, 0)
        found_layout.addWidget(self.list_info)
        found_layout.addLayout(filters)
        found_layout.addWidget(self.splitter, 1)
        self.empty = EmptyState(
            self.tr(
                "Load your area's meeting list to find meetings near you or online.\n\n"
                "Many AA areas and intergroups publish their list in the Meeting Guide format (a .json feed) or as a "
                "table (.csv). Save it and choose “Load a file…”, or paste its address with “From a web address…”.\n\n"
                "The list stays on this computer. A web address is fetched only when you click, and only from the "
                "address you give."
            )
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(found)
        layout = QVBoxLayout(self)
        spacing.page(layout)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

        # Window-wide while this view is on screen (a hidden view's shortcuts do not fire): after a dialog
        # closes, focus may rest outside the view, and Ctrl+F must still find the search.
        for keys, slot in (("Ctrl+F", self._focus_search), ("F5", self.check_for_updates)):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WindowShortcut)
        for keys in ("Return", "Enter"):
            QShortcut(QKeySequence(keys), self.table, self.add_current, context=Qt.ShortcutContext.WidgetShortcut)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self.pages.currentIndex() == 1:
            self.search.setFocus()  # coming here is to look for a meeting: the cursor waits in the search

    # ---- reading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        lists = self.services.meeting_lists.lists()
        current = self.list_choice.currentData()
        self.list_choice.blockSignals(True)
        self.list_choice.clear()
        for info in lists:
            self.list_choice.addItem(info.name, info.id)
        if lists:
            index = self.list_choice.findData(current)
            self.list_choice.setCurrentIndex(index if index >= 0 else 0)
        self.list_choice.blockSignals(False)
        self.pages.setCurrentIndex(1 if lists else 0)
        for widget in (self.list_choice, self.update_button, self.more_button):
            widget.setVisible(bool(lists))
        if lists:
            self._show_list()

    def current_list(self):
        list_id = self.list_choice.currentData()
        return next((info for info in self.services.meeting_lists.lists() if info.id == list_id), None)

    def _on_list_chosen(self, _index: int) -> None:
        self._show_list()

    def _show_list(self) -> None:
        info = self.current_list()
        if info is None:
            return
        loaded = info.loaded_at.astimezone(self.services.zone)
        when = f"{date_text(loaded.date())} {time_text(loaded)}"
        count = info.count
        parts = [
            (
                self.tr("%n meeting(s), loaded {when} from the web: {source}", "", count)
                if info.from_web
                else self.tr("%n meeting(s), loaded {when} from a file: {source}", "", count)
            ).format(when=when, source=info.source)
        ]
        if info.by_appointment or info.problems:
            parts.append(
                self.tr("{left} left out (List › What was left out).").format(
                    left=len(info.problems) + info.by_appointment
                )
            )
        self.list_info.setText("  ".join(parts))
        for name, action in self.fellowship_actions.items():
            action.setChecked(name == info.fellowship)
        self.problems_action.setEnabled(bool(info.problems or info.by_appointment))
        listings = self.services.meeting_lists.listings(info.id)  # the same list until a reload, zone or hour
        if listings is not self._listings:
            self._listings = listings
            self._fill_choices(info.id)
        self.apply_filter()

    def _fill_choices(self, list_id: int) -> None:
        """Types and regions offered are those the list uses."""
        used = sorted(
            {code for li in self._listings for code in li.meeting.types}, key=lambda c: meeting_type_name(c).casefold()
        )
        self._types &= set(used)
        menu = self.types_button.menu()
        menu.clear()
        clear = menu.addAction(self.tr("Any type"), self._clear_types)
        clear.setEnabled(True)
        menu.addSeparator()
        for code in used:
            action = menu.addAction(f"{meeting_type_name(code)} ({code})".replace("&", "&&"))  # no mnemonic
            action.setCheckable(True)
            action.setChecked(code in self._types)
            action.toggled.connect(lambda on, c=code: self._toggle_type(c, on))
        self._update_types_button()
        chosen = self.region.currentData()
        self.region.blockSignals(True)
        self.region.clear()
        self.region.addItem(self.tr("Any region"), "")
        for region in self.services.meeting_lists.regions(list_id):
            depth = region.count(" > ")
            self.region.addItem("   " * depth + region.rsplit(" > ", 1)[-1], region)
        index = self.region.findData(chosen)
        self.region.setCurrentIndex(max(index, 0))
        self.region.blockSignals(False)

    def _toggle_type(self, code: str, on: bool) -> None:
        (self._types.add if on else self._types.discard)(code)
        self._update_types_button()
        self.apply_filter()

    def _clear_types(self) -> None:
        self._types.clear()
        for action in self.types_button.menu().actions():
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        self._update_types_button()
        self.apply_filter()

    def set_types(self, codes: set[str]) -> None:
        """Choose these types, as ticking them in the Types menu does."""
        self._types = set(codes)
        for action in self.types_button.menu().actions():
            code = action.text().rsplit("(", 1)[-1].rstrip(")") if action.isCheckable() else None
            if code is not None:
                action.blockSignals(True)
                action.setChecked(code in self._types)
                action.blockSignals(False)
        self._update_types_button()
        self.apply_filter()

    def _update_types_button(self) -> None:
        names = sorted(meeting_type_name(code) for code in self._types)
        text = self.tr("Any type") if not names else ", ".join(names)
        self.types_button.setText(text if len(text) <= 24 else text[:23] + "…")
        self.types_button.setToolTip(self.tr("Types: {types}").format(types=", ".join(names) or self.tr("any")))

    def current_filter(self) -> MeetingFilter:
        return MeetingFilter(
            day=self.day.currentData(),
            part_of_day=self.part_of_day.currentData(),
            attendance=self.attendance.currentData() or "both",
            types=frozenset(self._types),
            region=self.region.currentData() or "",
            text=self.search.text(),
        )

    def apply_filter(self) -> None:
        chosen = self.current_listing()
        self._shown = filter_listings(self._listings, self.current_filter())
        info = self.current_list()
        added = {slug for (list_id, slug) in self.services.meeting_lists.added(info.id if info else None)}
        self.model.set_listings(self._shown, added)
        total = len(self._listings)
        self.count.setText(
            self.tr("Showing {shown} of %n meeting time(s), in your time zone ({zone}).", "", total).format(
                shown=len(self._shown), zone=self.services.zone_name
            )
        )
        row = next(
            (i for i, li in enumerate(self._shown) if chosen is not None and li == chosen), 0 if self._shown else -1
        )
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._on_row_changed()

    def current_listing(self) -> Listing | None:
        index = self.table.currentIndex()
        return self._shown[index.row()] if index.isValid() and index.row() < len(self._shown) else None

    def _on_row_changed(self, *_args) -> None:
        listing = self.current_listing()
        self.details.show_listing(listing)
        added = listing is not None and listing.meeting.slug in self.model.added
        self.add_button.setEnabled(listing is not None and not added)
        self.add_button.setText(self.tr("In your week ✓") if added else self.tr("&Add to my week"))

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ---- changing -------------------------------------------------------------------------------
    def add_current(self) -> None:
        listing, info = self.current_listing(), self.current_list()
        if listing is None or info is None or listing.meeting.slug in self.model.added:
            return
        added = perform(
            self,
            lambda: self.services.meeting_lists.add_to_week(info.id, listing.meeting.slug),
            failure_title=self.tr("Not added"),
        )
        if added is None:
            return
        self._last_added = added.id
        days = ", ".join(feed_day_name(day) for day in listing.meeting.days)
        self.added_note.setText(
            self.tr("Added “{name}” to your week: every {days} at {time} ({zone}), with a reminder.").format(
                name=listing.meeting.name,
                days=days,
                time=f"{listing.meeting.time:%H:%M}",
                zone=listing.meeting.timezone,
            )
        )
        self.undo_button.setVisible(True)
        self.apply_filter()

    def undo_add(self) -> None:
        if self._last_added is None:
            return
        added = self._last_added
        if perform(self, lambda: self.services.calendar.delete_event(added)) is None:
            return
        self._last_added = None
        self.added_note.setText(self.tr("Taken out of your week again."))
        self.undo_button.setVisible(False)
        self.apply_filter()
