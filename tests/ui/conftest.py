"""Fixtures for view tests: a main window on a seeded in-memory database."""

from datetime import date, datetime, timedelta

import pytest

from recoverybox import paths
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.goals.service import GoalInput
from recoverybox.core.journal.entries import JournalInput
from recoverybox.core.support.contacts import ContactInput
from recoverybox.ui.main_window import MainWindow


@pytest.fixture
def seeded(services):
    """A small, known data set: one meeting today, two goals, a clock, a contact, a journal entry."""
    services.calendar.create_event(
        EventInput(
            "Tuesday home group",
            datetime(2026, 11, 3, 19),
            datetime(2026, 11, 3, 20),
            "Europe/London",
            kind="meeting",
            fellowship="AA",
            rrule="FREQ=WEEKLY;BYDAY=TU",
            location="Mill Lane hall",
        )
    )
    services.calendar.create_event(
        EventInput(
            "Counselling",
            datetime(2026, 11, 27, 16),
            datetime(2026, 11, 27, 16, 50),
            "Europe/London",
            kind="therapy",
            location="Riverside clinic",
        )
    )
    journal = services.goals.create(GoalInput("Journal today", area="self_care"))
    services.goals.create(GoalInput("Three meetings", kind="weekly_count", area="meetings", target=3))
    for n in (1, 2, 3):
        services.goals.check_in(journal.id, date(2026, 11, 27) - timedelta(days=n))
    services.sobriety.create_clock("Alcohol", date(2026, 8, 1))
    services.contacts.create(ContactInput("Sam", "sponsor", "+44 7700 900123", pinned=True))
    services.journal.create(
        JournalInput(date(2026, 11, 26), mood=7, craving=2, triggers=["payday"], text="Good meeting tonight.")
    )
    return services


@pytest.fixture
def window(qtbot, tmp_path, seeded):
    win = MainWindow(paths.resolve(tmp_path / "data"), services=seeded, reminders=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    make_active(win)  # shortcuts need an active window; offscreen, activation wanders among a run's windows
    return win


def make_active(window) -> None:
    """Make ``window`` the active window at once, as a click under a window manager would. Offscreen,
    ``activateWindow()`` is asynchronous and, once another top-level widget exists, not reliably honoured: a
    wait on ``isActiveWindow()`` timed out under load (issue 30). Shortcuts need an active window, so the tests
    that press them set it directly (Qt marks this call deprecated; it is still the synchronous way).

    An activation the offscreen platform queued earlier (a window an earlier step showed or hid) would land at
    the next key press, which flushes the queue before it looks for a shortcut, and take the activation away
    again: so the queue is drained first, and the activation set again until it holds."""
    import warnings

    from PySide6.QtWidgets import QApplication, QToolTip

    for _ in range(10):
        QApplication.processEvents()
        while (popup := QApplication.activePopupWidget()) is not None:  # a menu an earlier test left open takes keys
            popup.close()
        QToolTip.hideText()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(window)
        QApplication.processEvents()
        if window.isActiveWindow():
            break
    assert window.isActiveWindow()


def press(qtbot, widget, key, modifier=None) -> None:
    """A shortcut key pressed on ``widget`` in a window a person is looking at: active, with ``widget`` focused."""
    from PySide6.QtCore import Qt

    make_active(widget.window())
    if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, key, modifier if modifier is not None else Qt.KeyboardModifier.NoModifier)


DIALOG_NAMES = ("event", "new event", "goal", "contact", "urge", "clock", "settings", "wizard", "panic")


def make_dialog(name: str, window, services):
    """One of the app's dialogs (or the crisis window), as the tests that walk them all open it."""
    from datetime import datetime

    from recoverybox.core.calendar.events import EventInput
    from recoverybox.core.goals.service import GoalInput
    from recoverybox.core.support.contacts import ContactInput
    from recoverybox.ui.dialogs.clock_dialogs import ClockDialog
    from recoverybox.ui.dialogs.contact_dialog import ContactDialog
    from recoverybox.ui.dialogs.event_dialog import EventDialog
    from recoverybox.ui.dialogs.first_run import FirstRunWizard
    from recoverybox.ui.dialogs.goal_dialog import GoalDialog
    from recoverybox.ui.dialogs.settings_dialog import SettingsDialog
    from recoverybox.ui.dialogs.urge_dialog import UrgeDialog
    from recoverybox.ui.panic_window import PanicWindow

    meeting = EventInput("x", datetime(2026, 12, 1, 9), datetime(2026, 12, 1, 10), "Europe/London", kind="meeting")
    makers = {
        "event": lambda: EventDialog(meeting, window, editing=True),
        "new event": lambda: EventDialog(meeting, window),
        "goal": lambda: GoalDialog(GoalInput("x"), window),
        "contact": lambda: ContactDialog(ContactInput("x"), window),
        "urge": lambda: UrgeDialog(services, window),
        "clock": lambda: ClockDialog(services, window),
        "settings": lambda: SettingsDialog(services, "/tmp", window),
        "wizard": lambda: FirstRunWizard(services, window),
        "panic": lambda: PanicWindow(services),
    }
    return makers[name]()
