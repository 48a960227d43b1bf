"""Rows a person can scan: a bold first line with small labelled badges (``Mood 7``, ``Craving 3``), then a
line or two of words, wrapped to the list's width, never cut sideways.

Used by the journal and the urge log. A list keeps its columns of data (for sorting, tests and older code),
hides all but the first, and this delegate paints the first with everything a row says. Text from the data is
escaped here: only the search extract (already escaped, with ``<b>`` marks) is passed as rich text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QFontMetrics, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate

PADDING = 6
BADGE_GAP = 6
DOCUMENTS_KEPT = 200  # laid-out bodies kept for repainting (hover, selection, scrolling back)


@dataclass
class CardRow:
    """What one row shows. ``lines``: plain text, one paragraph each; ``rich``: an escaped rich-text body shown
    instead of the last paragraph (a search extract with its matches marked)."""

    title: str
    badges: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    rich: str | None = None


class CardRowDelegate(QStyledItemDelegate):
    """Paints ``describe(index)`` (a ``CardRow``) in a row ``body_lines`` + 1 lines tall."""

    def __init__(self, describe: Callable[[object], CardRow], body_lines: int = 2, parent=None) -> None:
        super().__init__(parent)
        self.describe = describe
        self.body_lines = body_lines
        self._documents: dict[tuple[str, int, str], QTextDocument] = {}

    def forget(self) -> None:
        self._documents.clear()

    def _title_font(self, font: QFont) -> QFont:
        bold = QFont(font)
        bold.setBold(True)
        return bold

    def _badge_font(self, font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        return small

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt override)
        metrics = QFontMetrics(option.font)
        title = max(
            QFontMetrics(self._title_font(option.font)).height(),
            QFontMetrics(self._badge_font(option.font)).height() + 4,
        )
        height = PADDING * 2 + title + 4 + metrics.lineSpacing() * self.body_lines
        return QSize(200, height)

    def _body_html(self, row: CardRow) -> str:
        paragraphs = [escape(line) for line in row.lines if line]
        if row.rich:
            paragraphs.append(row.rich)
        return "<br>".join(paragraphs)

    def paint(self, painter, option, index) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        row = self.describe(index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        painter.save()
        painter.setClipRect(option.rect)
        painter.setPen(colour)
        # The first line: title, then the badges, as many as fit.
        title_font = self._title_font(option.font)
        badge_font = self._badge_font(option.font)
        title_metrics, badge_metrics = QFontMetrics(title_font), QFontMetrics(badge_font)
        line_height = max(title_metrics.height(), badge_metrics.height() + 4)
        title_width = min(title_metrics.horizontalAdvance(row.title), rect.width())
        painter.setFont(title_font)
        title_text = title_metrics.elidedText(row.title, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            QRectF(rect.left(), rect.top(), title_width, line_height), Qt.AlignmentFlag.AlignVCenter, title_text
        )
        x = rect.left() + title_width + BADGE_GAP * 2
        painter.setFont(badge_font)
        for badge in row.badges:
            width = badge_metrics.horizontalAdvance(badge) + 10
            if x + width > rect.right():
                break
            box = QRectF(
                x, rect.top() + (line_height - badge_metrics.height() - 4) / 2, width, badge_metrics.height() + 4
            )
            painter.setRenderHint(painter.RenderHint.Antialiasing, True)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, badge)
            x += width + BADGE_GAP
        # The body: wrapped to the row's width, as many lines as the row holds.
        html = self._body_html(row)
        if html:
            top = rect.top() + line_height + 4
            height = QFontMetrics(option.font).lineSpacing() * self.body_lines
            key = (html, rect.width(), option.font.key())
            document = self._documents.pop(key, None)
            if document is None:
                document = QTextDocument()
                document.setDocumentMargin(0)
                document.setDefaultFont(option.font)
                document.setTextWidth(rect.width())
                document.setHtml(html)
            self._documents[key] = document
            if len(self._documents) > DOCUMENTS_KEPT:
                del self._documents[next(iter(self._documents))]
            painter.setClipRect(QRectF(rect.left(), top, rect.width(), height).toAlignedRect())
            painter.translate(rect.left(), top)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette.setColor(QPalette.ColorRole.Text, colour)
            document.documentLayout().draw(painter, context)
        painter.restore()
