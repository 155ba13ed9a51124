"""Buttons for the organisers' documents: report PDF, certificates, paper lists, figures XLSX (run on the worker)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from ..context import AppContext
from ..ops import QueryOp


def _job(kind: str, path: str, lang: str, desks: int) -> Callable[[Any], tuple[str, list[str]]]:
    def run(store: Any) -> tuple[str, list[str]]:
        from ...core import pdftext
        from ...core.reports import certificates, figures, lists, report_pdf, xlsx

        glyphs = pdftext.GlyphReport()

        if kind == "report":
            report_pdf.build(figures.compute(store, lang=lang), path, lang)
        elif kind == "certificates":
            certs = certificates.collect(store)
            if not certs:
                raise ValueError("nobody has arrived yet")
            certificates.write(store, certs, path, report=glyphs)
        elif kind == "lists":
            lists.build(store, path, desks=desks, day=lists.default_day(store), lang=lang)
            glyphs.check_all((r.id, "name", f"{r.first_name} {r.last_name}") for r in lists.rows(store, None))
        elif kind == "figures":
            xlsx.build(store, figures.compute(store, lang=lang), path, lang=lang, desks=desks,
                       day=lists.default_day(store))
        # Names that print with a fallback font only are fine; right-to-left, unjoined or missing letters need a look.
        look = sorted({i.text for i in glyphs.unique() if i.problem != "fallback_font"})
        return path, look

    return run


class ExportButtons(QWidget):
    finished = Signal(str)  # path written (tests wait on this)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for kind, text, tip in (
            ("report", self.tr("Report (PDF)…"), self.tr("Post-event report with charts")),
            ("certificates", self.tr("Certificates…"), self.tr("Certificates of attendance for everyone who came")),
            ("lists", self.tr("Paper lists…"), self.tr("Alphabetical lists with tick boxes, for a power cut")),
            ("figures", self.tr("Figures (XLSX)…"), self.tr("All figures and the lists as a spreadsheet")),
        ):
            b = QPushButton(text)
            b.setObjectName(f"export_{kind}")
            b.setToolTip(tip)
            b.clicked.connect(lambda _=False, k=kind: self.choose(k))
            self.buttons[kind] = b
            row.addWidget(b)
        row.addWidget(QLabel(self.tr("Desks:")))
        self.desks = QSpinBox()
        self.desks.setObjectName("desksSpin")
        self.desks.setRange(1, 26)
        self.desks.setToolTip(self.tr("Split the paper lists by surname for this many desks"))
        row.addWidget(self.desks)
        self.message = QLabel()
        self.message.setObjectName("exportMessage")
        row.addWidget(self.message, 1)

    def choose(self, kind: str) -> None:
        suffix = "xlsx" if kind == "figures" else "pdf"
        names = {"report": self.tr("report"), "certificates": self.tr("certificates"), "lists": self.tr("lists"),
                 "figures": self.tr("figures")}
        folder = Path(str(self.ctx.settings.value("reports/folder", str(Path.home()))))
        path, _ = QFileDialog.getSaveFileName(self, self.buttons[kind].text().rstrip("…"),
                                              str(folder / f"{names[kind]}.{suffix}"), f"*.{suffix}")
        if path:
            self.ctx.settings.setValue("reports/folder", str(Path(path).parent))
            self.export(kind, path)

    def export(self, kind: str, path: str) -> None:
        self.message.setText(self.tr("Writing %1 …").replace("%1", Path(path).name))
        for b in self.buttons.values():
            b.setEnabled(False)
        QueryOp(self.ctx, self, _job(kind, path, self.ctx.language, self.desks.value()), self._done).failure(
            self._failed).run_in_background()

    def _done(self, result: tuple[str, list[str]]) -> None:
        path, look = result
        for b in self.buttons.values():
            b.setEnabled(True)
        text = self.tr("Saved %1").replace("%1", path)
        if look:  # the same warning as for badges, before anyone prints the document
            text += " · " + self.tr("%n name(s) need a look before printing: ", "", len(look)) + ", ".join(look[:5])
        self.message.setText(text)
        self.finished.emit(path)

    def _failed(self, error: str) -> None:
        for b in self.buttons.values():
            b.setEnabled(True)
        self.message.setText(self.tr("Could not save: %1").replace("%1", error.splitlines()[0]))
