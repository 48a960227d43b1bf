"""The app lock, clicked and typed as a person would: the unlock page at start, wrong and right passphrases,
the recovery key, Ctrl+L and the idle lock, the crisis window while locked (no private data), reminders and
the tray while locked, and Settings › Privacy turning protection on and off."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSystemTrayIcon,
    QTextEdit,
    QWidget,
)

from recoverybox import paths
from recoverybox.core.app.opening import open_database
from recoverybox.core.app.services import Services
from recoverybox.core.journal.entries import JournalInput
from recoverybox.core.protection.service import Protection
from recoverybox.core.reminders.planner import DueReminder
from recoverybox.core.storage import cipher
from recoverybox.core.support.contacts import ContactInput
from recoverybox.ui.main_window import MainWindow
from tests.ui.conftest import make_active

PASSPHRASE = "blue kettle on a quiet morning"
SENTENCE = "I told Marguerite about the bottle hidden in the garage"
CONTACT = "Zebediah Quillfeather"
REASON = "Being there for Ada's first day of school"
CRISIS = "Samaritans 116 123"


def make_folder(folder, clock, protect: bool = True) -> tuple[paths.AppPaths, str | None]:
    """A data folder with a journal sentence, a pinned contact and a reason; protected unless asked not."""
    app_paths = paths.resolve(folder)
    services = Services(open_database(app_paths.db_file, app_paths.backup_dir, date(2026, 11, 27)), clock)
    services.settings.set_many({"timezone": "Europe/London", "first_run_done": True, "crisis_line": CRISIS})
    services.journal.create(JournalInput(date(2026, 11, 27), mood=3, text=SENTENCE))
    services.contacts.create(ContactInput(CONTACT, "sponsor", "+44 7700 900456", pinned=True))
    plan = services.recovery.plan()
    services.recovery.save_plan({**plan, "reasons": REASON})
    services.close()
    recovery = None
    if protect:
        guard = Protection(app_paths.data_dir, app_paths.db_file, app_paths.backup_dir)
        _key, recovery = guard.turn_on(PASSPHRASE)
        guard.set_lock_screen(crisis_line=CRISIS)
    return app_paths, recovery


def open_window(qtbot, app_paths, clock) -> MainWindow:
    window = MainWindow(app_paths, reminders=False)
    qtbot.addWidget(window)
    window.session.clock = clock
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    window.load()
    return window


def visible_text(widget: QWidget) -> str:
    """Every piece of text a person could read in ``widget`` and its visible children."""
    parts = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        for getter in ("text", "toPlainText", "placeholderText", "toolTip"):
            if isinstance(child, QLineEdit | QLabel | QAbstractButton | QPlainTextEdit | QTextEdit) and hasattr(
                child, getter
            ):
                parts.append(str(getattr(child, getter)()))
        model = getattr(child, "model", None)
        if callable(model) and model() is not None and hasattr(model(), "rowCount"):
            data = model()
            root = QModelIndex()
            columns = (
                data.columnCount(root) if hasattr(data, "headerData") and not data.inherits("QAbstractListModel") else 1
            )
            for row in range(min(data.rowCount(root), 200)):
                for column in range(columns):
                    parts.append(str(data.index(row, column).data() or ""))
    return "\n".join(parts)


def all_visible_text() -> str:
    return "\n".join(visible_text(w) for w in QApplication.topLevelWidgets() if w.isVisible())


def type_and_enter(qtbot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def unlock(qtbot, window, secret: str = PASSPHRASE) -> None:
    type_and_enter(qtbot, window.app_lock.screen.field, secret)
    qtbot.waitUntil(lambda: window.services is not None and not window.app_lock.locked)


def close(window) -> None:
    if window.services is not None:
        window.close_data()


def test_protected_data_opens_on_the_lock_page_and_a_wrong_passphrase_is_refused(qtbot, tmp_path, clock):
    app_paths, _recovery = make_folder(tmp_path / "data", clock)
    window = open_window(qtbot, app_paths, clock)
    screen = window.app_lock.screen
    assert window.pages.currentWidget() is screen and window.services is None
    assert "locked" in window.windowTitle()
    assert not window.menus.view_actions["journal"].isEnabled()
    assert not window.menus.settings_action.isEnabled()
    type_and_enter(qtbot, screen.field, "blue kettle on a quiet evening")
    qtbot.waitUntil(screen.error.isVisible)
    assert "does not open your data" in screen.error.text()
    assert window.services is None and window.pages.currentWidget() is screen
    assert screen.field.echoMode() == QLineEdit.EchoMode.Password
    unlock(qtbot, window)
    assert window.pages.currentIndex() == 0 and window.services.db.key is not None
    assert window.windowTitle() == "Today — RecoveryBox"
    window.show_view("journal")
    assert window.menus.lock_action.isEnabled()
    close(window)


def test_the_recovery_key_opens_the_data_and_a_new_passphrase_is_chosen(qtbot, tmp_path, clock, modal):
    app_paths, recovery = make_folder(tmp_path / "data", clock)
    window = open_window(qtbot, app_paths, clock)
    screen = window.app_lock.screen
    qtbot.mouseClick(screen.switch, Qt.MouseButton.LeftButton)
    assert screen.recovery and screen.field.echoMode() == QLineEdit.EchoMode.Normal

    def new_passphrase(dialog):
        assert dialog.objectName() == "resetPassphraseDialog"
        qtbot.keyClicks(dialog.findChild(QLineEdit, "newPassphrase"), "chosen after forgetting")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "againPassphrase"), "chosen after forgetting")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    modal.then(new_passphrase)
    unlock(qtbot, window, recovery.lower().replace("-", " "))
    qtbot.waitUntil(lambda: not modal.handlers)
    guard = window.app_lock.protection
    qtbot.waitUntil(lambda: guard.unlock("chosen after forgetting") == window.app_lock.key, timeout=10_000)
    close(window)


def test_ctrl_l_hides_every_sign_of_the_data_and_help_now_shows_none_of_it(qtbot, tmp_path, clock):
    """The crisis window works while locked: built-in tools and the crisis line, no contacts or reasons."""
    app_paths, _ = make_folder(tmp_path / "data", clock)
    window = open_window(qtbot, app_paths, clock)
    unlock(qtbot, window)
    window.show_view("journal")
    window.open_panic()  # the full crisis window, with the person's own people and reasons
    qtbot.waitUntil(window.panic.isVisible)
    text = all_visible_text()
    assert CONTACT in text and SENTENCE in text  # what the test looks for is on screen before the lock
    make_active(window)
    qtbot.waitUntil(lambda: not window.menus.lock_action.shortcut().isEmpty())  # set after the first paint
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.app_lock.locked)
    assert window.panic is None  # destroyed with the views, not only hidden (issue 29: the accessibility tree)
    assert window.view("journal") is None
    text = all_visible_text()
    for private in (SENTENCE, CONTACT, REASON):
        assert private not in text
    assert "RecoveryBox is locked" in text
    qtbot.mouseClick(window.app_lock.screen.help_button, Qt.MouseButton.LeftButton)
    help_window = window.app_lock.help_window
    qtbot.waitUntil(help_window.isVisible)
    assert help_window is not window.panic
    text = all_visible_text()
    for private in (SENTENCE, CONTACT, REASON):
        assert private not in text
    assert f"Crisis line: {CRISIS}" in help_window.crisis.text()
    assert "once RecoveryBox is unlocked" in help_window.reasons.text()
    assert not help_window.urge_button.isVisible() and not help_window.plan_button.isVisible()
    qtbot.mouseClick(help_window.findChild(QPushButton, "panicTool4"), Qt.MouseButton.LeftButton)
    assert help_window.idea_title.text()  # the built-in ideas are all there
    qtbot.mouseClick(help_window.findChild(QPushButton, "panicTool0"), Qt.MouseButton.LeftButton)
    help_window.close()
    # The shortcut for help works while locked too, and still shows nothing private.
    window.open_panic()
    assert help_window.isVisible() and window.panic is None
    help_window.close()
    window.activateWindow()
    unlock(qtbot, window)
    assert window.panic.isVisible()  # what was open comes back as it was
    close(window)


def test_the_app_locks_itself_after_the_idle_time(qtbot, tmp_path, clock):
    app_paths, _ = make_folder(tmp_path / "data", clock)
    window = open_window(qtbot, app_paths, clock)
    unlock(qtbot, window)
    assert window.app_lock.idle.isActive() and window.app_lock.idle.interval() == 10 * 60_000  # the default
    window.services.settings.set("lock_after_minutes", 0)
    window.apply_settings()
    assert not window.app_lock.idle.isActive()  # "never"
    window.services.settings.set("lock_after_minutes", 1)
    window.apply_settings()
    assert window.app_lock.idle.interval() == 60_000
    window.app_lock.idle.start(20)  # a minute, shortened for the test
    qtbot.waitUntil(lambda: window.app_lock.locked)
    assert window.pages.currentWidget() is window.app_lock.screen
    close(window)


def test_reminders_and_the_tray_while_locked_say_nothing_private(qtbot, tmp_path, clock):
    app_paths, _ = make_folder(tmp_path / "data", clock)
    window = open_window(qtbot, app_paths, clock)
    unlock(qtbot, window)
    wiring = window.session.reminders
    wiring.tray_menu = QMenu(window)  # offscreen has no tray: stand one in
    wiring.tray = QSystemTrayIcon(window)
    wiring.tray.setContextMenu(wiring.tray_menu)
    delivered = []

    class Catch:
        def notify(self, reminders, missed):
            delivered.extend(reminders)

    wiring.notifier = Catch()
    due = datetime(2026, 11, 27, 18, 0, tzinfo=UTC)
    reminder = DueReminder(
        "event:1", "event", due, due, "Therapy with Dr Okafor", location="12 Harley Street", starts_at=due
    )
    wiring._deliver([reminder], False)
    assert delivered[-1].title == "Therapy with Dr Okafor"
    from recoverybox.ui.dialogs.reminder_popup import ReminderPopup

    wiring.popup = popup = ReminderPopup(lambda: window.services.zone, clock.now)  # a card already on screen
    popup.add_reminders([reminder])
    assert "Therapy with Dr Okafor" in visible_text(popup)
    window.app_lock.lock()
    qtbot.waitUntil(lambda: "RecoveryBox reminder" in visible_text(popup))  # the card is still there
    assert popup.isVisible() and "Therapy with Dr Okafor" not in visible_text(popup)
    assert "Harley Street" not in visible_text(popup)
    assert [a.text() for a in wiring.tray_menu.actions()] == ["I need help now", "Unlock"]
    wiring._deliver([reminder], False)
    shown = delivered[-1]
    assert shown.title == "RecoveryBox reminder" and shown.location is None and shown.key == reminder.key
    window.app_lock.protection.set_lock_screen(details=True)  # the person allowed details on the lock screen
    wiring._deliver([reminder], False)
    assert delivered[-1].title == "Therapy with Dr Okafor"
    wiring.open_reminder(reminder)  # Open on a reminder while locked shows the lock page, not the event
    assert window.pages.currentWidget() is window.app_lock.screen
    unlock(qtbot, window)
    assert "Quit" in [a.text() for a in wiring.tray_menu.actions()]
    qtbot.waitUntil(lambda: "Therapy with Dr Okafor" in visible_text(popup))  # what it is about, back again
    popup.close()
    close(window)


def _press_ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _privacy_tab(dialog, button: str):
    tabs = dialog.tabs
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "&Privacy")
    tabs.setCurrentIndex(index)
    dialog.findChild(QPushButton, f"privacy_{button}").click()


def test_settings_privacy_turns_protection_on_shows_the_key_once_and_turns_it_off(qtbot, tmp_path, clock, modal):
    app_paths, _ = make_folder(tmp_path / "data", clock, protect=False)
    window = open_window(qtbot, app_paths, clock)
    qtbot.waitUntil(lambda: window.services is not None)
    assert not window.menus.lock_action.isEnabled()  # nothing to lock with plain data

    def protect(dialog):
        assert dialog.objectName() == "protectDialog"
        assert "nobody can open your data" in dialog.findChild(QLabel, "lossWarning").text()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "newPassphrase"), "short")
        _press_ok(dialog)
        assert "at least 8" in dialog.errors.text("new_passphrase")
        dialog.findChild(QLineEdit, "newPassphrase").clear()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "newPassphrase"), PASSPHRASE)
        qtbot.keyClicks(dialog.findChild(QLineEdit, "againPassphrase"), PASSPHRASE + "!")
        _press_ok(dialog)
        assert "not the same" in dialog.errors.text("again")
        dialog.findChild(QLineEdit, "againPassphrase").clear()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "againPassphrase"), PASSPHRASE)
        _press_ok(dialog)
        assert "Tick this" in dialog.errors.text("understood")
        dialog.findChild(QCheckBox, "understood").click()
        _press_ok(dialog)

    modal.then(lambda dialog: _privacy_tab(dialog, "on")).then(protect)
    window.open_settings()
    qtbot.waitUntil(lambda: window.app_lock.recovery_dialog is not None, timeout=20_000)
    shown = window.app_lock.recovery_dialog
    qtbot.waitUntil(shown.isVisible)
    key_text = shown.key_label.text()
    assert len(key_text) == 39 and key_text.count("-") == 7
    assert not shown.done_button.isEnabled()
    pdf = tmp_path / "key.pdf"
    shown.write_pdf(str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF") and oct(pdf.stat().st_mode & 0o777) == "0o600"
    shown.kept.click()
    shown.done_button.click()
    guard = window.app_lock.protection
    assert guard.is_on() and window.services is not None and window.services.db.key == guard.unlock(PASSPHRASE)
    assert guard.unlock_with_recovery_key(key_text) == window.app_lock.key
    assert guard.lock_screen()["crisis_line"] == CRISIS
    assert all(not cipher.is_plain(p) for p in app_paths.backup_dir.glob("*.sqlite3"))
    assert window.menus.lock_action.isEnabled()
    assert [c.name for c in window.services.contacts.list()] == [CONTACT]

    # Exports now warn first; Cancel saves nothing.
    modal.then(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    assert window.data.readable_ok() is False

    def turn_off(dialog):
        qtbot.keyClicks(dialog.findChild(QLineEdit, "currentPassphrase"), "not my passphrase")
        _press_ok(dialog)
        assert "does not open your data" in dialog.errors.text("passphrase")
        dialog.findChild(QLineEdit, "currentPassphrase").clear()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "currentPassphrase"), PASSPHRASE)
        _press_ok(dialog)

    modal.then(lambda dialog: _privacy_tab(dialog, "off")).then(turn_off)
    window.open_settings()
    qtbot.waitUntil(lambda: not guard.is_on() and window.services is not None, timeout=20_000)
    assert cipher.is_plain(app_paths.db_file) and not guard.key_file.exists()
    assert window.app_lock.key is None and window.services.db.key is None
    assert [c.name for c in window.services.contacts.list()] == [CONTACT]
    close(window)


def test_first_run_can_ask_for_a_passphrase(qtbot, tmp_path, clock, services, modal):
    window = MainWindow(paths.resolve(tmp_path / "new"), services=services, reminders=False)
    qtbot.addWidget(window)
    asked = []
    window.app_lock.ask_turn_on = lambda: asked.append(True)
    window.open_first_run()
    wizard = window.first_run
    while wizard.currentPage() is not wizard.privacy_page:
        wizard.next()
    assert "nobody can open your" in wizard.privacy_page.findChildren(QLabel)[0].text()
    wizard.privacy_page.protect.click()
    wizard.accept()
    qtbot.waitUntil(lambda: asked == [True])


@pytest.mark.parametrize("minutes", [-1, 241])
def test_the_idle_minutes_are_checked(services, minutes):
    from recoverybox.core.base.validation import ValidationError

    with pytest.raises(ValidationError):
        services.settings.set("lock_after_minutes", minutes)


def test_a_change_of_passphrase_in_settings_needs_the_current_one(qtbot, tmp_path, clock, modal):
    app_paths, _ = make_folder(tmp_path / "data", clock)
    window = open_window(qtbot, app_paths, clock)
    unlock(qtbot, window)

    def change(dialog):
        qtbot.keyClicks(dialog.findChild(QLineEdit, "currentPassphrase"), PASSPHRASE)
        qtbot.keyClicks(dialog.findChild(QLineEdit, "newPassphrase"), "a new phrase for a new year")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "againPassphrase"), "a new phrase for a new year")
        _press_ok(dialog)

    modal.then(lambda dialog: _privacy_tab(dialog, "change")).then(change)
    window.open_settings()
    guard = window.app_lock.protection
    qtbot.waitUntil(lambda: not modal.handlers)
    assert guard.unlock("a new phrase for a new year") == window.app_lock.key
    assert window.services is not None and not window.app_lock.locked
    close(window)


def test_plain_data_starts_without_loading_the_protection_code(tmp_path):
    """Protection is opt-in: opening plain data must not pay for importing it (Argon2, AES, SQLCipher)."""
    import os
    import subprocess
    import sys

    script = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from recoverybox import paths; from recoverybox.ui.main_window import MainWindow;"
        f"w = MainWindow(paths.resolve({str(tmp_path / 'plain')!r}), reminders=False); w.load();"
        "assert w.services is not None; w.close_data();"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlcipher3', 'argon2', 'cryptography')"
        " or m == 'recoverybox.core.protection.service'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_crisis_line_changed_in_settings_shows_at_once_in_the_locked_help_window(qtbot, tmp_path, clock, modal):
    """Found in a real session: after setting a line, the locked help window said "No crisis line set" (and
    kept the old one) until a restart. Now it reads the line each time it opens, with the emergency number."""
    app_paths, _ = make_folder(tmp_path / "data", clock)
    window = open_window(qtbot, app_paths, clock)
    unlock(qtbot, window)
    window.app_lock.lock()
    window.app_lock.open_help()  # opened once while locked: the old line
    help_window = window.app_lock.help_window
    assert f"Crisis line: {CRISIS}" in help_window.crisis.text()
    help_window.close()
    unlock(qtbot, window)

    def new_line(dialog):
        dialog.field("crisis_line").clear()
        qtbot.keyClicks(dialog.field("crisis_line"), "Samaritans 116 123")
        dialog.field("emergency_number").clear()
        qtbot.keyClicks(dialog.field("emergency_number"), "999")
        _press_ok(dialog)

    modal.then(new_line)
    window.open_settings()
    window.app_lock.lock()
    window.app_lock.open_help()
    assert help_window.crisis.text() == "Crisis line: Samaritans 116 123"
    assert help_window.crisis_call.isVisible() and help_window.crisis_call.text() == "Call Samaritans 116 123"
    assert help_window.emergency_label.text() == "In an emergency, call 999."
    called = []
    help_window.open_url = lambda url: called.append(url.toString()) or False  # no phone app here
    qtbot.mouseClick(help_window.crisis_call, Qt.MouseButton.LeftButton)
    assert called == ["tel:116123"] and help_window.fallback.isVisible()
    assert help_window.fallback_number.text() == "116 123"
    help_window.close()
    close(window)


def test_the_lock_page_wears_the_chosen_theme_and_a_wrong_passphrase_moves_nothing(qtbot, tmp_path, clock):
    """Found: the lock page lost the app's colours (the theme lives in the locked data) and jumped when a
    passphrase was wrong. The theme is kept with the lock screen's other plain facts, and the message's room
    is kept while it is hidden."""
    from PySide6.QtGui import QPalette

    from recoverybox.ui import theme

    app_paths, _recovery = make_folder(tmp_path / "data", clock)
    Protection(app_paths.data_dir, app_paths.db_file, app_paths.backup_dir).set_lock_screen(theme="dark")
    theme.apply("light")
    window = open_window(qtbot, app_paths, clock)
    screen = window.app_lock.screen
    window_colour = QApplication.instance().palette().color(QPalette.ColorRole.Window)
    assert window_colour == theme.palette_for("dark").color(QPalette.ColorRole.Window)
    qtbot.waitUntil(lambda: screen.field.isVisible())
    for _ in range(3):
        QApplication.processEvents()  # the page laid out as it first shows
    before = [w.mapTo(window, w.rect().topLeft()) for w in (screen.field, screen.unlock_button, screen.help_button)]
    type_and_enter(qtbot, screen.field, "not the passphrase")
    qtbot.waitUntil(screen.error.isVisible)
    after = [w.mapTo(window, w.rect().topLeft()) for w in (screen.field, screen.unlock_button, screen.help_button)]
    assert after == before
    unlock(qtbot, window)
    window.services.settings.set("theme", "high_contrast")
    window.apply_settings()
    assert window.app_lock.protection.lock_screen()["theme"] == "high_contrast"  # the next lock page wears it
    theme.apply("light")
