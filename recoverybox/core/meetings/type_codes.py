"""The meeting type codes of the Meeting Guide format (code4recovery/spec), with readable names.

The codes and their English names are the published vocabulary every feed uses, so they are kept exactly;
a code a feed uses that is not listed here is shown as written.
"""

from __future__ import annotations

TYPE_NAMES: dict[str, str] = {
    "11": "11th Step Meditation",
    "12x12": "12 Steps & 12 Traditions",
    "A": "Secular",
    "ABSI": "As Bill Sees It",
    "AF": "Afrikaans",
    "AL": "Concurrent with Alateen",
    "AL-AN": "Concurrent with Al-Anon",
    "AM": "Amharic",
    "ASL": "American Sign Language",
    "B": "Big Book",
    "BA": "Babysitting Available",
    "BE": "Newcomer",
    "BI": "Bisexual",
    "BRK": "Breakfast",
    "C": "Closed meeting (members only)",
    "CAN": "Candlelight",
    "CF": "Child-Friendly",
    "D": "Discussion",
    "DA": "Danish",
    "DB": "Digital Basket",
    "DD": "Dual Diagnosis",
    "DE": "German",
    "DR": "Daily Reflections",
    "EL": "Greek",
    "EN": "English",
    "FA": "Persian",
    "FF": "Fragrance Free",
    "FR": "French",
    "G": "Gay",
    "GR": "Grapevine",
    "H": "Birthday",
    "HE": "Hebrew",
    "HI": "Hindi",
    "HR": "Croatian",
    "HU": "Hungarian",
    "ITA": "Italian",
    "JA": "Japanese",
    "KOR": "Korean",
    "L": "Lesbian",
    "LGBTQ": "LGBTQ",
    "LIT": "Literature",
    "LS": "Living Sober",
    "LT": "Lithuanian",
    "M": "Men",
    "MED": "Meditation",
    "ML": "Malayalam",
    "N": "Native American",
    "NDG": "Indigenous",
    "NO": "Norwegian",
    "O": "Open meeting (anyone welcome)",
    "ONL": "Online",
    "OUT": "Outdoor",
    "P": "Professionals",
    "POA": "Proof of Attendance",
    "POC": "People of Color",
    "POL": "Polish",
    "POR": "Portuguese",
    "PUN": "Punjabi",
    "RUS": "Russian",
    "S": "Spanish",
    "SEN": "Seniors",
    "SK": "Slovak",
    "SM": "Smoking Permitted",
    "SP": "Speaker",
    "ST": "Step Study",
    "SV": "Swedish",
    "T": "Transgender",
    "TC": "Temporarily closed",
    "TH": "Thai",
    "TL": "Tagalog",
    "TR": "Tradition Study",
    "UK": "Ukrainian",
    "W": "Women",
    "X": "Wheelchair Access",
    "XB": "Wheelchair-Accessible Bathroom",
    "XT": "Cross Talk Permitted",
    "Y": "Young People",
}

# Older or alternative spellings feeds still use, read as the current code.
TYPE_ALIASES: dict[str, str] = {"IT": "ITA", "KO": "KOR", "BEG": "BE", "NEW": "BE", "WA": "X", "LGBT": "LGBTQ"}

TEMPORARILY_CLOSED = "TC"
ONLINE = "ONL"

_BY_NAME = {name.casefold(): code for code, name in TYPE_NAMES.items()} | {
    "beginner": "BE",
    "beginners": "BE",
    "closed": "C",
    "open": "O",
    "location temporarily closed": "TC",
    "wheelchair accessible": "X",
}


def type_code(text: str) -> str:
    """The code for a type as a feed writes it: a code (any case) or a readable name ("Big Book" → "B")."""
    clean = text.strip()
    upper = clean.upper()
    if clean in TYPE_NAMES:
        return clean
    if upper in TYPE_NAMES:
        return upper
    if upper in TYPE_ALIASES:
        return TYPE_ALIASES[upper]
    return _BY_NAME.get(clean.casefold(), clean)


def type_name(code: str) -> str:
    """A type's readable name; an unknown code as written."""
    return TYPE_NAMES.get(code, code)


def type_words(codes: tuple[str, ...] | list[str]) -> str:
    """Types as readable words, in the order given: "Open, Discussion, Wheelchair Access"."""
    return ", ".join(type_name(code) for code in codes)
