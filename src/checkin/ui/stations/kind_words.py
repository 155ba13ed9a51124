"""What a journal record is, in the worker's words (the Stations screen's findings name refused records)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_words(kind: str) -> str:
    """The record kind in the UI language; an unknown kind (a newer station's) shows as written."""
    translate = QCoreApplication.translate  # not "tr": lupdate reads tr("A", "b") as the text "A"
    words = {
        "checkin": translate("RecordKinds", "check-in"),
        "undo": translate("RecordKinds", "undone check-in"),
        "walkin": translate("RecordKinds", "walk-in"),
        "correction": translate("RecordKinds", "correction"),
        "substitution": translate("RecordKinds", "substitution"),
        "companion": translate("RecordKinds", "companion"),
        "badge_print": translate("RecordKinds", "badge printed"),
        "badge_collected": translate("RecordKinds", "badge collected"),
        "handout": translate("RecordKinds", "hand-out"),
        "session_entry": translate("RecordKinds", "session entry"),
        "session_exit": translate("RecordKinds", "session exit"),
        "attention_ack": translate("RecordKinds", "notice confirmed"),
        "attendee_upsert": translate("RecordKinds", "guest list change"),
        "code_reissue": translate("RecordKinds", "new code"),
        "session_upsert": translate("RecordKinds", "programme change"),
        "meeting_upsert": translate("RecordKinds", "meeting change"),
        "layout": translate("RecordKinds", "badge layout"),
        "purge": translate("RecordKinds", "deletion of personal data"),
        "station_cert": translate("RecordKinds", "station certificate"),
        "station_revoke": translate("RecordKinds", "station revoked"),
        "meeting_mark": translate("RecordKinds", "meeting marked"),
        "meeting_scan": translate("RecordKinds", "meeting scan"),
        "meeting_rematch": translate("RecordKinds", "rematched meeting"),
    }
    return words.get(kind, kind)
