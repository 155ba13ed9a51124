"""Signage for matchmaking (issue 23): the next slot's table plan for the matchmaking area, and a strip of the
day's table changes under the entrance board. Bilingual at once, like the rest of the signage."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...core.matchmaking import PlanRow, TablePlan

BG, FG, MUTED, ACCENT = "#0b1f33", "#ffffff", "#9fb3c8", "#ffd166"
TITLE = "Matchmaking {time} · Tischplan / Table plan"
NO_SLOT = "Heute keine weiteren 1:1-Gespräche · No more 1:1 meetings today"
NEW = "Neu · New"
CHANGES = "Matchmaking {time} · Änderungen / Changes"
TABLE = "Tisch/Table {table}"
WHERE = ("Matchmaking {time}: Tischplan im Matchmaking-Bereich · table plan at the matchmaking area "
         "({tables} Tische/tables)")
SOON_MINUTES = 30  # the entrance points to the plan in the half hour before a slot
MAX_COLUMNS = 3


def _who(row: PlanRow, sep: str = "  ·  ") -> str:
    return sep.join(name for name, _org in row.people) or "–"


class TablePlanView(QFrame):
    """The whole plan, as large as fits: type shrinks with the number of tables."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tablePlan")
        self.setStyleSheet(f"QFrame#tablePlan {{ background: {BG}; }} QLabel {{ color: {FG}; }}")
        self.title = QLabel()
        self.title.setObjectName("tablePlanTitle")
        self.title.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(28)
        self.grid.setVerticalSpacing(3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 24, 36, 24)
        layout.addWidget(self.title)
        layout.addSpacing(10)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.cells: list[QWidget] = []
        self.plan: TablePlan | None = None

    def show_plan(self, plan: TablePlan) -> None:
        self.plan = plan
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.cells = []
        if plan.slot is None:
            self.title.setText(NO_SLOT)
            self.title.setStyleSheet(f"font-size: {self._px(30)}px; color: {MUTED};")
            return
        self.title.setText(TITLE.format(time=f"{plan.slot:%H:%M}"))
        self.title.setStyleSheet(f"font-size: {self._px(34)}px; font-weight: 700; color: {ACCENT};")
        columns = MAX_COLUMNS if len(plan.rows) > 12 else (2 if len(plan.rows) > 6 else 1)
        per_column = -(-len(plan.rows) // columns) if plan.rows else 0
        # Each table takes two lines (one per guest): a guest must find the whole name, so type shrinks instead.
        space = self.height() - self.title.sizeHint().height() - 60
        size = max(10, min(26, int(space / max(1, per_column) / 2.5))) if self.height() > 100 else 16
        for i, row in enumerate(plan.rows):
            cell = self._cell(row, size)
            self.grid.addWidget(cell, i % max(1, per_column), i // max(1, per_column))
            cell.show()
            self.cells.append(cell)

    def _px(self, size: int) -> int:
        return max(12, int(size * max(0.5, min(self.width() / 1280, self.height() / 760))))

    def _cell(self, row: PlanRow, size: int) -> QWidget:
        cell = QFrame()
        cell.setObjectName("tablePlanRow")
        cell.setProperty("table", row.table)
        layout = QHBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        number = QLabel(row.table)
        number.setStyleSheet(f"font-size: {size + 4}px; font-weight: 700; color: {ACCENT};")
        number.setFixedWidth(int(size * 3))
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        who = QLabel(_who(row, "\n"))
        who.setTextFormat(Qt.TextFormat.PlainText)
        who.setStyleSheet(f"font-size: {size}px;")
        # Long names are cut at the column's edge rather than widening the board past the screen.
        who.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        who.setMinimumWidth(size * 6)
        layout.addWidget(number)
        layout.addWidget(who, 1)
        if row.rematch or row.moved:
            tag = QLabel(NEW)
            tag.setObjectName("tablePlanNew")
            tag.setStyleSheet(f"font-size: {size - 2}px; font-weight: 700; background: {ACCENT}; color: {BG}; "
                              "padding: 1px 6px;")
            layout.addWidget(tag)
        return cell

    def texts(self) -> list[str]:
        """Table and people of each row as shown (tests check this, not pixels)."""
        return [" ".join(label.text().replace("\n", " · ") for label in cell.findChildren(QLabel))
                for cell in self.cells]


class ChangesStrip(QLabel):
    """Under the entrance board: the next slot's changed tables, or hidden when nothing changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tableChanges")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(f"background: {ACCENT}; color: {BG}; font-size: 22px; font-weight: 600; padding: 8px 36px;")
        self.hide()

    def show_plan(self, plan: TablePlan, now: datetime | None = None) -> None:
        """Changes whenever there are some; otherwise, in the half hour before a slot, where its plan hangs."""
        changes = plan.changes
        soon = plan.slot is not None and now is not None and plan.slot - now <= timedelta(minutes=SOON_MINUTES)
        if plan.slot is None or not (changes or soon):
            self.setText("")
            self.hide()
            return
        when = f"{plan.slot:%H:%M}"
        if changes:
            parts = [f"{TABLE.format(table=r.table)}: {_who(r)}" for r in changes]
            self.setText(f"{CHANGES.format(time=when)}\n" + "   |   ".join(parts))
        else:
            self.setText(WHERE.format(time=when, tables=len(plan.rows)))
        self.show()
