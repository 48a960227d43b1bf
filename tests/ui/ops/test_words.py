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


class Rows(QTranslator):
    """The problem inside a place translated; the place's own template not (yet)."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201 (Qt's signature)
        return "[{row_id} doppelt]" if context == CONTEXT and source == "the id {row_id} is used twice." else ""


def test_a_problem_inside_a_place_is_translated_on_its_own(qapp):
    """An export's problem is "events, row 3, id: …": the place stays as the file names it, the problem inside
    it comes in the person's language as soon as it has a translation (the outer template may not yet)."""
    from recoverybox.core.export.import_checks import ImportProblem

    problem = ImportProblem("events", 3, "id", "the id {row_id} is used twice.", row_id=7)
    assert problem.message == "events, row 3, id: the id 7 is used twice."
    assert words(problem) == problem.message
    rows = Rows()
    QCoreApplication.installTranslator(rows)
    try:
        assert words(problem) == "events, row 3, id: [7 doppelt]"
    finally:
        QCoreApplication.removeTranslator(rows)
