"""Signage: what runs now and what comes next, with rooms, in German and English, large enough to read across
a foyer. Updates itself every few seconds (and at once when a session moves); a simulated time for tests and
rehearsals (``set_time`` or ``CHECKIN_SIMULATED_TIME``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core import agenda
from ...core.matchmaking import table_plan
from ...core.programme_moves import moved_sessions
from ..changes import Change
from ..context import AppContext
from ..ops import QueryOp
from ..programme.clock import Clock
from .tableplan import ChangesStrip, TablePlanView

REFRESH_MS = 15_000
BG, FG, MUTED, ACCENT = "#0b1f33", "#ffffff", "#9fb3c8", "#ffd166"
# Shown to guests in both languages at once, whatever the helper's interface language.
NOW, NEXT = "Jetzt · Now", "Als Nächstes · Next"
NOTHING_NOW = "Gerade kein Programmpunkt · Nothing on right now"
NOTHING_NEXT = "Heute keine weiteren Programmpunkte · No more sessions today"
MOVED = "Neuer Raum · New room"
FULL = "Voll · Full"
BACKGROUND = {"exhibition", "break"}
MAX_ROWS = 5


def _board(store: Any, now: datetime) -> tuple[str, Any, set[int], Any]:
    """What the board shows at ``now`` (runs on the DB worker)."""
    return store.event.title, agenda.now_next(store, now), moved_sessions(store), table_plan(store, now)


class SignageView(QFrame):
    """The board itself (used in the main window as a preview and in the full-screen window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signageBoard")
        self.setStyleSheet(f"QFrame#signageBoard {{ background: {BG}; }} QLabel {{ color: {FG}; }}")
        self.title = QLabel()
        self.title.setObjectName("signageTitle")
        self.title.setWordWrap(True)
        self.clock = QLabel()
        self.clock.setObjectName("signageClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.clock)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 24, 36, 24)
        layout.addLayout(head)
        layout.addSpacing(12)
        layout.addLayout(self.body, 1)
        self.rows: list[QWidget] = []
        self.scale = 1.0
        self._last: tuple | None = None

    def px(self, size: float) -> int:
        return max(8, int(size * self.scale))

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)
        if self._last is not None:
            self.show_board(*self._last)

    def show_board(self, title: str, nn: agenda.NowNext, moved: set[int]) -> None:
        """Draw the board as large as fits: type scales with the board, and shrinks until every row fits."""
        self._last = (title, nn, moved)
        self.scale = max(0.5, min(self.width() / 1280, self.height() / 760))
        for _ in range(8):
            self._build(title, nn, moved)
            needed = self.layout().totalHeightForWidth(self.width())
            if needed <= self.height() or self.scale <= 0.45:
                break
            self.scale *= max(0.75, min(0.95, self.height() / max(1, needed)))

    def _build(self, title: str, nn: agenda.NowNext, moved: set[int]) -> None:
        self.title.setText(title)
        self.title.setStyleSheet(f"font-size: {self.px(26)}px; font-weight: 600; color: {MUTED};")
        self.clock.setText(nn.at.strftime("%H:%M"))
        self.clock.setStyleSheet(f"font-size: {self.px(56)}px; font-weight: 700;")
        while self.body.count():
            item = self.body.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.rows = []
        self._section(NOW, nn.running, NOTHING_NOW, moved)
        self.body.addSpacing(self.px(18))
        self._section(NEXT, nn.next, NOTHING_NEXT, moved)
        self.body.addStretch(1)

    def _section(self, heading: str, views: list[agenda.SessionView], empty: str, moved: set[int]) -> None:
        label = QLabel(heading)
        label.setStyleSheet(f"font-size: {self.px(30)}px; font-weight: 700; color: {ACCENT}; "
                            f"border-bottom: 2px solid {ACCENT}; padding-bottom: 4px;")
        self._add(label)
        if not views:
            none = QLabel(empty)
            none.setStyleSheet(f"font-size: {self.px(26)}px; color: {MUTED};")
            self._add(none)
            return
        # All-day background items (exhibition, coffee) after the sessions people walk to; a board has room
        # for a handful of rows, so the rest is cut rather than squeezed.
        ordered = sorted(views, key=lambda v: (v.kind in BACKGROUND, v.start, v.room.id if v.room else 0))
        for v in ordered[:MAX_ROWS]:
            self._add(self._row(v, v.id in moved))

    def _add(self, widget: QWidget) -> None:
        self.body.addWidget(widget)
        widget.show()  # now, not on the next event-loop turn: the board is complete when refresh returns

    def _row(self, v: agenda.SessionView, moved: bool) -> QWidget:
        row = QFrame()
        row.setObjectName(f"signageRow{v.id}")
        row.setProperty("session_id", v.id)
        row.setStyleSheet(f"QFrame#signageRow{v.id} {{ border-bottom: 1px solid #1f3a56; }}")
        when = self._label(f"{v.start:%H:%M}", 30, bold=True)
        when.setFixedWidth(self.px(150))
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self._label(v.title_de, 30, bold=True))
        titles.addWidget(self._label(v.title_en, 22, colour=MUTED))
        place = QVBoxLayout()
        place.setSpacing(0)
        room = self._label(v.room.name if v.room else "–", 26, bold=True, right=True)
        room.setObjectName("signageRoom")
        place.addWidget(room)
        where = ", ".join(x for x in ((v.room.building, v.room.floor) if v.room else ()) if x)
        if where:
            place.addWidget(self._label(where, 18, colour=MUTED, right=True))
        tags = [(MOVED, ACCENT, BG)] if moved else []
        if v.state == "full":
            tags.append((FULL, "#c62828", "white"))
        for text, bg, fg in tags:
            tag = self._label(text, 20, bold=True, right=True)
            tag.setStyleSheet(tag.styleSheet() + f" background: {bg}; color: {fg}; padding: 2px 8px;")
            tag.setObjectName("signageTag")
            place.addWidget(tag, 0, Qt.AlignmentFlag.AlignRight)
        place.addStretch(1)
        titles.addStretch(1)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, self.px(8), 0, self.px(8))
        layout.addWidget(when, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(titles, 3)
        layout.addLayout(place, 2)
        self.rows.append(row)
        return row

    def _label(self, text: str, size: int, *, bold: bool = False, colour: str = FG, right: bool = False) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if right:
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setStyleSheet(f"font-size: {self.px(size)}px; color: {colour};"
                            + (" font-weight: 700;" if bold else ""))
        return label


class FullScreenSignage(QWidget):
    """The board alone, frameless and full screen on the last attached screen (the projector); Esc closes."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle("checkin – Signage")
        self.board = SignageView()
        self.plan = TablePlanView()  # issue 23: the matchmaking area's screen shows this instead of the board
        self.plan.hide()
        self.changes = ChangesStrip()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.board, 1)
        layout.addWidget(self.plan, 1)
        layout.addWidget(self.changes)
        self.setCursor(Qt.CursorShape.BlankCursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)


class SignageScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.clock = Clock()
        self.board = SignageView()
        self.plan = TablePlanView()
        self.plan.hide()
        self.changes = ChangesStrip()
        self.mode = QComboBox()
        self.mode.setObjectName("signageMode")
        self.mode.addItem(self.tr("Entrance: programme and matchmaking table changes"), "entrance")
        self.mode.addItem(self.tr("Matchmaking area: next slot's table plan"), "tables")
        self.mode.currentIndexChanged.connect(self.refresh)
        self.full: FullScreenSignage | None = None
        self.full_button = QPushButton(self.tr("Show full screen on the projector"))
        self.full_button.setObjectName("signageFullScreen")
        self.full_button.clicked.connect(self.show_full_screen)
        self.hint = QLabel()
        self.hint.setObjectName("signageHint")
        self.hint.setStyleSheet("color: #52606d;")
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.mode)
        bar.addWidget(self.full_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.board, 1)
        layout.addWidget(self.plan, 1)
        layout.addWidget(self.changes)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        ctx.subscribe(Change.PROGRAMME | Change.MATCHMAKING | Change.SETTINGS, self.refresh)
        ctx.event_opened.connect(self.refresh)
        self.refresh()

    def set_time(self, when: datetime | None, *, running: bool = False) -> None:
        """Simulate a time (tests, rehearsals); None returns to the real clock."""
        self.clock.set(when, running=running)
        self.refresh()

    def refresh(self) -> None:
        if self.ctx.store is None:
            return
        # Seat counts read every assignment of the sessions on now: on the worker, every 15 s and per change.
        now = self.clock.now()
        QueryOp(self.ctx, self, lambda store: _board(store, now), self._show).run_in_background()

    def _show(self, found: tuple[str, Any, set[int], Any]) -> None:
        title, nn, moved, plan = found
        targets = [(self.board, self.plan, self.changes)]
        if self.full is not None and self.full.isVisible():
            targets.append((self.full.board, self.full.plan, self.full.changes))
        tables = self.mode.currentData() == "tables"
        for board, plan_view, changes in targets:
            board.setVisible(not tables)
            plan_view.setVisible(tables)
            if tables:
                plan_view.show_plan(plan)
                changes.hide()
            else:
                board.show_board(title, nn, moved)
                changes.show_plan(plan, self.clock.now())
        self.hint.setText(self.tr("Updates by itself every %1 seconds. Simulated time: %2").replace(
            "%1", str(REFRESH_MS // 1000)).replace("%2", nn.at.strftime("%d.%m.%Y %H:%M"))
            if self.clock.simulated else
            self.tr("Updates by itself every %1 seconds.").replace("%1", str(REFRESH_MS // 1000)))

    def show_full_screen(self) -> None:
        if self.full is None:
            self.full = FullScreenSignage()
        screens = QGuiApplication.screens()
        if screens:
            self.full.setGeometry(screens[-1].geometry())  # the projector is usually the last screen
        self.full.showFullScreen()
        self.refresh()
