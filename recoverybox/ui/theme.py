"""Light, dark and high-contrast palettes; "system" follows the desktop's colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_COLOURS = {
    "light": {
        "Window": "#f4f1ea",
        "WindowText": "#1f2328",
        "Base": "#ffffff",
        "AlternateBase": "#f0ece3",
        "Text": "#1f2328",
        "Button": "#ebe6dc",
        "ButtonText": "#1f2328",
        "Highlight": "#2f7f86",
        "HighlightedText": "#ffffff",
        "ToolTipBase": "#fffbe6",
        "ToolTipText": "#1f2328",
        "PlaceholderText": "#5f6670",
        "Link": "#1f6f8b",
        "Mid": "#9a968e",
        "Edge": "#635f59",
    },
    "dark": {
        "Window": "#1e2124",
        "WindowText": "#e6e6e6",
        "Base": "#26292d",
        "AlternateBase": "#2c3035",
        "Text": "#e6e6e6",
        "Button": "#2f3338",
        "ButtonText": "#e6e6e6",
        "Highlight": "#4aa3ab",
        "HighlightedText": "#0d1114",
        "ToolTipBase": "#2c3035",
        "ToolTipText": "#e6e6e6",
        "PlaceholderText": "#9aa0a6",
        "Link": "#7cc4d8",
        "Mid": "#5f646a",
        "Edge": "#9aa1a8",
    },
    "high_contrast": {
        "Window": "#000000",
        "WindowText": "#ffffff",
        "Base": "#000000",
        "AlternateBase": "#1a1a1a",
        "Text": "#ffffff",
        "Button": "#000000",
        "ButtonText": "#ffffff",
        "Highlight": "#ffd400",
        "HighlightedText": "#000000",
        "ToolTipBase": "#000000",
        "ToolTipText": "#ffffff",
        "PlaceholderText": "#d0d0d0",
        "Link": "#00e5ff",
        "Mid": "#ffffff",
        "Edge": "#ffffff",
    },
}


def resolved(name: str) -> str:
    """The palette a theme name means right now ("system" becomes light or dark)."""
    if name in _COLOURS:
        return name
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


# Text roles: when disabled they fade halfway towards the window's colour, in every theme. (They used to be
# made darker, which in the light theme left a disabled toolbar button as dark as an enabled one.)
FOREGROUND = ("WindowText", "Text", "ButtonText", "PlaceholderText", "Link", "ToolTipText")


def towards(colour: str | QColor, background: str | QColor, share: float) -> QColor:
    """``colour`` moved ``share`` of the way towards ``background``."""
    one, two = QColor(colour), QColor(background)
    return QColor.fromRgbF(
        one.redF() + (two.redF() - one.redF()) * share,
        one.greenF() + (two.greenF() - one.greenF()) * share,
        one.blueF() + (two.blueF() - one.blueF()) * share,
    )


def palette_for(name: str) -> QPalette:
    palette = QPalette()
    colours = _COLOURS[resolved(name)]
    for role_name, colour in colours.items():
        if role_name == "Edge":
            continue  # not a palette role: the edge of fields and boxes, drawn by EdgeStyle
        role = getattr(QPalette.ColorRole, role_name)
        palette.setColor(role, QColor(colour))
        if role_name in FOREGROUND:
            disabled = towards(colour, colours["Window"], 0.5)
        else:  # backgrounds as before: a disabled field is greyed
            disabled = QColor(colour).darker(140) if name != "dark" else QColor(colour).lighter(60)
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply(name: str) -> str:
    """Apply a theme to the whole application; returns the palette used (light, dark or high_contrast)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "a theme is applied to a running QApplication"
    used = resolved(name)
    from recoverybox.ui.widgets.edge_style import EdgeStyle

    app.setStyle(EdgeStyle(_COLOURS[used]["Edge"], focus_width=3.0 if used == "high_contrast" else 2.0))
    app.setPalette(palette_for(used))
    app.setProperty("recoverybox_theme", used)
    return used


def edge_colour(name: str) -> QColor:
    """The colour of control edges (field borders, check box and radio indicators) in a theme."""
    return QColor(_COLOURS[resolved(name)]["Edge"])


def is_dark() -> bool:
    app = QApplication.instance()
    return app is not None and app.property("recoverybox_theme") in ("dark", "high_contrast")
