"""Run every benchmark and print each figure beside its same-run baseline.

    python -m benchmarks.run            print the table
    python -m benchmarks.run --write    also write benchmarks/results.md

Figures are medians of several runs; machines here are shared and noisy, so read ratios, not absolutes.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from benchmarks import (  # noqa: E402
    bench_background,
    bench_core,
    bench_history,
    bench_meetings,
    bench_operations,
    bench_progress,
    bench_protection,
    bench_startup,
    bench_sync,
    bench_views,
)
from benchmarks.common import HERE, Figure  # noqa: E402

SUITES = {
    "core": bench_core.run,
    "views": bench_views.run,
    "progress": bench_progress.run,
    "startup": bench_startup.run,
    "time-to-data": bench_startup.time_to_data,
    "background": bench_background.run,
    "background-day": bench_background.day,
    "history": bench_history.run,
    "operations": bench_operations.run,
    "meetings": bench_meetings.run,
    "protection": bench_protection.run,
    "sync": bench_sync.run,
}


def table(figures: list[Figure], machine: str) -> str:
    rows = ["| figure | value | baseline | ratio | target | date | machine |", "|---|---|---|---|---|---|---|"]
    for f in figures:
        rows.append(
            f"| {f.name} | {f.value:.2f} {f.unit} | {f.baseline:.2f} {f.unit} ({f.baseline_name}) | "
            f"{f.ratio:.2f} | {f.target} | {date.today().isoformat()} | {machine} |"
        )
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write benchmarks/results.md")
    parser.add_argument("--only", choices=sorted(SUITES), action="append", help="run only these suites")
    args = parser.parse_args()
    machine = f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}"
    figures: list[Figure] = []
    for name in args.only or list(SUITES):
        print(f"running {name} …", file=sys.stderr, flush=True)
        figures += SUITES[name]()
    heavy = bench_startup.heavy_imports_before_paint() if not args.only or "startup" in args.only else []
    text = table(figures, machine)
    if not args.only or "startup" in args.only:
        text += "\n\nHeavy modules imported before the first paint: " + (", ".join(heavy) or "none") + "\n"
    print(text)
    if args.write:
        (HERE / "results.md").write_text(
            "# Benchmark results\n\nProduced by `python -m benchmarks.run --write`; medians, baselines measured in "
            "the same run.\n\n" + text + "\n"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
