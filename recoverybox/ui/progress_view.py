"""Progress: sober-time history and recent mood and craving, in words (charts build on this)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from recoverybox.core.sobriety import current_period
from recoverybox.ui.fonts import TITLE, emphasise
from recoverybox.ui.format import date_text, number_text
from recoverybox.ui.view_base import ViewBase


class ProgressView(ViewBase):
    """How far the person has come, from their own data."""

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.sobriety = QLabel()
        self.sobriety.setObjectName("progressSobriety")
        self.sobriety.setWordWrap(True)
        self.mood = QLabel()
        self.mood.setObjectName("progressMood")
        self.mood.setWordWrap(True)
        heading = QLabel(self.tr("Your progress"))
        emphasise(heading, TITLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(heading)
        layout.addWidget(self.sobriety)
        layout.addWidget(self.mood)
        layout.addStretch(1)

    def refresh(self) -> None:
        parts = []
        for clock in self.services.sobriety.clocks():
            history = self.services.sobriety.history(clock)
            period = current_period(clock)
            since = date_text(period.started_on) if period else "—"
            parts.append(
                self.tr(
                    "<b>{name}</b>: {days} days now (since {since}). Longest stretch {longest} days; "
                    "{attempts} start(s) in all, each one counts."
                ).format(
                    name=clock.name,
                    days=number_text(history.current_days),
                    since=since,
                    longest=number_text(history.longest_days),
                    attempts=history.attempts,
                )
            )
        self.sobriety.setText(
            "<br>".join(parts) or self.tr("No sober-since clock yet. When you add one, your time shows here.")
        )

        today = self.services.today()
        lines = []
        for days in (7, 30):
            entries = [e for e in self.services.journal.list(since=today - timedelta(days=days - 1))]
            moods = [e.mood for e in entries if e.mood is not None]
            cravings = [e.craving for e in entries if e.craving is not None]
            if not moods and not cravings:
                continue
            avg_mood = number_text(sum(moods) / len(moods), 1) if moods else "—"
            avg_craving = number_text(sum(cravings) / len(cravings), 1) if cravings else "—"
            lines.append(
                self.tr(
                    "Last {days} days: average mood {mood} of 10, average craving {craving} of 10 "
                    "({count} journal entries)."
                ).format(days=days, mood=avg_mood, craving=avg_craving, count=len(entries))
            )
        self.mood.setText(
            "<br>".join(lines) or self.tr("No journal entries in the last 30 days. Mood and cravings show here.")
        )
