"""Printing on the badges screen: the desk's printer and its settings, bulk print with progress and cancel,
and the job list with retry / send to another printer."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.print_selection import bulk_selection
from ...core.printing import PrinterSettings, PrintJob, Problem
from ..desk.badge_line import PLAIN_REASONS, problem_words, state_words
from ..ops import QueryOp
from .print_service import PrintService

TERMINAL = ("done", "failed", "cancelled")


class PrintPanel(QWidget):
    testPrintRequested = Signal()

    def __init__(self, ctx: Any, layout_name: Any) -> None:
        super().__init__()
        self.ctx = ctx
        self.layout_name = layout_name  # callable -> the layout chosen on the screen
        self.service = PrintService.for_context(ctx)
        self.service.job_changed.connect(self._job_changed)
        self.bulk_jobs: list[str] = []

        # --- printer ------------------------------------------------------------------------------------
        printer_box = QGroupBox(self.tr("Printer of this desk"))
        self.printer = QComboBox()
        self.printer.setObjectName("printerChooser")
        self.printer.setMinimumWidth(220)
        self.printer.currentTextChanged.connect(self._printer_chosen)
        self.status = QLabel()
        self.status.setObjectName("printerStatus")
        self.status.setWordWrap(True)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh_printers)
        self.copies = QSpinBox(minimum=1, maximum=10)
        self.offset_x = QDoubleSpinBox(minimum=-10, maximum=10, singleStep=0.5, suffix=" mm")
        self.offset_y = QDoubleSpinBox(minimum=-10, maximum=10, singleStep=0.5, suffix=" mm")
        for w in (self.copies, self.offset_x, self.offset_y):
            w.valueChanged.connect(self._save_printer_settings)
        self.on_checkin = QCheckBox(self.tr("Print the badge on check-in at this desk"))
        self.on_checkin.setObjectName("printOnCheckin")
        self.on_checkin.setChecked(self.service.print_on_checkin)
        self.on_checkin.toggled.connect(lambda on: setattr(self.service, "print_on_checkin", on))
        # The "qt" backend: pages rasterised at the printer's resolution (Windows default; for drivers without PDF).
        # Short: a long label made the panel wider than a 1366 px laptop shows (cut off at the right).
        self.raster = QCheckBox(self.tr("Send pages as images (printers without PDF)"))
        self.raster.setToolTip(self.tr("Send pages as images at the printer's resolution (for printers that "
                                       "take no PDF)"))
        self.raster.setObjectName("printRaster")
        self.raster.setChecked(self.service.backend == "qt")
        self.raster.setEnabled(not os.environ.get("CHECKIN_PRINT_BACKEND"))  # the environment decides then
        self.raster.toggled.connect(self._raster_toggled)
        test = QPushButton(self.tr("Print test badge"))
        test.clicked.connect(self.testPrintRequested)
        form = QFormLayout(printer_box)
        row = QHBoxLayout()
        row.addWidget(self.printer, 1)
        row.addWidget(refresh)
        form.addRow(self.tr("Printer"), row)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Copies"), self.copies)
        offsets = QHBoxLayout()
        offsets.addWidget(self.offset_x)
        offsets.addWidget(self.offset_y)
        form.addRow(self.tr("Offset right / down"), offsets)
        form.addRow(self.on_checkin)
        form.addRow(self.raster)
        form.addRow(test)

        # --- bulk -----------------------------------------------------------------------------------------
        bulk_box = QGroupBox(self.tr("Print in bulk"))
        self.category = QComboBox()
        self.category.setObjectName("bulkCategory")
        self.unprinted = QCheckBox(self.tr("Only badges not printed yet"))
        self.unprinted.setChecked(True)
        self.surname_from = QLineEdit(placeholderText=self.tr("from, e.g. A"))
        self.surname_to = QLineEdit(placeholderText=self.tr("to, e.g. K"))
        self.bulk_button = QPushButton(self.tr("Print selection"))
        self.bulk_button.setObjectName("bulkPrint")
        self.bulk_button.clicked.connect(self.start_bulk)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("bulkCancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_bulk)
        self.progress = QProgressBar()
        self.progress.setObjectName("bulkProgress")
        self.bulk_info = QLabel()
        bform = QFormLayout(bulk_box)
        bform.addRow(self.tr("Category"), self.category)
        names = QHBoxLayout()
        names.addWidget(self.surname_from)
        names.addWidget(self.surname_to)
        bform.addRow(self.tr("Family names"), names)
        bform.addRow(self.unprinted)
        buttons = QHBoxLayout()
        buttons.addWidget(self.bulk_button)
        buttons.addWidget(self.cancel_button)
        bform.addRow(buttons)
        bform.addRow(self.progress)
        bform.addRow(self.bulk_info)

        # --- jobs -----------------------------------------------------------------------------------------
        jobs_box = QGroupBox(self.tr("Print jobs"))
        self.jobs = QTableWidget(0, 4)
        self.jobs.setObjectName("printJobs")
        self.jobs.setHorizontalHeaderLabels([self.tr("Badges"), self.tr("Printer"), self.tr("State"),
                                             self.tr("Message")])
        # Count, printer and state whole ("checkin-…", "wird …" were cut); the message takes the rest, in full
        # as the cell's tooltip.
        for col, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,) * 3 + (QHeaderView.ResizeMode.Stretch,)):
            self.jobs.horizontalHeader().setSectionResizeMode(col, mode)
        # At least four jobs in view: during a jam the worker picks the stuck one here (the page scrolls instead).
        self.jobs.setMinimumHeight(self.jobs.horizontalHeader().sizeHint().height()
                                   + 4 * self.jobs.verticalHeader().defaultSectionSize() + 4)
        self.jobs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.jobs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        retry = QPushButton(self.tr("Retry"))
        retry.setObjectName("retryJob")
        retry.clicked.connect(lambda: self.retry_selected(None))
        other = QPushButton(self.tr("Send to another printer…"))
        other.setObjectName("redirectJob")
        other.clicked.connect(self._redirect_selected)
        jl = QVBoxLayout(jobs_box)
        jl.addWidget(self.jobs)
        jb = QHBoxLayout()
        jb.addWidget(retry)
        jb.addWidget(other)
        jb.addStretch(1)
        jl.addLayout(jb)

        main = QVBoxLayout(self)
        main.addWidget(printer_box)
        main.addWidget(bulk_box)
        main.addWidget(jobs_box, 1)
        self._status_timer = QTimer(self, interval=3000)
        self._status_timer.timeout.connect(self.update_status)
        self._status_timer.start()
        self._show_jobs()  # jobs the desk queued before this screen was first opened

    # --- printers ---------------------------------------------------------------------------------------
    def refresh_printers(self) -> None:
        names = self.service.printers()
        current = self.service.printer
        self.printer.blockSignals(True)
        self.printer.clear()
        # A chosen printer that is missing now (unplugged, set by script before it was installed) stays chosen,
        # its status says so: quietly switching to the first printer would send badges to another room.
        self.printer.addItems(names if not current or current in names else [current, *names])
        if current:
            self.printer.setCurrentText(current)
        elif names:
            self.printer.setCurrentIndex(0)
            self.service.printer = names[0]
        self.printer.blockSignals(False)
        self._load_printer_settings()
        self.update_status()

    def _raster_toggled(self, on: bool) -> None:
        self.service.backend = "qt" if on else "cups"
        self.refresh_printers()

    def set_categories(self, categories: list[str]) -> None:
        self.category.clear()
        self.category.addItem(self.tr("All categories"), "")
        from ..desk.panel import category_name

        for c in categories:  # in words of the UI language, as the desk shows them ("guest" read as a code)
            self.category.addItem(category_name(c), c)

    def _printer_chosen(self, name: str) -> None:
        if name:
            self.service.printer = name
            self._load_printer_settings()
            self.update_status()

    def _load_printer_settings(self) -> None:
        if not self.service.printer:
            return
        s = self.service.printer_settings()
        for w in (self.copies, self.offset_x, self.offset_y):
            w.blockSignals(True)
        self.copies.setValue(s.copies)
        self.offset_x.setValue(s.offset_mm[0])
        self.offset_y.setValue(s.offset_mm[1])
        for w in (self.copies, self.offset_x, self.offset_y):
            w.blockSignals(False)

    def _save_printer_settings(self) -> None:
        if self.service.printer:
            old = self.service.printer_settings()
            self.service.set_printer_settings(PrinterSettings(self.copies.value(),
                                                              (self.offset_x.value(), self.offset_y.value()),
                                                              old.layout))

    def update_status(self) -> None:
        if not self.service.available:
            self.status.setText(self.tr("No print system: %1").replace(
                "%1", problem_words(self.service.problem, self.service.error if self.service.problem ==
                                    Problem.ERROR else "")))
            return
        st = self.service.printer_status()
        if st is None:
            self.status.setText(self.tr("Choose a printer"))
            return
        text = {True: self.tr("ready"), False: ""}[st.ok and not st.busy] or (
            self.tr("printing") if st.ok else self.tr("stopped") if st.exists and not st.enabled
            else self.tr("not accepting jobs") if st.exists else self.tr("unknown printer"))
        waiting = sum(1 for j in self.service.jobs() if j.printer == st.name and j.state not in TERMINAL)
        plain = not st.reason or st.reason.strip().lower() in PLAIN_REASONS  # "Paused" adds nothing to "stopped"
        extra = f" — {st.reason}" if not plain and not st.ok else ""
        self.status.setText(f"{text}{extra}" + (self.tr(" · %n job(s) waiting", "", waiting) if waiting else ""))
        colour = "#1b5e20" if st.ok else "#b71c1c"
        self.status.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: bold; }}")

    # --- bulk -------------------------------------------------------------------------------------------
    def start_bulk(self) -> None:
        args = (str(self.category.currentData() or ""), self.unprinted.isChecked(), self.surname_from.text(),
                self.surname_to.text())
        self.bulk_button.setEnabled(False)
        QueryOp(self.ctx, self, lambda store: bulk_selection(store, *args), self._bulk_selected).failure(
            self._bulk_failed).run_in_background()

    def _bulk_failed(self, err: str) -> None:
        self.bulk_button.setEnabled(True)
        self.bulk_info.setText(err.splitlines()[0])

    def _bulk_selected(self, ids: list[int]) -> None:
        self.bulk_button.setEnabled(True)
        if not ids:
            self.bulk_info.setText(self.tr("Nothing to print for this selection."))
            return
        if not self.service.printer:
            self.bulk_info.setText(self.tr("Choose a printer first."))
            return
        chunk = 40  # one spool job per 40 badges: progress to watch, and a jam loses little
        self.bulk_jobs = []
        for i in range(0, len(ids), chunk):
            job = self.service.enqueue(ids[i:i + chunk], layout=self.layout_name())
            if job is not None:
                self.bulk_jobs.append(job.id)
        self.progress.setRange(0, len(self.bulk_jobs))
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.bulk_info.setText(self.tr("%n badge(s) queued", "", len(ids)))
        self._show_jobs()

    def cancel_bulk(self) -> None:
        for job in self.service.jobs():
            if job.id in self.bulk_jobs and job.state not in TERMINAL:
                self.service.cancel(job.id)
        self.cancel_button.setEnabled(False)

    # --- jobs -------------------------------------------------------------------------------------------
    def _job_changed(self, job: PrintJob) -> None:
        self._show_jobs()
        if self.bulk_jobs:
            states = {j.id: j.state for j in self.service.jobs() if j.id in self.bulk_jobs}
            finished = sum(1 for s in states.values() if s in TERMINAL or s in ("spooled", "printing"))
            self.progress.setValue(finished)
            if finished == len(self.bulk_jobs):
                self.cancel_button.setEnabled(False)
        self.update_status()

    def _show_jobs(self) -> None:
        jobs = list(reversed(self.service.jobs()))[:200]
        self.jobs.setRowCount(len(jobs))
        for row, job in enumerate(jobs):
            state = state_words(job.state)  # the worker's language, not the queue's internal word
            if job.test:
                state += " · " + self.tr("test print")
            values = [str(len(job.attendee_ids)), job.printer, state, problem_words(job.problem, job.detail)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, job.id)
                item.setToolTip(value)
                self.jobs.setItem(row, col, item)

    def _selected_job(self) -> str | None:
        items = self.jobs.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def retry_selected(self, printer: str | None) -> None:
        job_id = self._selected_job()
        if job_id:
            self.service.retry(job_id, printer)

    def _redirect_selected(self) -> None:
        names = [n for n in self.service.printers() if n != self.service.printer] or self.service.printers()
        if not names or not self._selected_job():
            return
        name, ok = QInputDialog.getItem(self, self.tr("Send to another printer"), self.tr("Printer"), names, 0, False)
        if ok and name:
            self.retry_selected(name)
