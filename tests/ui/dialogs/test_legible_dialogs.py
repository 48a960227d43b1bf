"""Dialogs sized to their content and laid out on one grid (issue 31)."""

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from recoverybox.ui.dialogs.settings_dialog import SettingsDialog
from recoverybox.ui.dialogs.shortcuts_dialog import SHORTCUTS, ShortcutsDialog


def test_the_shortcuts_dialog_shows_every_row_whole(qtbot):
    """Found: the first row wrapped onto two lines and was cut. Now each shortcut is one whole line and the
    dialog is as wide as the table."""
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    line = table.fontMetrics().height()
    for row in range(len(SHORTCUTS)):
        for column in range(3):
            text = table.item(row, column).text()
            assert table.fontMetrics().horizontalAdvance(text) <= table.columnWidth(column), text
        assert table.rowHeight(row) >= line
    assert table.horizontalHeader().length() <= table.viewport().width()  # no sideways scrolling
    assert table.horizontalScrollBar().maximum() == 0


def test_settings_fields_start_at_the_same_place_on_every_page(qtbot, services, tmp_path):
    """Found: each Settings page had its own label column, and a time field sat in the middle of its row. Now
    every page's fields begin on one line, the short ones too."""
    dialog = SettingsDialog(services, str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    starts = set()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        page = dialog.tabs.widget(index)
        qtbot.waitUntil(page.isVisible)
        for form in page.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                if label is None or field is None or not isinstance(label.widget(), QLabel):
                    continue
                if not label.widget().text() or not label.widget().isVisible():
                    continue
                target = field.widget() or field.layout().itemAt(0).widget()
                inside = not isinstance(target, (QLineEdit, QAbstractSpinBox, QComboBox))  # a composite field
                edit = target.findChild(QLineEdit) if inside else target
                shown = edit if isinstance(edit, QWidget) and edit.isVisible() else target
                starts.add((shown.mapTo(dialog, shown.rect().topLeft()).x(), label.widget().text()))
    assert len({x for x, _ in starts}) == 1, sorted(starts)
