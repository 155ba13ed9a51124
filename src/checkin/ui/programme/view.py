"""The programme screen: a now/next strip on top, then tabs for timetable, rooms, person, matchmaking and door."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import agenda
from ..changes import Change
from ..context import AppContext
from ..ops import QueryOp
from .clock import Clock
from .door import DoorPanel
from .grid import TimelineGrid
from .matchmaking import MatchmakingPanel
from .person import PersonPanel

REFRESH_MS = 30_000


def _timetable(store: Any, day: str | None, now: datetime) -> tuple[list[Any], list[Any]]:
    """The day's sessions with their counts, and the rooms (runs on the DB worker)."""
    views = agenda.add_counts(store, agenda.sessions(store, day), now) if day else []
    return views, list(agenda.rooms(store).values())


def day_label(day: str, language: str) -> str:
    d = date.fromisoformat(day)
    names = (("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So") if language == "de"
             else ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))
    return f"{names[d.weekday()]} {d:%d.%m.%Y}"


class NowNextStrip(QLabel):
    """One line for the helper: what runs now and what comes next, with rooms."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("nowNextStrip")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet("QLabel { background: #102a43; color: white; padding: 8px 12px; font-size: 15px; "
                           "border-radius: 6px; }")

    def show_now_next(self, nn: agenda.NowNext, language: str) -> None:
        def fmt(v: agenda.SessionView) -> str:
            room = v.room.name if v.room else "?"
            return f"<b>{v.title(language)}</b> → {room}"

        now = " · ".join(fmt(v) for v in nn.running if v.kind != "exhibition") or self.tr("nothing running")
        nxt = " · ".join(f"{v.start:%H:%M} {fmt(v)}" for v in nn.next) or self.tr("nothing more today")
        now_word, next_word = self.tr("Now"), self.tr("Next")
        self.setText(f"<span style='color:#9fb3c8'>{nn.at:%H:%M}</span>&nbsp; "
                     f"{now_word}: {now}<br>{next_word}: {nxt}")


class ProgrammeScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.clock = Clock()
        self._scrolled = False
        self.day = QComboBox()
        self.day.setObjectName("dayChooser")
        self.day.currentIndexChanged.connect(self.refresh)
        self.strip = NowNextStrip()

        self.grid = TimelineGrid()
        self.grid.sessionClicked.connect(self._session_chosen)
        self.grid.sessionActivated.connect(self.open_door)
        self.scroll = scroll = QScrollArea()
        scroll.setWidget(self.grid)
        scroll.setWidgetResizable(True)
        # The room column and hour row are painted sticky: repaint whole on scroll, not just the exposed strip.
        scroll.horizontalScrollBar().valueChanged.connect(self.grid.update)
        scroll.verticalScrollBar().valueChanged.connect(self.grid.update)
        self.details = QLabel()
        self.details.setObjectName("sessionDetails")
        self.details.setWordWrap(True)
        self.details.setStyleSheet("font-size: 14px;")
        self.door_button = QPushButton(self.tr("Door check-in for this session"))
        self.door_button.setEnabled(False)
        self.door_button.clicked.connect(lambda: self.open_door(self.grid.selected))
        self.timetable = timetable = QWidget()
        tl = QVBoxLayout(timetable)
        tl.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addWidget(self.details, 1)
        row.addWidget(self.door_button)
        tl.addLayout(row)

        self.rooms_table = QTableWidget(0, 6)
        self.rooms_table.setObjectName("roomDirectory")
        self.rooms_table.setHorizontalHeaderLabels([
            self.tr("Room"), self.tr("Building"), self.tr("Floor"), self.tr("Capacity"), self.tr("Directions"),
            self.tr("Today")])
        self.rooms_table.horizontalHeader().setStretchLastSection(True)
        self.rooms_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rooms_table.setWordWrap(True)
        self.rooms_table.setStyleSheet("font-size: 14px;")
        self.floor_plan = QLabel()
        self.floor_plan.setObjectName("floorPlan")
        self.floor_plan.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rooms_table.currentCellChanged.connect(self._room_chosen)
        self.rooms_page = rooms_page = QWidget()
        rl = QHBoxLayout(rooms_page)
        rl.addWidget(self.rooms_table, 3)
        rl.addWidget(self.floor_plan, 1)

        self.person = PersonPanel(ctx, self.clock)
        self.matchmaking = MatchmakingPanel(ctx, self.clock)
        self.door = DoorPanel(ctx, self.clock)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("programmeTabs")
        self.tabs.setStyleSheet("QTabBar::tab { font-size: 15px; padding: 8px 16px; }")
        self.tabs.addTab(timetable, self.tr("Timetable"))
        self.tabs.addTab(rooms_page, self.tr("Rooms"))
        self.tabs.addTab(self.person, self.tr("Find a person"))
        self.tabs.addTab(self.matchmaking, self.tr("Matchmaking"))
        self.tabs.addTab(self.door, self.tr("Door check-in"))

        top = QHBoxLayout()
        day_label_widget = QLabel(self.tr("Day"))
        day_label_widget.setStyleSheet("font-size: 15px;")
        top.addWidget(day_label_widget)
        top.addWidget(self.day)
        top.addWidget(self.strip, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        # Many changes in a row (a door scanning, a sync merging) cause one refresh, not one per record, so
        # the GUI thread stays free for the next scanner burst.
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(150)
        self._coalesce.timeout.connect(self.refresh)
        ctx.subscribe(Change.PROGRAMME | Change.ARRIVALS | Change.ATTENDEES, self._coalesce.start)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.tabs.currentChanged.connect(self._focus_tab_input)
        ctx.event_opened.connect(self.load_days)
        self.load_days()

    def _focus_tab_input(self, _index: int) -> None:
        """A helper opens *Find a person* and types the name at once: the letters went to the tab bar (and
        the arrow keys then switched screens), so the first keystrokes were lost."""
        field = {self.person: self.person.query, self.door: self.door.code}.get(self.tabs.currentWidget())
        if field is not None:
            field.setFocus()

    # --- loading ---------------------------------------------------------------------------------------
    def load_days(self) -> None:
        store = self.ctx.store
        self.day.blockSignals(True)
        self.day.clear()
        if store is not None:
            today = store.local_day(self.clock.now())
            days = agenda.days(store)
            for d in days:
                self.day.addItem(day_label(d, self.ctx.language), d)
            self.day.setCurrentIndex(days.index(today) if today in days else 0)
        self.day.blockSignals(False)
        self.door.load_sessions()
        self.refresh()

    def _show_timetable(self, found: tuple[list[Any], list[Any]], day: str | None, local_now: datetime) -> None:
        if day != self.current_day():  # another day was chosen meanwhile; its own read follows
            return
        views, rooms = found
        self.grid.set_data(views, rooms, self.ctx.language,
                           local_now if day == local_now.date().isoformat() else None)
        if self.grid.now is not None and not self._scrolled:
            # Start the view an hour before now, so the running sessions are on screen without scrolling.
            self._scrolled = True
            QTimer.singleShot(0, self, lambda: self.scroll.horizontalScrollBar().setValue(
                max(0, self.grid.x_of(self.grid.now - timedelta(hours=1)) - 230)))
        if self.grid.selected is not None:
            self._session_chosen(self.grid.selected)

    def current_day(self) -> str | None:
        return self.day.currentData()

    def refresh(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        now = self.clock.now()
        day = self.current_day()
        local_now = now.astimezone(store.tz)
        self.strip.show_now_next(agenda.now_next(store, now, counts=False), self.ctx.language)
        # Only the tab on screen is brought up to date; the others catch up when they are shown.
        current = self.tabs.currentWidget()
        if current is self.timetable or not self.grid.blocks:
            # Counting who is assigned and arrived reads every assignment of the day: on the worker.
            QueryOp(self.ctx, self, lambda s: _timetable(s, day, now),
                    lambda found: self._show_timetable(found, day, local_now)).run_in_background()
        elif current is self.rooms_page:
            self._fill_rooms(agenda.sessions(store, day) if day else [])
        elif current is self.matchmaking:
            self.matchmaking.set_day(day)
        elif current is self.door:
            self.door.refresh()
        elif current is self.person:
            self.person.refresh()

    def _fill_rooms(self, views: list[agenda.SessionView]) -> None:
        rooms = list(agenda.rooms(self.ctx.store).values())
        self.rooms_table.setRowCount(len(rooms))
        for row, room in enumerate(rooms):
            today = [v for v in views if v.room and v.room.id == room.id]
            values = [room.name, room.building, room.floor, str(room.capacity or ""), room.directions,
                      "\n".join(f"{v.start:%H:%M} {v.title(self.ctx.language)}" for v in today)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, room.id)
                self.rooms_table.setItem(row, col, item)
        self.rooms_table.resizeColumnsToContents()
        self.rooms_table.resizeRowsToContents()

    def _room_chosen(self, row: int, *_: int) -> None:
        from PySide6.QtGui import QPixmap

        from ...core.resources import resource

        item = self.rooms_table.item(row, 0)
        room = agenda.rooms(self.ctx.store).get(item.data(Qt.ItemDataRole.UserRole)) if item else None
        if room is None or not room.floor_plan:
            self.floor_plan.setText(self.tr("No floor plan for this room") if room else "")
            return
        path = room.floor_plan
        pix = QPixmap(path)
        if pix.isNull():
            pix = QPixmap(str(resource(path)))
        if pix.isNull():
            self.floor_plan.setText(self.tr("Floor plan not found: %1").replace("%1", path))
        else:
            self.floor_plan.setPixmap(pix.scaledToWidth(360, Qt.TransformationMode.SmoothTransformation))

    # --- actions ---------------------------------------------------------------------------------------
    def _session_chosen(self, session_id: int) -> None:
        block = self.grid.block_for(session_id)
        if block is None:
            self.details.clear()
            self.door_button.setEnabled(False)
            return
        v = block.session
        room = v.room
        where = (f"{room.name} ({', '.join(x for x in (room.building, room.floor) if x)}) – {room.directions}"
                 if room else self.tr("(no room)"))
        self.details.setText(f"<b>{v.title_de}</b> / {v.title_en}<br>{v.start:%H:%M}–{v.end:%H:%M} · {where}"
                             f"<br>{self.grid.counts_text(v)}")
        self.door_button.setEnabled(True)

    def open_door(self, session_id: int | None) -> None:
        if session_id is None:
            return
        self.door.choose_session(session_id)
        self.tabs.setCurrentWidget(self.door)
