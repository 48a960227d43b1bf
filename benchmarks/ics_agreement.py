"""How many real-world calendars RecoveryBox reads as an independent implementation does.

The corpus is the test calendars shipped inside the ``recurring-ical-events`` and ``icalendar`` packages
(written by others, for their own tests: Google, Outlook, Exchange, Thunderbird, Nextcloud exports and
hand-made edge cases); those holding events count. Each is
imported into a fresh in-memory database, and the agenda of the weeks around each of its events' starts
and changed occurrences (up to ``WEEKS_PER_FILE``) is compared with ``recurring-ical-events``'s occurrences.
Prints the agreement and, for each calendar that differs, the first difference.

    .venv/bin/python -m benchmarks.ics_agreement [--zone Europe/Berlin]
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

WEEKS_PER_FILE = 12


def corpus() -> list[Path]:
    """The test calendars of ``recurring-ical-events`` and of ``icalendar`` that hold events."""
    import icalendar
    import recurring_ical_events

    folders = [
        Path(recurring_ical_events.__file__).parent / "test" / "calendars",
        Path(icalendar.__file__).parent / "tests" / "calendars",
    ]
    return [path for folder in folders for path in sorted(folder.glob("*.ics")) if b"BEGIN:VEVENT" in path.read_bytes()]


def weeks_of(raw: bytes) -> list[date]:
    """Mondays of the weeks holding the file's DTSTARTs and RECURRENCE-IDs (and the week after each)."""
    import icalendar

    found: set[date] = set()
    for component in icalendar.Calendar.from_ical(raw).walk("VEVENT"):
        for name in ("DTSTART", "RECURRENCE-ID"):
            prop = component.get(name)
            value = getattr(prop, "dt", None)
            if isinstance(value, datetime):
                value = value.date()
            if isinstance(value, date) and 1950 < value.year < 2100:
                monday = value - timedelta(days=value.weekday())
                found |= {monday, monday + timedelta(weeks=1)}
    return sorted(found)[:WEEKS_PER_FILE]


def compare(path: Path, zone_name: str) -> str | None:
    """None when every week agrees, else what differs first."""
    from recoverybox.core.app.opening import open_memory
    from recoverybox.core.app.services import Services
    from recoverybox.core.base.clock import FixedClock
    from recoverybox.core.base.validation import ValidationError
    from tests.core.calendar.ics_oracle import oracle, ours

    raw = path.read_bytes()
    try:
        mondays = weeks_of(raw)
        expected = [oracle(raw, monday, 7, zone_name) for monday in mondays]
    except Exception as exc:  # the oracle cannot read it either: not counted
        return f"oracle: {type(exc).__name__}"
    if not mondays:  # no event with a start: nothing to compare, not counted
        return "oracle: nothing to show"
    services = Services(open_memory(), FixedClock(datetime(2026, 1, 1, 12, tzinfo=UTC)))
    services.settings.set("timezone", zone_name)
    try:
        services.ics.import_bytes(raw)
    except ValidationError as exc:
        return f"refused: {exc.message[:100]}"
    except Exception as exc:
        return f"crashed: {type(exc).__name__}: {str(exc)[:100]}"
    finally:
        pass
    try:
        for monday, want in zip(mondays, expected, strict=True):
            got = ours(services, monday, 7)
            if got != want:
                extra = [row for row in got if row not in want][:1]
                missing = [row for row in want if row not in got][:1]
                return f"week of {monday}: ours also {extra}, oracle also {missing}"
    finally:
        services.close()
    return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--zone", default="Europe/Berlin")
    args = parser.parse_args()
    results = {f"{path.parent.parent.name}/{path.name}": compare(path, args.zone) for path in corpus()}
    counted = {name: why for name, why in results.items() if not (why or "").startswith("oracle:")}
    agree = [name for name, why in counted.items() if why is None]
    print(f"{len(agree)} of {len(counted)} calendars agree ({100 * len(agree) / max(len(counted), 1):.0f}%)")
    print(f"({len(results) - len(counted)} more are not counted: the oracle cannot read them, or shows nothing)")
    for name, why in counted.items():
        if why is not None:
            print(f"  {name}: {why}")


if __name__ == "__main__":
    main()
