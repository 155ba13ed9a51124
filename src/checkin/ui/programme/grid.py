"""The timetable: one row per room, time running left to right, a block per session (painted, not widgets).

Sessions that overlap in one room (an all-day exhibition and a lunch in the same foyer) get lanes of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from ...core.agenda import SessionView
from ...core.model import Room

ROOM_W = 230
HEADER_H = 34
LANE_H = 128
MIN_PX_PER_MIN = 2.3  # below this a 90-minute forum is too narrow to read; the grid scrolls instead

KIND_COLOURS = {
    "plenary": "#dbe8f7", "forum": "#dff2e1", "matchmaking": "#fbeed5", "exhibition": "#ece6f5",
    "reception": "#f8e0e6", "break": "#eeeeee",
}
STATE_PENS = {"full": "#c62828", "near_full": "#ef8c00"}


@dataclass
class Block:
    rect: QRectF
    session: SessionView


class TimelineGrid(QWidget):
    sessionClicked = Signal(int)
    sessionActivated = Signal(int)  # double click: open the door check-in for it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineGrid")
        self.setMouseTracking(True)
        self.language = "en"
        self.sessions: list[SessionView] = []
        self.rooms: list[Room] = []
        self.blocks: list[Block] = []
        self.lanes: dict[int | None, int] = {}
        self.selected: int | None = None
        self.now: datetime | None = None
        self.t0 = datetime.now().astimezone()
        self.t1 = self.t0
        self.px_per_min = MIN_PX_PER_MIN

    # --- data ------------------------------------------------------------------------------------------
    def set_data(self, sessions: list[SessionView], rooms: list[Room], language: str,
                 now: datetime | None = None) -> None:
        self.sessions, self.language, self.now = sessions, language, now
        used = {v.room.id if v.room else None for v in sessions}
        self.rooms = [r for r in rooms if r.id in used]
        if None in used:
            self.rooms.append(Room(id=-1, name=self.tr("(no room)")))
        if sessions:
            first = min(v.start for v in sessions)
            last = max(v.end for v in sessions)
            self.t0 = first.replace(minute=0, second=0, microsecond=0)
            self.t1 = last.replace(minute=0, second=0, microsecond=0) + (
                timedelta(hours=1) if (last.minute or last.second) else timedelta())
        self._layout()
        self.updateGeometry()
        self.update()

    def resizeEvent(self, event: object) -> None:
        # Fill the visible width when the day fits; otherwise keep a readable scale and scroll.
        minutes = max(60.0, (self.t1 - self.t0).total_seconds() / 60)
        self.px_per_min = max(MIN_PX_PER_MIN, (self.width() - ROOM_W - 12) / minutes)
        self._layout()
        super().resizeEvent(event)

    def set_now(self, now: datetime | None) -> None:
        self.now = now
        self.update()

    def _layout(self) -> None:
        self.blocks, self.lanes = [], {}
        y = HEADER_H
        for room in self.rooms:
            rid = None if room.id == -1 else room.id
            mine = sorted((v for v in self.sessions if (v.room.id if v.room else None) == rid),
                          key=lambda v: (v.start, -(v.end - v.start).total_seconds()))
            lane_ends: list[datetime] = []
            placed: list[tuple[int, SessionView]] = []
            for v in mine:
                lane = next((i for i, end in enumerate(lane_ends) if end <= v.start), None)
                if lane is None:
                    lane = len(lane_ends)
                    lane_ends.append(v.end)
                else:
                    lane_ends[lane] = v.end
                placed.append((lane, v))
            lanes = max(1, len(lane_ends))
            self.lanes[rid] = lanes
            for lane, v in placed:
                x = self._x(v.start)
                w = max(24.0, self._x(v.end) - x)
                self.blocks.append(Block(QRectF(x + 1, y + lane * LANE_H + 3, w - 2, LANE_H - 6), v))
            y += lanes * LANE_H

    def _x(self, when: datetime) -> float:
        return ROOM_W + (when - self.t0).total_seconds() / 60 * self.px_per_min

    def sizeHint(self) -> QSize:
        minutes = max(60.0, (self.t1 - self.t0).total_seconds() / 60)
        height = HEADER_H + sum(self.lanes.values() or [1]) * LANE_H
        return QSize(int(ROOM_W + minutes * MIN_PX_PER_MIN + 12), int(height + 4))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def x_of(self, when: datetime) -> int:
        return int(self._x(when))

    def block_for(self, session_id: int) -> Block | None:
        return next((b for b in self.blocks if b.session.id == session_id), None)

    def session_at(self, pos: QPointF) -> SessionView | None:
        vis = self._visible()
        if pos.x() < vis.left() + ROOM_W or pos.y() < vis.top() + HEADER_H:
            return None  # under the sticky room names or hours
        hit = next((b for b in reversed(self.blocks) if b.rect.contains(pos)), None)
        return hit.session if hit else None

    # --- painting --------------------------------------------------------------------------------------
    def _visible(self) -> QRectF:
        return QRectF(self.visibleRegion().boundingRect())

    def paintEvent(self, event: object) -> None:
        # Room names stay at the left edge and hours at the top while the grid scrolls (sticky).
        vis = self._visible()
        x0, y0 = vis.left(), vis.top()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        base = QFont(self.font())
        hours = []
        hour = self.t0
        while hour <= self.t1:
            hours.append(hour)
            p.setPen(QPen(QColor("#cfd8dc"), 1))
            p.drawLine(int(self._x(hour)), HEADER_H, int(self._x(hour)), self.height())
            hour += timedelta(hours=1)
        y = HEADER_H
        for room in self.rooms:
            y += self.lanes.get(None if room.id == -1 else room.id, 1) * LANE_H
            p.drawLine(0, int(y - 1), self.width(), int(y - 1))
        for block in self.blocks:
            self._paint_block(p, block, base)
        now_x = self._x(self.now) if self.now is not None and self.t0 <= self.now <= self.t1 else None
        if now_x is not None:
            p.setPen(QPen(QColor(211, 47, 47, 140), 2))  # translucent: the text under it stays legible
            p.drawLine(int(now_x), HEADER_H, int(now_x), self.height())
        self._paint_rooms(p, base, x0)
        p.fillRect(QRectF(x0, y0, vis.width(), HEADER_H), QColor("white"))
        p.setFont(_sized(base, 11, bold=True))
        p.setPen(QColor("#37474f"))
        for hour in hours:
            if now_x is not None and -60 < self._x(hour) - now_x < 44:
                continue  # the red "now" pill sits here
            if self._x(hour) >= x0 + ROOM_W - 4:
                p.drawText(QRectF(self._x(hour) + 4, y0 + 4, 80, HEADER_H - 8), Qt.AlignmentFlag.AlignVCenter,
                           hour.strftime("%H:%M"))
        if now_x is not None and now_x >= x0 + ROOM_W:
            label = QRectF(now_x - 26, y0 + 6, 52, HEADER_H - 10)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#d32f2f"))
            p.drawRoundedRect(label, 4, 4)
            p.setPen(QColor("white"))
            p.setFont(_sized(base, 10, bold=True))
            p.drawText(label, Qt.AlignmentFlag.AlignCenter, self.now.strftime("%H:%M"))
        p.fillRect(QRectF(x0, y0, ROOM_W - 6, HEADER_H), QColor("white"))
        p.end()

    def _paint_rooms(self, p: QPainter, base: QFont, x0: float) -> None:
        y = HEADER_H
        p.fillRect(QRectF(x0, 0, ROOM_W - 6, self.height()), QColor("white"))
        for room in self.rooms:
            h = self.lanes.get(None if room.id == -1 else room.id, 1) * LANE_H
            p.save()
            p.translate(x0, 0)
            p.fillRect(QRectF(0, y, ROOM_W - 6, h - 1), QColor("#f5f7f9"))
            p.setPen(QColor("#102a43"))
            p.setFont(_sized(base, 11, bold=True))
            p.drawText(QRectF(8, y + 6, ROOM_W - 20, h / 2), Qt.TextFlag.TextWordWrap, room.name)
            where = ", ".join(x for x in (room.building, room.floor) if x)
            cap = self.tr("%n seats", "", room.capacity) if room.capacity else ""
            p.setPen(QColor("#52606d"))
            p.setFont(_sized(base, 9))
            p.drawText(QRectF(8, y + h / 2 + 4, ROOM_W - 20, h / 2 - 8), Qt.TextFlag.TextWordWrap,
                       " · ".join(x for x in (where, cap) if x))
            p.restore()
            y += h

    def _paint_block(self, p: QPainter, block: Block, base: QFont) -> None:
        v, r = block.session, block.rect
        running = self.now is not None and v.running_at(self.now)
        fill = QColor(KIND_COLOURS.get(v.kind, "#e3f2fd"))
        if self.now is not None and v.end <= self.now:
            fill = fill.lighter(108)
        pen = QPen(QColor(STATE_PENS.get(v.state, "#90a4ae")), 3 if v.state in STATE_PENS else 1)
        if v.id == self.selected:
            pen = QPen(QColor("#1565c0"), 3)
        p.setPen(pen)
        p.setBrush(fill)
        p.drawRoundedRect(r, 6, 6)
        if running:
            p.fillRect(QRectF(r.left() + 1, r.top() + 1, 6, r.height() - 2), QColor("#2e7d32"))
        inner = r.adjusted(10, 4, -6, -4)
        p.save()
        p.setClipRect(inner)
        other = "en" if self.language == "de" else "de"
        y = inner.top()
        for text, font, colour, max_lines in (
            (f"{v.start:%H:%M}–{v.end:%H:%M}", _sized(base, 9, bold=True), "#334e68", 1),
            (v.title(self.language), _sized(base, 11, bold=True), "#102a43", 2),
            (v.title(other), _sized(base, 9), "#52606d", 1),
            (self.counts_text(v), _sized(base, 9, bold=v.state in STATE_PENS), "#243b53", 2),
        ):
            if not text or y >= inner.bottom():
                continue
            metrics = QFontMetrics(font)
            room = QRectF(inner.left(), y, inner.width(), metrics.height() * max_lines)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
            used = metrics.boundingRect(room.toRect(), flags, text).height()
            p.setFont(font)
            p.setPen(QColor(colour))
            p.drawText(room, flags, text)
            y += min(used, room.height()) + 1
        p.restore()

    def counts_text(self, v: SessionView) -> str:
        """Two short lines: who is expected (assigned, of them checked in) and who is inside (of capacity)."""
        lines = []
        # Occupancy first: "is this room full?" is what a helper asks; if the block is short, the rest is cut.
        if v.present or (self.now is not None and v.running_at(self.now)):
            inside = f"{v.present}/{v.capacity}" if v.capacity else str(v.present)
            text = self.tr("in room %1").replace("%1", inside)
            if v.state == "full":
                text += " · " + self.tr("FULL")
            elif v.state == "near_full":
                text += " · " + self.tr("nearly full")
            lines.append(text)
        elif v.capacity:
            lines.append(self.tr("%1 seats").replace("%1", str(v.capacity)))
        if v.assigned:
            lines.append(self.tr("%1 assigned · %2 arrived").replace("%1", str(v.assigned))
                         .replace("%2", str(v.arrived)))
        return "\n".join(lines)

    # --- interaction -----------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self.session_at(event.position())
        if hit is not None:
            self.selected = hit.id
            self.update()
            self.sessionClicked.emit(hit.id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.session_at(event.position())
        if hit is not None:
            self.sessionActivated.emit(hit.id)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            hit = self.session_at(QPointF(e.pos()))
            if hit is None:
                QToolTip.hideText()
            else:
                room = hit.room.name if hit.room else self.tr("(no room)")
                QToolTip.showText(e.globalPos(), f"<b>{hit.title_de}</b><br>{hit.title_en}<br>"
                                  f"{hit.start:%H:%M}–{hit.end:%H:%M} · {room}<br>{self.counts_text(hit)}", self)
            return True
        return super().event(e)


def _sized(base: QFont, points: int, *, bold: bool = False) -> QFont:
    f = QFont(base)
    f.setPointSize(points)
    f.setBold(bold)
    return f
