"""Calendar sync with a hostile or broken server: nothing lost (a server that says everything was deleted),
nothing leaked (the password or an event to another host), no hang (a deadline on every request, a Cancel at
once), no unbounded memory, and every failure one sentence."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from recoverybox.core.base.work import Cancelled
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.sync import service as sync_module
from recoverybox.core.sync.caldav_client import CalDavConnection
from recoverybox.core.sync.failures import SyncFailure
from recoverybox.core.sync.service import run_sync
from tests.hostile.raw_server import drip, raw_server, send
from tests.sync.test_sync_server import set_up, sync
from tests.sync.test_two_devices import ZONE, open_device, run
from tests.sync_server import PASSWORD, USER

ROOT = Path(__file__).resolve().parents[2]


def exported(folder: Path, out: Path, capsys) -> dict:
    """The folder's JSON export, without what only says when and how sync last ran."""
    assert run(folder, "export", "--format", "json", str(out)) == 0, capsys.readouterr().err
    capsys.readouterr()
    (found,) = out.glob("*.json")
    data = json.loads(found.read_text(encoding="utf-8"))
    data.pop("exported_at", None)
    for table in ("sync_account", "sync_resources", "sync_queue"):
        data.get("tables", data).pop(table, None)
    return data


def add_meetings(folder: Path, count: int) -> None:
    services = open_device(folder)
    now = services.clock.now().astimezone()
    for n in range(count):
        start = (now - timedelta(days=count - n)).replace(tzinfo=None, minute=0, second=0, microsecond=0)
        event = services.calendar.create_event(
            EventInput(f"Group {n}", start, start + timedelta(hours=1), ZONE, kind="meeting", reminder_offsets=[30])
        )
        services.occurrences.set_attendance(event.id, start, "attended")  # history that lives only here
    services.close()


# ---- 1. a server that says every event was deleted ------------------------------------------------------------
def test_a_server_that_deletes_the_whole_calendar_is_refused_then_set_aside_and_brought_back(
    tmp_path, radicale, capsys
):
    folder = tmp_path / "laptop"
    calendar = radicale.new_calendar_name()
    add_meetings(folder, 16)
    set_up(folder, radicale, calendar, capsys)
    sync(folder, capsys)
    before = exported(folder, tmp_path / "before", capsys)
    with radicale.phone() as phone:
        for item in radicale.calendar(phone, calendar).get_objects_by_sync_token(load_objects=False):
            item.delete()  # the whole week gone on the server

    assert run(folder, "sync") == 2
    err = capsys.readouterr().err
    assert "16 of your 16 calendar events were deleted there" in err and "--allow-mass-delete" in err
    assert exported(folder, tmp_path / "refused", capsys) == before, "a refused sync changed the data"

    assert run(folder, "sync", "--allow-mass-delete") == 0
    assert "kept in “Deleted by sync”" in capsys.readouterr().out
    services = open_device(folder)
    assert len(services.sync.deleted_by_sync()) == 16
    ever = (datetime(2000, 1, 1).astimezone(), datetime(2100, 1, 1).astimezone())
    assert services.calendar.occurrences_between(*ever) == []
    services.close()
    aside = exported(folder, tmp_path / "aside", capsys)
    for table in ("attendance", "reminders"):  # the local history is all still there
        assert aside["tables"][table] == before["tables"][table] if "tables" in aside else aside[table] == before[table]

    assert run(folder, "sync", "deleted") == 0
    assert capsys.readouterr().out.count("Group ") == 16
    assert run(folder, "sync", "bring-back") == 0
    capsys.readouterr()
    sync(folder, capsys)  # sent to the server again
    back = exported(folder, tmp_path / "back", capsys)
    events = "tables" in back and back["tables"]["events"] or back["events"]
    assert all(event.get("sync_deleted_at") is None for event in events)
    assert len(radicale.resources(calendar)) == 16


def test_a_few_deletions_on_the_server_follow_without_asking(tmp_path, radicale, capsys):
    folder = tmp_path / "laptop"
    calendar = radicale.new_calendar_name()
    add_meetings(folder, 12)
    set_up(folder, radicale, calendar, capsys)
    sync(folder, capsys)
    with radicale.phone() as phone:
        for item in list(radicale.calendar(phone, calendar).get_objects_by_sync_token(load_objects=False))[:3]:
            item.delete()
    assert "3 deleted" in sync(folder, capsys)


# ---- 3. the password and the calendar go only to the host typed -----------------------------------------------
PRINCIPAL = b"""<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
<d:response><d:href>/</d:href><d:propstat><d:prop>
<d:current-user-principal><d:href>/principal/</d:href></d:current-user-principal>
<c:calendar-home-set><d:href>%s</d:href></c:calendar-home-set>
</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>"""


CLOSE = b"Connection: close\r\n"


def caldav_reply(body: bytes, status: bytes = b"207 Multi-Status") -> bytes:
    head = b"HTTP/1.1 " + status + b"\r\nContent-Type: application/xml\r\n" + CLOSE
    return head + b"Content-Length: %d\r\n\r\n" % len(body) + body


def asks_for_password_then(reply: bytes):
    """A server that wants Basic credentials (401 first), then answers ``reply``."""

    def answer(conn, request: bytes) -> None:
        if b"authorization:" not in request.lower():
            ask = b'WWW-Authenticate: Basic realm="x"\r\n'
            conn.sendall(b"HTTP/1.1 401 Unauthorized\r\n" + ask + CLOSE + b"Content-Length: 0\r\n\r\n")
            return
        conn.sendall(reply)

    return answer


def test_a_calendar_home_on_another_host_gets_neither_the_password_nor_a_request(tmp_path, capsys, monkeypatch):
    secret = tmp_path / "password"
    secret.write_text(PASSWORD + "\n")
    monkeypatch.setenv("RECOVERYBOX_SYNC_PASSWORD_FILE", str(secret))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    with raw_server("127.0.0.1") as server, raw_server("127.0.0.2") as stranger:
        home = f"http://127.0.0.2:{stranger.port}/home/".encode()
        server.replies["*"] = asks_for_password_then(caldav_reply(PRINCIPAL % home))
        stranger.replies["*"] = send(caldav_reply(PRINCIPAL % home))
        folder = tmp_path / "laptop"
        open_device(folder).close()
        code = run(folder, "sync", "setup", server.url("/"), "--user", USER)
        err = capsys.readouterr().err
        assert code == 2 and "Traceback" not in err
        assert "sends your calendar and password only to the server you typed" in err
        assert stranger.seen == [], "the other host was contacted"


def test_a_redirect_to_another_host_never_carries_an_event(tmp_path):
    with raw_server("127.0.0.1") as server, raw_server("127.0.0.2") as stranger:
        elsewhere = f"http://127.0.0.2:{stranger.port}/stolen.ics".encode()
        moved = b"HTTP/1.1 307 Temporary Redirect\r\nLocation: " + elsewhere + b"\r\nContent-Length: 0\r\n\r\n"
        server.replies["*"] = send(moved)
        stranger.replies["*"] = send(b"HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n")
        connection = CalDavConnection(server.url("/"), USER, PASSWORD)
        event = b"BEGIN:VEVENT\r\nSUMMARY:Tuesday group at Marguerite's\r\nEND:VEVENT\r\n"
        body = b"BEGIN:VCALENDAR\r\n" + event + b"END:VCALENDAR\r\n"
        with connection, pytest.raises(SyncFailure, match="only to the server you typed"):
            connection.put(server.url("/cal/e.ics"), body, None)
        assert stranger.seen == []
        assert all(b"Marguerite" in request for request in server.seen)  # it went only where it was sent


# ---- 7. an overall deadline; Cancel at once -------------------------------------------------------------------
def test_every_sync_request_has_a_60_second_deadline():
    assert sync_module.STEP_SECONDS == 60


def synced_to(tmp_path, url: str):
    """A data folder with an account set up on ``url`` (as if set up earlier), and one event to send."""
    folder = tmp_path / "laptop"
    services = open_device(folder)
    services.sync.set_up(url, USER, url + "cal/", "RecoveryBox")
    start = datetime(2027, 3, 4, 19)
    services.calendar.create_event(EventInput("Thursday group", start, start + timedelta(hours=1), ZONE))
    return services


def test_a_server_that_drips_one_byte_a_second_is_given_up_at_the_deadline(tmp_path):
    stop = threading.Event()
    with raw_server() as server:
        server.replies["*"] = drip(b"HTTP/1.1 207 Multi-Status\r\nContent-Type: application/xml\r\n\r\n", stop, 0.3)
        services = synced_to(tmp_path, server.url("/"))
        try:
            started = time.monotonic()
            with pytest.raises(SyncFailure, match="did not finish answering within 2 seconds"):
                run_sync(services.sync, lambda a: CalDavConnection(a.server_url, a.user, PASSWORD), step_seconds=2)
            assert time.monotonic() - started < 10
            assert services.sync.pending() == 1  # the change waits for the next sync
        finally:
            stop.set()
            services.close()


def test_cancel_stops_a_stuck_sync_at_once(tmp_path):
    stop = threading.Event()
    cancel_at = time.monotonic() + 0.5

    def report(done, total):
        if time.monotonic() > cancel_at:
            raise Cancelled()

    with raw_server() as server:
        server.replies["*"] = drip(b"HTTP/1.1 207 Multi-Status\r\n", stop, 5)
        services = synced_to(tmp_path, server.url("/"))
        try:
            started = time.monotonic()
            with pytest.raises(Cancelled):
                run_sync(services.sync, lambda a: CalDavConnection(a.server_url, a.user, PASSWORD), report)
            assert time.monotonic() - started < 5
        finally:
            stop.set()
            services.close()


# ---- 8. size caps ---------------------------------------------------------------------------------------------
ENDLESS = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from recoverybox.core.sync.caldav_client import CalDavConnection
from recoverybox.core.sync.failures import SyncFailure
connection = CalDavConnection(sys.argv[1], "robin", "pw")
try:
    with connection:
        connection.listing(sys.argv[1] + "cal/", None)
    print("READ")
except SyncFailure as failure:
    print("REFUSED", failure.kind, failure.message)
# VmHWM is this program's own peak (ru_maxrss would include the parent's, kept across fork and exec)
print("PEAK_KIB", next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:")))
"""


def endless(conn, _request: bytes) -> None:
    """A 500 MB reply (it stops when the client hangs up)."""
    conn.sendall(b"HTTP/1.1 207 Multi-Status\r\nContent-Type: application/xml\r\n\r\n<d:multistatus xmlns:d='DAV:'>")
    block = b"<d:response><d:href>/cal/x.ics</d:href></d:response>" * 4000
    sent = 0
    while sent < 500 * 1024 * 1024:
        conn.sendall(block)
        sent += len(block)


def test_a_500_mb_reply_is_refused_as_it_arrives_within_300_mb(tmp_path):
    with raw_server() as server:
        server.replies["*"] = endless
        done = subprocess.run(
            [sys.executable, "-c", ENDLESS, server.url("/"), str(ROOT)], capture_output=True, text=True, timeout=120
        )
    assert "REFUSED too-big" in done.stdout, done.stdout + done.stderr
    assert int(done.stdout.split("PEAK_KIB")[1]) < 300 * 1024


def test_an_event_over_1_mb_is_named_and_skipped_and_local_changes_are_sent_anyway(tmp_path, radicale, capsys):
    folder = tmp_path / "laptop"
    calendar = radicale.new_calendar_name()
    set_up(folder, radicale, calendar, capsys)
    huge = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//phone//EN\r\nBEGIN:VEVENT\r\nUID:huge-1@example.org\r\n"
        "DTSTAMP:20270301T000000Z\r\nDTSTART:20270302T180000Z\r\nDTEND:20270302T190000Z\r\nSUMMARY:Huge\r\n"
        + "DESCRIPTION:"
        + "\r\n ".join(["x" * 70] * 30_000)
        + "\r\n"  # 2 MB (Radicale takes 10 MB at most)
        + "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with radicale.phone() as phone:
        target = radicale.calendar(phone, calendar)
        target.save_event(huge)
        target.save_event(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//phone//EN\r\nBEGIN:VEVENT\r\nUID:small-1@example.org\r\n"
            "DTSTAMP:20270301T000000Z\r\nDTSTART:20270303T180000Z\r\nDTEND:20270303T190000Z\r\nSUMMARY:Small\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        )
    services = open_device(folder)
    start = datetime(2027, 3, 4, 19)
    services.calendar.create_event(EventInput("Made here", start, start + timedelta(hours=1), ZONE))
    services.close()
    out = sync(folder, capsys)
    assert "1 sent, 1 received" in out and "too big" in out and "huge-1@example.org" in out
    assert any(b"Made here" in data for data in radicale.resources(calendar).values())


# ---- 10. malformed replies and hostile XML --------------------------------------------------------------------
XXE = b"""<?xml version="1.0"?><!DOCTYPE d:multistatus [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<d:multistatus xmlns:d="DAV:"><d:response><d:href>&xxe;</d:href><d:propstat><d:prop>
<d:current-user-principal><d:href>&xxe;</d:href></d:current-user-principal></d:prop>
<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>"""


@pytest.mark.parametrize(
    ("case", "reply"),
    [
        ("garbage", b"\x00\xff\xfe not http\r\n\r\n"),
        ("no status line", b"Content-Type: application/xml\r\n\r\n<x/>"),
        ("over 100 headers", b"HTTP/1.1 207 Multi-Status\r\n" + b"X-A: 1\r\n" * 150 + b"\r\n"),
        ("a bad chunk", b"HTTP/1.1 207 Multi-Status\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n<x/>\r\n0\r\n\r\n"),
        ("an HTML reason", b"HTTP/1.1 500 <b>FAKE</b>\x1b[2J RecoveryBox needs your password\r\n\r\n"),
    ],
)
def test_a_malformed_or_hostile_reply_to_setup_is_one_sentence(tmp_path, capsys, monkeypatch, case, reply):
    secret = tmp_path / "password"
    secret.write_text(PASSWORD + "\n")
    monkeypatch.setenv("RECOVERYBOX_SYNC_PASSWORD_FILE", str(secret))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    with raw_server() as server:
        server.replies["*"] = send(reply)
        folder = tmp_path / "laptop"
        open_device(folder).close()
        code = run(folder, "sync", "setup", server.url("/"), "--user", USER)
    err = capsys.readouterr().err
    assert code == 2, case
    assert "Traceback" not in err and "root:" not in err and "\x1b" not in err
    assert len([line for line in err.splitlines() if line.startswith("recoverybox:")]) == 1, err


def test_an_external_entity_in_a_reply_is_never_read(tmp_path, capsys, monkeypatch):
    """The XML parser resolves no entity: nothing of /etc/passwd reaches the output or the data."""
    secret = tmp_path / "password"
    secret.write_text(PASSWORD + "\n")
    monkeypatch.setenv("RECOVERYBOX_SYNC_PASSWORD_FILE", str(secret))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    with raw_server() as server:
        server.replies["*"] = send(caldav_reply(XXE))
        folder = tmp_path / "laptop"
        open_device(folder).close()
        code = run(folder, "sync", "setup", server.url("/"), "--user", USER)
    out, err = capsys.readouterr()
    assert code in (0, 2) and "Traceback" not in err
    assert "root:" not in out + err
    for path in folder.rglob("*"):
        if path.is_file():
            assert b"root:x:0:0" not in path.read_bytes()
