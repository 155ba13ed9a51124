"""The "qt" print backend: badge PDFs rasterised at the printer's resolution and printed through QPrinter.

For spoolers that take no PDF (Windows GDI). Each page of the badge PDF (the same reportlab output CUPS gets,
and the same QtPdf renderer the designer's preview uses) is rendered with ``QPdfDocument.render`` at
``QPrinter.resolution()`` and painted 1:1 onto a QPrinter whose page is the layout's exact size (millimetres,
portrait size + orientation, full page, zero margins), so nothing is scaled. Text arrives as pixels: expected.

Runs on the core print queue's worker thread (QPainter may paint QPrinter and QImage outside the GUI thread).
Qt hands out no spooler job id: once ``QPainter.end()`` succeeds the job belongs to the system spooler, so the
queue reports it done. Registered as backend "qt" in ``checkin.core.printing`` on import.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRect, QSize, QSizeF
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from ...core.printing import JobState, PrinterStatus, Problem, SpoolError

MM_PER_INCH = 25.4
BAND_ROWS = 1024  # render tall pages in bands: an A4 sheet at 1200 dpi would be a 560 MB image at once
_lock = threading.Lock()  # one QPrinter job at a time per process (QtPdf/pdfium is not re-entrant)


def ensure_app() -> None:
    """QPrinter needs a Gui application; the command line has none (offscreen is enough to spool)."""
    if QGuiApplication.instance() is None:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication([])


def page_layout(media_mm: tuple[float, float]) -> QPageLayout:
    """The layout's exact page: portrait size, landscape orientation when wider than high, no margins."""
    w, h = media_mm
    size = QPageSize(QSizeF(min(w, h), max(w, h)), QPageSize.Unit.Millimeter, f"{w:g}x{h:g} mm",
                     QPageSize.SizeMatchPolicy.ExactMatch)
    orientation = QPageLayout.Orientation.Landscape if w > h else QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def prepare_printer(printer: QPrinter, media_mm: tuple[float, float], copies: int, title: str) -> None:
    printer.setFullPage(True)  # origin at the paper's corner, not the printable area's
    if not printer.setPageLayout(page_layout(media_mm)):
        raise SpoolError(f"printer {printer.printerName() or 'output'} refuses the page size "
                         f"{media_mm[0]:g}x{media_mm[1]:g} mm")
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    printer.setCopyCount(max(1, copies) if printer.supportsMultipleCopies() else 1)
    printer.setDocName(title)


def render_page(doc: QPdfDocument, page: int, dpi: float, paint) -> None:
    """Render ``page`` at ``dpi`` in horizontal bands, calling ``paint(image, top_row)`` for each band."""
    pts = doc.pagePointSize(page)
    full = QSize(round(pts.width() / 72 * dpi), round(pts.height() / 72 * dpi))
    for top in range(0, full.height(), BAND_ROWS):
        rows = min(BAND_ROWS, full.height() - top)
        opts = QPdfDocumentRenderOptions()
        opts.setScaledSize(full)
        opts.setScaledClipRect(QRect(0, top, full.width(), rows))
        band = doc.render(page, QSize(full.width(), rows), opts)
        if band.isNull():
            raise SpoolError(f"could not rasterise page {page + 1}")
        white = QImage(band.size(), QImage.Format.Format_RGB32)  # the PDF's paper is white, not transparent
        white.fill(0xFFFFFFFF)
        p = QPainter(white)
        p.drawImage(0, 0, band)
        p.end()
        paint(white, top)


def print_pdf(pdf: Path, printer: QPrinter, media_mm: tuple[float, float], copies: int = 1,
              title: str = "checkin") -> int:
    """Rasterise every page of ``pdf`` at the printer's resolution onto ``printer``; returns pages printed."""
    with _lock:
        doc = QPdfDocument()
        if doc.load(str(pdf)) != QPdfDocument.Error.None_:
            raise SpoolError(f"could not open {pdf.name} for rasterising")
        try:
            prepare_printer(printer, media_mm, copies, title)
            dpi = printer.resolution()
            # Without driver copies (PDF output, some GDI drivers) the pages are sent once per copy.
            repeats = 1 if printer.supportsMultipleCopies() else max(1, copies)
            painter = QPainter()
            if not painter.begin(printer):
                raise SpoolError(f"printer {printer.printerName() or printer.outputFileName()} cannot start a job")
            pages = 0
            try:
                for _copy in range(repeats):
                    for page in range(doc.pageCount()):
                        if pages and not printer.newPage():
                            raise SpoolError("the printer refused a new page")

                        def paint(band: QImage, top: int) -> None:
                            painter.drawImage(QPointF(0, top), band)  # device pixels 1:1: no scaling

                        render_page(doc, page, dpi, paint)
                        pages += 1
            finally:
                if not painter.end():
                    raise SpoolError("the spooler did not accept the job")
            return pages
        finally:
            doc.close()


class QtRasterSpooler:
    """The ``Spooler`` protocol over Qt's print support (GDI on Windows; CUPS queues on Linux/macOS)."""

    def __init__(self) -> None:
        ensure_app()
        self._counter = 0

    def submit(self, pdf: Path, printer: str, media_mm: tuple[float, float], copies: int, title: str) -> str:
        info = QPrinterInfo.printerInfo(printer)
        if info.isNull():
            raise SpoolError(f"no printer named {printer!r}", Problem.UNKNOWN_PRINTER)
        qprinter = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        print_pdf(pdf, qprinter, media_mm, copies, title)
        self._counter += 1
        return f"qt:{title}:{self._counter}"

    def job_state(self, spool_id: str, printer: str) -> JobState:
        return JobState.DONE  # handed to the system spooler; Qt cannot follow it further

    def job_states(self, jobs: Sequence[tuple[str, str]]) -> dict[str, JobState]:
        return {spool_id: JobState.DONE for spool_id, _ in jobs}

    def printer_status(self, name: str) -> PrinterStatus:
        info = QPrinterInfo.printerInfo(name)
        if info.isNull():
            return PrinterStatus(name, exists=False)
        state = info.state()
        ok = state not in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted)
        return PrinterStatus(name, True, enabled=ok, accepting=True, busy=state == QPrinter.PrinterState.Active,
                             reason="" if ok else "printer reports an error")

    def printers(self) -> list[str]:
        return list(QPrinterInfo.availablePrinterNames())

    def cancel(self, spool_id: str) -> None:
        pass  # already in the system spooler: cancel it there

