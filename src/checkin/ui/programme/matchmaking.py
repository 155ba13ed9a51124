"""Matchmaking: the tables of one slot with their pairs; who has not arrived; lookup by table number."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import agenda
from ..context import AppContext
from .clock import Clock
from .person import ARRIVED_BG, MISSING_BG
from .slot_picker import SlotPicker


class MatchmakingPanel(QWidget):
    def __init__(self, ctx: AppContext, clock: Clock) -> None:
        super().__init__()
        self.ctx = ctx
        self.clock = clock
        self.day: str | None = None
        self.meetings: list[agenda.MeetingView] = []
        self.slot = SlotPicker("slotChooser", self.refresh)
        self.not_arrived = QCheckBox(self.tr("Only meetings where a partner has not arrived"))
        self.not_arrived.setObjectName("notArrivedFilter")
        self.not_arrived.setStyleSheet("font-size: 15px;")
        self.not_arrived.toggled.connect(self.refresh)
        self.table_no = QLineEdit()
        self.table_no.setObjectName("tableLookup")
        self.table_no.setPlaceholderText(self.tr("Table no."))
        self.table_no.setClearButtonEnabled(True)
        self.table_no.setMaximumWidth(140)
        self.table_no.setStyleSheet("font-size: 16px; padding: 4px;")
        self.table_no.textChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("matchmakingSummary")
        self.summary.setStyleSheet("font-size: 15px;")

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("matchmakingTable")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Table"), self.tr("Partner 1"),
                                              self.tr("Arrived?"), self.tr("Partner 2"), self.tr("Arrived?")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setStyleSheet("font-size: 15px;")
        self.table.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Slot")))
        bar.addWidget(self.slot)
        bar.addSpacing(16)
        bar.addWidget(self.not_arrived)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Table")))
        bar.addWidget(self.table_no)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def set_day(self, day: str | None) -> None:
        store = self.ctx.store
        if store is None:
            return
        if day != self.day or self.slot.count() == 0:
            self.day = day
            keep = self.slot.currentData()
            slots = agenda.slots(store, day)
            # Default to the slot running now (or the next one), so the helper sees the current tables.
            now = self.clock.now().astimezone(store.tz)
            current = max((i for i, s in enumerate(slots) if s <= now < s + timedelta(minutes=30)), default=None)
            upcoming = next((i for i, s in enumerate(slots) if s > now), None)
            index = slots.index(keep) if keep is not None and keep in slots else (
                current if current is not None else upcoming)
            self.slot.fill(slots, lambda s: f"{s:%H:%M}–", index, all_label=self.tr("All slots"))
        self.refresh()

    def choose_slot(self, when: datetime | None) -> None:
        self.slot.choose(when)

    def refresh(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        table = self.table_no.text().strip() or None
        slot = None if table else self.slot.currentData()  # a table lookup shows that table's whole day
        self.meetings = agenda.meetings(store, day=self.day, slot=slot, table=table,
                                        not_arrived=self.not_arrived.isChecked(), replaced=False)
        self.table.setRowCount(len(self.meetings))
        missing = 0
        for row, m in enumerate(self.meetings):
            missing += bool(m.missing)
            self.table.setItem(row, 0, QTableWidgetItem(f"{m.start:%H:%M}–{m.end:%H:%M}"))
            table_item = QTableWidgetItem(m.table)
            table_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            font = table_item.font()
            font.setBold(True)
            font.setPointSize(font.pointSize() + 3)
            table_item.setFont(font)
            self.table.setItem(row, 1, table_item)
            for i in range(2):
                p = m.participants[i] if i < len(m.participants) else None
                self.table.setItem(row, 2 + 2 * i, QTableWidgetItem(f"{p.name}\n{p.organisation}" if p else ""))
                if p is None:
                    continue
                if p.arrived:
                    at = datetime.fromisoformat(p.arrived_at).astimezone(store.tz)
                    cell = QTableWidgetItem("✓ " + self.tr("yes, %1").replace("%1", f"{at:%H:%M}"))
                    cell.setBackground(ARRIVED_BG)
                else:
                    cell = QTableWidgetItem("✗ " + self.tr("not yet"))
                    cell.setBackground(MISSING_BG)
                self.table.setItem(row, 3 + 2 * i, cell)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        if table and not self.meetings:
            self.summary.setText(self.tr("No meetings at table %1.").replace("%1", table))
        else:
            self.summary.setText(self.tr("%1 meetings, %2 with a partner not arrived yet")
                                 .replace("%1", str(len(self.meetings))).replace("%2", str(missing)))
