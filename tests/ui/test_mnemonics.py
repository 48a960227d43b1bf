"""No Alt+letter belongs to two controls: in every dialog, on every settings tab and wizard page, and in every
view together with the menu bar (whose titles take Alt+letter too). A shared mnemonic makes Alt+A land on
whichever control Qt finds first, and a person who learned one never reaches the other."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget

from recoverybox.ui.main_window import VIEWS
from tests.ui.conftest import DIALOG_NAMES, make_dialog

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def owners(root: QWidget) -> dict[str, list[str]]:
    """Each Alt+letter reachable in ``root`` as it is shown now, with the controls that claim it."""
    claims: dict[str, list[str]] = defaultdict(list)

    def claim(text: str, what: str) -> None:
        if key := mnemonic(text):
            claims[key].append(f"{what} “{text}”")

    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.window() is not root.window():
            continue
        if isinstance(widget, QAbstractButton):
            claim(widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            claim(widget.text(), "label")
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            claim(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                claim(widget.tabText(index), "tab")
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                claim(action.text(), "menu")
    return claims


def duplicates(root: QWidget) -> dict[str, list[str]]:
    return {key: names for key, names in owners(root).items() if len(names) > 1}


def test_the_collector_sees_a_shared_mnemonic(qtbot):
    from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton

    box = QWidget()
    qtbot.addWidget(box)
    row = QHBoxLayout(box)
    row.addWidget(QCheckBox("&All day"))
    row.addWidget(QPushButton("&Address"))
    row.addWidget(QPushButton("Fish && chips"))
    box.show()
    assert list(duplicates(box)) == ["a"]
    assert mnemonic("Fish && chips") is None


@pytest.mark.parametrize("opener", DIALOG_NAMES)
def test_no_dialog_gives_one_alt_letter_to_two_controls(qtbot, window, seeded, opener):
    widget = make_dialog(opener, window, seeded)
    qtbot.addWidget(widget)
    widget.show()
    found = {}
    if opener == "settings":
        for index in range(widget.tabs.count()):
            widget.tabs.setCurrentIndex(index)
            found.update({f"tab {index} {k}": v for k, v in duplicates(widget).items()})
    elif opener == "wizard":
        for page_id in widget.pageIds():
            found.update({f"page {page_id} {k}": v for k, v in duplicates(widget).items()})
            widget.next()
    else:
        found = duplicates(widget)
    QTimer.singleShot(0, widget.close)
    assert found == {}


@pytest.mark.parametrize("key", [key for key, *_ in VIEWS])
def test_no_view_shares_an_alt_letter_with_another_control_or_the_menu_bar(qtbot, window, key):
    window.show_view(key)
    qtbot.waitUntil(lambda: window.stack.currentWidget().isVisible() and window.current_view_key() == key)
    claims = owners(window)
    found = {letter: names for letter, names in claims.items() if len(names) > 1}
    assert found == {}
