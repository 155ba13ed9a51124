"""The self-service kiosk (issue 22): guests check themselves in and take their badge; every exception goes to
a staffed desk as a notice. Qt-free: ``ui/kiosk`` shows the steps, ``checkin kiosk-sim`` drives them headless.
"""

from .flow import Kiosk, KioskError, Screen, Step
from .referrals import REFERRAL_KIND, Reason, refer
from .settings import KioskSettings, can_leave, leave_pin_set

__all__ = ("REFERRAL_KIND", "Kiosk", "KioskError", "KioskSettings", "Reason", "Screen", "Step", "can_leave",
           "leave_pin_set", "refer")
