"""Text folded for searching, as the journal's index folds it: any case, any accent ("corazon" finds "Corazón")."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """``text`` without case or accents: decomposed (NFKD), combining marks dropped, case folded."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
