"""The attendee list screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.attendee_table import sorted_ids
from ..changes import Change, ChangeNotice
from ..context import AppContext
from ..ops import QueryOp
from .model import AttendeeTableModel


class AttendeesScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Search name, organisation or email …"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setObjectName("attendeeFilter")
        self.count = QLabel()
        self.model = AttendeeTableModel(ctx.store, self)
        self.model.ids_wanted.connect(self._read_ids)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((300, 380, 80, 110, 110)):  # the rest for the arrival, shown whole
            self.table.setColumnWidth(col, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        # Debounce: one query per pause in typing, not per key.
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(lambda _text: self._debounce.start())
        ctx.event_opened.connect(lambda: self.model.set_store(ctx.store))
        ctx.subscribe(Change.ATTENDEES | Change.ARRIVALS, self._changed, with_notice=True)
        self.model.modelReset.connect(self._update_count)
        self._update_count()

    def _changed(self, notice: ChangeNotice) -> None:
        if notice.concerns(Change.ATTENDEES):
            self._read_ids()  # a walk-in or an import may add rows
        else:
            self.model.refresh_rows()  # arrivals change cells, not rows

    def _read_ids(self) -> None:
        wanted = self.model.wanted()
        if self.ctx.store is None:
            self.model.show_ids([], wanted)
            return
        column, text, _descending = wanted
        # Sorting or filtering 100,000 guests: on the worker, the table stays scrollable meanwhile.
        QueryOp(self.ctx, self, lambda store: sorted_ids(store, column, text),
                lambda ids: self.model.show_ids(ids, wanted)).run_in_background()

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filter.text())

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n attendee(s) shown", "", self.model.rowCount()))
