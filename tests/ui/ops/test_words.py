"""Errors in the person's language: core gives the English template and its parameters; the UI translates the
template and fills it in."""

from PySide6.QtCore import QCoreApplication, QTranslator

from recoverybox.core.base.errors import CONTEXT
from recoverybox.core.base.validation import ValidationError, clean_title
from recoverybox.ui.ops.words import words


class Pseudo(QTranslator):
    """Every "errors" template in brackets, its parameters moved about as a real translation may."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201 (Qt's signature)
        if context == CONTEXT and "{limit}" in source:
            return "[Bitte unter {limit} Zeichen bleiben; es sind {length}.]"
        return ""


def test_a_template_is_translated_and_filled_in_and_english_stays_the_message(qapp):
    try:
        clean_title("x" * 201)
    except ValidationError as error:
        refused = error
    assert refused.message == "Please keep this under 200 characters (it has 201)."
    assert refused.code == refused.template and refused.params == {"limit": 200, "length": 201}
    assert words(refused) == refused.message  # no translation installed: the English words
    pseudo = Pseudo()
    QCoreApplication.installTranslator(pseudo)
    try:
        assert words(refused) == "[Bitte unter 200 Zeichen bleiben; es sind 201.]"
        assert words(ValidationError("title", "Please enter a name.")) == "Please enter a name."
    finally:
        QCoreApplication.removeTranslator(pseudo)
