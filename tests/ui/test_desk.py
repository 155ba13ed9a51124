"""The real desk screen on a real event file: scanner bursts, typing, search + Enter, undo, override,
attention, camera frames; each test checks the journal and what the screen shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QApplication, QLineEdit

from checkin.core import pins

from .scanner_helpers import person_presses, person_presses_on, person_types, scanner_types

pytestmark = pytest.mark.gui


@pytest.fixture
def screen(open_desk):
    return open_desk(auto_return_s=30)


def journal(w, kind="checkin"):
    return w.ctx.store.journal.records(kind=kind)


def code(w, attendee_id: int) -> str:
    return w.ctx.store.attendee(attendee_id).code


def test_scanner_burst_while_another_field_has_focus(screen, qtbot):
    other = QLineEdit(screen)  # e.g. a form field of a desk operation
    other.show()
    other.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other)
    scanner_types(code(screen, 2), gap_ms=12)
    qtbot.waitUntil(lambda: screen.panel.state == "admitted")
    assert other.text() == "" and screen.search.text() == ""
    [rec] = journal(screen)
    assert rec.attendee_id == 2 and rec.data["source"] == "scan"
    texts = screen.panel.texts()
    assert texts["headline"] == "Welcome" and texts["name"] == "Şükrü Çelik"
    assert texts["organisation"] == "İzmir Mikroelektronik A.Ş."
    assert screen.sounds.last == "admitted"
    qtbot.waitUntil(lambda: screen.last_counters is not None and screen.last_counters.arrived == 1)
    assert "1 /" in screen.counter.text()


def test_scanner_without_enter_and_never_twice(screen, qtbot):
    scanner_types(code(screen, 3), gap_ms=30, suffix=None, jitter=(30, 22, 35, 18))
    qtbot.waitUntil(lambda: screen.panel.state == "admitted", timeout=3000)
    qtbot.wait(400)
    assert len(journal(screen)) == 1 and screen.search.text() == ""
    scanner_types(code(screen, 3), gap_ms=10)
    qtbot.waitUntil(lambda: screen.panel.state == "already")
    assert "Today at" in screen.panel.texts()["detail"] and len(journal(screen)) == 1


def test_person_typing_is_a_search_not_a_scan(screen, qtbot):
    person_types("celik", gap_ms=100)
    qtbot.waitUntil(lambda: screen.search.text() == "celik")
    assert screen.panel.state == "ready" and journal(screen) == []
    assert screen.results.count() >= 2


def test_search_arrows_and_enter_check_in(screen, qtbot):
    person_types("Müler", gap_ms=100)  # one typo
    qtbot.waitUntil(lambda: screen.results.count() > 0)
    names = [screen.results.item(i).text() for i in range(screen.results.count())]
    target = next(i for i, t in enumerate(names) if "Müller, Jürgen" in t)
    for _ in range(target):
        person_presses(Qt.Key.Key_Down, 60)
    person_presses(Qt.Key.Key_Return, 60, "\r")
    qtbot.waitUntil(lambda: screen.panel.state == "admitted")
    [rec] = journal(screen)
    assert rec.attendee_id == 15 and rec.data["source"] == "search"
    assert screen.search.text() == ""
    person_types("Müller", gap_ms=100)
    qtbot.waitUntil(lambda: screen.results.count() > 0)
    arrived = [screen.results.item(i).text() for i in range(screen.results.count())
               if "Jürgen" in screen.results.item(i).text()]
    assert arrived and arrived[0].startswith("✔") and "arrived" in arrived[0]


def test_undo_asks_naming_the_guest_and_never_chains_silently(screen, qtbot):
    scanner_types(code(screen, 4), gap_ms=10)
    qtbot.waitUntil(lambda: screen.panel.state == "admitted")
    scanner_types(code(screen, 6), gap_ms=10)
    qtbot.waitUntil(lambda: screen.decision.attendee_id == 6)
    qtbot.keyClick(screen.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen._undo_dialog is not None and screen._undo_dialog.isVisible())
    dialog = screen._undo_dialog
    assert screen.ctx.store.attendee(6).display_name in dialog.question.text()
    assert journal(screen, "undo") == []  # nothing undone before the worker says so
    qtbot.wait(300)  # a person, not the scanner's suffix
    person_presses_on(dialog, Qt.Key.Key_Return, "\r")  # Enter confirms
    qtbot.waitUntil(lambda: screen.panel.state == "undone")
    [undo] = journal(screen, "undo")
    assert undo.data["undoes"] == journal(screen)[1].record_id and screen.ctx.store.first_arrival(6) is None
    # A second Ctrl+Z (also from the search field) asks again, now naming the guest before; Esc keeps it.
    screen.activateWindow()  # offscreen: the window system does not hand activation back by itself
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.search)
    qtbot.keyClick(screen.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen._undo_dialog is not None and screen._undo_dialog.isVisible())
    assert screen.ctx.store.attendee(4).display_name in screen._undo_dialog.question.text()
    again = screen._undo_dialog
    again.activateWindow()
    qtbot.waitUntil(lambda: again.isActiveWindow())
    person_presses_on(again, Qt.Key.Key_Escape, "\x1b")
    qtbot.waitUntil(lambda: screen._undo_dialog is None)
    assert len(journal(screen, "undo")) == 1 and screen.ctx.store.first_arrival(4) is not None


def test_a_key_during_a_result_keeps_it_on_screen(screen, qtbot):
    screen.auto_return_s = 0.3
    scanner_types(code(screen, 11), gap_ms=10)
    qtbot.waitUntil(lambda: screen.panel.state == "admitted")
    qtbot.keyClick(screen.search, Qt.Key.Key_F4)  # the guest menu, just before the auto-return would fire
    qtbot.wait(900)
    assert screen.decision is not None and screen.decision.attendee_id == 11  # still the guest F4 was for
    menu = screen.deskops_menu
    menu.close()
    qtbot.keyClick(screen.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.panel.state == "ready")
    qtbot.keyClick(screen.search, Qt.Key.Key_F4)  # nothing on screen: F4 says why instead of doing nothing
    assert screen.scan_notice.isVisible() and "F4" in screen.scan_notice.text()


def test_cancelled_guest_admitted_anyway_with_reason_and_pin(screen, qtbot):
    store = screen.ctx.store
    pins.set_pin(store, "1357")
    aid = store.conn.execute("SELECT id FROM attendees WHERE status = 'cancelled' LIMIT 1").fetchone()[0]
    scanner_types(code(screen, aid), gap_ms=10)
    qtbot.waitUntil(lambda: screen.panel.state == "refused")
    assert screen.panel.texts()["headline"] == "Cancelled" and screen.sounds.last == "refused"
    assert journal(screen) == []
    qtbot.keyClick(screen.search, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: screen._override_dialog is not None and screen._override_dialog.isVisible())
    dialog = screen._override_dialog
    dialog.reason.setText("organiser confirmed by phone")
    dialog.pin.setText("0000")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "PIN" in dialog.error.text())
    assert journal(screen) == [] and dialog.isVisible()
    dialog.pin.setText("1357")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: screen.panel.state == "admitted")
    [rec] = journal(screen)
    assert rec.data["override"] == "organiser confirmed by phone" and rec.data["overridden"] == "cancelled"
    assert "override" in screen.panel.texts()["detail"]


def test_attention_waits_for_confirmation_and_refuses_the_next_scan_visibly(screen, qtbot):
    screen.auto_return_s = 0.2
    scanner_types(code(screen, 1), gap_ms=10)  # the State Secretary
    qtbot.waitUntil(lambda: screen.panel.state == "attention")
    assert "Protokoll" in screen.panel.texts()["note"] and screen.sounds.last == "attention"
    scanner_types(code(screen, 5), gap_ms=10)  # the next guest is scanned too early
    qtbot.waitUntil(lambda: screen.scan_notice.isVisible())
    assert screen.sounds.last == "refused"
    assert screen.ctx.store.attendee(5).display_name in screen.scan_notice.text()
    assert "not taken" in screen.scan_notice.text() and "Enter" in screen.scan_notice.text()
    qtbot.wait(600)
    assert screen.panel.state == "attention" and len(journal(screen)) == 1  # no auto-return, no overwrite
    person_presses(Qt.Key.Key_Return, 50, "\r")
    qtbot.waitUntil(lambda: screen.panel.state == "ready", timeout=3000)
    [ack] = journal(screen, "attention_ack")
    assert ack.data["of"] == journal(screen)[0].record_id
    qtbot.wait(500)
    assert len(journal(screen)) == 1  # the refused scan is not replayed later, when someone else stands here
    scanner_types(code(screen, 5), gap_ms=10)  # scanned again: now it counts
    qtbot.waitUntil(lambda: len(journal(screen)) == 2)
    assert not screen.scan_notice.isVisible()


def test_point_selector_refuses_guests_not_registered_here(screen, qtbot):
    store = screen.ctx.store
    outsider = store.conn.execute("SELECT id FROM attendees WHERE status != 'cancelled' AND registered_for NOT "
                                  "LIKE '%reception%' LIMIT 1").fetchone()[0]
    screen.point.setCurrentIndex(screen.point.findData("reception"))
    scanner_types(code(screen, outsider), gap_ms=10)
    qtbot.waitUntil(lambda: screen.panel.state == "refused")
    assert screen.decision.status == "not_registered_here" and screen.decision.point == "reception"
    qtbot.waitUntil(lambda: screen.last_counters is not None and screen.last_counters.point == "reception")
    assert screen.last_counters.expected < store.count_attendees()


def _qr_frame(text: str) -> QImage:
    import io

    import qrcode

    buf = io.BytesIO()
    qrcode.make(text, border=4, box_size=4).save(buf, format="PNG")
    qr = QImage.fromData(buf.getvalue(), "PNG").convertToFormat(QImage.Format.Format_RGB32)
    frame = QImage(1280, 720, QImage.Format.Format_RGB32)
    frame.fill(Qt.GlobalColor.white)
    from PySide6.QtGui import QPainter

    p = QPainter(frame)
    p.drawImage(400, 100, qr)
    p.end()
    return frame


def test_camera_frames_through_the_video_sink_admit_once(screen, qtbot):
    camera = screen.camera_scanner()
    frame = _qr_frame(code(screen, 6))
    for _ in range(12):  # the guest holds the phone in front of the camera for a while
        camera.sink.setVideoFrame(QVideoFrame(frame))  # a new frame each time, as from a camera
        qtbot.wait(40)
    qtbot.waitUntil(lambda: screen.panel.state == "admitted", timeout=5000)
    qtbot.waitUntil(lambda: camera.decoded_frames >= 2, timeout=5000)
    [rec] = journal(screen)
    assert rec.attendee_id == 6 and rec.data["source"] == "camera"
    assert screen.decision.status == "admitted"  # the repeats were ignored, not "already admitted"
