"""A problem as the person reads it: core raises a ``UserError`` with a code and parameters, and this turns it
into a sentence in the person's language.

A code with words here is said with them (translated in the "errors" context, its parameters filled in); a code
without is said with the English sentence core wrote, as before translations arrived.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recoverybox.core.base.errors import UserError

# code → the words, with the error's parameters in braces. Kept in one place, so a translator sees every one.
WORDS: dict[str, str] = {}


def words(error: BaseException) -> str:
    """What to tell the person about ``error``."""
    if isinstance(error, UserError):
        template = WORDS.get(error.code)
        if template is None:
            return error.message
        try:
            return QCoreApplication.translate("errors", template).format(**error.params)
        except (KeyError, IndexError, ValueError):  # a translation that names a parameter the error lacks
            return error.message
    if isinstance(error, OSError):
        return QCoreApplication.translate("errors", "The file could not be written or read ({reason}).").format(
            reason=error.strerror or error
        )
    return str(error)
