"""Help › Keyboard shortcuts: every shortcut in one place."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.ui.spacing import room_for_window

SHORTCUTS = (
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Anywhere"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+1 … Ctrl+7"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Today, Week, Goals, Progress, Journal, Support, Find meetings"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Anywhere"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Shift+P"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "I need help now (breathing, reasons, people to call)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Anywhere"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+,"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Settings"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Anywhere"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+L"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Lock (when your data is protected with a passphrase)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Anywhere"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Shift+S"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Sync the calendar now (when calendar sync is set up)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Anywhere"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Q"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Quit"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Week"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt+Left / Alt+Right"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous / next day, week, month or two weeks"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Week"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "T"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Back to today"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Week"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "D / W / M / A"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Day, week, month or agenda (the coming two weeks)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Week"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+F"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Search events by title, place or notes"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Week"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+N"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "New event"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Week"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter / Delete"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit / delete the selected event"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Week"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Z"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Undo the last move or change"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Goals"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Space"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Check in the selected goal for today (again to undo)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Goals"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+N / Enter"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "New goal / edit the selected goal"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Journal"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+N"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "New entry (entries save as you type)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Find meetings"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+F"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Search the meeting list by name, place or notes"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Find meetings"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Add the selected meeting to your week"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Find meetings"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "F5"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Check the list for updates (fetches it again from a web address)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Reminder pop-up"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt+O / Alt+S / Alt+D"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Open / Snooze / Dismiss"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Any window"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt + underlined letter"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to that button or field"),
    ),
)


class ShortcutsDialog(QDialog):
    """A read-only table of shortcuts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(SHORTCUTS), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("What it does")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)  # one line a shortcut: the dialog is made wide enough for the longest
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, values in enumerate(SHORTCUTS):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(self.tr(value)))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self._fit(layout, buttons)

    def _fit(self, layout: QVBoxLayout, buttons: QWidget) -> None:
        """As large as the table's content (every row, every column whole), never larger than the screen less
        a title bar: then the table scrolls."""
        frame = 2 * self.table.frameWidth()
        bar = self.table.verticalScrollBar().sizeHint().width()
        width = self.table.horizontalHeader().length() + frame + bar
        height = self.table.horizontalHeader().height() + self.table.verticalHeader().length() + frame
        margins = layout.contentsMargins()
        room = room_for_window(self)
        self.resize(
            min(width + margins.left() + margins.right(), room.width()),
            min(
                height + layout.spacing() + buttons.sizeHint().height() + margins.top() + margins.bottom(),
                room.height(),
            ),
        )
