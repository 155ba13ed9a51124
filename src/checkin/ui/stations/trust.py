"""The Stations screen's trust panel (issue 25): records refused from other stations, sequence numbers used
by two records, and station ids this copy gave up. Read on the DB worker every few seconds; empty when all is
well, red when the organiser should look."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy

from ...core.sync.station_report import trust_findings
from ..context import AppContext
from ..ops import QueryOp

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
                lines.append("  " + self.tr("%1 by %2, offered by %3 (%4): %5").replace("%1", r["kind"])
                             .replace("%2", r["station"]).replace("%3", r["peer_station"])
                             .replace("%4", self.role_word(r["peer_role"])).replace("%5", self._reason(r)))
        pairs = found["same_seq"]
        if pairs:
            lines.append(self.tr("%n sequence number(s) used by two different records (two laptops under one "
                                 "station name); all records are kept:", "", len(pairs)))
            for d in pairs[:SHOWN]:
                lines.append(f"  {d['station']} #{d['seq']}: " + ", ".join(r["kind"] for r in d["records"]))
        for change in found["history"][-SHOWN:]:
            if change.get("why") == "station_name":  # core.installation.NAMED
                text = self.tr("This copy was made as %1 and is station %3 since %2 (the station name of this "
                               "laptop, see Settings).")
            else:
                text = self.tr("This copy worked as %1 until %2 and is station %3 since (opened on another "
                               "computer or restored from a backup).")
            lines.append(text.replace("%1", change["from"]).replace("%2", self._local(change["at"]))
                         .replace("%3", change["to"]))
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
        if r["peer_role"] == "helper":
            return self.tr("a helper may not write this")
        return self.tr("only the organiser may write this")
