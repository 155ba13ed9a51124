"""The wedge filter on real Qt key events: scans in any widget, people typing untouched, no double scans."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from checkin.ui.scanner.wedge import ScannerProfile, install

from .scanner_helpers import person_presses, person_types, scanner_types, send_key

pytestmark = pytest.mark.gui

CODE = "AH4RMFDUAAAAAAABXYZ234567QWERTY"


@pytest.fixture
def form(qtbot):
    w = QWidget()
    lay = QVBoxLayout(w)
    w.name, w.org = QLineEdit(), QLineEdit()
    lay.addWidget(w.name)
    lay.addWidget(w.org)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.name)
    return w


@pytest.fixture
def wedge(qtbot):
    f = install()  # the application's one filter, as the desk uses it
    f.profile, f.enabled = ScannerProfile(), True
    scans: list[str] = []
    f.scanned.connect(scans.append)
    f.scans = scans
    yield f
    f.scanned.disconnect(scans.append)
    f.profile, f.enabled = ScannerProfile(), True


def test_burst_with_enter_is_one_scan_and_never_reaches_the_field(form, wedge, qtbot):
    returns = []
    form.name.returnPressed.connect(lambda: returns.append(1))
    scanner_types(CODE, gap_ms=15)
    qtbot.wait(150)
    assert wedge.scans == [CODE]
    assert form.name.text() == "" and returns == []


@pytest.mark.parametrize("gap", [8, 20, 35])
def test_realistic_gaps_with_jitter_without_suffix(form, wedge, qtbot, gap):
    scanner_types(CODE, gap_ms=gap, suffix=None, jitter=(gap, max(8, gap - 6), gap))
    qtbot.waitUntil(lambda: wedge.scans == [CODE], timeout=2000)
    qtbot.wait(200)
    assert wedge.scans == [CODE] and form.name.text() == ""


def test_tab_suffix_does_not_move_focus(form, wedge, qtbot):
    scanner_types(CODE, gap_ms=12, suffix="tab")
    qtbot.wait(100)
    assert wedge.scans == [CODE] and QApplication.focusWidget() is form.name


def test_person_typing_reaches_the_field_unchanged(form, wedge, qtbot):
    returns = []
    form.name.returnPressed.connect(lambda: returns.append(form.name.text()))
    person_types("Müller-Lüdenscheidt", gap_ms=100)
    person_presses(Qt.Key.Key_Return, 100, "\r")
    qtbot.wait(150)
    assert wedge.scans == []
    assert form.name.text() == "Müller-Lüdenscheidt" and returns == ["Müller-Lüdenscheidt"]


def test_short_fast_burst_is_typing_and_keeps_order(form, wedge, qtbot):
    scanner_types("abc", gap_ms=10, suffix="enter")  # too short for a code: a person's roll-over
    person_types("de", gap_ms=100)
    qtbot.wait(150)
    assert wedge.scans == [] and form.name.text() == "abcde"


def test_two_scans_in_a_row_are_two_scans_and_cr_lf_is_not_a_third(form, wedge, qtbot):
    scanner_types(CODE, gap_ms=10, suffix="enter")
    send_key(int(Qt.Key.Key_Enter), "\n", 5)  # the LF of CR LF
    qtbot.wait(300)
    scanner_types(CODE[::-1], gap_ms=10, suffix="enter")
    qtbot.wait(150)
    assert wedge.scans == [CODE, CODE[::-1]] and form.name.text() == ""


def test_learned_layout_repair_and_disabled(form, wedge, qtbot):
    wedge.profile = ScannerProfile(char_map={"Z": "Y", "Y": "Z"}, layout="de")
    scanner_types("ABCYZ12345", gap_ms=10)
    qtbot.wait(100)
    assert wedge.scans == ["ABCZY12345"]
    wedge.enabled = False
    scanner_types("QQQQQQQQ", gap_ms=10, suffix=None)
    qtbot.wait(150)
    assert wedge.scans == ["ABCZY12345"] and form.name.text() == "qqqqqqqq".upper()


@pytest.mark.parametrize("after_key", [1, 12])
def test_a_busy_gui_thread_does_not_cut_a_scan(form, wedge, qtbot, after_key):
    """A slow laptop under load: the GUI thread is busy for 0.4 s right after a key of the scan. The pause timer
    then fires late, before the scanner's next keys are delivered; the scan still arrives whole (it lost its
    first key, and the kiosk sent the guest to the desk as an invalid code)."""
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer

    class BusyAfterKey(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.presses = 0

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.KeyPress and isinstance(_obj, QWidget):
                self.presses += 1
                if self.presses == after_key:
                    QTimer.singleShot(0, lambda: time.sleep(0.4))  # a long slot on the GUI thread
            return False

    busy = BusyAfterKey()
    QApplication.instance().installEventFilter(busy)
    try:
        scanner_types(CODE, gap_ms=10)
        qtbot.waitUntil(lambda: bool(wedge.scans) or bool(form.name.text()), timeout=2000)
        qtbot.wait(300)
    finally:
        QApplication.instance().removeEventFilter(busy)
    assert wedge.scans == [CODE] and form.name.text() == ""
