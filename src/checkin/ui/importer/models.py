"""A light table model over lists of text (50,000 rows stay fast: nothing is copied into items)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

SKIPPED = QColor("#f8c9c4")  # light red: the row will not be imported
WARNED = QColor("#fde7a9")  # amber: imported, but look at it
HEADER = QColor("#cfe3f7")  # the detected header row

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self.colors: dict[int, QColor] = {}
        self.tips: dict[int, str] = {}
        self.words: dict[int, dict[str, str]] = {}  # column -> key -> shown (translated) text

    def set_rows(self, headers: list[str], rows: list[list[str]], colors: dict[int, QColor] | None = None,
                 tips: dict[int, str] | None = None, words: dict[int, dict[str, str]] | None = None) -> None:
        self.beginResetModel()
        self.headers, self.rows = headers, rows
        self.colors, self.tips, self.words = colors or {}, tips or {}, words or {}
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        cells = self.rows[row]
        value = cells[column] if column < len(cells) else ""
        table = self.words.get(column)
        return table.get(value, value) if table else value

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and row in self.colors:
            return QBrush(self.colors[row])
        if role == Qt.ItemDataRole.ForegroundRole and row in self.colors:
            return QBrush(QColor("#1a1a1a"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tips.get(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else ""
        return None
