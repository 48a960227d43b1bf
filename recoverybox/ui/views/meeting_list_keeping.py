"""Keeping meeting lists, mixed into ``MeetingsView``: loading one from a file or a web address (on a worker,
through ``perform``), checking it for updates and offering what changed for meetings already added, what was
left out, its fellowship, removing it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QMessageBox, QPushButton

from recoverybox.core.meetings.feed_fields import is_web_address
from recoverybox.core.meetings.results import LoadResult
from recoverybox.i18n.qt import translate
from recoverybox.ui.ops.perform import perform
from recoverybox.ui.ops.words import change_text, load_summary, week_text, words
from recoverybox.ui.widgets import plain

if TYPE_CHECKING:  # what the view this is mixed into has, as the type checker sees it
    from recoverybox.core.meetings.results import MeetingListInfo
    from recoverybox.ui.ops.operation import Operation
    from recoverybox.ui.views.view_base import ViewBase as _View
else:
    _View = object


class MeetingListKeeping(_View):
    """The lists' side of Find meetings; the class using it has ``services``, ``refresh()``, ``list_choice``,
    ``current_list()``, the load buttons, ``search``, ``added_note`` and ``fellowship_actions``."""

    if TYPE_CHECKING:  # the view's own, for the type checker
        added_note: QLabel
        fellowship_actions: dict[str, QAction]
        list_choice: QComboBox
        load_file_button: QPushButton
        load_web_button: QPushButton
        update_button: QPushButton
        search: QLineEdit
        operation: Operation | None

        def current_list(self) -> MeetingListInfo | None: ...

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("MeetingsView", "Load a meeting list"),
            "",
            translate("MeetingsView", "Meeting lists (*.json *.csv);;All files (*)"),
        )
        if path:
            self.load(path)

    def choose_address(self) -> None:
        from recoverybox.ui.dialogs.feed_address_dialog import FeedAddressDialog

        dialog = FeedAddressDialog(self)
        if dialog.exec():
            self.load(dialog.url())

    def check_for_updates(self) -> None:
        info = self.current_list()
        if info is not None:
            self.load(info.source)

    def load(self, source: str) -> Operation:
        """Load (or reload) the list at ``source`` on a worker; the window stays responsive."""
        services = self.services
        web = is_web_address(source)
        title = (
            translate("MeetingsView", "Fetching {source}…").format(source=source)
            if web
            else translate("MeetingsView", "Reading the meeting list…")
        )

        def work(report):
            result = services.meeting_lists.load_source(source, None, report)
            services.meeting_lists.listings(result.list_id)  # worked out here, off the GUI thread, and kept
            return result

        loaders = (self.load_file_button, self.load_web_button, self.update_button)
        for button in loaders:
            button.setEnabled(False)  # one load at a time
        self.operation = perform(
            self,
            work,
            title=title,
            on_done=self._on_loaded,
            failure_title=translate("MeetingsView", "The meeting list was not loaded"),
        )
        self.operation.stops_at_quit = web  # a fetch is cancelled at Quit (the app never waits on a server)

        def loaded() -> None:
            for button in loaders:
                button.setEnabled(True)

        self.operation.done.connect(loaded)
        return self.operation

    def _on_loaded(self, result: LoadResult) -> None:
        self.refresh()
        index = self.list_choice.findData(result.list_id)
        if index >= 0:
            self.list_choice.setCurrentIndex(index)
        marked = result.closed or result.vanished or result.reopened
        if result.in_week:
            self._offer_changes(result)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("MeetingsView", "Meeting list loaded"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(load_summary(result.read, most=5))
        if marked:
            box.setInformativeText(week_text(result))
        if result.read.problems:
            box.setDetailedText("\n".join(words(problem) for problem in result.read.problems))
        box.finished.connect(lambda _result: self.search.setFocus())  # next: looking for a meeting
        box.open()
        self.load_box = box

    def _offer_changes(self, result: LoadResult) -> None:
        """Ask before changing the week: show what the list changed for meetings already added."""
        lines = "\n".join(f"• {change_text(change)}" for change in result.in_week)
        changed = len(result.in_week)
        answer = plain.question(
            self,
            translate("MeetingsView", "Meetings in your week changed"),
            translate(
                "MeetingsView",
                "The list gives %n meeting(s) you added a new time, place or link:\n\n{lines}\n\n"
                "Update them in your week, from their next date on? Dates gone by stay as they were.",
                None,
                changed,
            ).format(lines=lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            updated = perform(self, lambda: self.services.meeting_lists.apply_changes(result.list_id))
            if updated is not None:
                count = len(updated.ids)
                self.added_note.setText(translate("MeetingsView", "Updated %n meeting(s) in your week.", None, count))

    def show_problems(self) -> None:
        info = self.current_list()
        if info is None:
            return
        box = QMessageBox(self)
        box.setWindowTitle(translate("MeetingsView", "Left out of “{name}”").format(name=info.name))
        box.setTextFormat(Qt.TextFormat.PlainText)
        by_appointment = info.by_appointment
        text = [translate("MeetingsView", "%n meeting(s) by appointment (no day or time).", None, by_appointment)]
        text += [words(problem) for problem in info.problems[:15]]
        if len(info.problems) > 15:
            text.append(translate("MeetingsView", "… and {n} more (Show Details).").format(n=len(info.problems) - 15))
            box.setDetailedText("\n".join(words(problem) for problem in info.problems))
        box.setText("\n".join(text))
        box.open()

    def _set_fellowship(self, name: str) -> None:
        info = self.current_list()
        if (
            info is not None
            and (perform(self, lambda: self.services.meeting_lists.set_fellowship(info.id, name))) is not None
        ):
            for other, action in self.fellowship_actions.items():
                action.setChecked(other == name)

    def remove_list(self) -> None:
        info = self.current_list()
        if info is None:
            return
        answer = plain.question(
            self,
            translate("MeetingsView", "Remove the meeting list?"),
            translate(
                "MeetingsView",
                "Remove “{name}” from RecoveryBox? Meetings you added from it stay in your week; they are just no "
                "longer checked against the list.",
            ).format(name=info.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if (
            answer == QMessageBox.StandardButton.Yes
            and (perform(self, lambda: self.services.meeting_lists.remove_list(info.id))) is not None
        ):
            self.refresh()
