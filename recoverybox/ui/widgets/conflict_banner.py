"""The banner above the week when a calendar sync found an event changed here and on another device: both
versions are in the week until the person chooses which stays."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from recoverybox.ui.fonts import emphasise
from recoverybox.ui.format import date_text, time_text


class ConflictBanner(QFrame):
    """Names the first conflict (and how many there are) with three choices; hidden when there is none."""

    keep_theirs = Signal(int)  # the conflict copy's event id: the other device's version stays
    keep_mine = Signal(int)  # …: this computer's version stays
    show_mine = Signal(object)  # the copy's start (UTC): show its week

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.conflict = None
        self.title = QLabel()
        self.title.setObjectName("conflictTitle")
        self.title.setWordWrap(True)
        emphasise(self.title, 1.05)
        self.text = QLabel()
        self.text.setObjectName("conflictText")
        self.text.setWordWrap(True)
        self.theirs_button = QPushButton(self.tr("Keep the other device's"))
        self.theirs_button.setObjectName("conflictKeepTheirs")
        self.mine_button = QPushButton(self.tr("Keep mine"))
        self.mine_button.setObjectName("conflictKeepMine")
        self.show_button = QPushButton(self.tr("Show mine"))
        self.show_button.setObjectName("conflictShow")
        self.theirs_button.clicked.connect(self._on_theirs)
        self.mine_button.clicked.connect(self._on_mine)
        self.show_button.clicked.connect(self._on_show)
        buttons = QHBoxLayout()
        for button in (self.theirs_button, self.mine_button, self.show_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.hide()

    def set_conflicts(self, conflicts: list, zone) -> None:  # noqa: ANN001
        """Show the first of ``conflicts`` (``core.calendar.Conflict``), or hide when there is none."""
        self.conflict = conflicts[0] if conflicts else None
        if self.conflict is None:
            self.hide()
            return
        conflict = self.conflict
        start = conflict.start_utc.astimezone(zone)
        others = len(conflicts) - 1
        more = " " + self.tr("(%n more after this one.)", "", others) if others else ""
        self.title.setText(self.tr("⚠ “{title}” was changed here and on another device").format(title=conflict.title))
        if conflict.original_id is None:
            self.text.setText(
                self.tr("The other device deleted it; your version is kept ({when}). Keep it?").format(
                    when=f"{date_text(start.date())} {time_text(start)}"
                )
                + more
            )
        else:
            self.text.setText(
                self.tr(
                    "Both versions are in your calendar: the other device's as “{theirs}”, and yours, marked ⚠ "
                    "conflict copy ({when}). Choose which one stays; the other is deleted here and on the server."
                ).format(theirs=conflict.original_title, when=f"{date_text(start.date())} {time_text(start)}")
                + more
            )
        self.theirs_button.setText(
            self.tr("Delete mine") if conflict.original_id is None else self.tr("Keep the other device's")
        )
        self.show()

    def _on_theirs(self) -> None:
        if self.conflict is not None:
            self.keep_theirs.emit(self.conflict.copy_id)

    def _on_mine(self) -> None:
        if self.conflict is not None:
            self.keep_mine.emit(self.conflict.copy_id)

    def _on_show(self) -> None:
        if self.conflict is not None:
            self.show_mine.emit(self.conflict.start_utc)
