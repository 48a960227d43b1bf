"""The reminder pop-up: a small always-on-top window (never modal) stacking every pending reminder."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from recoverybox.core.reminders.planner import SNOOZE_CHOICES, DueReminder
from recoverybox.reminders.words import status_line, title
from recoverybox.ui.fonts import LARGE, emphasise
from recoverybox.ui.format import time_text
from recoverybox.ui.spacing import room_for_window
from recoverybox.ui.widgets import plain

MAX_CARDS = 6


class ReminderCard(QFrame):
    """One reminder with its Open, Snooze and Dismiss buttons."""

    open_requested = Signal(object)
    snooze_requested = Signal(object, int)
    dismiss_requested = Signal(object)

    def __init__(self, reminder: DueReminder, zone, now, missed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reminder = reminder
        self.original = reminder  # what it is about, whatever this card shows (the lock hides the details)
        self.missed = missed
        self.setObjectName("reminderCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        heading = QLabel(f"<b>{_escape(title(reminder))}</b>")
        heading.setObjectName("reminderTitle")
        heading.setWordWrap(True)
        self.when = QLabel(status_line(reminder, now, zone, missed, time_text))
        self.when.setObjectName("reminderWhen")
        self.when.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.when)
        if reminder.location:
            where = plain.label(QLabel(), self.tr("Where: {place}").format(place=reminder.location))
            where.setWordWrap(True)
            layout.addWidget(where)

        buttons = QHBoxLayout()
        if reminder.online_url:
            self.link_button = QPushButton(self.tr("Join &online"))
            self.link_button.setToolTip(plain.tip(reminder.online_url))
            self.link_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(reminder.online_url)))
            buttons.addWidget(self.link_button)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Show this in RecoveryBox"))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.reminder))
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("&Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_button.setAccessibleName(self.tr("Snooze"))
        menu = QMenu(self.snooze_button)
        for minutes in SNOOZE_CHOICES:
            label = self.tr("1 hour") if minutes == 60 else self.tr("%n minute(s)", "", minutes)
            action = menu.addAction(label)
            action.triggered.connect(lambda _checked=False, m=minutes: self.snooze_requested.emit(self.reminder, m))
        self.snooze_button.setMenu(menu)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))
        self.dismiss_button.clicked.connect(lambda: self.dismiss_requested.emit(self.reminder))
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.dismiss_button)
        layout.addLayout(buttons)


class ReminderPopup(QWidget):
    """Stacks reminders in one window; hides itself when the last one is dealt with."""

    open_requested = Signal(object)
    snooze_requested = Signal(object, int)
    dismiss_requested = Signal(object)

    def __init__(self, zone_source, now_source, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self._zone_source = zone_source
        self._now_source = now_source
        self.setObjectName("reminderPopup")
        self.setWindowTitle(self.tr("Reminders — RecoveryBox"))
        self.setMinimumWidth(380)
        self.cards: list[ReminderCard] = []
        self._overflow: list[tuple[DueReminder, bool]] = []
        self.heading = QLabel()
        emphasise(self.heading, LARGE)
        self.more = QLabel()
        self.more.setObjectName("reminderMore")
        self._list = QVBoxLayout()
        self._list.addStretch(1)
        holder = QWidget()
        holder.setLayout(self._list)
        scroll = QScrollArea()
        self._scroll = scroll
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.dismiss_all = QPushButton(self.tr("Dismiss &all"))
        self.dismiss_all.clicked.connect(self._on_dismiss_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.more)
        layout.addWidget(self.dismiss_all, 0, Qt.AlignmentFlag.AlignRight)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.hide)

    def add_reminders(self, reminders: list[DueReminder], missed: bool = False) -> None:
        """Show more reminders (newest first); beyond a handful, a "+N more" line keeps the window calm."""
        known = {(card.reminder.key, card.reminder.due) for card in self.cards}
        for reminder in reminders:
            if (reminder.key, reminder.due) in known:
                continue
            if len(self.cards) >= MAX_CARDS:
                self._overflow.append((reminder, missed))
                continue
            self._add_card(reminder, missed)
        self._update_header()
        if self.cards:
            self._fit()
            if not self.isVisible():
                self._place_top_right()
            self.show()
            self.raise_()

    def _place_top_right(self) -> None:
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.right() - self.width() - 24, area.top() + 24)

    def notify(self, reminders: list[DueReminder], missed: bool) -> None:
        """The ``Notifier`` interface: the pop-up back-end."""
        self.add_reminders(reminders, missed)

    def redraw(self, shown) -> None:
        """The cards again, each reminder as ``shown([reminder])`` gives it (the app lock hides what they are
        about while locked, and brings it back on unlock)."""
        entries = [(card.original, card.missed) for card in self.cards]
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards = []
        for original, missed in entries:
            self._add_card(shown([original])[0], missed, original)

    def _add_card(self, reminder: DueReminder, missed: bool, original: DueReminder | None = None) -> None:
        card = ReminderCard(reminder, self._zone_source(), self._now_source(), missed, self)
        card.original = original or reminder  # what it is about, whatever this card shows
        card.missed = missed
        card.open_requested.connect(self._on_open)
        card.snooze_requested.connect(self._on_snooze)
        card.dismiss_requested.connect(self._on_dismiss)
        self.cards.append(card)
        self._list.insertWidget(self._list.count() - 1, card)

    def _remove(self, reminder: DueReminder) -> None:
        for card in list(self.cards):
            if card.reminder is reminder:
                self.cards.remove(card)
                card.deleteLater()
        while self._overflow and len(self.cards) < MAX_CARDS:
            self._add_card(*self._overflow.pop(0))
        self._update_header()
        if not self.cards:
            self.hide()
        else:
            self._fit()  # smaller again with one reminder fewer

    def _fit(self) -> None:
        """As tall as its reminders (no large empty window), at most the screen's height less a title bar;
        beyond that the reminders scroll."""
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        spacing = self._list.spacing()
        cards = sum(card.sizeHint().height() + spacing for card in self.cards)
        extras = [self.heading, self.more, self.dismiss_all]
        around = sum(w.sizeHint().height() + layout.spacing() for w in extras if not w.isHidden())
        inner = self._list.contentsMargins()
        wanted = margins.top() + margins.bottom() + around + cards + inner.top() + inner.bottom()
        wanted += 2 * self._scroll.frameWidth()
        self.resize(max(self.width(), 420), min(wanted, room_for_window(self).height(), 720))

    def _update_header(self) -> None:
        count = len(self.cards) + len(self._overflow)
        self.heading.setText(self.tr("%n reminder(s)", "", count))
        self.more.setText(self.tr("+{n} more").format(n=len(self._overflow)) if self._overflow else "")
        self.more.setVisible(bool(self._overflow))
        self.dismiss_all.setVisible(count > 1)

    def _on_open(self, reminder: DueReminder) -> None:
        self.open_requested.emit(reminder)
        self.dismiss_requested.emit(reminder)
        self._remove(reminder)

    def _on_snooze(self, reminder: DueReminder, minutes: int) -> None:
        self.snooze_requested.emit(reminder, minutes)
        self._remove(reminder)

    def _on_dismiss(self, reminder: DueReminder) -> None:
        self.dismiss_requested.emit(reminder)
        self._remove(reminder)

    def _on_dismiss_all(self) -> None:
        for reminder in [card.reminder for card in self.cards] + [r for r, _missed in self._overflow]:
            self.dismiss_requested.emit(reminder)
        self._overflow.clear()
        for card in list(self.cards):
            self._remove(card.reminder)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
