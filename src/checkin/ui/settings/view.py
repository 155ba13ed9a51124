"""The settings screen (language now; other screens keep their own preferences in ctx.settings)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ..context import AppContext


class SettingsScreen(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.language = QComboBox()
        self.language.setObjectName("languageChooser")
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if ctx.language == "de" else 1)
        self.language.currentIndexChanged.connect(self._language_chosen)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        info = QLabel(self.tr("Settings are stored for this computer; the event file stores nothing of them."))
        info.setWordWrap(True)
        layout.addWidget(info)
        layout.addStretch(1)

    def _language_chosen(self) -> None:
        language = self.language.currentData()
        if language != self.ctx.language:
            self.ctx.language_changed.emit(language)
