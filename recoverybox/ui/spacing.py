"""One spacing scale for every screen: multiples of 4 pixels, named by use."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLayout, QWidget

TIGHT = 4  # between the parts of one control (a chip and its text, a row of day buttons)
NORMAL = 8  # between controls in a row or a column
LOOSE = 16  # around a page, between cards
PAGE_TOP = 12


def page(layout: QLayout) -> QLayout:
    """The margins and spacing of a view's outer layout."""
    layout.setContentsMargins(LOOSE, PAGE_TOP, LOOSE, PAGE_TOP)
    layout.setSpacing(NORMAL)
    return layout


# What a window manager's title bar and borders may take around a window (not known before it is shown).
FRAME_ALLOWANCE = QSize(16, 48)


def room_for_window(widget: QWidget) -> QSize:
    """The most a window may measure inside its frame on the screen it opens on (a desktop panel excluded)."""
    return widget.screen().availableGeometry().size() - FRAME_ALLOWANCE


class RememberedGeometry:
    """A window's size and place, kept in ``window.ini`` in the data folder between runs."""

    def __init__(self, window: QWidget, file: str, least: tuple[int, int]) -> None:
        from PySide6.QtCore import QSettings

        self.window = window
        self.settings = QSettings(file, QSettings.Format.IniFormat)
        geometry = self.settings.value("geometry")
        if geometry is None or not window.restoreGeometry(geometry):
            # A comfortable first size that fits, with its title bar and borders, on the screen it opens on.
            room = room_for_window(window)
            window.resize(max(least[0], min(1100, room.width())), max(least[1], min(720, room.height())))

    def remember(self) -> None:
        self.settings.setValue("geometry", self.window.saveGeometry())
        self.settings.sync()
