"""Problems a person can cause or meet: one base class with a code and parameters.

Core never decides the words a person reads: it raises a ``UserError`` whose ``code`` names the problem and whose
``params`` fill in the details; ``recoverybox.ui.ops.words`` turns them into a translated sentence. ``message``
is the English sentence (for the log, the command line and any code without words of its own yet).
"""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """A problem a person can act on (bad input, an unusable file, a server that said no), not a bug."""

    code = "problem"

    def __init__(self, message: str, *, code: str | None = None, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.params: dict[str, Any] = params
