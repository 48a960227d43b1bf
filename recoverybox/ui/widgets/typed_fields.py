"""Date and time fields that keep what was typed: a date or time they cannot read (or a date after the
latest allowed) shows a message beneath and stays as typed, instead of silently becoming another value.

They mimic the parts of QDateEdit / QTimeEdit / QDateTimeEdit the dialogs use (``date()``, ``setDate()``,
``dateChanged`` …), so a form swaps them in without other changes; ``problem()`` says what is wrong.
"""

from __future__ import annotations

import datetime as dt
from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from recoverybox.core.base.typed_input import parse_typed_date, parse_typed_time
from recoverybox.core.base.validation import ValidationError
from recoverybox.ui.dialogs.field_errors import error_style
from recoverybox.ui.format import date_text, time_text
from recoverybox.ui.ops.words import words


def _month_names() -> list[tuple[str, ...]]:
    """Each month's names in the person's language (as dates are shown, so a date shown can be read back)."""
    locale, forms = QLocale(), (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat)
    return [
        tuple(name for form in forms for name in (locale.monthName(n, form), locale.standaloneMonthName(n, form)))
        for n in range(1, 13)
    ]


def _day_first() -> bool:
    return not QLocale().dateFormat(QLocale.FormatType.ShortFormat).lower().startswith("m")


class _TypedField(QWidget):
    """A line edit with an inline message beneath it."""

    _value: Any  # the last value that could be read (a date, a time)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.message = QLabel()
        self.message.setObjectName("typedFieldMessage")
        self.message.setStyleSheet(error_style())
        self.message.setWordWrap(True)
        self.message.hide()
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self._problem = ""
        self.edit.textEdited.connect(self._on_edited)
        self.edit.editingFinished.connect(self._on_finished)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def setObjectName(self, name: str) -> None:  # noqa: N802
        super().setObjectName(name)
        self.edit.setObjectName(f"{name}Text")

    def problem(self) -> str:
        """Why what is typed can't be used ("" when it can); shows the message too."""
        self._read()
        self.message.setText(self._problem)
        self.message.setVisible(bool(self._problem))
        return self._problem

    def setCalendarPopup(self, _on: bool) -> None:  # noqa: N802 (QDateEdit's API; ours always has one)
        pass

    def setDisplayFormat(self, _fmt: str) -> None:  # noqa: N802 (the person's locale decides)
        pass

    def _on_edited(self, text: str) -> None:
        # The value is taken when typing ends (Enter, leaving the field, or the form asking), not at each key,
        # so a half-typed "3 Feb 2" never jumps anywhere; a message goes as soon as the text is right.
        if self.message.isVisible():
            try:
                self._parse(text)
            except ValidationError:
                return
            self.message.hide()

    def _on_finished(self) -> None:
        if self._read():
            self.message.hide()
            self._show_value()  # the same value, written the usual way
        else:
            self.message.setText(self._problem)
            self.message.show()

    def _read(self) -> bool:
        """Parse the text; on success take the value (announcing a change), else remember the problem."""
        try:
            value = self._parse(self.edit.text())
        except ValidationError as error:
            self._problem = words(error)
            return False
        self._problem = ""
        if value != self._value:
            self._value = value
            self._announce()
        return True

    def _set(self, value) -> None:
        """Show ``value`` (given in code, not typed): any message goes."""
        changed = value != self._value
        self._value = value
        self._problem = ""
        self.message.hide()
        self._show_value()
        if changed:
            self._announce()

    def _parse(self, text: str):
        raise NotImplementedError

    def _announce(self) -> None:
        raise NotImplementedError

    def _show_value(self) -> None:
        raise NotImplementedError


class DateField(_TypedField):
    """A typed date with a calendar button; refuses dates after ``setMaximumDate``."""

    dateChanged = Signal(QDate)  # noqa: N815 (Qt's name)

    def __init__(self, value: QDate | dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.latest: date | None = None
        self.earliest: date | None = None
        self._value = date.today()
        self.calendar = QCalendarWidget()
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._on_calendar)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.pick = QToolButton()
        self.pick.setText("▾")
        self.pick.setToolTip(self.tr("Choose from a calendar"))
        self.pick.setAccessibleName(self.tr("Choose from a calendar"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pick.setMenu(menu)
        self.menu = menu
        menu.aboutToShow.connect(self._on_menu)
        self.row.addWidget(self.pick)
        self.edit.setPlaceholderText(self.tr("e.g. 15 Mar 2026"))
        self.setDate(value if value is not None else date.today())

    def date(self) -> QDate:
        """What is typed, when it can be read; else the last date that could be (``problem()`` says why)."""
        self._read()
        return QDate(self._value.year, self._value.month, self._value.day)

    def value(self) -> dt.date:
        return self._value

    def setDate(self, value: QDate | dt.date) -> None:  # noqa: N802
        self._set(value if isinstance(value, date) else date(value.year(), value.month(), value.day()))

    def setMaximumDate(self, value: QDate | dt.date) -> None:  # noqa: N802
        self.latest = value if isinstance(value, date) else date(value.year(), value.month(), value.day())
        self.calendar.setMaximumDate(QDate(self.latest.year, self.latest.month, self.latest.day))

    def setMinimumDate(self, value: QDate | dt.date) -> None:  # noqa: N802
        self.earliest = value if isinstance(value, date) else date(value.year(), value.month(), value.day())
        self.calendar.setMinimumDate(QDate(self.earliest.year, self.earliest.month, self.earliest.day))

    def _parse(self, text: str) -> dt.date:
        day = parse_typed_date(text, _day_first(), self.latest, month_names=_month_names())
        if self.earliest is not None and day < self.earliest:
            raise ValidationError("date", f"Choose {date_text(self.earliest)} or later.")
        return day

    def _announce(self) -> None:
        self.dateChanged.emit(self.date())

    def _show_value(self) -> None:
        self.edit.setText(date_text(self._value))

    def _on_menu(self) -> None:
        self.calendar.setSelectedDate(self.date())

    def _on_calendar(self, value: QDate) -> None:
        self.menu.hide()
        self.setDate(value)


class TimeField(_TypedField):
    """A typed time: 19:30, 1930, 7:30 pm."""

    timeChanged = Signal(QTime)  # noqa: N815 (Qt's name)

    def __init__(self, value: QTime | dt.time | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = time(19, 0)
        self.edit.setPlaceholderText(self.tr("e.g. 19:30"))
        # As wide as a time needs, whatever the form around it: it starts where the form's other fields start
        # (not centred in its row), and in a row ("22:00 to 07:00") the words beside it sit close.
        self.edit.setFixedWidth(max(100, self.edit.fontMetrics().horizontalAdvance("12:30 PM") + 36))
        self.row.addStretch(1)
        self.setTime(value if value is not None else time(19, 0))

    def time(self) -> QTime:
        """What is typed, when it can be read; else the last time that could be (``problem()`` says why)."""
        self._read()
        return QTime(self._value.hour, self._value.minute)

    def value(self) -> dt.time:
        return self._value

    def setTime(self, value: QTime | dt.time) -> None:  # noqa: N802
        self._set(value if isinstance(value, time) else time(value.hour(), value.minute()))

    def _parse(self, text: str) -> dt.time:
        return parse_typed_time(text)

    def _announce(self) -> None:
        self.timeChanged.emit(self.time())

    def _show_value(self) -> None:
        from datetime import datetime

        self.edit.setText(time_text(datetime.combine(date(2000, 1, 1), self._value)))


class DateTimeField(QWidget):
    """A date field and a time field side by side, read as one QDateTime."""

    dateTimeChanged = Signal(QDateTime)  # noqa: N815 (Qt's name)

    def __init__(self, value: QDateTime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_field = DateField(value.date())
        self.time_field = TimeField(value.time())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_field, 3)
        layout.addWidget(self.time_field, 2)
        self.setFocusProxy(self.date_field)
        self.date_field.dateChanged.connect(lambda _d: self.dateTimeChanged.emit(self.dateTime()))
        self.time_field.timeChanged.connect(lambda _t: self.dateTimeChanged.emit(self.dateTime()))

    def setObjectName(self, name: str) -> None:  # noqa: N802
        super().setObjectName(name)
        self.date_field.setObjectName(f"{name}Date")
        self.time_field.setObjectName(f"{name}Time")
        self.date_field.setAccessibleName(self.tr("{name} date").format(name=name.capitalize()))
        self.time_field.setAccessibleName(self.tr("{name} time").format(name=name.capitalize()))

    def dateTime(self) -> QDateTime:  # noqa: N802
        return QDateTime(self.date_field.date(), self.time_field.time())

    def setDateTime(self, value: QDateTime) -> None:  # noqa: N802
        blocked = self.blockSignals(True)
        self.date_field.setDate(value.date())
        self.blockSignals(blocked)
        self.time_field.setTime(value.time())
        self.dateTimeChanged.emit(self.dateTime())

    def set_time_shown(self, shown: bool) -> None:
        """All-day events have no time."""
        self.time_field.setVisible(shown)

    def problem(self) -> str:
        return self.date_field.problem() or ("" if self.time_field.isHidden() else self.time_field.problem())

    def setCalendarPopup(self, _on: bool) -> None:  # noqa: N802
        pass

    def setDisplayFormat(self, _fmt: str) -> None:  # noqa: N802
        pass


def check_fields(*fields) -> None:
    """Raise the first field's problem as a ``ValidationError`` (every field shows its own message)."""
    problems = [field.problem() for field in fields]
    first = next((p for p in problems if p), "")
    if first:
        raise ValidationError("typed", first)
