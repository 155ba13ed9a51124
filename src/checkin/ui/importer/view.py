"""The import wizard screen. All file reading and database work runs on the DB worker (ctx.tasks); the worker
reports progress through a plain shared tuple that a timer shows, so no widget is touched off the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.importing import KINDS, ImportReport
from ...core.importing.headers import targets
from ...core.importing.source import missing_groups
from ...core.importing.values import CATEGORIES
from ..changes import Change
from ..context import AppContext
from ..desk.panel import category_name
from ..failure_words import failure_words
from ..ops import EventOp, QueryOp
from .messages import translate
from .models import HEADER, SKIPPED, WARNED, RowsModel

# what an import may write: people, sessions and meetings, the event's settings
IMPORT_CHANGES = Change.ATTENDEES | Change.PROGRAMME | Change.MATCHMAKING | Change.SETTINGS
FILES = "Lists (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)"
PREVIEW_FIELDS = {"attendees": ["salutation", "title", "first_name", "last_name", "organisation", "email",
                                "country", "category", "external_id"]}


def field_label(target: str) -> str:
    labels = {
        "external_id": QT_TRANSLATE_NOOP("ImportFields", "External id"),
        "salutation": QT_TRANSLATE_NOOP("ImportFields", "Salutation"),
        "title": QT_TRANSLATE_NOOP("ImportFields", "Academic title"),
        "first_name": QT_TRANSLATE_NOOP("ImportFields", "First name"),
        "last_name": QT_TRANSLATE_NOOP("ImportFields", "Last name"),
        "full_name": QT_TRANSLATE_NOOP("ImportFields", "Full name (split)"),
        "name_particle": QT_TRANSLATE_NOOP("ImportFields", "Name particle (van, de …: before the last name)"),
        "second_last_name": QT_TRANSLATE_NOOP("ImportFields", "Second last name (after the last name)"),
        "checkin_id": QT_TRANSLATE_NOOP("ImportFields", "Checkin number (from this app's export)"),
        "organisation": QT_TRANSLATE_NOOP("ImportFields", "Organisation"),
        "organisation_type": QT_TRANSLATE_NOOP("ImportFields", "Organisation type"),
        "position": QT_TRANSLATE_NOOP("ImportFields", "Position"),
        "email": QT_TRANSLATE_NOOP("ImportFields", "Email"),
        "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone"),
        "country": QT_TRANSLATE_NOOP("ImportFields", "Country"),
        "language": QT_TRANSLATE_NOOP("ImportFields", "Language"),
        "category": QT_TRANSLATE_NOOP("ImportFields", "Category"),
        "status": QT_TRANSLATE_NOOP("ImportFields", "Status"),
        "desk_note": QT_TRANSLATE_NOOP("ImportFields", "Desk note"),
        "code": QT_TRANSLATE_NOOP("ImportFields", "Ticket code / barcode"),
        "attention": QT_TRANSLATE_NOOP("ImportFields", "Attention"),
        "extra": QT_TRANSLATE_NOOP("ImportFields", "Keep as extra field"),
        "ignore": QT_TRANSLATE_NOOP("ImportFields", "Ignore"),
        "id": QT_TRANSLATE_NOOP("ImportFields", "Id"),
        "name": QT_TRANSLATE_NOOP("ImportFields", "Name"),
        "building": QT_TRANSLATE_NOOP("ImportFields", "Building"),
        "floor": QT_TRANSLATE_NOOP("ImportFields", "Floor"),
        "directions": QT_TRANSLATE_NOOP("ImportFields", "Directions"),
        "capacity": QT_TRANSLATE_NOOP("ImportFields", "Capacity"),
        "title_de": QT_TRANSLATE_NOOP("ImportFields", "Title (German)"),
        "title_en": QT_TRANSLATE_NOOP("ImportFields", "Title (English)"),
        "date": QT_TRANSLATE_NOOP("ImportFields", "Date"),
        "start": QT_TRANSLATE_NOOP("ImportFields", "Start"),
        "end": QT_TRANSLATE_NOOP("ImportFields", "End"),
        "room": QT_TRANSLATE_NOOP("ImportFields", "Room"),
        "kind": QT_TRANSLATE_NOOP("ImportFields", "Kind"),
        "session": QT_TRANSLATE_NOOP("ImportFields", "Session"),
        "role": QT_TRANSLATE_NOOP("ImportFields", "Role"),
        "table_no": QT_TRANSLATE_NOOP("ImportFields", "Table"),
        "participant": QT_TRANSLATE_NOOP("ImportFields", "Participant"),
    }
    return QCoreApplication.translate("ImportFields", labels.get(target, target))


class ImportScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.path: Path | None = None
        self.prepared: Any = None
        self.report: ImportReport | None = None
        self.encoding: str | None = None
        self.sheet: str | None = None
        self._cancel = threading.Event()
        self._progress: tuple[int, int] = (0, 0)
        self._busy = False

        self.choose = QPushButton(self.tr("Choose file…"))
        self.choose.clicked.connect(self._choose)
        self.file_label = QLabel(self.tr("No file chosen. CSV, TXT, XLSX and ODS lists are read as they are."))
        self.file_label.setWordWrap(True)  # the German hint alone was wider than a laptop's screen
        self.kind = QComboBox()
        for kind, text in zip(KINDS, (self.tr("Attendees"), self.tr("Rooms"), self.tr("Sessions"),
                                      self.tr("Session assignments"), self.tr("Matchmaking meetings")), strict=True):
            self.kind.addItem(text, kind)
        self.kind.currentIndexChanged.connect(lambda _i: self._reload(reset_mapping=True))
        top = QHBoxLayout()
        top.addWidget(self.choose)
        top.addWidget(self.file_label, 1)
        top.addWidget(QLabel(self.tr("The list holds:")))
        top.addWidget(self.kind)

        self.info = QLabel()
        self.info.setWordWrap(True)  # format · encoding · sheets · header row · rows: long for a workbook
        self.encoding_label = QLabel(self.tr("Encoding is ambiguous – which reads the names right?"))
        self.encoding_box = QComboBox()
        self.encoding_box.setObjectName("encodingCandidates")
        self.encoding_box.activated.connect(self._encoding_chosen)
        self.sheet_label = QLabel(self.tr("Sheet:"))
        self.sheet_box = QComboBox()
        self.sheet_box.activated.connect(self._sheet_chosen)
        detected = QHBoxLayout()
        detected.addWidget(self.info, 1)
        for w in (self.encoding_label, self.encoding_box, self.sheet_label, self.sheet_box):
            detected.addWidget(w)
            w.hide()

        self.tabs = QTabWidget()
        self.raw_model, self.preview_model = RowsModel(self), RowsModel(self)
        self.raw_view, self.preview_view = QTableView(), QTableView()
        for view, model in ((self.raw_view, self.raw_model), (self.preview_view, self.preview_model)):
            view.setModel(model)
            view.setAlternatingRowColors(False)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First value"),
                                                      self.tr("Imported as")])
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping_table.verticalHeader().setVisible(False)
        mapping_page = QWidget()
        mapping_layout = QVBoxLayout(mapping_page)
        mapping_layout.addWidget(self.mapping_table, 1)
        buttons = QHBoxLayout()
        self.load_mapping = QPushButton(self.tr("Load saved mapping…"))
        self.save_mapping = QPushButton(self.tr("Save mapping…"))
        self.load_mapping.clicked.connect(self._load_mapping)
        self.save_mapping.clicked.connect(self._save_mapping)
        buttons.addWidget(self.load_mapping)
        buttons.addWidget(self.save_mapping)
        buttons.addStretch(1)
        mapping_layout.addLayout(buttons)
        # Category words the event does not know: kept as written unless the user maps them here.
        self.categories: dict[str, str] = {}
        self.category_table = QTableWidget(0, 3)
        self.category_table.setObjectName("newCategories")
        self.category_table.setHorizontalHeaderLabels([self.tr("Category in the list"), self.tr("People"),
                                                       self.tr("Imported as")])
        self.category_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.category_table.verticalHeader().setVisible(False)
        self.tabs.addTab(self.raw_view, self.tr("1  Table as read"))
        self.tabs.addTab(mapping_page, self.tr("2  Columns"))
        self.tabs.addTab(self.preview_view, self.tr("3  Preview"))
        self.tabs.addTab(self.category_table, self.tr("4  Categories"))

        self.summary = QLabel()
        font = QFont(self.summary.font())
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setWordWrap(True)
        self.cancel_missing = QCheckBox(self.tr("Mark people who are missing from this list as cancelled"))
        self.cancel_missing.setToolTip(self.tr("Check-ins are never touched. Unticked, they are kept as they are."))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self._import)
        self.import_button.setMinimumWidth(180)
        self.import_button.setStyleSheet("QPushButton { font-weight: bold; padding: 8px 24px; }")
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel.set)
        self.cancel_button.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.cancel_missing, 1)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(detected)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addLayout(bottom)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._show_progress)
        self._set_ready(False)

    # --- loading and preview ---------------------------------------------------------------------------
    def _choose(self) -> None:
        start = str(self.path.parent) if self.path else str(self.ctx.settings.value("import/folder", ""))
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a list to import"), start, FILES)
        if name:
            self.ctx.settings.setValue("import/folder", str(Path(name).parent))
            self.load_file(name)

    def load_file(self, path: str | Path, kind: str | None = None) -> None:
        self.path = Path(path)
        self.encoding = self.sheet = None
        self.categories = {}
        if kind is not None:
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(KINDS.index(kind))
            self.kind.blockSignals(False)
        self.file_label.setText(self.path.name)
        self._reload(reset_mapping=True)

    def current_mapping(self) -> dict[str, str]:
        out = {}
        for row in range(self.mapping_table.rowCount()):
            header = self.mapping_table.item(row, 0).text()
            box = self.mapping_table.cellWidget(row, 2)
            if header and isinstance(box, QComboBox):
                out[header] = box.currentData()
        return out

    def _reload(self, *, reset_mapping: bool = False, mapping: dict[str, str] | None = None) -> None:
        if self.path is None or self._busy:
            return
        from ...core.importing import prepare, run_import

        path, kind = self.path, self.kind.currentData()
        encoding, sheet, categories = self.encoding, self.sheet, dict(self.categories)
        chosen = mapping if mapping is not None else (None if reset_mapping else self.current_mapping())

        def job(store: Any) -> tuple[Any, ImportReport, Any]:
            prepared = prepare(path, kind, mapping=chosen, encoding=encoding, sheet=sheet)
            prepared.categories = categories
            report = run_import(store, prepared, dry_run=True, preview=True)
            # Display rows are built here, on the worker, not on the GUI thread.
            raw = [[str(n), *r] for n, r in zip(prepared.table.row_numbers, prepared.table.rows, strict=True)]
            return prepared, report, (raw, preview_rows(prepared, report))

        self._set_ready(False)
        self.summary.setText(self.tr("Reading %1 …").replace("%1", path.name))
        QueryOp(self.ctx, self, job, self._loaded).failure(self._failed).run_in_background()

    def _failed(self, message: str) -> None:
        self.prepared = self.report = None
        self.summary.setText(self.tr("This file cannot be imported: %1").replace("%1", translate(message)))
        self._set_ready(False)

    def _loaded(self, result: tuple[Any, ImportReport, Any]) -> None:
        self.prepared, self.report, (raw, built) = result
        p, report = self.prepared, self.report
        table = p.table
        parts = [table.format.upper()]
        if table.encoding:
            parts.append(table.encoding)
        if table.delimiter:
            parts.append(self.tr("separated by %1").replace("%1", {"\t": "Tab", ";": ";", ",": ","}.get(
                table.delimiter, table.delimiter)))
        if p.sheets_used:
            parts.append(self.tr("sheet %1").replace("%1", ", ".join(p.sheets_used)))
        parts.append(self.tr("header in row %1").replace("%1", str(p.header_row)) if p.header_row
                     else self.tr("no header row: columns recognised by their content"))
        parts.append(self.tr("%1 rows").replace("%1", str(len(p.rows))))
        self.info.setText(" · ".join(parts))
        self._fill_encodings(table)
        self._fill_sheets(table)
        self._fill_raw(p, raw)
        self._fill_mapping(p)
        self._fill_preview(p, report, built)
        self._fill_categories(report)
        self._show_summary(report)
        missing = missing_groups(p)
        if missing:
            words = "; ".join(self.tr(" or ").join(field_label(f) for f in group) for group in missing)
            self.summary.setText(self.tr("No column is imported as %1 yet: choose it on the Columns tab.").replace(
                "%1", words))
        self._set_ready(bool(p.rows) and not missing)

    def _fill_encodings(self, table: Any) -> None:
        ambiguous = bool(table.encoding_candidates)
        if ambiguous:
            self.encoding_box.clear()
            for c in table.encoding_candidates:
                self.encoding_box.addItem(f"{c.encoding}: {c.sample}", c.encoding)
            self.encoding_box.setCurrentIndex(max(0, self.encoding_box.findData(table.encoding)))
        self.encoding_label.setVisible(ambiguous or self.encoding is not None)
        self.encoding_box.setVisible(ambiguous or self.encoding is not None)

    def _fill_sheets(self, table: Any) -> None:
        several = len(table.sheets) > 1
        if several:
            self.sheet_box.clear()
            self.sheet_box.addItem(self.tr("(detect)"), None)
            for name in table.sheets:
                self.sheet_box.addItem(name, name)
            self.sheet_box.setCurrentIndex(max(0, self.sheet_box.findData(self.sheet)))
        self.sheet_label.setVisible(several)
        self.sheet_box.setVisible(several)

    def _fill_raw(self, p: Any, raw: list[list[str]]) -> None:
        width = max((len(r) for r in raw), default=1) - 1
        headers = [self.tr("Row")] + [_column_letter(i) for i in range(width)]
        self.raw_model.set_rows(headers, raw, {p.header_index: HEADER}, {p.header_index: self.tr("detected header row")})
        _fit_columns(self.raw_view, self.raw_model)

    def _fill_mapping(self, p: Any) -> None:
        self.mapping_table.setRowCount(len(p.headers))
        first = p.rows[0].cells if p.rows else []
        for row, (header, target) in enumerate(zip(p.headers, p.mapping, strict=True)):
            self.mapping_table.setItem(row, 0, _item(header))
            self.mapping_table.setItem(row, 1, _item(first[row] if row < len(first) else ""))
            box = QComboBox()
            for option in targets(p.kind):
                box.addItem(field_label(option), option)
            box.setCurrentIndex(max(0, box.findData(target)))
            box.currentIndexChanged.connect(lambda _i: self._reload())
            self.mapping_table.setCellWidget(row, 2, box)

    def _fill_preview(self, p: Any, report: ImportReport, built: tuple[list[str], list[list[str]], dict, dict]
                      ) -> None:
        keys, rows, colors, tips = built
        headers = [self.tr("Row"), self.tr("Result"), self.tr("Problems")] + [field_label(k) for k in keys]
        words = {"new": self.tr("new"), "update": self.tr("update"), "unchanged": self.tr("unchanged"),
                 "skipped": self.tr("skipped")}
        self.preview_model.set_rows(headers, rows, colors, tips, words={1: words})
        _fit_columns(self.preview_view, self.preview_model)
        self.preview_view.setColumnWidth(2, min(self.preview_view.columnWidth(2), 420))

    def _fill_categories(self, report: ImportReport) -> None:
        """The list's category words the event does not know (and those already mapped), each with a choice."""
        words = dict(report.new_categories)
        for word in self.categories:
            words.setdefault(word, 0)
        self.category_table.setRowCount(len(words))
        for row, (word, count) in enumerate(sorted(words.items())):
            self.category_table.setItem(row, 0, _item(word))
            self.category_table.setItem(row, 1, _item(str(count) if count else ""))
            box = QComboBox()
            box.addItem(self.tr("keep as written"), "")
            for category in CATEGORIES:
                box.addItem(category_name(category), category)
            box.setCurrentIndex(max(0, box.findData(self.categories.get(word, ""))))
            box.currentIndexChanged.connect(lambda _i, word=word, box=box: self._category_chosen(word, box))
            self.category_table.setCellWidget(row, 2, box)
        index = self.tabs.indexOf(self.category_table)
        self.tabs.setTabText(index, self.tr("4  Categories (%1 new)").replace("%1", str(len(report.new_categories)))
                             if report.new_categories else self.tr("4  Categories"))

    def _category_chosen(self, word: str, box: QComboBox) -> None:
        if box.currentData():
            self.categories[word] = box.currentData()
        else:
            self.categories.pop(word, None)
        self._reload()

    def _show_summary(self, report: ImportReport, done: bool = False) -> None:
        text = (self.tr("Imported: %1 new, %2 updated, %3 unchanged") if done
                else self.tr("Ready: %1 new, %2 updated, %3 unchanged"))
        text = text.replace("%1", str(report.inserted)).replace("%2", str(report.updated)).replace(
            "%3", str(report.unchanged))
        extra = []
        if report.skipped:
            extra.append(self.tr("%n row(s) skipped (red)", "", len(report.skipped)))
        # A warning on a skipped row shows in that red row: counted as yellow, the organiser looked for a
        # yellow row that was not there.
        skipped = {(item["row"], item.get("sheet", "")) for item in report.skipped}
        yellow = [item for item in report.warnings if (item["row"], item.get("sheet", "")) not in skipped]
        if yellow:
            extra.append(self.tr("%n warning(s) (yellow)", "", len(yellow)))
        if report.conflicts:
            extra.append(self.tr("%n field(s) keep the venue's correction", "", len(report.conflicts)))
        if report.cancelled:
            extra.append(self.tr("%n marked cancelled", "", report.cancelled))
        notes = [translate(n) for n in report.notices]
        self.summary.setText("\n".join([" · ".join([text, *extra]), *notes]))

    def _encoding_chosen(self, _index: int) -> None:
        self.encoding = self.encoding_box.currentData()
        self._reload()

    def _sheet_chosen(self, _index: int) -> None:
        self.sheet = self.sheet_box.currentData()
        self._reload(reset_mapping=True)

    def _load_mapping(self) -> None:
        from ...core.importing import ImportFailed
        from ...core.importing.source import load_mapping

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Load a saved mapping"), "", "JSON (*.json)")
        if name:
            try:
                self._reload(mapping=load_mapping(name))
            except ImportFailed as exc:
                self.summary.setText(failure_words(exc))

    def _save_mapping(self) -> None:
        from ...core.importing.source import save_mapping

        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the mapping"), "mapping.json", "JSON (*.json)")
        if name and self.prepared is not None:
            save_mapping(self.prepared, name)

    # --- importing -------------------------------------------------------------------------------------
    def start_import(self) -> None:
        self._import()

    def _import(self) -> None:
        if self.prepared is None or self._busy:
            return
        from ...core.importing import deferred, run_import

        prepared = self.prepared
        prepared.categories = dict(self.categories)
        update_missing = "cancel" if self.cancel_missing.isChecked() else "keep"
        self._cancel.clear()
        self._progress = (0, 0)

        def progress(done: int, total: int) -> None:
            self._progress = (done, total)  # read by the GUI timer; a tuple swap is atomic

        def job(store: Any) -> ImportReport:
            # A big list goes in in short transactions and its codes and search index follow right away, also
            # in short transactions: a desk scanning on this file never waits for the whole list (issue 24).
            report = run_import(store, prepared, update_missing=update_missing, progress=progress,
                                cancel=self._cancel, finish_later=True)
            deferred.finish(store)
            return report

        self._busy = True
        self._set_ready(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self._timer.start()
        EventOp(self.ctx, self, job, changes=IMPORT_CHANGES, success=self._imported).failure(
            self._import_failed).run_in_background()

    def _show_progress(self) -> None:
        done, total = self._progress
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _finish(self) -> None:
        self._busy = False
        self._timer.stop()
        self.progress.hide()
        self.cancel_button.hide()

    def _imported(self, report: ImportReport) -> None:
        self._finish()
        self._show_summary(report, done=True)
        # The next list can be chosen at once; this one is not imported twice by a second click.
        self._set_ready(False)
        self.report = report

    def _import_failed(self, message: str) -> None:
        self._finish()
        self._set_ready(self.prepared is not None)
        if self._cancel.is_set():
            self.summary.setText(self.tr("Import cancelled; nothing was written."))
        else:
            self.summary.setText(self.tr("Import failed; nothing was written: %1").replace("%1", translate(message)))

    def _set_ready(self, ready: bool) -> None:
        self.import_button.setEnabled(ready and not self._busy)
        self.choose.setEnabled(not self._busy)
        self.kind.setEnabled(not self._busy)
        self.save_mapping.setEnabled(ready)


def preview_rows(p: Any, report: ImportReport) -> tuple[list[str], list[list[str]], dict, dict]:
    """Preview rows (result words as keys the model translates), row colours and problem tooltips."""
    values = {(number, sheet): fields for number, sheet, fields in report.preview}
    keys = PREVIEW_FIELDS.get(p.kind) or sorted({k for _n, _s, f in report.preview for k in f})
    rows, colors, tips = [], {}, {}
    several_sheets = len(p.sheets_used) > 1  # row 2 of the late additions' sheet is not row 2 of the first
    for i, data in enumerate(p.rows):
        number = data.number
        where = f"{data.sheet} {number}" if several_sheets and data.sheet else str(number)
        key = (number, data.sheet)
        problems = report.problems.get(key, [])
        fields = values.get(key, {})
        if key in report.skipped_rows:
            result, colors[i] = "skipped", SKIPPED
        else:
            result = report.actions.get(key, "")
            if problems:
                colors[i] = WARNED
        if problems:
            problems = [translate(m) for m in problems]
            tips[i] = "\n".join(problems)
        rows.append([where, result, "; ".join(problems)] + [str(fields.get(k) or "") for k in keys])
    return keys, rows, colors, tips


def _fit_columns(view: QTableView, model: RowsModel, sample: int = 200) -> None:
    """Column widths from the header and the first rows (Qt's resize-to-contents reads all 50,000)."""
    metrics = view.fontMetrics()
    for col in range(model.columnCount()):
        texts = [model.headers[col]] + [model.text(r, col) for r in range(min(sample, model.rowCount()))]
        view.setColumnWidth(col, min(360, max(metrics.horizontalAdvance(t) for t in texts) + 24))


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _column_letter(i: int) -> str:
    out = ""
    i += 1
    while i:
        i, rest = divmod(i - 1, 26)
        out = chr(65 + rest) + out
    return out
