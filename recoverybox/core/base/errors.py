"""Problems a person can cause or meet: one base class with a code and parameters.

Core never decides the words a person reads in their language: it raises a ``UserError`` with the English
words as a template (``"Please keep this under {limit} characters."``) and the parameters that fill it. The
template is the error's ``code`` (as gettext uses the source text as its key); ``recoverybox.ui.ops.words``
looks it up in the translations (the "errors" context) and fills in the parameters. ``message`` is the English
sentence, for the log, the command line and any template without a translation yet.

A template is marked for extraction where it is written, with ``QT_TRANSLATE_NOOP("errors", "...")``: Qt's
``lupdate`` finds the call by its name, and here it returns the text unchanged (core never imports Qt).
"""

from __future__ import annotations

from typing import Any

CONTEXT = "errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation in ``context``; returns it as it is."""
    return text


class Words(str):
    """A sentence for a person where a plain ``str`` is expected (a reason, a note): equal to its English text,
    and carrying its template and parameters so the UI can say it in the person's language (``ui.ops.words``).
    Its template is marked in the "errors" context, as a ``UserError``'s is."""

    context = CONTEXT  # a subclass may say another (MeetingType: "MeetingTypes")
    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Words:
        shown = {key: value.message if isinstance(value, UserError) else value for key, value in params.items()}
        sentence = super().__new__(cls, template.format(**shown) if params else template)
        sentence.template, sentence.params = template, params
        return sentence

    def __reduce__(self) -> tuple[Any, ...]:
        return (_words, (type(self), self.template, self.params))


def _words(kind: type[Words], template: str, params: dict[str, Any]) -> Words:
    return kind(template, **params)


def stored_words(value: Any) -> Any:
    """``value`` as JSON can keep it: a ``Words`` (and any inside it) as its template and parameters."""
    if isinstance(value, Words):
        return {"words": value.template, "params": {k: stored_words(v) for k, v in value.params.items()}}
    return value


def words_from_store(value: Any) -> Any:
    """What ``stored_words`` kept, as it was (a text stored before it was kept so, as that text)."""
    if isinstance(value, dict) and isinstance(value.get("words"), str) and isinstance(value.get("params"), dict):
        try:
            return Words(value["words"], **{k: words_from_store(v) for k, v in value["params"].items()})
        except (KeyError, IndexError, ValueError, TypeError):  # a hand-edited row: its words as they are
            return str(value["words"])
    return value


class UserError(Exception):
    """A problem a person can act on (bad input, an unusable file, a server that said no), not a bug."""

    code = "problem"
    message: str

    def __init__(self, template: str, *, code: str | None = None, **params: Any) -> None:
        # A parameter may itself be a UserError (a problem inside a place: "events, row 3: …"): its sentence.
        shown = {key: value.message if isinstance(value, UserError) else value for key, value in params.items()}
        message = template.format(**shown) if params else template
        super().__init__(message)
        self.message = message
        self.template = template
        self.code = code or template
        self.params: dict[str, Any] = params

    def __eq__(self, other: object) -> bool:
        """The same problem: the same kind, template and parameters (a file read in several processes gives
        equal problems, not the same objects)."""
        if not isinstance(other, UserError):
            return NotImplemented
        return (type(self), self.template, self.params) == (type(other), other.template, other.params)

    def __hash__(self) -> int:
        return hash((type(self), self.template))

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled with its state whatever its constructor asks (a problem found in another process comes back)."""
        return (_rebuilt, (type(self), self.__dict__))


def _rebuilt(kind: type[UserError], state: dict[str, Any]) -> UserError:
    error = kind.__new__(kind)
    Exception.__init__(error, state["message"])
    error.__dict__.update(state)
    return error
