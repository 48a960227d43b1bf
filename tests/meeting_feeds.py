"""Our own generated meeting lists in the Meeting Guide format, as JSON and as a table (CSV).

Every meeting here is made up. ``sample_meetings()`` covers every field and type code, several zones (one with
a half-hour offset, one south of the equator), a meeting across midnight, meetings on several days, by
appointment entries, a duplicate id, HTML in notes and fields that are wrong in each way a feed gets them
wrong. ``big_feed(n)`` makes a large realistic list for the benchmark and the stress tests.

``python -m tests.meeting_feeds`` rewrites the files in ``tests/core/meetings/``; a test checks they are what
this module makes, so the files and the generator never drift apart.
"""

from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path
from typing import Any

from recoverybox.core.meetings.feed_fields import DAY_NAMES
from recoverybox.core.meetings.type_codes import TYPE_NAMES

FOLDER = Path(__file__).parent / "core" / "meetings"

# The meetings every test below refers to by slug.
SUNRISE = "sunrise-serenity"
LUNCH_ONLINE = "lunchtime-online"
HYBRID = "hybrid-step-study"
CANDLELIGHT = "friday-candlelight"
NIGHT_OWLS = "night-owls"
NEW_YORK_EVENING = "new-york-evening"
NO_ZONE = "village-hall-no-zone"
HTML_NOTES = "side-door-group"
BAD_LINK = "bad-link-kept"


def sample_meetings() -> list[Any]:
    """The sample list, in the order a feed would give it (bad entries mixed in, as real lists have them)."""
    meetings: list[Any] = [
        {
            "name": "Sunrise Serenity",
            "slug": SUNRISE,
            "day": 1,
            "time": "07:00",
            "end_time": "08:00",
            "timezone": "Europe/London",
            "types": ["O", "D", "X", "BE"],
            "location": "St Anne's Hall",
            "address": "12 Example Road",
            "city": "London",
            "postal_code": "NW1 0AA",
            "country": "UK",
            "region": "London",
            "sub_region": "Camden",
            "notes": "Tea from 6:45. Newcomers welcome.",
            "location_notes": "Ground floor, ramp at the back.",
            "url": "https://meetings.example.org/sunrise-serenity",
            "updated": "2026-10-01 09:00:00",
            "group": "Sunrise Group",
            "entity": "Example Intergroup",
        },
        {
            "name": "Lunchtime Online",
            "slug": LUNCH_ONLINE,
            "day": [1, 2, 3, 4, 5],
            "time": "12:30",
            "end_time": "13:30",
            "timezone": "America/New_York",
            "types": ["ONL", "C", "SP"],
            "conference_url": "https://video.example.com/j/5550100",
            "conference_url_notes": "Meeting ID 555 0100, passcode 24",
            "conference_phone": "+16465550100,,5550100#",
            "conference_phone_notes": "Passcode 24",
            "regions": ["Online"],
            "entity": "Example Intergroup",
        },
        {
            "name": "Hybrid Step Study",
            "slug": HYBRID,
            "day": 3,
            "time": "19:00",
            "end_time": "20:30",
            "timezone": "America/Chicago",
            "types": ["ST", "B", "O", "LGBTQ"],
            "location": "Lakeside Library",
            "formatted_address": "400 Lake Street, Chicago, IL 60601, USA",
            "conference_url": "https://video.example.com/j/5550200",
            "regions": ["Illinois", "Chicago", "Loop"],
            "entity": "Example Intergroup",
        },
        {
            "name": "Friday Candlelight",
            "slug": CANDLELIGHT,
            "day": 5,
            "time": "20:00",
            "timezone": "Europe/London",
            "types": ["CAN", "TC", "W"],
            "location": "Old Chapel",
            "formatted_address": "1 Chapel Lane, Bristol BS1 1AA, UK",
            "region": "Bristol",
            "entity": "Example Intergroup",
        },
        {
            "name": "Night Owls",
            "slug": NIGHT_OWLS,
            "day": 6,
            "time": "23:30",
            "end_time": "00:30",
            "timezone": "Australia/Sydney",
            "types": ["M", "Y", "XT"],
            "formatted_address": "5 Harbour Street, Sydney NSW 2000, Australia",
            "region": "Sydney",
            "entity": "Example Intergroup",
        },
        {
            "name": "New York Evening",
            "slug": NEW_YORK_EVENING,
            "day": 1,
            "time": "19:00",
            "end_time": "20:00",
            "timezone": "America/New_York",
            "types": ["O", "SP"],
            "formatted_address": "20 West Street, New York, NY 10001, USA",
            "regions": ["New York", "Manhattan"],
            "entity": "Example Intergroup",
        },
        {
            "name": "Village Hall (no zone)",
            "slug": NO_ZONE,
            "day": "2",
            "time": "18:00",
            "types": ["D"],
            "location": "Village Hall",
            "formatted_address": "Green Lane, Ashford TN23 1AA, UK",
            "regions": ["Kent", "Ashford"],
        },
        {
            "name": "Side Door Group",
            "slug": HTML_NOTES,
            "day": 4,
            "time": "18:30",
            "timezone": "Asia/Kolkata",
            "types": ["O"],
            "formatted_address": "7 MG Road, Bengaluru 560001, India",
            "notes": "<p>Use the <b>side door</b> &amp; ring twice.</p><script>alert('x')</script><br>Parking nearby.",
            "location_notes": "<a href='https://evil.example'>click</a> for the map",
        },
        {
            "name": "Bad link kept",
            "slug": BAD_LINK,
            "day": 2,
            "time": "08:15",
            "timezone": "Pacific/Auckland",
            "types": ["O"],
            "formatted_address": "3 Queen Street, Auckland 1010, New Zealand",
            "conference_url": "javascript:alert(1)",
            "conference_phone": "call Bob",
            "url": "not a web address",
        },
        # By appointment: no day, or no time. Counted, not listed.
        {"name": "By appointment A", "slug": "appointment-a", "time": "10:00", "timezone": "Europe/London"},
        {"name": "By appointment B", "slug": "appointment-b", "day": 3, "timezone": "Europe/London"},
        # The same id again: the first one is kept.
        {"name": "Sunrise Serenity (copy)", "slug": SUNRISE, "day": 2, "time": "07:00", "timezone": "Europe/London"},
        # Wrong in one field each: left out with a sentence naming the meeting and the field.
        {"name": "Bad time", "slug": "bad-time", "day": 1, "time": "25:00", "timezone": "Europe/London"},
        {"name": "Bad end", "slug": "bad-end", "day": 1, "time": "10:00", "end_time": "ten", "timezone": "UTC"},
        {"name": "Unknown zone", "slug": "unknown-zone", "day": 1, "time": "10:00", "timezone": "Mars/Olympus_Mons"},
        {"name": "Bad day", "slug": "bad-day", "day": 9, "time": "10:00", "timezone": "Europe/London"},
        {"slug": "no-name", "day": 1, "time": "10:00", "timezone": "Europe/London"},
        "not a meeting",
    ]
    # Every type code appears at least once: the rest spread over plain meetings in a few zones.
    codes = sorted(TYPE_NAMES)
    zones = ("Europe/London", "America/Los_Angeles", "Europe/Berlin", "America/Denver")
    for index in range(0, len(codes), 4):
        number = index // 4
        meetings.append(
            {
                "name": f"Type sampler {number + 1}",
                "slug": f"type-sampler-{number + 1}",
                "day": number % 7,
                "time": f"{9 + number % 12:02d}:{(number * 15) % 60:02d}",
                "timezone": zones[number % len(zones)],
                "types": codes[index : index + 4],
                "formatted_address": f"{number + 1} Sample Street, Sampletown",
                "regions": ["Samples", f"District {number % 3 + 1}"],
            }
        )
    return meetings


TABLE_COLUMNS = (
    ("Time", "time"),
    ("End Time", "end_time"),
    ("Day", "day"),
    ("Name", "name"),
    ("Location", "location"),
    ("Address", "address"),
    ("City", "city"),
    ("State", "state"),
    ("Postal Code", "postal_code"),
    ("Country", "country"),
    ("Formatted Address", "formatted_address"),
    ("Region", "region"),
    ("Types", "types"),
    ("Notes", "notes"),
    ("Location Notes", "location_notes"),
    ("Group", "group"),
    ("Entity", "entity"),
    ("Website", "url"),
    ("Conference URL", "conference_url"),
    ("Conference URL Notes", "conference_url_notes"),
    ("Conference Phone", "conference_phone"),
    ("Conference Phone Notes", "conference_phone_notes"),
    ("Timezone", "timezone"),
    ("Updated", "updated"),
    ("ID", "slug"),
)


def _table_time(value: str) -> str:
    """19:00 → 7:00 PM, as spreadsheets write it."""
    hour, minute = (int(part) for part in value.split(":"))
    return f"{(hour % 12) or 12}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"


def as_table(meetings: list[Any]) -> str:
    """The same meetings as a CSV table with plain-language headers (days and types as words, regions
    joined with " > ", times as 7:00 PM)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([header for header, _key in TABLE_COLUMNS])
    for meeting in meetings:
        if not isinstance(meeting, dict):
            continue
        row = dict(meeting)
        if isinstance(row.get("day"), list):
            row["day"] = ", ".join(DAY_NAMES[day] for day in row["day"])
        elif isinstance(row.get("day"), int) and 0 <= row["day"] <= 6:
            row["day"] = DAY_NAMES[row["day"]]
        for key in ("time", "end_time"):
            text = row.get(key)
            if isinstance(text, str) and text[:2].isdigit() and ":" in text and int(text[:2]) < 24:
                row[key] = _table_time(text)
        regions = row.get("regions") or [part for part in (row.get("region"), row.get("sub_region")) if part]
        row["region"] = " > ".join(regions)
        row["types"] = ", ".join(TYPE_NAMES.get(code, code) for code in row.get("types", []))
        writer.writerow([row.get(key, "") if row.get(key) is not None else "" for _header, key in TABLE_COLUMNS])
    return out.getvalue()


def big_feed(count: int = 5000, seed: int = 7) -> list[dict[str, Any]]:
    """``count`` made-up meetings spread over a metropolitan area's week, as a real list is."""
    rng = random.Random(seed)
    codes = sorted(TYPE_NAMES)
    towns = ["Northfield", "Southbank", "Eastgate", "Westford", "Millbrook", "Harbourside", "Oakridge", "Riverside"]
    words = ["Serenity", "Hope", "Freedom", "Gratitude", "Courage", "New Day", "Keep It Simple", "Lifeline", "Unity"]
    zones = ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"]
    meetings = []
    for number in range(count):
        online = rng.random() < 0.3
        hybrid = not online and rng.random() < 0.15
        town = rng.choice(towns)
        minute = rng.choice((0, 0, 15, 30, 30, 45))
        hour = rng.choice((6, 7, 8, 10, 12, 12, 17, 18, 19, 19, 20, 20, 21))
        types = rng.sample(codes, rng.randint(1, 4)) + (["ONL"] if online else [])
        meeting: dict[str, Any] = {
            "name": f"{rng.choice(words)} {rng.choice(['Group', 'Meeting', 'Circle', 'Fellowship'])} {number}",
            "slug": f"meeting-{number}",
            "day": rng.randrange(7) if rng.random() < 0.9 else rng.sample(range(7), 2),
            "time": f"{hour:02d}:{minute:02d}",
            "end_time": f"{hour + 1:02d}:{minute:02d}",
            "timezone": zones[number % 4] if rng.random() < 0.8 else "America/New_York",
            "types": types,
            "notes": rng.choice(["", "Literature available.", "Please arrive a few minutes early.", "Coffee after."]),
            "regions": [town, f"{town} {rng.choice(['North', 'South', 'Centre'])}"],
            "updated": "2026-11-01 12:00:00",
            "entity": "Example Metro Intergroup",
        }
        if not online:
            meeting["location"] = f"{rng.choice(['St Mark', 'Community', 'Grace', 'Civic'])} Hall"
            meeting["formatted_address"] = f"{rng.randint(1, 999)} {rng.choice(['Main', 'High', 'Park'])} St, {town}"
        if online or hybrid:
            meeting["conference_url"] = f"https://video.example.com/j/{900000 + number}"
            meeting["conference_phone"] = f"+1555{number:07d}"
        meetings.append(meeting)
    return meetings


def big_feed_bytes(count: int = 5000) -> bytes:
    return json.dumps(big_feed(count)).encode()


def write_files(folder: Path = FOLDER) -> list[Path]:
    """The sample list in both forms, and feeds that are wrong as a whole."""
    folder.mkdir(parents=True, exist_ok=True)
    sample = sample_meetings()
    files = {
        "sample.json": json.dumps(sample, indent=1, ensure_ascii=False) + "\n",
        "sample.csv": as_table(sample),
        "not_json.json": '[{"name": "Broken", "day": 1, "time": "10:00",\n',
        "wrong_shape.json": json.dumps({"name": "A list?", "count": 3}) + "\n",
        "web_page.json": "<!DOCTYPE html><html><body><h1>Meetings</h1></body></html>\n",
        "all_bad_times.json": json.dumps(
            [
                {"name": f"Bad {n}", "slug": f"bad-{n}", "day": 1, "time": "7 o'clock", "timezone": "UTC"}
                for n in range(3)
            ]
        )
        + "\n",
        "unknown_zones.json": json.dumps(
            [{"name": "Nowhere", "slug": "nowhere", "day": 1, "time": "10:00", "timezone": "Atlantis/Central"}]
        )
        + "\n",
        "not_a_table.csv": "Meeting list\nsee our website\n",
    }
    written = []
    for name, text in files.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_files():
        print(path)
