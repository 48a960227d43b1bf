"""Meeting lists from a hostile or broken server or file: every answer within its deadline, in one sentence,
within bounded memory, and nothing placed at the wrong hour."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from recoverybox.core.base.work import Cancelled
from recoverybox.core.meetings import fetch as meeting_fetch
from recoverybox.core.meetings.feed import read_feed
from recoverybox.core.meetings.feed_rows import FeedError
from recoverybox.core.meetings.fetch import fetch
from tests.hostile.raw_server import drip, raw_server, send

ROOT = Path(__file__).resolve().parents[2]
GOOD = {"name": "Good Morning Group", "slug": "gm", "day": 1, "time": "07:00", "timezone": "Europe/London"}


def test_every_fetch_has_an_overall_deadline_of_30_seconds():
    assert meeting_fetch.DEADLINE_SECONDS == 30


def test_a_server_sending_a_byte_a_second_is_cut_at_the_deadline():
    stop = threading.Event()
    with raw_server() as server:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n"
        server.replies["/slow.json"] = drip(head, stop, every=0.3)
        server.replies["/slow-head"] = drip(b"HTTP/1.1 200 OK\r\nX-Slow: ", stop, every=0.3)
        try:
            for path in ("/slow.json", "/slow-head"):
                started = time.monotonic()
                with pytest.raises(FeedError, match="did not send the list within 2 seconds"):
                    fetch(server.url(path), deadline=2, timeout=20)  # each read alone would wait 20 s
                assert time.monotonic() - started < 10
        finally:
            stop.set()


def test_cancel_stops_a_stuck_fetch_at_once():
    stop = threading.Event()
    cancel_at = time.monotonic() + 0.5

    def report(done: int, total: int) -> None:
        if time.monotonic() > cancel_at:
            raise Cancelled()

    with raw_server() as server:
        server.replies["/stuck.json"] = drip(b"HTTP/1.1 200 OK\r\n\r\n", stop, every=5)
        try:
            started = time.monotonic()
            with pytest.raises(Cancelled):
                fetch(server.url("/stuck.json"), report)
            assert time.monotonic() - started < 5  # not the 20 s read timeout, nor the 30 s deadline
        finally:
            stop.set()


@pytest.mark.parametrize(
    ("case", "reply"),
    [
        ("garbage", b"\x00\xffthis is not http at all\r\n\r\n"),
        ("no status line", b"Content-Type: application/json\r\n\r\n[]"),
        ("over 100 headers", b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-H%d: 1\r\n" % i for i in range(150)) + b"\r\n[]"),
        ("a bad chunk", b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n[]\r\n0\r\n\r\n"),
        ("a header line of 100 kB", b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 100_000 + b"\r\n\r\n[]"),
    ],
)
def test_a_malformed_http_reply_is_one_sentence_not_a_traceback(case, reply):
    with raw_server() as server:
        server.replies["*"] = send(reply)
        with pytest.raises(FeedError) as caught:
            fetch(server.url("/feed.json"))
    assert "Nothing was changed" in caught.value.message, case


def test_an_error_reason_with_markup_or_terminal_escapes_is_said_as_plain_printable_text():
    reply = b"HTTP/1.1 500 <b style='color:red'>FAKE</b>\x1b[2J\x1b[H RecoveryBox needs your passphrase\r\n\r\n"
    with raw_server() as server:
        server.replies["*"] = send(reply)
        with pytest.raises(FeedError) as caught:
            fetch(server.url("/feed.json"))
    message = caught.value.message
    assert "\x1b" not in message and all(ch.isprintable() for ch in message)


def test_redirects_to_another_port_of_the_same_host_or_to_ftp_are_refused():
    with raw_server() as server, raw_server() as other:
        other.replies["*"] = send(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]")
        moved = b"HTTP/1.1 302 Found\r\nLocation: %s\r\nContent-Length: 0\r\n\r\n"
        server.replies["/port"] = send(moved % other.url("/feed.json").encode())
        server.replies["/ftp"] = send(moved % b"ftp://127.0.0.1/feed.json")
        server.replies["/host"] = send(moved % f"http://127.0.0.2:{server.port}/feed.json".encode())
        for path in ("/port", "/ftp", "/host"):
            with pytest.raises(FeedError, match="not followed there"):
                fetch(server.url(path))
        assert other.seen == []


def test_a_feed_with_a_5000_digit_number_loses_only_that_meeting():
    raw = ('[{"name": "Huge", "slug": "h", "day": ' + "9" * 5000 + ', "time": "19:00", "timezone": "UTC"}, '
           + json.dumps(GOOD) + "]").encode()  # fmt: skip
    read = read_feed(raw, "UTC")
    assert [m.slug for m in read.meetings] == ["gm"]
    assert any("Huge" in problem for problem in read.problems)
    huge_text = '[{"name": ' + "7" * 5000 + ', "slug": "x", "day": 1, "time": "19:00"}, ' + json.dumps(GOOD) + "]"
    named = read_feed(huge_text.encode(), "UTC").meetings  # as a name, its digits are text: cut, not a crash
    assert [m.slug for m in named] == ["x", "gm"] and len(named[0].name) <= 300


@pytest.mark.parametrize(("written", "day", "hour"), [("24:00", 2, 0), ("midnight", 2, 0), ("23:59", 1, 23)])
def test_24_00_and_midnight_are_the_end_of_that_day_not_24_hours_early(written, day, hour):
    (meeting,) = read_feed(json.dumps([{**GOOD, "time": written}]).encode(), "UTC").meetings
    assert meeting.days == (day,) and meeting.time.hour == hour


@pytest.mark.parametrize("zone", ["America", "Europe/", "../../etc/passwd", "A" * 100_000, "America/" + "x" * 300])
def test_a_zone_that_is_a_folder_or_absurd_skips_that_meeting_by_name(zone):
    bad = {"name": "Odd Zone Group", "slug": "odd", "day": 2, "time": "18:00", "timezone": zone}
    read = read_feed(json.dumps([bad, GOOD]).encode(), "UTC")
    assert [m.slug for m in read.meetings] == ["gm"]
    (problem,) = read.problems
    assert "Odd Zone Group" in problem and len(problem) < 400


PEAK = """
import sys
from recoverybox.core.meetings.feed_rows import FeedError
from recoverybox.core.meetings.feed import read_feed
raw = open(sys.argv[1], "rb").read()
try:
    read_feed(raw, "UTC")
    print("READ")
except FeedError as error:
    print("REFUSED", error.message)
# VmHWM is this program's own peak (ru_maxrss would include the parent's, kept across fork and exec)
print("PEAK_KIB", next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:")))
"""


@pytest.mark.parametrize("form", ["json", "wrapped", "csv"])
def test_a_20_mb_list_of_millions_of_rows_is_refused_by_count_within_200_mb(tmp_path, form):
    path = tmp_path / f"huge.{form}"
    if form == "json":
        path.write_bytes(b"[" + b",".join([b"{}"] * 3_400_000) + b"]")
    elif form == "wrapped":
        path.write_bytes(b'{"meetings": [' + b",".join([b"{}"] * 3_400_000) + b"]}")
    else:
        path.write_bytes(b"name,day,time\n" + b"a,1,1:00\n" * 2_000_000)
    assert path.stat().st_size <= 20 * 1024 * 1024
    baseline = subprocess.run([sys.executable, "-c", PEAK, str(tmp_path / "none")], capture_output=True, text=True)
    (tmp_path / "none").write_bytes(b"[]")
    baseline = subprocess.run([sys.executable, "-c", PEAK, str(tmp_path / "none")], capture_output=True, text=True)
    done = subprocess.run([sys.executable, "-c", PEAK, str(path)], capture_output=True, text=True, cwd=ROOT)
    assert "REFUSED" in done.stdout and "at most 50,000" in done.stdout, done.stdout + done.stderr
    used = int(done.stdout.split("PEAK_KIB")[1]) - int(baseline.stdout.split("PEAK_KIB")[1])
    assert used < 200 * 1024, f"{used // 1024} MiB to refuse it"


LIST_PEAK = """
import sys
from recoverybox.app import main
code = main(["--data-dir", sys.argv[1], "meetings", *sys.argv[2:]])
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print("PEAK_KIB", peak, "CODE", code, file=sys.stderr)
"""


def test_the_largest_allowed_list_is_listed_as_json_within_300_mb(tmp_path):
    rows = [
        {"name": f"Group {n}", "slug": f"g{n}", "day": n % 7, "time": f"{n % 24:02d}:{n % 60:02d}",
         "timezone": "America/New_York", "types": ["O", "D", "ONL"], "location": f"Hall {n}",
         "address": f"{n} Main Street", "city": "Springfield", "notes": "Side door.",
         "conference_url": f"https://meet.example.org/{n}"}
        for n in range(50_000)
    ]  # fmt: skip
    feed = tmp_path / "largest.json"
    feed.write_text(json.dumps(rows))
    data = tmp_path / "data"
    loaded = subprocess.run([sys.executable, "-c", LIST_PEAK, str(data), "load", str(feed)], capture_output=True,
                            text=True, cwd=ROOT)  # fmt: skip
    assert "CODE 0" in loaded.stderr, loaded.stderr
    listed = subprocess.run([sys.executable, "-c", LIST_PEAK, str(data), "list", "--json"], capture_output=True,
                            text=True, cwd=ROOT)  # fmt: skip
    assert "CODE 0" in listed.stderr, listed.stderr
    assert len(json.loads(listed.stdout)) == 50_000
    peak = int(listed.stderr.split("PEAK_KIB")[1].split()[0])
    assert peak < 300 * 1024, f"{peak // 1024} MiB to list it"
