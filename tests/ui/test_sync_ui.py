"""Calendar sync in the window, against a real CalDAV server (Radicale): Settings › Sync typed and clicked as a
person would, syncs after a change and on demand, failures in the status bar, and the conflict banner."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from recoverybox.core.base.changes import Area, Changes
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.storage.models import Event, SyncAccount
from recoverybox.ui.dialogs.settings_dialog import SettingsDialog
from recoverybox.ui.ops.perform import announce
from recoverybox.ui.sync import runner as sync_runner
from recoverybox.ui.sync.settings_page import SyncSettingsPage
from tests.sync_server import PASSWORD, USER

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture(autouse=True)
def quick_sync(monkeypatch):
    """A change is sent 50 ms after it (5 s in the app), the first sync comes at once."""
    monkeypatch.setattr(sync_runner, "AFTER_CHANGE_MS", 50)
    monkeypatch.setattr(sync_runner, "AT_START_MS", 50)


def shoot(widget, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    widget.grab().save(str(ARTIFACTS / name))


def set_up_through_the_page(qtbot, window, radicale, calendar_name: str | None = None) -> SyncSettingsPage:
    page = SyncSettingsPage(window.services, window.session.sync_runner)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.url, radicale.url)
    qtbot.keyClicks(page.user, USER)
    qtbot.keyClicks(page.password, PASSWORD)
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.turn_on.isEnabled(), timeout=20_000)
    assert page.calendars.currentText() in ("RecoveryBox", "New calendar “RecoveryBox”")
    with qtbot.waitSignal(window.session.sync_runner.synced, timeout=30_000) as first:
        qtbot.mouseClick(page.turn_on, Qt.MouseButton.LeftButton)
    assert first.args[0].sent == 2  # the two events of the seeded data
    return page


def test_settings_sync_sets_up_syncs_and_turns_off(qtbot, window, seeded, radicale, modal):
    page = SyncSettingsPage(window.services, window.session.sync_runner)
    qtbot.addWidget(page)
    page.show()
    # Validation first: nothing typed, then a plain http:// address on the internet.
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    assert "Type your server's address" in page.problem.text()
    qtbot.keyClicks(page.url, "http://calendar.example.org/dav")
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    assert "not secure" in page.problem.text()
    page.url.clear()
    qtbot.keyClicks(page.url, radicale.url)
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    assert "user name and password" in page.problem.text()
    qtbot.keyClicks(page.user, USER)
    qtbot.keyClicks(page.password, "wrong")
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "did not accept" in page.problem.text(), timeout=20_000)
    assert not page.turn_on.isEnabled()
    page.close()

    set_up_through_the_page(qtbot, window, radicale)
    account = seeded.sync.account()
    assert account.user == USER and account.calendar_name == "RecoveryBox"
    assert window.menus.sync_action.isEnabled()
    assert window.session.sync_runner.label.text().startswith("Calendar synced at")
    assert "sync with your server" in window.statusBar().currentMessage()

    # A change in the week is sent by itself a moment later.
    with qtbot.waitSignal(window.session.sync_runner.synced, timeout=30_000) as later:
        seeded.calendar.create_event(
            EventInput("Yoga", datetime(2026, 12, 1, 9), datetime(2026, 12, 1, 10), "Europe/London", kind="self_care")
        )
        announce(Changes.of(Area.EVENTS))
    assert later.args[0].sent == 1

    # The Sync tab as the settings dialog shows it.
    dialog = SettingsDialog(seeded, "", window, privacy=window.app_lock, sync=window.session.sync_runner)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.sync_page)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "Nothing waiting" in dialog.sync_page.waiting.text()
    assert "goals, check-ins, journal, contacts" in dialog.sync_page.findChild(type(page.problem), "sync_what").text()
    shoot(dialog, "sync-settings-on.png")
    with qtbot.waitSignal(window.session.sync_runner.synced, timeout=30_000):
        qtbot.mouseClick(dialog.sync_page.sync_button, Qt.MouseButton.LeftButton)
    modal.then(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(dialog.sync_page.off_button, Qt.MouseButton.LeftButton)
    assert seeded.sync.account() is None
    assert not window.menus.sync_action.isEnabled()
    assert window.statusBar().currentMessage() == "Everything stays on this computer."
    assert dialog.sync_page.findChild(type(page.url), "sync_url") is not None  # the form again
    shoot(dialog, "sync-settings-off.png")
    dialog.close()


def test_a_failing_sync_says_why_in_the_status_bar_and_keeps_the_change(qtbot, window, seeded, radicale):
    set_up_through_the_page(qtbot, window, radicale)
    with seeded.db.transaction() as session:  # the server is gone (nothing listens on port 9)
        account = session.get(SyncAccount, 1)
        account.server_url = "http://127.0.0.1:9/"
        account.calendar_url = "http://127.0.0.1:9/robin/recoverybox/"
    with qtbot.waitSignal(window.session.sync_runner.status_changed, timeout=30_000,
                          check_params_cb=lambda text: "Could not reach" in text):  # fmt: skip
        seeded.calendar.create_event(
            EventInput("Walk", datetime(2026, 12, 2, 9), datetime(2026, 12, 2, 10), "Europe/London")
        )
        announce(Changes.of(Area.EVENTS))
    assert "kept and sent at the next sync" in window.session.sync_runner.label.text()
    assert seeded.sync.pending() == 1


def test_the_conflict_banner_lets_the_person_choose(qtbot, window, seeded, modal):
    with seeded.db.reading() as session:
        original = session.query(Event).filter_by(title="Counselling").one()
    copy = seeded.calendar.create_event(
        EventInput("Counselling (moved to 5pm)", datetime(2026, 11, 27, 17), datetime(2026, 11, 27, 17, 50),
                   "Europe/London", kind="therapy", conflict_of=original.uid)
    )  # fmt: skip
    window.show_view("week")
    week = window.view("week")
    week.show_date(datetime(2026, 11, 27).date())
    banner = week.conflict_banner
    qtbot.waitUntil(banner.isVisible)
    assert "“Counselling (moved to 5pm)” was changed here and on another device" in banner.title.text()
    assert "“Counselling”" in banner.text.text()
    shown = seeded.calendar.days(week.monday, 7, seeded.zone)
    marked = [o for o in shown if o.title.startswith("Counselling (moved")]
    assert [o.mark for o in marked] == ["conflict"]
    window.resize(1024, 600)
    shoot(window, "sync-conflict-banner.png")

    modal.then(lambda box: box.button(QMessageBox.StandardButton.No).click())
    qtbot.mouseClick(banner.mine_button, Qt.MouseButton.LeftButton)
    assert banner.isVisible()  # asked first: No changes nothing
    modal.then(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(banner.mine_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    with seeded.db.reading() as session:
        titles = sorted(e.title for e in session.query(Event))
        kept = session.get(Event, original.id)
        assert kept.start_local == datetime(2026, 11, 27, 17) and kept.conflict_of is None
    assert "Counselling (moved to 5pm)" in titles and "Counselling" not in titles and copy.id


def test_a_window_on_data_with_sync_set_up_syncs_at_start_and_every_15_minutes(qtbot, tmp_path, seeded, radicale):
    from recoverybox import paths
    from recoverybox.core.sync.caldav_client import CalDavConnection
    from recoverybox.ui.main_window import MainWindow

    with CalDavConnection(radicale.url, USER, PASSWORD) as connection:
        url = connection.create_calendar(radicale.new_calendar_name())
    seeded.sync.set_up(radicale.url, USER, url, "At start")
    window = MainWindow(paths.resolve(tmp_path / "data"), services=seeded, reminders=False)
    qtbot.addWidget(window)
    window.session.sync_runner.password = PASSWORD  # as read from the keyring
    with qtbot.waitSignal(window.session.sync_runner.synced, timeout=30_000) as first:
        window.show()  # nothing clicked: the first sync comes by itself once the data is on screen
    assert first.args[0].sent == 2
    assert window.session.sync_runner.every.isActive() and window.session.sync_runner.every.interval() == 15 * 60 * 1000
    with qtbot.waitSignal(window.session.sync_runner.synced, timeout=30_000) as timed:
        window.session.sync_runner.every.timeout.emit()  # what the 15-minute timer does
    assert (timed.args[0].sent, timed.args[0].received) == (0, 0)
    window.session.sync_runner.stop()


def test_a_servers_own_certificate_is_trusted_from_the_page_by_its_fingerprint(
    qtbot, window, seeded, xandikos_server, monkeypatch, tmp_path
):
    from recoverybox.core.sync.certificates import fingerprint_text

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    page = SyncSettingsPage(window.services, window.session.sync_runner)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    assert not page.trust_button.isVisible()
    qtbot.keyClicks(page.url, xandikos_server.url)
    qtbot.keyClicks(page.user, USER)
    qtbot.keyClicks(page.password, PASSWORD)
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.trust_button.isVisible(), timeout=20_000)
    assert "could not be verified" in page.problem.text()
    assert fingerprint_text(xandikos_server.fingerprint) in page.problem.text()
    assert not page.turn_on.isEnabled()
    shoot(page, "sync-trust-certificate.png")
    qtbot.mouseClick(page.trust_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.turn_on.isEnabled(), timeout=20_000)
    assert not page.trust_button.isVisible() and not page.problem.isVisible()
    with qtbot.waitSignal(window.session.sync_runner.synced, timeout=30_000) as first:
        qtbot.mouseClick(page.turn_on, Qt.MouseButton.LeftButton)
    assert first.args[0].sent == 2
    assert seeded.sync.account().pinned_certificate == xandikos_server.fingerprint
    pinned = page.findChild(type(page.problem), "sync_pinned")
    assert pinned is not None and fingerprint_text(xandikos_server.fingerprint) in pinned.text()
    shoot(page, "sync-settings-pinned.png")
    window.session.sync_runner.stop()


def test_a_server_that_asks_for_no_password_is_set_up_without_one(qtbot, window, seeded, tmp_path, monkeypatch):
    from tests.sync_server import start_xandikos, stop_radicale

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    server = start_xandikos(tmp_path / "open", tls=False)
    try:
        page = SyncSettingsPage(window.services, window.session.sync_runner)
        qtbot.addWidget(page)
        page.show()
        qtbot.keyClicks(page.url, server.url)
        qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
        assert "no password" in page.problem.text()  # nothing typed: the box is the way out
        qtbot.mouseClick(page.no_password, Qt.MouseButton.LeftButton)
        assert page.no_password.isChecked() and not page.password.isEnabled()
        qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.turn_on.isEnabled(), timeout=20_000)
        with qtbot.waitSignal(window.session.sync_runner.synced, timeout=30_000) as first:
            qtbot.mouseClick(page.turn_on, Qt.MouseButton.LeftButton)
        assert first.args[0].sent == 2
        assert seeded.sync.account().no_password
        assert any("asks for none" in label.text() for label in page.findChildren(type(page.problem)))
        window.session.sync_runner.password = None  # as after a restart: nothing kept, nothing to ask
        with qtbot.waitSignal(window.session.sync_runner.synced, timeout=30_000):
            assert window.session.sync_runner.sync_now(asked=False)
        window.session.sync_runner.stop()
    finally:
        stop_radicale(server)
