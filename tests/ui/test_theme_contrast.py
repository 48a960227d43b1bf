"""Colours the app chooses, checked against WCAG 2.2 in every theme (the layout test measures the pixels)."""

import pytest
from PySide6.QtGui import QPalette

from recoverybox.ui import theme
from recoverybox.ui.event_style import KIND_COLOURS, block_colours, contrast


@pytest.fixture
def themed(qapp):
    yield
    theme.apply("light")


@pytest.mark.parametrize("name", ["light", "dark", "high_contrast"])
def test_event_words_read_on_their_fill_ended_or_not(themed, name):
    """Found: an ended event was a see-through block with white words (about 2.3:1 in the light theme)."""
    theme.apply(name)
    needs = 7.0 if name == "high_contrast" else 4.5
    for kind in KIND_COLOURS:
        for past in (False, True):
            fill, text = block_colours(kind, past)
            assert fill.alpha() == 255  # opaque: what it sits on cannot wash it out
            assert contrast(fill, text) >= needs, (kind, past, fill.name(), text.name())


@pytest.mark.parametrize("name", ["light", "dark", "high_contrast"])
def test_control_edges_stand_out_against_the_window_and_a_field(themed, name):
    palette = theme.palette_for(name)
    edge = theme.edge_colour(name)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        assert contrast(edge, palette.color(role)) >= 3.0, role
    needs = 7.0 if name == "high_contrast" else 4.5
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.PlaceholderText):
        assert contrast(palette.color(role), palette.color(QPalette.ColorRole.Base)) >= needs, role
    assert contrast(palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)) >= needs
