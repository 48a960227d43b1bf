"""What every view shares: the services, a refresh on show when stale, and deciding itself, from the ``Changes``
every write announces (``ui.ops.perform``), whether it has to redraw."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from recoverybox.core.base.changes import EVERY_AREA, Area, Changes
from recoverybox.ui.ops.perform import changes_hub

if TYPE_CHECKING:
    from recoverybox.core.app.services import Services


class ViewBase(QWidget):
    """A page of the main window. Subclasses build widgets in ``__init__`` and fill them in ``refresh``.

    ``READS`` is what the view shows: a write elsewhere marks it stale only if the two meet."""

    READS: frozenset[Area] = EVERY_AREA
    title_changed = Signal(str)  # a view that shows several things (week / month) names the one shown
    broken = Signal()  # refresh raised: the main window puts an error panel in this view's place

    def __init__(self, services: Services | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # None only for Today's first look, drawn before the data layer is loaded (``attach`` follows).
        self._services = services
        self._stale = True
        changes_hub().changed.connect(self._on_changes)

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("this view has no services yet (a first look, before the data opened)")
        return self._services

    @services.setter
    def services(self, services: Services) -> None:
        self._services = services

    @property
    def needs_services(self) -> bool:
        return self._services is None

    def attach(self, services: Services) -> None:
        """The data is open: from now on the view reads it through ``services`` (and redraws)."""
        self._services = services
        self.mark_stale()

    def _on_changes(self, changes: Changes, writer: object) -> None:
        services = self._services
        if services is not None and not services.closed:  # a view of data that closed reads nothing
            self.on_changes(changes, writer)

    def on_changes(self, changes: Changes, writer: object) -> None:
        """A write was made: redraw (now if on screen, else when next shown) if it touched what this view
        shows. The view's own writes (``writer`` is it, or inside it) redraw it where they are made."""
        if self.wrote(writer) or not changes.touches(self.READS):
            return
        if changes.areas == {Area.SETTINGS}:
            from recoverybox.core.settings.options import VIEWS, affected

            if VIEWS not in affected(changes.keys):
                return  # a setting that changes nothing a view draws (backups kept, the login entry)
        self.mark_stale()

    def wrote(self, writer: object) -> bool:
        """Whether the write came from this view, a widget in it or a dialog it opened."""
        while isinstance(writer, QObject):
            if writer is self:
                return True
            writer = writer.parent()
        return False

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
