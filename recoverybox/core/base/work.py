"""Long work reports how far it has got, and may be cancelled there: no Qt here.

A piece of long work takes ``report: Report | None`` and calls ``report(done, total)`` now and then. The
caller's ``report`` may raise ``Cancelled``; work that writes does so inside its one transaction, so a
cancelled import rolls back and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

Report = Callable[[int, int], None]


class Cancelled(Exception):  # noqa: N818 (a request, not an error)
    """The person cancelled the work."""


def tell(report: Report | None, done: int, total: int) -> None:
    if report is not None:
        report(done, total)


def part(report: Report | None, first: float, last: float) -> Report | None:
    """A ``Report`` for one stage of a larger piece of work: its (done, total) becomes the share between
    ``first`` and ``last`` (fractions of the whole) of the caller's ``report``."""
    if report is None:
        return None

    def scaled(done: int, total: int) -> None:
        report(round(1000 * (first + (last - first) * done / max(total, 1))), 1000)

    return scaled
