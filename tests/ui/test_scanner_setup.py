"""Scanner set-up: one scan of the test code teaches suffix, speed and keyboard-layout mismatch; what it
learns only ever widens the defaults, Enter saves, and the layout it finds never breaks another scanner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from checkin.core.keyboard_layouts import type_through
from checkin.ui.scanner.setup import TEST_TEXT, ScannerSetupDialog, learn
from checkin.ui.scanner.wedge import Burst, ScannerProfile, install

from .scanner_helpers import person_presses_on, scanner_types

pytestmark = pytest.mark.gui


def test_learn_layouts_and_speed():
    same = learn(Burst(TEST_TEXT, (12.0,) * (len(TEST_TEXT) - 1), "enter"))
    assert same.layout == "" and same.char_map == {} and same.suffix == "enter"
    assert same.max_gap_ms >= 65 and same.median_gap_ms >= 45  # never stricter than the defaults
    german = learn(Burst(type_through(TEST_TEXT, "us", "de"), (30.0,) * 10, "tab"))
    assert german.layout == "us>de" and german.char_map == {} and german.suffix == "tab"
    french = learn(Burst(type_through(TEST_TEXT, "us", "fr"), (8.0,) * 10, "none"))
    assert french.layout == "us>fr" and french.char_map == {}
    assert french.repair(TEST_TEXT) == TEST_TEXT  # a US scan later on the same desk is left alone
    linux_caps = learn(Burst(type_through(TEST_TEXT, "us", "fr-linux", caps=True), (8.0,) * 10, "enter"))
    assert linux_caps is not None and linux_caps.layout.endswith(":caps")
    windows_caps = learn(Burst(type_through(TEST_TEXT, "us", "de", caps=True), (8.0,) * 10, "enter"))
    assert windows_caps is not None and windows_caps.layout == "us>de:caps"
    slow = learn(Burst(TEST_TEXT, (40.0,) * 20 + (55.0,), "enter"))
    assert slow.max_gap_ms >= 55 * 1.5 and slow.max_gap_ms <= 100  # room for a slow scanner, below typing
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
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    scanner_types(type_through(TEST_TEXT, "us", "de"), gap_ms=15, suffix="enter")
    qtbot.waitUntil(lambda: dialog.learned is not None)
    assert dialog.learned.layout == "us>de" and scans == []  # the test code is not a guest's scan
    assert "German" in dialog.result.text()
    person_presses_on(dialog, Qt.Key.Key_Return, "\r")  # a person's Enter after the scan saves (it cancelled)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert QDialog.result(dialog) == QDialog.DialogCode.Accepted  # (dialog.result is its text label)
    assert wedge.profile.layout == "us>de" and ScannerProfile.load(settings).layout == "us>de"
    wedge.scanned.disconnect(scans.append)
    wedge.profile = ScannerProfile()
