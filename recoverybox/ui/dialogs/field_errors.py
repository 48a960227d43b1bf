"""Show a core ``ValidationError`` beside the field it names."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from recoverybox.core.base.errors import UserError
from recoverybox.core.base.validation import ValidationError
from recoverybox.i18n.qt import translate
from recoverybox.ui.ops.perform import show_failure
from recoverybox.ui.ops.words import words


def error_style() -> str:
    """A field's error in red that reads on the theme's background: the dark red of the light theme is
    about 2.5:1 on the dark one, so the dark themes take a light red (about 6:1)."""
    from recoverybox.ui import theme

    return f"color: {'#ff8a80' if theme.is_dark() else '#b3261e'}; font-weight: 600;"


class FieldErrors:
    """One small red label per field; ``show(error)`` fills the right one and focuses its input."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}

    def label_for(self, field: str, widget: QWidget) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setStyleSheet(error_style())
        label.setWordWrap(True)
        label.hide()
        self.labels[field] = label
        self.inputs[field] = widget
        # The message goes as soon as the person changes the field it is about.
        for signal in ("textEdited", "textChanged", "currentIndexChanged", "dateTimeChanged", "valueChanged"):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(label.hide)
                break
        return label

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.hide()

    def show(self, error: ValidationError, fallback: str) -> QLabel:
        self.clear()
        label = self.labels.get(error.field) or self.labels[fallback]
        label.setText(words(error))
        label.show()
        widget = self.inputs.get(error.field) or self.inputs.get(fallback)
        if widget is not None:
            widget.setFocus()
        return label

    def on_problem(self, dialog: QWidget, fallback: str) -> Callable[[UserError | OSError], None]:
        """For ``perform``: a problem with a field beside that field (or ``fallback``), any other in a message
        over ``dialog``."""

        def show(error: UserError | OSError) -> None:
            if isinstance(error, ValidationError):
                self.show(error, fallback)
            else:
                show_failure(dialog, translate("FieldErrors", "Not saved"), error)

        return show

    def text(self, field: str) -> str:
        return self.labels[field].text() if field in self.labels and not self.labels[field].isHidden() else ""


def save_cancel_buttons(dialog: QDialog, on_save, save_text: str | None = None) -> QDialogButtonBox:
    """Save and Cancel for a form dialog: Save runs ``on_save`` (which accepts when valid), Cancel rejects."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    if save_text:
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(save_text)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons
