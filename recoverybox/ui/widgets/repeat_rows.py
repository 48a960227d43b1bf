"""The event form's repeat rows: how often, on which weekdays, until when, and a line that says it in words.

The rule follows the start: a weekly rule's weekday and a monthly rule's day move with it (unless the person
ticked weekdays themselves), and the summary names the first date the rule gives, where the event will start.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QSpinBox

from recoverybox.core.base.validation import ValidationError
from recoverybox.core.calendar.recurrence import REPEAT_FREQUENCIES, WEEKDAY_CODES, RepeatSpec
from recoverybox.i18n.qt import translate
from recoverybox.ui.format import date_text
from recoverybox.ui.ops.words import words

MONDAY = QDate(2026, 11, 23)


def _day_name(code: str) -> str:
    return QLocale().dayName(WEEKDAY_CODES.index(code) + 1, QLocale.FormatType.LongFormat)


def _short_date(day: date, with_year: bool) -> str:
    return date_text(day) if with_year else QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def _names(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return translate("RepeatRows", "{first} and {last}").format(first=", ".join(items[:-1]), last=items[-1])


def describe(spec: RepeatSpec, first: date, today: date) -> str:
    """``Every week on Thursday, from 10 Dec`` — the rule in words, from the date it first gives."""
    if spec.freq == "none":
        return ""
    n = spec.interval
    if spec.freq == "daily":
        text = translate("RepeatRows", "Every day") if n == 1 else translate("RepeatRows", "Every %n day(s)", None, n)
    elif spec.freq == "weekly":
        days = _names([_day_name(code) for code in WEEKDAY_CODES if code in spec.weekdays])
        text = (
            translate("RepeatRows", "Every week on {days}")
            if n == 1
            else translate("RepeatRows", "Every %n week(s) on {days}", None, n)
        ).format(days=days)
    elif spec.freq == "monthly":
        extra = dict(spec.extra)
        if "BYDAY" in extra or "BYSETPOS" in extra:
            text = (
                translate("RepeatRows", "Every month")
                if n == 1
                else translate("RepeatRows", "Every %n month(s)", None, n)
            )
        else:
            text = (
                translate("RepeatRows", "Every month on day {day}")
                if n == 1
                else translate("RepeatRows", "Every %n month(s) on day {day}", None, n)
            ).format(day=first.day)
    else:
        on = QLocale().toString(QDate(first.year, first.month, first.day), "d MMMM")
        text = (
            translate("RepeatRows", "Every year on {day}")
            if n == 1
            else translate("RepeatRows", "Every %n year(s) on {day}", None, n)
        ).format(day=on)
    start = _short_date(first, first.year != today.year)
    count = spec.count
    if count == 1:
        return translate("RepeatRows", "{rule}, from {date}, once").format(rule=text, date=start)
    if count is not None:
        return translate("RepeatRows", "{rule}, from {date}, %n time(s)", None, count).format(rule=text, date=start)
    if spec.until is not None:
        return translate("RepeatRows", "{rule}, from {date}, until {until}").format(
            rule=text, date=start, until=_short_date(spec.until, True)
        )
    return translate("RepeatRows", "{rule}, from {date}").format(rule=text, date=start)


class RepeatRows(QObject):
    """The widgets of the repeat rows; ``add_to(form)`` lays them out, ``spec()`` reads them."""

    changed = Signal()

    def __init__(self, rule: str | None, start: datetime, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repeat = QComboBox()
        self.repeat.setObjectName("repeat")
        labels = (
            translate("RepeatRows", "Does not repeat"),
            translate("RepeatRows", "Every day"),
            translate("RepeatRows", "Every week"),
            translate("RepeatRows", "Every month"),
            translate("RepeatRows", "Every year"),
        )
        for key, label in zip(REPEAT_FREQUENCIES, labels, strict=True):
            self.repeat.addItem(label, key)
        self.interval = QSpinBox()
        self.interval.setObjectName("interval")
        self.interval.setRange(1, 52)
        self.interval.setPrefix(translate("RepeatRows", "every "))
        self.interval.setAccessibleName(translate("RepeatRows", "Repeat interval"))
        self.weekdays: dict[str, QCheckBox] = {}
        for index, code in enumerate(WEEKDAY_CODES):
            box = QCheckBox(MONDAY.addDays(index).toString("ddd"))
            box.setAccessibleName(QLocale().toString(MONDAY.addDays(index), "dddd"))
            box.clicked.connect(self._on_weekday_clicked)
            self.weekdays[code] = box
        self.ends = QComboBox()
        self.ends.setObjectName("ends")
        for key, label in (
            ("never", translate("RepeatRows", "Never ends")),
            ("until", translate("RepeatRows", "Ends on a date")),
            ("count", translate("RepeatRows", "Ends after a number of times")),
        ):
            self.ends.addItem(label, key)
        self.until = QDateEdit(QDate.currentDate().addMonths(3))
        self.until.setCalendarPopup(True)
        self.until.setAccessibleName(translate("RepeatRows", "Repeat until"))
        self.count = QSpinBox()
        self.count.setRange(1, 10000)
        self.count.setValue(10)
        self.count.setSuffix(translate("RepeatRows", " times"))
        self.count.setAccessibleName(translate("RepeatRows", "Number of times"))
        self.summary = QLabel()
        self.summary.setObjectName("repeatSummary")
        self.summary.setWordWrap(True)
        self._extra: tuple[tuple[str, str], ...] = ()
        self._more: tuple[str, ...] = ()
        self._start = start.date()
        self._load(rule, start)
        for signal in (
            self.repeat.currentIndexChanged,
            self.interval.valueChanged,
            self.ends.currentIndexChanged,
            self.until.dateChanged,
            self.count.valueChanged,
        ):
            signal.connect(lambda *_: self.changed.emit())

    def add_to(self, form: QFormLayout, repeat_label: QLabel) -> None:
        row = QHBoxLayout()
        row.addWidget(self.repeat)
        row.addWidget(self.interval)
        form.addRow(repeat_label, row)
        days = QHBoxLayout()
        for box in self.weekdays.values():
            days.addWidget(box)
        form.addRow(translate("RepeatRows", "On"), days)
        end_row = QHBoxLayout()
        end_row.addWidget(self.ends)
        end_row.addWidget(self.until)
        end_row.addWidget(self.count)
        form.addRow(translate("RepeatRows", "Until"), end_row)
        form.addRow("", self.summary)

    def _load(self, rule: str | None, start: datetime) -> None:
        spec = RepeatSpec.from_rrule(rule, start)
        self.repeat.setCurrentIndex(REPEAT_FREQUENCIES.index(spec.freq))
        self.interval.setValue(spec.interval)
        for code, box in self.weekdays.items():
            box.setChecked(code in spec.weekdays)
        if spec.count is not None:
            self.ends.setCurrentIndex(2)
            self.count.setValue(spec.count)
        elif spec.until is not None:
            self.ends.setCurrentIndex(1)
            self.until.setDate(QDate(spec.until.year, spec.until.month, spec.until.day))
        self._extra, self._more = spec.extra, spec.more
        # Weekdays other than the start's own were someone's choice (an imported or earlier-edited rule).
        self.own_weekdays = set(spec.weekdays) != {WEEKDAY_CODES[start.weekday()]}

    def _on_weekday_clicked(self) -> None:
        self.own_weekdays = True
        self.changed.emit()

    def spec(self) -> RepeatSpec:
        ends = self.ends.currentData()
        until = self.until.date()
        return RepeatSpec(
            freq=self.repeat.currentData(),
            interval=self.interval.value(),
            weekdays=tuple(code for code, box in self.weekdays.items() if box.isChecked()),
            count=self.count.value() if ends == "count" else None,
            until=date(until.year(), until.month(), until.day()) if ends == "until" else None,
            extra=self._extra,
            more=self._more,
        )

    def rule_text(self) -> str | None:
        """The RRULE the rows describe; raises ValidationError for a weekly rule without a weekday."""
        return self.spec().to_rrule()

    def follow_start(self, new_start: date) -> None:
        """The start moved: take the weekday (weekly) or the day of the month (monthly) with it."""
        if new_start == self._start:
            return
        moved = self.spec().moved(self._start, new_start, self.own_weekdays)
        self._start = new_start
        self._extra = moved.extra
        for code, box in self.weekdays.items():
            box.setChecked(code in moved.weekdays)
        self.changed.emit()

    def show_summary(self, first: date | None, today: date) -> None:
        """The rule in words from ``first`` (the date it first gives), or why it cannot be saved."""
        try:
            spec = self.spec()
            spec.to_rrule()
        except ValidationError as error:
            self.summary.setText(words(error))
            return
        self.summary.setText(describe(spec, first, today) if first is not None else "")
        self.summary.setVisible(spec.freq != "none")

    def update_enabled(self) -> None:
        freq = self.repeat.currentData()
        editable = self.repeat.isEnabled()
        self.interval.setEnabled(freq != "none" and editable)
        for box in self.weekdays.values():
            box.setEnabled(freq == "weekly" and editable)
        self.ends.setEnabled(freq != "none" and editable)
        self.until.setVisible(self.ends.currentData() == "until")
        self.count.setVisible(self.ends.currentData() == "count")
