"""Door check-in for one session: scan badges in (or out), big occupancy against capacity, clear full state.

Scans come from the keyboard-wedge filter the desk uses (only while this panel is visible) or the code field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import agenda, doors
from ...core.doors import DoorStatus
from ..changes import Change
from ..context import AppContext
from .clock import Clock

STATE_STYLE = {
    "ok": ("#2e7d32", "white"), "open": ("#2e7d32", "white"), "near_full": ("#f9a825", "black"),
    "full": ("#c62828", "white"),
}
RESULT_COLOURS = {
    DoorStatus.ADMITTED: "#2e7d32", DoorStatus.ALREADY_INSIDE: "#1565c0", DoorStatus.EXITED: "#455a64",
    DoorStatus.NOT_INSIDE: "#455a64", DoorStatus.NOT_ASSIGNED: "#ef8c00", DoorStatus.SESSION_OVER: "#ef8c00",
}


class DoorPanel(QWidget):
    def __init__(self, ctx: AppContext, clock: Clock) -> None:
        super().__init__()
        self.ctx = ctx
        self.clock = clock
        self.last: doors.DoorResult | None = None
        self.session = QComboBox()
        self.session.setObjectName("doorSession")
        self.session.setStyleSheet("font-size: 16px;")
        self.session.currentIndexChanged.connect(self._session_changed)

        self.entry = QPushButton(self.tr("Entry"))
        self.exit = QPushButton(self.tr("Exit"))
        group = QButtonGroup(self)
        for b in (self.entry, self.exit):
            b.setCheckable(True)
            b.setMinimumHeight(40)
            b.setStyleSheet("QPushButton { font-size: 16px; padding: 4px 18px; } "
                            "QPushButton:checked { background: #1565c0; color: white; }")
            group.addButton(b)
        self.entry.setChecked(True)

        self.occupancy = QLabel("–")
        self.occupancy.setObjectName("doorOccupancy")
        self.occupancy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state = QLabel()
        self.state.setObjectName("doorState")
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state.setWordWrap(True)
        self.gauge = QFrame()
        self.gauge.setObjectName("doorGauge")
        gl = QVBoxLayout(self.gauge)
        gl.addWidget(self.occupancy)
        gl.addWidget(self.state)

        self.code = QLineEdit()
        self.code.setObjectName("doorCode")
        self.code.setPlaceholderText(self.tr("Scan a badge (or type the code and press Enter)"))
        self.code.setStyleSheet("font-size: 16px; padding: 6px;")
        self.code.returnPressed.connect(self._typed)

        self.result = QLabel(self.tr("Ready: scan a badge"))
        self.result.setObjectName("doorResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setMinimumHeight(120)
        self._paint_result("#546e7a")
        self.admit_button = QPushButton(self.tr("Admit anyway"))
        self.admit_button.setObjectName("doorAdmit")
        self.redirect_button = QPushButton(self.tr("Redirect (do not admit)"))
        self.redirect_button.setObjectName("doorRedirect")
        for b in (self.admit_button, self.redirect_button):
            b.setMinimumHeight(44)
            b.setStyleSheet("font-size: 16px;")
            b.hide()
        self.admit_button.clicked.connect(self.admit_anyway)
        self.redirect_button.clicked.connect(self.redirect)
        self.recent = QListWidget()
        self.recent.setObjectName("doorRecent")
        self.recent.setMaximumHeight(150)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Session")))
        top.addWidget(self.session, 1)
        top.addSpacing(16)
        top.addWidget(self.entry)
        top.addWidget(self.exit)
        actions = QHBoxLayout()
        actions.addWidget(self.admit_button)
        actions.addWidget(self.redirect_button)
        actions.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.code)
        right.addWidget(self.result, 1)
        right.addLayout(actions)
        right.addWidget(QLabel(self.tr("Last scans")))
        right.addWidget(self.recent)
        body = QHBoxLayout()
        body.addWidget(self.gauge, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        from ..scanner import wedge

        try:
            wedge.install(ctx.settings).scanned.connect(self._scanned)
        except RuntimeError:  # no QApplication (never in the app; defensive for scripted use)
            pass

    # --- sessions --------------------------------------------------------------------------------------
    def load_sessions(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        keep = self.session.currentData() or self.ctx.settings.value("programme/door_session")
        now = self.clock.now()
        views = agenda.sessions(store)
        self.session.blockSignals(True)
        self.session.clear()
        for v in views:
            room = v.room.name if v.room else self.tr("(no room)")
            self.session.addItem(f"{v.start:%d.%m. %H:%M} {v.title(self.ctx.language)} – {room}", v.id)
        ids = [v.id for v in views]
        running = [v.id for v in views if v.running_at(now.astimezone(store.tz)) and v.kind == "forum"]
        pick = int(keep) if keep is not None and str(keep).isdigit() and int(keep) in ids else (
            running[0] if running else None)
        if pick is not None:
            self.session.setCurrentIndex(ids.index(pick))
        self.session.blockSignals(False)
        self.refresh()

    def choose_session(self, session_id: int) -> None:
        index = self.session.findData(session_id)
        if index < 0:
            self.load_sessions()
            index = self.session.findData(session_id)
        self.session.setCurrentIndex(index)

    def session_id(self) -> int | None:
        return self.session.currentData()

    def _session_changed(self) -> None:
        if self.session_id() is not None:
            self.ctx.settings.setValue("programme/door_session", self.session_id())
        self.last = None
        self._show_actions(False)
        self.result.setText(self.tr("Ready: scan a badge"))
        self._paint_result("#546e7a")
        self.refresh()

    def refresh(self) -> None:
        store, sid = self.ctx.store, self.session_id()
        if store is None or sid is None:
            self.occupancy.setText("–")
            return
        try:
            view = agenda.session(store, sid)
        except agenda.AgendaError:
            return
        view.present = doors.occupancy(store, self.clock.now(), session_ids=[sid])[sid]
        self.show_occupancy(view)

    def show_occupancy(self, view: agenda.SessionView) -> None:
        cap = view.capacity
        self.occupancy.setText(f"{view.present} / {cap}" if cap else str(view.present))
        state = view.state
        bg, fg = STATE_STYLE.get(state, STATE_STYLE["ok"])
        texts = {
            "ok": self.tr("Space available: %1 seats free"),
            "near_full": self.tr("Nearly full: only %1 seats left"),
            "full": self.tr("FULL – do not admit, redirect guests"),
            "open": self.tr("No capacity limit"),
        }
        room = view.room.name if view.room else self.tr("(no room)")
        self.state.setText(texts[state].replace("%1", str(max(0, (cap or 0) - view.present)))
                           + f"\n{room}")
        self.gauge.setStyleSheet(f"QFrame#doorGauge {{ background: {bg}; border-radius: 12px; }} "
                                 f"QLabel {{ color: {fg}; }} QLabel#doorOccupancy {{ font-size: 72px; "
                                 f"font-weight: 700; }} QLabel#doorState {{ font-size: 20px; font-weight: 600; }}")
        self.gauge.setProperty("state", state)

    # --- scanning --------------------------------------------------------------------------------------
    def _scanned(self, code: str) -> None:
        if self.isVisible():  # only the door on screen takes scans; the desk screen handles its own
            self.scan(code)

    def _typed(self) -> None:
        text = self.code.text().strip()
        self.code.clear()
        if text:
            self.scan(text)

    def scan(self, code: str) -> doors.DoorResult | None:
        store, sid = self.ctx.store, self.session_id()
        if store is None or sid is None:
            self.result.setText(self.tr("Choose the session at this door first."))
            return None
        result = doors.scan(store, sid, code, exit=self.exit.isChecked(), at=self.clock.now())
        self._after(result)
        return result

    def admit_anyway(self) -> None:
        if self.last is None or self.last.attendee_id is None:
            return
        result = doors.enter(self.ctx.store, self.last.session.id, self.last.attendee_id, at=self.clock.now(),
                             admit=True, reason=f"door: {self.last.status.value}", source="scan")
        self._after(result)

    def redirect(self) -> None:
        self._show_actions(False)
        self.result.setText(self.result.text() + "<br><i>" + self.tr("Redirected, not admitted.") + "</i>")
        self.last = None

    def _after(self, r: doors.DoorResult) -> None:
        self.last = r
        self.show_occupancy(r.session)
        self.result.setText(self.describe(r))
        self._paint_result(RESULT_COLOURS.get(r.status, "#c62828"))
        self._show_actions(r.status in doors.OVERRIDABLE and r.attendee_id is not None and not r.recorded)
        name = r.attendee.display_name if r.attendee else (f"#{r.attendee_id}" if r.attendee_id else "?")
        self.recent.insertItem(0, f"{self.clock.now().astimezone(self.ctx.store.tz):%H:%M}  "
                                  f"{self.status_text(r.status)} – {name}")
        while self.recent.count() > 20:
            self.recent.takeItem(self.recent.count() - 1)
        if r.recorded:
            self.ctx.notify(Change.PROGRAMME)

    def _show_actions(self, show: bool) -> None:
        self.admit_button.setVisible(show)
        self.redirect_button.setVisible(show)

    def _paint_result(self, colour: str) -> None:
        self.result.setStyleSheet(f"QLabel {{ background: {colour}; color: white; font-size: 22px; "
                                  "padding: 14px; border-radius: 10px; }")

    def status_text(self, status: DoorStatus) -> str:
        return {
            DoorStatus.ADMITTED: self.tr("Admitted"),
            DoorStatus.ALREADY_INSIDE: self.tr("Already inside"),
            DoorStatus.EXITED: self.tr("Left the room"),
            DoorStatus.NOT_INSIDE: self.tr("Was not inside"),
            DoorStatus.FULL: self.tr("FULL"),
            DoorStatus.NOT_ASSIGNED: self.tr("Not registered for this session"),
            DoorStatus.SESSION_OVER: self.tr("Session has ended"),
            DoorStatus.CANCELLED: self.tr("Registration cancelled"),
            DoorStatus.NOT_ON_LIST: self.tr("Not on this station's list"),
            DoorStatus.REVOKED: self.tr("Replaced code"),
            DoorStatus.INVALID_CODE: self.tr("Not a badge of this event"),
            DoorStatus.WRONG_EVENT: self.tr("Badge of another event"),
        }[status]

    def describe(self, r: doors.DoorResult) -> str:
        lines = [f"<b style='font-size:30px'>{self.status_text(r.status)}</b>"]
        if r.attendee is not None:
            lines.append(f"{r.attendee.display_name}<br><span style='font-size:16px'>{r.attendee.organisation}</span>")
        if r.status == DoorStatus.FULL:
            lines.append(self._alternatives(r))
        if r.assigned_elsewhere:
            where = "; ".join(f"{v.title(self.ctx.language)} → {v.room.name if v.room else '?'}"
                              for v in r.assigned_elsewhere)
            lines.append(_small(self.tr("Registered for: %1").replace("%1", where), 17))
        if r.status in (DoorStatus.CANCELLED, DoorStatus.NOT_ON_LIST, DoorStatus.REVOKED):
            lines.append(_small(self.tr("Send to the registration desk."), 17))
        if r.overridden is not None:
            lines.append(_small(self.tr("Admitted anyway"), 16))
        if r.left_session is not None:
            try:
                left = agenda.session(self.ctx.store, r.left_session)
                lines.append(_small(self.tr("Counted as leaving: %1").replace("%1", left.title(self.ctx.language)), 14))
            except agenda.AgendaError:
                pass
        return "<br>".join(lines)

    def _alternatives(self, r: doors.DoorResult) -> str:
        """Sessions of the same kind running at the same time that still have room (where to send guests)."""
        store = self.ctx.store
        same = [v for v in agenda.sessions(store, r.session.day)
                if v.id != r.session.id and v.kind == r.session.kind and v.start < r.session.end
                and v.end > r.session.start]
        agenda.add_counts(store, same, self.clock.now())
        free = [v for v in same if v.state != "full"]
        if not free:
            return ""
        text = "; ".join(f"{v.room.name if v.room else v.title(self.ctx.language)}: "
                         + (self.tr("%1 free").replace("%1", str(v.capacity - v.present)) if v.capacity else "")
                         for v in free)
        return _small(self.tr("Space in: %1").replace("%1", text), 17)


def _small(text: str, px: int) -> str:
    return f"<span style='font-size:{px}px'>{text}</span>"
