"""Help › Keyboard shortcuts: every shortcut in one place."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from recoverybox.ui.spacing import room_for_window

SHORTCUTS = (
    ("Anywhere", "Ctrl+1 … Ctrl+7", "Today, Week, Goals, Progress, Journal, Support, Find meetings"),
    ("Anywhere", "Ctrl+Shift+P", "I need help now (breathing, reasons, people to call)"),
    ("Anywhere", "Ctrl+,", "Settings"),
    ("Anywhere", "Ctrl+L", "Lock (when your data is protected with a passphrase)"),
    ("Anywhere", "Ctrl+Shift+S", "Sync the calendar now (when calendar sync is set up)"),
    ("Anywhere", "Ctrl+Q", "Quit"),
    ("Week", "Alt+Left / Alt+Right", "Previous / next day, week, month or two weeks"),
    ("Week", "T", "Back to today"),
    ("Week", "D / W / M / A", "Day, week, month or agenda (the coming two weeks)"),
    ("Week", "Ctrl+F", "Search events by title, place or notes"),
    ("Week", "Ctrl+N", "New event"),
    ("Week", "Enter / Delete", "Edit / delete the selected event"),
    ("Week", "Ctrl+Z", "Undo the last move or change"),
    ("Goals", "Space", "Check in the selected goal for today (again to undo)"),
    ("Goals", "Ctrl+N / Enter", "New goal / edit the selected goal"),
    ("Journal", "Ctrl+N", "New entry (entries save as you type)"),
    ("Find meetings", "Ctrl+F", "Search the meeting list by name, place or notes"),
    ("Find meetings", "Enter", "Add the selected meeting to your week"),
    ("Find meetings", "F5", "Check the list for updates (fetches it again from a web address)"),
    ("Reminder pop-up", "Alt+O / Alt+S / Alt+D", "Open / Snooze / Dismiss"),
    ("Any window", "Alt + underlined letter", "Go to that button or field"),
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
