"""The rematch dialog: present guests free in the slot, best match first (shared sector, interests, country);
Book writes the meeting (a journal record every station applies) and prints both guests' new agenda slips."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import matchmaking as mm
from ..context import AppContext
from ..failure_words import failure_words


class RematchDialog(QDialog):
    booked = Signal(object, str)  # new meeting id (beyond a Qt int), a sentence for the status line

    def __init__(self, ctx: AppContext, attendee_id: int, slot: datetime, now: datetime,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rematchDialog")
        self.ctx, self.attendee_id, self.slot, self.now = ctx, attendee_id, slot, now
        self.booking: mm.Booking | None = None
        self.slips: list[Path] = []
        store = ctx.store
        guest = store.attendee(attendee_id) if store else None
        self.setWindowTitle(self.tr("Rematch"))
        self.resize(1000, 520)
        self.heading = QLabel()
        self.heading.setObjectName("rematchHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.message = QLabel()
        self.message.setObjectName("rematchMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 15px;")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("rematchSuggestions")
        self.table.setHorizontalHeaderLabels([self.tr("Guest"), self.tr("Organisation"), self.tr("Country"),
                                              self.tr("In common")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setStyleSheet("font-size: 15px;")
        # What the two have in common is why one picks a guest: it stays in view; a long organisation (a
        # ministry's full name) wraps instead of pushing it off to the right.
        for col, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch)):
            self.table.horizontalHeader().setSectionResizeMode(col, mode)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.itemActivated.connect(lambda _item: self.book_selected())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.book_button = self.buttons.addButton(self.tr("Book and print slips"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.book_button.setObjectName("rematchBook")
        self.buttons.accepted.connect(self.book_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.suggestions: list[mm.Suggestion] = []
        name = guest.display_name if guest else f"#{attendee_id}"
        self.heading.setText(self.tr("A new partner for %1 at %2").replace("%1", name)
                             .replace("%2", f"{slot:%H:%M}"))
        self.load()

    def load(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        try:
            offer = mm.suggest(store, self.attendee_id, self.slot, at=self.now)
        except mm.MatchmakingError as exc:
            self.message.setText(failure_words(exc))
            self.suggestions = []
            self.table.setRowCount(0)
            self._update()
            return
        self.suggestions = offer.suggestions
        where = (self.tr("at table %1").replace("%1", offer.table) if offer.table
                 else self.tr("at a free table"))
        self.message.setText(self.tr("Present guests who are free at %1, best match first; the meeting will be %2.")
                             .replace("%1", f"{self.slot:%H:%M}").replace("%2", where)
                             if self.suggestions else self.tr("Nobody who is here is free in this slot."))
        self.table.setRowCount(len(self.suggestions))
        for row, s in enumerate(self.suggestions):
            common = self._common(s.shared)
            if s.stranded_meeting is not None:
                common += "  · " + self.tr("their partner is missing too")
            for col, text in enumerate((s.name, s.organisation, s.country, common)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        if self.suggestions:
            self.table.selectRow(0)
        self._update()

    def _common(self, shared: list[tuple[str, str]]) -> str:
        """ "sector: Photonik; interests: Optik, Leichtbau" (the import's column names, the country in words)."""
        by_field: dict[str, list[str]] = {}
        for name, value in shared:
            by_field.setdefault(self.tr("country") if name == "country" else name, []).append(value)
        return "; ".join(f"{name}: {', '.join(values)}" for name, values in by_field.items()) or "–"

    def _update(self) -> None:
        self.book_button.setEnabled(bool(self.table.selectionModel().selectedRows()) and self.booking is None)

    def book_selected(self) -> mm.Booking | None:
        rows = self.table.selectionModel().selectedRows()
        store = self.ctx.store
        if not rows or store is None or self.booking is not None:
            return None
        chosen = self.suggestions[rows[0].row()]
        try:
            self.booking = mm.book(store, self.attendee_id, self.slot, chosen.attendee_id, at=self.now)
        except (mm.MatchmakingError, PermissionError) as exc:
            self.message.setText(failure_words(exc))
            return None
        from .slips import print_slips

        self.slips, printed_on = print_slips(self.ctx, [self.attendee_id, chosen.attendee_id],
                                             self.slot.date().isoformat(), self.now)
        text = self.tr("Booked: table %1 at %2 with %3.").replace("%1", self.booking.table) \
            .replace("%2", f"{self.slot:%H:%M}").replace("%3", chosen.name)
        if printed_on:
            text += " " + self.tr("Slips sent to %1.").replace("%1", printed_on)
        elif self.slips:
            text += " " + self.tr("Slips saved in %1.").replace("%1", str(self.slips[0].parent))
        self.booked.emit(self.booking.meeting_id, text)
        self.accept()
        return self.booking
