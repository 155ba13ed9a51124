"""Guests registered at a desk who are already named by a meeting this station knows.

A meeting (``meeting_upsert``, ``meeting_rematch``) may name a walk-in or companion that a station learns of
only later; ``meeting_participants`` holds only known guests (a foreign key), so the meeting's participant
register (``programme_versions``) remembers the name and the guest's first record seats them. Without this a
station that heard of the meeting first would list it without that guest, unlike the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .journal import Record
from .registers import apply_attendee_fields

if TYPE_CHECKING:
    from .store import EventStore

_SEAT = """
INSERT OR IGNORE INTO meeting_participants (meeting_id, attendee_id)
SELECT v.entity_id, :guest FROM programme_versions v, json_each(v.value) p
WHERE v.entity = 'meeting' AND v.field = 'participants' AND p.value = :guest
  AND EXISTS (SELECT 1 FROM attendees WHERE id = :guest) AND EXISTS (SELECT 1 FROM meetings WHERE id = v.entity_id)
"""


def apply_person_record(store: EventStore, rec: Record) -> None:
    """Projection of the records that set attendee fields: the fields, then any meeting waiting for the guest
    if the record made them known here (a walk-in, or an upsert that arrived after the meeting)."""
    if rec.attendee_id is None:
        return
    apply_attendee_fields(store, rec)
    # Also when the row exists already: a correction of the walk-in may have arrived first and made it (without
    # seating anyone). Walk-ins are few: one look through the meetings' participant registers each.
    store.conn.execute(_SEAT, {"guest": rec.attendee_id})
