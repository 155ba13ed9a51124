"""The "Sync back" screen: export attendance, pull from / push to pretix, last result per target, backlog.

All work runs on the DB worker (``ui.ops``); network calls stay off the GUI thread. The API token is
kept on this computer only if asked (QSettings), never in the event file that desk copies carry around.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.failures import Why
from ..changes import Change
from ..context import AppContext
from ..failure_words import failure_words, words_for
from ..ops import EventOp, QueryOp

# a pull imports attendees and other devices' check-ins; a push marks arrivals as sent
PRETIX_CHANGES = Change.SYNC_BACK | Change.ATTENDEES | Change.ARRIVALS
TARGETS = ("export", "pretix_pull", "pretix_push")


def _snapshot(store: Any) -> dict[str, Any]:
    """Everything the screen shows, read in one go on the worker."""
    from ...core.pretix import load_settings, statuses, waiting_count, walkins_without_ticket
    from ...core.pretix.rejections import rejected_uploads

    settings = load_settings(store)
    rejected = rejected_uploads(store)
    try:
        walkins = walkins_without_ticket(store, settings.point) if settings.event else []
    except Exception:  # noqa: BLE001
        walkins = []
    return {"settings": settings, "statuses": statuses(store), "waiting": waiting_count(store),
            "rejected": rejected, "walkins": walkins, "tz": store.tz, "event_id": store.get_meta("event_id")}


class SyncBackScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._busy = False
        self.setObjectName("syncBackScreen")
        big = QFont(self.font())
        big.setPointSizeF(max(big.pointSizeF(), 10) * 1.25)
        self.setFont(big)

        # --- export ---
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        # The workbook is headed in the language of the window it was made in (it was German in English too).
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), ("xlsx", "excel-de" if ctx.language == "de" else "utf8"))
        self.format.addItem(self.tr("CSV for German Excel (semicolons)"), ("csv", "excel-de"))
        self.format.addItem(self.tr("CSV, plain UTF-8 (commas)"), ("csv", "utf8"))
        self.export_button = QPushButton(self.tr("Export attendance…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self._choose_export_file)
        export_box = QGroupBox(self.tr("Attendance list for the organisers"))
        row = QHBoxLayout(export_box)
        row.addWidget(self.format, 1)
        row.addWidget(self.export_button)

        # --- pretix ---
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://pretix.eu")
        self.organizer = QLineEdit()
        self.event = QLineEdit()
        self.list_id = QSpinBox()
        self.list_id.setRange(0, 2_000_000_000)
        self.list_id.setSpecialValueText(self.tr("first list of the event"))
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setObjectName("pretixToken")
        self.remember = QCheckBox(self.tr("Remember the token on this computer"))
        for w, name in ((self.url, "pretixUrl"), (self.organizer, "pretixOrganizer"), (self.event, "pretixEvent")):
            w.setObjectName(name)
        form = QFormLayout()
        form.addRow(self.tr("pretix address"), self.url)
        form.addRow(self.tr("Organizer (short name)"), self.organizer)
        form.addRow(self.tr("Event (short name)"), self.event)
        form.addRow(self.tr("Check-in list"), self.list_id)
        form.addRow(self.tr("API token"), self.token)
        form.addRow("", self.remember)
        self.pull_button = QPushButton(self.tr("Pull attendees from pretix"))
        self.pull_button.setObjectName("pullButton")
        self.push_button = QPushButton(self.tr("Send arrivals to pretix"))
        self.push_button.setObjectName("pushButton")
        self.pull_button.clicked.connect(self._pull)
        self.push_button.clicked.connect(self._push)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pull_button)
        buttons.addWidget(self.push_button)
        buttons.addStretch(1)
        pretix_box = QGroupBox(self.tr("pretix"))
        pv = QVBoxLayout(pretix_box)
        pv.addLayout(form)
        pv.addLayout(buttons)

        # --- status ---
        self.table = QTableWidget(len(TARGETS), 3)
        self.table.setObjectName("syncStatus")
        self.table.setHorizontalHeaderLabels([self.tr("Target"), self.tr("Last run"), self.tr("Result")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMaximumHeight(220)
        self.waiting = QLabel()
        self.waiting.setObjectName("waitingLabel")
        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attention = QListWidget()
        self.attention.setObjectName("attentionList")
        self.attention.setWordWrap(True)
        status_box = QGroupBox(self.tr("Status"))
        sv = QVBoxLayout(status_box)
        sv.addWidget(self.table)
        sv.addWidget(self.waiting)
        sv.addWidget(QLabel(self.tr("Needs the organiser's attention (not sent to pretix):")))
        sv.addWidget(self.attention, 1)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(export_box)
        left.addWidget(pretix_box)
        left.addStretch(1)
        top.addLayout(left, 1)
        top.addWidget(status_box, 1)
        layout.addLayout(top, 1)
        layout.addWidget(self.message)

        ctx.subscribe(Change.SYNC_BACK | Change.ARRIVALS | Change.ATTENDEES | Change.SETTINGS, self.refresh)
        ctx.event_opened.connect(self._load_settings)
        self._load_settings()

    # --- state -------------------------------------------------------------------------------------------
    def _token_key(self, event_id: str | None) -> str:
        return f"syncback/pretix_token/{event_id or 'none'}"

    def _load_settings(self) -> None:
        if self.ctx.store is None:
            return
        from ...core.pretix import load_settings

        s = load_settings(self.ctx.store)
        self.url.setText(s.url.removesuffix("/api/v1"))
        self.organizer.setText(s.organizer)
        self.event.setText(s.event)
        self.list_id.setValue(int(s.list_id or 0))
        saved = self.ctx.settings.value(self._token_key(self.ctx.store.get_meta("event_id")), "")
        self.token.setText(str(saved or ""))
        self.remember.setChecked(bool(saved))
        self.refresh()

    def refresh(self) -> None:
        if self.ctx.store is None or self._busy:
            return
        # Reads every rejected upload and walk-in: on the worker, so a big event never stalls the window.
        QueryOp(self.ctx, self, _snapshot, self._show).failure(self._failed).run_in_background()

    def _show(self, snap: dict[str, Any]) -> None:
        names = {"export": self.tr("Spreadsheet export"), "pretix_pull": self.tr("pretix: pull"),
                 "pretix_push": self.tr("pretix: send")}
        for r, target in enumerate(TARGETS):
            st = snap["statuses"].get(target)
            when = "—"
            if st and st.at:
                when = datetime.fromisoformat(st.at).astimezone(snap["tz"]).strftime("%d.%m. %H:%M")
            result = "" if st is None else (("✓ " if st.ok else "✗ ") + self._summary(target, st))
            for c, text in enumerate((names[target], when, result)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.waiting.setText(self.tr("Arrivals waiting to be sent to pretix: %1").replace("%1", str(snap["waiting"])))
        self.attention.clear()
        for r in snap["rejected"]:
            label = self.tr("undo too late") if r["status"] == "too_late" else self.tr("rejected")
            self.attention.addItem(f"{r['name']} — {label}: {r['reason']}")
        for w in snap["walkins"]:
            self.attention.addItem(self.tr("%1 (%2) arrived without a pretix ticket").replace(
                "%1", w["name"]).replace("%2", w["organisation"] or "—"))

    def _summary(self, target: str, st: Any) -> str:
        """The core's English one-liner, rebuilt in the interface language when the details allow it."""
        d = st.details or {}
        if target == "pretix_pull" and st.ok and "attendees_new" in d:
            return (self.tr("%1 new, %2 updated, %3 cancelled, %4 check-ins from pretix")
                    .replace("%1", str(d["attendees_new"])).replace("%2", str(d["attendees_updated"]))
                    .replace("%3", str(d["cancelled"])).replace("%4", str(d["checkins_imported"])))
        if target == "pretix_push" and "uploaded" in d:
            return (self.tr("%1 sent, %2 rejected, %3 failed")
                    .replace("%1", str(d["uploaded"])).replace("%2", str(d["rejected"]))
                    .replace("%3", str(d["errors"])))
        if target == "export" and st.ok and "rows" in d:
            return self.tr("%1 rows → %2").replace("%1", str(d["rows"])).replace("%2", d.get("file", ""))
        if not st.ok and d.get("why") in set(Why):  # a failure the core coded: said in the interface language
            return words_for(Why(d["why"]), d.get("params") or {})
        return st.summary if st.ok else failure_words(st.summary)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        for b in (self.export_button, self.pull_button, self.push_button):
            b.setEnabled(not busy)
        if text:
            self.message.setText(text)

    # --- actions -----------------------------------------------------------------------------------------
    def _choose_export_file(self) -> None:
        if self.ctx.store is None:
            return
        kind, dialect = self.format.currentData()
        default = str(Path.home() / f"attendance.{kind}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export attendance"), default,
                                              "Excel (*.xlsx)" if kind == "xlsx" else "CSV (*.csv)")
        if path:
            if not path.lower().endswith(f".{kind}"):
                path += f".{kind}"
            self.export_to(path, dialect)

    def export_to(self, path: str, dialect: str = "excel-de") -> None:
        """Write the export (also the entry point for tests: no dialog)."""
        def job(store: Any) -> Any:
            from ...core.exports import ExportError, export_attendance
            from ...core.pretix.state import set_status

            try:
                summary = export_attendance(store, path, dialect=dialect)
            except ExportError as exc:
                set_status(store, "export", False, str(exc), {"why": exc.why, "params": exc.params})
                raise
            set_status(store, "export", True, f"{summary.rows} rows → {Path(summary.path).name}",
                       {"rows": summary.rows, "file": Path(summary.path).name})
            return summary

        self._set_busy(True, self.tr("Writing the attendance list…"))
        EventOp(self.ctx, self, job, changes=Change.SYNC_BACK, success=self._export_done).failure(
            self._failed).run_in_background()

    def _export_done(self, summary: Any) -> None:
        self._set_busy(False, self.tr("Attendance list written: %1").replace("%1", summary.path))
        self.refresh()

    def _connection(self) -> dict[str, Any] | None:
        url, org, event, token = (self.url.text().strip(), self.organizer.text().strip(),
                                  self.event.text().strip(), self.token.text().strip())
        if not (url and org and event and token):
            self.message.setText(self.tr("Fill in the pretix address, organizer, event and API token."))
            return None
        key = self._token_key(self.ctx.store.get_meta("event_id") if self.ctx.store else None)
        if self.remember.isChecked():
            self.ctx.settings.setValue(key, token)
        else:
            self.ctx.settings.remove(key)
        return {"url": url, "organizer": org, "event": event, "token": token,
                "list_id": self.list_id.value() or None}

    def _pull(self) -> None:
        conn = self._connection()
        if conn is None:
            return

        def job(store: Any) -> Any:
            from ...core.pretix import PretixClient, PretixError, pull
            from ...core.pretix.state import set_status

            try:
                client = PretixClient(conn["url"], conn["organizer"], token=conn["token"])
                return pull(store, client, conn["event"], list_id=conn["list_id"])
            except PretixError as exc:
                set_status(store, "pretix_pull", False, str(exc), {"why": exc.why, "params": exc.params})
                raise

        self._set_busy(True, self.tr("Fetching attendees from pretix…"))
        EventOp(self.ctx, self, job, changes=PRETIX_CHANGES, success=self._pull_done).failure(
            self._failed).run_in_background()

    def _pull_done(self, result: Any) -> None:
        self._set_busy(False, self.tr("pretix: %1 new, %2 updated, %3 check-ins from other devices.")
                       .replace("%1", str(result.attendees_new)).replace("%2", str(result.attendees_updated))
                       .replace("%3", str(result.checkins_imported)))
        if result.list_id:
            self.list_id.setValue(result.list_id)
        self.refresh()

    def _push(self) -> None:
        conn = self._connection()
        if conn is None:
            return

        def job(store: Any) -> Any:
            from ...core.pretix import PretixClient, PretixError, push
            from ...core.pretix.state import set_status

            try:
                client = PretixClient(conn["url"], conn["organizer"], token=conn["token"])
                return push(store, client, list_id=conn["list_id"])
            except PretixError as exc:
                set_status(store, "pretix_push", False, str(exc), {"why": exc.why, "params": exc.params})
                raise

        self._set_busy(True, self.tr("Sending arrivals to pretix…"))
        EventOp(self.ctx, self, job, changes=PRETIX_CHANGES, success=self._push_done).failure(
            self._failed).run_in_background()

    def _push_done(self, result: Any) -> None:
        self._set_busy(False, self.tr("pretix: %1 sent, %2 rejected, %3 could not be sent (will retry).")
                       .replace("%1", str(result.uploaded)).replace("%2", str(len(result.rejected)))
                       .replace("%3", str(len(result.errors))))
        self.refresh()

    def _failed(self, error: str) -> None:  # in the user's words already (ui.ops)
        first = error.strip().splitlines()[0] if error.strip() else self.tr("unknown error")
        if self._busy:  # an action failed after writing its status line: show it
            self._set_busy(False, self.tr("Failed: %1").replace("%1", first))
            self.ctx.notify(Change.SYNC_BACK)
        else:
            self.message.setText(self.tr("Failed: %1").replace("%1", first))
