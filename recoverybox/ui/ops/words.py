"""A problem as the person reads it: core raises a ``UserError`` whose template (its code) and parameters this
turns into a sentence in the person's language (Qt's translations, the "errors" context)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from recoverybox.core.base.errors import CONTEXT, UserError, Words

if TYPE_CHECKING:
    from recoverybox.core.calendar.ics import ImportSummary


def words(error: BaseException | str) -> str:
    """What to tell the person about ``error`` (or a sentence core made as ``Words``; any other text as it is)."""
    if isinstance(error, Words):
        translated = QCoreApplication.translate(CONTEXT, error.template) or error.template
        params = {k: words(v) if isinstance(v, UserError | Words) else v for k, v in error.params.items()}
        try:
            return translated.format(**params) if error.params else translated
        except (KeyError, IndexError, ValueError):
            return str(error)
    if isinstance(error, UserError):
        # Qt gives the template back when it has no translation of it: then the English sentence, but with any
        # problem inside it (a UserError as a parameter) in the person's language if that one is translated.
        translated = QCoreApplication.translate(CONTEXT, error.template) or error.template
        params = {k: words(v) if isinstance(v, UserError | Words) else v for k, v in error.params.items()}
        try:
            return translated.format(**params) if error.params else translated
        except (KeyError, IndexError, ValueError):  # a translation that names a parameter the error lacks
            return error.message
    if isinstance(error, str):
        return error
    if isinstance(error, OSError):
        return QCoreApplication.translate("errors", "The file could not be written or read ({reason}).").format(
            reason=error.strerror or error
        )
    return str(error)


def import_notes(summary: ImportSummary, most: int = 10, gap: str = "\n") -> str:
    """What a calendar import read differently, and what it left out and why, in the person's language: one
    paragraph each (up to ``most`` left-out events named), ``gap`` between them; or ""."""
    from recoverybox.core.calendar.ics_findings import named

    paragraphs = [
        QCoreApplication.translate("ImportNotes", what.template, None, len(titles)).format(
            titles=named(titles), **what.params
        )
        for what, titles in summary.notes
    ]
    if summary.problems:
        count = len(summary.problems)
        lines = [QCoreApplication.translate("ImportNotes", "Could not be read, so left out: %n event(s).", None, count)]
        lines += [f"  • {words(problem)}" for problem in summary.problems[:most]]
        if count > most:
            more = count - most
            lines.append(QCoreApplication.translate("ImportNotes", "  • and %n more.", None, more))
        paragraphs.append("\n".join(lines))
    return gap.join(paragraphs)
