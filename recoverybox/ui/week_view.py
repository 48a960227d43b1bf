"""The week planner: a painted week grid (or a month overview), navigation, and every edit gesture."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.calendar import restore_event, snapshot_event, validate_event
from recoverybox.core.recurrence import to_utc
from recoverybox.core.stats import week_first_day
from recoverybox.core.validation import ValidationError
from recoverybox.ui.dialogs.event_dialog import EventDialog, default_event, next_half_hour
from recoverybox.ui.dialogs.scope_dialog import ask_scope
from recoverybox.ui.fonts import TITLE, emphasise
from recoverybox.ui.format import month_title, week_range_text
from recoverybox.ui.month_view import MonthView
from recoverybox.ui.view_base import ViewBase
from recoverybox.ui.week_grid import WeekGrid
from recoverybox.ui.week_header import WeekHeader


class WeekView(ViewBase):
    """Seven days of occurrences, recurring ones included, with drag, resize, undo and a month overview."""

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.monday = self._first_day(services.today())
        self._undo: tuple | None = None
        self._scrolled_to: int | None = None

        self.title = QLabel()
        self.title.setObjectName("weekTitle")
        emphasise(self.title, TITLE)
        self.prev_button = QPushButton(self.tr("◀ &Previous"))
        self.prev_button.setToolTip(self.tr("Previous week (Alt+Left)"))
        self.prev_button.setAccessibleName(self.tr("Previous"))
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setToolTip(self.tr("Back to this week (T)"))
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.next_button.setToolTip(self.tr("Next week (Alt+Right)"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.date_picker = QDateEdit()
        self.date_picker.setObjectName("weekDatePicker")
        self.date_picker.setCalendarPopup(True)
        self.date_picker.setDisplayFormat("d MMM yyyy")
        self.date_picker.setAccessibleName(self.tr("Go to date"))
        self.date_picker.setToolTip(self.tr("Go to the week of a date"))
        self.month_button = QPushButton(self.tr("&Month"))
        self.month_button.setCheckable(True)
        self.month_button.setToolTip(self.tr("Switch between the week and the month (M)"))
        self.new_button = QPushButton(self.tr("New &event…"))
        self.new_button.setToolTip(self.tr("Add an event (Ctrl+N)"))
        self.prev_button.clicked.connect(lambda: self.move_weeks(-1))
        self.next_button.clicked.connect(lambda: self.move_weeks(1))
        self.today_button.clicked.connect(self.go_to_this_week)
        self.date_picker.dateChanged.connect(self._on_date_picked)
        self.month_button.toggled.connect(self._on_month_toggled)
        self.new_button.clicked.connect(self.new_event)

        self.header = WeekHeader()
        self.grid = WeekGrid()
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.grid)
        self.scroll.setWidgetResizable(True)
        self.scroll.setObjectName("weekScroll")
        self.month = MonthView(services)
        self.month.day_chosen.connect(self._on_month_day_chosen)
        week_page = QWidget()
        week_layout = QVBoxLayout(week_page)
        week_layout.setContentsMargins(0, 0, 0, 0)
        week_layout.setSpacing(0)
        week_layout.addWidget(self.header)
        week_layout.addWidget(self.scroll, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(week_page)
        self.pages.addWidget(self.month)

        self.grid.create_requested.connect(self.new_event_at)
        self.grid.edit_requested.connect(self.edit_occurrence)
        self.header.edit_requested.connect(self.edit_occurrence)
        self.grid.move_requested.connect(self.move_occurrence)
        self.grid.context_requested.connect(self._on_context)
        self.grid.delete_requested.connect(self.delete_occurrence)

        shortcuts = (
            ("Alt+Left", lambda: self.move_weeks(-1)),
            ("Alt+Right", lambda: self.move_weeks(1)),
            ("T", self.go_to_this_week),
            ("M", self.month_button.toggle),
            ("Ctrl+N", self.new_event),
            ("Ctrl+Z", self.undo),
        )
        for keys, slot in shortcuts:
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        for widget in (
            self.prev_button,
            self.today_button,
            self.next_button,
            self.date_picker,
            self.month_button,
            self.new_button,
        ):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)

        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(60_000)
        self._clock_timer.timeout.connect(self._on_minute)
        self._clock_timer.start()

    # ---- navigation -----------------------------------------------------------------------------
    def move_weeks(self, step: int) -> None:
        if self.month_button.isChecked():
            month = self.month.month
            self.month.set_month((month + timedelta(days=32 * step if step > 0 else -1)).replace(day=1))
            self._update_title()
            return
        self.show_date(self.monday + timedelta(days=7 * step))

    def go_to_this_week(self) -> None:
        self.month_button.setChecked(False)
        self.show_date(self.services.today())

    def show_date(self, day: date) -> None:
        self.monday = self._first_day(day)
        self.refresh()

    def show_moment(self, moment: datetime) -> None:
        """The week of ``moment`` (local wall time), scrolled so its hour is in view: a reminder's Open."""
        self.month_button.setChecked(False)
        self.show_date(moment.date())
        top = max(moment.hour - 1, 0) * self.grid.hour_height
        QTimer.singleShot(0, lambda: self.scroll.verticalScrollBar().setValue(top))

    def _first_day(self, day: date) -> date:
        """The first shown day (``monday`` is Sunday when the person's week starts on Sunday)."""
        return week_first_day(day, self.services.settings.get("week_start"))

    def _on_date_picked(self, value: QDate) -> None:
        picked = date(value.year(), value.month(), value.day())
        if self.month_button.isChecked():
            self.month.set_month(picked)
            self._update_title()
        elif self._first_day(picked) != self.monday:
            self.show_date(picked)

    def _on_month_toggled(self, on: bool) -> None:
        self.pages.setCurrentIndex(1 if on else 0)
        self.title_changed.emit(self.tr("Month") if on else self.tr("Week"))
        if on:
            self.month.set_month(self.monday + timedelta(days=3))
        self.refresh()

    def _on_month_day_chosen(self, day: date) -> None:
        self.month_button.setChecked(False)
        self.show_date(day)

    # ---- drawing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        zone = self.services.zone
        today = self.services.today()
        self.monday = self._first_day(self.monday)  # the week start may have changed in Settings
        if self.month_button.isChecked():
            self.month.refresh()
        else:
            occurrences = self.services.calendar.week(self.monday, zone)  # seven days from the first shown
            attendance = self.services.occurrences.attendance(self.monday, self.monday + timedelta(days=6))
            now_local = self.services.clock.now().astimezone(zone).replace(tzinfo=None)
            self.grid.set_week(self.monday, occurrences, zone, today, now_local, attendance)
            self.header.scrollbar_width = self.scroll.verticalScrollBar().sizeHint().width()
            self.header.set_week(self.monday, occurrences, zone, today)
        self._update_title()
        self.date_picker.blockSignals(True)
        self.date_picker.setDate(QDate(self.monday.year, self.monday.month, self.monday.day))
        self.date_picker.blockSignals(False)
        first_hour = self.services.settings.get("day_start_hour")
        if self._scrolled_to != first_hour:
            # First show, or the person changed their usual morning in Settings.
            self._scrolled_to = first_hour
            QTimer.singleShot(0, lambda: self.scroll.verticalScrollBar().setValue(first_hour * self.grid.hour_height))

    def _update_title(self) -> None:
        if self.month_button.isChecked():
            self.title.setText(month_title(self.month.month))
            return
        week_no = self.monday.isocalendar()[1]
        self.title.setText(self.tr("Week {n} · {range}").format(n=week_no, range=week_range_text(self.monday)))

    def _on_minute(self) -> None:
        if self.isVisible() and not self.month_button.isChecked():
            self.grid.now_local = self.services.clock.now().astimezone(self.services.zone).replace(tzinfo=None)
            self.grid.update()

    # ---- creating and editing -------------------------------------------------------------------
    def new_event(self) -> None:
        now_local = self.services.clock.now().astimezone(self.services.zone).replace(tzinfo=None)
        start = next_half_hour(now_local)
        if self._first_day(start.date()) != self.monday:
            start = datetime.combine(self.monday, start.time())
        self.new_event_at(start)

    def new_event_at(self, start: datetime) -> None:
        offsets = self.services.settings.get("default_offsets")
        dialog = EventDialog(default_event(start, self.services.zone_name, offsets), self, validate=validate_event)
        if not dialog.exec() or dialog.accepted_input is None:
            return
        self._write(lambda: self.services.calendar.create_event(dialog.accepted_input))

    def edit_occurrence(self, occ) -> None:
        event = self.services.calendar.get_event(occ.event_id)
        data = self.services.occurrences.input_for(event, occ.original_start_local)
        dialog = EventDialog(data, self, editing=True, validate=validate_event)
        dialog.setObjectName("eventDialog")
        if not dialog.exec():
            return
        if dialog.delete_requested:
            self.delete_occurrence(occ)
            return
        scope = "all"
        if event.rrule is not None:
            scope = ask_scope(self, self.tr("change"))
            if scope is None:
                return
        changed = dialog.accepted_input
        self._write(
            lambda: self.services.occurrences.edit(occ.event_id, occ.original_start_local, changed, scope),
            undo_of=occ.event_id,
        )

    def delete_occurrence(self, occ) -> None:
        event = self.services.calendar.get_event(occ.event_id)
        if event.rrule is not None:
            scope = ask_scope(self, self.tr("delete"))
        else:
            answer = QMessageBox.question(
                self,
                self.tr("Delete event"),
                self.tr("Delete “{title}”? This can't be undone.").format(title=occ.title),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            scope = "all" if answer == QMessageBox.StandardButton.Yes else None
        if scope is None:
            return
        self._write(
            lambda: self.services.occurrences.delete(occ.event_id, occ.original_start_local, scope),
            undo_of=occ.event_id,
        )

    def move_occurrence(self, occ, new_start: datetime, new_end: datetime) -> None:
        """A drag or resize in the grid; asks the scope for a repeating event; undo with Ctrl+Z."""
        scope = "all"
        if occ.recurring:
            scope = ask_scope(self, self.tr("move"))
            if scope is None:
                self.refresh()
                return
        zone = self.services.zone
        event_zone = occ.tz
        # The grid speaks the person's zone; the event keeps its own.
        start = to_utc(new_start, zone).astimezone(ZoneInfo(event_zone)).replace(tzinfo=None)
        end = to_utc(new_end, zone).astimezone(ZoneInfo(event_zone)).replace(tzinfo=None)
        self._write(
            lambda: self.services.occurrences.move(occ.event_id, occ.original_start_local, start, end, scope),
            undo_of=occ.event_id,
        )

    def undo(self) -> None:
        if self._undo is None:
            self.window().statusBar().showMessage(self.tr("Nothing to undo."), 4000)
            return
        snapshot, created = self._undo
        self._undo = None
        restore_event(self.services.db, snapshot, remove_ids=created)
        self.refresh()
        self.data_changed.emit()
        self.window().statusBar().showMessage(self.tr("Undone."), 4000)

    def _write(self, action, undo_of: int | None = None) -> None:
        """Run one core write; show a validation problem instead of failing; remember how to undo it."""
        snapshot = snapshot_event(self.services.db, undo_of) if undo_of is not None else None
        try:
            result = action()
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Not saved"), error.message)
            self.refresh()
            return
        if snapshot is not None:
            created = (result,) if isinstance(result, int) and result != undo_of else ()
            self._undo = (snapshot, created)
        self.refresh()
        self.data_changed.emit()

    # ---- context menu and attendance ------------------------------------------------------------
    def _on_context(self, occ, where) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("&Edit…"), lambda: self.edit_occurrence(occ))
        menu.addAction(self.tr("&Delete…"), lambda: self.delete_occurrence(occ))
        if occ.start <= self.services.clock.now():
            menu.addSeparator()
            menu.addAction(self.tr("Mark &attended"), lambda: self.mark(occ, "attended"))
            menu.addAction(self.tr("Mark &missed"), lambda: self.mark(occ, "missed"))
            menu.addAction(self.tr("&Clear attendance"), lambda: self.mark(occ, None))
        if occ.online_url:
            menu.addSeparator()
            menu.addAction(self.tr("Open online &link"), lambda: QDesktopServices.openUrl(QUrl(occ.online_url)))
        menu.popup(where)
        self.context_menu = menu

    def mark(self, occ, status: str | None) -> None:
        self._write(lambda: self.services.occurrences.set_attendance(occ.event_id, occ.original_start_local, status))
