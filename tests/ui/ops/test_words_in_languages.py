"""Core's problems and reasons said in the person's language: a ``UserError``'s template and parameters, a
``Words`` reason inside it, and a calendar import's notes with their counts."""

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, Words
from recoverybox.core.base.validation import ValidationError
from recoverybox.core.calendar.ics import ImportSummary
from recoverybox.core.calendar.ics_findings import NO_UID
from recoverybox.core.calendar.ics_values import IcsError
from recoverybox.ui.ops.words import import_notes, words


def restore_problem():
    reason = Words(QT_TRANSLATE_NOOP("errors", "The file does not exist."))
    return ValidationError("file", QT_TRANSLATE_NOOP("errors", "Not restored: {problem}"), problem=reason)


def test_a_reason_inside_a_problem_is_said_in_german_and_spanish(speak):
    assert words(restore_problem()) == "Not restored: The file does not exist."
    speak("de")
    assert words(restore_problem()) == "Nicht wiederhergestellt: Die Datei existiert nicht."
    speak("es")
    assert words(restore_problem()) == "No restaurado: El archivo no existe."


def test_an_imports_notes_count_and_name_their_events(speak):
    problem = IcsError(QT_TRANSLATE_NOOP("errors", "An event without a title"))
    summary = ImportSummary(3, 0, notes=((NO_UID, ("Walk", "Call Sam")),), problems=(problem,))
    english = import_notes(summary)
    assert english.startswith("2 events had no UID")
    assert "Could not be read, so left out: 1 event.\n  • An event without a title" in english
    speak("de")
    german = import_notes(summary)
    assert german.startswith("2 Termine hatten keine UID") and "(“Walk”, “Call Sam”)" in german
    assert "Nicht lesbar, daher ausgelassen: 1 Termin.\n  • Ein Termin ohne Titel" in german
