"""What every view shares: the services, a refresh on show when stale, and a data-changed signal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from recoverybox.core.app.services import Services


# What a write can change; ``data_changed`` carries a set of these, and each view says which it shows.
CHANGES = frozenset({"events", "goals", "journal", "contacts", "settings", "sobriety", "recovery"})
# The ones reminders are made from: only these make the scheduler recompute.
REMINDER_SOURCES = frozenset({"events", "goals", "settings"})


class ViewBase(QWidget):
    """A page of the main window. Subclasses build widgets in ``__init__`` and fill them in ``refresh``.

    ``READS`` is what the view shows: another view's write marks it stale only if the two meet."""

    data_changed = Signal(object)  # a frozenset of CHANGES
    READS: frozenset[str] = CHANGES
    title_changed = Signal(str)  # a view that shows several things (week / month) names the one shown
    broken = Signal()  # refresh raised: the main window puts an error panel in this view's place

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._stale = True

    def refresh(self) -> None:
        """Re-read from the services and redraw."""
        raise NotImplementedError

    def flush(self) -> bool | None:
        """Write anything typed but not yet saved (the window is closing or hiding); False if it could not."""

    def mark_stale(self) -> None:

        self._stale = True
        if self.isVisible():
            self._refresh_now()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self._refresh_now()

    def _refresh_now(self) -> None:
        self._stale = False
        try:
            self.refresh()
        except Exception:  # a bad record must not take the app down: logged, then an error panel instead
            import logging

            logging.getLogger("recoverybox.views").exception("%s could not refresh", type(self).__name__)
            self.broken.emit()
