"""The main window: navigation between the views, menus, shortcuts and remembered geometry.

It is shown before the database is open (``load()`` runs on the next event-loop turn), so nothing here
imports the ORM at module level.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
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
from recoverybox.core.base.changes import REMINDER_SOURCES, Area, Changes
from recoverybox.paths import AppPaths
from recoverybox.ui.fonts import LARGE, emphasise
from recoverybox.ui.ops.perform import announce, changes_hub, perform
from recoverybox.ui.widgets import plain

if TYPE_CHECKING:
    from recoverybox.core.app.services import Services

# (key, label, module, class); views are imported and built the first time they are shown.
VIEWS = (
    ("today", "Today", "recoverybox.ui.views.today_view", "TodayView"),
    ("week", "Week", "recoverybox.ui.views.week_view", "WeekView"),
    ("goals", "Goals", "recoverybox.ui.views.goals_view", "GoalsView"),
    ("progress", "Progress", "recoverybox.ui.views.progress_view", "ProgressView"),
    ("journal", "Journal", "recoverybox.ui.views.journal_view", "JournalView"),
    ("support", "Support", "recoverybox.ui.views.support_view", "SupportView"),
    ("meetings", "Find meetings", "recoverybox.ui.views.meetings_view", "MeetingsView"),
)


LEAST_SIZE = (900, 520)


class MainWindow(QMainWindow):
    """Navigation on the left, the current view on the right."""

    services_ready = Signal()
    view_changed = Signal(str)
    first_painted = Signal()
    data_painted = Signal()  # the view shown after the data opened has been painted with it
    smoke_failed = Signal(str)  # --smoke-test: a problem a person would have been asked about
    settings_changed = Signal(object)  # the keys of the settings a write changed (a frozenset; None: all)

    def __init__(self, app_paths: AppPaths, services: Services | None = None, reminders: bool = True) -> None:
        super().__init__()
        self.app_paths = app_paths
        self.services: Services | None = None
        # The clock outlives any one open database: a restore reopens the data on the same clock.
        self.clock = services.clock if services is not None else None
        self.reminders_enabled = reminders
        self.smoke_test = False
        self._quitting = False
        self._loaded_once = False  # data shown before: a later load() follows a restore, not the app's start
        self._views: dict[str, QWidget] = {}
        self._sync_attached = None  # the services calendar sync follows
        self.setWindowTitle(self.tr("RecoveryBox"))
        # The least size fits a 1024×600 screen with a title bar (30 px) and a desktop panel (32 px) on it.
        self.setMinimumSize(*LEAST_SIZE)
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
        # The data's page, and (protected data, locked) the lock page in its place.
        self.pages = QStackedWidget()
        self.pages.addWidget(central)
        self.setCentralWidget(self.pages)
        from recoverybox.ui.app_lock import AppLock
        from recoverybox.ui.data_actions import DataActions
        from recoverybox.ui.day_rollover import DayRollover
        from recoverybox.ui.menus import Menus
        from recoverybox.ui.reminder_wiring import ReminderWiring

        self.app_lock = AppLock(self)
        self.data = DataActions(self)
        self.menus = Menus(self, VIEWS)
        self.reminder_wiring = ReminderWiring(self)
        self.day_rollover = DayRollover(self)
        self.day_rollover.new_day.connect(self._on_new_day)
        from recoverybox.ui.sync.runner import SyncRunner

        self.sync_runner = SyncRunner(self)
        changes_hub().changed.connect(self._on_changes)
        self.statusBar().addPermanentWidget(self.sync_runner.label)
        self.settings_changed.connect(self.apply_settings)
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
        from recoverybox.core.app.services import Services
        from recoverybox.core.base.clock import SystemClock
        from recoverybox.core.storage.backup import BackupService, move_aside
        from recoverybox.core.storage.db import DatabaseError
        from recoverybox.ui.dialogs.startup_problem import ask_what_to_do

        if self.clock is None:
            self.clock = SystemClock()
        lock = self.app_lock
        if lock.may_be_protected():
            lock.protection.tidy()  # this window holds the data folder's lock: no conversion runs beside it
        if lock.key is None and lock.key_file_missing():
            self._refuse(lock.protection.missing_key_words())
            return
        if lock.key is None and lock.may_be_protected() and lock.protection.data_missing():
            self._refuse(lock.protection.missing_data_words())
            return
        if lock.needs_unlock():
            lock.show_screen()  # the unlock comes back here with the key
            return
        backups = BackupService(self.app_paths.db_file, self.app_paths.backup_dir, lock.key)
        services = None
        while services is None:
            now = self.clock.now().astimezone()  # local wall time, for file names
            try:
                services = Services.open(
                    self.app_paths.db_file, self.app_paths.backup_dir, now.date(), self.clock, lock.key
                )
            except DatabaseError as exc:
                if self.smoke_test:
                    self.smoke_failed.emit(exc.reason)
                    return
                if not exc.damaged:  # in use, read-only or disk full: moving files would not help
                    plain.critical(self, self.tr("RecoveryBox can't open your data"), exc.reason)
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

        if lock.key is not None:
            lock.protection.finish(lock.key)  # a plain copy left by an interrupted conversion is encrypted
        if demo and services.is_empty():
            from recoverybox.core.app.demo import generate

            generate(services, years=5)
            perform(self, lambda: services.settings.set("first_run_done", True))
        self.set_services(services, first_start=not self._loaded_once)
        settings = services.settings.all()
        # Started in the background (at login), there is no window for the wizard to sit on.
        if (
            self.isVisible()
            and not settings["first_run_done"]
            and (services.is_empty() or settings["first_run_page"] > 0)
        ):
            self.open_first_run()

    def _refuse(self, reason: str) -> None:
        """Protected data without its key file, or the key file without its data: say so, and offer nothing
        that moves or replaces the data (no fresh start)."""
        if self.smoke_test:
            self.smoke_failed.emit(reason)
            return
        from recoverybox.ui.dialogs.startup_problem import refuse_to_open

        refuse_to_open(self, reason)
        QApplication.instance().exit(2)

    def _placeholder(self) -> QLabel:
        """What a view's page shows until the data is open."""
        # No Qt.AlignmentFlag here: first touching the Qt namespace costs ~25 ms, kept until after paint.
        label = QLabel(self.tr("Opening your data…"))
        label.setMargin(24)
        return label

    def set_services(self, services: Services, first_start: bool = False) -> None:
        """Show ``services``' data in every view and start its reminders (on the first start of a visible
        window, once that data is on screen)."""
        self.drop_panic()  # built on the data this replaces
        self.services = services
        self._loaded_once = True
        self.clock = services.clock
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.menus.enable_data_actions(True)
        self.apply_settings()
        self.nav.setCurrentRow(max(self.nav.currentRow(), 0))
        self._on_nav_row_changed(self.nav.currentRow())
        if self.reminders_enabled:
            if self.isVisible() and first_start:
                # Reminders start once the data is on screen: what they load is not worth the wait.
                # A window that is never painted (minimised, on a locked screen) still gets them after 2 s.
                self.data_painted.connect(self.reminder_wiring.start_once, Qt.ConnectionType.SingleShotConnection)
                QTimer.singleShot(2000, self.reminder_wiring.start_once)
            else:
                self.reminder_wiring.start_once()
        self.day_rollover.watch(services.today)
        self._sync_attached = None
        if self.isVisible() and first_start:  # like reminders: after the data is on screen (or 2 s)
            self.data_painted.connect(self.attach_sync, Qt.ConnectionType.SingleShotConnection)
            QTimer.singleShot(2000, self, self.attach_sync)
        else:
            self.attach_sync()
        if not hasattr(self, "_panic_timer"):
            self._panic_timer = QTimer(self)
            self._panic_timer.setSingleShot(True)
            self._panic_timer.setInterval(1000)
            self._panic_timer.timeout.connect(self.prebuild_panic)
        self._panic_timer.start()
        services.before_close(self._panic_timer.stop)  # never built on data that has closed
        self._data_paint_watched = self.stack.currentWidget()
        self._data_paint_watched.installEventFilter(self)
        self.app_lock.restart_idle()
        self.services_ready.emit()

    def attach_sync(self) -> None:
        """Calendar sync follows the data (set up in Settings › Sync); the status bar says where data goes."""
        if self.services is None or self._sync_attached is self.services:
            return
        self._sync_attached = self.services
        self.sync_runner.attach(self.services)

    def refresh_sync_state(self) -> None:
        """The menu's Sync now, and the status bar's word on where data goes, follow whether sync is on."""
        on = self.sync_runner.on
        self.menus.sync_action.setEnabled(on and self.services is not None)
        self.statusBar().showMessage(
            self.tr("Calendar events sync with your server; everything else stays on this computer.")
            if on
            else self.tr("Everything stays on this computer.")
        )

    def sync_now(self) -> None:
        if not self.sync_runner.sync_now():
            self.statusBar().showMessage(self.tr("Calendar sync is not set up (Settings › Sync)."), 6000)

    def check_new_day(self) -> None:
        """Past midnight (or after the machine slept), every view shows the new day."""
        self.day_rollover.check()

    def _on_new_day(self) -> None:
        for view in self._views.values():
            view.mark_stale()
        if self.reminders_enabled:
            self.data.start_daily_backup()  # an app left open for days still gets its daily backup
            self.reminder_wiring.sync()

    # The reminder parts, as the rest of the app and its tests reach them.
    @property
    def scheduler(self):
        return self.reminder_wiring.scheduler

    @property
    def tray(self):
        return self.reminder_wiring.tray

    @tray.setter
    def tray(self, tray) -> None:
        self.reminder_wiring.tray = tray

    @property
    def popup(self):
        return self.reminder_wiring.popup

    @property
    def desktop_notifications(self):
        return self.reminder_wiring.desktop_notifications

    def bring_to_front(self) -> None:
        """Another start of the app asked us to show ourselves."""
        self._on_tray_show()

    def _on_tray_show(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

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

    def refresh_title(self) -> None:
        """The current view's name in the title again (after the lock page)."""
        self._set_title(self.tr(VIEWS[max(self.nav.currentRow(), 0)][1]))

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
                view.title_changed.connect(self._set_title)
                view.broken.connect(lambda k=key: QTimer.singleShot(0, lambda: self._on_view_broken(k)))
                if key == "week":
                    view.find_meetings_requested.connect(lambda: self.show_view("meetings"))
                if key == "meetings":
                    view.show_week_requested.connect(lambda: self.show_view("week"))
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

    def _on_changes(self, changes: Changes, _writer: object) -> None:
        """A write was made (the views decide themselves whether to redraw): reminders are recomputed only if
        it changed what they are made from (not on every journal autosave), and a change to the calendar made
        here (not one a sync brought) is sent to the server."""
        if self.services is None or self.services.closed:
            return  # another window's data (tests open several), or data closing
        if changes.touches(Area.SETTINGS):  # what they touch is applied (all of it after a whole-data change)
            self.settings_changed.emit(changes.keys or None)
        if changes.touches(REMINDER_SOURCES - {Area.SETTINGS}):
            self.reminder_wiring.sync()
        if changes.touches(Area.EVENTS) and not changes.touches(Area.SYNC):
            self.sync_runner.local_change()

    def _on_first_paint_done(self) -> None:
        self.first_painted.emit()
        self.menus.install_shortcuts()

    # ---- settings -------------------------------------------------------------------------------
    def open_settings(self) -> None:
        from recoverybox.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.services, str(self.app_paths.data_dir), self, privacy=self.app_lock, sync=self.sync_runner
        )
        dialog.setObjectName("settingsDialog")
        dialog.exec()  # what it saved is announced, and applied by ``apply_settings``

    def apply_settings(self, keys: frozenset[str] | None = None) -> None:
        """Apply stored settings live, only what a change of ``keys`` touches (``options.affected``; all of them
        when None, as the data opens): clock, zone, theme, reminders, the login entry, the lock. Views redraw
        themselves (``ViewBase.on_changes``)."""
        from recoverybox.core.settings import options
        from recoverybox.ui import theme
        from recoverybox.ui.format import set_clock_format

        values = self.services.settings.all()
        touched = options.affected(keys if keys is not None else options.OPTIONS)
        if options.CLOCK in touched:
            set_clock_format(values["clock_format"])
        if options.ZONE in touched:
            self.services.zone_changed()
        if options.THEME in touched and QApplication.instance() is not None:
            theme.apply(values["theme"])
            self._apply_icons()
        if keys is None:
            for view in self._views.values():
                view.mark_stale()
        if options.REMINDERS in touched and self.scheduler is not None:
            self.scheduler.sync()
        if options.AUTOSTART in touched:
            self._apply_autostart(values["start_at_login"])
        if keys is None or options.LOCK in touched or set(keys) & set(options.LOCK_PAGE_KEYS):
            self.app_lock.settings_changed(values)
        if getattr(self, "panic", None) is not None and self.panic.isVisible():
            self.panic.refresh()  # a new crisis line shows at once in an open help window

    def _apply_icons(self) -> None:
        """Icons on the navigation and the help-now bar, tinted for the theme just applied (after the first
        paint: drawing them is not worth delaying the window for)."""
        from PySide6.QtCore import Qt

        from recoverybox.ui.icons import icon

        for row, (key, *_rest) in enumerate(VIEWS):
            self.nav.item(row).setIcon(icon(key))
        self.nav.setIconSize(QSize(22, 22))
        self.menus.panic_action.setIcon(icon("help-now"))
        self.menus.urge_action.setIcon(icon("urge"))
        self.menus.help_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.menus.help_toolbar.setIconSize(QSize(20, 20))
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
        self.reminder_wiring.forget_data()
        self.day_rollover.stop()
        self.shutdown()
        self.drop_views()
        self.services.close()
        self.services = None

    def drop_views(self) -> None:
        """Destroy every view (and the help-now window built ahead, with its contacts): none of the data's
        widgets stays in the window, hidden or not, where an accessibility client could still read it. They
        are built again when next shown."""
        for key in list(self._views):
            view = self._views.pop(key)
            index = self.stack.indexOf(view)
            self.stack.insertWidget(index, self._placeholder())
            self.stack.removeWidget(view)
            view.setParent(None)
            view.deleteLater()
        self.drop_panic()

    def drop_panic(self) -> None:
        if getattr(self, "panic", None) is not None:
            self.panic.close()
            self.panic.setParent(None)
            self.panic.deleteLater()
            self.panic = None

    def show_current_view(self) -> None:
        """Build (again) and show the view chosen in the navigation (after the lock page)."""
        row = max(self.nav.currentRow(), 0)
        self._ensure_view(row)
        self.stack.setCurrentIndex(row)

    def show_shortcuts(self) -> None:
        from recoverybox.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def open_first_run(self) -> None:
        """The setup wizard, over the (already usable) main window; resumable and skippable."""
        from recoverybox.ui.dialogs.first_run import FirstRunWizard

        self.first_run = FirstRunWizard(self.services, self)
        self.first_run.finished_setup.connect(self._on_first_run_finished)
        self.first_run.open()

    def _on_first_run_finished(self) -> None:
        announce(Changes.everything())
        self.show_view("today")
        if self.first_run.wants_protection:
            QTimer.singleShot(0, self.app_lock.ask_turn_on)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About RecoveryBox"), self.about_text())

    def about_text(self) -> str:
        return self.tr(
            "<h3>RecoveryBox {version}</h3>"
            "<p>A planner for your recovery: meetings, goals, journal and reminders.</p>"
            "<p>Everything stays on this computer. No account, no tracking, and no network connection except "
            "fetching a meeting list from a web address you type, when you ask.</p>"
            "<p>Your data folder: {folder}</p>"
        ).format(version=__version__, folder=self.app_paths.data_dir)

    # ---- geometry and shutdown ------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self._settings.value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            # A comfortable first size that fits, with its title bar and borders, on the screen it opens on.
            from recoverybox.ui.spacing import room_for_window

            room = room_for_window(self)
            self.resize(max(LEAST_SIZE[0], min(1100, room.width())), max(LEAST_SIZE[1], min(720, room.height())))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        from recoverybox.ui.dialogs.closing_questions import may_close_unsaved

        if not self.flush_views() and not may_close_unsaved(self):
            event.ignore()
            self._quitting = False
            return
        self._settings.setValue("geometry", self.saveGeometry())
        self._settings.sync()
        if not self._quitting and self.tray is not None and self.scheduler is not None:
            # Reminders keep running in the tray; say so once.
            event.ignore()
            self.hide()
            if not self.services.settings.read().tray_explained:
                perform(self, lambda: self.services.settings.set("tray_explained", True))
                self.tray.showMessage(
                    self.tr("RecoveryBox is still running"),
                    self.tr("Your reminders keep working here. Choose Quit in this menu to stop them."),
                )
            return
        reminders_can_run = self.reminders_enabled and self.services is not None
        if not self._quitting and reminders_can_run and self._keep_running_without_tray():
            event.ignore()
            self.hide()
            # Closed before the data was painted (reminders start then): they start now, not never.
            self.reminder_wiring.start_once()
            return
        super().closeEvent(event)
        if not self._quitting:
            self.quit_app()

    def _keep_running_without_tray(self) -> bool:
        """With no tray to live in, ask once whether closing the window should keep reminders running."""
        from recoverybox.ui.dialogs.closing_questions import ask_keep_running

        choice = self.services.settings.read().keep_running_on_close
        if choice == "ask":
            choice = "yes" if ask_keep_running(self) else "no"
            perform(self, lambda: self.services.settings.set("keep_running_on_close", choice))
        return choice == "yes"

    def flush_views(self) -> bool:
        """Nothing typed is lost: every view writes what it has not saved yet. False if one could not."""
        results = [view.flush() for view in self._views.values()]
        return all(result is not False for result in results)

    # ---- help now -------------------------------------------------------------------------------
    def open_panic(self) -> None:
        if self.app_lock.locked or self.app_lock.needs_unlock():
            self.app_lock.open_help()  # nothing of the locked data: built-in content and the crisis line
            return
        if self.services is None:
            return
        from recoverybox.ui.widgets.help_now import show_over_dialogs

        self.prebuild_panic()
        self.panic.refresh()
        show_over_dialogs(self.panic)

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
        from recoverybox.ui.ops.operation import cancel_at_quit

        cancel_at_quit()  # a meeting-list fetch or a sync stuck on a slow server ends now, not at its deadline
        self.reminder_wiring.stop()
        self.sync_runner.stop()
        if getattr(self, "panic", None) is not None:
            self.panic.close()
        if self.app_lock.help_window is not None:
            self.app_lock.help_window.close()
        if self.data.backup_job is not None:
            from PySide6.QtCore import QThreadPool

            QThreadPool.globalInstance().waitForDone(10_000)  # a backup in progress finishes before we exit
