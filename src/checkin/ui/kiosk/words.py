"""What the staff read about a guest a kiosk sent to the desk (the VIP notice banner shows it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def reason_label(reason: str) -> str:
    labels = {
        "vip": QCoreApplication.translate("KioskNotice", "VIP: please greet in person"),
        "cancelled": QCoreApplication.translate("KioskNotice", "registration cancelled"),
        "revoked": QCoreApplication.translate("KioskNotice", "invitation code replaced (old code)"),
        "wrong_event": QCoreApplication.translate("KioskNotice", "invitation of another event"),
        "invalid_code": QCoreApplication.translate("KioskNotice", "code not recognised"),
        "not_on_list": QCoreApplication.translate("KioskNotice", "not on the list"),
        "already_checked_in": QCoreApplication.translate("KioskNotice", "already checked in today"),
        "not_registered_here": QCoreApplication.translate(
            "KioskNotice", "not registered for this entrance or day"),
        "not_confirmed": QCoreApplication.translate("KioskNotice", "could not confirm who they are by name"),
        "printer_fault": QCoreApplication.translate(
            "KioskNotice", "checked in, but the kiosk printer failed: print the badge here"),
    }
    return labels.get(reason, reason)


def referral_text(name: str, reason: str, station: str, at: str) -> str:
    """One line: who, why, which kiosk, when (name may be empty for an unreadable code)."""
    who = name or QCoreApplication.translate("KioskNotice", "a guest (name unknown)")
    line = QCoreApplication.translate("KioskNotice", "Kiosk %3 sent %1 to the desk at %4: %2.")
    return line.replace("%1", who).replace("%2", reason_label(reason)).replace("%3", station).replace("%4", at)
