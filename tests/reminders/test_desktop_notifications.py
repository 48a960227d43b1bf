"""Reminders as desktop notifications over a real session bus, with a small notification server of our own."""

from datetime import datetime, timedelta

from sqlalchemy import select

from recoverybox import paths
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.storage.models import ReminderLog
from recoverybox.ui.main_window import MainWindow
from tests.reminders.test_scheduler import events_only


def open_window(qtbot, tmp_path, services):
    events_only(services)
    start = datetime(2026, 11, 27, 13, 30)  # 13:30 London, reminded at 12:30; the clock says 12:00
    services.calendar.create_event(
        EventInput(
            "Home group",
            start,
            start + timedelta(hours=1),
            "Europe/London",
            reminder_offsets=[60],
            location="Mill Lane",
        )
    )
    window = MainWindow(paths.resolve(tmp_path / "d"), services=services)
    qtbot.addWidget(window)
    return window


def log_row(services):
    with services.db.reading() as session:
        return session.scalars(select(ReminderLog)).one()


def test_a_reminder_arrives_on_the_desktop_and_its_buttons_snooze_and_finish_it(
    qtbot, tmp_path, services, clock, notification_server
):
    server = notification_server()
    window = open_window(qtbot, tmp_path, services)
    assert window.session.reminders.desktop_notifications is not None
    clock.advance(minutes=30)
    window.session.reminders.scheduler.check_now()
    qtbot.waitUntil(lambda: len(server.calls()) == 1)
    [call] = server.calls()
    assert call["app_name"] == "RecoveryBox" and call["replaces_id"] == 0
    assert call["app_icon"].endswith("recoverybox.svg") and paths.Path(call["app_icon"]).is_file()
    assert call["summary"] == "Home group"
    assert call["body"] == "Starts in 1 hour · starts at 13:30\nWhere: Mill Lane"
    assert call["actions"] == ["default", "Open", "open", "Open", "snooze", "Snooze 10 min", "done", "Done"]
    assert call["hints"]["desktop-entry"] == "recoverybox"
    assert not window.session.reminders.popup.isVisible()

    server.click(call["id"], "snooze")
    qtbot.waitUntil(lambda: log_row(services).state == "snoozed")
    assert log_row(services).snooze_until == clock.now() + timedelta(minutes=10)
    clock.advance(minutes=10)
    window.session.reminders.scheduler.check_now()
    qtbot.waitUntil(lambda: len(server.calls()) == 2)
    again = server.calls()[1]
    assert again["body"].startswith("Snoozed · starts at 13:30, in 50 minutes")
    server.click(again["id"], "done")
    qtbot.waitUntil(lambda: log_row(services).state == "dismissed")
    assert window.isHidden() or window.current_view_key() != "week"  # Done does not open anything
    window.quit_app()


def test_open_on_a_notification_shows_the_event_in_the_week(qtbot, tmp_path, services, clock, notification_server):
    server = notification_server()
    window = open_window(qtbot, tmp_path, services)
    clock.advance(minutes=30)
    window.session.reminders.scheduler.check_now()
    qtbot.waitUntil(lambda: len(server.calls()) == 1)
    server.click(server.calls()[0]["id"], "open")
    qtbot.waitUntil(lambda: window.isVisible() and window.current_view_key() == "week")
    week = window.view("week")
    assert week.monday.isoformat() == "2026-11-23"
    qtbot.waitUntil(lambda: week.scroller.verticalScrollBar().value() == 12 * week.grid.hour_height)  # 13:30 in view
    qtbot.waitUntil(lambda: log_row(services).state == "dismissed")
    window.quit_app()


def test_a_service_that_refuses_falls_back_to_the_popup_and_says_so(
    qtbot, tmp_path, services, clock, notification_server, caplog
):
    notification_server(refuse=True)
    window = open_window(qtbot, tmp_path, services)
    assert window.session.reminders.desktop_notifications is not None
    clock.advance(minutes=30)
    window.session.reminders.scheduler.check_now()
    qtbot.waitUntil(window.session.reminders.popup.isVisible)
    assert [card.reminder.title for card in window.session.reminders.popup.cards] == ["Home group"]
    assert "refused a reminder" in caplog.text
    window.quit_app()


def test_without_a_notification_service_the_popup_shows_reminders(qtbot, tmp_path, services, clock, session_bus):
    window = open_window(qtbot, tmp_path, services)
    assert window.session.reminders.desktop_notifications is None
    clock.advance(minutes=30)
    window.session.reminders.scheduler.check_now()
    qtbot.waitUntil(window.session.reminders.popup.isVisible)
    window.quit_app()


def test_choosing_the_popup_in_settings_skips_the_desktop(qtbot, tmp_path, services, clock, notification_server):
    server = notification_server()
    services.settings.set("notify_with", "popup")
    window = open_window(qtbot, tmp_path, services)
    assert window.session.reminders.desktop_notifications is None
    clock.advance(minutes=30)
    window.session.reminders.scheduler.check_now()
    qtbot.waitUntil(window.session.reminders.popup.isVisible)
    assert server.calls() == []
    window.quit_app()


def test_a_notification_left_on_the_desktop_says_nothing_private_once_locked(
    qtbot, tmp_path, services, clock, notification_server
):
    """Locking replaces each notification still shown (same id) with "RecoveryBox reminder"; Done still works."""
    server = notification_server()
    window = open_window(qtbot, tmp_path, services)
    clock.advance(minutes=30)
    window.session.reminders.scheduler.check_now()
    try:
        qtbot.waitUntil(lambda: window.session.reminders.desktop_notifications.on_screen == 1)
        first = server.calls()[0]
        assert first["summary"] == "Home group"
        window.session.key = bytes(32)  # as after unlocking protected data
        window.app_lock.lock()
        qtbot.waitUntil(lambda: len(server.calls()) == 2)
        locked = server.calls()[1]
        assert locked["replaces_id"] == first["id"]
        assert locked["summary"] == "RecoveryBox reminder" and "Mill Lane" not in locked["body"]
        assert "Home group" not in locked["body"]
        qtbot.waitUntil(lambda: window.session.reminders.desktop_notifications.on_screen == 1)
        server.click(locked["id"], "done")
        qtbot.waitUntil(lambda: log_row(services).state == "dismissed")
    finally:
        window.quit_app()
