"""The calendar: a painted day or week grid, a month overview, an agenda, search, and every edit gesture."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QStatusBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.base.changes import Area
from recoverybox.core.goals.stats import week_first_day
from recoverybox.ui import spacing
from recoverybox.ui.event_style import event_card_html
from recoverybox.ui.fonts import TITLE, emphasise
from recoverybox.ui.format import date_text, month_title, time_text, week_range_text, weekday_text
from recoverybox.ui.views.agenda_view import AGENDA_DAYS, AgendaView
from recoverybox.ui.views.month_view import MonthView
from recoverybox.ui.views.view_base import ViewBase
from recoverybox.ui.views.week_editing import WeekEditing
from recoverybox.ui.widgets.search_results import SearchResults
from recoverybox.ui.widgets.typed_fields import DateField
from recoverybox.ui.widgets.undo_notice import UndoNotice
from recoverybox.ui.widgets.week_grid import WeekGrid
from recoverybox.ui.widgets.week_header import WeekHeader

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.app.services import Services


def _bar_button(text: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setMinimumHeight(28)
    return button


class WeekView(WeekEditing, ViewBase):
    """A day, a week, a month or the coming two weeks of occurrences, recurring ones included, with drag,
    resize, undo, search and a mini month to jump with."""

    READS = frozenset({Area.EVENTS, Area.SETTINGS})
    find_meetings_requested = Signal()

    LAYOUT_MODES = (("week", "week"), ("day", "day"), ("month", "month"), ("agenda", "agenda"))

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.mode = "week"
        self.monday = self._first_day(services.today())
        self._undo: tuple | None = None
        self._undo_notice: UndoNotice | None = None
        self._own_status_bar: QStatusBar | None = None
        self._scrolled_to: tuple | None = None
        self._make_bar(services)
        self._make_search()
        self._make_pages(services)
        self._add_shortcuts()
        self._lay_out()
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(60_000)
        self._clock_timer.timeout.connect(self._on_minute)
        self._clock_timer.start()

    def _make_bar(self, services: Services) -> None:
        """The title, and the bar: previous, today, next, a date, day/week/month/agenda, mini month, new event."""
        self.title = QLabel()
        self.title.setObjectName("weekTitle")
        self.title.setWordWrap(True)  # a long range in a long language goes on two lines, never cut
        emphasise(self.title, TITLE)
        # Tool buttons: as wide as their words (push buttons are at least 80 px, too wide for this bar).
        self.prev_button = _bar_button("◀")
        self.prev_button.setToolTip(self.tr("Previous (Alt+Left)"))
        self.prev_button.setAccessibleName(self.tr("Previous"))
        self.today_button = _bar_button(self.tr("&Today"))
        self.today_button.setToolTip(self.tr("Back to today (T)"))
        self.next_button = _bar_button("▶")
        self.next_button.setToolTip(self.tr("Next (Alt+Right)"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.date_picker = DateField(services.today())
        self.date_picker.setObjectName("weekDatePicker")
        self.date_picker.setMaximumWidth(190)
        self.date_picker.setAccessibleName(self.tr("Go to date"))
        self.date_picker.setToolTip(self.tr("Go to a date"))
        self.mode_buttons: dict[str, QToolButton] = {}
        mode_group = QButtonGroup(self)
        for mode, label, key in (
            ("day", self.tr("&Day"), "D"),
            ("week", self.tr("&Week"), "W"),
            ("month", self.tr("&Month"), "M"),
            ("agenda", self.tr("&Agenda"), "A"),
        ):
            button = _bar_button(label)
            button.setCheckable(True)
            button.setToolTip(self.tr("Show {what} ({key})").format(what=label.replace("&", "").lower(), key=key))
            button.clicked.connect(lambda _c=False, m=mode: self.set_mode(m))
            mode_group.addButton(button)
            self.mode_buttons[mode] = button
        self.mode_buttons["week"].setChecked(True)
        self.month_button = self.mode_buttons["month"]
        self.mini_button = _bar_button(self.tr("M&ini month"))
        self.mini_button.setCheckable(True)
        self.mini_button.setToolTip(self.tr("Show or hide the month beside the calendar"))
        self.new_button = _bar_button(self.tr("New &event…"))
        self.new_button.setToolTip(self.tr("Add an event (Ctrl+N)"))
        self.find_button = _bar_button(self.tr("Find meetings…"))
        self.find_button.setObjectName("findMeetings")
        self.find_button.setToolTip(self.tr("Load your area's meeting list and add meetings to your week (Ctrl+7)"))
        self.find_button.clicked.connect(self.find_meetings_requested.emit)
        self.prev_button.clicked.connect(lambda: self.move_weeks(-1))
        self.next_button.clicked.connect(lambda: self.move_weeks(1))
        self.today_button.clicked.connect(self.go_to_this_week)
        self.date_picker.dateChanged.connect(self._on_date_picked)
        self.new_button.clicked.connect(self.new_event)

    def _make_search(self) -> None:
        """Search as you type, its results under the bar."""
        self.search = QLineEdit()
        self.search.setObjectName("eventSearch")
        self.search.setPlaceholderText(self.tr("Search events (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search events"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(210)
        self.search.setMaximumWidth(280)
        self.results = SearchResults(self)
        self.results.chosen.connect(self.go_to_occurrence)
        self.search.textEdited.connect(self._on_search_edited)
        self.search.returnPressed.connect(self._on_search_return)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.run_search)

    def _make_pages(self, services: Services) -> None:
        """The day or week grid (with its all-day header), the month and the agenda, and the mini month."""
        self.header = WeekHeader()
        self.grid = WeekGrid()
        self.grid.describe = self.hover_card
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.grid)
        self.scroller.setWidgetResizable(True)
        self.scroller.setObjectName("weekScroll")
        self.month = MonthView(services)
        self.month.day_chosen.connect(self._on_month_day_chosen)
        self.month.more_chosen.connect(self._on_more_chosen)
        self.agenda = AgendaView(services)
        self.agenda.edit_requested.connect(self.edit_occurrence)
        week_page = QWidget()
        week_layout = QVBoxLayout(week_page)
        week_layout.setContentsMargins(0, 0, 0, 0)
        week_layout.setSpacing(0)
        week_layout.addWidget(self.header)
        week_layout.addWidget(self.scroller, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(week_page)
        self.pages.addWidget(self.month)
        self.pages.addWidget(self.agenda)
        self.mini = QCalendarWidget()
        self.mini.setObjectName("miniMonth")
        self.mini.setAccessibleName(self.tr("Mini month: choose a day"))
        self.mini.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.mini.setGridVisible(False)
        self.mini.setMaximumWidth(260)
        self.mini.clicked.connect(self._on_date_picked)
        self.mini.setVisible(False)
        self.mini_button.toggled.connect(self._on_mini_toggled)

        self.grid.create_requested.connect(self.new_event_at)
        self.grid.edit_requested.connect(self.edit_occurrence)
        self.header.edit_requested.connect(self.edit_occurrence)
        self.grid.move_requested.connect(self.move_occurrence)
        self.grid.context_requested.connect(self._on_context)
        self.grid.delete_requested.connect(self.delete_occurrence)

    def _add_shortcuts(self) -> None:
        shortcuts = (
            ("Alt+Left", lambda: self.move_weeks(-1)),
            ("Alt+Right", lambda: self.move_weeks(1)),
            ("T", self.go_to_this_week),
            ("D", lambda: self.set_mode("day")),
            ("W", lambda: self.set_mode("week")),
            ("M", lambda: self.set_mode("week" if self.mode == "month" else "month")),
            ("A", lambda: self.set_mode("agenda")),
            ("Ctrl+N", self.new_event),
            ("Ctrl+Z", self.undo),
            ("Ctrl+F", self._focus_search),
        )
        QShortcut(
            QKeySequence("Escape"), self.search, self._on_search_escape, context=Qt.ShortcutContext.WidgetShortcut
        )
        QShortcut(QKeySequence("Down"), self.search, self._on_search_down, context=Qt.ShortcutContext.WidgetShortcut)
        for keys, slot in shortcuts:
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.find_button)
        top.addWidget(self.search)
        from recoverybox.ui.widgets.flow_row import flow_row

        # One line where the words fit; in a longer language (or large text) the rest goes on a second line.
        bar = flow_row(
            self.prev_button,
            self.today_button,
            self.next_button,
            self.date_picker,
            *self.mode_buttons.values(),
            end=(self.mini_button, self.new_button),
        )
        body = QHBoxLayout()
        body.addWidget(self.mini, 0, Qt.AlignmentFlag.AlignTop)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        spacing.page(layout)
        layout.addLayout(top)
        layout.addWidget(bar)
        from recoverybox.ui.widgets.conflict_banner import ConflictBanner

        self.conflict_banner = ConflictBanner()
        self.conflict_banner.keep_theirs.connect(self.keep_their_version)
        self.conflict_banner.keep_mine.connect(self.keep_my_version)
        self.conflict_banner.show_mine.connect(self._on_show_conflict)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.results)
        layout.addLayout(body, 1)

    # ---- navigation -----------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        """Day, week, month or agenda, keeping the date in view."""
        anchor = self.shown_date()
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        self.pages.setCurrentIndex({"day": 0, "week": 0, "month": 1, "agenda": 2}[mode])
        self.title_changed.emit(
            {"day": self.tr("Day"), "week": self.tr("Week"), "month": self.tr("Month"), "agenda": self.tr("Agenda")}[
                mode
            ]
        )
        self.month.set_month(anchor, refresh=False)
        self.monday = anchor if mode in ("day", "agenda") else self._first_day(anchor)
        self.refresh()

    def shown_date(self) -> date:
        """The date the current page is about: today when it is in view, else the month's 1st or the first
        day shown."""
        today = self.services.today()
        if self.mode == "month":
            in_view = (today.year, today.month) == (self.month.month.year, self.month.month.month)
            return today if in_view else self.month.month
        if self.mode == "week" and 0 <= (today - self.monday).days < 7:
            return today
        return self.monday

    def move_weeks(self, step: int) -> None:
        """Previous or next page: a day, a week, a month or two weeks, as shown."""
        if self.mode == "month":
            month = self.month.month
            self.month.set_month((month + timedelta(days=32 * step if step > 0 else -1)).replace(day=1))
            self._sync_dates()
            return
        self.show_date(self.monday + timedelta(days={"day": 1, "week": 7, "agenda": AGENDA_DAYS}[self.mode] * step))

    def go_to_this_week(self) -> None:
        if self.mode == "month":
            self.set_mode("week")
        self.show_date(self.services.today())

    def show_date(self, day: date) -> None:
        if self.mode == "month":
            self.month.set_month(day)
            self._sync_dates()
            return
        self.monday = day if self.mode in ("day", "agenda") else self._first_day(day)
        self.refresh()

    def show_moment(self, moment: datetime) -> None:
        """The week of ``moment`` (local wall time), scrolled so its hour is in view: a reminder's Open."""
        if self.mode not in ("day", "week"):
            self.set_mode("week")
        self.show_date(moment.date())
        top = max(moment.hour - 1, 0) * self.grid.hour_height
        QTimer.singleShot(0, self, lambda: self.scroller.verticalScrollBar().setValue(top))

    def go_to_occurrence(self, occ) -> None:
        """A search result: its week, scrolled to it, and selected."""
        self.show_moment(occ.local_start(self.services.zone).replace(tzinfo=None))
        self.grid.select_occurrence(occ)

    def _first_day(self, day: date) -> date:
        """The first shown day (``monday`` is Sunday when the person's week starts on Sunday)."""
        return week_first_day(day, self.services.settings.read().week_start)

    def _on_date_picked(self, value: QDate) -> None:
        picked = date(value.year(), value.month(), value.day())
        if self.mode == "month":
            self.month.set_month(picked)
            self._sync_dates()
        elif picked != self.monday:
            self.show_date(picked)

    def _on_month_day_chosen(self, day: date) -> None:
        self.set_mode("week")
        self.show_date(day)

    def _on_more_chosen(self, day: date) -> None:
        self.set_mode("day")
        self.show_date(day)

    def _on_mini_toggled(self, on: bool) -> None:
        self.mini.setVisible(on)
        self._sync_dates()

    def showEvent(self, event) -> None:  # noqa: N802
        # The mini month starts open where there is room for it beside a readable week.
        if not hasattr(self, "_mini_decided"):
            self._mini_decided = True
            self.mini_button.setChecked(self.window().width() >= 1250)
        super().showEvent(event)

    # ---- search ---------------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_search_escape(self) -> None:
        self.search.clear()
        self.results.hide()

    def _on_search_down(self) -> None:
        if self.results.isVisible():
            self.results.setFocus()

    def _on_search_edited(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_return(self) -> None:
        self._search_timer.stop()
        self.run_search()
        if self.results.count():
            self.results.activate_row(0)

    def run_search(self) -> list:
        found = self.services.calendar.search(self.search.text(), self.services.clock.now())
        self.results.show_results(found, self.services.zone, bool(self.search.text().strip()))
        return found

    # ---- drawing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        zone = self.services.zone
        today = self.services.today()
        if self.mode == "week":
            self.monday = self._first_day(self.monday)  # the week start may have changed in Settings
        if self.mode == "month":
            self.month.refresh()
        elif self.mode == "agenda":
            self.agenda.set_first(self.monday)
        else:
            days = 1 if self.mode == "day" else 7
            occurrences = self.services.calendar.days(self.monday, days, zone)
            attendance = self.services.occurrences.attendance(self.monday, self.monday + timedelta(days=days - 1))
            now_local = self.services.clock.now().astimezone(zone).replace(tzinfo=None)
            self.grid.set_week(self.monday, occurrences, zone, today, now_local, attendance, days)
            self.header.scrollbar_width = self.scroller.verticalScrollBar().sizeHint().width()
            self.header.set_week(self.monday, occurrences, zone, today, days)
        self._sync_dates()
        self.conflict_banner.set_conflicts(self.services.calendar.conflicts(), zone)
        if self.mode in ("day", "week"):
            self._scroll_to_the_day(occurrences, today, now_local)

    def _scroll_to_the_day(self, occurrences, today: date, now_local: datetime) -> None:
        """A newly shown week opens at the hour now (this week) or at its first event, so an evening meeting
        is never out of sight below the usual morning; edits within the week leave the scroll where it is."""
        first_hour = self.services.settings.read().day_start_hour
        key = (self.monday, self.mode, first_hour)
        if self._scrolled_to == key:
            return
        self._scrolled_to = key
        days = 1 if self.mode == "day" else 7
        if self.monday <= today < self.monday + timedelta(days=days):
            wanted = now_local.hour
        else:
            timed = [occ.local_start(self.services.zone).hour for occ in occurrences if not occ.all_day]
            wanted = min(timed) if timed else first_hour
        QTimer.singleShot(0, self, lambda: self._scroll_so_hour_shows(first_hour, wanted))

    def _scroll_so_hour_shows(self, usual: int, wanted: int) -> None:
        """Open at the person's usual first hour when ``wanted`` is in sight from there, else just above it."""
        height = self.grid.hour_height
        shown_hours = max(self.scroller.viewport().height() // height, 1)
        top = usual if usual <= wanted < usual + shown_hours else max(wanted - 1, 0)
        self.scroller.verticalScrollBar().setValue(top * height)

    def _sync_dates(self) -> None:
        """The title, the date box and the mini month follow what is shown."""
        shown = self.shown_date()
        if self.mode == "month":
            self.title.setText(month_title(self.month.month))
        elif self.mode == "day":
            self.title.setText(f"{weekday_text(self.monday)}, {date_text(self.monday)}")
        elif self.mode == "agenda":
            self.title.setText(self.tr("Two weeks · {range}").format(range=week_range_text(self.monday, AGENDA_DAYS)))
        else:
            week_no = self.monday.isocalendar()[1]
            self.title.setText(self.tr("Week {n} · {range}").format(n=week_no, range=week_range_text(self.monday)))
        if self.mode == "week":
            shown = self.monday  # the box names the week's first day
        for widget, setter in ((self.date_picker, "setDate"), (self.mini, "setSelectedDate")):
            widget.blockSignals(True)
            getattr(widget, setter)(QDate(shown.year, shown.month, shown.day))
            widget.blockSignals(False)
        self.mini.setCurrentPage(shown.year, shown.month)

    def _on_minute(self) -> None:
        if self.isVisible() and self.mode in ("day", "week"):
            self.grid.now_local = self.services.clock.now().astimezone(self.services.zone).replace(tzinfo=None)
            self.grid.update()

    def apply_icons(self) -> None:
        from recoverybox.ui.icons import icon

        self.new_button.setIcon(icon("add"))
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def hover_card(self, occ) -> str:
        """Everything about an occurrence, for the hover card: title, time, place, link, reminders."""
        return event_card_html(
            occ, self.services.zone, self.services.calendar.reminder_offsets(occ.event_id), time_text, date_text
        )

    # ---- creating and editing -------------------------------------------------------------------
