"""The window's menus, its help-now toolbar and their keyboard shortcuts. The actions that need the data
are off until it is open (``enable_data_actions``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from recoverybox.i18n.qt import translate

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.ui.app_lock import AppLock
    from recoverybox.ui.data_actions import DataActions
    from recoverybox.ui.session.data_session import DataSession
    from recoverybox.ui.session.front import Front


class Menus:
    """File, View, Tools and Help, and the help-now toolbar, built on ``window``."""

    def __init__(
        self,
        window: Front,
        views: tuple[tuple[str, str, str, str], ...],
        session: DataSession,
        lock: AppLock,
        data: DataActions,
    ) -> None:
        self.views = views
        self.window = window
        self.session = session
        session.sync_runner.state_changed.connect(self._on_sync_state)
        file_menu = window.menuBar().addMenu(translate("Menus", "&File"))
        self.import_ics_action = file_menu.addAction(
            translate("Menus", "&Import calendar (.ics)…"), data.ask_import_ics
        )
        self.export_ics_action = file_menu.addAction(
            translate("Menus", "E&xport calendar (.ics)…"), data.ask_export_ics
        )
        self.export_pdf_action = file_menu.addAction(translate("Menus", "Export week as &PDF…"), data.ask_export_pdf)
        self.export_all_action = file_menu.addAction(translate("Menus", "Export &all my data…"), data.ask_export_all)
        self.import_json_action = file_menu.addAction(
            translate("Menus", "&Load an export into empty data…"), data.ask_import_json
        )
        file_menu.addSeparator()
        self.backup_action = file_menu.addAction(translate("Menus", "&Back up now"), data.backup_now)
        self.restore_action = file_menu.addAction(translate("Menus", "&Restore a backup…"), data.ask_restore)
        self.sync_action = file_menu.addAction(translate("Menus", "S&ync calendar now"), window.sync_now)
        self.sync_action.setToolTip(
            translate("Menus", "Send and fetch calendar changes with your server (Ctrl+Shift+S)")
        )
        self.sync_action.setEnabled(False)  # while calendar sync is set up (Settings › Sync)
        file_menu.addSeparator()
        self.lock_action = file_menu.addAction(translate("Menus", "&Lock"), lock.lock)
        self.lock_action.setToolTip(translate("Menus", "Hide your data until the passphrase is typed (Ctrl+L)"))
        quit_action = QAction(translate("Menus", "&Quit"), window)
        quit_action.triggered.connect(window.quit_app)
        self.quit_action = quit_action
        file_menu.addAction(quit_action)

        view_menu = window.menuBar().addMenu(translate("Menus", "&View"))
        self.view_actions: dict[str, QAction] = {}
        for key, label, _module, _cls in views:
            action = QAction(translate("ViewPages", label), window)
            action.triggered.connect(lambda _checked=False, k=key: window.show_view(k))
            view_menu.addAction(action)
            self.view_actions[key] = action

        self.panic_action = QAction(translate("Menus", "I need help &now"), window)
        self.panic_action.setToolTip(
            translate("Menus", "Breathing, reasons, coping tools and people to call (Ctrl+Shift+P)")
        )
        self.panic_action.triggered.connect(window.open_panic)
        toolbar = self.help_toolbar = window.addToolBar(translate("Menus", "Help now"))
        toolbar.setObjectName("helpToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.panic_action)
        self.urge_action = QAction(translate("Menus", "I have an &urge…"), window)
        self.urge_action.triggered.connect(window.log_urge)
        toolbar.addAction(self.urge_action)

        tools_menu = window.menuBar().addMenu(translate("Menus", "T&ools"))
        tools_menu.addAction(self.panic_action)
        tools_menu.addAction(self.urge_action)
        self.settings_action = tools_menu.addAction(translate("Menus", "&Settings…"), window.open_settings)

        help_menu = window.menuBar().addMenu(translate("Menus", "&Help"))
        help_menu.addAction(translate("Menus", "&Keyboard shortcuts"), self.show_shortcuts)
        self.setup_action = help_menu.addAction(translate("Menus", "&Set up RecoveryBox…"), window.open_first_run)
        about = QAction(translate("Menus", "&About RecoveryBox"), window)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.enable_data_actions(False)  # until the data is open

    def detach(self) -> None:
        """The window is going (the background mode drops it): the session's signals no longer reach it."""
        self.session.sync_runner.state_changed.disconnect(self._on_sync_state)

    def show_shortcuts(self) -> None:
        from recoverybox.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.window).exec()

    def show_about(self) -> None:
        from recoverybox.ui.dialogs.about import about

        about(self.window, self.window.app_paths.data_dir)

    def _on_sync_state(self, on: bool) -> None:
        """The menu's Sync now, and the status bar's word on where data goes, follow whether sync is on."""
        self.sync_action.setEnabled(on and self.session.services is not None)
        self.window.statusBar().showMessage(
            translate("Menus", "Calendar events sync with your server; everything else stays on this computer.")
            if on
            else translate("Menus", "Everything stays on this computer.")
        )

    def data_actions(self) -> tuple[QAction, ...]:
        """The actions that need the data open."""
        return (
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
        )

    def enable_data_actions(self, enabled: bool) -> None:
        for action in self.data_actions():
            action.setEnabled(enabled)
        self.lock_action.setEnabled(enabled and self.session.key is not None)
        self.sync_action.setEnabled(enabled and self.session.sync_runner.on)

    def set_locked(self, locked: bool) -> None:
        """While locked only Quit, Help and "I need help now" (which then shows nothing private) stay."""
        self.enable_data_actions(not locked and self.window.services is not None)
        for action in self.view_actions.values():
            action.setEnabled(not locked)
        self.panic_action.setEnabled(True)

    def first_look(self) -> None:
        """Today's first look (the data layer still loading): the help-now bar in the person's theme, working
        (its window opens the data layer at once, ``HelpNowKeeper.open``)."""
        self.apply_icons()
        self.panic_action.setEnabled(True)
        self.urge_action.setEnabled(True)

    def apply_icons(self) -> None:
        """The help-now bar's icons, tinted for the theme just applied."""
        from PySide6.QtCore import QSize, Qt

        from recoverybox.ui.icons import icon

        self.panic_action.setIcon(icon("help-now"))
        self.urge_action.setIcon(icon("urge"))
        self.help_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.help_toolbar.setIconSize(QSize(20, 20))

    def install_shortcuts(self) -> None:
        # Set after the first paint: the first setShortcut() initialises Qt's enum namespace (~25 ms).
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        from PySide6.QtCore import Qt  # not at import time: see the note above

        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.panic_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.panic_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        # Qt holds even an application shortcut back while a modal dialog is open: help comes from there too.
        from PySide6.QtWidgets import QApplication

        from recoverybox.ui.panic_window import HelpKey

        self.help_key = HelpKey(self.window.open_panic, self.window)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.help_key)

        for index, (key, *_rest) in enumerate(self.views):
            self.view_actions[key].setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
