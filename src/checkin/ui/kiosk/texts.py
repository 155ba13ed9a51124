"""The kiosk's words in the guest's language, switched per guest without touching the rest of the app.

The staff's windows keep their own language (installed application-wide); the kiosk looks its strings up in
its own catalogue (context "Kiosk" in ``kiosk_de.ts``), so a German guest and an English organiser never fight
over one setting.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from ...core.resources import resource

LANGUAGES = ("de", "en")

# Every string the guest sees (lupdate collects them from here).
WELCOME = QT_TRANSLATE_NOOP("Kiosk", "Welcome!")
SCAN_HINT = QT_TRANSLATE_NOOP("Kiosk", "Hold the QR code of your invitation under the scanner.")
NO_CODE = QT_TRANSLATE_NOOP("Kiosk", "No invitation with you? Find me by name")
NAME_TITLE = QT_TRANSLATE_NOOP("Kiosk", "Find me by name")
NAME_LABEL = QT_TRANSLATE_NOOP("Kiosk", "Your first and last name")
CONFIRM_LABEL = QT_TRANSLATE_NOOP("Kiosk", "The first %1 letters of your e-mail address")
FIND = QT_TRANSLATE_NOOP("Kiosk", "Find me")
BACK = QT_TRANSLATE_NOOP("Kiosk", "Back")
NOT_FOUND = QT_TRANSLATE_NOOP("Kiosk", "We could not find you with these details. Please check them and try again.")
PREVIEW_TITLE = QT_TRANSLATE_NOOP("Kiosk", "Is this your badge?")
PREVIEW_HINT = QT_TRANSLATE_NOOP("Kiosk", "You may change what is shown below; it prints exactly like this.")
APPLY = QT_TRANSLATE_NOOP("Kiosk", "Update preview")
PRINT = QT_TRANSLATE_NOOP("Kiosk", "Yes, print my badge")
NOT_ME = QT_TRANSLATE_NOOP("Kiosk", "That is not me")
PRINTING = QT_TRANSLATE_NOOP("Kiosk", "Your badge is being printed …")
DONE_TITLE = QT_TRANSLATE_NOOP("Kiosk", "Please take your badge.")
DONE_HINT = QT_TRANSLATE_NOOP("Kiosk", "You are checked in. Enjoy the conference!")
DESK_TITLE = QT_TRANSLATE_NOOP("Kiosk", "Please go to the desk.")
DESK_HINT = QT_TRANSLATE_NOOP("Kiosk", "Our team will be glad to help you there.")
FINISH = QT_TRANSLATE_NOOP("Kiosk", "Finish")
STAFF = QT_TRANSLATE_NOOP("Kiosk", "Staff")
PIN_TITLE = QT_TRANSLATE_NOOP("Kiosk", "Leave kiosk mode")
PIN_HINT = QT_TRANSLATE_NOOP("Kiosk", "Desk or organiser PIN:")
LEAVE = QT_TRANSLATE_NOOP("Kiosk", "Leave")
CANCEL = QT_TRANSLATE_NOOP("Kiosk", "Cancel")
WRONG_PIN = QT_TRANSLATE_NOOP("Kiosk", "Wrong PIN.")
WAIT_PIN = QT_TRANSLATE_NOOP("Kiosk", "Wrong PIN. Try again in %1 s.")
FIELD_FIRST_NAME = QT_TRANSLATE_NOOP("Kiosk", "First name as printed")
FIELD_LAST_NAME = QT_TRANSLATE_NOOP("Kiosk", "Last name")
FIELD_TITLE = QT_TRANSLATE_NOOP("Kiosk", "Title")
FIELD_SALUTATION = QT_TRANSLATE_NOOP("Kiosk", "Salutation")
FIELD_ORGANISATION = QT_TRANSLATE_NOOP("Kiosk", "Organisation")
FIELD_POSITION = QT_TRANSLATE_NOOP("Kiosk", "Position")
FIELD_PRONOUNS = QT_TRANSLATE_NOOP("Kiosk", "Pronouns")
FIELD_PHOTO = QT_TRANSLATE_NOOP("Kiosk", "Photos of me are fine (yes/no)")

FIELD_LABELS = {"first_name": FIELD_FIRST_NAME, "last_name": FIELD_LAST_NAME, "title": FIELD_TITLE,
                "salutation": FIELD_SALUTATION, "organisation": FIELD_ORGANISATION, "position": FIELD_POSITION,
                "extra:pronouns": FIELD_PRONOUNS, "extra:photo_consent": FIELD_PHOTO}


class KioskTexts:
    """``texts.t(SOURCE)``: the string in the current guest's language (English is the source)."""

    def __init__(self, language: str = "en", folder: Path | None = None) -> None:
        self._translators: dict[str, QTranslator] = {}
        for lang in LANGUAGES:
            if lang == "en":
                continue
            translator = QTranslator()
            if translator.load(str((folder or resource("translations")) / f"kiosk_{lang}.qm")):
                self._translators[lang] = translator
        self.language = language if language in LANGUAGES else "en"

    def t(self, source: str) -> str:
        translator = self._translators.get(self.language)
        if translator is None:
            return source
        return translator.translate("Kiosk", source) or source
