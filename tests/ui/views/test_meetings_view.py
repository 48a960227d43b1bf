"""Find meetings, used as a person would: load a list (a file, or a web address typed in), filter it, read a
meeting in full, add it to the week, undo, reload with changes, remove the list."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from recoverybox.core.base.changes import Area, Changes
from recoverybox.ui.ops.perform import announce
from tests.feed_server import feed_server
from tests.meeting_feeds import CANDLELIGHT, FOLDER, HTML_NOTES, LUNCH_ONLINE, SUNRISE, sample_meetings
from tests.ui.conftest import make_active


@pytest.fixture
def view(window, qtbot):
    window.show_view("meetings")
    return window.view("meetings")


def load(view, qtbot, source):
    with qtbot.waitSignal(view.load(str(source)).done, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: getattr(view, "load_box", None) is not None and view.load_box.isVisible())
    box = view.load_box
    text = box.text()
    box.close()
    view.load_box = None
    return text


def focus(qtbot, widget):
    make_active(widget.window())
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def select(view, slug):
    row = next(i for i, li in enumerate(view.model.listings) if li.meeting.slug == slug)
    view.table.setCurrentIndex(view.model.index(row, 1))
    return view.model.listings[row]


def row_texts(view, column):
    return [view.model.data(view.model.index(row, column)) for row in range(view.model.rowCount())]


def test_it_starts_empty_and_says_what_to_do(view):
    assert view.pages.currentWidget() is view.empty
    assert "Meeting Guide format" in view.empty.text() and "only when you click" in view.empty.text()
    assert view.update_button.isHidden() and view.list_choice.isHidden()


def test_the_week_toolbar_opens_it(window, qtbot):
    window.show_view("week")
    qtbot.mouseClick(window.view("week").find_button, Qt.MouseButton.LeftButton)
    assert window.current_view_key() == "meetings" and window.view("meetings").isVisible()


def test_loading_a_file_shows_the_meetings_in_the_persons_zone(view, qtbot):
    text = load(view, qtbot, FOLDER / "sample.json")
    assert "29 meetings read." in text and "2 by appointment" in text
    assert view.pages.currentIndex() == 1
    assert view.list_choice.currentText() == "Example Intergroup"
    assert view.model.rowCount() == 33
    assert view.count.text() == "Showing 33 of 33 meeting times, in your time zone (Europe/London)."
    new_york = next(t for t in row_texts(view, 0) if "New York" in t and t.startswith("Tue 00:00"))
    assert new_york == "Tue 00:00–01:00  (Mon 19:00 New York)", "its own time beside the person's"
    closed = next(t for t in row_texts(view, 1) if t.startswith("Friday Candlelight"))
    assert closed == "Friday Candlelight  — temporarily closed", "marked, not hidden"
    assert "left out" in view.list_info.text()


def test_filters_narrow_the_list(view, qtbot):
    load(view, qtbot, FOLDER / "sample.json")
    view.day.setCurrentIndex(view.day.findData(1))  # Monday
    view.attendance.setCurrentIndex(view.attendance.findData("online"))
    assert {li.meeting.slug for li in view.model.listings} == {LUNCH_ONLINE}
    view.attendance.setCurrentIndex(view.attendance.findData("both"))
    view.part_of_day.setCurrentIndex(view.part_of_day.findData("morning"))
    assert {li.meeting.slug for li in view.model.listings} == {SUNRISE}
    view.day.setCurrentIndex(0)
    view.part_of_day.setCurrentIndex(0)
    women = next(a for a in view.types_button.menu().actions() if a.text() == "Women (W)")
    women.trigger()
    assert {li.meeting.slug for li in view.model.listings} == {CANDLELIGHT, "type-sampler-19"}
    assert all("W" in li.meeting.types for li in view.model.listings)
    assert view.types_button.text() == "Women"
    next(a for a in view.types_button.menu().actions() if a.text() == "Any type").trigger()
    view.region.setCurrentIndex(view.region.findData("Illinois > Chicago"))
    assert [li.meeting.name for li in view.model.listings] == ["Hybrid Step Study"]
    view.region.setCurrentIndex(0)
    focus(qtbot, view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.search.hasFocus)
    qtbot.keyClicks(view.search, "side door")
    assert [li.meeting.slug for li in view.model.listings] == [HTML_NOTES]
    assert view.count.text().startswith("Showing 1 of 33")


def test_html_in_notes_is_shown_as_plain_text(view, qtbot):
    load(view, qtbot, FOLDER / "sample.json")
    select(view, HTML_NOTES)
    body = view.details.body
    assert body.textFormat() == Qt.TextFormat.PlainText
    assert "Use the side door & ring twice." in body.text()
    assert "<" not in body.text() and "alert" not in body.text()
    assert "Thursday 13:00–14:00 your time" in body.text() and "Asia/Kolkata" in body.text()


def test_add_to_my_week_in_one_click_and_undo(view, window, qtbot):
    load(view, qtbot, FOLDER / "sample.json")
    select(view, LUNCH_ONLINE)
    assert view.details.title.text() == "Lunchtime Online"
    assert "Join online" in view.details.links.text()
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    services = view.services
    ((key, (event_id, status)),) = services.meeting_lists.added().items()
    assert key[1] == LUNCH_ONLINE and status is None
    event = services.calendar.get_event(event_id)
    assert (event.kind, event.tz, event.rrule) == ("meeting", "America/New_York", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR")
    assert not view.add_button.isEnabled() and view.add_button.text() == "In your week ✓"
    assert "Added “Lunchtime Online” to your week: every Monday, Tuesday" in view.added_note.text()
    assert any(t.startswith("Lunchtime Online  — in your week") for t in row_texts(view, 1))

    window.show_view("week")
    week = window.view("week")
    week.show_date(date(2026, 12, 2))
    titles = [block.occurrence.title for block in week.grid.blocks]
    assert titles.count("Lunchtime Online") == 5

    window.show_view("meetings")
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert services.meeting_lists.added() == {}
    assert view.add_button.isEnabled()


def test_enter_adds_the_selected_meeting(view, qtbot):
    load(view, qtbot, FOLDER / "sample.json")
    select(view, SUNRISE)
    focus(qtbot, view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert [slug for (_list, slug) in view.services.meeting_lists.added()] == [SUNRISE]


def test_a_web_address_is_typed_checked_and_fetched_on_the_click(view, qtbot, modal):
    with feed_server() as server:
        url = server.serve("/area.json", json.dumps(sample_meetings()).encode())

        def type_insecure_then_good(dialog):
            dialog.address.setFocus()
            qtbot.keyClicks(dialog.address, "http://meetings.example.org/feed.json")
            ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
            assert dialog.isVisible(), "an insecure address is refused in the dialog"
            assert "not secure" in dialog.errors.text("feed")
            assert server.requests == []
            dialog.address.clear()
            qtbot.keyClicks(dialog.address, url)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

        modal.then(type_insecure_then_good)
        qtbot.mouseClick(view.load_web_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.operation is not None and not view.operation.running, timeout=20_000)
        qtbot.waitUntil(lambda: getattr(view, "load_box", None) is not None)
        view.load_box.close()
        assert server.requests == ["/area.json"]
        assert url in view.list_info.text() and "from the web" in view.list_info.text()

        # Check for updates fetches it again, and only then.
        view.load_box = None
        qtbot.mouseClick(view.update_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: server.requests == ["/area.json", "/area.json"], timeout=20_000)
        qtbot.waitUntil(lambda: not view.operation.running, timeout=20_000)
        qtbot.waitUntil(lambda: getattr(view, "load_box", None) is not None and view.load_box.isVisible())
        view.load_box.close()


def test_a_malformed_list_gives_a_clear_message_and_changes_nothing(view, qtbot, modal):
    load(view, qtbot, FOLDER / "sample.json")
    before = view.services.meeting_lists.lists()
    seen = []
    modal.then(lambda box: (seen.append(box.text()), box.accept()))
    operation = view.load(str(FOLDER / "web_page.json"))
    qtbot.waitUntil(lambda: not operation.running, timeout=20_000)
    qtbot.waitUntil(lambda: bool(seen))
    assert "a web page (HTML), not a meeting list" in seen[0]
    assert view.services.meeting_lists.lists() == before


def test_a_reload_with_changes_asks_then_updates(view, qtbot, modal, tmp_path, clock):
    path = tmp_path / "area.json"
    path.write_text(json.dumps(sample_meetings()))
    load(view, qtbot, path)
    select(view, SUNRISE)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    changed = sample_meetings()
    changed[0]["time"], changed[0]["end_time"] = "07:15", "08:15"
    path.write_text(json.dumps(changed))
    asked = []

    def answer_yes(box):
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    modal.then(answer_yes)
    focus(qtbot, view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: getattr(view, "load_box", None) is not None and view.load_box.isVisible(), timeout=20_000)
    view.load_box.close()
    assert "Sunrise Serenity: time Monday 07:00–08:00 (Europe/London) → Monday 07:15–08:15" in asked[0]
    ((_key, (event_id, _status)),) = view.services.meeting_lists.added().items()
    assert view.services.calendar.get_event(event_id).start_local.time().minute == 15
    assert view.added_note.text() == "Updated 1 meeting in your week."


def test_removing_a_list_asks_first_and_keeps_the_week(view, qtbot, modal):
    load(view, qtbot, FOLDER / "sample.csv")
    select(view, SUNRISE)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    modal.then(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    view.remove_list()
    assert len(view.services.meeting_lists.lists()) == 1
    modal.then(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    view.remove_list()
    assert view.services.meeting_lists.lists() == []
    assert view.pages.currentWidget() is view.empty
    assert any(
        o.title == "Sunrise Serenity" for o in view.services.calendar.week(date(2026, 11, 30), view.services.zone)
    )


def test_opening_the_app_with_a_web_list_kept_fetches_nothing(qtbot, tmp_path, seeded):
    from recoverybox import paths
    from recoverybox.ui.main_window import MainWindow

    with feed_server() as server:
        url = server.serve("/area.json", json.dumps(sample_meetings()).encode())
        seeded.meeting_lists.load_source(url)
        server.requests.clear()
        win = MainWindow(paths.resolve(tmp_path / "data"), services=seeded, reminders=False)
        qtbot.addWidget(win)
        win.show()
        win.show_view("meetings")
        view = win.view("meetings")
        qtbot.waitUntil(lambda: view.model.rowCount() == 33)
        assert server.requests == [], "no request at start, nor on showing the list: only on a click"


def test_a_meeting_the_list_closed_or_dropped_is_marked_in_the_week(window, qtbot, tmp_path):
    services = window.services
    path = tmp_path / "area.json"
    path.write_text(json.dumps(sample_meetings()))
    list_id = services.meeting_lists.load_source(str(path)).list_id
    services.meeting_lists.add_to_week(list_id, SUNRISE)
    changed = sample_meetings()
    changed[0]["types"].append("TC")
    path.write_text(json.dumps(changed))
    services.meeting_lists.load_source(str(path))
    announce(Changes.of(Area.EVENTS))
    window.show_view("week")
    week = window.view("week")
    week.show_date(date(2026, 11, 30))
    block = next(b for b in week.grid.blocks if b.occurrence.title == "Sunrise Serenity")
    lines = week.grid.block_lines(block)
    assert lines[0].startswith("⚠ Sunrise Serenity")
    assert "Temporarily closed, the meeting list says" in week.hover_card(block.occurrence)
    week.set_mode("agenda")
    tree = week.agenda.tree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    sunrise = next(row for row in rows if "Sunrise Serenity" in row.text(1))
    assert "⚠ Sunrise Serenity" in sunrise.text(1)
    assert sunrise.text(2) == "Temporarily closed, the meeting list says"


@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_screenshots_with_filters_applied(window, qtbot, theme_name):
    """tests/artifacts/meetings-filtered-{light,dark}.png: the view as a person sees it, filters applied."""
    from pathlib import Path

    window.services.settings.set("theme", theme_name)
    window.apply_settings()
    window.resize(1024, 600)
    window.show_view("meetings")
    view = window.view("meetings")
    load(view, qtbot, FOLDER / "sample.json")
    view.day.setCurrentIndex(view.day.findData(1))
    view.set_types({"O"})
    select(view, SUNRISE)
    assert {li.meeting.slug for li in view.model.listings} == {SUNRISE, "bad-link-kept"}
    artifacts = Path(__file__).resolve().parents[2] / "artifacts"
    artifacts.mkdir(exist_ok=True)
    target = artifacts / f"meetings-filtered-{theme_name}.png"
    assert window.grab().save(str(target))
    assert target.stat().st_size > 10_000
    window.services.settings.set("theme", "light")
    window.apply_settings()
