"""How each kind of event looks: a colour and a text label (colour is never the only signal)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

KIND_COLOURS = {
    "meeting": QColor("#2f7f86"),
    "therapy": QColor("#7a5aa6"),
    "self_care": QColor("#4c8a3f"),
    "other": QColor("#5a6b7d"),
}
KIND_MARKS = {"meeting": "●", "therapy": "◆", "self_care": "♥", "other": "■"}
FELLOWSHIP_LABELS = {
    "AA": "AA",
    "NA": "NA",
    "SMART": "SMART Recovery",
    "WFS": "Women for Sobriety",
    "SOS": "Secular Organizations for Sobriety",
    "other": "Other support group",
}


def kind_label(kind: str) -> str:
    labels = {
        "meeting": QCoreApplication.translate("kinds", "Support meeting"),
        "therapy": QCoreApplication.translate("kinds", "Therapy / counselling"),
        "self_care": QCoreApplication.translate("kinds", "Self-care"),
        "other": QCoreApplication.translate("kinds", "Other"),
    }
    return labels.get(kind, kind)


def short_kind_label(kind: str, fellowship: str | None = None) -> str:
    base = {"meeting": "Meeting", "therapy": "Therapy", "self_care": "Self-care", "other": "Other"}.get(kind, kind)
    text = QCoreApplication.translate("kinds", base)
    return f"{KIND_MARKS.get(kind, '')} {text}" + (f" · {fellowship}" if fellowship else "")
