"""Fusion with control edges a person can see in every theme.

Fusion draws the outline of fields, check boxes, radio buttons, slider grooves and frames a little darker than
the window colour: about 2:1 against white in the light theme, and black on black in high contrast (black
darkened is black). This style keeps Fusion and redraws only those edges in the theme's ``Edge`` colour, chosen
to stand at least 3:1 against both the window and the inside of a field (WCAG 2.2, 1.4.11); a field with the
keyboard gets a ring in the highlight colour (two pixels, three in high contrast). A click on a slider's track
moves it there.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QRegion
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QStyleOptionComplex, QWidget

_FIELDS_AND_BUTTONS = (QStyle.PrimitiveElement.PE_FrameLineEdit, QStyle.PrimitiveElement.PE_PanelButtonCommand)


class EdgeStyle(QProxyStyle):
    def __init__(self, edge: str, focus_width: float = 2.0) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.edge = QColor(edge)
        self.focus_width = focus_width

    # -- helpers ----------------------------------------------------------------------------------------
    def _colour(self, option: QStyleOption) -> QColor:
        colour = QColor(self.edge)
        if not option.state & QStyle.StateFlag.State_Enabled:
            colour.setAlphaF(0.55)  # a disabled control keeps a visible, quieter edge
        return colour

    def _focused(self, option: QStyleOption) -> bool:
        return bool(option.state & QStyle.StateFlag.State_HasFocus) and bool(
            option.state & QStyle.StateFlag.State_Enabled
        )

    @staticmethod
    def _strips(painter: QPainter, rect: QRect, colour: QColor, width: float = 1.0, corner: bool = True) -> None:
        """An edge of filled strips, not stroked lines: whole device pixels at any scale (a stroked one-pixel
        line at 125% is smeared over two pixels at half strength). ``corner``: the corner pixels are left out,
        which reads as slightly rounded."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        r = QRectF(rect)
        cut = 1.0 if corner else 0.0
        painter.fillRect(QRectF(r.left() + cut, r.top(), r.width() - 2 * cut, width), colour)
        painter.fillRect(QRectF(r.left() + cut, r.bottom() - width, r.width() - 2 * cut, width), colour)
        painter.fillRect(QRectF(r.left(), r.top() + cut, width, r.height() - 2 * cut), colour)
        painter.fillRect(QRectF(r.right() - width, r.top() + cut, width, r.height() - 2 * cut), colour)
        painter.restore()

    def _outline(self, painter: QPainter, option: QStyleOption) -> None:
        if self._focused(option):
            self._strips(painter, option.rect, option.palette.highlight().color(), self.focus_width)
        else:
            self._strips(painter, option.rect, self._colour(option))

    # -- drawing ----------------------------------------------------------------------------------------
    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        super().drawPrimitive(element, option, painter, widget)
        kind = QStyle.PrimitiveElement
        if element in _FIELDS_AND_BUTTONS:
            if element == kind.PE_PanelButtonCommand and option.state & QStyle.StateFlag.State_HasFocus:
                return  # a focused button already has Fusion's highlight ring
            self._outline(painter, option)
        elif element == kind.PE_IndicatorCheckBox:
            self._strips(painter, option.rect, self._colour(option), corner=False)
        elif element == kind.PE_IndicatorRadioButton:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            pen = QPen(self._colour(option), 1.6)
            painter.setPen(pen)
            painter.drawEllipse(QRectF(option.rect).adjusted(1.3, 1.3, -1.3, -1.3))
            painter.restore()
        elif element == kind.PE_Frame and option.rect.width() > 8 and option.rect.height() > 8:
            # Text areas, lists and tables: a plain edge (a focused text area: the highlight ring).
            self._outline(painter, option)

    def drawComplexControl(self, control, option: QStyleOptionComplex, painter, widget=None) -> None:  # noqa: N802
        kind = QStyle.ComplexControl
        super().drawComplexControl(control, option, painter, widget)
        if control in (kind.CC_SpinBox, kind.CC_ComboBox) and getattr(option, "frame", False):
            self._outline(painter, option)
        elif control == kind.CC_Slider:
            self._slider_groove(option, painter, widget)

    def _slider_groove(self, option, painter: QPainter, widget: QWidget | None) -> None:
        # Qt takes no widget here (a null pointer); PySide6's stubs ask for one.
        style_widget: QWidget = widget  # type: ignore[assignment]
        slider, parts = QStyle.ComplexControl.CC_Slider, QStyle.SubControl
        groove = self.subControlRect(slider, option, parts.SC_SliderGroove, style_widget)
        handle = self.subControlRect(slider, option, parts.SC_SliderHandle, style_widget)
        if not groove.isValid():
            return
        has_handle = bool(option.subControls & QStyle.SubControl.SC_SliderHandle)  # none: no value chosen yet
        colour = self._colour(option)
        painter.save()
        if has_handle:  # the groove's edge goes around the handle, not over it
            around = QRegion(option.rect).subtracted(QRegion(handle.adjusted(-1, -1, 1, 1)))
            painter.setClipRegion(around, Qt.ClipOperation.IntersectClip)
        self._strips(painter, groove, colour)
        painter.restore()
        if has_handle:
            focused = self._focused(option)
            ring = option.palette.highlight().color() if focused else colour
            self._strips(painter, handle, ring, self.focus_width if focused else 1.0)

    def styleHint(self, hint, option=None, widget=None, returnData=None) -> int:  # noqa: N802
        if hint == QStyle.StyleHint.SH_Slider_AbsoluteSetButtons:
            return int(Qt.MouseButton.LeftButton.value)  # a click on the track jumps there
        if hint == QStyle.StyleHint.SH_Slider_PageSetButtons:
            return int(Qt.MouseButton.NoButton.value)
        return super().styleHint(hint, option, widget, returnData)
