"""The reminder pop-up: shows, stacks, and its buttons act; the main window wires it to the scheduler."""

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication

from recoverybox import paths
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.reminders.planner import DueReminder
from recoverybox.core.storage.models import ReminderLog
from recoverybox.ui.dialogs.reminder_popup import MAX_CARDS, ReminderPopup
from recoverybox.ui.main_window import MainWindow

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 27, 18, 0, tzinfo=UTC)


def reminder(n=0, **extra):
    due = datetime(2026, 11, 27, 18, 0, tzinfo=UTC) + timedelta(minutes=n)
    values = dict(
        key=f"event:{n}:x",
        kind="event",
        due=due,
        fire_at=due,
        title=f"Meeting {n}",
        detail="Starts in 1 hour",
        event_id=1,
        starts_at=due + timedelta(hours=1),
        location="Mill Lane hall",
        online_url="https://meet.example.org/group",
    )
    values.update(extra)
    return DueReminder(**values)


@pytest.fixture
def popup(qtbot):
    widget = ReminderPopup(lambda: LONDON, lambda: NOW)
    qtbot.addWidget(widget)
    return widget


def test_popup_shows_title_time_place_and_link(qtbot, popup):
    popup.add_reminders([reminder()])
    qtbot.waitExposed(popup)
    card = popup.cards[0]
    assert popup.heading.text() == "1 reminder"
    assert "starts at 19:00" in card.when.text()
    assert "https://meet.example.org/group" in card.link_button.toolTip()  # as plain text (escaped)
    assert popup.windowFlags() & popup.windowFlags().WindowStaysOnTopHint
    assert not popup.isModal()
    ARTIFACTS.mkdir(exist_ok=True)
    popup.add_reminders([reminder(1, title="Therapy with Dr. Rivera", location=None, online_url=None)])
    qtbot.waitUntil(lambda: all(card.isVisible() and card.y() >= 0 for card in popup.cards))
    assert popup.heading.text() == "2 reminders"
    assert popup.grab().save(str(ARTIFACTS / "reminder-popup.png"))


def test_buttons_emit_and_remove_cards(qtbot, popup):
    popup.add_reminders([reminder(0), reminder(1), reminder(2)])
    with qtbot.waitSignal(popup.dismiss_requested) as dismissed:
        qtbot.mouseClick(popup.cards[0].dismiss_button, qtbot_left())
    assert dismissed.args[0].title == "Meeting 0"
    with qtbot.waitSignal(popup.open_requested) as opened:
        qtbot.mouseClick(popup.cards[0].open_button, qtbot_left())
    assert opened.args[0].title == "Meeting 1"
    with qtbot.waitSignal(popup.snooze_requested) as snoozed:
        popup.cards[0].snooze_button.menu().actions()[2].trigger()  # 15 minutes
    assert (snoozed.args[0].title, snoozed.args[1]) == ("Meeting 2", 15)
    assert popup.cards == [] and not popup.isVisible()


def test_many_reminders_stack_with_a_more_line(popup):
    popup.add_reminders([reminder(n) for n in range(MAX_CARDS + 3)], missed=True)
    assert len(popup.cards) == MAX_CARDS
    assert popup.more.text() == "+3 more"
    assert "Missed while RecoveryBox was closed" in popup.cards[0].when.text()
    popup.add_reminders([reminder(0)])  # the same one again is not added twice
    assert popup.heading.text() == f"{MAX_CARDS + 3} reminders"
    popup.cards[0].dismiss_button.click()
    assert len(popup.cards) == MAX_CARDS and popup.more.text() == "+2 more"


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_main_window_shows_due_reminders_and_stores_what_the_buttons_do(qtbot, tmp_path, services, clock):
    for kind in ("morning", "evening", "goals", "milestones"):
        services.settings.set(f"remind_{kind}", False)
    start = datetime(2026, 11, 27, 13, 30)
    services.calendar.create_event(
        EventInput(
            "Home group", start, start + timedelta(hours=1), "Europe/London", kind="meeting", reminder_offsets=[60]
        )
    )
    window = MainWindow(paths.resolve(tmp_path / "d"), services=services)
    qtbot.addWidget(window)
    window.show()
    assert window.session.reminders.scheduler.running and len(window.session.reminders.scheduler.armed) == 1
    clock.advance(minutes=30)
    with qtbot.waitSignal(window.session.reminders.scheduler.reminders_ready):
        window.session.reminders.scheduler.deliver_due()
    qtbot.waitUntil(window.session.reminders.popup.isVisible)
    card = window.session.reminders.popup.cards[0]
    card.snooze_button.menu().actions()[0].trigger()  # 5 minutes
    with services.db.reading() as session:
        row = session.query(ReminderLog).one()
    assert (row.state, row.snooze_until) == ("snoozed", clock.now() + timedelta(minutes=5))
    clock.advance(minutes=5)
    window.session.reminders.scheduler.deliver_due()
    qtbot.waitUntil(lambda: len(window.session.reminders.popup.cards) == 1)
    assert window.session.reminders.popup.cards[0].when.text() == "Snoozed · starts at 13:30, in 55 minutes"
    window.session.reminders.popup.cards[0].open_button.click()
    assert window.current_view_key() == "week"
    with services.db.reading() as session:
        assert session.query(ReminderLog).one().state == "dismissed"
    window.quit_app()
    assert not window.session.reminders.scheduler.running
    QApplication.processEvents()


def test_the_popup_is_as_tall_as_its_reminders_not_a_large_empty_window(qtbot, popup):
    """Found: one reminder sat in a large, mostly empty window. Now the window fits its cards (and shrinks
    when one is dealt with); only more than the screen holds scrolls."""
    from PySide6.QtWidgets import QScrollArea

    popup.add_reminders([reminder()])
    qtbot.waitExposed(popup)
    scroll = popup.findChild(QScrollArea)
    card = popup.cards[0]
    qtbot.waitUntil(lambda: card.height() >= card.sizeHint().height())
    empty = scroll.viewport().height() - card.height()
    assert empty < card.height() / 2  # the card fills its window: no large empty space under it
    one = popup.height()
    popup.add_reminders([reminder(1), reminder(2)])
    qtbot.waitUntil(lambda: popup.height() > one)
    qtbot.waitUntil(lambda: all(c.height() >= c.sizeHint().height() for c in popup.cards))  # none squeezed
    assert scroll.verticalScrollBar().maximum() == 0  # three fit without scrolling
    three = popup.height()
    popup.cards[0].dismiss_button.click()
    qtbot.waitUntil(lambda: len(popup.cards) == 2 and popup.height() < three)  # smaller again
