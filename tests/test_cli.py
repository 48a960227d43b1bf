"""The command line: --version, --help and the agenda, usable without a display."""

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from recoverybox import __version__, paths
from recoverybox.app import main
from recoverybox.core.app.opening import open_database
from recoverybox.core.app.services import Services
from recoverybox.core.calendar.events import EventInput


@pytest.fixture
def data_dir(tmp_path, clock):
    app_paths = paths.resolve(tmp_path / "data")
    services = Services(open_database(app_paths.db_file), clock)
    services.settings.set("timezone", "America/New_York")
    services.calendar.create_event(
        EventInput(
            "Home group",
            datetime(2026, 11, 3, 19),
            datetime(2026, 11, 3, 20),
            "America/New_York",
            kind="meeting",
            fellowship="NA",
            rrule="FREQ=WEEKLY;BYDAY=TU",
            location="Main St church",
        )
    )
    services.calendar.create_event(
        EventInput("London call", datetime(2026, 12, 2, 15), datetime(2026, 12, 2, 15, 30), "Europe/London")
    )
    services.close()
    return app_paths.data_dir


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"RecoveryBox {__version__}"


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "--data-dir" in out and "--demo" in out and "agenda" in out


def test_agenda_json_has_local_iso_times_and_zone_names(capsys, data_dir):
    assert main(["agenda", "--week", "2026-W49", "--json", "--data-dir", str(data_dir)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["week"] == "2026-W49" and payload["timezone"] == "America/New_York"
    starts = [(o["title"], o["start"], o["event_timezone"]) for o in payload["occurrences"]]
    assert starts == [
        ("Home group", "2026-12-01T19:00:00-05:00", "America/New_York"),
        ("London call", "2026-12-02T10:00:00-05:00", "Europe/London"),
    ]


def test_agenda_text_groups_by_day(capsys, data_dir):
    assert main(["--data-dir", str(data_dir), "agenda", "--week", "2026-W49"]) == 0
    out = capsys.readouterr().out
    assert "Tuesday 01 December" in out
    assert "19:00–20:00   Home group  (Main St church)" in out


def test_agenda_over_a_range_is_every_week_in_it_with_the_same_fields(capsys, data_dir):
    weeks = []
    for week in ("2026-W45", "2026-W46", "2026-W47", "2026-W48", "2026-W49"):
        assert main(["agenda", "--week", week, "--json", "--data-dir", str(data_dir)]) == 0
        weeks += json.loads(capsys.readouterr().out)["occurrences"]
    assert main(["agenda", "--from", "2026-11-02", "--to", "2026-12-06", "--json", "--data-dir", str(data_dir)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert (payload["from"], payload["to"], payload["timezone"]) == ("2026-11-02", "2026-12-06", "America/New_York")
    assert payload["occurrences"] == weeks and len(weeks) == 6  # five Tuesdays and the London call
    # Both days included; one day alone.
    assert main(["agenda", "--from", "2026-12-02", "--to", "2026-12-02", "--json", "--data-dir", str(data_dir)]) == 0
    assert [o["title"] for o in json.loads(capsys.readouterr().out)["occurrences"]] == ["London call"]
    assert main(["--data-dir", str(data_dir), "agenda", "--from", "2026-12-01", "--to", "2026-12-02"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Tue 01 Dec 2026 – Wed 02 Dec 2026, America/New_York")
    assert "Tuesday 01 December" in out and "London call" in out


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--from", "2026-12-09", "--to", "2026-12-01"], "is before --from"),
        (["--from", "9 Dec"], "dates look like 2026-12-01"),
        (["--from", "2020-01-01", "--to", "2030-01-01"], "split a longer one"),
        (["--week", "2026-W49", "--from", "2026-12-01"], "either --week or --from/--to"),
    ],
)
def test_agenda_range_mistakes_are_said_plainly(capsys, data_dir, args, said):
    assert main(["agenda", *args, "--data-dir", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err


def test_agenda_bad_week_is_a_clear_message_not_a_traceback(capsys, data_dir):
    assert main(["agenda", "--week", "someday", "--data-dir", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert "is not a week like 2026-W49" in err and "Traceback" not in err


def test_agenda_on_a_foreign_file_is_a_clear_message(capsys, tmp_path):
    app_paths = paths.resolve(tmp_path / "bad")
    app_paths.db_file.write_bytes(b"this is not a database at all" * 100)
    assert main(["agenda", "--data-dir", str(app_paths.data_dir)]) == 2
    assert "damaged or is not a RecoveryBox file" in capsys.readouterr().err


def test_python_dash_m_works_without_a_display():
    env = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}
    out = subprocess.run(
        [sys.executable, "-m", "recoverybox", "--version"], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == f"RecoveryBox {__version__}"


def test_ics_export_and_import_on_the_command_line(capsys, data_dir, tmp_path):
    target = tmp_path / "plan.ics"
    assert (
        main(["ics", "export", str(target), "--from", "2026-12-01", "--to", "2026-12-07", "--data-dir", str(data_dir)])
        == 0
    )
    assert "Exported 2 events to" in capsys.readouterr().out
    other = paths.resolve(tmp_path / "other").data_dir
    assert main(["ics", "import", str(target), "--data-dir", str(other)]) == 0
    assert "Imported 2 new events." in capsys.readouterr().out
    assert main(["ics", "import", str(target), "--data-dir", str(other)]) == 0
    assert "Imported 0 new events and updated 2 existing events." in capsys.readouterr().out


def test_ics_import_says_what_it_adjusted_and_skipped(capsys, tmp_path):
    calendars = Path(__file__).resolve().parent / "core" / "calendar" / "ics"
    other = paths.resolve(tmp_path / "other").data_dir
    assert main(["ics", "import", str(calendars / "one_bad_event.ics"), "--data-dir", str(other)]) == 0
    out = capsys.readouterr().out
    assert "Imported 2 new events." in out
    assert "Could not be read, so left out: 1 event." in out
    assert "“Meeting on Mars time”: its time zone “Mars/Olympus_Mons” is not defined in the file" in out
    assert main(["ics", "import", str(calendars / "duplicate_uids.ics"), "--data-dir", str(other)]) == 0
    out = capsys.readouterr().out
    assert "2 events were older copies of an event in the same file" in out
    assert "(“Sponsor coffee (old time)”, “Sponsor coffee (second time)”)" in out


def test_ics_import_of_a_bad_file_is_a_clear_message(capsys, data_dir, tmp_path):
    bad = tmp_path / "bad.ics"
    bad.write_text("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nSUMMARY:Broken\nEND:VEVENT\nEND:VCALENDAR\n")
    assert main(["ics", "import", str(bad), "--data-dir", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert "“Broken” has no DTSTART" in err and "Traceback" not in err
    assert main(["ics", "export", str(tmp_path / "x.ics"), "--from", "soon", "--data-dir", str(data_dir)]) == 2
    assert "Dates look like 2026-12-01" in capsys.readouterr().err


# ---- meetings ------------------------------------------------------------------------------------
def _run_json(capsys, *argv):
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_meetings_load_list_and_add_on_the_command_line(capsys, tmp_path):
    from tests.meeting_feeds import FOLDER, LUNCH_ONLINE, SUNRISE

    data = str(tmp_path / "data")
    assert main(["meetings", "load", str(FOLDER / "sample.csv"), "--data-dir", data, "--fellowship", "AA"]) == 0
    out = capsys.readouterr().out
    assert "Loaded “Example Intergroup” (list 1)." in out and "29 meetings read." in out
    assert "Line 14 (“Bad time”), time: “25:00” is not a time of day" in out

    every = _run_json(capsys, "meetings", "list", "--json", "--data-dir", data)
    assert len(every) == 33
    sunrise = next(row for row in every if row["slug"] == SUNRISE)
    assert set(sunrise) >= {
        "slug",
        "name",
        "day",
        "time",
        "end_time",
        "timezone",
        "types",
        "online",
        "conference_url",
        "address",
    }
    assert sunrise["types"] == ["O", "D", "X", "BE"] and sunrise["online"] is False
    online = _run_json(
        capsys, "meetings", "list", "--online", "--type", "SP", "--day", "1", "--json", "--data-dir", data
    )
    assert [row["slug"] for row in online] == [LUNCH_ONLINE]
    assert online[0]["conference_url"] == "https://video.example.com/j/5550100"
    in_person = _run_json(capsys, "meetings", "list", "--in-person", "--json", "--data-dir", data)
    assert all(row["address"] for row in in_person) and LUNCH_ONLINE not in {row["slug"] for row in in_person}

    assert main(["meetings", "add", SUNRISE, "--data-dir", data]) == 0
    assert "Added “Sunrise Serenity” to your week, every Monday" in capsys.readouterr().out
    assert main(["meetings", "add", SUNRISE, "--data-dir", data]) == 2
    assert "already in your week" in capsys.readouterr().err
    assert main(["meetings", "add", "no-such-meeting", "--data-dir", data]) == 2
    assert "No meeting with the id “no-such-meeting”" in capsys.readouterr().err


def test_meetings_on_the_command_line_refuse_bad_input_clearly(capsys, tmp_path):
    from tests.meeting_feeds import FOLDER

    data = str(tmp_path / "data")
    assert main(["meetings", "list", "--data-dir", data]) == 2
    assert "no meeting list is kept yet" in capsys.readouterr().err
    assert main(["meetings", "load", str(FOLDER / "web_page.json"), "--data-dir", data]) == 2
    assert "a web page (HTML), not a meeting list" in capsys.readouterr().err
    assert main(["meetings", "load", "http://lists.example.org/feed.json", "--data-dir", data]) == 2
    assert "not secure (http://)" in capsys.readouterr().err
    assert main(["meetings", "load", str(FOLDER / "sample.json"), "--fellowship", "XYZ", "--data-dir", data]) == 2
    assert "Choose a fellowship" in capsys.readouterr().err
    assert main(["meetings", "list", "--list", "Nope", "--data-dir", data]) == 2
    assert "no meeting list is kept yet" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("de", ["Woche 2026-W49 (Mo. 30 Nov. – So. 06 Dez. 2026), America/New_York", "Dienstag 01 Dezember"]),
        ("es", ["Semana 2026-W49 (lun 30 nov – dom 06 dic 2026), America/New_York", "martes 01 diciembre"]),
    ],
)
def test_the_command_line_speaks_the_persons_language_but_json_stays_english(language, said, data_dir):
    """Its sentences and dates in Spanish or German (the setting, or RECOVERYBOX_LANGUAGE); JSON keys never."""
    import os

    env = {**os.environ, "RECOVERYBOX_LANGUAGE": language}
    run = [sys.executable, "-m", "recoverybox", "agenda", "--week", "2026-W49", "--data-dir", str(data_dir)]
    out = subprocess.run(run, env=env, capture_output=True, text=True, timeout=120, check=True).stdout
    for words in said:
        assert words in out, out
    payload = json.loads(subprocess.run([*run, "--json"], env=env, capture_output=True, text=True, check=True).stdout)
    assert {"week", "timezone", "occurrences"} <= payload.keys()
    backup = subprocess.run(
        [sys.executable, "-m", "recoverybox", "backup", "--data-dir", str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert backup.stdout.startswith({"de": "Gesichert unter", "es": "Copia de seguridad guardada en"}[language])
