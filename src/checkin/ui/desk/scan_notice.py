"""A scan the desk cannot take right now (the attention screen waits for Enter, a dialog is open) is answered
where it was made: a refusal sound, a red line on the desk naming whose code it was, and the same line on top
of the open dialog. Nothing is held back to be decided later, when another guest may stand at the desk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

STYLE = "font-size: 18px; font-weight: 700; color: #ffffff; background: #b3221b; padding: 6px 10px;"
INFO_STYLE = "font-size: 18px; font-weight: 700; color: #111111; background: #f5d76e; padding: 6px 10px;"
TOAST_MS = 6000

ATTENTION = "attention"
DIALOG = "dialog"
FRAGMENT = "fragment"  # a piece of a scan (split by a pause or misread): not a code, not typing either


def refusal_text(who: str, why: str) -> str:
    name = f" ({who})" if who else ""
    if why == FRAGMENT:
        return QCoreApplication.translate("DeskScan", "✖ Incomplete scan: please scan the code again.")
    if why == ATTENTION:
        text = QCoreApplication.translate(
            "DeskScan", "✖ Scan not taken%1: confirm the notice first (Enter), then scan again.")
    else:
        text = QCoreApplication.translate(
            "DeskScan", "✖ Scan not taken%1: finish or close the open window first, then scan again.")
    return text.replace("%1", name)


class ScanNotice(QLabel):
    """The desk's line about the last scan it refused (hidden once the next decision shows)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("deskScanNotice")
        self.setWordWrap(True)
        self.setStyleSheet(STYLE)
        self.hide()
        self.refused = 0  # scans refused since the desk opened (tests, and a count that changes each time)

    def inform(self, text: str) -> None:
        """A key that did nothing says why (e.g. F4 with no guest on screen)."""
        self.setStyleSheet(INFO_STYLE)
        self.setText(text)
        self.show()

    def refuse(self, who: str, why: str, dialog: QWidget | None) -> str:
        self.refused += 1
        text = refusal_text(who, why)
        self.setStyleSheet(STYLE)
        self.setText(text)
        self.show()
        if dialog is not None:
            _toast(dialog, text)
        return text


def _toast(dialog: QWidget, text: str) -> None:
    """The same words on top of the open dialog, where the worker is looking; gone after a few seconds."""
    toast = dialog.findChild(QLabel, "scanRefusedToast")
    if toast is None:
        toast = QLabel(dialog)
        toast.setObjectName("scanRefusedToast")
        toast.setWordWrap(True)
        toast.setStyleSheet(STYLE)
        toast.setAlignment(Qt.AlignmentFlag.AlignCenter)
        timer = QTimer(toast)
        timer.setObjectName("scanRefusedToastTimer")
        timer.setSingleShot(True)
        timer.timeout.connect(toast.hide)
    toast.setText(text)
    toast.setFixedWidth(dialog.width())
    toast.adjustSize()
    toast.move(0, 0)
    toast.raise_()
    toast.show()
    toast.findChild(QTimer, "scanRefusedToastTimer").start(TOAST_MS)
