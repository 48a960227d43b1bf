"""Everyday journeys, driven as a person and a screen reader drive the installed app: in a desktop session
(Xvfb, the openbox window manager, a session bus and the AT-SPI bus) at 1366×768 and at 1024×600, finding
controls by role and accessible name through the accessibility tree (``person.Person``, a separate process on
the system Python that never imports RecoveryBox) and typing real keys with xdotool. Each journey ends on what
a person sees (the tree's text) and on what the command line reports; each step leaves a screenshot in
``tests/artifacts/journey-*.png``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.e2e.desktop import desktop  # noqa: F401 (the fixture)
from tests.e2e.person import Person
from tests.e2e.test_find_meetings import agenda_json, cli, ready_data_folder
from tests.e2e.test_protected_data import PASSPHRASE, protect_with_the_command_line
from tests.feed_server import feed_server
from tests.meeting_feeds import sample_meetings

pytestmark = pytest.mark.e2e

LONDON = ZoneInfo("Europe/London")
SIZES = [
    pytest.param("1366x768", id="1366x768"),
    pytest.param("1024x600", id="1024x600", marks=pytest.mark.slow),  # the faketime passes run the larger only
]
WIZARD_PAGES = (
    "Welcome to RecoveryBox", "Sober since", "Your support", "A regular meeting or session", "Someone you trust",
    "Help in a crisis", "Gentle reminders", "A first goal", "Keep it private",
)  # fmt: skip
LONDON_ENV = {"TZ": "Europe/London", "LANG": "en_GB.UTF-8"}
FAKETIME_LIB = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"
PRIVATE_JOURNAL = "Wrote about Marguerite and the bottle in the garage"
PRIVATE_CONTACT = "Zebediah Quillfeather"


def today_london() -> date:
    return datetime.now(LONDON).date()


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def day_text(day: date) -> str:
    """A date as the app writes it and reads it back (``7 Dec 2026``)."""
    return f"{day.day} {day:%b %Y}"


def export_json(data: Path, tmp_path: Path) -> dict:
    out = tmp_path / "export"
    shutil.rmtree(out, ignore_errors=True)
    result = cli("export", "--format", "json", str(out), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    return json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["tables"]


PEOPLE: list[Person] = []


@pytest.fixture(autouse=True)
def _people_leave():
    """Every accessibility driver a journey started stops with it, passed or failed."""
    yield
    while PEOPLE:
        PEOPLE.pop().close()


def start(desktop, data: Path, journey: str, env: dict | None = None, title: str = "Today — RecoveryBox"):  # noqa: F811
    app = desktop.launch("--data-dir", str(data), env={**LONDON_ENV, **(env or {})})
    app.wait_for_title(title, timeout=90_000)
    PEOPLE.append(Person(desktop, app, journey))
    return app, PEOPLE[-1]


def at_clock(moment: datetime) -> dict[str, str | None]:
    """The app's own clock set to ``moment`` (libfaketime, then running on from there): a reminder's time comes
    without waiting for it. The test and the session stay on the real clock."""
    if not Path(FAKETIME_LIB).exists():
        pytest.skip("libfaketime is not installed (Debian faketime)")
    stamp = moment.astimezone(LONDON).strftime("%Y-%m-%d %H:%M:%S")
    return {"LD_PRELOAD": FAKETIME_LIB, "FAKETIME": f"@{stamp}", "FAKETIME_DONT_RESET": None}


def no_later_than(moment: datetime) -> None:
    """Skip when the real clock is so near ``moment`` that a jump back to it is not a jump."""
    if datetime.now(LONDON) >= moment:
        pytest.skip("the day's time has passed the moment this journey needs")


# ---- 1. first run to a weekly meeting on another weekday, with its reminder ------------------------------
@pytest.mark.parametrize("desktop", SIZES, indirect=True)
def test_first_run_to_a_weekly_meeting_on_another_weekday_and_its_reminder(desktop, tmp_path):  # noqa: F811
    data = tmp_path / "data"
    app, person = start(desktop, data, f"first-run-{desktop.size}", title="Set up RecoveryBox")
    person.sees("Welcome to RecoveryBox")
    assert "nobody else can read it" not in person.showing_text()
    assert "protect it with a passphrase" in person.showing_text()
    person.snap("welcome")
    for page in WIZARD_PAGES[1:]:
        person.press("Next >")
        person.sees(page)
        if page == "Help in a crisis":
            screen = person.sees("Samaritans 116 123")  # suggested for the person's country (London's zone)
            assert "999" in screen and "checked 6 Dec 2026" in screen
            person.snap("crisis-line")
    person.press("Finish")
    person.window_gone("Set up RecoveryBox")
    person.go_to_window("Today — RecoveryBox")

    meeting_day = today_london() + timedelta(days=3)  # never today's weekday
    person.key("ctrl+2")
    app.wait_for_title("Week — RecoveryBox")
    person.key("ctrl+n")
    person.wait_for_window("New event")
    person.fill("Title", "Thursday home group")
    person.fill("Start date", day_text(meeting_day))
    person.fill("Start time", "19:00")
    person.key("Tab")
    person.choose("Does not repeat", "Every week")
    weekday = f"{meeting_day:%A}"
    person.sees(f"Every week on {weekday}, from {meeting_day.day} {meeting_day:%b}")
    assert person.find(weekday, "check box"), "the meeting's own weekday is ticked"
    person.choose("At the start", "30 minutes before")
    person.press("Add reminder")
    person.sees("30 minutes before")
    person.snap("new-weekly-meeting")
    person.press("Save")
    person.window_gone("New event")
    screen = person.sees("Saved “Thursday home group”")
    assert person.find("Undo", "push button")
    person.snap("saved")

    for week_day in (meeting_day, meeting_day + timedelta(days=7)):
        found = [o for o in agenda_json(iso_week(week_day), data)["occurrences"] if o["title"] == "Thursday home group"]
        starts = [datetime.fromisoformat(o["start"]) for o in found]
        assert [s.date() for s in starts] == [week_day], "once a week, on its own weekday and on no other"
        assert all(s.strftime("%H:%M") == "19:00" for s in starts)
    code, unexpected = app.quit()
    assert code == 0 and unexpected == []

    # The reminder, 30 minutes before: the app is started at 18:29:45 on the meeting's day (its own clock).
    first = datetime.combine(meeting_day, datetime.min.time()).replace(hour=19, tzinfo=LONDON)
    app, person = start(
        desktop, data, f"first-run-{desktop.size}-reminder", env=at_clock(first - timedelta(minutes=30, seconds=15))
    )
    person.wait_for_window("Reminders — RecoveryBox", timeout=90_000, keyboard=False)
    screen = person.sees("Thursday home group")
    assert "19:00" in screen
    person.snap("reminder-arrived")


# ---- 2. check in a goal for today: Goals and Progress ------------------------------------------------------
@pytest.mark.parametrize("desktop", SIZES, indirect=True)
def test_check_in_a_goal_for_today_and_see_it_in_goals_and_progress(desktop, tmp_path):  # noqa: F811
    from recoverybox import paths
    from recoverybox.core.app.opening import open_database
    from recoverybox.core.app.services import Services
    from recoverybox.core.goals.service import GoalInput

    data = tmp_path / "data"
    ready_data_folder(data)
    services = Services(open_database(paths.resolve(data).db_file))
    services.goals.create(GoalInput("Walk the dog", area="health"))
    services.close()
    app, person = start(desktop, data, f"goal-{desktop.size}")
    person.key("ctrl+3")
    app.wait_for_title("Goals — RecoveryBox")
    screen = person.sees("Walk the dog")
    assert ": missed |" not in screen, "a goal made today has no missed days"
    person.press("Check in today")
    screen = person.sees("Done ✓")
    assert f"{day_text(today_london())}: done" in screen
    person.snap("checked-in")
    person.key("ctrl+4")
    app.wait_for_title("Progress — RecoveryBox")
    person.act("Show Weekly completion as a table", "check box", "Toggle")
    screen = person.sees("100%")
    person.snap("progress")
    code, unexpected = app.quit()
    assert code == 0 and unexpected == []
    exported = export_json(data, tmp_path)
    assert [c["day"] for c in exported["check_ins"]] == [today_london().isoformat()]


# ---- 3. write a journal entry, search it, find it highlighted -------------------------------------------
@pytest.mark.parametrize("desktop", SIZES, indirect=True)
def test_write_a_journal_entry_search_it_and_find_it_highlighted(desktop, tmp_path):  # noqa: F811
    data = tmp_path / "data"
    ready_data_folder(data)
    app, person = start(desktop, data, f"journal-{desktop.size}")
    person.key("ctrl+5")
    app.wait_for_title("Journal — RecoveryBox")
    person.fill("What happened today", "Walked past the café on Mill Lane and kept walking.")
    person.fill("Grateful for", "My sister's phone call")
    person.focus("Search the journal", "text")  # leaving the entry saves it
    person.sees("1 entry.")
    person.type("cafe")
    screen = person.sees("Found: café")
    assert "Walked past the café on Mill Lane" in screen
    person.snap("found")
    code, unexpected = app.quit()
    assert code == 0 and unexpected == []
    exported = export_json(data, tmp_path)
    assert [e["text"] for e in exported["journal_entries"]] == ["Walked past the café on Mill Lane and kept walking."]


# ---- 4 and 5. help now from every view, a dialog and the lock; a new crisis line shows while locked -------
def protected_with_private_things(data: Path, tmp_path: Path) -> None:
    from recoverybox import paths
    from recoverybox.core.app.opening import open_database
    from recoverybox.core.app.services import Services
    from recoverybox.core.journal.entries import JournalInput
    from recoverybox.core.support.contacts import ContactInput

    ready_data_folder(data)
    services = Services(open_database(paths.resolve(data).db_file))
    services.journal.create(JournalInput(today_london(), mood=3, text=PRIVATE_JOURNAL))
    services.contacts.create(ContactInput(PRIVATE_CONTACT, "sponsor", "+44 7700 900456", pinned=True))
    services.settings.set_many({"crisis_line": "Samaritans 116 123", "emergency_number": "999"})
    services.close()
    protect_with_the_command_line(data, tmp_path)


def unlock(person: Person, passphrase: str = PASSPHRASE) -> None:
    person.fill("Passphrase", passphrase, "password text")
    person.key("Return")


def open_protected(desktop, tmp_path: Path, journey: str):  # noqa: F811
    """Protected data with a journal entry, a pinned contact and a crisis line, opened and unlocked."""
    data = tmp_path / "data"
    protected_with_private_things(data, tmp_path)
    app, person = start(desktop, data, journey, title="RecoveryBox — locked")
    unlock(person)
    app.wait_for_title("Today — RecoveryBox")
    return app, person


@pytest.mark.parametrize("desktop", SIZES, indirect=True)
def test_help_now_from_every_view_a_dialog_and_the_lock_shows_the_lines_and_nothing_private(desktop, tmp_path):  # noqa: F811
    app, person = open_protected(desktop, tmp_path, f"help-now-{desktop.size}")
    for index, view in enumerate(("Today", "Week", "Goals", "Progress", "Journal", "Support", "Find meetings")):
        person.key(f"ctrl+{index + 1}")
        app.wait_for_title(f"{view} — RecoveryBox")
        person.key("ctrl+shift+p")
        person.wait_for_window("Right now — RecoveryBox")
        screen = person.sees("In an emergency, call 999.")
        assert "Call the crisis line, Samaritans 116 123" in screen
        if view == "Today":
            assert f"Call {PRIVATE_CONTACT}" in screen, "unlocked, the person's own people are there"
            person.snap("help-unlocked")
        person.key("Escape")
        person.window_gone("Right now — RecoveryBox")
    person.key("ctrl+2")
    app.wait_for_title("Week — RecoveryBox")
    person.key("ctrl+n")  # from a dialog
    person.wait_for_window("New event")
    person.key("ctrl+shift+p")
    person.wait_for_window("Right now — RecoveryBox")
    person.sees("Call the crisis line, Samaritans 116 123")
    person.key("Escape")
    person.window_gone("Right now — RecoveryBox")
    person.key("Escape")
    person.window_gone("New event")
    person.key("ctrl+l")
    app.wait_for_title("RecoveryBox — locked")
    person.press("I need help now")
    person.wait_for_window("Right now — RecoveryBox")
    screen = person.sees("In an emergency, call 999.")
    tree = person.tree()
    assert "Call the crisis line, Samaritans 116 123" in screen
    for private in (PRIVATE_JOURNAL, PRIVATE_CONTACT):
        assert private not in tree, f"{private!r} is readable while locked"
    person.snap("help-locked")


@pytest.mark.parametrize("desktop", SIZES, indirect=True)
def test_a_crisis_line_set_in_settings_is_in_the_locked_help_window_at_once(desktop, tmp_path):  # noqa: F811
    app, person = open_protected(desktop, tmp_path, f"crisis-line-{desktop.size}")
    person.key("ctrl+l")
    app.wait_for_title("RecoveryBox — locked")
    person.press("I need help now")  # once before the change: the window is kept and shown again later
    person.sees("Call the crisis line, Samaritans 116 123")
    person.key("Escape")
    person.window_gone("Right now — RecoveryBox")
    unlock(person)
    app.wait_for_title("Today — RecoveryBox")
    person.key("ctrl+comma")
    person.wait_for_window("Settings")
    person.act("Safety and data", "page tab", "Press")
    person.fill("Crisis line", "Shout text line 85258")
    person.fill("Emergency number", "112")
    person.snap("settings")
    person.press("OK")
    person.window_gone("Settings")
    person.key("ctrl+l")
    app.wait_for_title("RecoveryBox — locked")
    person.press("I need help now")
    screen = person.sees("Call the crisis line, Shout text line 85258")
    assert "In an emergency, call 112." in screen and "116 123" not in screen
    person.snap("locked-help-new-line")


# ---- 6. load a meeting list, add a meeting, see it in the week at the right hour -------------------------
@pytest.mark.parametrize("desktop", SIZES, indirect=True)
def test_load_a_meeting_list_add_a_meeting_and_see_it_at_its_hour(desktop, tmp_path):  # noqa: F811
    data = tmp_path / "data"
    ready_data_folder(data)
    with feed_server() as server:
        url = server.serve("/area/meetings.json", json.dumps(sample_meetings()).encode())
        app, person = start(desktop, data, f"meetings-{desktop.size}")
        person.key("ctrl+7")
        app.wait_for_title("Find meetings — RecoveryBox")
        person.press("From a web address…")
        person.wait_for_window("Load a meeting list from the web")
        person.fill("Web address of the meeting list", url)
        person.key_until("Return", gone="Load a meeting list from the web")
        person.wait_for_window("Meeting list loaded", timeout=60_000)
        person.key_until("Return", gone="Meeting list loaded")
        person.fill("Search meetings", "Sunrise Serenity")
        person.sees("Sunrise Serenity")
        person.snap("found")
        person.press("Add to my week")
        person.sees("Added “Sunrise Serenity”")
        person.key("ctrl+2")
        app.wait_for_title("Week — RecoveryBox")
        monday = today_london() + timedelta(days=(0 - today_london().weekday()) % 7)
        if iso_week(monday) != iso_week(today_london()):
            person.key("alt+Right")
        person.sees("07:00–08:00 Sunrise Serenity")  # the grid, read out
        person.snap("in-the-week")
        code, unexpected = app.quit()
        assert code == 0 and unexpected == []
    found = [o for o in agenda_json(iso_week(monday), data)["occurrences"] if o["title"] == "Sunrise Serenity"]
    assert [datetime.fromisoformat(o["start"]).astimezone(LONDON).strftime("%a %H:%M") for o in found] == ["Mon 07:00"]


# ---- 7. protection on, lock, a wrong then the right passphrase --------------------------------------------
@pytest.mark.parametrize("desktop", SIZES, indirect=True)
def test_turn_protection_on_lock_and_unlock_after_a_wrong_passphrase(desktop, tmp_path):  # noqa: F811
    data = tmp_path / "data"
    ready_data_folder(data)
    app, person = start(desktop, data, f"protect-{desktop.size}")
    person.key("ctrl+comma")
    person.wait_for_window("Settings")
    person.act("Privacy", "page tab", "Press")
    person.press("Protect my data with a passphrase…")
    person.wait_for_window("Protect my data with a passphrase")
    person.fill("Passphrase", PASSPHRASE, "password text")
    person.fill("Type it again", PASSPHRASE, "password text")
    person.act("I understand that without my passphrase or recovery key my data is lost", "check box", "Toggle")
    person.snap("passphrase")
    person.press("Protect my data")
    person.wait_for_window("Your recovery key", timeout=60_000)
    person.act("I have written it down or saved it somewhere safe", "check box", "Toggle")
    person.snap("recovery-key")
    person.press("Done")
    person.window_gone("Your recovery key")
    person.sees("now encrypted")
    person.key("ctrl+l")
    app.wait_for_title("RecoveryBox — locked")
    unlock(person, "not my passphrase at all")
    person.sees("That passphrase does not open your data", timeout=30_000)
    person.snap("wrong-passphrase")
    unlock(person)
    app.wait_for_title("Today — RecoveryBox", timeout=30_000)
    person.snap("unlocked")
    code, unexpected = app.quit()
    assert code == 0 and unexpected == []
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n")
    exe = Path(sys.executable).with_name("recoverybox")
    env = {**os.environ, "RECOVERYBOX_PASSPHRASE_FILE": str(secret)}
    command = [str(exe), "unlock-test", "--data-dir", str(data)]
    checked = subprocess.run(command, env=env, capture_output=True, timeout=120)
    assert checked.returncode == 0, checked.stderr
    secret.write_text("not my passphrase at all\n")
    assert subprocess.run(command, env=env, capture_output=True, timeout=120).returncode != 0


# ---- 8. restore a backup; import an .ics file with one bad event ------------------------------------------
ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Journey//EN
BEGIN:VEVENT
UID:good-1@journey
DTSTAMP:20261201T000000Z
DTSTART;TZID=Europe/London:{day}T180000
DTEND;TZID=Europe/London:{day}T190000
SUMMARY:Evening walk with Priya
END:VEVENT
BEGIN:VEVENT
UID:bad-1@journey
DTSTAMP:20261201T000000Z
DTSTART:not-a-date
SUMMARY:Broken event
END:VEVENT
END:VCALENDAR
"""


@pytest.mark.parametrize("desktop", SIZES, indirect=True)
def test_restore_a_backup_and_import_a_calendar_with_one_bad_event(desktop, tmp_path):  # noqa: F811
    from recoverybox import paths
    from recoverybox.core.app.opening import open_database
    from recoverybox.core.app.services import Services
    from recoverybox.core.calendar.events import EventInput

    data = tmp_path / "data"
    ready_data_folder(data)
    result = cli("backup", "--data-dir", str(data))  # a backup from before the next event
    assert result.returncode == 0, result.stderr
    backup = next(paths.resolve(data).backup_dir.glob("*.sqlite3"))
    services = Services(open_database(paths.resolve(data).db_file))
    moment = datetime.combine(today_london() + timedelta(days=1), datetime.min.time()).replace(hour=9)
    services.calendar.create_event(
        EventInput("Made after the backup", moment, moment + timedelta(hours=1), "Europe/London")
    )
    services.close()

    app, person = start(desktop, data, f"restore-import-{desktop.size}")
    person.key_until("alt+f", "r", shows="Restore a backup", menu=True)  # File › Restore a backup…
    person.wait_for_window("Restore a backup")
    person.type_path(str(backup))
    person.key_until("Return", gone="Restore a backup")
    person.wait_for_window("Restore this backup?")
    person.snap("restore-asked")
    person.press("Yes")
    person.sees("Backup restored.", timeout=60_000)
    # The restore's progress window closes as the data opens again: keys go to the main window only once the
    # window manager has handed it the keyboard back (a key pressed before is lost, as it would be for anyone).
    person.has_keyboard("Today — RecoveryBox")
    week = iso_week(moment.date())
    assert [o["title"] for o in agenda_json(week, data)["occurrences"]] == []

    ics = tmp_path / "mixed.ics"
    ics.write_text(ICS.format(day=f"{moment:%Y%m%d}"), encoding="utf-8")
    person.key_until("alt+f", "i", shows="Import calendar", menu=True)  # File › Import calendar (.ics)…
    person.wait_for_window("Import calendar")
    person.type_path(str(ics))
    person.key_until("Return", gone="Import calendar")
    person.wait_for_window("Imported, but some events were left out", timeout=60_000)
    screen = person.sees("Imported 1 new event.")
    assert "Broken event" in screen or "bad-1@journey" in screen
    person.snap("import-report")
    person.press("OK")
    person.window_gone("Imported, but some events were left out")
    code, unexpected = app.quit()
    assert code == 0 and unexpected == []
    titles = [o["title"] for o in agenda_json(week, data)["occurrences"]]
    assert titles == ["Evening walk with Priya"]


# ---- 9. the window closed, reminders running: a reminder comes, and opens the app -------------------------
@pytest.mark.parametrize("desktop", SIZES, indirect=True)
def test_a_reminder_with_the_window_closed_opens_the_app(desktop, tmp_path):  # noqa: F811
    from recoverybox import paths
    from recoverybox.core.app.opening import open_database
    from recoverybox.core.app.services import Services
    from recoverybox.core.calendar.events import EventInput

    data = tmp_path / "data"
    ready_data_folder(data)
    day = today_london() + timedelta(days=2)
    start_at = datetime.combine(day, datetime.min.time()).replace(hour=18)
    services = Services(open_database(paths.resolve(data).db_file))
    services.settings.set_many({"keep_running_on_close": "yes", "notify_with": "popup"})
    services.calendar.create_event(
        EventInput("Therapy with Dr Okafor", start_at, start_at + timedelta(hours=1), "Europe/London",
                   kind="therapy", reminder_offsets=[15])
    )  # fmt: skip
    services.close()
    due = start_at.replace(tzinfo=LONDON) - timedelta(minutes=15)
    app, person = start(desktop, data, f"closed-window-{desktop.size}", env=at_clock(due - timedelta(seconds=40)))
    # Closed at once, by the window manager: reminders keep running (they used to start only at the first paint).
    person.close_window("Today — RecoveryBox")
    assert app.proc.poll() is None, "still running, without a window"
    person.wait_for_window("Reminders — RecoveryBox", timeout=90_000, keyboard=False)
    screen = person.sees("Therapy with Dr Okafor")
    assert "18:00" in screen
    person.snap("reminder")
    person.press("Open")
    app.wait_for_title("Week — RecoveryBox", timeout=30_000)
    person.sees("Therapy with Dr Okafor")
    person.snap("opened")
    code, unexpected = app.quit()
    assert code == 0 and unexpected == []
