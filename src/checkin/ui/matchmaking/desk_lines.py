"""The guest's meetings today under the desk's result, one line each: time, table, partner, partner here or not.

A widget of its own so the desk screen only places it and tells it whom it admitted.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from ...core import matchmaking as mm
from ...core.store import EventStore


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeskMeetingLines", text)


def meeting_lines(store: EventStore, attendee_id: int, at: datetime) -> list[str]:
    """One line per meeting of the guest on ``at``'s day (without those a rematch replaced)."""
    out = []
    for s in mm.person_meetings(store, attendee_id, day=at.astimezone(store.tz).date(), at=at):
        partners = [p for p in s.participants if p.id != attendee_id]
        who = ", ".join(f"{p.name} ({p.organisation})" if p.organisation else p.name for p in partners) or "?"
        here = all(p.arrived for p in partners) and bool(partners)
        state = "✓ " + _tr("partner is here") if here else "✗ " + _tr("partner not arrived yet")
        out.append(_tr("%1  table %2  with %3  %4").replace("%1", f"{s.start:%H:%M}").replace("%2", s.table)
                   .replace("%3", who).replace("%4", state))
    return out


class DeskMeetingLines(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("deskMeetings")
        self.setTextFormat(Qt.TextFormat.PlainText)  # names are shown as written, never as markup
        self.setWordWrap(True)
        self.setStyleSheet("font-size: 18px; padding: 6px 12px; color: #111111; background: #f3f5f8; border-radius: 8px;")
        self.hide()

    def show_for(self, store: EventStore | None, attendee_id: int | None, at: datetime) -> None:
        """The meetings of this guest today; nothing (hidden) without a guest or meetings."""
        lines = meeting_lines(store, attendee_id, at) if store is not None and attendee_id else []
        self.setText("\n".join([self.tr("Meetings today:"), *lines]) if lines else "")
        self.setVisible(bool(lines))
