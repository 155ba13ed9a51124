"""Audit screen: the journal newest first, filtered by station, operator, kind and time; CSV export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDateTime, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import audit
from ..changes import Change
from ..context import AppContext
from ..i18n import date_time_format
from ..ops import QueryOp

LIMIT = 5000  # the view shows the newest 5,000; the export writes all that match


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[audit.AuditRow] = []
        self._headers = [self.tr("Time"), self.tr("Station"), self.tr("Operator"), self.tr("Kind"),
                         self.tr("Attendee"), self.tr("Details")]

    def set_rows(self, rows: list[audit.AuditRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) or not index.isValid():
            return None
        r = self.rows[index.row()]
        # The record's signature is for stations, not for a reader: it filled the column before what happened
        # (point, source, reason). The CSV export keeps it.
        details = ", ".join(f"{k}: {v}" for k, v in r.details.items() if k != "sig" and v not in ({}, [], None, ""))
        if role == Qt.ItemDataRole.ToolTipRole:
            return details if index.column() == 5 and details else None
        return (r.local[:19].replace("T", " "), r.station, r.operator, r.kind,
                "" if r.attendee_id is None else str(r.attendee_id), details)[index.column()]


class AuditScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        heading = QLabel(self.tr("Who did what at which station"))
        heading.setStyleSheet("font-size: 22px; font-weight: 600;")
        self.station = QComboBox()
        self.operator = QComboBox()
        self.kind = QComboBox()
        for combo in (self.station, self.operator, self.kind):
            combo.setMinimumWidth(160)
            combo.currentIndexChanged.connect(self.refresh)
        self.use_since = QCheckBox(self.tr("since"))
        self.since = QDateTimeEdit()
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat(date_time_format())
        self.since.setEnabled(False)
        self.use_since.toggled.connect(self.since.setEnabled)
        self.use_since.toggled.connect(self.refresh)
        self.since.dateTimeChanged.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self._choose_export)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Station"), self.station), (self.tr("Operator"), self.operator),
                              (self.tr("Kind"), self.kind)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.use_since)
        filters.addWidget(self.since)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setStyleSheet("font-size: 15px;")
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.summary = QLabel()
        self.note = QLabel(self.tr("No guest names, emails or notes are shown or exported here: attendees by id."))
        self.note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        self._filling = False
        ctx.subscribe(Change.ALL, self.refresh)
        ctx.event_opened.connect(self._fill_choices)
        self._fill_choices()

    def _fill_choices(self) -> None:
        if self.ctx.store is None:
            return
        # distinct stations, operators and kinds of the whole journal: on the worker
        QueryOp(self.ctx, self, audit.choices, self._show_choices).run_in_background()

    def _show_choices(self, found: dict[str, list[str]]) -> None:
        store = self.ctx.store
        if store is None:
            return
        self._filling = True
        for combo, values in ((self.station, found["stations"]), (self.operator, found["operators"]),
                              (self.kind, found["kinds"])):
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("all"), None)
            for value in values:
                combo.addItem(value or self.tr("(none)"), value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))
        if store.event.start:
            self.since.setDateTime(QDateTime.fromString(f"{store.event.start.isoformat()}T00:00", Qt.DateFormat.ISODate))
        self._filling = False
        self.refresh()

    def current_filter(self) -> audit.AuditFilter:
        since = None
        if self.use_since.isChecked():
            local = datetime.fromisoformat(self.since.dateTime().toString("yyyy-MM-ddTHH:mm:ss"))
            since = local.replace(tzinfo=self.ctx.store.tz if self.ctx.store else UTC)
        return audit.AuditFilter(station=self.station.currentData(), operator=self.operator.currentData(),
                                 kind=self.kind.currentData(), since=since)

    def refresh(self) -> None:
        if self.ctx.store is None or self._filling:
            return
        wanted = self.current_filter()
        QueryOp(self.ctx, self, lambda store: list(audit.rows(store, wanted, limit=LIMIT)),
                self._show_rows).run_in_background()

    def _show_rows(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        more = self.tr(" (newest %1 shown)").replace("%1", str(LIMIT)) if len(rows) >= LIMIT else ""
        self.summary.setText(self.tr("%1 records").replace("%1", str(len(rows))) + more)

    def export_to(self, path: str | Path, done: Callable[[Path], None] | None = None) -> None:
        """Write the filtered journal as CSV on the worker; ``done(path)`` (default: tell the user) after."""
        wanted = self.current_filter()
        QueryOp(self.ctx, self, lambda store: audit.write_csv(path, list(audit.rows(store, wanted))),
                done or self._exported).failure(self._export_failed).run_in_background()

    def _choose_export(self) -> None:
        if self.ctx.store is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export audit"), "audit.csv", self.tr("CSV (*.csv)"))
        if not path:
            return
        self.export_to(path)

    def _export_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Export failed"), message)

    def _exported(self, out: Path) -> None:
        QMessageBox.information(self, self.tr("Audit exported"),
                                self.tr("Written to %1. It contains: station, operator, time, kind, attendee id "
                                        "and details without personal data.").replace("%1", str(out)))
