"""Journal (typing, autosave, reopening), urges, daily reflection and pledge, contacts, the plan, the panic window."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox, QPushButton

from recoverybox.ui.dialogs.contact_dialog import ContactDialog
from recoverybox.ui.dialogs.urge_dialog import UrgeDialog
from recoverybox.ui.panic_window import PanicWindow

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


def save(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


@pytest.fixture
def journal(qtbot, window):
    window.show_view("journal")
    return window.view("journal")


def test_write_an_entry_by_typing_and_see_it_after_reopening(qtbot, window, journal, seeded):
    qtbot.mouseClick(journal.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(journal.editor.text, "Quiet evening. Called Sam after dinner.")
    journal.editor.mood.slider.setValue(6)
    qtbot.keyClicks(journal.editor.triggers, "tired, payday")
    journal.editor.halt["tired"].setChecked(True)
    # Saved by itself within a second of the last change; no fixed sleep, just wait for the row.
    qtbot.waitUntil(lambda: any("Called Sam" in e.text for e in seeded.journal.list()), timeout=2000)
    window.show_view("today")
    window.show_view("journal")
    texts = [journal.list.topLevelItem(i).text(4) for i in range(journal.list.topLevelItemCount())]
    assert "Quiet evening. Called Sam after dinner." in texts
    entry = next(e for e in seeded.journal.list() if "Called Sam" in e.text)
    assert (entry.mood, entry.tired, sorted(t.name for t in entry.triggers)) == (6, True, ["payday", "tired"])


def test_text_typed_just_before_closing_is_saved(qtbot, window, journal, seeded):
    journal.new_entry()
    qtbot.keyClicks(journal.editor.text, "Last words before closing")
    assert journal.editor.has_unsaved_changes()  # the autosave timer has not fired yet
    window.close()  # a person closes the window straight away
    assert any(e.text == "Last words before closing" for e in seeded.journal.list())


def test_trigger_tags_complete_from_earlier_ones(qtbot, journal):
    journal.new_entry()
    qtbot.keyClicks(journal.editor.triggers, "tired, pay")
    completer = journal.editor.completer
    assert completer.completionPrefix() == "pay" and completer.currentCompletion() == "payday"
    completer.activated.emit("payday")
    assert journal.editor.triggers.text() == "tired, payday, "


def test_search_and_delete_with_confirmation(qtbot, journal, seeded, modal):
    journal.search.setText("nothing like this")
    assert journal.list.topLevelItemCount() == 0 and "No entries match" in journal.count.text()
    journal.search.clear()
    qtbot.keyClicks(journal.search, "meet")  # typed as a person would: each key searches again
    assert journal.list.topLevelItemCount() == 1

    snippet = journal.extract(journal.list.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole))
    assert "<b " in snippet and ">meeting</b>" in snippet.lower()  # the match is highlighted
    journal.list.viewport().repaint()  # and painted by the delegate without error
    journal.list.setCurrentItem(journal.list.topLevelItem(0))
    modal.then(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    journal.delete_button.click()
    assert seeded.journal.list() == []


def test_log_an_urge_and_see_the_weekly_count(qtbot, journal, seeded, modal):
    def fill(dialog: UrgeDialog):
        dialog.intensity.setValue(8)
        qtbot.keyClicks(dialog.trigger, "payday")
        qtbot.keyClicks(dialog.place, "high street")
        qtbot.keyClicks(dialog.helped, "walked home, called Sam")
        dialog.passed_yes.setChecked(True)
        save(dialog)

    journal.tabs.setCurrentIndex(1)
    modal.then(fill)
    journal.urge_button.click()
    assert journal.urge_list.topLevelItem(0).text(1) == "8/10"
    # One row to scan, no columns to scroll to: when, strength and passed as badges, then the words.
    row = journal.urge_rows.describe(journal.urge_list.model().index(0, 0))
    assert row.badges == ["Strength 8/10", "Passed"]
    spoken = journal.urge_list.topLevelItem(0).data(0, Qt.ItemDataRole.AccessibleTextRole)
    assert "Strength 8/10" in spoken and "payday" in spoken and "called Sam" in spoken  # the whole row, read
    assert all(journal.urge_list.isColumnHidden(c) for c in range(1, 6)) and journal.urge_list.isHeaderHidden()
    assert journal.urge_count.text().startswith("1 urge logged this week")
    assert seeded.recovery.urges()[0].passed is True


def test_reflection_answer_star_and_pledge_on_today(qtbot, window, seeded, monkeypatch):
    window.show_view("today")
    daily = window.view("today").daily
    assert daily.reflection_text.text() == seeded.recovery.todays_reflection().text
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("A short honest answer.", True))
    daily.answer_button.click()
    assert [e.kind for e in seeded.journal.list(kinds=("reflection",))] == ["reflection"]
    daily.star_button.click()
    assert [r.id for r in seeded.recovery.favourites()] == [seeded.recovery.todays_reflection().id]
    daily.pledge_text.clear()
    qtbot.keyClicks(daily.pledge_text, "Today I commit to one meeting.")
    daily.pledge_button.click()
    assert daily.pledge_status.text() == "Pledged today ✓ · 1-day streak"
    daily.review_group.button(4).setChecked(True)
    daily.review_button.click()
    assert [(e.rating) for e in seeded.journal.list(kinds=("review",))] == [4]


def test_an_empty_pledge_says_why_beside_the_button(qtbot, window, seeded):
    """A pledge that cannot be made says why where the person looks, and nothing is stored (it raised instead,
    before: the words of the pledge hid the function that turns a problem into words)."""
    window.show_view("today")
    daily = window.view("today").daily
    daily.pledge_text.clear()
    qtbot.keyClicks(daily.pledge_text, "   ")
    daily.pledge_button.click()
    assert "Write what you commit to today" in daily.pledge_status.text()
    assert seeded.journal.list(kinds=("pledge",)) == []


def test_contacts_add_call_mail_pin_and_delete(qtbot, window, seeded, modal, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    window.show_view("support")
    support = window.view("support")

    def fill(dialog: ContactDialog):
        qtbot.keyClicks(dialog.name, "Dr. Rivera")
        dialog.role.setCurrentIndex(dialog.role.findData("therapist"))
        qtbot.keyClicks(dialog.phone, "+44 20 7946 0000")
        qtbot.keyClicks(dialog.email, "rivera@clinic.example")
        save(dialog)

    modal.then(fill)
    support.add_button.click()
    contact = next(c for c in seeded.contacts.list() if c.name == "Dr. Rivera")
    support.select_contact(contact.id)
    support.call_button.click()
    support.mail_button.click()
    assert opened == ["tel:+442079460000", "mailto:rivera@clinic.example"]
    support.pin_button.click()
    assert next(c for c in seeded.contacts.list() if c.name == "Dr. Rivera").pinned
    support.select_contact(contact.id)
    modal.then(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    support.delete_button.click()
    assert all(c.name != "Dr. Rivera" for c in seeded.contacts.list())
    assert QUrl("tel:+1") is not None


def test_edit_the_plan_and_export_it(qtbot, window, seeded, tmp_path):
    window.show_view("support")
    support = window.view("support")
    support.tabs.setCurrentIndex(1)
    qtbot.keyClicks(support.plan_edits["warning_signs"], "Skipping meals")
    qtbot.keyClicks(support.plan_edits["reasons"], "My kids")
    # Saved as typed, like the journal: there is no Save button to forget.
    assert not [b for b in support.findChildren(QPushButton) if "save" in b.text().lower()]
    qtbot.waitUntil(lambda: seeded.recovery.plan()["reasons"] == "My kids")
    assert seeded.recovery.plan()["warning_signs"] == "Skipping meals" and support.plan_status.text() == "Saved"
    qtbot.keyClicks(support.plan_edits["warning_signs"], " and sleep")
    window.show_view("today")  # leaving before the pause saves at once
    assert seeded.recovery.plan()["warning_signs"] == "Skipping meals and sleep"
    from recoverybox.ui.printing.plan_pdf import write_plan_pdf

    target = write_plan_pdf(tmp_path / "plan.pdf", seeded)
    document = QPdfDocument()
    document.load(str(target))
    text = document.getAllText(0).text()
    assert "My warning signs" in text and "Skipping meals" in text and "My kids" in text
    document.close()


def test_panic_window_breathing_with_a_fake_clock_contacts_and_crisis_line(qtbot, seeded):
    seeded.settings.set("crisis_line", "Samaritans 116 123")
    seeded.recovery.save_plan({"reasons": "My kids\nMy health"})
    now = [1000.0]
    panic = PanicWindow(seeded, now=lambda: now[0])
    qtbot.addWidget(panic)
    panic.resize(1200, 800)
    panic.show()
    panic.breathing_button.click()
    assert panic.breathing.instruction() == "Breathe in … 4"
    now[0] += 5
    panic.breathing.tick()
    assert panic.breathing.instruction() == "Hold … 3"
    now[0] += 4
    panic.breathing.tick()
    assert panic.breathing.instruction() == "Breathe out … 3"
    now[0] += 8
    panic.breathing.tick()
    assert panic.breathing.cycles == 1 and panic.breathing.instruction() == "Breathe in … 3"
    panic.surf_button.click()
    now[0] += 8 * 60
    panic.surf_tick()
    assert panic.surf_progress.value() == 480 and panic.surf_text.text() == panic.surf_lines[4]
    assert [b.text() for b in panic.call_buttons] == ["Call Sam  (+44 7700 900123)"]
    assert panic.crisis.text() == "Crisis line: Samaritans 116 123"
    assert panic.reason_lines() == ["My kids", "My health"]
    panic.show_tool(2)
    panic.halt_boxes["lonely"].setChecked(True)
    assert panic.halt_tips["lonely"].isVisible() and not panic.halt_tips["hungry"].isVisible()
    ARTIFACTS.mkdir(exist_ok=True)
    assert panic.grab().save(str(ARTIFACTS / "panic-window.png"))


def test_a_call_with_no_phone_app_shows_the_number_large_with_copy(qtbot, seeded):
    calls = []
    panic = PanicWindow(seeded, open_url=lambda url: calls.append(url.toString()) or False)
    qtbot.addWidget(panic)
    panic.show()
    assert not panic.fallback.isVisible()
    qtbot.mouseClick(panic.call_buttons[0], Qt.MouseButton.LeftButton)
    assert calls == ["tel:+447700900123"]
    assert panic.fallback.isVisible() and panic.fallback_number.text() == "+44 7700 900123"
    assert "Sam" in panic.fallback_text.text()
    qtbot.mouseClick(panic.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "+44 7700 900123"
    # A phone app that takes the call: nothing else to show.
    panic.open_url = lambda url: True
    qtbot.mouseClick(panic.call_buttons[0], Qt.MouseButton.LeftButton)
    assert not panic.fallback.isVisible()


def test_the_crisis_window_puts_people_first_on_a_narrow_screen(qtbot, seeded):
    panic = PanicWindow(seeded)
    qtbot.addWidget(panic)
    panic.resize(1200, 700)
    panic.show()
    qtbot.waitUntil(lambda: panic.people.x() > panic.tools.x())
    panic.resize(700, 700)
    qtbot.waitUntil(lambda: panic.people.y() < panic.tools.y())
    panic.show_tool(4)
    first = panic.idea_text.text()
    qtbot.mouseClick(panic.next_idea, Qt.MouseButton.LeftButton)
    assert panic.idea_text.text() != first and panic.idea_count.text().startswith("2 of ")


def test_panic_opens_from_the_one_help_button_over_today(qtbot, window):
    """Today had its own "I need help now" and "I have an urge" beside the window's: one of each now, on the
    window's bar, in every view."""
    from PySide6.QtWidgets import QAbstractButton, QToolBar

    window.show_view("today")
    today = window.view("today")
    assert not [b for b in today.findChildren(QAbstractButton) if "help" in b.text().lower() or "urge" in b.text()]
    bar = window.findChild(QToolBar)
    qtbot.mouseClick(bar.widgetForAction(window.menus.panic_action), Qt.MouseButton.LeftButton)
    assert window.panic.isVisible()
    window.panic.close()
    assert date.today() is not None


def test_journal_counts_every_entry_and_reads_more_as_the_list_scrolls(qtbot, window, seeded):
    from datetime import timedelta

    from recoverybox.core.journal.entries import JournalInput
    from recoverybox.ui.views.journal_view import PAGE

    window.show_view("journal")
    journal = window.view("journal")
    assert journal.count.text() == "1 entry."
    for n in range(2 * PAGE + 20):
        seeded.journal.create(JournalInput(date(2020, 1, 1) + timedelta(days=n), text=f"day {n}"))
    journal.refresh_list()
    assert journal.count.text() == f"{2 * PAGE + 21:,} entries."
    assert journal.list.topLevelItemCount() == PAGE  # one page read, not every entry
    bar = journal.list.verticalScrollBar()
    for loaded in (PAGE, 2 * PAGE):  # scrolling to the end reads the next page, until every entry is there
        qtbot.waitUntil(lambda: bar.maximum() > bar.value())  # laid out what it holds, beyond the screen
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda loaded=loaded: journal.list.topLevelItemCount() > loaded)
    assert journal.list.topLevelItemCount() == 2 * PAGE + 21
    oldest = journal.list.topLevelItem(journal.list.topLevelItemCount() - 1)
    assert "day 0" in oldest.text(4)
    # Searching pages the same way: every match is counted.
    journal.search.setText("day")
    assert journal.count.text() == f"{2 * PAGE + 20:,} entries." and journal.list.topLevelItemCount() == PAGE
    rows_fitting = journal.list.viewport().height() // journal.list.sizeHintForRow(0)
    assert rows_fitting < PAGE  # the page fills the list: the scroll bar can ask for more
    # Highlighted extracts are made for the rows on screen, and for the others once scrolled to.
    first, far = (journal.list.topLevelItem(row).data(0, Qt.ItemDataRole.UserRole) for row in (0, PAGE - 1))
    assert "<b " in journal.extract(first) and journal.extract(far) is None
    journal.list.scrollToItem(journal.list.topLevelItem(PAGE - 1))
    qtbot.waitUntil(lambda: journal.extract(far) is not None)
    # The date column has room for the date and the time it was written.
    item = journal.list.topLevelItem(0)
    needed = journal.list.fontMetrics().horizontalAdvance(item.text(0))
    assert journal.list.columnWidth(0) > needed


def test_a_list_taller_than_a_page_reads_pages_until_it_is_full(qtbot, window, seeded, monkeypatch):
    """With no scroll bar to move, a tall list would otherwise show only its first page."""
    from datetime import timedelta

    from recoverybox.core.journal.entries import JournalInput
    from recoverybox.ui.views import journal_view

    monkeypatch.setattr(journal_view, "PAGE", 5)
    for n in range(80):
        seeded.journal.create(JournalInput(date(2020, 1, 1) + timedelta(days=n), text=f"day {n}"))
    window.show_view("journal")
    journal = window.view("journal")
    journal.refresh_list()
    shown = journal.list.topLevelItemCount()
    assert 5 < shown < 81 and shown % 5 == 0
    assert shown * journal.list.sizeHintForRow(0) > journal.list.viewport().height()  # the list is full


def test_an_autosave_keeps_the_list_where_the_person_was_reading(qtbot, window, seeded):
    """Editing an entry found far down the list: each autosave re-reads the list, at the same place."""
    from datetime import timedelta

    from recoverybox.core.journal.entries import JournalInput
    from recoverybox.ui.views.journal_view import PAGE

    for n in range(2 * PAGE):
        seeded.journal.create(JournalInput(date(2020, 1, 1) + timedelta(days=n), text=f"day {n}"))
    window.show_view("journal")
    journal = window.view("journal")
    journal.refresh_list()
    bar = journal.list.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > bar.value())
    bar.setValue(bar.maximum())  # the second page is read
    qtbot.waitUntil(lambda: journal.list.topLevelItemCount() > PAGE)
    far = journal.list.topLevelItem(PAGE + 20)
    journal.list.scrollToItem(far)
    journal.list.setCurrentItem(far)
    place, shown, far_id = bar.value(), journal.list.topLevelItemCount(), far.data(0, Qt.ItemDataRole.UserRole)
    qtbot.keyClicks(journal.editor.text, " and a walk")
    assert journal.flush()  # the autosave, now rather than after its pause
    qtbot.waitUntil(lambda: "and a walk" in journal.list.currentItem().text(4))
    assert journal.list.topLevelItemCount() == shown and bar.value() == place
    assert journal.list.currentItem().data(0, Qt.ItemDataRole.UserRole) == far_id


def test_the_crisis_line_and_emergency_number_show_as_plain_text(qtbot, seeded):
    from recoverybox.ui.panic_window import PanicWindow

    seeded.settings.set("crisis_line", "<b>Bold</b> <a href='https://x.example'>line</a> 116 123")
    panic = PanicWindow(seeded)
    qtbot.addWidget(panic)
    panic.refresh()
    line = "<b>Bold</b> <a href='https://x.example'>line</a> 116 123"
    assert panic.crisis.textFormat() == Qt.TextFormat.PlainText
    assert panic.crisis.text() == f"Crisis line: {line}"  # shown as typed, markup and all
    assert panic.crisis_call.text() == f"Call {line}" and panic._crisis[1] == "116 123"
    assert panic.emergency_label.textFormat() == Qt.TextFormat.PlainText
