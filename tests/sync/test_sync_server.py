"""The sync against a real CalDAV server (Radicale) from other angles: a phone's calendar (the ``caldav`` package
used directly) adding and changing events, a sync killed with SIGKILL half way, a server without sync tokens,
failures said in words, and the password kept in the keyring."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from recoverybox import paths
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.storage.models import Event, SyncQueue, SyncResource
from recoverybox.core.sync.caldav_client import CalDavConnection, check_server_url
from recoverybox.core.sync.failure_words import network_failure
from recoverybox.core.sync.failures import SyncFailure
from recoverybox.core.sync.service import run_sync
from tests.sync.test_two_devices import ZONE, agenda, event_by_title, open_device, run, sync
from tests.sync_server import PASSWORD, USER

PHONE_EVENT = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Phone//Calendar 1.0//EN
BEGIN:VEVENT
UID:phone-1234@example.org
DTSTAMP:20270101T120000Z
DTSTART;TZID=Europe/London:20270316T180000
DTEND;TZID=Europe/London:20270316T190000
SUMMARY:Coffee with my sponsor
LOCATION:Corner café
RRULE:FREQ=WEEKLY;COUNT=4
EXDATE;TZID=Europe/London:20270323T180000
RDATE;TZID=Europe/London:20270401T090000
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Coffee
TRIGGER:-PT45M
END:VALARM
END:VEVENT
BEGIN:VEVENT
UID:phone-1234@example.org
DTSTAMP:20270101T120000Z
RECURRENCE-ID;TZID=Europe/London:20270330T180000
DTSTART;TZID=Europe/London:20270330T200000
DTEND;TZID=Europe/London:20270330T210000
SUMMARY:Coffee with my sponsor (late)
END:VEVENT
END:VCALENDAR
"""


def set_up(folder: Path, radicale, calendar: str, capsys) -> None:
    open_device(folder).close()
    assert run(folder, "sync", "setup", radicale.url, "--user", USER, "--calendar", calendar) == 0
    capsys.readouterr()


def connect(account):
    return CalDavConnection(account.server_url, account.user, PASSWORD)


def test_an_event_a_phone_adds_arrives_with_its_reminder_and_changes_go_back(tmp_path, radicale, capsys):
    folder = tmp_path / "laptop"
    calendar = radicale.new_calendar_name()
    set_up(folder, radicale, calendar, capsys)
    with radicale.phone() as phone:
        radicale.calendar(phone, calendar).add_event(PHONE_EVENT)  # as a phone's calendar app would
    assert "1 received" in sync(folder, capsys)

    services = open_device(folder)
    event = event_by_title(services, "Coffee with my sponsor")
    assert services.calendar.reminder_offsets(event.id) == [45]
    zone = ZoneInfo(ZONE)
    starts = [
        (o.title, o.local_start(zone))
        for o in services.calendar.occurrences_between(
            datetime(2027, 3, 15, tzinfo=zone), datetime(2027, 4, 5, tzinfo=zone)
        )
    ]
    assert starts == [
        ("Coffee with my sponsor", datetime(2027, 3, 16, 18, tzinfo=zone)),  # 23 March: EXDATE
        ("Coffee with my sponsor (late)", datetime(2027, 3, 30, 20, tzinfo=zone)),  # RECURRENCE-ID
        ("Coffee with my sponsor", datetime(2027, 4, 1, 9, tzinfo=zone)),  # RDATE (6 April: after the range)
    ]
    # Its reminder is planned here like any other: 45 minutes before, at 17:15 on 16 March.
    due = [
        (r.title, r.due.astimezone(zone))
        for r in services.reminders.due_between(
            datetime(2027, 3, 16, 17, tzinfo=zone), datetime(2027, 3, 16, 18, tzinfo=zone)
        )
        if r.kind == "event"
    ]
    assert due == [("Coffee with my sponsor", datetime(2027, 3, 16, 17, 15, tzinfo=zone))]
    # Changed here (a reminder an hour before, and a new place): the phone sees it, with its VALARMs.
    data = services.occurrences.input_for(event, event.start_local)
    services.calendar.update_event(
        event.id, EventInput(**{**data.__dict__, "location": "The library", "reminder_offsets": [60, 10]})
    )
    services.close()
    assert "1 sent" in sync(folder, capsys)
    [body] = radicale.resources(calendar).values()
    import icalendar

    [master] = [c for c in icalendar.Calendar.from_ical(body).walk("VEVENT") if c.get("RECURRENCE-ID") is None]
    assert str(master["LOCATION"]) == "The library"
    assert sorted(alarm.decoded("TRIGGER") for alarm in master.walk("VALARM")) == [
        -timedelta(minutes=60),
        -timedelta(minutes=10),
    ]
    assert [str(c["SUMMARY"]) for c in icalendar.Calendar.from_ical(body).walk("VEVENT") if c.get("RECURRENCE-ID")] == [
        "Coffee with my sponsor (late)"
    ]

    # The phone deletes it: gone from the calendar here too, kept aside in "Deleted by sync".
    with radicale.phone() as phone:
        radicale.calendar(phone, calendar).get_object_by_uid("phone-1234@example.org").delete()
    assert "1 deleted" in sync(folder, capsys)
    services = open_device(folder)
    with services.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Event).where(Event.sync_deleted_at.is_(None))) == 0
    assert [e.uid for e in services.sync.deleted_by_sync()] == ["phone-1234@example.org"]
    services.close()


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from recoverybox import paths
    from recoverybox.core.sync.caldav_client import CalDavConnection
    from recoverybox.core.app.opening import open_database
    from recoverybox.core.app.services import Services
    from recoverybox.core.sync.service import SyncService

    folder, stop_at, count, password = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
    services = Services(open_database(paths.resolve(folder).db_file))
    sync = services.sync
    account = sync.account()

    class Stopping(CalDavConnection):
        calls = 0

        def _stop(self, what):
            if what == stop_at:
                self.calls += 1
                if self.calls == count:
                    print("at", what, flush=True)
                    sys.stdin.read()  # the test kills us here

        def put(self, href, body, etag):
            new = super().put(href, body, etag)  # the server has it; this data does not know yet
            self._stop("put")
            return new

        def delete(self, href, etag):
            super().delete(href, etag)
            self._stop("delete")

        def fetch(self, calendar_url, hrefs):
            got = super().fetch(calendar_url, hrefs)  # fetched, not yet written here
            self._stop("fetch")
            return got

    with Stopping(account.server_url, account.user, password) as server:
        sync.run(server)
    print("finished", flush=True)
    """
)


def kill_during_sync(folder: Path, stop_at: str, count: int) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), stop_at, str(count), PASSWORD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert child.stdout.readline().strip() == f"at {stop_at}"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdin.close()
    child.stdout.close()


def server_uids(radicale, calendar: str) -> list[str]:
    import icalendar

    uids = []
    for body in radicale.resources(calendar).values():
        components = icalendar.Calendar.from_ical(body).walk("VEVENT")
        uids.append(str(next(c for c in components if c.get("RECURRENCE-ID") is None)["UID"]))
    return sorted(uids)


def local_uids(folder: Path) -> list[str]:
    """The UIDs in the folder's calendar (events deleted by a sync are kept aside, not in it)."""
    services = open_device(folder)
    with services.db.reading() as session:
        uids = sorted(session.scalars(select(Event.uid).where(Event.sync_deleted_at.is_(None))))
        assert not session.scalars(select(Event).where(Event.conflict_of.isnot(None))).all()
    services.close()
    return uids


def add_events(folder: Path, count: int, first: int = 0) -> None:
    services = open_device(folder)
    for n in range(first, first + count):
        start = datetime(2027, 3, 1, 8) + timedelta(days=n % 20, hours=n % 9)
        services.calendar.create_event(
            EventInput(f"Session {n}", start, start + timedelta(hours=1), ZONE, reminder_offsets=[15])
        )
    services.close()


@pytest.mark.parametrize(("stop_at", "count"), [("put", 1), ("put", 12), ("fetch", 1), ("delete", 3)])
def test_a_sync_killed_half_way_then_run_again_loses_and_doubles_nothing(tmp_path, radicale, capsys, stop_at, count):
    laptop, desk = tmp_path / "laptop", tmp_path / "desk"
    calendar = radicale.new_calendar_name()
    add_events(laptop, 25)
    set_up(laptop, radicale, calendar, capsys)
    set_up(desk, radicale, calendar, capsys)
    if stop_at == "fetch":  # the desk is killed while receiving what the laptop sent
        sync(laptop, capsys)
        kill_during_sync(desk, "fetch", count)
    elif stop_at == "delete":  # the laptop is killed while deleting
        sync(laptop, capsys)
        sync(desk, capsys)
        services = open_device(laptop)
        with services.db.reading() as session:
            ids = list(session.scalars(select(Event.id).where(Event.title.like("Session 1%"))))
        for event_id in ids:
            services.calendar.delete_event(event_id)
        services.close()
        kill_during_sync(laptop, "delete", count)
    else:  # the laptop is killed while sending, after the server took an event and before this data noted it
        add_events(laptop, 3, first=100)
        kill_during_sync(laptop, "put", count)
    sync(laptop, capsys)
    if stop_at == "delete":  # 11 of 25 deleted on the laptop: the desk asks before following (issue 29)
        assert run(desk, "sync") == 2
        assert "11 of your 25 calendar events were deleted there" in capsys.readouterr().err
        assert run(desk, "sync", "--allow-mass-delete") == 0
        capsys.readouterr()
    sync(desk, capsys)
    sync(laptop, capsys)
    assert local_uids(laptop) == local_uids(desk) == server_uids(radicale, calendar)
    expected = 25 + (3 if stop_at == "put" else 0) - (11 if stop_at == "delete" else 0)
    assert len(server_uids(radicale, calendar)) == expected
    assert agenda(laptop, capsys) == agenda(desk, capsys)
    services = open_device(laptop)
    assert services.sync.pending() == 0
    with services.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(SyncQueue)) == 0
    services.close()


class WithoutSyncTokens(CalDavConnection):
    """A server that keeps no sync tokens: each sync lists every resource's ETag and compares."""

    def listing(self, calendar_url, token):
        listed = super().listing(calendar_url, None)
        listed.token = None
        return listed


def test_without_sync_tokens_etags_are_compared(tmp_path, radicale, capsys):
    laptop, desk = tmp_path / "laptop", tmp_path / "desk"
    calendar = radicale.new_calendar_name()
    add_events(laptop, 6)
    set_up(laptop, radicale, calendar, capsys)
    set_up(desk, radicale, calendar, capsys)

    def plain(account):
        return WithoutSyncTokens(account.server_url, account.user, PASSWORD)

    for folder in (laptop, desk):
        services = open_device(folder)
        run_sync(services.sync, plain)
        services.close()
    services = open_device(desk)
    services.calendar.delete_event(event_by_title(services, "Session 2").id)
    therapy = event_by_title(services, "Session 3")
    services.calendar.update_event(
        therapy.id, EventInput("Session three", therapy.start_local, therapy.end_local, ZONE)
    )
    result = run_sync(services.sync, plain)
    assert (result.sent, result.deleted_there) == (1, 1)
    services.close()
    services = open_device(laptop)
    result = run_sync(services.sync, plain)
    assert (result.received, result.deleted_here, result.sent) == (1, 1, 0)
    again = run_sync(services.sync, plain)
    assert (again.received, again.sent, again.deleted_here) == (0, 0, 0)  # nothing fetched twice
    services.close()
    assert local_uids(laptop) == local_uids(desk) == server_uids(radicale, calendar)


def test_failures_are_said_in_words(tmp_path, radicale, capsys, monkeypatch):
    with (
        pytest.raises(SyncFailure, match="did not accept the user name “robin” and password") as failed,
        CalDavConnection(radicale.url, USER, "not it") as connection,
    ):
        connection.calendars()
    assert failed.value.kind == "password"
    with pytest.raises(SyncFailure, match="not secure") as failed:
        check_server_url("http://calendar.example.org/dav/")
    assert failed.value.kind == "address"
    with (
        pytest.raises(SyncFailure, match="Could not reach 127.0.0.1") as failed,
        CalDavConnection("http://127.0.0.1:9/", USER, PASSWORD) as connection,
    ):
        connection.calendars()
    assert failed.value.kind == "unreachable"
    # Through the command line: one clear line and exit code 2, nothing changed.
    folder = tmp_path / "laptop"
    open_device(folder).close()
    secret = tmp_path / "wrong"
    secret.write_text("not it\n")
    monkeypatch.setenv("RECOVERYBOX_SYNC_PASSWORD_FILE", str(secret))
    assert run(folder, "sync", "setup", radicale.url, "--user", USER) == 2
    assert "did not accept the user name" in capsys.readouterr().err
    services = open_device(folder)
    assert services.sync.account() is None
    services.close()


def test_an_unreadable_server_event_is_left_alone_and_named(tmp_path, radicale, capsys):
    folder = tmp_path / "laptop"
    calendar = radicale.new_calendar_name()
    add_events(folder, 1)
    set_up(folder, radicale, calendar, capsys)
    with radicale.phone() as phone:
        radicale.calendar(phone, calendar).add_event(
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\nBEGIN:VEVENT\nUID:odd@x\nDTSTAMP:20270101T000000Z\n"
            "DTSTART;TZID=Nowhere/Special:20270301T100000\nSUMMARY:Odd\nEND:VEVENT\nEND:VCALENDAR\n"
        )
    out = sync(folder, capsys)
    assert "could not be read and were left alone" in out
    assert len(radicale.resources(calendar)) == 2  # never deleted on the server


class MemoryKeyring:
    """A stand-in system keyring (the ``keyring`` backend interface), to see what is kept there."""

    priority = 10

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, name):
        return self.kept.get((service, name))

    def set_password(self, service, name, password):
        self.kept[(service, name)] = password

    def delete_password(self, service, name):
        self.kept.pop((service, name), None)


def test_the_password_goes_to_the_keyring_and_is_used_from_there(tmp_path, radicale, capsys, monkeypatch):
    import keyring
    from keyring.backend import KeyringBackend

    class Backend(MemoryKeyring, KeyringBackend):
        pass

    backend = Backend()
    keyring.set_keyring(backend)
    folder = tmp_path / "laptop"
    add_events(folder, 2)
    assert run(folder, "sync", "setup", radicale.url, "--user", USER) == 0
    assert "kept in your system keyring" in capsys.readouterr().out
    assert list(backend.kept.values()) == [PASSWORD]
    monkeypatch.delenv("RECOVERYBOX_SYNC_PASSWORD_FILE")  # from the keyring now
    assert "2 sent" in sync(folder, capsys)
    data = paths.resolve(folder)
    assert all(PASSWORD.encode() not in p.read_bytes() for p in data.data_dir.rglob("*") if p.is_file())
    assert run(folder, "sync", "off") == 0
    assert backend.kept == {}  # forgotten with the account
    services = open_device(folder)
    with services.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(SyncResource)) == 0
    services.close()


def test_the_guard_allows_exactly_the_configured_server_and_only_during_a_sync(radicale):
    import socket

    from tests.conftest import NetworkUsed

    connection = CalDavConnection(radicale.url, USER, PASSWORD)
    with connection._talking():
        socket.create_connection(("127.0.0.1", radicale.port), timeout=5).close()  # the server named: allowed
        with pytest.raises(NetworkUsed):
            socket.create_connection(("127.0.0.1", radicale.port + 1), timeout=5)  # any other: refused
        with pytest.raises(NetworkUsed):
            socket.create_connection(("192.0.2.1", 443), timeout=5)
    with pytest.raises(NetworkUsed):  # and the server itself, outside a sync
        socket.create_connection(("127.0.0.1", radicale.port), timeout=5)


class Answer:
    """A server's answer, as ``CalDavConnection._check`` reads it."""

    def __init__(self, status: int) -> None:
        self.status, self.reason, self.headers = status, "", {}


def test_each_kind_of_failure_has_its_own_words():
    import socket
    import ssl

    connection = CalDavConnection("https://calendar.example.org/dav/", USER, PASSWORD)
    cases = [
        (ssl.SSLCertVerificationError(1, "certificate verify failed: self-signed certificate"), "certificate",
         "security certificate could not be verified"),
        (socket.gaierror(-2, "Name or service not known"), "unreachable", "could not be found"),
        (TimeoutError("timed out"), "unreachable", "did not answer in time"),
        (ConnectionRefusedError(111, "Connection refused"), "unreachable", "may be down or gone"),
    ]  # fmt: skip
    for error, kind, words in cases:
        failure = network_failure(error, connection.host, connection.port, connection.timeout, connection.pinned)
        assert (failure.kind, words in failure.message) == (kind, True), failure.message
    with pytest.raises(SyncFailure, match="storage for your account is full") as full:
        connection._check(Answer(507), (201,))
    assert full.value.kind == "quota"
    with pytest.raises(SyncFailure, match="calendar was not found") as gone:
        connection._check(Answer(404), (201,))
    assert gone.value.kind == "calendar"
    from recoverybox.core.sync.failures import Changed

    with pytest.raises(Changed):
        connection._check(Answer(412), (201,))


def test_calendars_are_found_from_the_servers_well_known_address(radicale):
    """An address that is not the CalDAV root (a web page of the server, say) still leads to the calendars:
    through /.well-known/caldav, then the principal and its calendar-home-set."""
    name = radicale.new_calendar_name()
    with CalDavConnection(radicale.url, USER, PASSWORD) as connection:
        made = connection.create_calendar(name)
    with CalDavConnection(radicale.url + "web/login/", USER, PASSWORD) as connection:
        assert (name, made) in connection.calendars()


def test_an_answer_that_cannot_be_read_is_a_failure_in_words(tmp_path, radicale, capsys, monkeypatch):
    """A server (or proxy) answering with something that is not CalDAV: one clear line, exit code 2."""
    import caldav

    folder = tmp_path / "laptop"
    set_up(folder, radicale, radicale.new_calendar_name(), capsys)

    def garbled(*args, **kwargs):
        raise ValueError("not XML")

    monkeypatch.setattr(caldav.Calendar, "get_objects_by_sync_token", garbled)
    assert run(folder, "sync") == 2
    assert "sent an answer that could not be read (ValueError)" in capsys.readouterr().err


def test_a_sync_token_the_server_no_longer_knows_means_a_full_listing(tmp_path, radicale, capsys):
    """RFC 6578: a server forgets old tokens (403, DAV:valid-sync-token). The sync then lists everything and
    compares ETags, so a deletion there is still seen, and it does not fail."""
    from recoverybox.core.storage.models import SyncAccount

    folder = tmp_path / "laptop"
    calendar = radicale.new_calendar_name()
    add_events(folder, 3)
    set_up(folder, radicale, calendar, capsys)
    sync(folder, capsys)
    services = open_device(folder)
    with services.db.transaction() as session:
        session.get(SyncAccount, 1).sync_token = "http://radicale.org/ns/sync/" + "0" * 64
    services.close()
    with radicale.phone() as phone:
        radicale.calendar(phone, calendar).get_object_by_uid(local_uids(folder)[0]).delete()
    assert "1 deleted" in sync(folder, capsys)
    assert local_uids(folder) == server_uids(radicale, calendar) and len(local_uids(folder)) == 2
