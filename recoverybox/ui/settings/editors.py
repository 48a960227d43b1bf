"""An editor for one setting, made from what the table declares about it: a check box for a yes/no, a list to
choose from for choices (with their words), a spin box within an int's range, a time field for a time of day, a
line for other text. The label, the choices' words and the range are the table's; nothing is typed twice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from recoverybox.core.settings.options import OPTIONS, is_time
from recoverybox.ui.widgets.typed_fields import TimeField

CONTEXT = "settings"  # where the table's words are translated


def words(text: str) -> str:
    """The table's words (a label, a choice) in the person's language."""
    return QCoreApplication.translate(CONTEXT, text)


def plain_words(text: str) -> str:
    """Words without their Alt-letter mark (for an accessible name)."""
    return words(text).replace("&", "")


def to_qtime(text: str, fallback: str = "00:00") -> QTime:
    hours, minutes = (int(part) for part in (text or fallback).split(":"))
    return QTime(hours, minutes)


@dataclass
class Editor:
    """One setting's editor: its widget, how to read the value back, and (typed fields) whether what is typed
    is wrong (each says why beneath itself)."""

    key: str
    widget: QWidget
    read: Callable[[], Any]
    problem: Callable[[], bool] = lambda: False


def editor_for(key: str, value: Any) -> Editor:
    """An editor for setting ``key`` showing ``value`` (its object name is the key)."""
    declared = OPTIONS[key]
    label = plain_words(declared.label)
    editor: Editor
    if declared.type is bool:
        box = QCheckBox(words(declared.label))
        box.setChecked(bool(value))
        editor = Editor(key, box, box.isChecked)
    elif declared.choices is not None:
        combo = QComboBox()
        for choice, text in declared.choices.items():
            combo.addItem(words(text), choice)
        combo.setCurrentIndex(max(combo.findData(value), 0))
        editor = Editor(key, combo, combo.currentData)
    elif declared.type is int and declared.bounds is not None:
        spin = QSpinBox()
        spin.setRange(*declared.bounds)
        spin.setValue(int(value))
        editor = Editor(key, spin, spin.value)
    elif is_time(key):
        field = TimeField(to_qtime(value))
        editor = Editor(key, field, lambda: field.time().toString("HH:mm"), lambda: bool(field.problem()))
    elif declared.type is str:
        line = QLineEdit(str(value))
        editor = Editor(key, line, lambda: line.text().strip())
    else:
        raise TypeError(f"no editor is made for {key} ({declared.type.__name__}): its page builds its own")
    editor.widget.setObjectName(key)
    editor.widget.setAccessibleName(label)
    return editor
