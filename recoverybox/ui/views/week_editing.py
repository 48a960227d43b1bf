"""Every edit gesture of the calendar: new, edit, move, delete, attendance, undo and a sync's conflicts, each a
``perform`` of one core write; mixed into ``WeekView`` (which keeps the navigation and drawing)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QStatusBar

from recoverybox.core.base.changes import Changes
from recoverybox.core.calendar.events import validate_event
from recoverybox.core.calendar.recurrence import to_utc
from recoverybox.core.calendar.snapshots import EventSnapshot
from recoverybox.i18n.qt import translate
from recoverybox.ui.dialogs.event_dialog import EventDialog, default_event, next_half_hour
from recoverybox.ui.dialogs.scope_dialog import ask_scope
from recoverybox.ui.format import date_text, time_text, weekday_text
from recoverybox.ui.ops.perform import perform
from recoverybox.ui.widgets import plain
from recoverybox.ui.widgets.undo_notice import UndoNotice

if TYPE_CHECKING:  # what the view this is mixed into has, as the type checker sees it
    from recoverybox.ui.views.view_base import ViewBase as _View
else:
    _View = object


class WeekEditing(_View):
    """The calendar's edits; mixed into ``WeekView``, whose ``services``, ``monday``, ``mode``, ``refresh()``,
    ``show_moment()``, ``_undo`` and ``_undo_notice`` they use."""

    if TYPE_CHECKING:  # the view's own, for the type checker
        monday: date
        _undo: tuple[EventSnapshot | None, tuple[int, ...]] | None
        _undo_notice: UndoNotice | None
        _own_status_bar: QStatusBar | None

        def _first_day(self, day: date) -> date: ...
        def show_moment(self, moment: datetime) -> None: ...

    def new_event(self) -> None:
        now_local = self.services.clock.now().astimezone(self.services.zone).replace(tzinfo=None)
        start = next_half_hour(now_local)
        if self._first_day(start.date()) != self.monday:
            start = datetime.combine(self.monday, start.time())
        self.new_event_at(start)

    def new_event_at(self, start: datetime) -> None:
        settings = self.services.settings
        values = settings.read()  # one read for both
        data = default_event(start, self.services.zone_name, values.default_offsets, kind=values.last_event_kind)
        dialog = EventDialog(data, self, validate=validate_event, today=self.services.today())
        if not dialog.exec() or dialog.accepted_input is None:
            return
        saved = dialog.accepted_input
        if self._done(perform(self, lambda: self.services.calendar.create_event(saved)), created=True):
            perform(self, lambda: settings.set("last_event_kind", saved.kind))
            self._say_saved(saved)

    def status_bar(self) -> QStatusBar:
        """The window's status bar (a view outside a main window, in a test, gets one of its own)."""
        top = self.window()
        if isinstance(top, QMainWindow):
            return top.statusBar()
        if self._own_status_bar is None:
            self._own_status_bar = QStatusBar(self)
        return self._own_status_bar

    @property
    def undo_notice(self) -> UndoNotice:
        if self._undo_notice is None:
            self._undo_notice = UndoNotice(self, self.status_bar(), self.undo)
        return self._undo_notice

    def _say_saved(self, saved) -> None:
        """The status bar names what was saved and when it starts, with Undo beside it."""
        if saved.all_day:  # a date, wherever the person is
            when = f"{weekday_text(saved.start.date())} {date_text(saved.start.date())}"
        else:
            start = to_utc(saved.start, ZoneInfo(saved.tz)).astimezone(self.services.zone).replace(tzinfo=None)
            when = translate("WeekView", "{day} {date} at {time}").format(
                day=weekday_text(start.date()), date=date_text(start.date()), time=time_text(start)
            )
        self.undo_notice.show_message(
            translate("WeekView", "Saved “{title}”, {when}.").format(title=saved.title.strip(), when=when)
        )

    def edit_occurrence(self, occ) -> None:
        event = self.services.calendar.get_event(occ.event_id)
        data = self.services.occurrences.input_for(event, occ.original_start_local)
        dialog = EventDialog(data, self, editing=True, validate=validate_event, today=self.services.today())
        dialog.setObjectName("eventDialog")
        if not dialog.exec():
            return
        if dialog.delete_requested:
            self.delete_occurrence(occ)
            return
        scope: str | None = "all"
        if occ.recurring:  # a repeat rule, or a list of dates
            scope = ask_scope(self, translate("WeekView", "change"))
            if scope is None:
                return
        changed, chosen = dialog.accepted_input, scope
        if changed is None or chosen is None:
            return
        snapshot = self.services.calendar.snapshot(occ.event_id)
        made = perform(
            self, lambda: self.services.occurrences.edit(occ.event_id, occ.original_start_local, changed, chosen)
        )
        if self._done(made, snapshot):
            self._say_saved(changed)

    def delete_occurrence(self, occ) -> None:
        if occ.recurring:
            scope = ask_scope(self, translate("WeekView", "delete"))
        else:
            answer = plain.question(
                self,
                translate("WeekView", "Delete event"),
                translate("WeekView", "Delete “{title}”? You can undo this with Ctrl+Z.").format(title=occ.title),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            scope = "all" if answer == QMessageBox.StandardButton.Yes else None
        if scope is None:
            return
        snapshot = self.services.calendar.snapshot(occ.event_id)
        self._done(
            perform(self, lambda: self.services.occurrences.delete(occ.event_id, occ.original_start_local, scope)),
            snapshot,
        )

    def move_occurrence(self, occ, new_start: datetime, new_end: datetime) -> None:
        """A drag or resize in the grid; asks the scope for a repeating event; undo with Ctrl+Z."""
        scope: str | None = "all"
        if occ.recurring:
            scope = ask_scope(self, translate("WeekView", "move"))
        if scope is None:
            self.refresh()
            return
        chosen = scope
        zone = self.services.zone
        event_zone = occ.tz
        # The grid speaks the person's zone; the event keeps its own.
        start = to_utc(new_start, zone).astimezone(ZoneInfo(event_zone)).replace(tzinfo=None)
        end = to_utc(new_end, zone).astimezone(ZoneInfo(event_zone)).replace(tzinfo=None)
        snapshot = self.services.calendar.snapshot(occ.event_id)
        self._done(
            perform(
                self, lambda: self.services.occurrences.move(occ.event_id, occ.original_start_local, start, end, chosen)
            ),
            snapshot,
        )

    def undo(self) -> None:
        if self._undo is None:
            self.status_bar().showMessage(translate("WeekView", "Nothing to undo."), 4000)
            return
        snapshot, created = self._undo
        self._undo = None
        calendar = self.services.calendar
        if snapshot is None:  # a new event: undo takes it away again
            undone = perform(self, lambda: calendar.delete_event(created[0]))
        else:
            undone = perform(self, lambda: calendar.restore(snapshot, remove_ids=created))
        self.refresh()
        if undone is not None:
            self.status_bar().showMessage(translate("WeekView", "Undone."), 4000)

    def _done(self, made: Changes | None, snapshot: EventSnapshot | None = None, created: bool = False) -> bool:
        """After a write (``perform``'s answer: None when it was not made): remember how to undo it (put back
        ``snapshot`` and remove any series a split made, or remove the event ``created``), and redraw."""
        if made is not None and snapshot is not None:
            self._undo = (snapshot, tuple(event_id for event_id in made.ids if event_id != snapshot.event_id))
        elif made is not None and created:
            self._undo = (None, made.ids[:1])
        self.refresh()
        return made is not None

    # ---- a calendar sync's conflicts ----------------------------------------------------------------
    def keep_their_version(self, copy_id: int) -> None:
        """Delete this computer's version (the conflict copy), after asking: the other device's stays."""
        if self._sure(
            translate("WeekView", "Keep the other device's version?"),
            translate("WeekView", "Your version (the conflict copy) is deleted, here and on the server."),
        ):
            self._done(perform(self, lambda: self.services.sync.keep_server_version(copy_id)))

    def keep_my_version(self, copy_id: int) -> None:
        """This computer's version replaces the other device's (same event, so everywhere), after asking."""
        if self._sure(
            translate("WeekView", "Keep your version?"),
            translate("WeekView", "Your version replaces the other device's, here and on the server at the next sync."),
        ):
            self._done(perform(self, lambda: self.services.sync.keep_my_version(copy_id)))

    def _sure(self, question: str, consequence: str) -> bool:
        return plain.question(self, question, consequence) == QMessageBox.StandardButton.Yes

    def _on_show_conflict(self, start_utc: datetime) -> None:
        self.show_moment(start_utc.astimezone(self.services.zone).replace(tzinfo=None))

    # ---- context menu and attendance ------------------------------------------------------------
    def _on_context(self, occ, where) -> None:
        menu = QMenu(self)
        menu.addAction(translate("WeekView", "&Edit…"), lambda: self.edit_occurrence(occ))
        menu.addAction(translate("WeekView", "&Delete…"), lambda: self.delete_occurrence(occ))
        if occ.start <= self.services.clock.now():
            menu.addSeparator()
            menu.addAction(translate("WeekView", "Mark &attended"), lambda: self.mark(occ, "attended"))
            menu.addAction(translate("WeekView", "Mark &missed"), lambda: self.mark(occ, "missed"))
            menu.addAction(translate("WeekView", "&Clear attendance"), lambda: self.mark(occ, None))
        if occ.online_url:
            menu.addSeparator()
            menu.addAction(
                translate("WeekView", "Open online &link"), lambda: QDesktopServices.openUrl(QUrl(occ.online_url))
            )
        menu.popup(where)
        self.context_menu = menu

    def mark(self, occ, status: str | None) -> None:
        self._done(
            perform(
                self, lambda: self.services.occurrences.set_attendance(occ.event_id, occ.original_start_local, status)
            )
        )
