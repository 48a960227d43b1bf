"""The main window: navigation between the views, menus, shortcuts and remembered geometry.

It is shown before the database is open (``load()`` runs on the next event-loop turn), so nothing here
imports the ORM at module level.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
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

if TYPE_CHECKING:
    from recoverybox.core.services import Services

log = logging.getLogger(__name__)

# (key, label, module, class); views are imported and built the first time they are shown.
VIEWS = (
    ("today", "Today", "recoverybox.ui.today_view", "TodayView"),
    ("week", "Week", "recoverybox.ui.week_view", "WeekView"),
    ("goals", "Goals", "recoverybox.ui.goals_view", "GoalsView"),
    ("progress", "Progress", "recoverybox.ui.progress_view", "ProgressView"),
    ("journal", "Journal", "recoverybox.ui.journal_view", "JournalView"),
    ("support", "Support", "recoverybox.ui.support_view", "SupportView"),
)


class MainWindow(QMainWindow):
    """Navigation on the left, the current view on the right."""

    services_ready = Signal()
    view_changed = Signal(str)

    def __init__(self, app_paths: AppPaths, services: Services | None = None) -> None:
        super().__init__()
        self.app_paths = app_paths
        self.services: Services | None = None
        self._views: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("RecoveryBox"))
        self.setMinimumSize(800, 560)
        self._settings = QSettings(str(app_paths.data_dir / "window.ini"), QSettings.Format.IniFormat)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Views"))
        self.nav.setFixedWidth(160)
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 12pt; } QListWidget#navigation::item { padding: 8px 12px; }"
        )
        self.stack = QStackedWidget()
        for index, (key, label, _module, _cls) in enumerate(VIEWS):
            item = QListWidgetItem(self.tr(label))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(self.tr("{label} (Ctrl+{n})").format(label=self.tr(label), n=index + 1))
            self.nav.addItem(item)
            placeholder = QLabel(self.tr("Opening your data…"))
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(placeholder)
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Everything stays on this computer."))
        self._restore_geometry()
        if services is not None:
            self.set_services(services)

    # ---- start-up -------------------------------------------------------------------------------
    def load(self, demo: bool = False) -> None:
        """Open the database (and fill it with demo data when asked), then show the views."""
        from recoverybox.core.db import DatabaseError, open_database
        from recoverybox.core.services import Services

        try:
            services = Services(open_database(self.app_paths.db_file))
        except DatabaseError as exc:
            QMessageBox.critical(self, self.tr("RecoveryBox can't open your data"), exc.reason)
            QApplication.instance().exit(2)
            return
        if demo and services.is_empty():
            from recoverybox.core.demo import generate

            generate(services, years=5)
        self.set_services(services)

    def set_services(self, services: Services) -> None:
        self.services = services
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_about_to_quit)
        self.nav.setCurrentRow(max(self.nav.currentRow(), 0))
        self._ensure_view(self.nav.currentRow())
        self.services_ready.emit()

    # ---- navigation -----------------------------------------------------------------------------
    def show_view(self, key: str) -> None:
        index = next(i for i, view in enumerate(VIEWS) if view[0] == key)
        self.nav.setCurrentRow(index)

    def current_view_key(self) -> str:
        return VIEWS[self.nav.currentRow()][0]

    def view(self, key: str) -> QWidget | None:
        return self._views.get(key)

    def _on_nav_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self._ensure_view(row)
        self.stack.setCurrentIndex(row)
        self.setWindowTitle(self.tr("{view} — RecoveryBox").format(view=self.tr(VIEWS[row][1])))
        self.view_changed.emit(VIEWS[row][0])

    def _ensure_view(self, row: int) -> None:
        if self.services is None or row < 0:
            return
        key, _label, module_name, class_name = VIEWS[row]
        view = self._views.get(key)
        if view is None:
            import importlib

            cls = getattr(importlib.import_module(module_name), class_name)
            view = cls(self.services, self)
            self._views[key] = view
            old = self.stack.widget(row)
            self.stack.insertWidget(row, view)
            self.stack.removeWidget(old)
            old.deleteLater()
            view.data_changed.connect(self._on_data_changed)
        self.stack.setCurrentIndex(row)

    def _on_data_changed(self) -> None:
        """A view wrote something: the others re-read when next shown."""
        current = self.stack.currentWidget()
        for view in self._views.values():
            if view is not current:
                view.mark_stale()

    # ---- menus ----------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_actions: dict[str, QAction] = {}
        for index, (key, label, _module, _cls) in enumerate(VIEWS):
            action = QAction(self.tr(label), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_view(k))
            view_menu.addAction(action)
            self.view_actions[key] = action

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About RecoveryBox"), self)
        about.triggered.connect(self._on_about)
        help_menu.addAction(about)

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
            self.resize(1100, 720)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._settings.setValue("geometry", self.saveGeometry())
        self._settings.sync()
        super().closeEvent(event)

    def _on_about_to_quit(self) -> None:
        if self.services is not None:
            self.services.close()
