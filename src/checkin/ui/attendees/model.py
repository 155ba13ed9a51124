"""A table model that holds only row ids and fetches rows page by page (smooth with 100,000 attendees)."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ...core.attendee_table import first_arrivals_of
from ...core.serialize import local_iso
from ...core.store import EventStore

PAGE = 200
CACHE_PAGES = 20

# column keys in display order (core.attendee_table.SORT_ORDERS says how each sorts)
COLUMNS: tuple[str, ...] = ("name", "organisation", "country", "category", "status", "arrived")


class AttendeeTableModel(QAbstractTableModel):
    """Rows are read page by page on the GUI thread (200 guests: a point read); the full id list in the wanted
    order is O(guests) and read on the DB worker by the screen (``ids_wanted`` -> ``show_ids``)."""

    ids_wanted = Signal()  # the sort order, the filter or the event changed

    def __init__(self, store: EventStore | None = None, parent=None) -> None:
        super().__init__(parent)
        self._store = store
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self._sort_column = COLUMNS[0]
        self._descending = False
        self._filter = ""
        self._labels = {
            "guest": self.tr("Guest"), "speaker": self.tr("Speaker"), "press": self.tr("Press"),
            "staff": self.tr("Staff"), "exhibitor": self.tr("Exhibitor"), "ministry": self.tr("Ministry"),
            "invited": self.tr("invited"), "registered": self.tr("registered"), "cancelled": self.tr("cancelled"),
        }
        self._headers = [self.tr("Name"), self.tr("Organisation"), self.tr("Country"), self.tr("Category"),
                         self.tr("Status"), self.tr("Arrived")]

    # --- data source -----------------------------------------------------------------------------------
    def set_store(self, store: EventStore | None) -> None:
        self._store = store
        self.reload()

    def set_filter(self, text: str) -> None:
        self._filter = text.strip()
        self.reload()

    def reload(self) -> None:
        self.ids_wanted.emit()

    def wanted(self) -> tuple[str, str, bool]:
        """(sort column key, filter text, descending): what ``show_ids`` must answer."""
        return self._sort_column, self._filter, self._descending

    def show_ids(self, ids: list[int], wanted: tuple[str, str, bool]) -> None:
        """The ids read for ``wanted`` (ascending); an answer to an older question is dropped."""
        if wanted != self.wanted():
            return
        ids = ids[::-1] if self._descending else list(ids)
        if ids == self._ids:  # the same rows (a correction, not a new guest): keep the scroll position
            self.refresh_rows()
            return
        self.beginResetModel()
        self._pages.clear()
        self._ids = ids
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Data changed but not the set of rows: drop cached pages, repaint."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def attendee_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def _page(self, number: int) -> list[tuple[Any, ...]]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        ids = self._ids[number * PAGE:(number + 1) * PAGE]
        assert self._store is not None
        people = {a.id: a for a in self._store.attendees_by_ids(ids)}
        arrived = first_arrivals_of(self._store, ids)
        tz = self._store.tz
        page = []
        for i in ids:
            a = people.get(i)
            if a is None:
                page.append(("", "", "", "", "", "", False))
                continue
            name = f"{a.last_name}, {a.first_name}" + (f" ({a.title})" if a.title else "")
            at = local_iso(arrived.get(i), tz)
            page.append((name, a.organisation, a.country, self._labels.get(a.category, a.category),
                         self._labels.get(a.status, a.status),
                         _short_time(at), a.attention))
        self._pages[number] = page
        if len(self._pages) > CACHE_PAGES:
            self._pages.popitem(last=False)
        return page

    # --- Qt model API ----------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._page(index.row() // PAGE)[index.row() % PAGE]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 5 and row[5]:
            return QBrush(QColor("#d7f5dd"))
        if role == Qt.ItemDataRole.ForegroundRole and row[4] == self._labels["cancelled"]:
            return QBrush(QColor("#8a8a8a"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = COLUMNS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


def _short_time(local: str | None) -> str:
    """"04.12. 09:12": day and time of the venue, short enough for the column (the ISO "2026-12-04 …" was cut
    just before the time, the part a desk worker looks for)."""
    if not local:
        return ""
    return f"{local[8:10]}.{local[5:7]}. {local[11:16]}"
