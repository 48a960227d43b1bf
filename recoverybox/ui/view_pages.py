"""The window's views: the navigation list on the left, the pages on the right, each view built the first time
it is shown (and again after the lock or a restore destroyed it), an error panel in place of a view that broke.

Nothing here imports the ORM or a view at module level: the window is shown before the data opens.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.ui.fonts import LARGE, emphasise

if TYPE_CHECKING:
    from collections.abc import Callable

    from recoverybox.core.app.glance import TodayGlance
    from recoverybox.ui.session.front import Front

# (key, label, module, class); views are imported and built the first time they are shown.
VIEWS = (
    ("today", QT_TRANSLATE_NOOP("ViewPages", "Today"), "recoverybox.ui.views.today_view", "TodayView"),
    ("week", QT_TRANSLATE_NOOP("ViewPages", "Week"), "recoverybox.ui.views.week_view", "WeekView"),
    ("goals", QT_TRANSLATE_NOOP("ViewPages", "Goals"), "recoverybox.ui.views.goals_view", "GoalsView"),
    ("progress", QT_TRANSLATE_NOOP("ViewPages", "Progress"), "recoverybox.ui.views.progress_view", "ProgressView"),
    ("journal", QT_TRANSLATE_NOOP("ViewPages", "Journal"), "recoverybox.ui.views.journal_view", "JournalView"),
    ("support", QT_TRANSLATE_NOOP("ViewPages", "Support"), "recoverybox.ui.views.support_view", "SupportView"),
    ("meetings", QT_TRANSLATE_NOOP("ViewPages", "Find meetings"), "recoverybox.ui.views.meetings_view", "MeetingsView"),
)


def row_of(key: str) -> int:
    return next(i for i, view in enumerate(VIEWS) if view[0] == key)


class ViewPages(QObject):
    """The navigation and the views of one window (``widget`` holds both)."""

    view_changed = Signal(str)  # the key of the view now shown
    title_changed = Signal(str)  # what the window's title names: the view, or what it shows

    def __init__(self, window: Front) -> None:
        super().__init__(window)
        self.window = window
        self.views: dict[str, Any] = {}
        self.allow_first_look = False  # the app's start allows it (``first_look``)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Views"))
        self.nav.setFixedWidth(160)
        emphasise(self.nav, LARGE, bold=False)
        self.nav.setSpacing(4)
        self.stack = QStackedWidget()
        for index, (_key, label, _module, _cls) in enumerate(VIEWS):
            item = QListWidgetItem(self.tr(label))
            item.setSizeHint(QSize(0, 2 * self.nav.fontMetrics().height() + 4))
            item.setToolTip(self.tr("{label} (Ctrl+{n})").format(label=self.tr(label), n=index + 1))
            self.nav.addItem(item)
            self.stack.addWidget(self.placeholder())
        # As wide as its longest name needs (with its icon), so "Buscar reuniones" is never cut to "Buscar reunio…".
        longest = max(self.nav.fontMetrics().horizontalAdvance(self.nav.item(i).text()) for i in range(len(VIEWS)))
        self.nav.setFixedWidth(min(max(160, longest + 22 + 48), 260))
        self.nav.currentRowChanged.connect(self._on_row_changed)
        self.widget = QWidget()
        layout = QHBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)

    def placeholder(self) -> QLabel:
        """What a view's page shows until the data is open."""
        # No Qt.AlignmentFlag here: first touching the Qt namespace costs ~25 ms, kept until after paint.
        label = QLabel(self.tr("Opening your data…"))
        label.setMargin(24)
        return label

    # ---- which view -----------------------------------------------------------------------------
    def show_view(self, key: str) -> None:
        self.nav.setCurrentRow(row_of(key))

    def current_key(self) -> str:
        return VIEWS[self.nav.currentRow()][0]

    def show_current(self) -> None:
        """Build (again) and show the view chosen in the navigation (after the lock page, or as data opens)."""
        row = max(self.nav.currentRow(), 0)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # shown through _on_row_changed
            return
        self._on_row_changed(row)

    def current_title(self) -> str:
        return self.tr(VIEWS[max(self.nav.currentRow(), 0)][1])

    def _on_row_changed(self, row: int) -> None:
        if row < 0 or self.window.services is None:
            return  # the data is still opening: show_current shows the chosen view
        self._ensure(row)
        self.stack.setCurrentIndex(row)
        # Paint the view now, so that when the title names it (what assistive tools and our end-to-end
        # tests watch) it is already on screen.
        self.stack.repaint()
        self.title_changed.emit(self.tr(VIEWS[row][1]))
        self.view_changed.emit(VIEWS[row][0])

    # ---- building and dropping ------------------------------------------------------------------
    def _ensure(self, row: int) -> None:
        key, label, module_name, class_name = VIEWS[row]
        services = self.window.services
        built = self.views.get(key)
        if services is not None and built is not None and getattr(built, "needs_services", False):
            built.attach(services)  # Today's first look: the same view, now on the open data
        if services is None or built is not None:
            return
        try:
            view = getattr(importlib.import_module(module_name), class_name)(services, self.window)
        except Exception:
            logging.getLogger("recoverybox.views").exception("the %s view could not be built", key)
            view = self._error_panel(key, label)
        else:
            self._wire(key, view)
        self.views[key] = view
        self._put_page(row, view)

    def _wire(self, key: str, view: Any) -> None:
        view.title_changed.connect(self.title_changed)
        view.broken.connect(lambda k=key: QTimer.singleShot(0, lambda: self._on_broken(k)))
        if key == "week":
            view.find_meetings_requested.connect(lambda: self.show_view("meetings"))
        if key == "meetings":
            view.show_week_requested.connect(lambda: self.show_view("week"))
        if hasattr(view, "apply_icons"):
            view.apply_icons()

    def first_look(self, read: Callable[[], TodayGlance | None]) -> QWidget | None:
        """Today drawn from what ``read`` gives (read with sqlite3 alone, ``core.app.glance``) while the data
        layer loads; the same view takes the open data later (``_ensure``). None when first looks are not
        allowed (only the app's start allows them: elsewhere ``load`` opens the data before it returns), when
        there is nothing to read, or when Today is not the view to show."""
        if not self.allow_first_look or self.window.services is not None or max(self.nav.currentRow(), 0) != 0:
            return None
        glance = read()
        if glance is None:
            return None
        from recoverybox.ui import theme
        from recoverybox.ui.format import set_clock_format
        from recoverybox.ui.views.today_view import TodayView

        try:
            set_clock_format(glance.clock_format)  # as the settings will be applied: no change at the takeover
            theme.apply(glance.theme)
            view = TodayView(None, self.window)
            view.show_glance(glance)
        except Exception:  # the ordinary opening shows the data (or says what is wrong)
            logging.getLogger("recoverybox.views").exception("Today's first look could not be drawn")
            return None
        self._wire("today", view)
        self.views["today"] = view
        self._put_page(0, view)
        self.apply_icons()  # the navigation's, as the data layer's settings will tint them
        if self.nav.currentRow() != 0:
            self.nav.setCurrentRow(0)  # nothing is built there while the data is not open
        self.stack.setCurrentIndex(0)
        # The title names Today once the data layer has taken over: until then the menus' actions that need
        # the data are off, and a title naming the view is what assistive tools (and our tests) read as ready.
        return view

    def _put_page(self, row: int, page: QWidget) -> None:
        old = self.stack.widget(row)
        self.stack.insertWidget(row, page)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()

    def _error_panel(self, key: str, label: str) -> QWidget:
        from recoverybox.ui.widgets.error_panel import ErrorPanel

        panel = ErrorPanel(key, self.tr(label))
        panel.retry_requested.connect(self._on_retry)
        return panel

    def _on_broken(self, key: str) -> None:
        """A view's refresh raised: show the error panel in its place (the rest of the app carries on)."""
        row = row_of(key)
        if self.views.get(key) is None or self.window.services is None:
            return
        self.views[key] = self._error_panel(key, VIEWS[row][1])
        self._put_page(row, self.views[key])
        if self.nav.currentRow() == row:
            self.stack.setCurrentIndex(row)

    def _on_retry(self, key: str) -> None:
        row = row_of(key)
        self.views.pop(key, None)
        self._ensure(row)
        self.stack.setCurrentIndex(row)

    def drop_all(self) -> None:
        """Destroy every view: none of the data's widgets stays in the window, hidden or not, where an
        accessibility client could still read it. They are built again when next shown."""
        for key in list(self.views):
            view = self.views.pop(key)
            index = self.stack.indexOf(view)
            self.stack.insertWidget(index, self.placeholder())
            self.stack.removeWidget(view)
            view.setParent(None)
            view.deleteLater()

    # ---- every view -----------------------------------------------------------------------------
    def flush(self) -> bool:
        """Nothing typed is lost: every view writes what it has not saved yet. False if one could not."""
        results = [view.flush() for view in self.views.values()]
        return all(result is not False for result in results)

    def mark_stale(self) -> None:
        for view in self.views.values():
            view.mark_stale()

    def apply_icons(self) -> None:
        """Icons on the navigation and in the views, tinted for the theme just applied."""
        from recoverybox.ui.icons import icon

        for row, (key, *_rest) in enumerate(VIEWS):
            self.nav.item(row).setIcon(icon(key))
        self.nav.setIconSize(QSize(22, 22))
        for view in self.views.values():
            if hasattr(view, "apply_icons"):
                view.apply_icons()
