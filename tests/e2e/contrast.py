"""Contrast measured on rendered pixels (WCAG 2.2): text against its background (1.4.3 / 1.4.6) and the edges
of controls against what is next to them (1.4.11).

Everything here reads a window's grabbed image, never a palette: what counts is what was drawn. A widget's
geometry is mapped into the image (which may be scaled: ``QT_SCALE_FACTOR``).
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QStyle,
    QStyleOptionButton,
    QStyleOptionSlider,
    QTextEdit,
    QWidget,
)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: int) -> float:
    colour = QColor.fromRgb(rgb)
    return 0.2126 * _channel(colour.red()) + 0.7152 * _channel(colour.green()) + 0.0722 * _channel(colour.blue())


def ratio(one: int, two: int) -> float:
    a, b = sorted((luminance(one), luminance(two)), reverse=True)
    return (a + 0.05) / (b + 0.05)


class Shot:
    """A window's image and the means to find a widget in it."""

    def __init__(self, top: QWidget) -> None:
        pixmap = top.grab()
        self.top = top
        self.scale = pixmap.devicePixelRatio()
        self.image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)

    def rect_of(self, widget: QWidget, rect: QRect | None = None) -> QRect:
        local = rect if rect is not None else widget.rect()
        origin = widget.mapTo(self.top, QPoint(0, 0)) + local.topLeft()
        s = self.scale
        return QRect(round(origin.x() * s), round(origin.y() * s), round(local.width() * s), round(local.height() * s))

    def pixel(self, x: int, y: int) -> int | None:
        if 0 <= x < self.image.width() and 0 <= y < self.image.height():
            return self.image.pixel(x, y) & 0xFFFFFF
        return None

    def pixels(self, rect: QRect) -> list[int]:
        rect = rect.intersected(self.image.rect())
        xs, ys = range(rect.left(), rect.right() + 1), range(rect.top(), rect.bottom() + 1)
        return [self.image.pixel(x, y) & 0xFFFFFF for y in ys for x in xs]


def text_ratio(shot: Shot, widget: QWidget) -> tuple[float, str] | None:
    """The contrast of a label's or button's text: its strongest pixel against the commonest (the background).
    A button is read inside its edge, so the edge does not stand in for the text."""
    if isinstance(widget, (QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        option.initFrom(widget)
        contents = widget.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, widget)
        rect = shot.rect_of(widget, contents)
    else:
        inset = round(4 * shot.scale) if isinstance(widget, QAbstractButton) else 0
        rect = shot.rect_of(widget).adjusted(inset, inset, -inset, -inset)
    return _strongest(shot.pixels(rect))


def area_ratio(shot: Shot, widget: QWidget, area: QRect) -> tuple[float, str] | None:
    """The contrast of text painted in ``area`` of ``widget`` (an event block, a chip)."""
    return _strongest(shot.pixels(shot.rect_of(widget, area)))


def _strongest(values: list[int]) -> tuple[float, str] | None:
    if len(values) < 4:
        return None
    background, _count = Counter(values).most_common(1)[0]
    strongest = max(set(values), key=lambda value: ratio(value, background))
    return ratio(strongest, background), f"#{strongest:06x} on #{background:06x}"


def _best_edge(candidates: list[int], outside: int, inside: int | None) -> float:
    def score(value: int) -> float:
        against = ratio(value, outside)
        return against if inside is None else min(against, ratio(value, inside))

    return max((score(value) for value in candidates), default=0.0)


def _column_edge(shot: Shot, rect: QRect, inside_depth: int, focused: bool = False) -> tuple[float, str]:
    """A field's top and bottom edge along its middle column: against the pixel just outside and the one just
    inside (the worse of the two sides). A focused field's ring is measured against the outside only: what is
    inside may be selected text in the highlight colour."""
    x = rect.center().x()
    s = shot.scale
    results = []
    for top_side in (True, False):
        edge_y = rect.top() if top_side else rect.bottom()
        step = 1 if top_side else -1
        outside = shot.pixel(x, edge_y - step * round(2 * s))
        inside = shot.pixel(x, edge_y + step * round(inside_depth * s))
        if outside is None or inside is None:
            continue
        band = [shot.pixel(x, edge_y + step * k) for k in range(-1, round(2 * s) + 1)]
        found = _best_edge([p for p in band if p is not None], outside, None if focused else inside)
        results.append((found, f"edge against #{outside:06x} outside and #{inside:06x} inside"))
    return min(results, default=(99.0, ""))


def indicator_rect(widget: QWidget) -> QRect:
    option = QStyleOptionButton()
    option.initFrom(widget)
    element = (
        QStyle.SubElement.SE_RadioButtonIndicator
        if isinstance(widget, QRadioButton)
        else QStyle.SubElement.SE_CheckBoxIndicator
    )
    return widget.style().subElementRect(element, option, widget)


def slider_parts(slider: QSlider) -> tuple[QRect, QRect]:
    """Where a slider's style draws its groove and its handle (in the slider's own coordinates)."""
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    style, kind = slider.style(), QStyle.ComplexControl.CC_Slider
    return (
        style.subControlRect(kind, option, QStyle.SubControl.SC_SliderGroove, slider),
        style.subControlRect(kind, option, QStyle.SubControl.SC_SliderHandle, slider),
    )


def edge_ratio(shot: Shot, widget: QWidget) -> tuple[float, str] | None:
    """How well a control's boundary stands out (WCAG 1.4.11), or None for a widget that has none to measure."""
    s = shot.scale
    if isinstance(widget, (QCheckBox, QRadioButton)):
        box = shot.rect_of(widget, indicator_rect(widget))
        outside = shot.pixel(box.left() - round(2 * s), box.center().y())
        if outside is None:
            outside = shot.pixel(box.center().x(), box.top() - round(2 * s))
        if outside is None:
            return None
        ring = [shot.pixel(box.left() + k, box.center().y()) for k in range(0, round(3 * s))]
        ring += [shot.pixel(box.center().x(), box.top() + k) for k in range(0, round(3 * s))]
        found = _best_edge([p for p in ring if p is not None], outside, None)
        return found, f"indicator against #{outside:06x}"
    if isinstance(widget, QSlider):
        groove, handle = slider_parts(widget)
        # Measured away from the handle, on whichever side has more groove.
        left_room = handle.left() - groove.left()
        if left_room > groove.right() - handle.right():
            x = (groove.left() + handle.left()) // 2
        else:
            x = (handle.right() + groove.right()) // 2
        spot = shot.rect_of(widget, QRect(x, groove.top(), 1, groove.height()))
        outside = shot.pixel(spot.left(), spot.top() - round(3 * s))
        if outside is None:
            return None
        band = [shot.pixel(spot.left(), spot.top() + k) for k in range(-1, round(3 * s))]
        return _best_edge([p for p in band if p is not None], outside, None), f"groove against #{outside:06x}"
    if isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit)):
        inner = isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox))
        if isinstance(widget, QLineEdit) and (not widget.hasFrame() or inner):
            return None  # the line edit inside a combo or spin box: its parent's edge is measured
        if isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.frameShape() == widget.Shape.NoFrame:
            return None
        return _column_edge(shot, shot.rect_of(widget), 3, widget.hasFocus())
    return None


TEXT_WIDGETS = (QLabel, QAbstractButton)
EDGE_WIDGETS = (QCheckBox, QRadioButton, QSlider, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit)
