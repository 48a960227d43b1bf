"""While locked, a screen reader (or any accessibility client) reads nothing private: the app is driven with
real keys in a desktop session (Xvfb, openbox, the AT-SPI bus) and its tree is read over AT-SPI by a separate
process, as assistive technology reads it (issue 29, item 4)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.exceptions import TimeoutError as WaitTimeout

from tests.e2e.desktop import desktop  # noqa: F401 (the fixture)
from tests.e2e.test_find_meetings import ready_data_folder
from tests.e2e.test_protected_data import PASSPHRASE, protect_with_the_command_line, type_until

pytestmark = pytest.mark.e2e

JOURNAL = "Wrote about Marguerite and the bottle in the garage"
CONTACT = "Zebediah Quillfeather"
EVENT = "Lighthouse Circle"
TYPED = "Half-typed note about Okonkwo"
PRIVATE = (JOURNAL, CONTACT, EVENT, TYPED)


def protected_folder(folder: Path, tmp_path: Path) -> None:
    from recoverybox import paths
    from recoverybox.core.app.opening import open_database
    from recoverybox.core.app.services import Services
    from recoverybox.core.calendar.events import EventInput
    from recoverybox.core.journal.entries import JournalInput
    from recoverybox.core.support.contacts import ContactInput

    ready_data_folder(folder)
    services = Services(open_database(paths.resolve(folder).db_file))
    services.journal.create(JournalInput(date.today(), mood=3, text=JOURNAL))
    services.contacts.create(ContactInput(CONTACT, "sponsor", "+44 7700 900456"))
    start = datetime.combine(date.today(), datetime.min.time()).replace(hour=19)
    services.calendar.create_event(EventInput(EVENT, start, start + timedelta(hours=1), "Europe/London"))
    services.close()
    protect_with_the_command_line(folder, tmp_path)


def test_while_locked_the_accessibility_tree_holds_nothing_private(desktop, tmp_path):  # noqa: F811
    data = tmp_path / "data"
    protected_folder(data, tmp_path)
    app = desktop.launch("--data-dir", str(data))
    app.wait_for_title("RecoveryBox — locked")
    type_until(app, PASSPHRASE, "Today — RecoveryBox")
    for keys, title in (("ctrl+5", "Journal"), ("ctrl+6", "Support"), ("ctrl+2", "Week")):
        app.key(keys)
        app.wait_for_title(f"{title} — RecoveryBox")
    unlocked = desktop.read_tree()
    app.screenshot("e2e-a11y-unlocked")
    for text in (JOURNAL, CONTACT, EVENT):  # the reader does see the data while unlocked
        assert text in unlocked, f"{text!r} not readable even unlocked:\n{unlocked[:3000]}"

    app.key("ctrl+n")  # a dialog with something typed in it, left open
    app.wait_for_title("New event")
    for _attempt in range(3):  # typed before the new dialog had the keyboard, the keys went nowhere: again
        app.xdotool("windowactivate", "--sync", app.window_id)
        app.key("ctrl+a")
        app.xdotool("type", "--delay", "5", TYPED)
        try:
            app.qtbot.waitUntil(lambda: TYPED in desktop.read_tree(), timeout=10_000)
            break
        except WaitTimeout:
            continue
    assert TYPED in desktop.read_tree()

    app.key("ctrl+l")
    app.wait_for_title("RecoveryBox — locked")
    locked = desktop.read_tree()
    app.screenshot("e2e-a11y-locked")
    assert "RecoveryBox is locked" in locked
    for text in PRIVATE:
        assert text not in locked, f"{text!r} is readable while locked"

    app.key("ctrl+shift+p")  # help while locked: its own words, nothing from the data
    app.wait_for_title("Right now — RecoveryBox")
    helping = desktop.read_tree()
    app.screenshot("e2e-a11y-locked-help")
    for text in PRIVATE:
        assert text not in helping, f"{text!r} is readable in the help window while locked"
