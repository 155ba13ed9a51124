"""Scanner set-up: one scan of the test code teaches suffix, speed and keyboard-layout mismatch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from checkin.ui.scanner.setup import LAYOUTS, TEST_TEXT, ScannerSetupDialog, learn
from checkin.ui.scanner.wedge import Burst, ScannerProfile, install

from .scanner_helpers import scanner_types

pytestmark = pytest.mark.gui


def test_learn_layouts_and_speed():
    same = learn(Burst(TEST_TEXT, (12.0,) * (len(TEST_TEXT) - 1), "enter"))
    assert same.layout == "" and same.char_map == {} and same.suffix == "enter" and 25 <= same.max_gap_ms <= 40
    german = learn(Burst("".join(LAYOUTS["de"].get(c, c) for c in TEST_TEXT), (30.0,) * 10, "tab"))
    assert german.layout == "de" and german.repair("AH4YZ") == "AH4ZY" and german.suffix == "tab"
    french = learn(Burst("".join(LAYOUTS["fr"].get(c, c) for c in TEST_TEXT), (8.0,) * 10, "none"))
    assert french.layout == "fr" and french.repair("&éQ") == "12A"
    assert learn(Burst("SOMETHING-ELSE", (10.0,), "enter")) is None


def test_dialog_learns_from_a_real_burst_and_saves(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    wedge = install()
    wedge.profile = ScannerProfile()
    scans: list[str] = []
    wedge.scanned.connect(scans.append)
    dialog = ScannerSetupDialog(None, settings, wedge)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.result.setFocus()
    dialog.setFocus()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    scanner_types("".join(LAYOUTS["de"].get(c, c) for c in TEST_TEXT), gap_ms=15, suffix="enter")
    qtbot.waitUntil(lambda: dialog.learned is not None)
    assert dialog.learned.layout == "de" and scans == []  # the test code is not a guest's scan
    dialog.accept()
    assert wedge.profile.layout == "de" and ScannerProfile.load(settings).layout == "de"
    wedge.scanned.disconnect(scans.append)
    wedge.profile = ScannerProfile()
