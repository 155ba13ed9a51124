"""The "qt" print backend (Windows' path, selectable everywhere): badge pages rasterised with QtPdf at the
printer's resolution and painted 1:1 on a QPrinter at the layout's exact size. Checked on PDF output (fast) and
through a real CUPS queue (cups-pdf) that Qt's print support lists."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from checkin.core.badges import catalog, document
from checkin.core.printing import JobState, PrinterSettingsStore, PrintQueue, backend_name, print_counts
from tests.core.badge_helpers import decode_qr_pages, page_sizes_mm, page_texts

from .raster_helpers import name_visible

pytestmark = pytest.mark.gui


def _pdf_printer(out: Path, dpi: int):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(dpi)
    return printer


@pytest.mark.parametrize("layout_name", ["a6-portrait", "card-90x55", "label-62mm"])
def test_pdf_output_has_the_exact_page_at_the_printer_resolution(qapp, demo_store, tmp_path, layout_name):
    from checkin.ui.badges.raster_print import print_pdf

    layout = catalog.get_layout(demo_store, layout_name)
    people = demo_store.attendees_by_ids([3, 4])
    source = tmp_path / "badges.pdf"
    document.make_pdf(demo_store, source, layout, people)
    out = tmp_path / "printed.pdf"
    assert print_pdf(source, _pdf_printer(out, 300), layout.page_size, 1, "t") == 2
    w, h = layout.page_size
    for pw, ph in page_sizes_mm(out):  # Qt's PDF writer keeps whole points: <= 0.35 mm
        assert abs(pw - w) < 0.5 and abs(ph - h) < 0.5, ((pw, ph), layout.page_size)
    # Each page is the page at 300 dpi in bands of full width: rendered at the printer's resolution, not scaled.
    for page in PdfReader(str(out)).pages:
        sizes = [im.image.size for im in page.images]
        iw, ih = sizes[0][0], sum(s[1] for s in sizes)
        assert all(s[0] == iw for s in sizes)
        assert abs(iw - w / 25.4 * 300) <= 1 and abs(ih - h / 25.4 * 300) <= 1, (iw, ih)
    assert [c for page in decode_qr_pages(out, dpi=200) for c in page] == [a.code for a in people]
    assert page_texts(out) == ["", ""]  # text is pixels on this path
    for n, a in enumerate(people, 1):
        dark, diff = name_visible(source, out, n, a.last_name)
        assert dark > 0.08 and diff < 25, (a.last_name, dark, diff)


def test_copies_without_driver_copies_repeat_the_pages(qapp, demo_store, tmp_path):
    from checkin.ui.badges.raster_print import print_pdf

    layout = catalog.get_layout(demo_store, "a7-portrait")
    source = tmp_path / "badges.pdf"
    document.make_pdf(demo_store, source, layout, demo_store.attendees_by_ids([5]))
    out = tmp_path / "printed.pdf"
    printer = _pdf_printer(out, 150)
    assert not printer.supportsMultipleCopies()  # PDF output cannot make copies itself
    assert print_pdf(source, printer, layout.page_size, 3, "t") == 3
    assert len(page_sizes_mm(out)) == 3


def test_backend_choice(monkeypatch):
    monkeypatch.delenv("CHECKIN_PRINT_BACKEND", raising=False)
    assert backend_name() in ("cups", "qt") and backend_name("qt") == "qt"
    monkeypatch.setenv("CHECKIN_PRINT_BACKEND", "qt")
    assert backend_name("cups") == "qt"  # the environment wins over the desk's setting


@pytest.mark.cups
def test_queue_prints_through_qt_to_a_cups_queue(qapp, demo_path, demo_store, tmp_path):
    from tests.cups_env import ensure_cups

    cups = ensure_cups()
    from PySide6.QtPrintSupport import QPrinterInfo

    from checkin.ui.badges.raster_print import QtRasterSpooler

    assert cups.queue in QPrinterInfo.availablePrinterNames()  # Qt lists the CUPS queues
    spooler = QtRasterSpooler()
    assert spooler.printer_status(cups.queue).ok and not spooler.printer_status("no-such-printer").exists
    queue = PrintQueue(demo_path, spooler=spooler, settings=PrinterSettingsStore(tmp_path / "p.json"),
                       poll_interval=0.2)
    try:
        job = queue.enqueue([6], cups.queue, layout="a6-portrait")
        assert job.state == JobState.QUEUED  # the desk never waits
        done = queue.wait(job.id, {JobState.DONE, JobState.FAILED}, timeout=90)
        assert done.state == JobState.DONE, done.message
    finally:
        queue.close()
    assert print_counts(demo_store, [6]) == {6: 1}
    printed = cups.find_output(job.title)
    layout = catalog.get_layout(demo_store, "a6-portrait")
    (pw, ph), = page_sizes_mm(printed)  # ghostscript in cups-pdf rounds to whole points
    assert abs(pw - 105) < 0.5 and abs(ph - 148) < 0.5, (pw, ph)
    a = demo_store.attendee(6)
    assert decode_qr_pages(printed, dpi=200) == [[a.code]]
    source = tmp_path / "source.pdf"
    document.make_pdf(demo_store, source, layout, [a])
    dark, diff = name_visible(source, printed, 1, a.last_name)
    assert dark > 0.08 and diff < 25, (a.last_name, dark, diff)


@pytest.mark.cups
def test_cli_print_with_the_qt_backend_and_a_landscape_card(cli, demo_path, tmp_path):
    from tests.cups_env import ensure_cups

    cups = ensure_cups()
    proc = cli("print", str(demo_path), "--printer", cups.queue, "--attendee", "9", "--layout", "card-90x55",
               "--backend", "qt", "--json", env={"CHECKIN_CONFIG_DIR": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    import json

    out = json.loads(proc.stdout)
    assert out["backend"] == "qt" and out["badges"] == 1
    printed = cups.find_output(out["title"])
    # Qt sends a landscape page as the portrait media with the content turned (as drivers expect it).
    (pw, ph), = page_sizes_mm(printed)
    assert abs(min(pw, ph) - 55) < 0.5 and abs(max(pw, ph) - 90) < 0.5, (pw, ph)
    from checkin.core.store import EventStore

    with EventStore.open(demo_path, readonly=True) as store:
        assert decode_qr_pages(printed, dpi=200) == [[store.attendee(9).code]]


@pytest.mark.cups
def test_desk_setting_switches_the_print_service_to_the_qt_backend(qtbot, demo_path, tmp_path, monkeypatch):
    from tests.cups_env import ensure_cups

    cups = ensure_cups()
    monkeypatch.delenv("CHECKIN_PRINT_BACKEND", raising=False)
    monkeypatch.setenv("CHECKIN_CONFIG_DIR", str(tmp_path / "cfg"))
    from PySide6.QtCore import QSettings

    from checkin.ui.badges.print_service import PrintService
    from checkin.ui.context import AppContext

    ctx = AppContext(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "en")
    ctx.open_event(demo_path)
    service = PrintService.for_context(ctx)
    try:
        assert service.backend == "cups" and type(service.queue.spooler).__name__ == "CupsSpooler"
        service.backend = "qt"
        assert type(service.queue.spooler).__name__ == "QtRasterSpooler" and cups.queue in service.printers()
        service.printer = cups.queue
        job = service.enqueue(11, layout="label-62mm")
        with qtbot.waitSignal(service.job_changed, timeout=60000,
                              check_params_cb=lambda j: j.id == job.id and j.state == JobState.DONE):
            pass
        (pw, ph), = page_sizes_mm(cups.find_output(job.title))
        assert abs(pw - 62) < 0.5 and abs(ph - 100) < 0.5, (pw, ph)
    finally:
        service.shutdown()
        ctx.shutdown()
