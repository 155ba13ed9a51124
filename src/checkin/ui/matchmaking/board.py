"""The matchmaking desk's board: the meetings of one slot (or one table's day) with their state, live.

Refreshes when the event file changes (a check-in here, or one merged from another station: the context polls
SQLite's data_version) and every 20 seconds, because "at risk" and "no-show" also follow the clock. One click
marks the selected meeting held or no-show; Rematch proposes a new partner for the guest who is here.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import agenda
from ...core import matchmaking as mm
from ..changes import Change
from ..context import AppContext
from ..failure_words import failure_words
from ..programme.clock import Clock
from ..programme.slot_picker import SlotPicker
from .states import BACKGROUND, state_label, state_word

if TYPE_CHECKING:
    from .rematch import RematchDialog

REFRESH_MS = 20_000
COLUMNS = 5  # time, table, partner 1, partner 2, state


class MatchmakingBoard(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.clock = Clock()
        self.statuses: list[mm.MeetingStatus] = []
        self.slot = SlotPicker("mmSlot", self.refresh)
        self.table_no = QLineEdit()
        self.table_no.setObjectName("mmTable")
        self.table_no.setPlaceholderText(self.tr("Table no. (its whole day)"))
        self.table_no.setClearButtonEnabled(True)
        self.table_no.setMinimumWidth(250)
        self.table_no.setMaximumWidth(280)
        self.table_no.setStyleSheet("font-size: 16px; padding: 4px;")
        self.table_no.textChanged.connect(self.refresh)
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("mmScan")
        self.scan_field.setPlaceholderText(self.tr("Scan a badge at the matchmaking area"))
        self.scan_field.setStyleSheet("font-size: 16px; padding: 4px;")
        self.scan_field.returnPressed.connect(self._scan)
        self.summary = QLabel()
        self.summary.setObjectName("mmSummary")
        self.summary.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.status = QLabel()
        self.status.setObjectName("mmStatus")
        self.status.setStyleSheet("font-size: 15px;")
        self.status.setWordWrap(True)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("mmBoard")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Table"), self.tr("Guest"), self.tr("Guest"),
                                              self.tr("State")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setStyleSheet("font-size: 15px;")
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        header = self.table.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)  # the guests share what the state column leaves

        self.held_button = QPushButton(self.tr("Mark held"))
        self.held_button.setObjectName("mmHeld")
        self.held_button.clicked.connect(lambda: self.mark_selected("held"))
        self.noshow_button = QPushButton(self.tr("Mark no-show"))
        self.noshow_button.setObjectName("mmNoShow")
        self.noshow_button.clicked.connect(lambda: self.mark_selected("no_show"))
        self.clear_button = QPushButton(self.tr("Take mark back"))
        self.clear_button.setObjectName("mmClear")
        self.clear_button.clicked.connect(lambda: self.mark_selected("planned"))
        self.rematch_button = QPushButton(self.tr("Rematch…"))
        self.rematch_button.setObjectName("mmRematch")
        self.rematch_button.clicked.connect(self.open_rematch)
        for b in (self.held_button, self.noshow_button, self.clear_button, self.rematch_button):
            b.setStyleSheet("font-size: 16px; padding: 6px 14px;")

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Slot")))
        bar.addWidget(self.slot)
        bar.addSpacing(12)
        bar.addWidget(self.table_no)
        bar.addSpacing(12)
        bar.addWidget(self.scan_field, 1)
        actions = QHBoxLayout()
        for b in (self.held_button, self.noshow_button, self.clear_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.rematch_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        ctx.subscribe(Change.MATCHMAKING | Change.ARRIVALS | Change.ATTENDEES, self.refresh)
        ctx.event_opened.connect(lambda: self.reload_slots(follow_clock=True))
        self.reload_slots()

    # --- time and slots ------------------------------------------------------------------------------
    def set_time(self, when: datetime | None) -> None:
        """Simulate a time (tests, rehearsals); None returns to the real clock."""
        self.clock.set(when)
        self.reload_slots(follow_clock=True)

    def reload_slots(self, *, follow_clock: bool = False) -> None:
        store = self.ctx.store
        if store is None:
            return
        now = self.clock.now().astimezone(store.tz)
        slots = agenda.slots(store, now.date()) or agenda.slots(store)
        keep = self.slot.currentData()
        # The slot running now, else the next one: what the desk is working on.
        index = max((i for i, s in enumerate(slots) if s <= now), default=0)
        if keep in slots and not follow_clock:
            index = slots.index(keep)
        self.slot.fill(slots, lambda s: f"{s:%d.%m. %H:%M}", index)
        self.refresh()

    def choose_slot(self, when: datetime) -> None:
        self.slot.choose(when)

    # --- the board -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        selected = self.selected()
        table = self.table_no.text().strip() or None
        now = self.clock.now()
        if table:
            day = now.astimezone(store.tz).date()
            self.statuses = mm.board(store, day=day, table=table, at=now)
        else:
            slot = self.slot.currentData()
            self.statuses = mm.board(store, slot=slot, at=now) if slot is not None else []
        self.table.setRowCount(len(self.statuses))
        for row, s in enumerate(self.statuses):
            self._fill_row(row, s)
        self.table.resizeRowsToContents()
        if selected is not None:
            for row, s in enumerate(self.statuses):
                if s.id == selected.id:
                    self.table.selectRow(row)
        counts = mm.counts(self.statuses)
        order = ("ready", "at_risk", "no_show", "held", "planned")
        if table and not self.statuses:
            self.summary.setText(self.tr("No meetings at table %1 today.").replace("%1", table))
        else:
            self.summary.setText("   ".join(f"{state_word(k)}: {counts[k]}" for k in order))
        self._update_buttons()

    def _fill_row(self, row: int, s: mm.MeetingStatus) -> None:
        store = self.ctx.store
        bg = BACKGROUND[s.state]
        cells = [f"{s.start:%H:%M}", s.table]
        for i in range(2):
            p = s.participants[i] if i < len(s.participants) else None
            if p is None:
                cells.append("")
                continue
            if p.arrived:
                at = datetime.fromisoformat(p.arrived_at).astimezone(store.tz)
                here = "✓ " + self.tr("here since %1").replace("%1", f"{at:%H:%M}")
            else:
                here = "✗ " + self.tr("not arrived")
            scanned = "  · " + self.tr("at the table") if p.id in s.scanned else ""
            cells.append(f"{p.name}\n{p.organisation}\n{here}{scanned}")
        state = state_label(s.state)
        if s.rematch_for is not None:
            state += "\n" + self.tr("rematch")
        if s.replaced_by:
            state += "\n" + self.tr("replaced by a rematch")
        if s.mark:
            state += "\n" + self.tr("marked at the desk")
        cells.append(state)
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setBackground(bg)
            if col == 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                font = item.font()
                font.setBold(True)
                font.setPointSize(font.pointSize() + 4)
                item.setFont(font)
            self.table.setItem(row, col, item)

    def selected(self) -> mm.MeetingStatus | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.statuses):
            return None
        return self.statuses[rows[0].row()]

    def select_meeting(self, meeting_id: int) -> bool:
        for row, s in enumerate(self.statuses):
            if s.id == meeting_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        s = self.selected()
        for b in (self.held_button, self.noshow_button):
            b.setEnabled(s is not None)
        self.clear_button.setEnabled(s is not None and s.mark is not None)
        self.rematch_button.setEnabled(s is not None and s.state in ("at_risk", "no_show", "planned")
                                       and any(p.arrived for p in s.participants) and not s.replaced_by)

    # --- actions -------------------------------------------------------------------------------------
    def mark_selected(self, state: str) -> None:
        s = self.selected()
        store = self.ctx.store
        if s is None or store is None:
            return
        try:
            mm.mark(store, s.id, state, at=self.clock.now())
        except (mm.MatchmakingError, PermissionError) as exc:
            self.status.setText(failure_words(exc))
            return
        words = {"held": self.tr("Table %1: marked held."), "no_show": self.tr("Table %1: marked no-show."),
                 "planned": self.tr("Table %1: mark taken back.")}[state]
        self.status.setText(words.replace("%1", s.table))
        self.ctx.notify(Change.MATCHMAKING)  # every screen (and, with the next sync, every station)

    def _scan(self) -> None:
        store = self.ctx.store
        text = self.scan_field.text().strip()
        self.scan_field.clear()
        if store is None or not text:
            return
        guest = store.attendee_by_code(text)
        if guest is None and text.isdigit():
            guest = store.attendee(int(text))
        if guest is None:
            self.status.setText(self.tr("Not a badge of this event."))
            return
        try:
            found = mm.scan(store, guest.id, at=self.clock.now())
        except mm.MatchmakingError:
            self.status.setText(self.tr("%1 has no meeting now.").replace("%1", guest.display_name))
            return
        self.choose_slot(found.start)
        self.ctx.notify(Change.MATCHMAKING)
        self.select_meeting(found.id)
        self.status.setText(self.tr("%1: table %2, %3.").replace("%1", guest.display_name)
                            .replace("%2", found.table).replace("%3", state_word(found.state)))

    def open_rematch(self) -> RematchDialog | None:
        from .rematch import RematchDialog

        s = self.selected()
        store = self.ctx.store
        if s is None or store is None:
            return None
        here = [p for p in s.participants if p.arrived]
        if not here:
            return None
        dialog = RematchDialog(self.ctx, here[0].id, s.start, self.clock.now(), self)
        dialog.booked.connect(self._after_booking)
        dialog.open()
        return dialog

    def _after_booking(self, meeting_id: int, message: str) -> None:
        self.ctx.notify(Change.MATCHMAKING)
        self.select_meeting(meeting_id)
        self.status.setText(message)

