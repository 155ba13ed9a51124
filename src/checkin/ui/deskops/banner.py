"""The VIP notice banner: above every screen while a guest with the attention flag, admitted at another
station today, has not been acknowledged at this one. "Acknowledged" writes an ``attention_ack`` record.

Refreshed when the event changes (here, another process, or a merge from a station: ``ctx.subscribe``) and on
a slow timer so a notice from a new day's first arrival never waits for a click.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core import deskops
from ...core.deskops import Notice
from ..changes import Change
from ..context import AppContext

STYLE = ("QFrame#vipNotice { background: #7a1fa2; border-radius: 6px; } "
         "QLabel { color: white; font-size: 19px; } "
         "QPushButton { font-size: 17px; padding: 8px 16px; background: white; color: #4a1163; }")


class NoticeBanner(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("vipNotice")
        self.setStyleSheet(STYLE)
        self.notices: list[Notice] = []
        self.text = QLabel()
        self.text.setObjectName("vipNoticeText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.more = QLabel()
        self.more.setObjectName("vipNoticeMore")
        self.ack = QPushButton(self.tr("Acknowledged"))
        self.ack.setObjectName("vipNoticeAck")
        self.ack.clicked.connect(self.acknowledge_first)
        texts = QVBoxLayout()
        texts.addWidget(self.text)
        texts.addWidget(self.more)
        lay = QHBoxLayout(self)
        lay.addLayout(texts, 1)
        lay.addWidget(self.ack)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setInterval(30_000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._soon = QTimer(self)  # one query after a burst of changes, never inside the desk's scan-to-paint
        self._soon.setSingleShot(True)
        self._soon.setInterval(150)
        self._soon.timeout.connect(self.refresh)
        ctx.subscribe(Change.ARRIVALS | Change.ATTENDEES | Change.SETTINGS, self._soon.start)
        ctx.event_opened.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        store = self.ctx.store
        self.notices = deskops.open_notices(store, station=store.station_id) if store is not None else []
        if not self.notices:
            self.hide()
            return
        n = self.notices[0]
        a = n.attendee
        at = datetime.fromisoformat(n.at).astimezone(store.tz).strftime("%H:%M")
        if n.reason:  # issue 22: a kiosk sent this guest to the desk
            from ..kiosk.words import referral_text

            line = referral_text(n.display_name, n.reason, n.station, at)
        else:
            line = self.tr("VIP arrived: %1 (%2) at %3, %4.").replace("%1", n.display_name) \
                .replace("%2", a.organisation if a else "").replace("%3", n.station).replace("%4", at)
        if a is not None and a.desk_note:
            line += "\n" + a.desk_note
        self.text.setText(line)
        rest = len(self.notices) - 1
        self.more.setText(self.tr("%n more notice(s) waiting", "", rest) if rest else "")
        self.more.setVisible(bool(rest))
        self.show()

    def acknowledge_first(self) -> None:
        store = self.ctx.store
        if store is None or not self.notices:
            return
        deskops.acknowledge(store, self.notices[0].record_id)
        self.ctx.notify(Change.ARRIVALS)  # refreshes this banner and every screen showing arrivals
