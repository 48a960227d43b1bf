"""Differential test over a second corpus: calendar files from other projects (ical4j, khal, ical.js, KDE's
kcalendarcore, allenporter/ical; their sources, commits and licences in ``ics_corpus/SOURCES.json``), none
written here and none from ``icalendar`` or ``recurring-ical-events``.

Each file is imported into a fresh database, in one of three people's zones (the same one for a file on every
run), and its agenda compared with the independent implementation's (``recurring-ical-events``) over every
week of the file's whole span: from the week of its first start to its last date (a start, an end, an RDATE,
an EXDATE, a changed occurrence, an UNTIL), and two years beyond when a series has no end written. A file the
oracle cannot read (broken dates, no start at all) is still imported: it is read or refused with a sentence,
never a crash.

Every file that does not agree is listed below with its cause: an entry of ``ics_read.INTERPRETATION`` (a
difference chosen on purpose) or of ``ics_oracle.ORACLE_DEFECTS``. The test fails when a file agrees that is
listed (the list is stale) or differs without being listed, and when fewer than 95% of the files compared
agree."""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path

import icalendar
import pytest

from recoverybox.core.app.opening import open_memory
from recoverybox.core.app.services import Services
from recoverybox.core.base.clock import FixedClock
from recoverybox.core.calendar.ics_findings import INTERPRETATION
from recoverybox.core.calendar.ics_values import IcsError
from tests.core.calendar.ics_oracle import ORACLE_DEFECTS, oracle, ours, read_whole

CORPUS = Path(__file__).resolve().parent / "ics_corpus"
ZONES = ("America/New_York", "Europe/Berlin", "Australia/Sydney")
OPEN_ENDED_DAYS = 730  # how far past its last written date a series without an end is compared
LONGEST_DAYS = 366 * 12

# Files that do not agree, and why (a key of INTERPRETATION or ORACLE_DEFECTS).
KNOWN = {
    "ical4j/src__test__resources__samples__valid__lotr.ics": "until before start",
    "ical4j/src__test__resources__samples__valid__lotr-updated.ics": "until before start",
    "kcalendarcore/autotests__data__RecurrenceRule__UntilInUTC__Until_TestCase02.ics": "until before start",
    "kcalendarcore/autotests__data__RecurrenceRule__unsorted__rdate.ics": "date with hours",
    "kcalendarcore/autotests__data__RecurrenceRule__KAlarm_3.4__KAlarm_TestCase04.ics": "repeats within a day",
    "kcalendarcore/autotests__data__RecurrenceRule__KAlarm_3.4__KAlarm_TestCase09.ics": "repeats within a day",
    "ical4j/src__test__resources__samples__valid__1106817412.ics": "character set",
    "khal/tests__ics__event_dt_local_missing_tz.ics": "unknown zone",
    "khal/tests__ics__event_dtr_no_tz_exdatez.ics": "unknown zone",
    "khal/tests__ics__event_dtr_notz_untilz.ics": "unknown zone",
    "khal/tests__ics__event_rrule_recuid_invalid_tzid.ics": "unknown zone",
    "ical4j/src__test__resources__samples__valid__incoming.ics": "several copies of one event",
}


@dataclass
class Outcome:
    """How one file fared: ``agree``, ``differ`` (with what differed), or ``not compared`` (the oracle
    cannot read it: with what we did)."""

    name: str
    kind: str
    detail: str = ""
    weeks: int = 0


def files() -> list[str]:
    sources = json.loads((CORPUS / "SOURCES.json").read_text())
    return sorted(f"{project}/{name}" for project, about in sources.items() for name in about["files"])


def zone_for(name: str) -> str:
    return ZONES[files().index(name) % len(ZONES)]


def fresh(zone_name: str) -> Services:
    services = Services(open_memory(), FixedClock(datetime(2026, 1, 1, 12, tzinfo=UTC)))
    services.settings.set("timezone", zone_name)
    return services


def span(calendar: icalendar.Calendar) -> tuple[date, int]:
    """(the Monday of the file's first start, how many days to its last written date; more when open-ended)."""
    firsts, lasts, open_ended = [], [], False
    for event in calendar.walk("VEVENT"):
        for name in ("DTSTART", "DTEND", "RECURRENCE-ID"):
            prop = event.get(name)
            if prop is not None:
                day = _day(prop.dt)
                (firsts if name == "DTSTART" else lasts).append(day)
                lasts.append(day)
        for name in ("RDATE", "EXDATE"):
            for prop in _list(event.get(name)):
                lasts += [_day(item.dt[0] if isinstance(item.dt, tuple) else item.dt) for item in prop.dts]
        for rule in _list(event.get("RRULE")):
            if "UNTIL" in rule:
                lasts.append(_day(rule["UNTIL"][0]))
            else:  # no end, or a COUNT: where it ends needs expanding; two years past the last date written
                open_ended = True
    first, last = min(firsts), max(lasts)
    if open_ended:
        last = max(last, first) + timedelta(days=OPEN_ENDED_DAYS)
    monday = first - timedelta(days=first.weekday())
    return monday, min(((last - monday).days // 7 + 1) * 7, LONGEST_DAYS)


def _day(value: object) -> date:
    return value.date() if isinstance(value, datetime) else value  # type: ignore[return-value]


def _list(value: object) -> list:
    return value if isinstance(value, list) else [] if value is None else [value]


@cache
def outcome(name: str) -> Outcome:
    """Read with warnings as the app runs (printed, not raised): icalendar warns about some files' TZIDs."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _outcome(name)


def _outcome(name: str) -> Outcome:
    raw = (CORPUS / name).read_bytes()
    zone_name = zone_for(name)
    services = fresh(zone_name)
    try:
        summary = services.ics.import_bytes(raw)
        ours_read = "read" + (f", skipped: {summary.skipped[0][:120]}" if summary.skipped else "")
    except IcsError as exc:
        summary, ours_read = None, f"refused: {exc.message[:160]}"
    try:
        first, days = span(read_whole(raw))
        theirs = oracle(raw, first, days, zone_name)
    except Exception as exc:  # the oracle (icalendar) cannot read this file
        return Outcome(name, "not compared", f"the oracle: {type(exc).__name__}; RecoveryBox: {ours_read}")
    here = ours(services, first, days) if summary is not None else []
    if here == theirs:
        return Outcome(name, "agree", weeks=days // 7)
    only_ours, only_theirs = sorted(set(here) - set(theirs), key=repr), sorted(set(theirs) - set(here), key=repr)
    detail = f"{ours_read}; only here: {only_ours[:2]}; only in the oracle: {only_theirs[:2]}"
    return Outcome(name, "differ", detail, days // 7)


@pytest.mark.parametrize("name", files())
def test_each_file_is_read_or_refused_with_a_sentence(name):
    result = outcome(name)
    if result.kind == "not compared":
        assert "RecoveryBox: read" in result.detail or "RecoveryBox: refused: " in result.detail
        return
    if name in KNOWN:
        assert result.kind == "differ", f"{name} now agrees: take it off KNOWN"
        return
    assert result.kind == "agree", f"{name} ({zone_for(name)}): {result.detail}"


def test_the_corpus_agrees_on_at_least_95_percent_of_the_files_compared():
    results = [outcome(name) for name in files()]
    compared = [r for r in results if r.kind != "not compared"]
    agreeing = [r for r in compared if r.kind == "agree"]
    assert len(compared) >= 300 and sum(r.weeks for r in agreeing) > 10_000  # a corpus, and whole spans of it
    assert len(agreeing) / len(compared) >= 0.95, f"{len(agreeing)} of {len(compared)}"
    differing = {r.name for r in compared if r.kind == "differ"}
    assert differing == set(KNOWN) - {r.name for r in results if r.kind == "not compared"}
    causes = INTERPRETATION.keys() | ORACLE_DEFECTS.keys()
    assert set(KNOWN.values()) <= causes, set(KNOWN.values()) - causes
    print(f"\n{len(agreeing)} of {len(compared)} files agree over {sum(r.weeks for r in compared)} weeks")


def test_the_corpus_records_where_each_file_came_from():
    sources = json.loads((CORPUS / "SOURCES.json").read_text())
    on_disk = {f"{p.parent.name}/{p.name}" for p in CORPUS.glob("*/*.ics")}
    assert on_disk == set(files())
    for about in sources.values():
        assert about["repository"].startswith("https://github.com/") and len(about["commit"]) == 40
        assert about["licence"] and about["files"]
