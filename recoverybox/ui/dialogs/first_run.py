"""First-run setup: a few calm questions, each page saved as you go (so it can be resumed), all skippable."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from recoverybox.core.base.errors import UserError
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.calendar.events import EventInput
from recoverybox.core.goals.stats import week_first_day
from recoverybox.core.support.contacts import ContactInput
from recoverybox.i18n.qt import translate
from recoverybox.ui.dialogs.contact_dialog import ROLES
from recoverybox.ui.dialogs.first_run_choices import PROGRAMS, WEEKDAY_CODES, goal_suggestions
from recoverybox.ui.ops.perform import perform
from recoverybox.ui.ops.words import words
from recoverybox.ui.widgets import plain
from recoverybox.ui.widgets.crisis_fields import CrisisFields
from recoverybox.ui.widgets.typed_fields import DateField, TimeField, check_fields

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.app.services import Services
    from recoverybox.ui.session.front import Front


class Page(QWizardPage):
    """A page that saves what it holds when the person moves on."""

    def __init__(self, wizard: FirstRunWizard, title: str, intro: str) -> None:
        super().__init__()
        self.services = wizard.services
        self.setTitle(title)
        self.form = QFormLayout()
        label = QLabel(intro)
        label.setWordWrap(True)
        label.setMinimumWidth(200)  # a wrapped label's own least width grows with its words; the page decides
        self.errors = QLabel()
        self.errors.setObjectName("pageError")
        self.errors.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.errors.setWordWrap(True)
        from recoverybox.ui.widgets.scrolling import up_and_down

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(self.errors)
        layout.addStretch(1)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        # A page whose words (in a longer language, or larger text) need more room than the window scrolls.
        page.addWidget(up_and_down(content, "firstRunPage"))

    def save(self) -> bool:
        """Store this page's answers through ``perform`` (``show_problem`` says what to fix); False when one
        could not be stored. A field typed wrong raises ``ValidationError`` before anything is written."""
        return True

    def show_problem(self, error: UserError | OSError) -> None:
        self.errors.setText(words(error))

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        self.errors.clear()
        try:
            if not self.save():
                return False
        except ValidationError as error:
            self.show_problem(error)
            return False
        page = self.wizard().currentId() + 1
        perform(self, lambda: self.services.settings.set("first_run_page", page), on_problem=self.show_problem)
        return True


class WelcomePage(Page):
    def __init__(self, wizard) -> None:
        super().__init__(
            wizard,
            translate("FirstRun", "Welcome to RecoveryBox"),
            translate(
                "FirstRun",
                "RecoveryBox helps you plan your week, keep track of what matters to you and get through hard "
                "moments.\n\nEverything you enter stays on this computer: there is no account and nothing is sent "
                "anywhere. It is kept in a file that anyone who can use your computer account could open, until "
                "you protect it with a passphrase (offered at the end of this setup, or any time in Settings › "
                "Privacy).\n\nA few questions follow. Skip any of them, or the whole setup; you can come back to "
                "it from Help.",
            ),
        )


class ClocksPage(Page):
    def __init__(self, wizard) -> None:
        super().__init__(
            wizard,
            translate("FirstRun", "Sober since"),
            translate("FirstRun", "If you like, RecoveryBox can count your days. Leave the name empty to skip."),
        )
        today = self.services.today()
        self.rows = []
        for index in range(2):
            name = QLineEdit()
            name.setObjectName(f"clockName{index}")
            name.setPlaceholderText(
                translate("FirstRun", "e.g. Alcohol") if index == 0 else translate("FirstRun", "Another (optional)")
            )
            since = DateField(today)
            since.setObjectName(f"clockSince{index}")
            since.setAccessibleName(translate("FirstRun", "Sober since"))
            since.setMaximumDate(today)
            self.form.addRow(translate("FirstRun", "What it counts"), name)
            self.form.addRow(translate("FirstRun", "Sober since"), since)
            self.rows.append((name, since))

    def save(self) -> bool:
        check_fields(*(since for name, since in self.rows if name.text().strip()))
        existing = {c.name for c in self.services.sobriety.clocks()}
        for name, since in self.rows:
            if name.text().strip() and name.text().strip() not in existing:
                picked, what = since.date(), name.text()
                day = date(picked.year(), picked.month(), picked.day())
                if (
                    perform(
                        self,
                        functools.partial(self.services.sobriety.create_clock, what, day),
                        on_problem=self.show_problem,
                    )
                ) is None:
                    return False
        return True


class ProgramsPage(Page):
    def __init__(self, wizard) -> None:
        super().__init__(
            wizard, translate("FirstRun", "Your support"), translate("FirstRun", "Which do you follow? Choose any.")
        )
        self.boxes = {}
        chosen = set(self.services.settings.read().programs)
        for key, label in PROGRAMS:
            box = QCheckBox(translate("FirstRun", label))
            box.setObjectName(f"program_{key}")
            box.setChecked(key in chosen)
            self.boxes[key] = box
            self.form.addRow(box)

    def save(self) -> bool:
        chosen = [key for key, box in self.boxes.items() if box.isChecked()]
        return (
            perform(self, lambda: self.services.settings.set("programs", chosen), on_problem=self.show_problem)
        ) is not None


class MeetingPage(Page):
    def __init__(self, wizard) -> None:
        super().__init__(
            wizard,
            translate("FirstRun", "A regular meeting or session"),
            translate(
                "FirstRun", "Add one meeting or therapy session that repeats every week. Leave the name empty to skip."
            ),
        )
        self.meeting_title = QLineEdit()
        self.meeting_title.setObjectName("meetingTitle")
        self.meeting_title.setPlaceholderText(translate("FirstRun", "e.g. Tuesday home group"))
        self.kind = QComboBox()
        self.kind.setObjectName("meetingKind")
        self.kind.addItem(translate("FirstRun", "Support meeting"), "meeting")
        self.kind.addItem(translate("FirstRun", "Therapy / counselling"), "therapy")
        self.weekday = QComboBox()
        self.weekday.setObjectName("meetingWeekday")
        for day in range(1, 8):  # the locale's names, Monday first (the rule's codes are in that order)
            self.weekday.addItem(QLocale().standaloneDayName(day))
        self.at = TimeField(QTime(19, 0))
        self.at.setObjectName("meetingTime")
        self.at.setAccessibleName(translate("FirstRun", "At"))
        self.place = QLineEdit()
        self.place.setObjectName("meetingPlace")
        self.place.setPlaceholderText(translate("FirstRun", "Address, or a https:// link for an online meeting"))
        self.form.addRow(translate("FirstRun", "Name"), self.meeting_title)
        self.form.addRow(translate("FirstRun", "Kind"), self.kind)
        self.form.addRow(translate("FirstRun", "Every"), self.weekday)
        self.form.addRow(translate("FirstRun", "At"), self.at)
        self.form.addRow(translate("FirstRun", "Where"), self.place)
        self.saved = False

    def save(self) -> bool:
        if not self.meeting_title.text().strip() or self.saved:
            return True
        check_fields(self.at)
        today = self.services.today()
        monday = week_first_day(today, 0)
        day = monday + timedelta(days=self.weekday.currentIndex())
        if day < today:
            day += timedelta(days=7)
        start = datetime.combine(day, time(self.at.time().hour(), self.at.time().minute()))
        place = self.place.text().strip()
        online = place.lower().startswith(("https://", "http://"))
        programs = [p for p in self.services.settings.read().programs if p in ("AA", "NA", "SMART", "WFS", "SOS")]
        event = EventInput(
            self.meeting_title.text(),
            start,
            start + timedelta(hours=1),
            self.services.zone_name,
            kind=self.kind.currentData(),
            rrule=f"FREQ=WEEKLY;BYDAY={WEEKDAY_CODES[self.weekday.currentIndex()]}",
            fellowship=programs[0] if programs and self.kind.currentData() == "meeting" else None,
            location=None if online else place or None,
            online_url=place if online else None,
            reminder_offsets=self.services.settings.read().default_offsets,
        )
        self.saved = (
            perform(self, lambda: self.services.calendar.create_event(event), on_problem=self.show_problem)
        ) is not None
        return self.saved


class ContactPage(Page):
    def __init__(self, wizard) -> None:
        super().__init__(
            wizard,
            translate("FirstRun", "Someone you trust"),
            translate(
                "FirstRun",
                "A sponsor, therapist, friend or family member you could call on a hard day. Leave empty to skip.",
            ),
        )
        self.name = QLineEdit()
        self.name.setObjectName("contactName")
        self.role = QComboBox()
        self.role.setObjectName("contactRole")
        for key, label in ROLES:
            self.role.addItem(translate("ContactDialog", label), key)
        self.phone = QLineEdit()
        self.phone.setObjectName("contactPhone")
        self.form.addRow(translate("FirstRun", "Name"), self.name)
        self.form.addRow(translate("FirstRun", "Role"), self.role)
        self.form.addRow(translate("FirstRun", "Phone"), self.phone)
        self.saved = False

    def save(self) -> bool:
        if self.name.text().strip() and not self.saved:
            contact = ContactInput(self.name.text(), self.role.currentData(), self.phone.text(), pinned=True)
            self.saved = (
                perform(self, lambda: self.services.contacts.create(contact), on_problem=self.show_problem)
            ) is not None
            return self.saved
        return True


class CrisisPage(Page):
    def __init__(self, wizard) -> None:
        super().__init__(
            wizard,
            translate("FirstRun", "Help in a crisis"),
            translate(
                "FirstRun",
                "The “I need help now” window shows a crisis line you can call with one click, and the number for "
                "an emergency. RecoveryBox has a short list of national numbers; check the suggestion, or type your "
                "own.",
            ),
        )
        values = self.services.settings.all()
        self.fields = CrisisFields(values["crisis_line"], values["emergency_number"], self.services.zone_name)
        if not values["crisis_line"] and not values["emergency_number"]:
            self.fields.use_suggestion()  # filled in, for the person to confirm or change
        self.form.addRow(self.fields)

    def save(self) -> bool:
        values = self.fields.values()
        return (
            perform(self, lambda: self.services.settings.set_many(values), on_problem=self.show_problem)
        ) is not None


class RemindersPage(Page):
    def __init__(self, wizard) -> None:
        super().__init__(
            wizard,
            translate("FirstRun", "Gentle reminders"),
            translate(
                "FirstRun",
                "A short morning reflection and an evening check-in. Change or turn them off any time in Settings.",
            ),
        )
        values = self.services.settings.all()
        self.morning = TimeField(QTime.fromString(values["morning_reminder"], "HH:mm"))
        self.morning.setObjectName("morningTime")
        self.morning.setAccessibleName(translate("FirstRun", "Morning"))
        self.evening = TimeField(QTime.fromString(values["evening_reminder"], "HH:mm"))
        self.evening.setObjectName("eveningTime")
        self.evening.setAccessibleName(translate("FirstRun", "Evening"))
        self.form.addRow(translate("FirstRun", "Morning"), self.morning)
        self.form.addRow(translate("FirstRun", "Evening"), self.evening)
        self.start_at_login = QCheckBox(translate("FirstRun", "Start when I log in, so reminders arrive (no window)"))
        self.start_at_login.setObjectName("start_at_login")
        self.start_at_login.setChecked(values["start_at_login"])
        self.form.addRow(self.start_at_login)

    def save(self) -> bool:
        check_fields(self.morning, self.evening)
        values = {
            "morning_reminder": self.morning.time().toString("HH:mm"),
            "evening_reminder": self.evening.time().toString("HH:mm"),
            "start_at_login": self.start_at_login.isChecked(),
        }
        return (
            perform(self, lambda: self.services.settings.set_many(values), on_problem=self.show_problem)
        ) is not None


class GoalPage(Page):
    def __init__(self, wizard) -> None:
        super().__init__(
            wizard,
            translate("FirstRun", "A first goal"),
            translate("FirstRun", "Pick one or two to start. Small is good."),
        )
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("goalSuggestions")
        self.suggestions.setAccessibleName(translate("FirstRun", "Suggested goals"))
        self.form.addRow(self.suggestions)
        self.saved = False

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.suggestions.clear()
        self._goals = goal_suggestions(self.services.settings.read().programs)
        for goal in self._goals:
            item = QListWidgetItem(goal.title)
            item.setCheckState(_unchecked())
            self.suggestions.addItem(item)
        self.suggestions.setCurrentRow(0)

    def save(self) -> bool:
        if self.saved:
            return True
        for index, goal in enumerate(self._goals):
            if (
                self.suggestions.item(index).checkState() == _checked()
                and (perform(self, functools.partial(self.services.goals.create, goal), on_problem=self.show_problem))
                is None
            ):
                return False
        self.saved = True
        return True


class PrivacyPage(Page):
    def __init__(self, wizard) -> None:
        super().__init__(
            wizard,
            translate("FirstRun", "Keep it private"),
            translate(
                "FirstRun",
                "If other people use this computer, a passphrase can encrypt everything you write here, backups "
                "included. RecoveryBox then asks for it when it starts and locks itself when you leave it.\n\n"
                "If you forget the passphrase and lose the recovery key you will be given, nobody can open your "
                "data. You can turn this on or off later in Settings › Privacy.",
            ),
        )
        self.protect = QCheckBox(translate("FirstRun", "&Protect my data with a passphrase (asked for next)"))
        self.protect.setObjectName("protectAtSetup")
        self.form.addRow(self.protect)


def _checked():
    from PySide6.QtCore import Qt

    return Qt.CheckState.Checked


def _unchecked():
    from PySide6.QtCore import Qt

    return Qt.CheckState.Unchecked


class FirstRunWizard(QWizard):
    """Finishing or skipping marks setup done; closing it keeps the page, to resume next time."""

    finished_setup = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Set up RecoveryBox"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(560, 460)
        self.resize(680, 500)  # room for a longer language's words; a small screen still takes the least size
        pages = (WelcomePage, ClocksPage, ProgramsPage, MeetingPage, ContactPage, CrisisPage, RemindersPage, GoalPage)
        for page in pages:
            self.addPage(page(self))
        self.completed = False
        self.privacy_page = PrivacyPage(self)
        self.addPage(self.privacy_page)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("S&kip setup"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Later"))  # closing resumes next time

        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.customButtonClicked.connect(self._on_skip)
        resume = services.settings.read().first_run_page
        if 0 < resume < len(self.pageIds()):
            self.setStartId(resume)

    @property
    def wants_protection(self) -> bool:
        """Finished with "Protect my data" ticked: the window asks for the passphrase next."""
        return self.completed and self.privacy_page.protect.isChecked()

    def accept(self) -> None:
        if not self.currentPage().validatePage():
            return
        perform(self, lambda: self.services.settings.set_many({"first_run_done": True, "first_run_page": 0}))
        self.completed = True
        super().accept()
        self.finished_setup.emit()

    def _on_skip(self, _which: int) -> None:
        answer = plain.question(
            self,
            self.tr("Skip setup"),
            self.tr("Skip the rest of the setup? You can open it again from Help › Set up RecoveryBox."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            perform(self, lambda: self.services.settings.set_many({"first_run_done": True, "first_run_page": 0}))
            self.reject()
            self.finished_setup.emit()


def open_over(window: Front, ask_protection: Callable[[], None]) -> FirstRunWizard:
    """Open the wizard over ``window``; when it is done every view shows what it set up, Today comes to the
    front, and protection is offered if the person asked for it."""
    from PySide6.QtCore import QTimer

    from recoverybox.core.base.changes import Changes
    from recoverybox.ui.ops.perform import announce

    services = window.services
    assert services is not None, "the wizard opens over open data"
    wizard = FirstRunWizard(services, window)

    def finished() -> None:
        announce(Changes.everything())
        window.show_view("today")
        if wizard.wants_protection:
            QTimer.singleShot(0, ask_protection)

    wizard.finished_setup.connect(finished)
    wizard.open()
    return wizard
