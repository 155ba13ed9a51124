"""Print on check-in at the real desk: a scan (or walk-in) with the desk's setting on puts that guest's badge
into a real CUPS queue (cups-pdf), the PDF carries the guest's name; failures show and never block the next
scan; a test print is not a guest's badge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from checkin.core.printing import JobState, print_counts
from checkin.ui.context import AppContext
from checkin.ui.desk.view import DeskScreen
from tests.core.badge_helpers import decode_qr_pages

from .scanner_helpers import scanner_types

pytestmark = [pytest.mark.gui, pytest.mark.cups]


@pytest.fixture
def cups():
    from tests.cups_env import ensure_cups

    return ensure_cups()


@pytest.fixture
def open_desk(open_desk, monkeypatch, tmp_path):
    """The shared desk (tests/ui/conftest.py) with this laptop's printer and print-on-check-in setting."""
    from checkin.ui.badges.print_service import PrintService

    monkeypatch.setenv("CHECKIN_CONFIG_DIR", str(tmp_path / "cfg"))
    opened: list[DeskScreen] = []

    def _open(printer: str, on: bool = True) -> DeskScreen:
        w = open_desk(badges__printer=printer, badges__print_on_checkin="true" if on else "false")
        opened.append(w)
        return w

    yield _open
    for w in opened:  # before the shared fixture shuts the context down: no print job outlives its desk
        PrintService.for_context(w.ctx).shutdown()


def _jobs(w: DeskScreen):
    from checkin.ui.badges.print_service import PrintService

    return PrintService.for_context(w.ctx).jobs()


def test_a_scan_prints_the_guests_badge_into_the_cups_queue(open_desk, cups, qtbot):
    w = open_desk(cups.queue)
    scanner_types(w.ctx.store.attendee(2).code, gap_ms=10)
    qtbot.waitUntil(lambda: w.panel.state == "admitted")
    qtbot.waitUntil(lambda: len(_jobs(w)) == 1)
    [job] = _jobs(w)
    assert job.attendee_ids == [2] and job.printer == cups.queue and not job.test
    assert "Şükrü Çelik" in w.print_line.text() and w.print_line.isVisible()
    pdf = cups.find_output(job.title)  # the badge as cups-pdf printed it carries this guest's code
    assert decode_qr_pages(pdf, dpi=200) == [[w.ctx.store.attendee(2).code]]
    qtbot.waitUntil(lambda: print_counts(w.ctx.store, [2]) == {2: 1}, timeout=30_000)
    qtbot.waitUntil(lambda: "printed" in w.print_line.text() or "sent" in w.print_line.text(), timeout=30_000)

    # The same guest again (already checked in): no second badge.
    scanner_types(w.ctx.store.attendee(2).code, gap_ms=10)
    qtbot.waitUntil(lambda: w.panel.state == "already")
    qtbot.wait(300)
    assert len(_jobs(w)) == 1


def test_a_walk_in_prints_too(open_desk, cups, qtbot):
    w = open_desk(cups.queue)
    from checkin.ui.deskops import actions as ops

    dialog = ops.open_walkin(w)
    dialog.first.setText("Žaneta")
    dialog.last.setText("Šťastná")
    dialog.accept()
    qtbot.waitUntil(lambda: w.panel.state == "admitted")
    qtbot.waitUntil(lambda: len(_jobs(w)) == 1)
    [job] = _jobs(w)
    walk_in = w.ctx.store.attendee(job.attendee_ids[0])
    assert walk_in.last_name == "Šťastná"
    assert decode_qr_pages(cups.find_output(job.title), dpi=200) == [[walk_in.code]]


def test_printing_off_prints_nothing(open_desk, cups, qtbot):
    w = open_desk(cups.queue, on=False)
    scanner_types(w.ctx.store.attendee(3).code, gap_ms=10)
    qtbot.waitUntil(lambda: w.panel.state == "admitted")
    qtbot.wait(300)
    assert _jobs(w) == [] and not w.print_line.isVisible()


def test_a_failing_printer_shows_and_does_not_block_the_next_scan(open_desk, cups, qtbot):
    w = open_desk("no-such-printer-here")
    scanner_types(w.ctx.store.attendee(3).code, gap_ms=10)
    qtbot.waitUntil(lambda: w.panel.state == "admitted")
    qtbot.waitUntil(lambda: any(j.state == JobState.FAILED for j in _jobs(w)), timeout=30_000)
    qtbot.waitUntil(lambda: "not printed" in w.print_line.text())
    assert "Check-in" not in w.print_line.text() or "saved" in w.print_line.text()
    assert print_counts(w.ctx.store, [3]) == {}
    scanner_types(w.ctx.store.attendee(4).code, gap_ms=10)  # the queue keeps going
    qtbot.waitUntil(lambda: w.decision is not None and w.decision.attendee_id == 4)
    assert w.panel.state == "admitted"


def test_no_printer_chosen_is_said_on_the_desk(open_desk, cups, qtbot):
    w = open_desk("")
    scanner_types(w.ctx.store.attendee(5).code, gap_ms=10)
    qtbot.waitUntil(lambda: w.panel.state == "admitted")
    assert "no badge printer chosen" in w.print_line.text() and w.print_line.isVisible()


def test_a_test_print_is_not_a_guests_badge(qtbot, cups, demo_path, tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKIN_CONFIG_DIR", str(tmp_path / "cfg"))
    from checkin.ui.badges.print_service import PrintService
    from checkin.ui.badges.view import BadgesScreen

    settings = QSettings(str(tmp_path / "checkin.ini"), QSettings.Format.IniFormat)
    settings.setValue("badges/printer", cups.queue)
    ctx = AppContext(settings, "en")
    ctx.open_event(demo_path)
    try:
        screen = BadgesScreen(ctx)
        qtbot.addWidget(screen)
        qtbot.waitUntil(lambda: screen.person.currentData() is not None)  # the preview people: read on the worker
        aid = int(screen.person.currentData())
        screen.print_test()
        service = PrintService.for_context(ctx)
        qtbot.waitUntil(lambda: bool(service.jobs()))
        [job] = service.jobs()
        assert job.test
        cups.find_output(job.title)  # the paper came out
        qtbot.waitUntil(lambda: service.jobs()[0].state in (JobState.SPOOLED, JobState.DONE), timeout=30_000)
        assert print_counts(ctx.store, [aid]) == {}
        assert ctx.store.journal.records(kind="badge_print") == []
    finally:
        PrintService.for_context(ctx).shutdown()
        ctx.shutdown()
