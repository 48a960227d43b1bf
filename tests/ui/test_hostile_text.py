"""Text from a meeting list, a calendar file or a server is shown as plain text everywhere: a feed cannot show
a local image or big red words posing as the app (issue 29, item 9)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from recoverybox.core.meetings.feed_rows import FeedError
from recoverybox.core.reminders.planner import DueReminder
from recoverybox.ui.dialogs.reminder_popup import ReminderPopup
from recoverybox.ui.ops.perform import show_failure

IMAGE = '&lt;img src="file:///usr/share/pixmaps/debian-logo.png" width=400&gt;'
FAKE = "&lt;h1 style='color:red'&gt;FAKE: RecoveryBox needs your passphrase&lt;/h1&gt;"
RAW_FAKE = "<h1 style='color:red'>FAKE: RecoveryBox needs your passphrase</h1>"


def hostile_labels() -> list[QLabel]:
    """Every label on screen whose text carries the hostile markup."""
    return [
        label
        for label in QApplication.allWidgets()
        if isinstance(label, QLabel) and label.isVisible() and ("<img" in label.text() or "<h1" in label.text())
    ]


def assert_plain(labels: list[QLabel]) -> None:
    assert labels, "the hostile text is not on screen at all"
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, f"{label.objectName()!r} renders markup"


def assert_escaped_tip(tip: str) -> None:
    """A tooltip never carries the outside markup as markup: escaped inside rich text of ours, or plain."""
    assert "<img" not in tip and "<h1" not in tip, tip
    if ("img" in tip or "h1" in tip) and QtGui.mightBeRichText(tip):
        assert "&lt;" in tip, tip


def test_a_feeds_markup_is_plain_in_the_table_its_tooltips_and_the_details(window, qtbot, tmp_path):
    feed = tmp_path / "hostile.json"
    feed.write_text(
        json.dumps(
            [
                {
                    "name": IMAGE,
                    "slug": "img",
                    "day": 1,
                    "time": "19:00",
                    "timezone": "UTC",
                    "location": FAKE,
                    "notes": FAKE,
                }
            ]
        )  # fmt: skip
    )
    window.show_view("meetings")
    view = window.view("meetings")
    with qtbot.waitSignal(view.load(str(feed)).done, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: getattr(view, "load_box", None) is not None and view.load_box.isVisible())
    assert view.load_box.textFormat() == Qt.TextFormat.PlainText
    view.load_box.close()
    view.table.setCurrentIndex(view.model.index(0, 1))
    for column in range(view.model.columnCount()):
        assert_escaped_tip(view.model.data(view.model.index(0, column), Qt.ItemDataRole.ToolTipRole) or "")
    qtbot.waitUntil(lambda: bool(hostile_labels()))
    assert_plain(hostile_labels())


def test_the_reminder_pop_ups_where_line_and_link_are_plain(qtbot):
    due = datetime(2026, 11, 27, 18, tzinfo=UTC)
    popup = ReminderPopup(lambda: UTC, lambda: due)
    qtbot.addWidget(popup)
    popup.add_reminders(
        [
            DueReminder(
                key="event:1:x", kind="event", due=due, fire_at=due, title=RAW_FAKE, event_id=1,
                starts_at=due + timedelta(hours=1), location=RAW_FAKE, online_url="https://x.example/<img src=x>",
            )
        ]
    )  # fmt: skip
    qtbot.waitExposed(popup)
    assert_plain(hostile_labels())
    assert_escaped_tip(popup.cards[0].link_button.toolTip())


def test_an_error_from_a_server_is_a_plain_message_box(window, qtbot, modal):
    seen = []

    def look(box: QMessageBox) -> None:
        seen.append(box.textFormat())
        box.accept()

    modal.then(look)
    show_failure(window, "Loading the list", FeedError(f"The server answered 500 ({RAW_FAKE}). Nothing was changed."))
    assert seen == [Qt.TextFormat.PlainText]


def test_the_sync_status_and_its_tooltip_are_plain(window, qtbot):
    runner = window.session.sync_runner
    runner._say(f"Calendar sync: The server answered with an error: 500 {RAW_FAKE}")
    assert runner.label.textFormat() == Qt.TextFormat.PlainText
    assert_escaped_tip(runner.label.toolTip())
