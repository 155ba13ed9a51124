"""The self-service kiosk window (issue 22). Not a navigation screen (no SCREEN spec): it replaces the whole
window, entered from the Station menu with the desk or organiser PIN or with ``checkin gui EVENT --kiosk``."""

from .launch import install, open_kiosk
from .window import KioskWindow

__all__ = ["KioskWindow", "install", "open_kiosk"]
