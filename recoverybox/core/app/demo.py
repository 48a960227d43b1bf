"""A realistic, deterministic demo data set of N years; shared by --demo, tests and benchmarks.

Rows are bulk-inserted in one transaction so five years take about a second.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert, select, update

from recoverybox.core.app.services import Services
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.calendar.recurrence import starts_between, to_utc
from recoverybox.core.goals.aggregates import rebuild_all
from recoverybox.core.goals.service import GoalInput
from recoverybox.core.storage.models import (
    Attendance,
    CheckIn,
    Event,
    Goal,
    JournalEntry,
    Reminder,
    Trigger,
    journal_entry_triggers,
)
from recoverybox.core.support.contacts import ContactInput

MEETINGS = (
    ("Tuesday evening AA group", "AA", "TU", time(19, 0), 60, "Community hall, 12 Mill Lane", None),
    ("NA Thursday step meeting", "NA", "TH", time(19, 30), 90, "St Anne's church room", None),
    ("SMART Recovery online", "SMART", "SA", time(10, 0), 90, None, "https://meet.example.org/smart-sat"),
    ("Women for Sobriety circle", "WFS", "MO", time(18, 0), 60, "Library meeting room 2", None),
    ("SOS Sunday secular group", "SOS", "SU", time(17, 0), 60, None, "https://meet.example.org/sos-sunday"),
)
ONE_OFF = (
    ("Walk by the river", "self_care", 60),
    ("Yoga class", "self_care", 75),
    ("Dinner with my sister", "other", 120),
    ("Doctor's appointment", "other", 30),
    ("Coffee with sponsor", "meeting", 60),
    ("Swimming", "self_care", 45),
    ("Cook a proper meal", "self_care", 90),
    ("Job centre appointment", "other", 45),
)
GOALS = (
    ("Stay sober today", "daily", "sobriety", None, None, None),
    ("Journal today", "daily", "self_care", None, None, None),
    ("Morning pledge", "daily", "sobriety", None, None, None),
    ("Attend 3 meetings a week", "weekly_count", "meetings", 3, None, "meeting"),
    ("Call my sponsor", "weekly_count", "relationships", 2, None, None),
    ("Walk", "measured", "health", 20, "minutes", None),
    ("Drink 2 litres of water", "daily", "health", None, None, None),
    ("Sleep by 23:00", "daily", "health", None, None, None),
    ("Read 10 pages", "measured", "self_care", 10, "pages", None),
    ("Gratitude list", "daily", "self_care", None, None, None),
    ("Breathing exercise", "daily", "self_care", None, None, None),
    ("Eat breakfast", "daily", "health", None, None, None),
    ("Text a friend", "daily", "relationships", None, None, None),
    ("Evening review", "daily", "sobriety", None, None, None),
    ("Stretch", "measured", "health", 10, "minutes", None),
    ("No energy drinks", "daily", "health", None, None, None),
    ("Tidy one room", "daily", "self_care", None, None, None),
    ("Meditate", "measured", "self_care", 10, "minutes", None),
    ("Play guitar", "daily", "custom", None, None, None),
    ("Family dinner", "weekly_count", "relationships", 2, None, None),
    ("Screen-free hour", "daily", "self_care", None, None, None),
    ("Step work", "weekly_count", "sobriety", 1, None, None),
)
TRIGGERS = (
    "payday",
    "stress at work",
    "lonely evening",
    "old friends",
    "argument",
    "tired",
    "weekend",
    "pub",
)
JOURNAL_LINES = (
    "A steady day. Went for a walk after lunch and felt clearer.",
    "Hard evening, but I called someone and it passed.",
    "Work was stressful. I noticed the old thought and let it go by.",
    "Good meeting tonight. Someone shared something that stayed with me.",
    "Slept badly. Being tired makes everything louder.",
    "Quiet Sunday. Cooked, read, rested.",
)
CONTACTS = (
    ("Sam (sponsor)", "sponsor", "+44 7700 900123", None, "Evenings after 6"),
    ("Dr. Rivera", "therapist", "+44 20 7946 0000", "rivera@clinic.example", "Weekdays 9–5"),
    ("Mum", "family", "+44 7700 900456", None, None),
    ("Jo", "friend", "+44 7700 900789", "jo@example.org", None),
    ("Alex from Tuesday group", "peer", "+44 7700 900321", None, "Any time"),
)


@dataclass(frozen=True)
class DemoSummary:
    """How much was generated."""

    events: int
    check_ins: int
    journal_entries: int
    goals: int


def generate(services: Services, years: int = 5, seed: int = 7) -> DemoSummary:
    """Fill an empty database with ``years`` of plausible history ending today."""
    rng = random.Random(seed)
    zone = services.zone
    today = services.today()
    first_day = today - timedelta(days=365 * years)
    now = services.clock.now()

    for name, role, phone, email, best in CONTACTS:
        services.contacts.create(ContactInput(name, role, phone, email, best, pinned=role in ("sponsor", "therapist")))

    if not services.settings.read().currency:
        services.settings.set("currency", "£")  # the demo person lives in London
    clock = services.sobriety.create_clock("Alcohol", first_day, daily_cost=12.5, daily_minutes=120)
    goal_ids = []
    for title, kind, area, target, unit, linked in GOALS:
        goal = services.goals.create(GoalInput(title, kind, area, target, unit, linked))
        goal_ids.append((goal.id, kind, target))

    recurring = []
    for title, fellowship, byday, at, minutes, where, url in MEETINGS:
        start = datetime.combine(first_day, at)
        start += timedelta(days=(["MO", "TU", "WE", "TH", "FR", "SA", "SU"].index(byday) - start.weekday()) % 7)
        made = services.calendar.create_event(
            EventInput(
                title,
                start,
                start + timedelta(minutes=minutes),
                zone.key,
                kind="meeting",
                rrule=f"FREQ=WEEKLY;BYDAY={byday}",
                fellowship=fellowship,
                location=where,
                online_url=url,
                reminder_offsets=[60],
            )
        )
        recurring.append(services.calendar.get_event(made.id))
    therapy_start = datetime.combine(first_day + timedelta(days=(2 - first_day.weekday()) % 7), time(16, 0))
    therapy = services.calendar.create_event(
        EventInput(
            "Therapy with Dr. Rivera",
            therapy_start,
            therapy_start + timedelta(minutes=50),
            zone.key,
            kind="therapy",
            rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
            location="Riverside clinic",
            reminder_offsets=[60, 1440],
        )
    )
    recurring.append(services.calendar.get_event(therapy.id))

    with services.db.transaction() as session:
        # The goals were set years ago, when the history starts.
        session.execute(update(Goal).values(created_on=first_day))
        events = []

        for n in range(100 * years):
            title, kind, minutes = rng.choice(ONE_OFF)
            day = first_day + timedelta(days=rng.randrange((today - first_day).days + 30))
            start = datetime.combine(day, time(rng.choice((9, 10, 12, 14, 17, 18)), rng.choice((0, 30))))
            end = start + timedelta(minutes=minutes)
            start_utc = to_utc(start, zone)
            end_utc = to_utc(end, zone)
            events.append(
                dict(
                    uid=f"demo-{seed}-{n}-{uuid.UUID(int=rng.getrandbits(128))}",
                    title=title,
                    kind=kind,
                    tz=zone.key,
                    all_day=False,
                    start_local=start,
                    end_local=end,
                    start_utc=start_utc,
                    end_utc=end_utc,
                    series_end_utc=end_utc,
                    notes="",
                    created_at=now,
                    updated_at=now,
                )
            )
        ids = session.scalars(insert(Event).returning(Event.id), events).all()
        reminders = [dict(event_id=event_id, offset_minutes=30) for event_id in ids[::3]]
        session.execute(insert(Reminder), reminders)

        attendance = []
        for event in recurring:
            for start in starts_between(
                event.rrule or "",
                event.start_local,
                zone,
                event.start_utc,
                to_utc(datetime.combine(today, time()), zone),
            ):
                attendance.append(
                    dict(
                        event_id=event.id,
                        original_start_local=start,
                        day=start.date(),
                        status="attended" if rng.random() < 0.8 else "missed",
                    )
                )
        session.execute(insert(Attendance), attendance)

        check_ins = []
        day = first_day
        while day <= today:
            for goal_id, kind, target in goal_ids:
                if kind == "weekly_count":
                    if rng.random() < (target or 1) / 5:
                        check_ins.append(_check_in(goal_id, day, 1.0, now))
                elif rng.random() < 0.985:
                    value = 1.0 if kind == "daily" else float(round((target or 1) * rng.uniform(0.6, 2.0)))
                    check_ins.append(_check_in(goal_id, day, value, now))
            day += timedelta(days=1)
        session.execute(insert(CheckIn), check_ins)
        rebuild_all(session.connection())  # the bulk insert went past the ORM's change tracking

        entries = []
        day = first_day
        while day <= today:
            if rng.random() < 0.985:
                mood = max(1, min(10, round(rng.gauss(6.5, 1.6))))
                craving = max(0, min(10, round(rng.gauss(2.5, 2))))
                written = to_utc(datetime.combine(day, time(21, rng.randrange(60))), zone)
                entries.append(
                    dict(
                        day=day,
                        kind="entry",
                        created_at=written,
                        updated_at=written,
                        mood=mood,
                        craving=craving,
                        hungry=rng.random() < 0.1,
                        angry=rng.random() < 0.1,
                        lonely=rng.random() < 0.15,
                        tired=rng.random() < 0.25,
                        gratitude="",
                        text=rng.choice(JOURNAL_LINES),
                    )
                )
            day += timedelta(days=1)
        session.execute(insert(JournalEntry), entries)

    relapses = [first_day + timedelta(days=int(365 * years * f)) for f in (0.22, 0.51)][: 1 + years // 3]
    for when in relapses:
        services.sobriety.reset(clock.id, when, note="A hard week. I reached out the next day and started again.")
    _tag_some_entries(services, rng)
    from recoverybox.core.journal import search as journal_search

    with services.db.transaction() as session:  # the entries were bulk-inserted past the ORM's tracking
        journal_search.rebuild(session.connection())
    return DemoSummary(len(events) + len(recurring), len(check_ins), len(entries), len(goal_ids))


def _check_in(goal_id: int, day: date, value: float, now: datetime) -> dict[str, object]:
    return dict(goal_id=goal_id, day=day, value=value, note="", created_at=now)


def _tag_some_entries(services: Services, rng: random.Random) -> None:
    with services.db.transaction() as session:
        ids = session.scalars(insert(Trigger).returning(Trigger.id), [dict(name=n) for n in TRIGGERS]).all()
        entry_ids = session.scalars(select(JournalEntry.id)).all()
        links = [dict(entry_id=e, trigger_id=rng.choice(ids)) for e in entry_ids if rng.random() < 0.3]
        session.execute(insert(journal_entry_triggers), links)
