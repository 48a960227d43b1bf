"""Sober-since clocks: a live counter, money and time saved, history, milestones, start again."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recoverybox.core.recovery.sober_time import current_period, elapsed, live_span, milestone_progress, milestones
from recoverybox.i18n.qt import translate
from recoverybox.reminders.words import milestone_text
from recoverybox.ui.dialogs.clock_dialogs import ClockDialog, ResetDialog
from recoverybox.ui.fonts import TITLE, emphasise
from recoverybox.ui.format import date_text, money_text, number_text
from recoverybox.ui.widgets.milestone_ring import MilestoneRing

if TYPE_CHECKING:  # for annotations only: no import at run time
    from recoverybox.core.app.services import Services


def counter_text(span) -> str:
    """“2 years, 3 months, 4 days” (or hours in the first days) — encouraging, never a countdown."""
    years, months, days, hours = span.years, span.months, span.days, span.hours  # lupdate reads a count by name
    if hours is not None and span.total_days < 3:
        return translate("SoberTime", "%n hour(s)", None, hours)
    parts = []
    if years:
        parts.append(translate("SoberTime", "%n year(s)", None, years))
    if months:
        parts.append(translate("SoberTime", "%n month(s)", None, months))
    if days:
        parts.append(translate("SoberTime", "%n day(s)", None, days))
    return translate("SoberTime", ", ").join(parts) or translate("SoberTime", "Day one")


class ClockCard(QFrame):
    """One clock, as I Am Sober shows it: the day count large in a ring that fills toward the next milestone,
    a live days-hours-minutes clock, money and time saved, and the history of every start."""

    reset_requested = Signal(object)

    def __init__(self, services: Services, clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("clockCard")
        self.services = services
        self.clock = clock
        self.ring = MilestoneRing()
        self.counter = QLabel()
        self.counter.setObjectName("clockCounter")
        emphasise(self.counter, TITLE)
        self.live = QLabel()
        self.live.setObjectName("clockLive")
        self.next_milestone = QLabel()
        self.next_milestone.setObjectName("clockNext")
        self.next_milestone.setWordWrap(True)
        self.details = QLabel()
        self.details.setObjectName("clockDetails")
        self.details.setWordWrap(True)
        self.milestones = QLabel()
        self.milestones.setObjectName("clockMilestones")
        self.milestones.setWordWrap(True)
        self.reset_button = QPushButton(self.tr("Start &again…"))
        self.reset_button.setToolTip(self.tr("After a slip: keep your history and begin a new count"))
        self.reset_button.setAccessibleName(self.tr("Start again for {name}").format(name=clock.name))
        self.reset_button.clicked.connect(lambda: self.reset_requested.emit(self.clock))
        name = QLabel(f"<b>{escape(clock.name)}</b>")
        top = QHBoxLayout()
        top.addWidget(name)
        top.addStretch(1)
        top.addWidget(self.reset_button)
        words = QVBoxLayout()
        words.addWidget(self.counter)
        words.addWidget(self.live)
        words.addWidget(self.next_milestone)
        words.addWidget(self.details)
        words.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body)
        layout.addWidget(self.milestones)
        self.update_text()

    def update_text(self) -> None:
        period = current_period(self.clock)
        if period is None:
            self.counter.setText(self.tr("Not counting"))
            return
        now_local = self.services.clock.now().astimezone(self.services.zone).replace(tzinfo=None)
        today = self.services.today()
        span = elapsed(period.started_on, period.started_time, now_local)
        self.counter.setText(counter_text(span))
        days, hours, minutes = live_span(period.started_on, period.started_time, now_local)
        self.live.setText(self.tr("%n day(s), {h} h {m:02d} min", "", days).format(h=hours, m=minutes))
        previous, upcoming, done = milestone_progress(period.started_on, today)
        total = span.total_days
        # The ring writes the number big and its word small under it: the word is the plural the language gives.
        unit = self.tr("%n day(s)", "", total).replace(str(total), "", 1).strip()
        self.ring.set_progress(done, number_text(total), unit)
        to_go = (upcoming.on - today).days
        self.next_milestone.setText(
            self.tr("Next: {label} on {day}, %n day(s) to go", "", to_go).format(
                label=milestone_text(upcoming), day=date_text(upcoming.on)
            )
        )
        self.ring.setToolTip(
            self.tr("{percent}% of the way from {previous} to {label}").format(
                percent=round(done * 100),
                previous=milestone_text(previous) if previous else self.tr("the start"),
                label=milestone_text(upcoming),
            )
        )
        history = self.services.sobriety.history(self.clock)
        lines = [self.tr("Since {day}.").format(day=date_text(period.started_on))]
        if self.clock.daily_cost:
            currency = self.services.settings.read().currency
            lines.append(
                self.tr("Money not spent: {amount}.").format(
                    amount=money_text(span.total_days * self.clock.daily_cost, currency)
                )
            )
        if self.clock.daily_minutes:
            hours_back = span.total_days * self.clock.daily_minutes / 60
            lines.append(self.tr("Time back for yourself: {hours} hours.").format(hours=number_text(hours_back)))
        if history.attempts > 1:
            longest, attempts = history.longest_days, history.attempts
            lines.append(self.tr("Longest stretch: %n day(s).", "", longest))
            lines.append(
                self.tr("%n starts, on average {average} days each. Every start counts.", "", attempts).format(
                    average=number_text(history.average_days)
                )
            )
        self.details.setText(" ".join(lines))
        reached = [m for m in milestones(period.started_on, today) if m.on <= today]
        self.milestones.setText(
            self.tr("Milestones reached: {list}.").format(
                list=", ".join(f"{milestone_text(m)} ({date_text(m.on)})" for m in reached[-4:])
            )
            if reached
            else ""
        )
        self.milestones.setVisible(bool(reached))


class SobrietyPanel(QWidget):
    """All clocks, an "add" button, and a minute timer so counters stay live."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.cards: list[ClockCard] = []
        self.add_button = QPushButton(self.tr("Add a &clock…"))
        self.add_button.setToolTip(self.tr("Count days free from a substance or behaviour"))
        self.add_button.clicked.connect(self.add_clock)
        self.grid = QGridLayout()
        self.empty = QLabel(self.tr("No sober-since clock yet. Add one when you're ready; there's no rush."))
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._timer = QTimer(self)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self._on_minute)
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        clocks = self.services.sobriety.clocks()
        for index, clock in enumerate(clocks):
            card = ClockCard(self.services, clock, self)
            card.reset_requested.connect(self.reset_clock)
            self.grid.addWidget(card, index // 2, index % 2)
            self.cards.append(card)
        self.empty.setVisible(not clocks)

    def _on_minute(self) -> None:
        for card in self.cards:
            card.update_text()

    def add_clock(self) -> None:
        if ClockDialog(self.services, self).exec():
            self.refresh()
            self.changed.emit()

    def reset_clock(self, clock) -> None:
        if ResetDialog(self.services, clock, self).exec():
            self.refresh()
            self.changed.emit()
