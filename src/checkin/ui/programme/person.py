"""Find a person (the desk's search) and show their day: sessions with room, meetings with table and partner."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import agenda
from ..context import AppContext
from .clock import Clock

ARRIVED_BG = QColor("#d7f0da")
MISSING_BG = QColor("#fde2cf")


def find_people(store, query: str, limit: int = 30) -> list:
    """The desk's search (typo-tolerant) when present, else the store's prefix search."""
    try:
        from ...core import search as desk_search
    except ImportError:
        desk_search = None
    if desk_search is not None and hasattr(desk_search, "search"):
        return [h.attendee for h in desk_search.search(store, query, limit)]
    return store.attendees_by_ids(store.search(query, limit))


class PersonPanel(QWidget):
    def __init__(self, ctx: AppContext, clock: Clock) -> None:
        super().__init__()
        self.ctx = ctx
        self.clock = clock
        self.attendee_id: int | None = None
        self.query = QLineEdit()
        self.query.setObjectName("personSearch")
        self.query.setPlaceholderText(self.tr("Name, organisation or e-mail (e.g. celik)"))
        self.query.setClearButtonEnabled(True)
        self.query.setStyleSheet("font-size: 18px; padding: 6px;")
        self.results = QListWidget()
        self.results.setObjectName("personResults")
        self.results.setStyleSheet("QListWidget { font-size: 15px; } QListWidget::item { padding: 6px; }")
        self.results.setWordWrap(True)  # a long organisation wraps instead of scrolling the list sideways
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.query.installEventFilter(self)  # ↑/↓ in the name field walk the results, as at the desk
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.search)
        self.query.textChanged.connect(lambda: self._debounce.start())
        self.query.returnPressed.connect(self._pick_first)
        self.results.currentItemChanged.connect(self._picked)

        self.header = QLabel(self.tr("Search a person to see their day."))
        self.header.setObjectName("personHeader")
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-size: 18px;")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("personAgenda")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("What"), self.tr("Where"),
                                              self.tr("Partner"), self.tr("Partner arrived?")])
        # Every column on screen without scrolling sideways: partner and "arrived?" matter most at the desk.
        header = self.table.horizontalHeader()
        for col, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setStyleSheet("font-size: 15px;")
        self.table.verticalHeader().setVisible(False)
        self.print_button = QPushButton(self.tr("Personal agenda as PDF…"))
        self.print_button.setObjectName("agendaPdf")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self._save_pdf)
        self.status = QLabel()

        left = QVBoxLayout()
        left.addWidget(self.query)
        left.addWidget(self.results, 1)
        right = QVBoxLayout()
        right.addWidget(self.header)
        right.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 5)

    def search(self) -> None:
        store = self.ctx.store
        self.results.clear()
        text = self.query.text().strip()
        if store is None or not text:
            return
        for a in find_people(store, text):
            item = QListWidgetItem(f"{a.display_name}\n{a.organisation}")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.results.addItem(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.query and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._debounce.stop()
            if self.results.count() == 0:
                self.search()
            if self.results.count():
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = self.results.currentRow()
                self.results.setCurrentRow(0 if row < 0 else min(max(row + step, 0), self.results.count() - 1))
            return True
        return super().eventFilter(watched, event)

    def _pick_first(self) -> None:
        self._debounce.stop()
        self.search()
        if self.results.count():
            self.results.setCurrentRow(0)

    def _picked(self, item: QListWidgetItem | None, _prev: object = None) -> None:
        if item is not None:
            self.show_person(int(item.data(Qt.ItemDataRole.UserRole)))

    def refresh(self) -> None:
        if self.attendee_id is not None:
            self.show_person(self.attendee_id)

    def show_person(self, attendee_id: int) -> None:
        store = self.ctx.store
        person = store.attendee(attendee_id) if store else None
        if person is None:
            return
        self.attendee_id = attendee_id
        lang = self.ctx.language
        arrived = store.arrivals_of(attendee_id)
        today = store.local_day(self.clock.now())
        here = [a for a in arrived if a.day == today]
        state = (self.tr("checked in today at %1").replace(
            "%1", datetime.fromisoformat(here[0].at).astimezone(store.tz).strftime("%H:%M"))
            if here else self.tr("not checked in today"))
        self.header.setText(f"<b>{person.display_name}</b> · {person.organisation}<br>"
                            f"<span style='color:#52606d'>{state}</span>")
        self.items = agenda.person_agenda(store, attendee_id)
        self.table.setRowCount(0)
        for item in self.items:
            row = self.table.rowCount()
            self.table.insertRow(row)
            when = f"{item.start:%d.%m. %H:%M}–{item.end:%H:%M}"
            if item.kind == "meeting":
                what = self.tr("1:1 meeting")
                where = self.tr("Table %1").replace("%1", item.table or "?")
                if item.room:
                    where += f"\n{item.room.name}"
            else:
                what = f"{item.title(lang)}\n{item.title('en' if lang == 'de' else 'de')}"
                where = item.room.name if item.room else self.tr("(no room)")
                if item.room and (item.room.building or item.room.floor):
                    where += f"\n{', '.join(x for x in (item.room.building, item.room.floor) if x)}"
            partner = "\n".join(f"{p.name}\n{p.organisation}" for p in item.partners)
            cells = [when, what, where, partner, ""]
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(value))
            if item.partners:
                ok = all(p.arrived for p in item.partners)
                text = "\n".join(
                    self.tr("yes, %1").replace("%1", datetime.fromisoformat(p.arrived_at).astimezone(store.tz)
                                              .strftime("%H:%M")) if p.arrived else self.tr("not yet")
                    for p in item.partners)
                cell = QTableWidgetItem(("✓ " if ok else "✗ ") + text)
                cell.setBackground(ARRIVED_BG if ok else MISSING_BG)
                self.table.setItem(row, 4, cell)
        if not self.items:
            self.table.setRowCount(1)
            self.table.setItem(0, 1, QTableWidgetItem(self.tr("No sessions or meetings for this person.")))
        self.table.resizeRowsToContents()
        self.print_button.setEnabled(True)

    def _save_pdf(self) -> None:
        if self.attendee_id is None:
            return
        person = self.ctx.store.attendee(self.attendee_id)
        suggested = str(Path.home() / f"agenda-{self.attendee_id}-{person.last_name}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save personal agenda"), suggested, "PDF (*.pdf)")
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str | Path) -> Path:
        """Write the shown person's one-page agenda (in their language) to ``path``."""
        from ...core import agenda_pdf

        person = self.ctx.store.attendee(self.attendee_id)
        language = "de" if person.language == "de" else "en"
        out = agenda_pdf.write(self.ctx.store, self.attendee_id, path, language=language, now=self.clock.now())
        self.status.setText(self.tr("Saved %1").replace("%1", str(out)))
        return out
