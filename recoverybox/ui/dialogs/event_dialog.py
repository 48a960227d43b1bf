"""Create or edit an event: kind, fellowship, place or link, times and zone, repeat rule, reminders."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP
from recoverybox.core.base.timezones import zone_choices
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.calendar.recurrence import first_start
from recoverybox.core.storage.columns import EVENT_KINDS, FELLOWSHIPS
from recoverybox.ui.dialogs.field_errors import FieldErrors, save_cancel_buttons
from recoverybox.ui.event_style import FELLOWSHIP_LABELS, kind_label
from recoverybox.ui.widgets.repeat_rows import RepeatRows
from recoverybox.ui.widgets.typed_fields import DateTimeField

OFFSET_CHOICES = (
    (0, QT_TRANSLATE_NOOP("EventDialog", "At the start")),
    (5, QT_TRANSLATE_NOOP("EventDialog", "5 minutes before")),
    (10, QT_TRANSLATE_NOOP("EventDialog", "10 minutes before")),
    (15, QT_TRANSLATE_NOOP("EventDialog", "15 minutes before")),
    (30, QT_TRANSLATE_NOOP("EventDialog", "30 minutes before")),
    (60, QT_TRANSLATE_NOOP("EventDialog", "1 hour before")),
    (120, QT_TRANSLATE_NOOP("EventDialog", "2 hours before")),
    (1440, QT_TRANSLATE_NOOP("EventDialog", "1 day before")),
    (2880, QT_TRANSLATE_NOOP("EventDialog", "2 days before")),
    (10080, QT_TRANSLATE_NOOP("EventDialog", "1 week before")),
)


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class EventDialog(QDialog):
    """The event form. ``accepted_input`` holds the validated ``EventInput`` after Save."""

    def __init__(
        self,
        data: EventInput,
        parent: QWidget | None = None,
        editing: bool = False,
        validate=None,
        single_occurrence: bool = False,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit event") if editing else self.tr("New event"))
        self._validate = validate
        self._single_occurrence = single_occurrence
        self._today = today or data.start.date()
        self.errors = FieldErrors()
        self.accepted_input: EventInput | None = None
        self.delete_requested = False
        self._uid = data.uid
        self._rdates = list(data.rdates)
        # An imported event on a list of dates (RDATE) without a rule keeps its dates while "does not repeat".
        self._dates_only = data.rrule is None and bool(data.rdates)

        self._editing = editing
        self._make_what(data)
        self._make_when(data)
        self._make_reminders(data)
        self._lay_out()
        self._connect_and_start()

    def _make_what(self, data: EventInput) -> None:
        """Title, kind, fellowship, in person or online, address, link and notes."""
        self.title = QLineEdit(data.title)
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("e.g. Tuesday home group"))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in EVENT_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(EVENT_KINDS.index(data.kind) if data.kind in EVENT_KINDS else 3)
        self.fellowship = QComboBox()
        self.fellowship.setObjectName("fellowship")
        self.fellowship.addItem(self.tr("(not set)"), None)
        for key in FELLOWSHIPS:
            self.fellowship.addItem(self.tr(FELLOWSHIP_LABELS[key]), key)
        self.fellowship.setCurrentIndex(max(self.fellowship.findData(data.fellowship), 0))
        self.in_person = QRadioButton(self.tr("In &person"))
        self.online = QRadioButton(self.tr("O&nline"))
        self.online.setChecked(bool(data.online_url) and not data.location)
        self.in_person.setChecked(not self.online.isChecked())
        self.location = QLineEdit(data.location or "")
        self.location.setObjectName("location")
        self.location.setPlaceholderText(self.tr("Address or room"))
        self.online_url = QLineEdit(data.online_url or "")
        self.online_url.setObjectName("online_url")
        self.online_url.setAccessibleName(self.tr("Online link"))

        self.online_url.setPlaceholderText("https://…")
        self.open_link = QPushButton(self.tr("Open in &browser"))
        self.open_link.setToolTip(self.tr("Open the meeting link in your browser"))
        self.open_link.clicked.connect(self._on_open_link)

    def _make_when(self, data: EventInput) -> None:
        """All day, start, end, the zone, and the repeat rows."""
        self.all_day = QCheckBox(self.tr("All da&y"))
        self.all_day.setChecked(data.all_day)
        self.start = DateTimeField(to_qdatetime(data.start))
        self.start.setObjectName("start")
        self.end = DateTimeField(to_qdatetime(data.end))
        self.end.setObjectName("end")
        self.start.dateTimeChanged.connect(self._on_start_changed)
        self._last_start = data.start
        # The zone as a place and its offset ("London (UTC+0)"); the event keeps the IANA name.
        self.tz = QComboBox()
        self.tz.setObjectName("tz")
        self.tz.setEditable(True)
        self.tz.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tz.setAccessibleName(self.tr("Time zone"))
        for label, name in zone_choices(data.start, keep=data.tz):
            self.tz.addItem(label, name)
        self.tz.setCurrentIndex(max(self.tz.findData(data.tz), 0))
        completer = QCompleter([self.tz.itemText(i) for i in range(self.tz.count())], self.tz)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tz.setCompleter(completer)
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)

        # Repeat: the rule follows the start, and a line under it says it in words.
        self.repeat_rows = RepeatRows(data.rrule, data.start, self)
        self.repeat = self.repeat_rows.repeat
        self.interval = self.repeat_rows.interval
        self.weekdays = self.repeat_rows.weekdays
        self.ends = self.repeat_rows.ends
        self.until = self.repeat_rows.until
        self.count = self.repeat_rows.count
        self.repeat_rows.changed.connect(self._on_rule_changed)
        # Set once the person changes the start or the rule here: only then is the start moved to the rule's
        # first date (an imported series whose DTSTART is an extra date, as RFC 5545 allows, keeps it on edit).
        self._when_changed = False

    def _make_reminders(self, data: EventInput) -> None:
        self.reminders = QListWidget()
        self.reminders.setObjectName("reminders")
        self.reminders.setAccessibleName(self.tr("Reminders"))
        self.reminders.setFixedHeight(80)
        for minutes in data.reminder_offsets:
            self._add_reminder(minutes)
        self.reminder_choice = QComboBox()
        self.reminder_choice.setAccessibleName(self.tr("Reminder time"))
        for minutes, label in OFFSET_CHOICES:
            self.reminder_choice.addItem(self.tr(label), minutes)
        self.add_reminder = QPushButton(self.tr("Add rem&inder"))
        self.add_reminder.clicked.connect(lambda: self._add_reminder(self.reminder_choice.currentData()))
        self.remove_reminder = QPushButton(self.tr("Remo&ve"))
        self.remove_reminder.setToolTip(self.tr("Remove the selected reminder"))
        self.always = QCheckBox(self.tr("Remind me even during &quiet hours"))
        self.always.setObjectName("reminders_always")
        self.always.setChecked(data.reminders_always)
        self.remove_reminder.clicked.connect(
            lambda: [self.reminders.takeItem(self.reminders.row(i)) for i in self.reminders.selectedItems()]
        )

    def _lay_out(self) -> None:
        # Two columns (what and where | when and reminders), so the form fits a 600-pixel-high screen.
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow("", self.errors.label_for("title", self.title))
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Fellowship"), self.fellowship)
        form.addRow("", self.errors.label_for("fellowship", self.fellowship))
        place = QHBoxLayout()
        place.addWidget(self.in_person)
        place.addWidget(self.online)
        place.addStretch(1)
        form.addRow(self.tr("Where"), place)
        form.addRow(self.tr("&Address"), self.location)
        form.addRow("", self.errors.label_for("location", self.location))
        link_row = QHBoxLayout()
        link_row.addWidget(self.online_url, 1)
        link_row.addWidget(self.open_link)
        form.addRow(self._buddy_label(self.tr("&Link"), self.online_url), link_row)
        form.addRow("", self.errors.label_for("online_url", self.online_url))
        form.addRow(self.tr("N&otes"), self.notes)
        form.addRow("", self.errors.label_for("notes", self.notes))

        when = QFormLayout()
        when.addRow("", self.all_day)
        when.addRow(self.tr("&Starts"), self.start)
        when.addRow("", self.errors.label_for("start", self.start))
        when.addRow(self.tr("&Ends"), self.end)
        when.addRow("", self.errors.label_for("end", self.end))
        when.addRow(self.tr("Time &zone"), self.tz)
        when.addRow("", self.errors.label_for("tz", self.tz))
        self.repeat_rows.add_to(when, self._buddy_label(self.tr("&Repeat"), self.repeat))
        when.addRow("", self.errors.label_for("rrule", self.repeat))
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.reminder_choice, 1)
        reminder_row.addWidget(self.add_reminder)
        reminder_row.addWidget(self.remove_reminder)
        when.addRow(self.tr("Re&minders"), self.reminders)
        when.addRow("", reminder_row)
        when.addRow("", self.always)
        when.addRow("", self.errors.label_for("reminders", self.reminders))
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addSpacing(12)
        columns.addLayout(when, 1)

        buttons = save_cancel_buttons(self, self._on_save)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        if self._editing:
            self.delete_button = buttons.addButton(self.tr("&Delete…"), QDialogButtonBox.ButtonRole.DestructiveRole)
            self.delete_button.clicked.connect(self._on_delete)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)

    def _connect_and_start(self) -> None:
        for signal in (
            self.kind.currentIndexChanged,
            self.repeat.currentIndexChanged,
            self.ends.currentIndexChanged,
            self.all_day.toggled,
            self.online.toggled,
        ):
            signal.connect(self._update_visibility)
        if self._single_occurrence:
            # One occurrence of a series: only its own time, title and notes can differ.
            for widget in (
                self.repeat,
                self.interval,
                self.ends,
                self.until,
                self.count,
                self.tz,
                self.all_day,
                *self.weekdays.values(),
            ):
                widget.setEnabled(False)
        self.tz.currentTextChanged.connect(self._show_repeat_summary)
        self._update_visibility()
        self._show_repeat_summary()
        self.title.setFocus()
        self.title.selectAll()

    # ---- helpers --------------------------------------------------------------------------------
    @staticmethod
    def _buddy_label(text: str, buddy: QWidget) -> QLabel:
        """A row label whose mnemonic moves to ``buddy`` (a row holding a layout gets no buddy by itself)."""
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def rule_text(self) -> str | None:
        """The RRULE the form describes; raises ValidationError for a weekly rule without a weekday."""
        return self.repeat_rows.rule_text()

    def _add_reminder(self, minutes: int) -> None:
        existing = {self.reminders.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.reminders.count())}
        if minutes in existing:
            return
        label = dict(OFFSET_CHOICES).get(minutes)
        words = self.tr(label) if label else self.tr("%n minute(s) before", "", minutes)
        item = QListWidgetItem(words)
        item.setData(Qt.ItemDataRole.UserRole, minutes)
        self.reminders.addItem(item)

    def _update_visibility(self) -> None:
        meeting = self.kind.currentData() == "meeting"
        self.fellowship.setEnabled(meeting)
        online = self.online.isChecked()
        self.location.setEnabled(not online)
        self.online_url.setEnabled(online)
        self.open_link.setEnabled(online)
        self.repeat_rows.update_enabled()
        self.start.set_time_shown(not self.all_day.isChecked())
        self.end.set_time_shown(not self.all_day.isChecked())

    def _on_start_changed(self, value: QDateTime) -> None:
        # Moving the start keeps the length, as calendar apps do, and takes a weekly rule's day with it.
        new_start = from_qdatetime(value)
        length = from_qdatetime(self.end.dateTime()) - self._last_start
        self._last_start = new_start
        if length > timedelta(0):
            self.end.setDateTime(to_qdatetime(new_start + length))
        self._when_changed = True
        self.repeat_rows.follow_start(new_start.date())
        self._show_repeat_summary()

    def _on_rule_changed(self) -> None:
        self._when_changed = True
        self._show_repeat_summary()

    def zone_name(self) -> str:
        """The IANA name of the chosen zone (a label from the list, or a zone name typed as it is)."""
        text = self.tz.currentText().strip()
        index = self.tz.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.tz.itemData(index)
        for index in range(self.tz.count()):
            if self.tz.itemData(index).casefold() == text.casefold():
                return self.tz.itemData(index)
        return text

    def _first_start(self) -> datetime | None:
        """Where the series really starts: the first date its rule gives on or after the start typed."""
        start = from_qdatetime(self.start.dateTime())
        try:
            return first_start(self.rule_text(), start, ZoneInfo(self.zone_name()))
        except (ValidationError, ZoneInfoNotFoundError, ValueError):
            return None

    def _show_repeat_summary(self) -> None:
        first = self._first_start()
        self.repeat_rows.show_summary(first.date() if first else None, self._today)

    def _on_open_link(self) -> None:
        url = self.online_url.text().strip()
        if url.lower().startswith(("https://", "http://")):
            QDesktopServices.openUrl(QUrl(url))

    def current_input(self) -> EventInput:
        online = self.online.isChecked()
        start, end = from_qdatetime(self.start.dateTime()), from_qdatetime(self.end.dateTime())
        first = self._first_start()
        if first is not None and first != start and self._when_changed and not self._single_occurrence:
            # The rule and its first date agree: a Thursday start with only Sunday ticked starts on Sunday.
            start, end = first, end + (first - start)
        if self.all_day.isChecked():
            start = datetime.combine(start.date(), time())
            end = datetime.combine(max(end.date(), start.date()) + timedelta(days=1), time())
        reminders = [self.reminders.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.reminders.count())]
        return EventInput(
            title=self.title.text(),
            start=start,
            end=end,
            tz=self.zone_name(),
            kind=self.kind.currentData(),
            all_day=self.all_day.isChecked(),
            rrule=self.rule_text(),
            fellowship=self.fellowship.currentData() if self.kind.currentData() == "meeting" else None,
            location=None if online else self.location.text(),
            online_url=self.online_url.text() if online else None,
            notes=self.notes.toPlainText(),
            reminder_offsets=reminders,
            uid=self._uid,
            rdates=self._rdates if self.repeat.currentData() != "none" or self._dates_only else [],
            reminders_always=self.always.isChecked(),
        )

    def _on_save(self) -> None:
        if any([self.start.problem(), self.end.problem()]):  # each shows why beneath itself, text kept
            return
        try:
            data = self.current_input()
            if self._validate is not None:
                data = self._validate(data)
        except ValidationError as error:
            self.errors.show(error, "title")
            return
        self.accepted_input = data
        self.accept()

    def _on_delete(self) -> None:
        self.delete_requested = True
        self.accept()


def default_event(start: datetime, tz: str, offsets: list[int], minutes: int = 60, kind: str = "meeting") -> EventInput:
    """A new event at ``start`` (an hour long), of the kind last saved, with the person's default reminders."""
    return EventInput(
        title="", start=start, end=start + timedelta(minutes=minutes), tz=tz, kind=kind, reminder_offsets=list(offsets)
    )


def next_half_hour(now_local: datetime) -> datetime:
    base = now_local.replace(second=0, microsecond=0)
    return base + timedelta(minutes=(30 - base.minute % 30) % 30 or 30)
