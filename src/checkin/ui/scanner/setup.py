"""Scanner set-up: scan the test code shown on screen; learn suffix key, speed and keyboard-layout mismatch.

The test text holds the letters that differ between US, German and French layouts (Y/Z, A/Q, W, M) and
digits (typed as symbols through AZERTY), so one scan tells which layout the scanner types through.
"""

from __future__ import annotations

import io
import statistics

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...core.keyboard_layouts import HOSTS, LAYOUTS, unmangle
from .wedge import Burst, ScannerProfile, WedgeFilter

TEST_TEXT = "CHECKIN-YZAQWM-0123456789"

# Learned timing never gets stricter than the defaults (they read every scanner we know): set-up only widens
# them for a slow scanner, so it can make detection better and never worse.
DEFAULTS = ScannerProfile()
MAX_GAP_CEILING_MS = 100.0  # people type about 100 ms apart: stay below
MEDIAN_GAP_CEILING_MS = 55.0


def detect_layout(typed: str, expected: str = TEST_TEXT) -> tuple[str, str, bool] | None:
    """(scanner layout, host layout, Caps Lock) that turn ``expected`` into ``typed``; None if none does."""
    if typed == expected:
        return ("", "", False)
    for caps in (False, True):
        for host in HOSTS:
            for scanner in LAYOUTS:
                if unmangle(typed, scanner, host, caps=caps) == expected:
                    return (scanner, host, caps)
    return None


def learn(burst: Burst, expected: str = TEST_TEXT) -> ScannerProfile | None:
    """A profile from one scan of ``expected``; None if the scan does not line up with the test text."""
    typed = burst.text
    if len(typed) != len(expected):
        return None
    found = detect_layout(typed, expected)
    char_map: dict[str, str] = {}
    if found is None:  # an unknown mismatch: learn it character by character (codes still verify)
        for got, meant in zip(typed, expected, strict=True):
            if got != meant:
                if char_map.get(got, meant) != meant:
                    return None  # one typed character standing for two: not a layout, a misread
                char_map[got] = meant
    # A known layout needs no map here: the desk repairs every code by trying the layouts until its signature
    # verifies, so a map learned for one scanner can never break another scanner's codes.
    layout = "" if found is None else (f"{found[0]}>{found[1]}" if found[0] else "") + (":caps" if found[2] else "")
    gaps = sorted(burst.gaps_ms) or [20.0]
    max_gap = min(max(gaps[-1] * 3 + 10, DEFAULTS.max_gap_ms), MAX_GAP_CEILING_MS)
    median_gap = min(max(statistics.median(gaps) * 2 + 5, DEFAULTS.median_gap_ms), MEDIAN_GAP_CEILING_MS)
    return ScannerProfile(max_gap_ms=max_gap, median_gap_ms=median_gap, suffix=burst.suffix, layout=layout,
                          char_map=char_map)


def qr_pixmap(text: str, size: int = 260) -> QPixmap:
    import qrcode

    img = qrcode.make(text, border=2)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    image = QImage.fromData(buf.getvalue(), "PNG")
    return QPixmap.fromImage(image).scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio)


class ScannerSetupDialog(QDialog):
    def __init__(self, parent: QWidget, settings: QSettings, wedge: WedgeFilter) -> None:
        super().__init__(parent)
        self.settings = settings
        self.wedge = wedge
        self.learned: ScannerProfile | None = None
        self._previous = wedge.profile
        # Listen generously while setting up: a slow scanner must still be heard once.
        wedge.profile = ScannerProfile(max_gap_ms=90, median_gap_ms=70, min_length=6)
        wedge.capture_only = True
        self.setWindowTitle(self.tr("Scanner set-up"))
        self.setStyleSheet("font-size: 16px;")
        intro = QLabel(self.tr("Scan this code with the desk's scanner."))
        code = QLabel()
        code.setPixmap(qr_pixmap(TEST_TEXT))
        code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result = QLabel(self.tr("Waiting for the scan…"))
        self.result.setObjectName("setupResult")
        self.result.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)
        save.setDefault(True)  # Enter saves (and does nothing until there is something to save), never cancels
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        for w in (intro, code, self.result, self.buttons):
            lay.addWidget(w)
        wedge.burst.connect(self._on_burst)
        self.finished.connect(self._done)

    def _on_burst(self, burst: Burst) -> None:
        profile = learn(burst)
        if profile is None:
            self.result.setText(self.tr("That was not the test code (read: %1). Please scan again.")
                                .replace("%1", burst.text[:40]))
            return
        self.learned = profile
        suffix = {"enter": self.tr("Enter"), "tab": self.tr("Tab"), "none": self.tr("none (pause)")}[profile.suffix]
        self.result.setText(self.tr("Suffix: %1\nSpeed: up to %2 ms between keys (a scan may pause up to %3 ms)"
                                    "\nLayout: %4")
                            .replace("%1", suffix).replace("%2", f"{max(burst.gaps_ms or (0,)):.0f}")
                            .replace("%3", f"{profile.max_gap_ms:.0f}").replace("%4", self.layout_words(profile)))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def layout_words(self, profile: ScannerProfile) -> str:
        if profile.char_map:
            return self.tr("unknown mismatch (repaired character by character)")
        if not profile.layout:
            return self.tr("matches this keyboard")
        names = {"us": self.tr("US"), "de": self.tr("German"), "fr": self.tr("French")}
        pair, _, caps = profile.layout.partition(":")
        scanner, _, host = pair.partition(">")
        words = []
        if scanner:
            words.append(self.tr("%1 scanner on a %2 keyboard").replace("%1", names[scanner])
                         .replace("%2", names[host.partition("-")[0]]))
        if caps:
            words.append(self.tr("Caps Lock is on"))
        return "; ".join(words) + " " + self.tr("(repaired automatically)")

    def _done(self, result: int) -> None:
        self.wedge.burst.disconnect(self._on_burst)
        self.wedge.capture_only = False
        if result == QDialog.DialogCode.Accepted and self.learned is not None:
            self.learned.save(self.settings)
            self.wedge.profile = self.learned
        else:
            self.wedge.profile = self._previous
