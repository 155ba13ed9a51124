"""The lock overlay: covers the whole window, shows nothing personal, asks for the role's PIN."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class LockOverlay(QWidget):
    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockOverlay { background: #1f2a36; } QLabel { color: white; }")
        self.heading = QLabel(self.tr("Locked"))
        self.heading.setStyleSheet("font-size: 40px; font-weight: 600;")
        self.hint = QLabel()
        self.hint.setStyleSheet("font-size: 18px;")
        self.pin = QLineEdit()
        self.pin.setObjectName("lockPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.pin.setFixedWidth(260)
        self.pin.setStyleSheet("font-size: 28px; padding: 8px;")
        self.pin.returnPressed.connect(self._submit)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setStyleSheet("font-size: 20px; padding: 10px 24px;")
        self.button.clicked.connect(self._submit)
        self.message = QLabel()
        self.message.setObjectName("lockMessage")
        self.message.setStyleSheet("font-size: 18px; color: #ffb4a8;")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.heading, self.hint, self.pin, self.button, self.message):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def show_locked(self, role_label: str, needs_pin: bool) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.hint.setText(self.tr("Enter the PIN of the role %1 to go on.").replace("%1", role_label)
                          if needs_pin else self.tr("No PIN is set for this station: press Unlock."))
        self.pin.clear()
        self.message.clear()
        self.show()
        self.raise_()
        self.pin.setFocus()

    def set_waiting(self, seconds: int) -> None:
        self.pin.setEnabled(seconds <= 0)
        self.button.setEnabled(seconds <= 0)
        if seconds > 0:
            self.message.setText(self.tr("Wrong PIN. Try again in %1 s.").replace("%1", str(seconds)))

    def _submit(self) -> None:
        if self.button.isEnabled():
            self.unlock_requested.emit(self.pin.text())
