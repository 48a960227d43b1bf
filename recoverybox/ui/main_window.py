"""The main window: navigation between the views, menus, shortcuts and remembered geometry.

It is shown before the database is open (``load()`` runs on the next event-loop turn), so nothing here
imports the ORM at module level.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from recoverybox import __version__
from recoverybox.paths import AppPaths
from recoverybox.ui.fonts import LARGE, emphasise
from recoverybox.ui.views.view_base import CHANGES, REMINDER_SOURCES

if TYPE_CHECKING:
    from recoverybox.core.services import Services

# (key, label, module, class); views are imported and built the first time they are shown.
VIEWS = (
    ("today", "Today", "recoverybox.ui.views.today_view", "TodayView"),
    ("week", "Week", "recoverybox.ui.views.week_view", "WeekView"),
    ("goals", "Goals", "recoverybox.ui.views.goals_view", "GoalsView"),
    ("progress", "Progress", "recoverybox.ui.views.progress_view", "ProgressView"),
    ("journal", "Journal", "recoverybox.ui.views.journal_view", "JournalView"),
    ("support", "Support", "recoverybox.ui.views.support_view", "SupportView"),
)


class MainWindow(QMainWindow):
    """Navigation on the left, the current view on the right."""

    services_ready = Signal()
    view_changed = Signal(str)
    first_painted = Signal()
    data_painted = Signal()  # the view shown after the data opened has been painted with it
    smoke_failed = Signal(str)  # --smoke-test: a problem a person would have been asked about

    def __init__(self, app_paths: AppPaths, services: Services | None = None, reminders: bool = True) -> None:
        super().__init__()
        self.app_paths = app_paths
        self.services: Services | None = None
        # The clock outlives any one open database: a restore reopens the data on the same clock.
        self.clock = services.clock if services is not None else None
        self.reminders_enabled = reminders
        self.scheduler = None
        self._seen_until = None
        self.smoke_test = False
        self.popup = None
        self.tray = None
        self._quitting = False
        self._loaded_once = False  # data shown before: a later load() follows a restore, not the app's start
        self._views: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("RecoveryBox"))
        self.setMinimumSize(800, 560)
        self._settings = QSettings(str(app_paths.data_dir / "window.ini"), QSettings.Format.IniFormat)

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
            self.stack.addWidget(self._placeholder())
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        self._painted = False
        self.nav.viewport().installEventFilter(self)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        from recoverybox.ui.data_actions import DataActions

        self.data = DataActions(self)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Everything stays on this computer."))
        self._restore_geometry()
        if services is not None:
            self.set_services(services)

    # ---- start-up -------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and watched is getattr(self, "_data_paint_watched", None):
            watched.removeEventFilter(self)
            self._data_paint_watched = None
            QTimer.singleShot(0, self.data_painted.emit)  # after this paint has reached the screen
        if not self._painted and event.type() == QEvent.Type.Paint and watched is self.nav.viewport():
            self._painted = True
            self.nav.viewport().removeEventFilter(self)
            # Let this paint finish first; what follows (shortcuts, database, views) comes on the next turns.
            QTimer.singleShot(0, self._on_first_paint_done)
        return super().eventFilter(watched, event)

    def load(self, demo: bool = False) -> None:
        """Open the database (and fill it with demo data when asked), then show the views.

        If the file can't be used, the person chooses: restore the newest backup, start fresh, or quit; the
        bad file is moved aside either way, never deleted.
        """
        from recoverybox.core.backup import BackupService, move_aside
        from recoverybox.core.clock import SystemClock
        from recoverybox.core.db import DatabaseError
        from recoverybox.core.services import Services
        from recoverybox.ui.dialogs.startup_problem import ask_what_to_do

        if self.clock is None:
            self.clock = SystemClock()
        backups = BackupService(self.app_paths.db_file, self.app_paths.backup_dir)
        services = None
        while services is None:
            now = self.clock.now().astimezone()  # local wall time, for file names
            try:
                services = Services.open(self.app_paths.db_file, self.app_paths.backup_dir, now.date(), self.clock)
            except DatabaseError as exc:
                if self.smoke_test:
                    self.smoke_failed.emit(exc.reason)
                    return
                if not exc.damaged:  # in use, read-only or disk full: moving files would not help
                    QMessageBox.critical(self, self.tr("RecoveryBox can't open your data"), exc.reason)
                    QApplication.instance().exit(2)
                    return
                newest = backups.newest_good()
                choice = ask_what_to_do(self, exc.reason, newest is not None)

                if choice == "quit" or not self.app_paths.db_file.exists():
                    QApplication.instance().exit(2)
                    return
                if choice == "restore":
                    backups.restore(newest, now.replace(tzinfo=None))
                else:
                    move_aside(self.app_paths.db_file, "unreadable", now.replace(tzinfo=None))

        if demo and services.is_empty():
            from recoverybox.core.demo import generate

            generate(services, years=5)
            services.settings.set("first_run_done", True)
        self.set_services(services, first_start=not self._loaded_once)
        settings = services.settings.all()
        # Started in the background (at login), there is no window for the wizard to sit on.
        if (
            self.isVisible()
            and not settings["first_run_done"]
            and (services.is_empty() or settings["first_run_page"] > 0)
        ):
            self.open_first_run()

    def _placeholder(self) -> QLabel:
        """What a view's page shows until the data is open."""
        # No Qt.AlignmentFlag here: first touching the Qt namespace costs ~25 ms, kept until after paint.
        label = QLabel(self.tr("Opening your data…"))
        label.setMargin(24)
        return label

    def set_services(self, services: Services, first_start: bool = False) -> None:
        """Show ``services``' data in every view and start its reminders (on the first start of a visible
        window, once that data is on screen)."""
        if getattr(self, "panic", None) is not None:  # built on the data this replaces
            self.panic.close()
            self.panic.deleteLater()
            self.panic = None
        self.services = services
        self._loaded_once = True
        self.clock = services.clock
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        for action in (
            self.setup_action,
            self.import_ics_action,
            self.export_ics_action,
            self.export_pdf_action,
            self.export_all_action,
            self.import_json_action,
            self.backup_action,
            self.restore_action,
            self.settings_action,
            self.panic_action,
            self.urge_action,
        ):
            action.setEnabled(True)
        self.apply_settings()
        self.nav.setCurrentRow(max(self.nav.currentRow(), 0))
        self._on_nav_row_changed(self.nav.currentRow())
        if self.reminders_enabled:
            if self.isVisible() and first_start:
                # Reminders start once the data is on screen: what they load is not worth the wait.
                # A window that is never painted (minimised, on a locked screen) still gets them after 2 s.
                self.data_painted.connect(self._start_reminders_once, Qt.ConnectionType.SingleShotConnection)
                QTimer.singleShot(2000, self._start_reminders_once)
            else:
                self._start_reminders_once()
        self._today = services.today()
        if not hasattr(self, "_day_timer"):
            self._day_timer = QTimer(self)
            self._day_timer.setInterval(60_000)
            self._day_timer.timeout.connect(self.check_new_day)
            self._day_timer.start()
        if not hasattr(self, "_panic_timer"):
            self._panic_timer = QTimer(self)
            self._panic_timer.setSingleShot(True)
            self._panic_timer.setInterval(1000)
            self._panic_timer.timeout.connect(self.prebuild_panic)
        self._panic_timer.start()
        services.before_close(self._panic_timer.stop)  # never built on data that has closed
        self._data_paint_watched = self.stack.currentWidget()
        self._data_paint_watched.installEventFilter(self)
        self.services_ready.emit()

    def check_new_day(self) -> None:
        """Past midnight (or after the machine slept), every view shows the new day."""
        if self.services is None or self.services.today() == self._today:
            return
        self._today = self.services.today()
        for view in self._views.values():
            view.mark_stale()
        if self.reminders_enabled:
            self.data.start_daily_backup()  # an app left open for days still gets its daily backup
            self.scheduler.sync()

    def _start_reminders_once(self) -> None:
        if self.services is not None and self.scheduler is None:
            self._start_reminders()
            self.data.start_daily_backup()

    def _start_reminders(self) -> None:
        from recoverybox.reminders.notifier import FanOutNotifier, TrayNotifier
        from recoverybox.reminders.scheduler import ReminderScheduler
        from recoverybox.ui.dialogs.reminder_popup import ReminderPopup

        self.popup = ReminderPopup(lambda: self.services.zone, lambda: self.services.clock.now())
        self._connect_reminder_actions(self.popup)
        self.tray = self._make_tray()
        self.desktop_notifications = self._connect_desktop_notifications()
        if self.desktop_notifications is not None:
            # The desktop shows them; what it refuses comes back to our pop-up.
            self.desktop_notifications.failed.connect(self.popup.notify)
            self.notifier = self.desktop_notifications
        else:
            backends = [self.popup]
            if self.tray is not None and TrayNotifier.available():
                backends.append(TrayNotifier(self.tray))
            self.notifier = FanOutNotifier(*backends)
        self.scheduler = ReminderScheduler(self.services, self)
        self.scheduler.reminders_ready.connect(self.notifier.notify)
        self.scheduler.start(seen_until=self._seen_until)
        self._seen_until = None

    def _connect_reminder_actions(self, source) -> None:
        """Open, Snooze and Done/Dismiss from the pop-up or a desktop notification do the same things."""
        source.open_requested.connect(self._on_reminder_open)
        source.dismiss_requested.connect(lambda r: self.scheduler.dismiss(r))
        source.snooze_requested.connect(lambda r, minutes: self.scheduler.snooze(r, minutes))

    def _connect_desktop_notifications(self):
        if self.services.settings.get("notify_with") != "desktop":
            return None
        from recoverybox.reminders.desktop_notifications import DesktopNotifications
        from recoverybox.resources import resource_path

        notifications = DesktopNotifications.connect(
            self._describe_reminder, str(resource_path("icons", "recoverybox.svg"))
        )
        if notifications is not None:
            self._connect_reminder_actions(notifications)
        return notifications

    def _describe_reminder(self, reminder, missed: bool) -> tuple[str, str]:
        """A desktop notification's summary and body (plain text, escaped for servers that read markup)."""
        from html import escape

        from recoverybox.core.reminders import status_line
        from recoverybox.ui.format import time_text

        body = status_line(reminder, self.services.clock.now(), self.services.zone, missed, time_text)
        if reminder.location:
            body += "\n" + self.tr("Where: {place}").format(place=reminder.location)
        return reminder.title, escape(body, quote=False)

    def _make_tray(self):
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QMenu, QSystemTrayIcon

        from recoverybox.resources import resource_path

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        tray = QSystemTrayIcon(QIcon(str(resource_path("icons", "recoverybox.svg"))), self)
        tray.setToolTip(self.tr("RecoveryBox"))
        menu = QMenu(self)
        menu.addAction(self.tr("Show RecoveryBox"), self._on_tray_show)
        menu.addAction(self.tr("Today's plan"), lambda: (self._on_tray_show(), self.show_view("today")))
        menu.addAction(self.tr("I need help now"), self.open_panic)
        menu.addSeparator()
        menu.addAction(self.tr("Quit"), self.quit_app)
        tray.setContextMenu(menu)
        tray.activated.connect(lambda _reason: self._on_tray_show())
        tray.show()
        return tray

    def bring_to_front(self) -> None:
        """Another start of the app asked us to show ourselves."""
        self._on_tray_show()

    def _on_tray_show(self) -> None:

        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _on_reminder_open(self, reminder) -> None:
        self._on_tray_show()
        if reminder.kind == "event" and reminder.starts_at is not None:
            self.show_view("week")
            week = self.view("week")
            if hasattr(week, "show_moment"):  # not while an error panel stands in for it
                week.show_moment(reminder.starts_at.astimezone(self.services.zone).replace(tzinfo=None))
        elif reminder.kind == "goal":
            self.show_view("goals")
            goals = self.view("goals")
            if hasattr(goals, "select_goal"):
                goals.select_goal(reminder.goal_id)

        elif reminder.kind == "evening":
            self.show_view("journal")
        else:
            self.show_view("today")

    # ---- navigation -----------------------------------------------------------------------------
    def show_view(self, key: str) -> None:
        index = next(i for i, view in enumerate(VIEWS) if view[0] == key)
        self.nav.setCurrentRow(index)

    def current_view_key(self) -> str:
        return VIEWS[self.nav.currentRow()][0]

    def view(self, key: str) -> QWidget | None:
        return self._views.get(key)

    def _on_nav_row_changed(self, row: int) -> None:
        if row < 0 or self.services is None:
            return  # the data is still opening; set_services shows the chosen view
        self._ensure_view(row)
        self.stack.setCurrentIndex(row)
        # Paint the view now, so that when the title names it (what assistive tools and our end-to-end
        # tests watch) it is already on screen.
        self.stack.repaint()
        self._set_title(self.tr(VIEWS[row][1]))

        self.view_changed.emit(VIEWS[row][0])

    def _set_title(self, view_name: str) -> None:
        self.setWindowTitle(self.tr("{view} — RecoveryBox").format(view=view_name))

    def _ensure_view(self, row: int) -> None:
        if self.services is None or row < 0:
            return
        key, label, module_name, class_name = VIEWS[row]
        view = self._views.get(key)
        if view is None:
            import importlib

            try:
                cls = getattr(importlib.import_module(module_name), class_name)
                view = cls(self.services, self)
            except Exception:
                import logging

                logging.getLogger("recoverybox.views").exception("the %s view could not be built", key)
                view = self._error_panel(key, label)
            else:
                view.data_changed.connect(lambda changed, v=view: self.data_changed(changed, v))
                view.title_changed.connect(self._set_title)
                view.broken.connect(lambda k=key: QTimer.singleShot(0, lambda: self._on_view_broken(k)))
                if key == "today":
                    view.panic_requested.connect(self.open_panic)
                    view.urge_requested.connect(self.log_urge)
                if hasattr(view, "apply_icons"):
                    view.apply_icons()
            self._views[key] = view
            self._put_page(row, view)
        self.stack.setCurrentIndex(row)

    def _put_page(self, row: int, page: QWidget) -> None:
        old = self.stack.widget(row)
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(old)
        old.deleteLater()

    def _error_panel(self, key: str, label: str) -> QWidget:
        from recoverybox.ui.widgets.error_panel import ErrorPanel

        panel = ErrorPanel(key, self.tr(label))
        panel.retry_requested.connect(self._on_view_retry)
        return panel

    def _on_view_broken(self, key: str) -> None:
        """A view's refresh raised: show the error panel in its place (the rest of the app carries on)."""
        row = next(i for i, view in enumerate(VIEWS) if view[0] == key)
        if self._views.get(key) is None or self.services is None:
            return
        self._views[key] = self._error_panel(key, VIEWS[row][1])
        self._put_page(row, self._views[key])
        if self.nav.currentRow() == row:
            self.stack.setCurrentIndex(row)

    def _on_view_retry(self, key: str) -> None:
        row = next(i for i, view in enumerate(VIEWS) if view[0] == key)
        self._views.pop(key, None)
        self._ensure_view(row)

    def data_changed(self, changed, writer: QWidget | None = None) -> None:
        """Something was written: the views that show it re-read (the one on screen at once, the others
        when next shown), and reminders are recomputed only if it was what they are made from (not on every
        journal autosave). ``writer``, the view that wrote it, has already redrawn itself."""
        changed = frozenset(changed) or CHANGES
        for view in self._views.values():
            if view is not writer and changed & getattr(view, "READS", CHANGES):
                view.mark_stale()
        if self.scheduler is not None and changed & REMINDER_SOURCES:
            self.scheduler.sync()

    # ---- menus ----------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_ics_action = file_menu.addAction(self.tr("&Import calendar (.ics)…"), self.data.ask_import_ics)
        self.export_ics_action = file_menu.addAction(self.tr("E&xport calendar (.ics)…"), self.data.ask_export_ics)
        self.export_pdf_action = file_menu.addAction(self.tr("Export week as &PDF…"), self.data.ask_export_pdf)
        self.export_all_action = file_menu.addAction(self.tr("Export &all my data…"), self.data.ask_export_all)
        self.import_json_action = file_menu.addAction(
            self.tr("&Load an export into empty data…"), self.data.ask_import_json
        )
        file_menu.addSeparator()
        self.backup_action = file_menu.addAction(self.tr("&Back up now"), self.data.backup_now)
        self.restore_action = file_menu.addAction(self.tr("&Restore a backup…"), self.data.ask_restore)
        for action in (
            self.import_ics_action,
            self.export_ics_action,
            self.export_pdf_action,
            self.export_all_action,
            self.import_json_action,
            self.backup_action,
            self.restore_action,
        ):
            action.setEnabled(False)  # until the data is open
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.triggered.connect(self.quit_app)
        self.quit_action = quit_action
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_actions: dict[str, QAction] = {}
        for key, label, _module, _cls in VIEWS:
            action = QAction(self.tr(label), self)
            action.triggered.connect(lambda _checked=False, k=key: self.show_view(k))
            view_menu.addAction(action)
            self.view_actions[key] = action

        self.panic_action = QAction(self.tr("I need help &now"), self)
        self.panic_action.setToolTip(self.tr("Breathing, reasons, coping tools and people to call (Ctrl+Shift+P)"))
        self.panic_action.triggered.connect(self.open_panic)
        self.panic_action.setEnabled(False)
        toolbar = self.help_toolbar = self.addToolBar(self.tr("Help now"))
        toolbar.setObjectName("helpToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.panic_action)
        self.urge_action = QAction(self.tr("I have an &urge…"), self)
        self.urge_action.triggered.connect(self.log_urge)
        self.urge_action.setEnabled(False)
        toolbar.addAction(self.urge_action)

        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        tools_menu.addAction(self.panic_action)
        tools_menu.addAction(self.urge_action)
        self.settings_action = tools_menu.addAction(self.tr("&Settings…"), self.open_settings)
        self.settings_action.setEnabled(False)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&Keyboard shortcuts"), self._on_shortcuts)
        self.setup_action = help_menu.addAction(self.tr("&Set up RecoveryBox…"), self.open_first_run)
        self.setup_action.setEnabled(False)
        about = QAction(self.tr("&About RecoveryBox"), self)
        about.triggered.connect(self._on_about)
        help_menu.addAction(about)

    def _on_first_paint_done(self) -> None:
        self.first_painted.emit()
        self._install_shortcuts()

    # ---- settings -------------------------------------------------------------------------------
    def open_settings(self) -> None:
        from recoverybox.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.services, str(self.app_paths.data_dir), self)
        dialog.setObjectName("settingsDialog")
        if dialog.exec():
            self.apply_settings()

    def apply_settings(self) -> None:
        """Apply stored settings live: theme, clock, zone, week start; views redraw, reminders recompute."""
        from recoverybox.ui import theme
        from recoverybox.ui.format import set_clock_format

        values = self.services.settings.all()
        set_clock_format(values["clock_format"])
        self.services.zone_changed()
        if QApplication.instance() is not None:
            theme.apply(values["theme"])
            self._apply_icons()
        for view in self._views.values():
            view.mark_stale()
        if self.scheduler is not None:
            self.scheduler.sync()
        self._apply_autostart(values["start_at_login"])

    def _apply_icons(self) -> None:
        """Icons on the navigation and the help-now bar, tinted for the theme just applied (after the first
        paint: drawing them is not worth delaying the window for)."""
        from PySide6.QtCore import Qt

        from recoverybox.ui.icons import icon

        for row, (key, *_rest) in enumerate(VIEWS):
            self.nav.item(row).setIcon(icon(key))
        self.nav.setIconSize(QSize(22, 22))
        self.panic_action.setIcon(icon("help-now"))
        self.urge_action.setIcon(icon("urge"))
        self.help_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.help_toolbar.setIconSize(QSize(20, 20))
        for view in self._views.values():
            if hasattr(view, "apply_icons"):
                view.apply_icons()

    def _apply_autostart(self, wanted: bool) -> None:
        """Write or remove the login entry when the setting and the autostart folder disagree."""
        from recoverybox import autostart

        if autostart.is_enabled() == wanted:
            return
        try:
            autostart.apply(wanted, self.app_paths.data_dir if self.app_paths.custom else None)
        except OSError as exc:
            import logging

            logging.getLogger(__name__).warning("could not change the login entry: %s", exc.strerror or exc)
            self.statusBar().showMessage(self.tr("Could not change whether RecoveryBox starts at login."), 8000)

    def close_data(self) -> None:
        """Let go of the database: stop reminders, drop the views, close the engine."""
        # Whatever data opens next (a restored backup), reminders shown until now are not shown again.
        self._seen_until = self.services.clock.now()
        self.shutdown()
        self.scheduler = None
        for key in list(self._views):
            view = self._views.pop(key)
            index = self.stack.indexOf(view)
            self.stack.insertWidget(index, self._placeholder())
            self.stack.removeWidget(view)
            view.deleteLater()
        self.services.close()
        self.services = None

    def _install_shortcuts(self) -> None:

        # Set after the first paint: the first setShortcut() initialises Qt's enum namespace (~25 ms).
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        from PySide6.QtCore import Qt  # not at import time: see the note above

        self.panic_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.panic_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

        for index, (key, *_rest) in enumerate(VIEWS):
            self.view_actions[key].setShortcut(QKeySequence(f"Ctrl+{index + 1}"))

    def _on_shortcuts(self) -> None:
        from recoverybox.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def open_first_run(self) -> None:
        """The setup wizard, over the (already usable) main window; resumable and skippable."""
        from recoverybox.ui.dialogs.first_run import FirstRunWizard

        self.first_run = FirstRunWizard(self.services, self)
        self.first_run.finished_setup.connect(self._on_first_run_finished)
        self.first_run.open()

    def _on_first_run_finished(self) -> None:
        self.data_changed(CHANGES)
        self.show_view("today")

    def _on_about(self) -> None:
        QMessageBox.about(self, self.tr("About RecoveryBox"), self.about_text())

    def about_text(self) -> str:
        return self.tr(
            "<h3>RecoveryBox {version}</h3>"
            "<p>A planner for your recovery: meetings, goals, journal and reminders.</p>"
            "<p>Everything stays on this computer. No account, no network, no tracking.</p>"
            "<p>Your data folder: {folder}</p>"
        ).format(version=__version__, folder=self.app_paths.data_dir)

    # ---- geometry and shutdown ------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self._settings.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            # A comfortable first size, never larger than the screen it opens on.
            screen = self.screen().availableGeometry()
            self.resize(min(1100, screen.width()), min(720, screen.height()))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self.flush_views() and not self._may_close_unsaved():
            event.ignore()
            self._quitting = False
            return
        self._settings.setValue("geometry", self.saveGeometry())
        self._settings.sync()
        if not self._quitting and self.tray is not None and self.scheduler is not None:
            # Reminders keep running in the tray; say so once.
            event.ignore()
            self.hide()
            if not self.services.settings.get("tray_explained"):
                self.services.settings.set("tray_explained", True)
                self.tray.showMessage(
                    self.tr("RecoveryBox is still running"),
                    self.tr("Your reminders keep working here. Choose Quit in this menu to stop them."),
                )
            return
        if not self._quitting and self.scheduler is not None and self._keep_running_without_tray():
            event.ignore()
            self.hide()
            return
        super().closeEvent(event)
        if not self._quitting:
            self.quit_app()

    def _keep_running_without_tray(self) -> bool:
        """With no tray to live in, ask once whether closing the window should keep reminders running."""
        choice = self.services.settings.get("keep_running_on_close")
        if choice == "ask":
            box = QMessageBox(self)
            box.setObjectName("keepRunningQuestion")
            box.setWindowTitle(self.tr("Keep your reminders running?"))
            box.setText(self.tr("Keep your reminders running after you close this window?"))
            box.setInformativeText(
                self.tr(
                    "RecoveryBox can stay running without a window, so reminders for your meetings and "
                    "sessions still arrive. Open it again from your applications menu; File › Quit stops it. "
                    "You can change this in Settings › In the background."
                )
            )
            keep = box.addButton(self.tr("&Keep reminders running"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("&Quit RecoveryBox"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(keep)
            box.exec()
            choice = "yes" if box.clickedButton() is keep else "no"
            self.services.settings.set("keep_running_on_close", choice)
        return choice == "yes"

    def flush_views(self) -> bool:
        """Nothing typed is lost: every view writes what it has not saved yet. False if one could not."""
        results = [view.flush() for view in self._views.values()]
        return all(result is not False for result in results)

    def _may_close_unsaved(self) -> bool:
        """Something typed could not be saved (a full disk, a replaced file): stay, unless the person says."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Not everything is saved"))
        box.setText(self.tr("Some of what you wrote could not be saved yet."))
        box.setInformativeText(
            self.tr("The journal says why. If you close now, those words are lost. Copy them somewhere first?")
        )
        stay = box.addButton(self.tr("&Stay and copy them"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("&Close anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(stay)
        box.exec()
        return box.clickedButton() is not stay

    # ---- help now -------------------------------------------------------------------------------
    def open_panic(self) -> None:
        if self.services is None:
            return
        self.prebuild_panic()
        self.panic.refresh()
        self.panic.showMaximized()
        self.panic.raise_()
        self.panic.activateWindow()

    def prebuild_panic(self) -> None:
        """Build the help-now window ahead of need (hidden), so the shortcut shows it within a frame."""
        from recoverybox.ui.panic_window import PanicWindow

        if self.services is None or getattr(self, "panic", None) is not None:
            return
        self.panic = PanicWindow(self.services)
        self.panic.urge_requested.connect(self.log_urge)
        self.panic.plan_requested.connect(self._on_show_plan)

    def log_urge(self) -> None:
        from recoverybox.ui.dialogs.urge_dialog import UrgeDialog

        parent = self.panic if getattr(self, "panic", None) is not None and self.panic.isVisible() else self
        if UrgeDialog(self.services, parent).exec():
            self.data_changed({"journal", "recovery"})
            self.statusBar().showMessage(self.tr("Urge noted. Well done for noticing it."), 6000)

    def _on_show_plan(self) -> None:
        self._on_tray_show()
        self.show_view("support")
        self.view("support").tabs.setCurrentIndex(1)

    def quit_app(self) -> None:
        """Really quit: reminders stop, the window closes and the event loop ends (unless the person chose to
        stay because something typed could not be saved)."""
        self._quitting = True
        if not self.close() and self.isVisible():
            self._quitting = False
            return
        self.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def shutdown(self) -> None:
        """Stop what this window started (the scheduler, the tray, the pop-up); safe to call twice."""
        if self.scheduler is not None:
            self.scheduler.shutdown()
        if self.tray is not None:
            self.tray.hide()
        if self.popup is not None:
            self.popup.close()
        if getattr(self, "desktop_notifications", None) is not None:
            self.desktop_notifications.close()
            self.desktop_notifications = None
        if getattr(self, "panic", None) is not None:
            self.panic.close()
        if self.data.backup_job is not None:
            from PySide6.QtCore import QThreadPool

            QThreadPool.globalInstance().waitForDone(10_000)  # a backup in progress finishes before we exit
