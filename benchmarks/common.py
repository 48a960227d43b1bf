"""Shared benchmark helpers: the cached 5-year demo database, medians, result rows."""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / ".data"
# The demo is generated against a fixed "today" so every run measures the same data.
DEMO_NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


@dataclass
class Figure:
    """One measured figure beside its same-run baseline."""

    name: str
    value: float
    baseline: float
    unit: str
    target: str
    baseline_name: str

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("nan")


def median_of(fn: Callable[[], object], runs: int = 15, warmup: int = 2) -> float:
    """Median wall time of ``fn()`` in milliseconds."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def demo_data_dir(years: int = 5) -> Path:
    """A data dir holding the N-year demo (generated once, then copied fresh for each use)."""
    from recoverybox import paths
    from recoverybox.core.app.demo import generate
    from recoverybox.core.app.opening import open_database
    from recoverybox.core.app.services import Services
    from recoverybox.core.base.clock import FixedClock

    master = DATA / f"demo-{years}y"
    if not (master / "recoverybox.sqlite3").exists():
        shutil.rmtree(master, ignore_errors=True)
        app_paths = paths.resolve(master)
        services = Services(open_database(app_paths.db_file), FixedClock(DEMO_NOW))
        services.settings.set("timezone", "Europe/London")
        generate(services, years=years)
        with services.db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        services.close()
    return master


def fresh_copy(source: Path | None, name: str) -> Path:
    """A throw-away copy of ``source`` (or an empty dir) under benchmarks/.data/."""
    from recoverybox import paths

    target = DATA / "work" / name
    shutil.rmtree(target, ignore_errors=True)
    if source is not None:
        shutil.copytree(source, target)
    paths.resolve(target)
    return target
