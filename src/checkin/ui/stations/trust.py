"""The Stations screen's trust panel (issue 25): records refused from other stations, sequence numbers used
by two records, station ids this copy gave up and revoked stations. Read on the DB worker every few seconds;
empty when all is well, red when the organiser should look. Below it, on the organiser's file, a row to revoke
a station (a lost laptop)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ...core.station_revocation import revocable_stations, revoke_station
from ...core.sync.station_report import trust_findings
from ..changes import Change
from ..context import AppContext
from ..ops import EventOp, QueryOp
from .kind_words import kind_words

WARN = "color: #b3261e; font-weight: bold;"
SHOWN = 3  # lines per kind of finding; `checkin stations` lists them all


class TrustPanel(QLabel):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("trustFindings")
        self.setWordWrap(True)
        # Never squeezed by the pairing box below: each finding is a line the organiser must read whole.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(5000)
        self._timer.timeout.connect(self.reload)
        self._timer.start()
        self.reload()

    def reload(self) -> None:
        if self.ctx.store is None or self._busy:
            return
        self._busy = True
        QueryOp(self.ctx, self, trust_findings, self.show_findings).failure(self._failed).run_in_background()

    def _failed(self, _error: str) -> None:
        self._busy = False

    def show_findings(self, found: dict[str, Any]) -> None:
        self._busy = False
        lines = []
        refused = found["refused"]
        if refused:
            lines.append(self.tr("Refused %n record(s) from other stations (they changed nothing):", "",
                                 len(refused)))
            for r in refused[:SHOWN]:
                lines.append("  " + self.tr("%1 by %2, offered by %3 (%4): %5").replace("%1", kind_words(r["kind"]))
                             .replace("%2", r["station"]).replace("%3", r["peer_station"])
                             .replace("%4", self.role_word(r["peer_role"])).replace("%5", self._reason(r)))
        pairs = found["same_seq"]
        if pairs:
            lines.append(self.tr("%n sequence number(s) used by two different records (two laptops under one "
                                 "station name); all records are kept:", "", len(pairs)))
            for d in pairs[:SHOWN]:
                lines.append(f"  {d['station']} #{d['seq']}: " + ", ".join(kind_words(r["kind"]) for r in d["records"]))
        for change in found["history"][-SHOWN:]:
            if change.get("why") == "station_name":  # core.installation.NAMED
                text = self.tr("This copy was made as %1 and is station %3 since %2 (the station name of this "
                               "laptop, see Settings).")
            else:
                text = self.tr("This copy worked as %1 until %2 and is station %3 since (opened on another "
                               "computer or restored from a backup).")
            lines.append(text.replace("%1", change["from"]).replace("%2", self._local(change["at"]))
                         .replace("%3", change["to"]))
        for r in found.get("revoked", []):
            upto = ", ".join(f"{s} #{n}" for s, n in sorted(r["upto"].items())) or "-"
            lines.append(self.tr("Revoked: %1 (records up to %2 stay; later ones and its codes count nowhere)")
                         .replace("%1", r["station"]).replace("%2", upto) + (f": {r['reason']}" if r["reason"] else ""))
        self.setText("\n".join(lines))
        self.setStyleSheet(WARN if refused or pairs else "")

    def _local(self, at: str) -> str:
        """A journal time (UTC) as the desk's clock shows it."""
        try:
            when = datetime.fromisoformat(at)
            return f"{when.astimezone(self.ctx.store.tz):%Y-%m-%d %H:%M}" if self.ctx.store else at[:16]
        except ValueError:
            return at[:16].replace("T", " ")

    def role_word(self, role: str) -> str:
        return {"helper": self.tr("helper"), "desk": self.tr("desk"), "organiser": self.tr("organiser")}.get(role, role)

    def _reason(self, r: dict[str, Any]) -> str:
        why = str(r["reason"])
        # The signature checks (``sync.provenance``) first, then the offering peer's role (``sync.trust``).
        for words, text in (
                ("unsigned", self.tr("unsigned (written before signing, or forged)")),
                ("altered after signing", self.tr("altered after it was signed")),
                ("unknown station key", self.tr("signed by a key nobody certified")),
                ("signed by the key of station", self.tr("signed with another station's key")),
                ("does not verify", self.tr("forged or altered signature")),
                ("revoked", self.tr("the station was revoked")),
                (" key may not sign ", self.tr("its station's role may not write this"))):
            if words in why:
                return text
        if r["peer_role"] == "helper":
            return self.tr("a helper may not write this")
        return self.tr("only the organiser may write this")


class RevokeRow(QWidget):
    """Revoke a certified station (organiser's file only): its later records and its codes stop counting."""

    revoked = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("revokeStation")
        self.station = QComboBox()
        self.station.setObjectName("revokeWhich")
        self.reason = QLineEdit()
        self.reason.setObjectName("revokeReason")
        self.reason.setPlaceholderText(self.tr("Why (e.g. laptop lost)"))
        self.button = QPushButton(self.tr("Revoke station…"))
        self.button.setObjectName("revokeButton")
        self.button.clicked.connect(self.revoke)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Lost laptop:")))
        row.addWidget(self.station)
        row.addWidget(self.reason, 1)
        row.addWidget(self.button)
        row.addWidget(self.message, 1)
        self.hide()  # shown by ``reload`` once in the screen (a parentless widget shown would be a window)

    def reload(self) -> None:
        store = self.ctx.store
        allowed = store is not None and self.ctx.role == "organiser" and self.parent() is not None
        self.setVisible(allowed)
        if allowed:
            QueryOp(self.ctx, self, revocable_stations, self._show_names).failure(lambda _error: None) \
                .run_in_background()

    def _show_names(self, names: list[str] | None) -> None:
        if names is None:  # not the organiser's file: it cannot revoke
            self.setVisible(False)
            return
        current = self.station.currentText()
        self.station.clear()
        self.station.addItems(names)
        if current in names:
            self.station.setCurrentText(current)
        self.button.setEnabled(bool(names))

    def revoke(self) -> None:
        name, reason = self.station.currentText(), self.reason.text()
        if not name:
            return
        answer = QMessageBox.question(
            self, self.tr("Revoke station"),
            self.tr("Revoke station %1? Its records from now on and every code it issued stop counting at every "
                    "station. This cannot be undone.").replace("%1", name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        EventOp(self.ctx, self, lambda s: revoke_station(s, name, reason=reason), changes=Change.STATIONS
                | Change.ARRIVALS, success=self._done).failure(self._failed).run_in_background()

    def _done(self, _records: Any) -> None:
        self.message.setText(self.tr("Revoked. The other stations learn it with their next sync."))
        self.message.setStyleSheet("")
        self.reason.clear()
        self.reload()
        self.revoked.emit()

    def _failed(self, error: str) -> None:
        self.message.setText(error.splitlines()[0] if error else "")
        self.message.setStyleSheet(WARN)
