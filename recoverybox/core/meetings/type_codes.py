"""The meeting type codes of the Meeting Guide format (code4recovery/spec), with readable names.

The codes and their English names are the published vocabulary every feed uses, so they are kept exactly;
a code a feed uses that is not listed here is shown as written.
"""

from __future__ import annotations

from recoverybox.core.base.errors import QT_TRANSLATE_NOOP, Words

TYPE_NAMES: dict[str, str] = {
    "11": QT_TRANSLATE_NOOP("MeetingTypes", "11th Step Meditation"),
    "12x12": QT_TRANSLATE_NOOP("MeetingTypes", "12 Steps & 12 Traditions"),
    "A": QT_TRANSLATE_NOOP("MeetingTypes", "Secular"),
    "ABSI": QT_TRANSLATE_NOOP("MeetingTypes", "As Bill Sees It"),
    "AF": QT_TRANSLATE_NOOP("MeetingTypes", "Afrikaans"),
    "AL": QT_TRANSLATE_NOOP("MeetingTypes", "Concurrent with Alateen"),
    "AL-AN": QT_TRANSLATE_NOOP("MeetingTypes", "Concurrent with Al-Anon"),
    "AM": QT_TRANSLATE_NOOP("MeetingTypes", "Amharic"),
    "ASL": QT_TRANSLATE_NOOP("MeetingTypes", "American Sign Language"),
    "B": QT_TRANSLATE_NOOP("MeetingTypes", "Big Book"),
    "BA": QT_TRANSLATE_NOOP("MeetingTypes", "Babysitting Available"),
    "BE": QT_TRANSLATE_NOOP("MeetingTypes", "Newcomer"),
    "BI": QT_TRANSLATE_NOOP("MeetingTypes", "Bisexual"),
    "BRK": QT_TRANSLATE_NOOP("MeetingTypes", "Breakfast"),
    "C": QT_TRANSLATE_NOOP("MeetingTypes", "Closed meeting (members only)"),
    "CAN": QT_TRANSLATE_NOOP("MeetingTypes", "Candlelight"),
    "CF": QT_TRANSLATE_NOOP("MeetingTypes", "Child-Friendly"),
    "D": QT_TRANSLATE_NOOP("MeetingTypes", "Discussion"),
    "DA": QT_TRANSLATE_NOOP("MeetingTypes", "Danish"),
    "DB": QT_TRANSLATE_NOOP("MeetingTypes", "Digital Basket"),
    "DD": QT_TRANSLATE_NOOP("MeetingTypes", "Dual Diagnosis"),
    "DE": QT_TRANSLATE_NOOP("MeetingTypes", "German"),
    "DR": QT_TRANSLATE_NOOP("MeetingTypes", "Daily Reflections"),
    "EL": QT_TRANSLATE_NOOP("MeetingTypes", "Greek"),
    "EN": QT_TRANSLATE_NOOP("MeetingTypes", "English"),
    "FA": QT_TRANSLATE_NOOP("MeetingTypes", "Persian"),
    "FF": QT_TRANSLATE_NOOP("MeetingTypes", "Fragrance Free"),
    "FR": QT_TRANSLATE_NOOP("MeetingTypes", "French"),
    "G": QT_TRANSLATE_NOOP("MeetingTypes", "Gay"),
    "GR": QT_TRANSLATE_NOOP("MeetingTypes", "Grapevine"),
    "H": QT_TRANSLATE_NOOP("MeetingTypes", "Birthday"),
    "HE": QT_TRANSLATE_NOOP("MeetingTypes", "Hebrew"),
    "HI": QT_TRANSLATE_NOOP("MeetingTypes", "Hindi"),
    "HR": QT_TRANSLATE_NOOP("MeetingTypes", "Croatian"),
    "HU": QT_TRANSLATE_NOOP("MeetingTypes", "Hungarian"),
    "ITA": QT_TRANSLATE_NOOP("MeetingTypes", "Italian"),
    "JA": QT_TRANSLATE_NOOP("MeetingTypes", "Japanese"),
    "KOR": QT_TRANSLATE_NOOP("MeetingTypes", "Korean"),
    "L": QT_TRANSLATE_NOOP("MeetingTypes", "Lesbian"),
    "LGBTQ": QT_TRANSLATE_NOOP("MeetingTypes", "LGBTQ"),
    "LIT": QT_TRANSLATE_NOOP("MeetingTypes", "Literature"),
    "LS": QT_TRANSLATE_NOOP("MeetingTypes", "Living Sober"),
    "LT": QT_TRANSLATE_NOOP("MeetingTypes", "Lithuanian"),
    "M": QT_TRANSLATE_NOOP("MeetingTypes", "Men"),
    "MED": QT_TRANSLATE_NOOP("MeetingTypes", "Meditation"),
    "ML": QT_TRANSLATE_NOOP("MeetingTypes", "Malayalam"),
    "N": QT_TRANSLATE_NOOP("MeetingTypes", "Native American"),
    "NDG": QT_TRANSLATE_NOOP("MeetingTypes", "Indigenous"),
    "NO": QT_TRANSLATE_NOOP("MeetingTypes", "Norwegian"),
    "O": QT_TRANSLATE_NOOP("MeetingTypes", "Open meeting (anyone welcome)"),
    "ONL": QT_TRANSLATE_NOOP("MeetingTypes", "Online"),
    "OUT": QT_TRANSLATE_NOOP("MeetingTypes", "Outdoor"),
    "P": QT_TRANSLATE_NOOP("MeetingTypes", "Professionals"),
    "POA": QT_TRANSLATE_NOOP("MeetingTypes", "Proof of Attendance"),
    "POC": QT_TRANSLATE_NOOP("MeetingTypes", "People of Color"),
    "POL": QT_TRANSLATE_NOOP("MeetingTypes", "Polish"),
    "POR": QT_TRANSLATE_NOOP("MeetingTypes", "Portuguese"),
    "PUN": QT_TRANSLATE_NOOP("MeetingTypes", "Punjabi"),
    "RUS": QT_TRANSLATE_NOOP("MeetingTypes", "Russian"),
    "S": QT_TRANSLATE_NOOP("MeetingTypes", "Spanish"),
    "SEN": QT_TRANSLATE_NOOP("MeetingTypes", "Seniors"),
    "SK": QT_TRANSLATE_NOOP("MeetingTypes", "Slovak"),
    "SM": QT_TRANSLATE_NOOP("MeetingTypes", "Smoking Permitted"),
    "SP": QT_TRANSLATE_NOOP("MeetingTypes", "Speaker"),
    "ST": QT_TRANSLATE_NOOP("MeetingTypes", "Step Study"),
    "SV": QT_TRANSLATE_NOOP("MeetingTypes", "Swedish"),
    "T": QT_TRANSLATE_NOOP("MeetingTypes", "Transgender"),
    "TC": QT_TRANSLATE_NOOP("MeetingTypes", "Temporarily closed"),
    "TH": QT_TRANSLATE_NOOP("MeetingTypes", "Thai"),
    "TL": QT_TRANSLATE_NOOP("MeetingTypes", "Tagalog"),
    "TR": QT_TRANSLATE_NOOP("MeetingTypes", "Tradition Study"),
    "UK": QT_TRANSLATE_NOOP("MeetingTypes", "Ukrainian"),
    "W": QT_TRANSLATE_NOOP("MeetingTypes", "Women"),
    "X": QT_TRANSLATE_NOOP("MeetingTypes", "Wheelchair Access"),
    "XB": QT_TRANSLATE_NOOP("MeetingTypes", "Wheelchair-Accessible Bathroom"),
    "XT": QT_TRANSLATE_NOOP("MeetingTypes", "Cross Talk Permitted"),
    "Y": QT_TRANSLATE_NOOP("MeetingTypes", "Young People"),
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


class MeetingType(Words):
    """A type's name as ``Words`` (translated in the "MeetingTypes" context, where the names are marked)."""

    context = "MeetingTypes"


def type_name(code: str) -> str:
    """A type's readable name; an unknown code as written."""
    return TYPE_NAMES.get(code, code)


def type_words(codes: tuple[str, ...] | list[str]) -> str:
    """Types as readable words, in the order given: "Open, Discussion, Wheelchair Access"."""
    return ", ".join(type_name(code) for code in codes)
