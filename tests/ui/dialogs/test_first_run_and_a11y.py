"""First-run setup by keyboard only, resuming it, Help › Keyboard shortcuts, and the accessible-name walk."""

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWizard,
)

from recoverybox import paths
from recoverybox.ui.main_window import VIEWS, MainWindow
from tests.ui.conftest import make_dialog

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QSlider,
    QPlainTextEdit,
    QTextEdit,
)


def keys(qtbot, widget, text):
    for char in text:
        qtbot.keyClick(widget, char)


def test_complete_first_run_by_keyboard_only(qtbot, tmp_path, services):
    window = MainWindow(paths.resolve(tmp_path / "new"), services=services, reminders=False)
    qtbot.addWidget(window)
    window.show()
    window.open_first_run()
    wizard = window.first_run
    qtbot.waitExposed(wizard)

    def field(kind, name):
        return wizard.findChild(kind, name)

    def enter(widget):
        qtbot.keyClick(widget, Qt.Key.Key_Return)  # Enter presses the default button: Next, then Finish

    enter(wizard)  # welcome
    qtbot.keyClicks(field(QLineEdit, "clockName0"), "Alcohol")
    enter(field(QLineEdit, "clockName0"))
    for key in ("AA", "therapy"):
        qtbot.keyClick(field(QAbstractButton, f"program_{key}"), Qt.Key.Key_Space)
    enter(field(QAbstractButton, "program_therapy"))
    qtbot.keyClicks(field(QLineEdit, "meetingTitle"), "Tuesday home group")
    qtbot.keyClick(field(QComboBox, "meetingWeekday"), Qt.Key.Key_Down)  # Monday → Tuesday
    enter(field(QLineEdit, "meetingTitle"))
    qtbot.keyClicks(field(QLineEdit, "contactName"), "Sam")
    qtbot.keyClicks(field(QLineEdit, "contactPhone"), "+44 7700 900123")
    enter(field(QLineEdit, "contactPhone"))
    # The crisis page offers the numbers for the person's country (London's zone here), filled in to confirm.
    assert field(QLineEdit, "crisis_line").text() == "Samaritans 116 123"
    assert field(QLineEdit, "emergency_number").text() == "999"
    assert "checked 6 Dec 2026" in wizard.currentPage().fields.suggestion.text()
    enter(field(QLineEdit, "crisis_line"))
    enter(wizard)  # reminder times as suggested
    suggestions = field(QAbstractItemView, "goalSuggestions")
    qtbot.keyClick(suggestions, Qt.Key.Key_Space)  # tick the first suggestion
    enter(suggestions)
    assert wizard.currentPage() is wizard.privacy_page
    enter(wizard)  # no passphrase for now
    assert not wizard.wants_protection
    errors = [p.errors.text() for p in (wizard.page(i) for i in wizard.pageIds()) if p.errors.text()]
    assert errors == []
    qtbot.waitUntil(lambda: not wizard.isVisible())
    settings = services.settings.all()
    assert settings["first_run_done"] and settings["programs"] == ["AA", "therapy"]
    assert (settings["crisis_line"], settings["emergency_number"]) == ("Samaritans 116 123", "999")
    assert [c.name for c in services.sobriety.clocks()] == ["Alcohol"]
    assert [(c.name, c.role, c.pinned) for c in services.contacts.list()] == [("Sam", "sponsor", True)]
    meeting = services.calendar.week(date(2026, 11, 30), services.zone)[0]
    assert (meeting.title, meeting.fellowship, meeting.local_start(services.zone).strftime("%a %H:%M")) == (
        "Tuesday home group",
        "AA",
        "Tue 19:00",
    )
    assert [g.title for g in services.goals.list()] == ["Attend 3 meetings a week"]
    assert window.current_view_key() == "today"
    assert "Alcohol" in window.view("today").sober.text()


def test_closing_setup_resumes_on_the_same_page_and_skip_ends_it(qtbot, tmp_path, services, modal):
    window = MainWindow(paths.resolve(tmp_path / "resume"), services=services, reminders=False)
    qtbot.addWidget(window)
    window.show()
    window.open_first_run()
    window.first_run.next()
    window.first_run.next()  # saved the clocks page (empty), now on programs
    window.first_run.reject()
    assert services.settings.get("first_run_page") == 2 and not services.settings.get("first_run_done")
    window.open_first_run()
    assert window.first_run.currentId() == 2
    modal.then(lambda box: box.defaultButton().click())
    window.first_run.button(QWizard.WizardButton.CustomButton1).click()
    assert services.settings.get("first_run_done") is True


def test_keyboard_shortcuts_are_listed_in_help(qtbot, window, modal):
    seen = []
    modal.then(lambda dialog: (seen.append(dialog.table.rowCount()), dialog.reject()))
    window.menus.show_shortcuts()
    assert seen and seen[0] >= 10


def accessible_name(widget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(root) -> list[str]:
    found = []
    for widget in root.findChildren(QAbstractButton) + [w for kind in INTERACTIVE[1:] for w in root.findChildren(kind)]:
        if not widget.isVisibleTo(root) or isinstance(widget, QHeaderView):
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):  # the line edit inside a spin or combo box
            continue
        if not accessible_name(widget):
            found.append(f"{type(widget).__name__}#{widget.objectName()} in {type(root).__name__}")
    return found


def test_every_interactive_widget_in_every_view_has_an_accessible_name(qtbot, window):
    missing = []
    for key, *_rest in VIEWS:
        window.show_view(key)
        missing += unnamed(window.view(key))
    assert missing == []


@pytest.mark.parametrize("opener", ["event", "goal", "contact", "urge", "clock", "settings", "wizard", "panic"])
def test_dialogs_and_windows_name_their_controls(qtbot, window, seeded, opener):

    widget = make_dialog(opener, window, seeded)
    qtbot.addWidget(widget)
    widget.show()
    pages = [widget]
    missing = []
    if opener == "settings":
        for index in range(widget.tabs.count()):
            widget.tabs.setCurrentIndex(index)
            missing += unnamed(widget)
    elif opener == "wizard":
        for page_id in widget.pageIds():
            missing += unnamed(widget.page(page_id)) if widget.page(page_id).isVisible() else []
            widget.next()
    for page in pages:
        missing += unnamed(page)
    QTimer.singleShot(0, widget.close)
    assert sorted(set(missing)) == []
