"""A problem as the person reads it: core raises a ``UserError`` whose template (its code) and parameters this
turns into a sentence in the person's language (Qt's translations, the "errors" context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recoverybox.core.base.errors import CONTEXT, UserError


def words(error: BaseException) -> str:
    """What to tell the person about ``error``."""
    if isinstance(error, UserError):
        # Qt gives the template back when it has no translation of it: then the English sentence, but with any
        # problem inside it (a UserError as a parameter) in the person's language if that one is translated.
        translated = QCoreApplication.translate(CONTEXT, error.template) or error.template
        params = {key: words(value) if isinstance(value, UserError) else value for key, value in error.params.items()}
        try:
            return translated.format(**params) if error.params else translated
        except (KeyError, IndexError, ValueError):  # a translation that names a parameter the error lacks
            return error.message
    if isinstance(error, OSError):
        return QCoreApplication.translate("errors", "The file could not be written or read ({reason}).").format(
            reason=error.strerror or error
        )
    return str(error)
