"""A large, plausible .ics file for the import benchmarks: N events, some weekly, with alarms."""

from __future__ import annotations

from datetime import datetime, timedelta


def big_calendar(events: int = 15_000) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//RecoveryBox benchmarks//EN"]
    start = datetime(2024, 1, 1, 9, 0)
    for n in range(events):
        at = start + timedelta(hours=7 * n)
        lines += [
            "BEGIN:VEVENT",
            f"UID:bench-{n}@example.org",
            f"DTSTART;TZID=Europe/London:{at:%Y%m%dT%H%M%S}",
            f"DTEND;TZID=Europe/London:{at + timedelta(minutes=60 + n % 60):%Y%m%dT%H%M%S}",
            f"SUMMARY:Session {n}",
            f"LOCATION:Room {n % 40}",
        ]
        if n % 10 == 0:
            lines.append("RRULE:FREQ=WEEKLY;COUNT=12")
        if n % 3 == 0:
            lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT30M", "END:VALARM"]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()
