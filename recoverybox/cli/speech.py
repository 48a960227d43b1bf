"""The command line's words in the person's language. English needs no Qt (the common case starts fastest); for
another language QtCore's translators are loaded once, as the app loads them. JSON output is never translated.

The language: ``RECOVERYBOX_LANGUAGE``, else the Settings choice stored with the data (read without opening it),
else the terminal's (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from recoverybox import i18n

_state: dict[str, Any] = {"language": None, "app": None}


def use_data_folder(data_dir: Path, db_file: Path) -> None:
    """The data folder a command works on: its stored language choice counts (before the first word is said)."""
    if _state["language"] is None:
        _state["language"] = _choose(i18n.stored_setting(data_dir, db_file))


def _choose(setting: str | None) -> str:
    wanted = [os.environ.get(name, "") for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")]
    system = [part for value in wanted for part in value.split(":") if part and part not in ("C", "POSIX")]
    return i18n.choose(setting, system)


def language() -> str:
    if _state["language"] is None:
        _state["language"] = _choose(None)
    return str(_state["language"])


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in this run's language (``%n`` and "(s)" by the count ``n`` in English, Qt's plural rules in
    the others); lupdate finds these calls by their name."""
    spoken = language()
    if spoken == i18n.ENGLISH:
        if n >= 0:
            return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")
        return text
    from PySide6.QtCore import QCoreApplication

    _load(spoken)
    return QCoreApplication.translate(context, text, disambiguation, n)


def _load(spoken: str) -> None:
    """QtCore's translators for ``spoken``, once (an application object holds them)."""
    if _state["app"] is None:
        from platformdirs import user_cache_path
        from PySide6.QtCore import QCoreApplication

        from recoverybox.i18n.qt import install

        app = QCoreApplication.instance() or QCoreApplication([])
        _state["app"] = app
        install(app, spoken, user_cache_path("RecoveryBox", appauthor=False) / "i18n")


def problem(error: BaseException | str) -> str:
    """A core problem (a ``UserError``) in this run's language, as the app says it."""
    from recoverybox.core.base.errors import UserError, Words

    spoken = language()
    if not isinstance(error, UserError | Words) or spoken == i18n.ENGLISH:
        return getattr(error, "message", str(error))
    _load(spoken)
    from recoverybox.ui.ops.words import words

    return words(error)


def import_notes_text(summary: Any) -> str:
    """What a calendar import read differently or left out (every left-out event named), as the app says it."""
    return said(_import_notes, summary)


def _import_notes(summary: Any) -> str:
    from recoverybox.ui.ops.words import import_notes

    return import_notes(summary, most=len(summary.skipped))


def day_text(day: Any, english: str, qt_format: str) -> str:
    """A date in this run's language: ``english`` (a strftime format, as the output has always been) in English,
    else ``qt_format`` in the language's own month and day names (QLocale)."""
    spoken = language()
    if spoken == i18n.ENGLISH:
        return str(day.strftime(english))
    _load(spoken)
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), qt_format)


def said(made: Any, *args: Any) -> str:
    """What ``made(*args)`` says (one of ``ui.ops.words``' sentences, which need only QtCore) in this run's
    language: English too, so that its counts take their plurals from the catalog as the app's do."""
    _load(language())
    return str(made(*args))
