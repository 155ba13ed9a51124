"""A layout that puts its buttons in rows and wraps to the next row when the window is narrow (a German
1366 px laptop must show every desk action, however long the translated labels)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class WrappingRow(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout's bookkeeping -------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        visible = [i for i in self._items if not i.isEmpty()]
        width = sum(i.sizeHint().width() for i in visible) + self._gap * max(0, len(visible) - 1)
        height = max((i.sizeHint().height() for i in visible), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        # As narrow as the widest single button: everything else wraps.
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    # --- placing -----------------------------------------------------------------------------------------
    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out left to right in rows of equal-width cells; returns the height used."""
        visible = [i for i in self._items if not i.isEmpty()]
        if not visible:
            return 0
        cell = max(i.sizeHint().width() for i in visible)
        columns = max(1, min(len(visible), (rect.width() + self._gap) // (cell + self._gap)))
        width = (rect.width() - self._gap * (columns - 1)) // columns
        row_height = max(i.sizeHint().height() for i in visible)
        for n, item in enumerate(visible):
            row, col = divmod(n, columns)
            if move:
                origin = QPoint(rect.x() + col * (width + self._gap), rect.y() + row * (row_height + self._gap))
                item.setGeometry(QRect(origin, QSize(width, row_height)))
        rows = (len(visible) + columns - 1) // columns
        return rows * row_height + (rows - 1) * self._gap
