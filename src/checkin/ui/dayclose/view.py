"""Day close: do the stations agree, who still holds a hand-out, what waits for upstream, then a backup to a stick.

The checks and the backup run on the DB worker (``checkin.core.reports.dayclose``); the backup is verified by
opening the copy and counting its journal records.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext
from ..ops import QueryOp

OK = "color: #1b7a3a; font-weight: bold;"
WARN = "color: #b3261e; font-weight: bold;"


def _table(headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _when(text: str | None) -> str:
    """A venue-local ISO time as "dd.mm. HH:MM"."""
    if not text:
        return ""
    from datetime import datetime

    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).strftime("%d.%m. %H:%M")
    except ValueError:
        return text


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class DayCloseScreen(QWidget):
    finished = Signal(object)  # the DayClose result (tests wait on this)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("dayCloseScreen")
        big = QFont(self.font())
        big.setPointSizeF(max(big.pointSizeF(), 10) * 1.2)
        self.setFont(big)
        self.result: Any = None

        # 1. stations
        self.stations_label = QLabel()
        self.stations_label.setObjectName("stationsLabel")
        self.stations_label.setWordWrap(True)
        self.stations = _table([self.tr("Station"), self.tr("State"), self.tr("Last contact"),
                                self.tr("Latest record")], "stationsTable")
        box1 = QGroupBox(self.tr("1. Do all stations agree?"))
        v1 = QVBoxLayout(box1)
        v1.addWidget(self.stations_label)
        v1.addWidget(self.stations)

        # 2. hand-outs
        self.handouts_label = QLabel()
        self.handouts_label.setObjectName("handoutsLabel")
        self.handouts = _table([self.tr("Item"), self.tr("Name"), self.tr("Organisation"), self.tr("Since"),
                                self.tr("Station"), self.tr("Deposit")], "handoutsTable")
        box2 = QGroupBox(self.tr("2. Who still holds a hand-out?"))
        v2 = QVBoxLayout(box2)
        v2.addWidget(self.handouts_label)
        v2.addWidget(self.handouts)

        # 3. upstream
        self.upstream_label = QLabel()
        self.upstream_label.setObjectName("upstreamLabel")
        self.upstream_label.setWordWrap(True)
        box3 = QGroupBox(self.tr("3. Arrivals not yet sent upstream"))
        QVBoxLayout(box3).addWidget(self.upstream_label)

        # 4. backup
        self.folder = QLineEdit(str(ctx.settings.value("dayclose/backup_folder", "") or ""))
        self.folder.setObjectName("backupFolder")
        self.folder.setPlaceholderText(self.tr("Folder on the USB stick"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_folder)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backupButton")
        self.backup_button.clicked.connect(self.backup)
        self.backup_label = QLabel()
        self.backup_label.setObjectName("backupLabel")
        self.backup_label.setWordWrap(True)
        box4 = QGroupBox(self.tr("4. Backup of the event file"))
        v4 = QVBoxLayout(box4)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        row.addWidget(self.backup_button)
        v4.addLayout(row)
        v4.addWidget(self.backup_label)

        self.check_button = QPushButton(self.tr("Check again"))
        self.check_button.setObjectName("checkButton")
        self.check_button.clicked.connect(self.check)
        top = QHBoxLayout()
        intro = QLabel(self.tr("At the end of each day: check, then take a backup to a USB stick."))
        intro.setWordWrap(True)
        top.addWidget(intro, 1)
        top.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        # One column, full width: every table column stays visible without scrolling.
        layout.addWidget(box1, 1)
        layout.addWidget(box2, 1)
        layout.addWidget(box3)
        layout.addWidget(box4)
        self._shown_once = False

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.check()

    # --- actions ---------------------------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text() or str(Path.home()))
        if folder:
            self.folder.setText(folder)

    def check(self) -> None:
        self._run(None)

    def backup(self) -> None:
        folder = self.folder.text().strip()
        if not folder:
            self.backup_label.setStyleSheet(WARN)
            self.backup_label.setText(self.tr("Choose a folder first (e.g. on a USB stick)."))
            return
        self.ctx.settings.setValue("dayclose/backup_folder", folder)
        self.backup_label.setStyleSheet("")
        self.backup_label.setText(self.tr("Writing the backup …"))
        self._run(folder)

    def _run(self, folder: str | None) -> None:
        if self.ctx.store is None:
            return
        self.check_button.setEnabled(False)
        self.backup_button.setEnabled(False)

        def job(store: Any) -> Any:
            from ...core.reports import dayclose

            return dayclose.run(store, folder)

        QueryOp(self.ctx, self, job, self._show).failure(self._failed).run_in_background()

    def _failed(self, error: str) -> None:
        self.check_button.setEnabled(True)
        self.backup_button.setEnabled(True)
        self.backup_label.setStyleSheet(WARN)
        self.backup_label.setText(self.tr("Failed: %1").replace("%1", error.splitlines()[0]))

    def _show(self, res: Any) -> None:
        self.result = res
        self.check_button.setEnabled(True)
        self.backup_button.setEnabled(True)
        rows = []
        for st in res.stations:
            if st.station == res.station:
                state = self.tr("this station (%1 records)").replace("%1", str(res.journal_records))
            elif not st.contact:
                state = self.tr("%1 records here, no sync contact").replace("%1", str(st.records))
            elif st.agrees:
                state = self.tr("agrees")
            else:
                state = self.tr("differs: lacks %1, has %2 we lack").replace("%1", str(st.behind)).replace(
                    "%2", str(st.ahead))
            rows.append([st.station, state, _when(st.last_contact), _when(st.last_record)])
        _fill(self.stations, rows)
        if not res.peers_known:
            self.stations_label.setStyleSheet("")
            self.stations_label.setText(self.tr("No other station is known to this copy: only this station was "
                                                "checked."))
        elif res.all_agree:
            self.stations_label.setStyleSheet(OK)
            self.stations_label.setText(self.tr("All known stations hold the same journal."))
        else:
            self.stations_label.setStyleSheet(WARN)
            self.stations_label.setText(self.tr("Stations do not agree yet: let them sync, then check again."))
        _fill(self.handouts, [[h.item, h.name, h.organisation, _when(h.issued_at), h.station, h.deposit]
                              for h in res.handouts_out])
        if res.handouts_out:
            self.handouts_label.setStyleSheet(WARN)
            self.handouts_label.setText(self.tr("%n hand-out(s) not returned", "", len(res.handouts_out)))
        else:
            self.handouts_label.setStyleSheet(OK)
            self.handouts_label.setText(self.tr("All hand-outs are back."))
        if not res.upstream_known:
            self.upstream_label.setStyleSheet("")
            self.upstream_label.setText(self.tr("This event is not connected to an upstream system (pretix)."))
        elif res.not_uploaded:
            self.upstream_label.setStyleSheet(WARN)
            self.upstream_label.setText(self.tr("%n arrival(s) not yet sent (see Sync back)", "", res.not_uploaded))
        else:
            self.upstream_label.setStyleSheet(OK)
            self.upstream_label.setText(self.tr("Everything has been sent."))
        if res.backup:
            self.backup_label.setStyleSheet(OK)
            self.backup_label.setText(self.tr("Backup written and verified: %1 (%2 journal records)")
                                      .replace("%1", res.backup).replace("%2", str(res.backup_records)))
        self.finished.emit(res)
