"""The Stations screen: who is connected, how far behind, last contact, alone warning, pairing, addresses."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QImage, QPixmap
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.sync import pairing
from ...core.sync.discovery import lan_urls
from ...core.sync.peers import add_peer, normalise_url
from ...core.sync.secret import SyncError
from ...core.sync.station_report import our_version_vector
from ..changes import Change
from ..context import AppContext
from ..failure_words import failure_words
from ..ops import EventOp, QueryOp
from .runner import SyncRunner, ensure_running
from .trust import RevokeRow, TrustPanel

OK = "color: #1b7a3a; font-weight: bold;"
WARN = "color: #b3261e; font-weight: bold;"


def _ago(when: datetime | None, now: datetime) -> str:
    if when is None:
        return "—"
    secs = int((now - when).total_seconds())
    if secs < 60:
        return f"{max(secs, 0)} s"
    if secs < 3600:
        return f"{secs // 60} min"
    return f"{secs // 3600} h {secs % 3600 // 60} min"


class StationsScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("stationsScreen")
        big = QFont(self.font())
        big.setPointSizeF(max(big.pointSizeF(), 10) * 1.2)
        self.setFont(big)

        self.me = QLabel()
        self.me.setObjectName("thisStation")
        self.me.setWordWrap(True)
        self.me.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.alone = QLabel()
        self.alone.setObjectName("aloneWarning")
        self.alone.setWordWrap(True)
        self.alone_minutes = QSpinBox()
        self.alone_minutes.setRange(1, 240)
        self.alone_minutes.setSuffix(self.tr(" min"))
        self.alone_minutes.setValue(int(ctx.settings.value("stations/alone_minutes", 5) or 5))
        self.alone_minutes.valueChanged.connect(lambda v: ctx.settings.setValue("stations/alone_minutes", v))
        self.conflicts = QLabel()
        self.conflicts.setObjectName("doubleAdmissions")
        self.trust = TrustPanel(ctx)  # issue 25: refused records, numbers used twice
        self.revoke = RevokeRow(ctx)  # issue 25: a lost laptop (organiser's file only)
        self.revoke.revoked.connect(self.trust.reload)

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("stationsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Station"), self.tr("State"), self.tr("Behind"),
                                              self.tr("Last contact"), self.tr("Clock"), self.tr("Address")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.address = QLineEdit()
        self.address.setObjectName("manualAddress")
        self.address.setPlaceholderText(self.tr("e.g. 192.168.1.20:8765"))
        self.address.returnPressed.connect(self.add_address)
        add = QPushButton(self.tr("Add station"))
        add.clicked.connect(self.add_address)
        self.message = QLabel()
        self.message.setObjectName("stationsMessage")
        self.message.setWordWrap(True)

        self.show_code = QPushButton(self.tr("Show pairing code"))
        self.show_code.setObjectName("showPairing")
        self.show_code.clicked.connect(self.show_pairing)
        self.qr = QLabel()
        self.qr.setObjectName("pairingQr")
        self.short_code = QLabel()
        self.short_code.setObjectName("pairingCode")
        code_font = QFont(big)
        code_font.setPointSizeF(big.pointSizeF() * 1.8)
        code_font.setBold(True)
        self.short_code.setFont(code_font)
        self.short_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.join_code = QLineEdit()
        self.join_code.setObjectName("joinCode")
        self.join_code.setPlaceholderText(self.tr("Scan the pairing QR code or type the short code"))
        self.join_peer = QLineEdit()
        self.join_peer.setPlaceholderText(self.tr("Address of the showing station (optional)"))
        join = QPushButton(self.tr("Join"))
        join.setObjectName("joinButton")
        join.clicked.connect(self.join)
        self.join_code.returnPressed.connect(self.join)

        layout = QVBoxLayout(self)
        layout.addWidget(self.me)
        warn_row = QHBoxLayout()
        warn_row.addWidget(self.alone, 1)
        warn_row.addWidget(QLabel(self.tr("Warn when alone for more than")))
        warn_row.addWidget(self.alone_minutes)
        layout.addLayout(warn_row)
        self.table.setMaximumHeight(260)  # a handful of desks; the pairing QR must stay whole below
        layout.addWidget(self.table)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.trust)
        layout.addWidget(self.revoke)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Station address:")))
        row.addWidget(self.address, 1)
        row.addWidget(add)
        layout.addLayout(row)
        layout.addWidget(self.message)
        pair_box = QGroupBox(self.tr("Pairing"))
        pair = QHBoxLayout(pair_box)
        show_col = QVBoxLayout()
        show_col.addWidget(self.show_code)
        show_col.addWidget(self.qr)
        show_col.addWidget(self.short_code)
        show_col.addStretch(1)
        join_col = QVBoxLayout()
        join_col.addWidget(QLabel(self.tr("Join the stations of this event:")))
        join_col.addWidget(self.join_code)
        join_col.addWidget(self.join_peer)
        join_col.addWidget(join)
        join_col.addStretch(1)
        pair.addLayout(show_col, 1)
        pair.addLayout(join_col, 1)
        layout.addWidget(pair_box, 1)

        self.runner: SyncRunner = ensure_running(ctx)
        self.runner.state_changed.connect(self.refresh)
        ctx.subscribe(Change.ARRIVALS | Change.STATIONS, self._count_conflicts)
        ctx.subscribe(Change.STATIONS, self.revoke.reload, self)  # a new certificate (a copy made), a revocation
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._count_conflicts()
        self.refresh()
        self.revoke.reload()

    # --- status --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        store, service = self.ctx.store, self.runner.service
        if store is None:
            return
        now = datetime.now(UTC)
        if service is None:
            self.me.setText(self.tr("Station %1: sync is not running. %2").replace("%1", store.station_id)
                            .replace("%2", self.runner.error or self.tr("Starting…")))
            self.alone.setText("")
            self.table.setRowCount(0)
            return
        where = ", ".join(lan_urls(service.port))
        mdns = self.tr("found automatically on this network") if service.mdns_state == "on" else \
            self.tr("automatic discovery unavailable: add stations by address")
        self.me.setText(self.tr("This station: %1 — reachable at %2 (%3)").replace("%1", service.station_id)
                        .replace("%2", where).replace("%3", mdns))
        ours = our_version_vector(store)
        states = service.status_book.states()
        self.table.setRowCount(len(states))
        for r, s in enumerate(states):
            clock = "" if s.clock_offset is None else f"{round(s.clock_offset):+d} s"
            if s.clock_warning:
                clock = self.tr("%1 — check this laptop's time!").replace("%1", clock)
            state = self.tr("connected") if s.connected else (self.tr("unreachable") if s.last_error
                                                                  else self.tr("not connected"))
            station = s.station_id if not s.role else self.tr("%1 (%2)").replace("%1", s.station_id).replace(
                "%2", self.trust.role_word(s.role))  # issue 25: the role it proved
            cells = [station, state, str(s.behind(ours)), _ago(s.last_contact, now), clock, s.url or ""]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if (c == 1 and not s.connected) or (c == 4 and s.clock_warning):
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(r, c, item)
        status = service.status()
        alone = status.alone_seconds()
        if alone > self.alone_minutes.value() * 60:
            self.alone.setText(self.tr("This desk has been alone for %1: no other station reachable. "
                                       "It keeps working; check the network or add a station by address.")
                               .replace("%1", _ago(status.alone_since, now)))
            self.alone.setStyleSheet(WARN)
        elif status.alone_since is None:
            self.alone.setText(self.tr("In sync with %n station(s).", "", sum(s.connected for s in states)))
            self.alone.setStyleSheet(OK)
        else:
            self.alone.setText(self.tr("No other station connected yet."))
            self.alone.setStyleSheet("")

    def _count_conflicts(self) -> None:
        if self.ctx.store is None:
            return
        # Groups every arrival of the event: on the worker, after each merge.
        QueryOp(self.ctx, self, lambda store: len(store.double_admissions()), self._show_conflicts).failure(
            lambda message: self.conflicts.setText(message)).run_in_background()

    def _show_conflicts(self, n: int) -> None:
        self.conflicts.setText(self.tr("Double admissions (admitted at two desks while apart): %1").replace(
            "%1", str(n)) if n else "")
        self.conflicts.setStyleSheet(WARN if n else "")

    # --- actions -------------------------------------------------------------------------------------
    def add_address(self) -> None:
        try:
            url = normalise_url(self.address.text(), 8765)
        except ValueError as exc:
            self.message.setText(self.tr("Not a station address: %1").replace("%1", failure_words(exc)))
            return
        if self.runner.service is not None:
            self.runner.service.add_peer(url, "manual")
        elif self.ctx.store is not None:
            add_peer(self.ctx.store, url, "manual")
        self.address.clear()
        self.message.setText(self.tr("Added %1; it connects within seconds.").replace("%1", url))

    def show_pairing(self) -> None:
        store, service = self.ctx.store, self.runner.service
        if store is None:
            return
        try:
            offer = pairing.open_pairing(store, lan_urls(service.port if service else 8765))
        except SyncError as exc:
            self.message.setText(failure_words(exc))
            return
        import qrcode

        qr = qrcode.QRCode(border=2, box_size=6)
        qr.add_data(offer.payload)
        img = qr.make_image().convert("RGB")
        data = img.tobytes("raw", "RGB")
        qimg = QImage(data, img.width, img.height, img.width * 3, QImage.Format.Format_RGB888).copy()
        pix = QPixmap.fromImage(qimg)
        self.qr.setPixmap(pix)
        self.qr.setFixedSize(pix.size())  # never squashed: a scanner needs every module
        self.short_code.setText(offer.short_code)
        self.message.setText(self.tr("Let the other desk scan the QR code or type the short code. "
                                     "Valid for 15 minutes."))

    def join(self) -> None:
        store = self.ctx.store
        text = self.join_code.text().strip()
        if store is None or not text:
            return
        try:
            peers = [normalise_url(self.join_peer.text(), 8765)] if self.join_peer.text().strip() else []
        except ValueError as exc:
            self.message.setText(self.tr("Could not join: %1").replace("%1", failure_words(exc)))
            return
        self.message.setText(self.tr("Joining…"))
        # On the DB worker: a short code means scrypt, maybe mDNS and a network round trip.
        EventOp(self.ctx, self, lambda s: pairing.join_with_code(s, text, peers), changes=Change.STATIONS | Change.SETTINGS,
                success=self._joined).failure(self._join_failed).run_in_background()

    def _joined(self, result: pairing.JoinResult) -> None:
        self.join_code.clear()
        self.message.setText(self.tr("Paired. This desk now syncs with the stations of this event."))
        self.message.setStyleSheet(OK)
        self.runner.restart()  # the new secret and peers take effect

    def _join_failed(self, error: str) -> None:
        self.message.setText(self.tr("Could not join: %1").replace("%1", error.splitlines()[0] if error else ""))
        self.message.setStyleSheet(WARN)
