"""Calendar sync against a real CalDAV server (Radicale, started here on 127.0.0.1): 2,000 events sent by one
data folder and received by another, then an incremental sync with 5 changes each way (target ≤ 1 s), beside a
sync with nothing to do in the same run; and the window's event loop while its sync runs on the worker (target:
never blocked over 100 ms), beside the same loop left idle for as long."""

from __future__ import annotations

import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from benchmarks.common import Figure

EVENTS = 2000
ZONE = "Europe/London"


def _device(folder: Path):
    from recoverybox import paths
    from recoverybox.core.app.opening import open_database
    from recoverybox.core.app.services import Services

    services = Services(open_database(paths.resolve(folder).db_file))
    services.settings.set("timezone", ZONE)
    return services


def _fill(services, count: int) -> None:
    """``count`` events as years of a person's planning look: one in fifty a weekly meeting for a year, with a
    reminder (every other one with a cancelled date), the rest single sessions, about one a day."""
    from recoverybox.core.calendar.events import EventInput

    for n in range(count):
        weekly = n % 50 == 0
        start = datetime(2025, 1, 6, 8) + timedelta(days=n, hours=n % 11)
        event = services.calendar.create_event(
            EventInput(
                f"{'Meeting' if weekly else 'Session'} {n}",
                start,
                start + timedelta(hours=1),
                ZONE,
                kind="meeting" if weekly else "therapy",
                rrule="FREQ=WEEKLY;COUNT=52" if weekly else None,
                location=f"Room {n % 40}",
                reminder_offsets=[30] if weekly else [60],
            )
        )
        if weekly and n % 100 == 0:
            services.calendar.cancel_occurrence(event.id, start + timedelta(weeks=3))


def _timed_sync(services, connect) -> tuple[float, object]:
    from recoverybox.core.sync.service import run_sync

    start = time.perf_counter()
    result = run_sync(services.sync, connect)
    return (time.perf_counter() - start) * 1000, result


def _five_changes(services) -> None:
    from sqlalchemy import select

    from recoverybox.core.calendar.events import EventInput
    from recoverybox.core.storage.models import Event

    with services.db.reading() as session:
        ids = list(session.scalars(select(Event.id).order_by(Event.id).limit(4)))
    for event_id in ids[:3]:
        event = services.calendar.get_event(event_id)
        services.calendar.update_event(
            event_id, EventInput(event.title + " (moved)", event.start_local + timedelta(hours=1),
                                 event.end_local + timedelta(hours=1), event.tz, kind=event.kind)
        )  # fmt: skip
    services.calendar.delete_event(ids[3])
    services.calendar.create_event(
        EventInput("New session", datetime(2027, 2, 1, 10), datetime(2027, 2, 1, 11), ZONE, kind="therapy")
    )


def _gui_gaps(folder: Path, account_password: str) -> tuple[float, float, float]:
    """The longest gap between turns of the window's event loop while its runner syncs (receiving the
    2,000 events: the heaviest sync), and while it is idle for as long; and how long the sync took."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from recoverybox import paths
    from recoverybox.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    services = _device(folder)
    window = MainWindow(paths.resolve(folder), services=services, reminders=False)
    window.resize(1280, 860)
    window.show()
    window.show_view("week")
    window.session.sync_runner.password = account_password
    while getattr(window, "panic", None) is None:  # settled: the crisis window is built a second after start
        app.processEvents()

    def longest_gap(until) -> float:  # noqa: ANN001
        clock, gaps = QElapsedTimer(), [0]
        clock.start()
        last = [clock.elapsed()]

        def tick() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        timer.start()
        while not until():
            app.processEvents()
            app.sendPostedEvents()
        timer.stop()
        return float(max(gaps))

    done = []
    window.session.sync_runner.synced.connect(lambda result: done.append(result))
    started = time.perf_counter()
    window.session.sync_runner.sync_now(asked=False)
    busy = longest_gap(lambda: bool(done))
    took = (time.perf_counter() - started) * 1000
    end = time.perf_counter() + took / 1000
    idle = longest_gap(lambda: time.perf_counter() > end)
    window.close()
    window.session.sync_runner.stop()
    services.close()
    return busy, idle, took


def run() -> list[Figure]:
    from recoverybox.core.sync.caldav_client import CalDavConnection
    from tests.sync_server import PASSWORD, USER, start_radicale, stop_radicale

    with tempfile.TemporaryDirectory(prefix="rb-sync-bench-") as scratch:
        root = Path(scratch)
        server = start_radicale(root / "radicale")
        try:

            def connect(account):  # noqa: ANN001, ANN202
                return CalDavConnection(account.server_url, account.user, PASSWORD)

            with CalDavConnection(server.url, USER, PASSWORD) as dav:
                calendar_url = dav.create_calendar("Benchmark")
            devices = {}
            for name in ("laptop", "desk", "window"):
                services = _device(root / name)
                services.sync.set_up(server.url, USER, calendar_url, "Benchmark")
                devices[name] = services
            _fill(devices["laptop"], EVENTS)
            first_send, sent = _timed_sync(devices["laptop"], connect)
            first_receive, received = _timed_sync(devices["desk"], connect)
            assert (sent.sent, received.received) == (EVENTS, EVENTS), (sent, received)
            nothing = sorted(_timed_sync(devices["desk"], connect)[0] for _ in range(5))[2]
            _five_changes(devices["laptop"])
            send_five, sent = _timed_sync(devices["laptop"], connect)
            receive_five, received = _timed_sync(devices["desk"], connect)
            assert sent.sent + sent.deleted_there == 5 and received.received + received.deleted_here == 5
            devices["window"].close()
            for services in (devices["laptop"], devices["desk"]):
                services.close()
            busy, idle, window_took = _gui_gaps(root / "window", PASSWORD)
        finally:
            stop_radicale(server)
    return [
        Figure(f"sync: first, {EVENTS} events sent", first_send, nothing, "ms", "-", "a sync with nothing to do"),
        Figure(f"sync: first, {EVENTS} events received", first_receive, nothing, "ms", "-",
               "a sync with nothing to do"),
        Figure("sync: incremental, 5 changes sent", send_five, nothing, "ms", "≤ 1 s", "a sync with nothing to do"),
        Figure("sync: incremental, 5 changes received", receive_five, nothing, "ms", "≤ 1 s",
               "a sync with nothing to do"),
        Figure(f"window: longest event-loop gap while receiving {EVENTS} events ({window_took / 1000:.0f} s)", busy,
               idle, "ms", "≤ 100 ms", "the same loop idle"),
    ]  # fmt: skip
