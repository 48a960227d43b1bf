"""Child process for the crash test: writes through the core services and acknowledges each commit."""

import sys
from datetime import UTC, date, datetime, timedelta

from recoverybox import paths
from recoverybox.core.app.opening import open_database
from recoverybox.core.app.services import Services
from recoverybox.core.base.clock import FixedClock
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.goals.service import GoalInput
from recoverybox.core.journal.entries import JournalInput

app_paths = paths.resolve(sys.argv[1])
services = Services(open_database(app_paths.db_file), FixedClock(datetime(2026, 11, 27, 12, tzinfo=UTC)))
services.settings.set("timezone", "Europe/London")
goal = services.goals.create(GoalInput("Crash-proof habit"))
print(f"goal {goal.id}", flush=True)
for n in range(1000):
    if n % 3 == 0:
        row = services.goals.check_in(goal.id, date(2026, 11, 27) - timedelta(days=n))
        print(f"check_in {row.id}", flush=True)
    elif n % 3 == 1:
        row = services.journal.create(JournalInput(date(2026, 11, 27), mood=5, text=f"entry {n} " + "x" * 200))
        print(f"journal {row.id}", flush=True)
    else:
        start = datetime(2026, 12, 1, 9) + timedelta(hours=n)
        row = services.calendar.create_event(
            EventInput(f"event {n}", start, start + timedelta(hours=1), "Europe/London", reminder_offsets=[10])
        )
        print(f"event {row.id}", flush=True)
print("done", flush=True)
