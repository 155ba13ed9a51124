"""Small desk dialogs: admit anyway (reason + organiser PIN), undo a check-in (whom, when)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class OverrideDialog(QDialog):
    """Ask for the reason (always) and the organiser PIN (where the event requires one)."""

    def __init__(self, parent: QWidget, who: str, why: str, pin_required: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Admit anyway"))
        self.setMinimumWidth(520)
        self.setStyleSheet("font-size: 16px;")
        intro = QLabel(self.tr("%1 was refused: %2.\nAdmitting is recorded with your reason.")
                       .replace("%1", who).replace("%2", why))
        intro.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setPlaceholderText(self.tr("e.g. organiser confirmed by phone"))
        self.pin = QLineEdit()
        self.pin.setObjectName("overridePin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("overrideError")
        self.error.setStyleSheet("color: #b3221b; font-weight: 600;")
        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self.reason)
        if pin_required:
            form.addRow(self.tr("Organiser PIN:"), self.pin)
        else:
            self.pin.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Admit"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.reason.setFocus()

    def _check(self) -> None:
        if not self.reason.text().strip():
            self.error.setText(self.tr("Please give a reason."))
            self.reason.setFocus()
            return
        self.accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)


class UndoDialog(QDialog):
    """Ctrl+Z asks first, naming whom it will undo: one check-in per question, never a silent chain."""

    def __init__(self, parent: QWidget, who: str, when: str, point: str) -> None:
        super().__init__(parent)
        self.setObjectName("undoDialog")
        self.setWindowTitle(self.tr("Undo check-in"))
        self.setStyleSheet("font-size: 18px;")
        self.question = QLabel(self.tr("Undo the check-in of %1 (%2, %3)?\nThe arrival will no longer count.")
                               .replace("%1", who).replace("%2", when).replace("%3", point))
        self.question.setObjectName("undoQuestion")
        self.question.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        undo = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        undo.setText(self.tr("Undo check-in"))
        undo.setDefault(True)  # Enter confirms what the question says; Esc keeps the check-in
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.question)
        lay.addWidget(self.buttons)
