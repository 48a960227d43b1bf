"""The page shown instead of the data while RecoveryBox is locked: a passphrase (or the recovery key), and
"I need help now", which needs no unlocking. It holds no private data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from recoverybox.ui.dialogs.field_errors import error_style
from recoverybox.ui.fonts import HEADING, LARGE, emphasise
from recoverybox.ui.widgets.scrolling import up_and_down


class LockScreen(QWidget):
    """``unlock_requested(secret, is_recovery_key)`` and ``help_requested``; ``show_error`` says why not."""

    unlock_requested = Signal(str, bool)
    help_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.recovery = False
        heading = QLabel(self.tr("RecoveryBox is locked"))
        heading.setObjectName("lockHeading")
        emphasise(heading, HEADING)
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.field = QLineEdit()
        self.field.setObjectName("lockPassphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMinimumWidth(320)
        emphasise(self.field, LARGE, bold=False)
        self.field.returnPressed.connect(self._on_unlock)
        self.field.textEdited.connect(self._on_edited)
        self.error = QLabel()
        self.error.setObjectName("lockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        # The message's two lines are kept free while it is hidden: the fields never move when it shows.
        keep = self.error.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.error.setSizePolicy(keep)
        self.error.setMinimumHeight(3 * self.error.fontMetrics().lineSpacing())  # bold words wrap sooner
        self.error.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.error.hide()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("lockUnlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.setMinimumHeight(40)
        self.unlock_button.clicked.connect(self._on_unlock)
        self.switch = QPushButton()
        self.switch.setObjectName("lockSwitch")
        self.switch.setFlat(True)
        self.switch.clicked.connect(self._on_switch)
        self.help_button = QPushButton(self.tr("I need help &now"))
        self.help_button.setObjectName("lockHelp")
        self.help_button.setMinimumHeight(44)
        emphasise(self.help_button, LARGE)
        self.help_button.clicked.connect(self.help_requested.emit)
        self.note = note = QLabel()
        note.setObjectName("lockNote")
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        column = QWidget()
        column.setFixedWidth(460)  # wrapped words measured at the width they get (a free width misjudged them)
        column.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)  # never squeezed: it scrolls
        inner = QVBoxLayout(column)
        self._column_inner = inner
        inner.setSpacing(10)
        for widget in (heading, self.intro, self.field, self.error, self.unlock_button, self.switch):
            inner.addWidget(widget)
        inner.addSpacing(18)
        inner.addWidget(self.help_button)
        inner.addSpacing(6)
        inner.addWidget(note)
        # Centred; on a short window with large text it scrolls rather than squeezing the words.
        page = QWidget()
        inner_layout = QVBoxLayout(page)
        inner_layout.addStretch(1)
        inner_layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        inner_layout.addStretch(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(up_and_down(page, "lockScroll"))
        self.use_recovery_key(False)

    def _on_edited(self, _text: str) -> None:
        self.error.hide()

    def _on_switch(self) -> None:
        self.use_recovery_key(not self.recovery)

    def use_recovery_key(self, recovery: bool) -> None:
        self.recovery = recovery
        self.field.clear()
        self.error.hide()
        if recovery:
            self.intro.setText(self.tr("Type the recovery key you were given when you turned protection on."))
            self.field.setEchoMode(QLineEdit.EchoMode.Normal)
            self.field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
            self.field.setAccessibleName(self.tr("Recovery key"))
            self.switch.setText(self.tr("Use my &passphrase instead"))
        else:
            self.intro.setText(self.tr("Type your passphrase to open your data."))
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
            self.field.setPlaceholderText(self.tr("Passphrase"))
            self.field.setAccessibleName(self.tr("Passphrase"))
            self.switch.setText(self.tr("&Forgot it? Use the recovery key"))
        self._fit_height(self.intro)
        self.field.setFocus()

    def reset(self, data_open: bool = False) -> None:
        """Ready for the next unlock: empty field, no message, the passphrase asked for. ``data_open``: locked
        while running (reminders go on), not at a start (they begin after the first unlock)."""
        self.use_recovery_key(False)
        self.set_busy(False)
        self.note.setText(
            self.tr("Your data is encrypted on this computer. Reminders still arrive while it is locked.")
            if data_open
            else self.tr("Your data is encrypted on this computer. Reminders begin once it is unlocked.")
        )
        self._fit_height(self.note)

    def _fit_height(self, label: QLabel) -> None:
        """A wrapped label as tall as its words need at the column's fixed width (large text included)."""
        margins = self._column_inner.contentsMargins()
        label.ensurePolished()  # its style sheet (a bold error) measured too
        needed = label.heightForWidth(460 - margins.left() - margins.right())
        label.setMinimumHeight(max(needed, label.minimumHeight() if label is self.error else 0))

    def set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.field.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("&Unlock"))

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)
        self._fit_height(self.error)  # grows only for a message longer than the room kept for it
        self.error.show()
        self.field.selectAll()
        self.field.setFocus()

    def _on_unlock(self) -> None:
        if not self.field.text():
            self.show_error(self.tr("Type your passphrase first.") if not self.recovery else self.tr("Type the key."))
            return
        self.set_busy(True)
        self.unlock_requested.emit(self.field.text(), self.recovery)
