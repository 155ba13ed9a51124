"""Qt translations: one compiled catalogue per screen (``resources/translations/*_de.qm``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.resources import resource

SUPPORTED = ("de", "en")


def date_time_format() -> str:
    """How a date-time field shows its value: 04.12.2026 09:30 in the German window, ISO in the English one."""
    return "dd.MM.yyyy HH:mm" if QLocale().language() == QLocale.Language.German else "yyyy-MM-dd HH:mm"


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in SUPPORTED else "en"


class Translations:
    """Holds every installed QTranslator (Qt drops a translator whose Python object is collected)."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []

    def install(self, app: QCoreApplication, language: str) -> None:
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        # Numbers in the UI language's notation: spin boxes showed "0.00 mm" in the German window (and took no
        # comma); widgets made after this read it, and the window is rebuilt on a language change.
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany) if language == "de"
                           else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        folder = resource("translations")
        # English is the source text; its only catalogue holds plural forms ("1 attendee", "2 attendees").
        for qm in sorted(folder.glob(f"*_{language}.qm")):
            translator = QTranslator()
            if translator.load(str(qm)):
                app.installTranslator(translator)
                self._installed.append(translator)
        if language == "en":
            return
        qt_base = QTranslator()
        if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_base)
            self._installed.append(qt_base)
