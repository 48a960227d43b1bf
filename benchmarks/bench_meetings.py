"""Find meetings with a 5,000-meeting list (``tests.meeting_feeds.big_feed``): loading it (from a file and from
a web server on 127.0.0.1), filtering it, adding a meeting, and the window while it loads on a worker.

Baselines from the same run: ``json.loads`` of the same bytes (the least any load must do), a bare list
comprehension over the same listings (the least any filter must do), creating a plain weekly event, and the
GUI timer's longest gap with nothing running."""

from __future__ import annotations

import json
import statistics
import time

from benchmarks.common import DATA, DEMO_NOW, Figure, fresh_copy, median_of

MEETINGS = 5000


def _services(name: str):
    from recoverybox import paths
    from recoverybox.core.app.opening import open_database
    from recoverybox.core.app.services import Services
    from recoverybox.core.base.clock import FixedClock

    app_paths = paths.resolve(fresh_copy(None, name))
    services = Services(open_database(app_paths.db_file), FixedClock(DEMO_NOW))
    services.settings.set("timezone", "Europe/London")
    return services


def _timed(fn, runs: int = 5) -> float:
    """Median ms of ``fn`` with no warm-up: each load, listing or add is the first of its kind."""
    return median_of(fn, runs=runs, warmup=0)


def run() -> list[Figure]:
    from recoverybox.core.calendar.events import EventInput
    from recoverybox.core.meetings.listings import MeetingFilter, filter_listings
    from tests.feed_server import feed_server
    from tests.meeting_feeds import big_feed_bytes

    raw = big_feed_bytes(MEETINGS)
    path = DATA / "work" / "meetings-5000.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw)
    services = _services("meetings")
    lists = services.meeting_lists
    try:
        parse_ms = _timed(lambda: json.loads(raw))
        load_ms = _timed(lambda: lists.load_source(str(path)))
        with feed_server() as server:
            url = server.serve("/metro.json", raw)
            web_ms = _timed(lambda: lists.load_source(url))
        list_id = lists.lists()[0].id
        listings_ms = _timed(lambda: (lists._listings.clear(), lists.listings(list_id)))
        listings = lists.listings(list_id)
        wanted = [
            MeetingFilter(day=3),
            MeetingFilter(day=3, part_of_day="evening", attendance="online"),
            MeetingFilter(types=frozenset({"O", "D"})),
            MeetingFilter(region="Riverside"),
            MeetingFilter(text="serenity circle"),
            MeetingFilter(day=5, attendance="in_person", types=frozenset({"W"}), text="hall"),
        ]
        filter_ms = max(median_of(lambda w=w: filter_listings(listings, w), runs=15) for w in wanted)
        bare_ms = median_of(lambda: [li for li in listings if li.user_day == 3], runs=15)
        slugs = iter([li.meeting.slug for li in listings])
        add_ms = _timed(lambda: lists.add_to_week(list_id, next(slugs)), runs=9)
        start = DEMO_NOW.replace(tzinfo=None)
        plain_ms = _timed(
            lambda: services.calendar.create_event(
                EventInput("Plain", start, start.replace(hour=start.hour + 1), "Europe/London", rrule="FREQ=WEEKLY")
            ),
            runs=9,
        )
    finally:
        services.close()
    idle_gap, load_gap, view_filter_ms = _window_figures(path)
    size = len(raw) / 2**20
    parse, bare, idle = "json.loads of it", "one-test comprehension", "the same timer, idle"
    return [
        Figure(f"load a {MEETINGS:,}-meeting list from a file ({size:.1f} MB)", load_ms, parse_ms, "ms", "≤ 1 s",
               parse),
        Figure("load the same list from a web server on 127.0.0.1", web_ms, parse_ms, "ms", "≤ 1 s", parse),
        Figure("its meetings seen from the person's zone (once per load)", listings_ms, parse_ms, "ms", "", parse),
        Figure("slowest of six filters (day, time, online, types, region, words)", filter_ms, bare_ms, "ms",
               "≤ 30 ms", bare),
        Figure("filter as the person types, table redrawn (GUI thread)", view_filter_ms, bare_ms, "ms",
               "≤ 30 ms", bare),
        Figure("add a meeting to the week", add_ms, plain_ms, "ms", "", "a plain weekly event"),
        Figure(f"longest GUI stall while the {MEETINGS:,} meetings load (worker)", load_gap, idle_gap, "ms",
               "≤ 100 ms", idle),
    ]  # fmt: skip


def _window_figures(path) -> tuple[float, float, float]:
    from PySide6.QtWidgets import QApplication

    from benchmarks.bench_operations import _longest_gap
    from recoverybox import paths
    from recoverybox.memory import freeze_long_lived_objects

    QApplication.instance() or QApplication([])
    services = _services("meetings-window")
    from recoverybox.ui.main_window import MainWindow

    window = MainWindow(paths.resolve(DATA / "work" / "meetings-window"), services=services, reminders=False)
    window.resize(1100, 720)
    window.show()
    window.show_view("meetings")
    QApplication.processEvents()
    freeze_long_lived_objects()
    view = window.view("meetings")
    try:
        idle_gap, _ = _longest_gap(window, lambda: None)
        load_gap, _ = _longest_gap(window, lambda: view.load(str(path)))
        if getattr(view, "load_box", None) is not None:
            view.load_box.close()
        words = ["s", "se", "ser", "sere", "seren", "serenity", ""]
        samples = []
        for _ in range(3):
            for text in words:
                start = time.perf_counter()
                view.search.setText(text)
                samples.append((time.perf_counter() - start) * 1000)
        typing_ms = statistics.median(samples)
    finally:
        window.close()
        services.close()
    return idle_gap, load_gap, typing_ms
