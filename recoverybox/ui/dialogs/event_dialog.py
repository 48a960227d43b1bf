"""Create or edit an event: kind, fellowship, place or link, times and zone, repeat rule, reminders."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.calendar import EventInput
from recoverybox.core.models import EVENT_KINDS, FELLOWSHIPS
from recoverybox.core.recurrence import REPEAT_FREQUENCIES, WEEKDAY_CODES, RepeatSpec
from recoverybox.core.validation import ValidationError
from recoverybox.ui.dialogs.field_errors import FieldErrors, save_cancel_buttons
from recoverybox.ui.event_style import FELLOWSHIP_LABELS, kind_label
from recoverybox.ui.widgets.typed_fields import DateTimeField

WEEKDAYS = WEEKDAY_CODES
REPEATS = REPEAT_FREQUENCIES
OFFSET_CHOICES = (
    (0, "At the start"),
    (5, "5 minutes before"),
    (10, "10 minutes before"),
    (15, "15 minutes before"),
    (30, "30 minutes before"),
    (60, "1 hour before"),
    (120, "2 hours before"),
    (1440, "1 day before"),
    (2880, "2 days before"),
    (10080, "1 week before"),
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
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit event") if editing else self.tr("New event"))
        self._validate = validate
        self.errors = FieldErrors()
        self.accepted_input: EventInput | None = None
        self.delete_requested = False
        self._uid = data.uid
        self._rdates = list(data.rdates)
        # An imported event on a list of dates (RDATE) without a rule keeps its dates while "does not repeat".
        self._dates_only = data.rrule is None and bool(data.rdates)

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
        self.open_link = QPushButton(self.tr("Open &link"))
        self.open_link.setToolTip(self.tr("Open the meeting link in your browser"))
        self.open_link.clicked.connect(self._on_open_link)

        self.all_day = QCheckBox(self.tr("&All day"))
        self.all_day.setChecked(data.all_day)
        self.start = DateTimeField(to_qdatetime(data.start))
        self.start.setObjectName("start")
        self.end = DateTimeField(to_qdatetime(data.end))
        self.end.setObjectName("end")
        self.start.dateTimeChanged.connect(self._on_start_changed)
        self._last_start = data.start
        self.tz = QComboBox()
        self.tz.setObjectName("tz")
        self.tz.setEditable(True)
        zones = sorted(available_timezones())
        self.tz.addItems(zones)
        self.tz.setCurrentText(data.tz)
        completer = QCompleter(zones, self.tz)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tz.setCompleter(completer)
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)

        # Repeat
        self.repeat = QComboBox()
        self.repeat.setObjectName("repeat")
        labels = ("Does not repeat", "Every day", "Every week", "Every month", "Every year")
        for key, label in zip(REPEATS, labels, strict=True):
            self.repeat.addItem(self.tr(label), key)
        self.interval = QSpinBox()
        self.interval.setObjectName("interval")
        self.interval.setRange(1, 52)
        self.interval.setPrefix(self.tr("every "))
        self.interval.setAccessibleName(self.tr("Repeat interval"))
        self.weekdays = {}
        weekday_row = QHBoxLayout()
        for index, code in enumerate(WEEKDAYS):
            box = QCheckBox(QDate(2026, 11, 23).addDays(index).toString("ddd"))
            box.setAccessibleName(QDate(2026, 11, 23).addDays(index).toString("dddd"))
            self.weekdays[code] = box
            weekday_row.addWidget(box)
        self.ends = QComboBox()
        self.ends.setObjectName("ends")
        for key, label in (
            ("never", "Never ends"),
            ("until", "Ends on a date"),
            ("count", "Ends after a number of times"),
        ):
            self.ends.addItem(self.tr(label), key)
        self.until = QDateEdit(QDate.currentDate().addMonths(3))
        self.until.setCalendarPopup(True)
        self.until.setAccessibleName(self.tr("Repeat until"))
        self.count = QSpinBox()
        self.count.setRange(1, 10000)
        self.count.setValue(10)
        self.count.setSuffix(self.tr(" times"))
        self.count.setAccessibleName(self.tr("Number of times"))
        self._load_rule(data.rrule, data.start)

        # Reminders
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
        add_reminder = QPushButton(self.tr("Add &reminder"))
        add_reminder.clicked.connect(lambda: self._add_reminder(self.reminder_choice.currentData()))
        remove_reminder = QPushButton(self.tr("Remo&ve"))
        remove_reminder.setToolTip(self.tr("Remove the selected reminder"))
        self.always = QCheckBox(self.tr("Remind me even during &quiet hours"))
        self.always.setObjectName("reminders_always")
        self.always.setChecked(data.reminders_always)
        remove_reminder.clicked.connect(
            lambda: [self.reminders.takeItem(self.reminders.row(i)) for i in self.reminders.selectedItems()]
        )

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
        form.addRow(self._buddy_label(self.tr("Lin&k"), self.online_url), link_row)
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
        repeat_row = QHBoxLayout()
        repeat_row.addWidget(self.repeat)
        repeat_row.addWidget(self.interval)
        when.addRow(self._buddy_label(self.tr("&Repeat"), self.repeat), repeat_row)
        when.addRow(self.tr("On"), weekday_row)
        end_row = QHBoxLayout()
        end_row.addWidget(self.ends)
        end_row.addWidget(self.until)
        end_row.addWidget(self.count)
        when.addRow(self.tr("Until"), end_row)
        when.addRow("", self.errors.label_for("rrule", self.repeat))
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.reminder_choice, 1)
        reminder_row.addWidget(add_reminder)
        reminder_row.addWidget(remove_reminder)
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
        if editing:
            self.delete_button = buttons.addButton(self.tr("&Delete…"), QDialogButtonBox.ButtonRole.DestructiveRole)
            self.delete_button.clicked.connect(self._on_delete)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)

        for signal in (
            self.kind.currentIndexChanged,
            self.repeat.currentIndexChanged,
            self.ends.currentIndexChanged,
            self.all_day.toggled,
            self.online.toggled,
        ):
            signal.connect(self._update_visibility)
        if single_occurrence:
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
        self._update_visibility()
        self.title.setFocus()
        self.title.selectAll()

    # ---- helpers --------------------------------------------------------------------------------
    @staticmethod
    def _buddy_label(text: str, buddy: QWidget) -> QLabel:
        """A row label whose mnemonic moves to ``buddy`` (a row holding a layout gets no buddy by itself)."""
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _load_rule(self, rule: str | None, start: datetime) -> None:
        spec = RepeatSpec.from_rrule(rule, start)
        self.repeat.setCurrentIndex(REPEATS.index(spec.freq))
        self.interval.setValue(spec.interval)
        for code, box in self.weekdays.items():
            box.setChecked(code in spec.weekdays)
        if spec.count is not None:
            self.ends.setCurrentIndex(2)
            self.count.setValue(spec.count)
        elif spec.until is not None:
            self.ends.setCurrentIndex(1)
            self.until.setDate(QDate(spec.until.year, spec.until.month, spec.until.day))
        self._rule_extra = spec.extra

    _rule_extra: tuple[tuple[str, str], ...] = ()

    def rule_text(self) -> str | None:
        """The RRULE the form describes (``RepeatSpec.to_rrule``); raises ValidationError for no weekday."""
        ends = self.ends.currentData()
        until = self.until.date()
        return RepeatSpec(
            freq=self.repeat.currentData(),
            interval=self.interval.value(),
            weekdays=tuple(code for code, box in self.weekdays.items() if box.isChecked()),
            count=self.count.value() if ends == "count" else None,
            until=date(until.year(), until.month(), until.day()) if ends == "until" else None,
            extra=self._rule_extra,
        ).to_rrule()

    def _add_reminder(self, minutes: int) -> None:
        existing = {self.reminders.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.reminders.count())}
        if minutes in existing:
            return
        label = dict(OFFSET_CHOICES).get(minutes, f"{minutes} minutes before")
        item = QListWidgetItem(self.tr(label))
        item.setData(Qt.ItemDataRole.UserRole, minutes)
        self.reminders.addItem(item)

    def _update_visibility(self) -> None:
        meeting = self.kind.currentData() == "meeting"
        self.fellowship.setEnabled(meeting)
        online = self.online.isChecked()
        self.location.setEnabled(not online)
        self.online_url.setEnabled(online)
        self.open_link.setEnabled(online)
        repeating = self.repeat.currentData() != "none"
        self.interval.setVisible(
            repeating and self.repeat.currentData() != "daily" or self.repeat.currentData() == "daily"
        )
        self.interval.setEnabled(repeating and self.repeat.isEnabled())
        for box in self.weekdays.values():
            box.setEnabled(self.repeat.currentData() == "weekly" and self.repeat.isEnabled())
        self.ends.setEnabled(repeating and self.repeat.isEnabled())
        self.until.setVisible(self.ends.currentData() == "until")
        self.count.setVisible(self.ends.currentData() == "count")
        self.start.set_time_shown(not self.all_day.isChecked())
        self.end.set_time_shown(not self.all_day.isChecked())

    def _on_start_changed(self, value: QDateTime) -> None:
        # Moving the start keeps the length, as calendar apps do.
        new_start = from_qdatetime(value)
        length = from_qdatetime(self.end.dateTime()) - self._last_start
        self._last_start = new_start
        if length > timedelta(0):
            self.end.setDateTime(to_qdatetime(new_start + length))

    def _on_open_link(self) -> None:
        url = self.online_url.text().strip()
        if url.lower().startswith(("https://", "http://")):
            QDesktopServices.openUrl(QUrl(url))

    def current_input(self) -> EventInput:
        online = self.online.isChecked()
        start, end = from_qdatetime(self.start.dateTime()), from_qdatetime(self.end.dateTime())
        if self.all_day.isChecked():
            start = datetime.combine(start.date(), time())
            end = datetime.combine(max(end.date(), start.date()) + timedelta(days=1), time())
        reminders = [self.reminders.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.reminders.count())]
        return EventInput(
            title=self.title.text(),
            start=start,
            end=end,
            tz=self.tz.currentText().strip(),
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


def default_event(start: datetime, tz: str, offsets: list[int], minutes: int = 60) -> EventInput:
    """A new event at ``start`` (an hour long), with the person's default reminders."""
    return EventInput(
        title="", start=start, end=start + timedelta(minutes=minutes), tz=tz, reminder_offsets=list(offsets)
    )


def next_half_hour(now_local: datetime) -> datetime:
    base = now_local.replace(second=0, microsecond=0)
    return base + timedelta(minutes=(30 - base.minute % 30) % 30 or 30)
