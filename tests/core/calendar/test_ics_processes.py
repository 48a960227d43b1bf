"""A large calendar is read by worker processes, a share of its events each: the same events as reading it
whole, the same first problem named, and a Cancel between shares."""

import re
from pathlib import Path

import pytest

from benchmarks.ics_corpus import big_calendar
from recoverybox.core.base.work import Cancelled
from recoverybox.core.calendar import ics_read as ics

HERE = Path(__file__).resolve().parent / "ics"


def events_by_uid(events):
    return sorted(((e.data.uid, e.data, sorted(map(repr, e.exceptions))) for e in events.events), key=repr)


def mixed_calendar() -> bytes:
    """Every sample file's time zones and events (series, changed occurrences, alarms) in one calendar,
    with a benchmark calendar's simple events between them."""
    zones, events = [], []
    for path in sorted(HERE.glob("*.ics")):
        text = path.read_text()
        for name, found in (("VTIMEZONE", zones), ("VEVENT", events)):
            start = 0
            while (begin := text.find(f"BEGIN:{name}", start)) >= 0:
                end = text.index(f"END:{name}", begin) + len(f"END:{name}")
                found.append(text[begin:end] + "\r\n")
                start = end
    simple = big_calendar(30).decode()
    simple_events = simple[simple.index("BEGIN:VEVENT") : simple.rindex("END:VCALENDAR")]
    overrides = [e for e in events if "RECURRENCE-ID" in e]  # far from their series: a share must keep them together
    masters = [e for e in events if "RECURRENCE-ID" not in e]
    body = "".join(masters) + simple_events + "".join(overrides)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + "".join(zones) + body + "END:VCALENDAR\r\n"
    ).encode()


def test_reading_in_processes_gives_what_reading_whole_gives(monkeypatch):
    raw = mixed_calendar()
    whole = ics.read_calendar(raw, "Europe/London")
    assert any(e.exceptions for e in whole.events) and len(whole.events) > 30
    monkeypatch.setattr(ics, "PARALLEL_FROM_BYTES", 0)
    shares = ics._shares(raw.decode(), ics.WORKERS * ics.CHUNKS_PER_WORKER)
    assert shares is not None and len(shares) > 2  # it really was cut
    seen = []
    parallel = ics.read_calendar(raw, "Europe/London", lambda done, total: seen.append((done, total)))
    assert events_by_uid(parallel) == events_by_uid(whole)
    assert parallel.notes == whole.notes
    assert seen[-1] == (len(shares), len(shares))


def test_what_was_adjusted_or_skipped_is_said_as_when_read_whole(monkeypatch):
    text = big_calendar(40).decode()
    blocks = text.split("BEGIN:VEVENT")
    for number in (31, 12):  # two events lose their UID and title: each is given a UID and named by number
        blocks[number] = "\r\n".join(
            line for line in blocks[number].split("\r\n") if not line.startswith(("UID:", "SUMMARY:"))
        )
    blocks[20] = re.sub(r"DTSTART[^:]*:", "DTSTART;TZID=Mars/Olympus:", blocks[20], count=1)  # cannot be placed
    raw = "BEGIN:VEVENT".join(blocks).encode()
    whole = ics.read_calendar(raw, "Europe/London")
    monkeypatch.setattr(ics, "PARALLEL_FROM_BYTES", 0)
    parallel = ics.read_calendar(raw, "Europe/London")
    assert whole.notes.adjusted[ics.NO_UID] == ["event number 12", "event number 31"]
    assert len(whole.notes.skipped) == 1 and "Mars/Olympus" in whole.notes.skipped[0].message
    assert parallel.notes == whole.notes
    assert events_by_uid(parallel) == events_by_uid(whole) and len(whole.events) == 39


def test_a_cancel_while_reading_stops_between_shares(monkeypatch):
    monkeypatch.setattr(ics, "PARALLEL_FROM_BYTES", 0)

    def cancel_at_once(done, total):
        raise Cancelled

    with pytest.raises(Cancelled):
        ics.read_calendar(big_calendar(200), "Europe/London", cancel_at_once)


def test_a_calendar_that_cannot_be_cut_safely_is_read_whole():
    unbalanced = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    assert ics._shares(unbalanced, 4) is None
    assert (
        ics._block_uid("BEGIN:VEVENT\r\nBEGIN:VALARM\r\nUID:alarm\r\nEND:VALARM\r\nUID:ev\r\n en\r\nEND:VEVENT")
        == "even"
    )
