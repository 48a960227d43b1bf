"""View figures on the 5-year demo: switching the week view to the next week (query, layout, paint)."""

from __future__ import annotations

from benchmarks.common import Figure, demo_data_dir, fresh_copy


def _week_switch(data_dir) -> float:
    from benchmarks.bench_history import week_switch

    return week_switch(data_dir)


def run() -> list[Figure]:
    demo = _week_switch(fresh_copy(demo_data_dir(), "views-demo"))
    empty = _week_switch(fresh_copy(None, "views-empty"))
    return [Figure("week view: switch to the next week (5-year demo)", demo, empty, "ms", "≤ 16 ms", "empty DB")]
