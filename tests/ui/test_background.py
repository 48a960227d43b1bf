"""Reminders with the window closed: start at login (Settings, first run) and the close question without a tray."""

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from recoverybox import autostart, paths
from recoverybox.ui.main_window import MainWindow


def test_start_at_login_in_settings_writes_and_removes_the_entry(qtbot, tmp_path, services, modal):
    app_paths = paths.resolve(tmp_path / "data")
    window = MainWindow(app_paths, services=services, reminders=False)
    qtbot.addWidget(window)

    def turn(on: bool):
        def answer(dialog):
            dialog.tabs.setCurrentIndex(1)
            assert dialog.tabs.tabText(1) == "In the &background"
            if dialog.field("start_at_login").isChecked() != on:
                dialog.field("start_at_login").click()
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

        return answer

    modal.then(turn(True))
    window.open_settings()
    assert services.settings.get("start_at_login") is True
    text = autostart.entry_path().read_text()
    assert "--background" in text and str(app_paths.data_dir) in text
    modal.then(turn(False))
    window.open_settings()
    assert not autostart.entry_path().exists()


def test_closing_without_a_tray_asks_once_and_keeps_reminders_running(qtbot, tmp_path, services, modal):
    window = MainWindow(paths.resolve(tmp_path / "data"), services=services)
    qtbot.addWidget(window)
    window.show()
    assert window.session.reminders.tray is None  # offscreen: no tray
    asked = []

    def keep(box):
        asked.append(box.text())
        click(box, "&Keep reminders running")

    modal.then(keep)
    window.close()
    assert asked == ["Keep your reminders running after you close this window?"]
    assert window.isHidden() and window.session.reminders.scheduler.running
    assert services.settings.get("keep_running_on_close") == "yes"
    window.bring_to_front()  # what a second start of the app does
    assert window.isVisible()
    window.close()  # not asked again
    assert window.isHidden() and window.session.reminders.scheduler.running
    window.quit_app()  # File › Quit always quits
    assert not window.session.reminders.scheduler.running


def test_choosing_quit_on_close_stops_reminders(qtbot, tmp_path, services, modal):
    window = MainWindow(paths.resolve(tmp_path / "data"), services=services)
    qtbot.addWidget(window)
    window.show()
    modal.then(lambda box: click(box, "&Quit RecoveryBox"))
    window.close()
    assert services.settings.get("keep_running_on_close") == "no"
    assert not window.session.reminders.scheduler.running


def test_first_run_offers_start_at_login(qtbot, tmp_path, services):
    from recoverybox.ui.dialogs.first_run import RemindersPage

    window = MainWindow(paths.resolve(tmp_path / "new"), services=services, reminders=False)
    qtbot.addWidget(window)
    window.open_first_run()
    page = next(
        p for p in (window.first_run.page(i) for i in window.first_run.pageIds()) if isinstance(p, RemindersPage)
    )
    assert not page.start_at_login.isChecked()
    page.start_at_login.click()
    page.save()
    assert services.settings.get("start_at_login") is True
    window.first_run.reject()


def click(box: QMessageBox, label: str) -> None:
    next(button for button in box.buttons() if button.text() == label).click()


def test_closing_before_the_data_is_painted_still_keeps_reminders_running(qtbot, tmp_path, services):
    """Found in a real session: a window closed at once (reminders start when the data is first painted)
    quit the app, and with it every reminder, though the person had chosen to keep them running."""
    window = MainWindow(paths.resolve(tmp_path / "data"))  # as the app starts: the window first, then the data
    qtbot.addWidget(window)
    window.show()
    window.load()
    window.services.settings.set_many({"keep_running_on_close": "yes", "first_run_done": True})
    assert window.session.reminders.scheduler is None, "reminders wait for the data's first paint"
    window.close()  # before that paint
    assert (
        window.isHidden()
        and window.session.reminders.scheduler is not None
        and window.session.reminders.scheduler.running
    )
    window.quit_app()
