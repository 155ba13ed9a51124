"""Scans while a dialog is open on the real desk: refused at once with a sound and a line naming the guest,
on the desk and on the dialog; never decided later. A scan while the F4 menu is open is decided at once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from .scanner_helpers import scanner_types, wait

pytestmark = pytest.mark.gui


@pytest.fixture
def screen(open_desk):
    return open_desk(auto_return_s=0.3)


def checkins(w):
    return w.ctx.store.journal.records(kind="checkin")


def test_a_scan_during_the_walk_in_form_is_refused_visibly_and_loses_no_typing(screen, qtbot):
    assert screen.actions_bar.trigger("deskops_walkin")
    dialog = screen.deskops_dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    dialog.first.setFocus()
    dialog.first.setText("Gisela")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.first)
    scanner_types(screen.ctx.store.attendee(7).code, gap_ms=10)
    qtbot.waitUntil(lambda: screen.scan_notice.isVisible())
    who = screen.ctx.store.attendee(7).display_name
    assert screen.sounds.last == "refused" and who in screen.scan_notice.text()
    toast = dialog.findChild(QLabel, "scanRefusedToast")
    assert toast is not None and toast.isVisible() and who in toast.text()
    assert dialog.first.text() == "Gisela" and dialog.isVisible()  # the worker's typing is kept
    dialog.reject()
    wait(800)  # well past the auto-return: nothing was held back
    assert checkins(screen) == [] and screen.panel.state == "ready"


def test_a_scan_during_admit_anyway_is_refused_and_not_replayed(screen, qtbot):
    store = screen.ctx.store
    cancelled = store.conn.execute("SELECT id FROM attendees WHERE status = 'cancelled' LIMIT 1").fetchone()[0]
    scanner_types(store.attendee(cancelled).code, gap_ms=10)
    qtbot.waitUntil(lambda: screen.panel.state == "refused")
    assert screen.actions_bar.trigger("override")
    dialog = screen._override_dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    scanner_types(store.attendee(8).code, gap_ms=10)
    qtbot.waitUntil(lambda: screen.scan_notice.isVisible())
    assert store.attendee(8).display_name in screen.scan_notice.text()
    dialog.reject()
    wait(1000)
    assert checkins(screen) == []


def test_a_scan_while_the_guest_menu_is_open_closes_it_and_is_decided(screen, qtbot):
    scanner_types(screen.ctx.store.attendee(9).code, gap_ms=10)
    qtbot.waitUntil(lambda: screen.panel.state == "admitted")
    assert screen.actions_bar.trigger("deskops_guest")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    scanner_types(screen.ctx.store.attendee(10).code, gap_ms=10)
    qtbot.waitUntil(lambda: len(checkins(screen)) == 2)
    assert QApplication.activePopupWidget() is None and screen.decision.attendee_id == 10


def test_a_scan_split_by_a_long_pause_never_lands_in_the_search_box(screen, qtbot):
    code = screen.ctx.store.attendee(12).code
    cut = len(code) - 4
    gaps = tuple([10] * cut + [160] + [10] * 3)  # the scanner stalls 160 ms before the last four characters
    scanner_types(code, suffix="enter", jitter=gaps)
    wait(400)
    assert screen.search.text() == "" and screen.results.count() == 0
    assert screen.scan_notice.isVisible() and "scan" in screen.scan_notice.text().lower()
    assert screen.sounds.last == "refused" and checkins(screen) == []
    scanner_types(code, gap_ms=10)  # scanned again: admitted
    qtbot.waitUntil(lambda: len(checkins(screen)) == 1)
