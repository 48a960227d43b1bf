"""Two RecoveryBox data folders ("devices") syncing through a real CalDAV server, driven through the command
line as a person would script it: create, edit, move one occurrence, delete, and edit the same event on both
sides while one is offline. After syncing both ways, the two folders' agendas are the same. Each test runs
against Radicale (http, a password) and Xandikos (https with a self-signed certificate of its own, trusted by
its fingerprint, and a password)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from recoverybox import paths
from recoverybox.app import main
from recoverybox.core.app.opening import open_database
from recoverybox.core.app.services import Services
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.storage.models import Event, SyncAccount, SyncResource

ZONE = "Europe/London"
WEEKS = ("2027-W10", "2027-W11", "2027-W12")  # March 2027: the weeks the events below fall in


def open_device(folder: Path) -> Services:
    services = Services(open_database(paths.resolve(folder).db_file))
    services.settings.set("timezone", ZONE)
    return services


def run(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), *args])


def sync(folder: Path, capsys) -> str:
    assert run(folder, "sync") == 0, capsys.readouterr().err
    return capsys.readouterr().out


def agenda(folder: Path, capsys) -> list[dict]:
    """Each week's ``agenda --json``, without ``event_id`` (a row number, different in each folder)."""
    weeks = []
    for week in WEEKS:
        assert run(folder, "agenda", "--json", "--week", week) == 0
        payload = json.loads(capsys.readouterr().out)
        for occurrence in payload["occurrences"]:
            occurrence.pop("event_id")
        weeks.append(payload)
    return weeks


def event_by_title(services: Services, title: str) -> Event:
    with services.db.reading() as session:
        return session.scalars(select(Event).where(Event.title == title)).one()


@pytest.fixture
def devices(tmp_path, caldav_server, capsys):
    """Two folders set up to sync with the same new calendar; the first has three events to start with."""
    laptop, desk = tmp_path / "laptop", tmp_path / "desk"
    services = open_device(laptop)
    services.calendar.create_event(
        EventInput(
            "Tuesday group",
            datetime(2027, 3, 2, 19),
            datetime(2027, 3, 2, 20, 30),
            ZONE,
            kind="meeting",
            fellowship="NA",
            rrule="FREQ=WEEKLY;BYDAY=TU",
            location="Hall on Mill Lane",
            reminder_offsets=[30],
        )
    )
    services.calendar.create_event(
        EventInput("Therapy", datetime(2027, 3, 10, 10), datetime(2027, 3, 10, 11), ZONE, kind="therapy")
    )
    services.calendar.create_event(
        EventInput("Walk by the river", datetime(2027, 3, 13, 9), datetime(2027, 3, 13, 10), ZONE, kind="self_care")
    )
    services.close()
    open_device(desk).close()
    calendar = caldav_server.new_calendar_name()
    for folder in (laptop, desk):
        assert run(folder, "sync", "setup", caldav_server.url, *caldav_server.setup_args(), "--calendar", calendar) == 0
    out = capsys.readouterr().out
    assert "Calendar sync is on" in out and "goals, check-ins, the journal and contacts stay here" in out
    return laptop, desk, calendar


def test_create_edit_move_delete_reach_the_other_device(devices, caldav_server, capsys):
    laptop, desk, calendar = devices
    assert "3 sent, 0 received" in sync(laptop, capsys)
    assert "0 sent, 3 received" in sync(desk, capsys)
    first = agenda(laptop, capsys)
    assert first == agenda(desk, capsys)
    assert sum(len(week["occurrences"]) for week in first) == 5  # three Tuesdays, therapy, the walk
    assert len(caldav_server.resources(calendar)) == 3

    # Edit on the desk: the laptop gets it.
    services = open_device(desk)
    therapy = event_by_title(services, "Therapy")
    services.calendar.update_event(
        therapy.id,
        EventInput("Therapy with Sam", therapy.start_local, therapy.end_local + timedelta(minutes=30), ZONE,
                   kind="therapy", location="Room 4", reminder_offsets=[60]),
    )  # fmt: skip
    services.close()
    assert "1 sent, 0 received" in sync(desk, capsys)
    assert "0 sent, 1 received" in sync(laptop, capsys)
    assert agenda(laptop, capsys) == agenda(desk, capsys)
    laptop_services = open_device(laptop)
    assert laptop_services.calendar.reminder_offsets(event_by_title(laptop_services, "Therapy with Sam").id) == [60]
    laptop_services.close()

    # Move one occurrence on the laptop (the 9 March meeting to Wednesday 10 March at 18:00): the desk gets it.
    services = open_device(laptop)
    group = event_by_title(services, "Tuesday group")
    services.occurrences.move(
        group.id, datetime(2027, 3, 9, 19), datetime(2027, 3, 10, 18), datetime(2027, 3, 10, 19, 30), "this"
    )
    services.close()
    assert "1 sent" in sync(laptop, capsys)
    assert "1 received" in sync(desk, capsys)
    both = agenda(laptop, capsys)
    assert both == agenda(desk, capsys)
    moved = [o for o in both[0]["occurrences"] if o["title"] == "Tuesday group"]
    assert [o["start"] for o in moved] == ["2027-03-10T18:00:00+00:00"] and moved[0]["changed"]

    # Delete on the desk: gone on the laptop and on the server.
    services = open_device(desk)
    services.calendar.delete_event(event_by_title(services, "Walk by the river").id)
    services.close()
    assert "1 deleted" in sync(desk, capsys)
    assert "1 deleted" in sync(laptop, capsys)
    final = agenda(laptop, capsys)
    assert final == agenda(desk, capsys)
    assert not any(o["title"] == "Walk by the river" for week in final for o in week["occurrences"])
    assert len(caldav_server.resources(calendar)) == 2


def test_both_sides_edit_while_one_is_offline_keeps_both_versions(devices, caldav_server, capsys):
    laptop, desk, calendar = devices
    sync(laptop, capsys)
    sync(desk, capsys)

    # The desk goes offline (its server unreachable) and edits the meeting; the laptop edits it too, and syncs.
    desk_services = open_device(desk)
    with desk_services.db.transaction() as session:  # nothing listens on port 9
        account = session.get(SyncAccount, 1)
        real_calendar = account.calendar_url
        account.server_url, account.calendar_url = "http://127.0.0.1:9/", "http://127.0.0.1:9/robin/week/"
    group = event_by_title(desk_services, "Tuesday group")
    data = desk_services.occurrences.input_for(group, group.start_local)
    desk_services.calendar.update_event(group.id, EventInput(**{**data.__dict__, "title": "Tuesday group (desk)"}))
    desk_services.close()
    assert run(desk, "sync") == 2
    err = capsys.readouterr().err
    assert "Could not reach 127.0.0.1" in err and "kept and sent at the next sync" in err
    desk_services = open_device(desk)
    assert desk_services.sync.pending() == 1  # queued in the data, not lost
    assert desk_services.sync.account().last_error.startswith("Could not reach")
    desk_services.close()

    laptop_services = open_device(laptop)
    group = event_by_title(laptop_services, "Tuesday group")
    data = laptop_services.occurrences.input_for(group, group.start_local)
    laptop_services.calendar.update_event(
        group.id, EventInput(**{**data.__dict__, "title": "Tuesday group (laptop)", "location": "New hall"})
    )
    laptop_services.close()
    assert "1 sent" in sync(laptop, capsys)

    # Back online, the desk syncs: the server's version stays in place, the desk's is kept as a conflict copy,
    # on the desk only: the phone and the laptop never see an unmarked second event.
    desk_services = open_device(desk)
    with desk_services.db.transaction() as session:
        account = session.get(SyncAccount, 1)
        account.server_url, account.calendar_url = caldav_server.url, real_calendar
    desk_services.close()
    out = sync(desk, capsys)
    assert "1 in conflict" in out and "1 conflict to settle: recoverybox sync conflicts" in out
    assert len(caldav_server.resources(calendar)) == 3
    assert "0 received" in sync(laptop, capsys)
    assert "0 sent" in sync(desk, capsys)  # still not sent
    assert len(caldav_server.resources(calendar)) == 3

    services = open_device(desk)
    [conflict] = services.sync.conflicts()
    original = event_by_title(services, "Tuesday group (laptop)")
    assert (conflict.title, conflict.original_title, conflict.original_id) == (
        "Tuesday group (desk)", "Tuesday group (laptop)", original.id)  # fmt: skip
    copy = event_by_title(services, "Tuesday group (desk)")
    assert copy.conflict_of == original.uid and copy.location == "Hall on Mill Lane"
    uid = original.uid
    services.close()
    services = open_device(laptop)
    assert services.sync.conflicts() == []
    services.close()

    assert run(desk, "sync", "conflicts") == 0
    listed = capsys.readouterr().out
    assert "mine: “Tuesday group (desk)”" in listed and "theirs: “Tuesday group (laptop)”" in listed and uid in listed
    assert run(desk, "sync", "resolve", "no-such-uid", "--keep", "mine") == 2
    assert "No event in conflict has the UID" in capsys.readouterr().err

    # The person keeps the desk's version: it replaces the server's everywhere, and the copy goes.
    assert run(desk, "sync", "resolve", uid, "--keep", "mine") == 0
    assert "Kept this computer's version of “Tuesday group (laptop)”" in capsys.readouterr().out
    assert "1 sent" in sync(desk, capsys)
    assert "1 received" in sync(laptop, capsys)
    final = agenda(laptop, capsys)
    assert final == agenda(desk, capsys)
    titles = {o["title"] for week in final for o in week["occurrences"]}
    assert "Tuesday group (desk)" in titles and "Tuesday group (laptop)" not in titles
    for folder in (desk, laptop):
        services = open_device(folder)
        assert services.sync.conflicts() == []
        services.close()
    assert run(desk, "sync", "conflicts") == 0
    assert "No conflicts" in capsys.readouterr().out
    assert len(caldav_server.resources(calendar)) == 3


def test_keeping_the_servers_version_drops_the_copy_and_sends_nothing(devices, caldav_server, capsys):
    laptop, desk, calendar = devices
    sync(laptop, capsys)
    sync(desk, capsys)
    for folder, title in ((desk, "Therapy (desk)"), (laptop, "Therapy (laptop)")):
        services = open_device(folder)
        therapy = event_by_title(services, "Therapy")
        services.calendar.update_event(
            therapy.id, EventInput(title, therapy.start_local, therapy.end_local, ZONE, kind="therapy")
        )
        services.close()
    sync(laptop, capsys)
    assert "1 in conflict" in sync(desk, capsys)
    services = open_device(desk)
    uid = event_by_title(services, "Therapy (laptop)").uid
    services.close()
    assert run(desk, "sync", "resolve", uid, "--keep", "theirs") == 0
    assert "Kept the server's version" in capsys.readouterr().out
    assert "0 sent" in sync(desk, capsys)
    assert agenda(desk, capsys) == agenda(laptop, capsys)
    assert len(caldav_server.resources(calendar)) == 3


def test_a_delete_here_and_an_edit_there_keeps_the_edit(devices, caldav_server, capsys):
    laptop, desk, calendar = devices
    sync(laptop, capsys)
    sync(desk, capsys)
    services = open_device(laptop)
    services.calendar.delete_event(event_by_title(services, "Therapy").id)
    services.close()
    services = open_device(desk)
    therapy = event_by_title(services, "Therapy")
    services.calendar.update_event(
        therapy.id, EventInput("Therapy (moved)", therapy.start_local, therapy.end_local, ZONE, kind="therapy")
    )
    services.close()
    sync(desk, capsys)
    sync(laptop, capsys)  # its delete meets the desk's edit (412): the edit comes back, never lost
    assert agenda(laptop, capsys) == agenda(desk, capsys)
    services = open_device(laptop)
    assert event_by_title(services, "Therapy (moved)")
    services.close()


def test_the_password_is_never_in_the_data_or_the_log(devices, caldav_server, capsys, tmp_path):
    from tests.sync_server import PASSWORD

    laptop, _desk, _calendar = devices
    sync(laptop, capsys)
    app_paths = paths.resolve(laptop)
    for path in [*app_paths.data_dir.rglob("*"), *app_paths.log_dir.rglob("*")]:
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path
    services = open_device(laptop)
    with services.db.reading() as session:
        assert session.scalar(select(SyncAccount.user)) == "robin"
        assert session.scalar(select(SyncResource.etag).limit(1))
    services.close()


def test_sync_off_forgets_the_account_and_keeps_the_events(devices, capsys):
    laptop, _desk, _calendar = devices
    sync(laptop, capsys)
    assert run(laptop, "sync", "off") == 0
    assert "Calendar sync is off" in capsys.readouterr().out
    services = open_device(laptop)
    assert services.sync.account() is None and len(services.calendar.occurrences_between(
        datetime(2027, 3, 1, tzinfo=services.zone), datetime(2027, 3, 22, tzinfo=services.zone))) == 5  # fmt: skip
    with services.db.reading() as session:
        assert session.scalars(select(SyncResource)).all() == []
    services.close()
    assert run(laptop, "sync") == 2
    assert "not set up" in capsys.readouterr().err
