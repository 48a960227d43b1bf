"""One journal entry, saved as it is typed (within a second of the last keystroke) and on close."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QStylePainter,
    QToolButton,
    QWidget,
)

from recoverybox.core.base.errors import UserError
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.journal.entries import JournalInput
from recoverybox.core.storage.db import DataFileReplaced, database_error
from recoverybox.ui.ops.perform import perform
from recoverybox.ui.ops.words import words

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.app.services import Services

AUTOSAVE_MS = 700
RETRY_MS = 15_000


class UnsetSlider(QSlider):
    """A slider that can be "not set": then it draws its track with no handle, and the first click (at the
    place clicked: the style jumps there) or key gives it a value."""

    became_set = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.is_set = False

    def set_state(self, is_set: bool) -> None:
        if is_set == self.is_set:
            return
        self.is_set = is_set
        if not is_set:
            self.blockSignals(True)
            self.setValue(self.minimum())  # no filled part of the track to suggest a value
            self.blockSignals(False)
        self.update()

    def _take_value(self) -> None:
        if not self.is_set:
            self.is_set = True
            self.became_set.emit()

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._take_value()
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home,
                           Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):  # fmt: skip
            self._take_value()
        super().keyPressEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.is_set:
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        option.subControls = QStyle.SubControl.SC_SliderGroove  # the track only: no value chosen yet
        painter.drawComplexControl(QStyle.ComplexControl.CC_Slider, option)


class ScaleSlider(QWidget):
    """A 0/1–10 slider that can also be "not set" (no handle, "Not set" beside it, a Clear button to go back to
    it), with its value written beside it. A click on the track sets the value clicked."""

    changed = Signal()

    def __init__(self, low: int, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low = low
        self.slider = UnsetSlider()
        self.slider.setRange(low, 10)
        self.slider.setAccessibleName(accessible)
        self.slider.setPageStep(1)
        self.value_label = QLabel()
        self.value_label.setMinimumWidth(self.value_label.fontMetrics().horizontalAdvance(self.tr("Not set")) + 8)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear {what}").format(what=accessible))
        self.clear_button.setToolTip(self.tr("Back to not set"))
        self.clear_button.clicked.connect(self._clear)
        keep = self.clear_button.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.clear_button.setSizePolicy(keep)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.value_label)
        layout.addWidget(self.clear_button)
        self.slider.became_set.connect(self._on_change)
        self.slider.valueChanged.connect(self._on_value)

    def value(self) -> int | None:
        return self.slider.value() if self.slider.is_set else None

    def set_value(self, value: int | None) -> None:
        self.blockSignals(True)
        self.slider.blockSignals(True)
        self.slider.set_state(value is not None)
        if value is not None:
            self.slider.setValue(value)
        self.slider.blockSignals(False)
        self.blockSignals(False)
        self._update_label()

    def _on_value(self, _value: int) -> None:
        """Any new value (a click, a key, a screen reader setting it) is a chosen one."""
        if not self.slider.is_set:
            self.slider.is_set = True
            self.slider.update()
        self._on_change()

    def _clear(self) -> None:
        self.slider.set_state(False)
        self._on_change()
        self.slider.setFocus()

    def _on_change(self) -> None:
        self._update_label()
        self.changed.emit()

    def _update_label(self) -> None:
        is_set = self.slider.is_set
        self.value_label.setText(f"{self.slider.value()} / 10" if is_set else self.tr("Not set"))
        self.slider.setAccessibleDescription("" if is_set else self.tr("Not set"))
        # Kept in the layout while hidden, so the slider does not change width when a value is chosen.
        self.clear_button.setVisible(is_set)


class JournalEditor(QWidget):
    """Edits one entry (or a new one); every change is saved shortly after, in one transaction."""

    saved = Signal(int)  # entry id
    storage_lost = Signal(str)  # the data file went away under the app: a sentence for the person

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.entry_id: int | None = None
        self._kind = "entry"
        self._loading = False
        self.day = QDateEdit()
        self.day.setObjectName("journalDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.mood = ScaleSlider(1, self.tr("Mood"))
        self.mood.setObjectName("journalMood")
        self.craving = ScaleSlider(0, self.tr("Craving"))
        self.craving.setObjectName("journalCraving")
        self.halt = {
            "hungry": QCheckBox(self.tr("H&ungry")),
            "angry": QCheckBox(self.tr("An&gry")),
            "lonely": QCheckBox(self.tr("&Lonely")),
            "tired": QCheckBox(self.tr("T&ired")),
        }
        self.triggers = QLineEdit()
        self.triggers.setObjectName("journalTriggers")
        self.triggers.setPlaceholderText(self.tr("Triggers, separated by commas"))
        self._trigger_model = QStringListModel(self)
        # Tags are comma-separated, so the completer works on the tag being typed, not the whole line.
        self.completer = QCompleter(self._trigger_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.completer.setWidget(self.triggers)
        self.completer.activated.connect(self._on_trigger_chosen)
        self.triggers.textEdited.connect(self._on_triggers_edited)
        self.gratitude = QLineEdit()
        self.gratitude.setObjectName("journalGratitude")
        self.gratitude.setPlaceholderText(self.tr("One thing I'm grateful for"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("journalText")
        self.text.setAccessibleName(self.tr("What happened today"))

        self.text.setPlaceholderText(self.tr("Write as much or as little as you like. It saves itself."))
        self.status = QLabel()
        self.status.setObjectName("journalStatus")
        self.status.setWordWrap(True)
        from recoverybox.ui.widgets.flow_row import flow_row

        halt_row = flow_row(*self.halt.values())  # on two lines where the four words do not fit on one
        form = QFormLayout(self)
        form.addRow(self.tr("Da&y"), self.day)
        form.addRow(self.tr("&Mood"), self.mood)
        form.addRow(self.tr("&Craving"), self.craving)
        form.addRow(self.tr("HALT"), halt_row)
        form.addRow(self.tr("&Triggers"), self.triggers)
        form.addRow(self.tr("Gr&ateful for"), self.gratitude)
        form.addRow(self.text)
        form.addRow(self.status)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self._retry = QTimer(self)  # after a failed save (a full disk), try again
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.save_now)
        self._storage_lost = False
        for signal in (
            self.day.dateChanged,
            self.mood.changed,
            self.craving.changed,
            self.triggers.textChanged,
            self.gratitude.textChanged,
            self.text.textChanged,
            *(box.toggled for box in self.halt.values()),
        ):
            signal.connect(self._on_edit)

    def load(self, entry=None, day: date | None = None, save_first: bool = True) -> None:
        """Show ``entry`` (or a blank new entry on ``day``), first saving what was being edited."""
        if save_first:
            self.save_now()
        self._timer.stop()

        self._loading = True
        today = self.services.today()
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self._trigger_model.setStringList(self.services.journal.trigger_names())
        self.entry_id = entry.id if entry is not None else None
        self._kind = entry.kind if entry is not None else "entry"
        when = entry.day if entry is not None else (day or today)
        self.day.setDate(QDate(when.year, when.month, when.day))
        self.mood.set_value(entry.mood if entry else None)
        self.craving.set_value(entry.craving if entry else None)
        for name, box in self.halt.items():
            box.setChecked(bool(entry and getattr(entry, name)))
        self.triggers.setText(", ".join(t.name for t in entry.triggers) if entry else "")
        self.gratitude.setText(entry.gratitude if entry else "")
        self.text.setPlainText(entry.text if entry else "")
        self.status.setText(self.tr("New entry") if entry is None else self.tr("Saved"))
        self._loading = False

    def has_unsaved_changes(self) -> bool:
        return self._timer.isActive() or self._retry.isActive() or self._storage_lost

    def current_input(self) -> JournalInput:
        picked = self.day.date()
        triggers = [t.strip() for t in self.triggers.text().split(",") if t.strip()]
        return JournalInput(
            day=date(picked.year(), picked.month(), picked.day()),
            mood=self.mood.value(),
            craving=self.craving.value(),
            triggers=triggers,
            gratitude=self.gratitude.text(),
            text=self.text.toPlainText(),
            kind=self._kind,
            **{name: box.isChecked() for name, box in self.halt.items()},
        )

    def is_blank(self) -> bool:
        data = self.current_input()
        return not (
            data.text.strip()
            or data.gratitude.strip()
            or data.triggers
            or data.mood is not None
            or data.craving is not None
            or any(box.isChecked() for box in self.halt.values())
        )

    def save_now(self) -> bool:
        """Write pending changes now (called by the timer, on switching entries, and on close).

        Returns False when the words on screen could not be stored: they stay on screen, the status says
        why, and a full disk is tried again a little later. A data file replaced under the app stops
        writing altogether (``storage_lost``).
        """
        self._timer.stop()
        self._retry.stop()
        if self._loading or (self.entry_id is None and self.is_blank()):
            return True
        if self._storage_lost:
            return False
        journal, entry_id = self.services.journal, self.entry_id
        try:
            data = self.current_input()
        except ValidationError as error:
            self._on_not_saved(error)
            return False
        saved = perform(
            self,
            (lambda: journal.create(data)) if entry_id is None else (lambda: journal.update(entry_id, data)),
            on_problem=self._on_not_saved,
        )
        if saved is None:
            return False
        self.entry_id = saved.id
        self.status.setText(self.tr("Saved"))
        self.saved.emit(self.entry_id)
        return True

    def _on_not_saved(self, error: UserError | OSError) -> None:
        """The words stay on screen and the status says why; a full disk is tried again a little later, and a
        data file replaced under the app stops writing altogether (``storage_lost``)."""
        if isinstance(error, DataFileReplaced):
            self._storage_lost = True
            self.status.setText(self.tr("Not saved. {why}").format(why=words(error)))
            self.storage_lost.emit(words(error))
        elif isinstance(error, ValidationError):
            self.status.setText(self.tr("Not saved: {why}").format(why=words(error)))
        else:  # a full disk, a busy file: what it means for the data, said as the data file's problem
            why = words(database_error(error) if isinstance(error, OSError) else error)
            self.status.setText(self.tr("Not saved yet. {why} Your words stay here meanwhile.").format(why=why))
            self._retry.start()

    def _on_edit(self, *_args) -> None:
        if self._loading:
            return
        self.status.setText(self.tr("Saving…"))
        self._timer.start()

    def _on_triggers_edited(self, text: str) -> None:
        prefix = text.rsplit(",", 1)[-1].strip()
        if not prefix:
            popup = self.completer.popup()
            if popup is not None:
                popup.hide()
            return
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount():
            self.completer.complete()

    def _on_trigger_chosen(self, tag: str) -> None:
        done = [t.strip() for t in self.triggers.text().split(",")[:-1] if t.strip()]
        self.triggers.setText(", ".join([*done, tag]) + ", ")
