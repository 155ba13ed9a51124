"""Guests the kiosk sends to the desk: one ``kiosk_referral`` journal record each, shown at every staffed
desk through the VIP notice path (``deskops.open_notices``) until acknowledged there.

The record carries the reason and the name for the staff; the guest's screen never shows either.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from .. import ledger
from ..journal import Record, utc_now

if TYPE_CHECKING:
    from ..store import EventStore

REFERRAL_KIND = "kiosk_referral"  # data: reason, name, point, day


class Reason(StrEnum):
    VIP = "vip"  # attention flag: staff greet them in person
    CANCELLED = "cancelled"
    REVOKED = "revoked"
    WRONG_EVENT = "wrong_event"
    INVALID_CODE = "invalid_code"
    NOT_ON_LIST = "not_on_list"
    ALREADY_CHECKED_IN = "already_checked_in"
    NOT_REGISTERED_HERE = "not_registered_here"
    NOT_CONFIRMED = "not_confirmed"  # typed a name but the confirmation never matched one person
    PRINTER_FAULT = "printer_fault"


def refer(store: EventStore, reason: Reason, *, attendee_id: int | None, name: str, point: str,
          station: str | None = None, at: datetime | None = None) -> Record:
    """Write the referral (a journal record like any desk action, so it syncs and the desks see it)."""
    at = at or utc_now()
    return ledger.record(store, REFERRAL_KIND, attendee_id,
                        {"reason": reason.value, "name": name, "point": point, "day": store.local_day(at)},
                        at=at, station_id=station or store.station_id, operator="kiosk")
