"""The settings screen: language and this desk's preferences (the same keys `checkin settings` edits; the
badge printer and print on check-in are chosen on the Badges screen, where a test badge can be printed)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...core.desk_settings import SettingsError, setting, settings_file
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
        self.auto_return = QDoubleSpinBox()
        self.auto_return.setObjectName("autoReturn")
        self.auto_return.setRange(2, 120)
        self.auto_return.setDecimals(0)
        self.auto_return.setSuffix(" s")
        self.auto_return.setValue(float(ctx.settings.value("desk/auto_return_s", 6) or 6))
        self.auto_return.valueChanged.connect(lambda v: ctx.settings.setValue("desk/auto_return_s", f"{v:g}"))
        self.operator = QLineEdit(str(ctx.settings.value("desk/operator", "") or ""))
        self.operator.setObjectName("operatorName")
        self.operator.editingFinished.connect(
            lambda: ctx.settings.setValue("desk/operator", self.operator.text().strip()))
        self.station_name = QLineEdit(str(ctx.settings.value("desk/station_name", "") or ""))
        self.station_name.setObjectName("stationName")
        self.station_name.setPlaceholderText(self.tr("e.g. desk-3 (empty: the name the copy was made with)"))
        self.station_name.editingFinished.connect(self._station_name_entered)
        self.station_note = QLabel()
        self.station_note.setObjectName("stationNameNote")
        self.station_note.setWordWrap(True)
        self.printing = QLabel()
        self.printing.setObjectName("printingSummary")
        self.printing.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Desk: result shown for"), self.auto_return)
        form.addRow(self.tr("Desk: who works here"), self.operator)
        station = QVBoxLayout()
        station.setContentsMargins(0, 0, 0, 0)
        station.addWidget(self.station_name)
        station.addWidget(self.station_note)
        form.addRow(self.tr("Station name of this laptop"), station)
        form.addRow(self.tr("Badges"), self.printing)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        info = QLabel(self.tr("Settings are stored for this computer; the event file stores nothing of them.")
                      + "\n" + self.tr("File: %1 (also `checkin settings list`).").replace("%1", str(settings_file())))
        info.setWordWrap(True)
        layout.addWidget(info)
        layout.addStretch(1)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._show_station_note()
        printer = str(self.ctx.settings.value("badges/printer", "") or "") or self.tr("none chosen")
        on = str(self.ctx.settings.value("badges/print_on_checkin", "false")).lower() in ("true", "1")
        self.printing.setText(self.tr("Printer: %1; print on check-in: %2 (change on the Badges screen)")
                              .replace("%1", printer).replace("%2", self.tr("on") if on else self.tr("off")))

    def _station_name_entered(self) -> None:
        try:
            name = setting("station-name").check(self.station_name.text())
        except SettingsError:
            self.station_note.setText(self.tr("Not a station name: use letters, digits, '.', '_' or '-' (up to "
                                              "35), not 'master'. Nothing was changed."))
            return
        self.ctx.settings.setValue("desk/station_name", name)
        self.ctx.settings.sync()  # the event file is opened by core code that reads checkin.ini itself
        self._show_station_note()

    def _show_station_note(self) -> None:
        store = self.ctx.store
        current = self.tr("This event copy works as station %1.").replace("%1", store.station_id) if store else ""
        self.station_note.setText(self.tr(
            "An event copy opened for the first time on this laptop takes this name behind the name it was made "
            "with (desk-3.foyer-3; a copy made as foyer-3 stays foyer-3), with a suffix like .1a2b if taken; a copy "
            "already used here keeps its name.") + (" " + current if current
                                                                                         else ""))

    def _language_chosen(self) -> None:
        language = self.language.currentData()
        if language != self.ctx.language:
            self.ctx.language_changed.emit(language)
