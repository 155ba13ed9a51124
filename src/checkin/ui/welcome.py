"""A short bilingual welcome banner for the first start (shown above the screens, dismissed once)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

# Deliberately both languages at once: on the first start nobody has chosen one yet.
TEXT = (
    "<b>Willkommen bei checkin</b> — Check-in, Namensschilder und Programm für Konferenzen, auch ohne Netz. "
    "Dies ist eine <b>Demo-Veranstaltung</b> zum Ausprobieren. Eigene Veranstaltung: <i>Datei → Veranstaltung "
    "öffnen</i> (oder eine .checkin-Datei hierher ziehen). Der Empfang ist links unter <i>Empfang</i>.<br>"
    "<b>Welcome to checkin</b> — check-in, badges and programme for conferences, even offline. "
    "This is a <b>demo event</b> to try things out. Your own event: <i>File → Open event</i> (or drop a "
    ".checkin file here). The desk is on the left under <i>Desk</i>."
)


class WelcomeBanner(QFrame):
    dismissed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("welcomeBanner")
        self.setStyleSheet("#welcomeBanner { background: #e3f0fd; border: 1px solid #90caf9; border-radius: 6px; }"
                           "QLabel { font-size: 14px; }")
        text = QLabel(TEXT)
        text.setWordWrap(True)
        close = QPushButton("OK")
        close.setMinimumWidth(80)
        close.clicked.connect(self._close)
        layout = QHBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(close)

    def _close(self) -> None:
        self.hide()
        self.dismissed.emit()
