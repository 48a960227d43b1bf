"""A row of buttons that wraps onto a second line when its words do not fit (German, or large text), instead
of squeezing each button until its words are cut."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget, QWidgetItem


class FlowRow(QLayout):
    """Items left to right, each at its preferred size, going on to the next line where the width ends.
    ``addWidget(widget, end=True)`` puts a widget at the end of its line, pushed right (as a stretch would)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._at_end: set[int] = set()
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # ---- QLayout ---------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def addWidget(self, widget: QWidget, end: bool = False) -> None:  # noqa: N802
        self.addChildWidget(widget)
        if end:
            self._at_end.add(len(self._items))
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if not 0 <= index < len(self._items):
            return None
        self._at_end = {i if i < index else i - 1 for i in self._at_end if i != index}
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self._spacing * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """As wide as its widest item: everything else can go on another line."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize()).expandedTo(QSize(item.sizeHint().width(), 0))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # ---- placing ---------------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not _hidden(item)]

    def _place(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[tuple[QLayoutItem, QSize, bool]]] = [[]]
        used = 0
        for index, item in enumerate(self._items):
            if _hidden(item):
                continue
            size = item.sizeHint().boundedTo(item.maximumSize()).expandedTo(item.minimumSize())
            gap = self._spacing if lines[-1] else 0
            if lines[-1] and used + gap + size.width() > area.width():
                lines.append([])
                used, gap = 0, 0
            lines[-1].append((item, size, index in self._at_end))
            used += gap + size.width()
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(size.height() for _item, size, _end in line)
            ends = [entry for entry in line if entry[2]]
            starts = [entry for entry in line if not entry[2]]
            x = area.x()
            for item, size, _end in starts:
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (height - size.height()) // 2), size))
                x += size.width() + self._spacing
            x = area.right() + 1
            for item, size, _end in reversed(ends):
                x -= size.width()
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (height - size.height()) // 2), size))
                x -= self._spacing
            y += height + self._spacing
        return y - self._spacing - area.y() + margins.top() + margins.bottom() if y > area.y() else 0


def _hidden(item: QLayoutItem) -> bool:
    widget = item.widget()
    return widget is not None and widget.isHidden()


def flow_row(*widgets: QWidget, end: tuple[QWidget, ...] = ()) -> QWidget:
    """A widget holding ``widgets`` (then ``end``, pushed right) in a ``FlowRow``."""
    holder = QWidget()
    holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    row = FlowRow(holder)
    for widget in widgets:
        row.addWidget(widget)
    for widget in end:
        row.addWidget(widget, end=True)
    return holder
