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

from .wedge import Burst, ScannerProfile, WedgeFilter

TEST_TEXT = "CHECKIN-YZAQWM-0123456789"

# What a US-programmed scanner types for each character through a host layout.
LAYOUTS: dict[str, dict[str, str]] = {
    "de": {"Y": "Z", "Z": "Y", "-": "ß"},
    "fr": {"A": "Q", "Q": "A", "Z": "W", "W": "Z", "M": ":", "-": ")", "0": "à", "1": "&", "2": "é", "3": '"',
           "4": "'", "5": "(", "6": "-", "7": "è", "8": "_", "9": "ç"},
}


def learn(burst: Burst, expected: str = TEST_TEXT) -> ScannerProfile | None:
    """A profile from one scan of ``expected``; None if the scan does not line up with the test text."""
    typed = burst.text
    if len(typed) != len(expected):
        return None
    char_map: dict[str, str] = {}
    for got, meant in zip(typed, expected, strict=True):
        if got != meant:
            if char_map.get(got, meant) != meant:
                return None  # one typed character standing for two: not a layout, a misread
            char_map[got] = meant
    layout = ""
    for name, table in LAYOUTS.items():
        if char_map and all(table.get(meant) == got for got, meant in char_map.items()):
            layout = name
    gaps = sorted(burst.gaps_ms) or [20.0]
    p90 = gaps[min(len(gaps) - 1, int(0.9 * len(gaps)))]
    # Room for a busy laptop, but well below people's ~100 ms between keys.
    max_gap = min(max(p90 * 2.0 + 10, 25.0), 80.0)
    median_gap = min(max(statistics.median(gaps) * 2.0 + 5, 20.0), 55.0)
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
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
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
        layout = {"": self.tr("matches this keyboard"), "de": self.tr("US scanner on a German keyboard (repaired)"),
                  "fr": self.tr("US scanner on a French keyboard (repaired)")}.get(profile.layout, profile.layout)
        if profile.char_map and not profile.layout:
            layout = self.tr("unknown mismatch (repaired character by character)")
        self.result.setText(self.tr("Suffix: %1\nSpeed: up to %2 ms between keys\nLayout: %3")
                            .replace("%1", suffix).replace("%2", f"{max(burst.gaps_ms or (0,)):.0f}")
                            .replace("%3", layout))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _done(self, result: int) -> None:
        self.wedge.burst.disconnect(self._on_burst)
        self.wedge.capture_only = False
        if result == QDialog.DialogCode.Accepted and self.learned is not None:
            self.learned.save(self.settings)
            self.wedge.profile = self.learned
        else:
            self.wedge.profile = self._previous
