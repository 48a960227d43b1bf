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
