"""The result panel: one big colour-coded card, readable from two metres and told apart without colour: each
state has its own large symbol, words and shape (refusals are hatched, attention has a heavy frame, an undo is
dashed), and a stamp (scan number and time) changes on every scan, so two refusals in a row look different."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from ...core.desk import Decision, Flag, Status

# state -> (background, text colour). White on deep colours and black on amber: contrast >= 4.5:1.
COLOURS = {
    "ready": ("#2b2f36", "#ffffff"),
    "admitted": ("#17753a", "#ffffff"),
    "attention": ("#f5b301", "#111111"),
    "already": ("#1f57a8", "#ffffff"),
    "refused": ("#b3221b", "#ffffff"),
    "undone": ("#5b6270", "#ffffff"),
}
SYMBOLS = {"ready": "▣", "admitted": "✔", "attention": "⚠", "already": "↺", "refused": "✖", "undone": "↶"}
# Shapes that tell the states apart for colour-blind staff (and on a washed-out projector).
SHAPES = {"refused": "hatched", "attention": "frame", "undone": "dashed", "already": "double"}
# Font sizes in px at full size; the panel scales them down on a small screen (1366x768) to show all lines.
SIZES = {"symbol": 64, "headline": 52, "name": 42, "organisation": 26, "category": 22, "note": 26, "detail": 20,
         "stamp": 20}


def state_of(d: Decision) -> str:
    if d.status == Status.ADMITTED:
        return "attention" if d.attention else "admitted"
    if d.status == Status.ALREADY_ADMITTED:
        return "already"
    return "refused"


def category_name(category: str) -> str:
    names = {
        "guest": QCoreApplication.translate("DeskPanel", "Guest"), "speaker": QCoreApplication.translate("DeskPanel", "Speaker"), "press": QCoreApplication.translate("DeskPanel", "Press"), "staff": QCoreApplication.translate("DeskPanel", "Staff"),
        "exhibitor": QCoreApplication.translate("DeskPanel", "Exhibitor"), "ministry": QCoreApplication.translate("DeskPanel", "Ministry"),
    }
    return names.get(category, category)


def headline(d: Decision) -> str:
    return {
        Status.ADMITTED: QCoreApplication.translate("DeskPanel", "ATTENTION") if d.attention else QCoreApplication.translate("DeskPanel", "Welcome"),
        Status.ALREADY_ADMITTED: QCoreApplication.translate("DeskPanel", "Already checked in"),
        Status.INVALID_CODE: QCoreApplication.translate("DeskPanel", "Invalid code"),
        Status.WRONG_EVENT: QCoreApplication.translate("DeskPanel", "Code of another event"),
        Status.REVOKED: QCoreApplication.translate("DeskPanel", "Code replaced"),
        Status.CANCELLED: QCoreApplication.translate("DeskPanel", "Cancelled"),
        Status.NOT_ON_LIST: QCoreApplication.translate("DeskPanel", "Not on the list"),
        Status.NOT_REGISTERED_HERE: QCoreApplication.translate("DeskPanel", "Not registered here"),
    }[d.status]


def explanation(d: Decision, tz: ZoneInfo, can_override: bool) -> str:
    lines: list[str] = []
    if d.status == Status.ADMITTED:
        if d.attention:
            lines.append(QCoreApplication.translate("DeskPanel", "Confirm with Enter before the next guest."))
        if Flag.OVERRIDE in d.flags:
            lines.append(QCoreApplication.translate("DeskPanel", "Admitted by override: %1").replace("%1", d.override or ""))
        if Flag.BADGE_WANTED in d.flags:
            lines.append(QCoreApplication.translate("DeskPanel", "Hand over the badge."))
        elif Flag.RETURNING in d.flags:
            lines.append(QCoreApplication.translate("DeskPanel", "Returning guest: no new badge unless asked."))
    elif d.status == Status.ALREADY_ADMITTED and d.first_arrival:
        at = datetime.fromisoformat(d.first_arrival.at).astimezone(tz).strftime("%H:%M")
        lines.append(QCoreApplication.translate("DeskPanel", "Today at %1 at station %2.").replace("%1", at).replace("%2", d.first_arrival.station))
    elif d.status == Status.INVALID_CODE:
        lines.append(QCoreApplication.translate("DeskPanel", "Not a code of this event. Search the guest by name."))
    elif d.status == Status.WRONG_EVENT:
        lines.append(QCoreApplication.translate("DeskPanel", "This invitation is for another event."))
    elif d.status == Status.REVOKED:
        lines.append(QCoreApplication.translate("DeskPanel", "A newer code was issued to this guest. Search by name."))
    elif d.status == Status.CANCELLED:
        lines.append(QCoreApplication.translate("DeskPanel", "The guest cancelled. Call the organiser."))
    elif d.status == Status.NOT_ON_LIST:
        lines.append(QCoreApplication.translate("DeskPanel", "Valid invitation, but not in this list (invited late?)."))
    elif d.status == Status.NOT_REGISTERED_HERE:
        if Flag.POINT_CLOSED_TODAY in d.flags:
            lines.append(QCoreApplication.translate("DeskPanel", "This check-in point is not open today."))
        elif Flag.WRONG_DAY in d.flags:
            lines.append(QCoreApplication.translate("DeskPanel", "Registered for another day."))
        else:
            lines.append(QCoreApplication.translate("DeskPanel", "Not registered for this check-in point."))
    if d.status in (Status.CANCELLED, Status.NOT_ON_LIST, Status.NOT_REGISTERED_HERE, Status.REVOKED) and can_override:
        if Flag.PIN_WRONG in d.flags:
            lines.append(QCoreApplication.translate("DeskPanel", "Wrong organiser PIN."))
        lines.append(QCoreApplication.translate("DeskPanel", "Admit anyway: F8 (reason required)."))
    if Flag.OUTSIDE_EVENT_DATES in d.flags:
        lines.append(QCoreApplication.translate("DeskPanel", "Note: today is not an event day."))
    return "\n".join(lines)


class ResultPanel(QFrame):
    """Shows one decision (or "ready"); the screen decides when to return to ready."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("resultPanel")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.state = "ready"
        self.scale = 1.0
        self.scans = 0  # decisions shown since the desk opened: the stamp changes on every scan
        self.symbol = self._label("symbol", bold=True)
        self.symbol.setWordWrap(False)
        self.headline = self._label("headline", bold=True)
        self.name = self._label("name", bold=True)
        self.organisation = self._label("organisation")
        self.category = self._label("category", bold=True)
        self.note = self._label("note", bold=True)
        self.detail = self._label("detail")
        self.stamp = self._label("stamp")
        head = QHBoxLayout()
        head.setSpacing(18)
        head.addStretch(1)
        head.addWidget(self.symbol)
        head.addWidget(self.headline, 0)
        head.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 14, 28, 12)
        lay.setSpacing(6)
        lay.addStretch(1)
        lay.addLayout(head)
        for w in (self.name, self.organisation, self.category, self.note, self.detail):
            lay.addWidget(w)
        lay.addStretch(1)
        lay.addWidget(self.stamp)
        self._apply_sizes()
        self.show_ready()

    def _label(self, name: str, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names are shown as written, never as markup
        label.setProperty("bold", bold)
        return label

    def set_scale(self, scale: float) -> None:
        """Smaller type on a small screen (the desk decides from its height), so nothing is cut off."""
        if abs(scale - self.scale) > 0.01:
            self.scale = scale
            self._apply_sizes()

    def _apply_sizes(self) -> None:
        for label in (self.symbol, self.headline, self.name, self.organisation, self.category, self.note,
                      self.detail, self.stamp):
            px = max(12, round(SIZES[label.objectName()] * self.scale))
            bold = "font-weight: 700;" if label.property("bold") else ""
            label.setStyleSheet(f"font-size: {px}px; {bold} background: transparent;")

    def _paint(self, state: str) -> None:
        self.state = state
        bg, fg = COLOURS[state]
        self.setStyleSheet(f"#resultPanel {{ background: {bg}; border-radius: 18px; }} "
                           f"#resultPanel QLabel {{ color: {fg}; }}")
        self.symbol.setText(SYMBOLS[state])
        self.update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        shape = SHAPES.get(self.state)
        if shape is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        outline = QPainterPath()
        outline.addRoundedRect(rect, 16, 16)
        fg = QColor(COLOURS[self.state][1])
        if shape == "hatched":  # diagonal stripes over the whole card: "stop" without reading or colour
            fg.setAlpha(40)
            p.setClipPath(outline)
            p.setPen(QPen(fg, 10))
            step = 36
            for x in range(-int(rect.height()), int(rect.width()), step):
                p.drawLine(int(rect.left()) + x, int(rect.bottom()), int(rect.left()) + x + int(rect.height()),
                           int(rect.top()))
        elif shape == "frame":
            p.setPen(QPen(fg, 10))
            p.drawPath(outline)
        elif shape == "dashed":
            p.setPen(QPen(fg, 5, Qt.PenStyle.DashLine))
            p.drawPath(outline)
        elif shape == "double":
            p.setPen(QPen(fg, 3))
            p.drawPath(outline)
            inner = QPainterPath()
            inner.addRoundedRect(rect.adjusted(10, 10, -10, -10), 12, 12)
            p.drawPath(inner)
        p.end()

    def _fill(self, head: str, name: str = "", org: str = "", cat: str = "", note: str = "", detail: str = "") -> None:
        for label, text in ((self.headline, head), (self.name, name), (self.organisation, org),
                            (self.category, cat), (self.note, note), (self.detail, detail)):
            label.setText(text)
            label.setVisible(bool(text))

    def show_ready(self, point_label: str = "") -> None:
        self.stamp.setText("")
        self.stamp.hide()
        self._paint("ready")
        self._fill(QCoreApplication.translate("DeskPanel", "Ready to scan"), "", point_label, "",
                   "", QCoreApplication.translate("DeskPanel", "Scan a code, or type a name (F2). Undo: Ctrl+Z."))

    def show_decision(self, d: Decision, tz: ZoneInfo, can_override: bool = True) -> None:
        self.scans += 1
        at = datetime.fromisoformat(d.at).astimezone(tz).strftime("%H:%M:%S")
        self.stamp.setText(QCoreApplication.translate("DeskPanel", "Scan %1 · %2").replace("%1", str(self.scans))
                           .replace("%2", at))
        self.stamp.show()
        self._paint(state_of(d))
        a = d.attendee
        name = a.display_name if a else ""
        if a is None and d.code_attendee_id is not None:
            name = QCoreApplication.translate("DeskPanel", "Invitation no. %1").replace("%1", str(d.code_attendee_id))
        cat = category_name(a.category) if a else ""
        if a and a.walk_in:
            walk_in = QCoreApplication.translate("DeskPanel", "Walk-in")
            cat = f"{cat} · {walk_in}"
        self._fill(headline(d), name, a.organisation if a else "", cat, d.note or "",
                   explanation(d, tz, can_override))

    def show_undone(self, name: str) -> None:
        self.stamp.hide()
        self._paint("undone")
        self._fill(QCoreApplication.translate("DeskPanel", "Check-in undone"), name, "", "", "", QCoreApplication.translate("DeskPanel", "The arrival is no longer counted."))

    def texts(self) -> dict[str, str]:
        """What the panel shows (tests and screenshots check this, not pixels)."""
        return {w.objectName(): w.text() for w in (self.headline, self.name, self.organisation, self.category,
                                                    self.note, self.detail, self.stamp) if w.isVisible() or w.text()}
