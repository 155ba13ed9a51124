"""VIP notices: a guest with the attention flag was admitted somewhere; other screens show it until
someone there acknowledges it (``attention_ack`` with data ``{"of": checkin record_id}``).

Acknowledgements are per station: the protocol officer's tablet confirming does not clear the organiser's
laptop. The desk that admitted the guest confirmed in its own result panel, so it gets no notice.
Only today's arrivals (venue time) raise notices; an undone check-in raises none.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ..journal import Kind, utc_now
from .common import DeskOpsError, write

if TYPE_CHECKING:
    from ..journal import Record
    from ..model import Attendee
    from ..store import EventStore


@dataclass(frozen=True)
class Notice:
    record_id: str  # the check-in that raised it
    attendee: Attendee
    at: str  # UTC ISO 8601 of the arrival
    station: str  # where the guest was admitted
    point: str
    day: str


def open_notices(store: EventStore, *, station: str | None = None, day: str | None = None,
                 now: datetime | None = None) -> list[Notice]:
    """Notices this station has not acknowledged (``station`` None: not acknowledged anywhere)."""
    day = day or store.local_day(now or utc_now())
    # Driven from the few flagged guests into the journal (index on attendee_id, kind).
    rows = store.conn.execute(
        "SELECT j.record_id, j.attendee_id, j.wall_time, j.station_id, j.data FROM attendees a "
        "CROSS JOIN journal j ON j.attendee_id = a.id AND j.kind = 'checkin' "
        "WHERE a.attention = 1 AND json_extract(j.data, '$.day') = ? "
        "AND (? IS NULL OR j.station_id != ?) "
        "AND NOT EXISTS (SELECT 1 FROM journal u WHERE u.attendee_id = j.attendee_id AND u.kind = 'undo' "
        "                AND json_extract(u.data, '$.undoes') = j.record_id) "
        "AND NOT EXISTS (SELECT 1 FROM journal k WHERE k.attendee_id = j.attendee_id AND k.kind = 'attention_ack' "
        "                AND json_extract(k.data, '$.of') = j.record_id AND (? IS NULL OR k.station_id = ?)) "
        "ORDER BY j.wall_time", (day, station, station, station, station)).fetchall()
    people = {a.id: a for a in store.attendees_by_ids(sorted({r[1] for r in rows}))}
    out = []
    for rid, aid, wall, st, data in rows:
        d = json.loads(data or "{}")
        if aid in people:
            out.append(Notice(rid, people[aid], wall, st, str(d.get("point", "main")), str(d.get("day", ""))))
    return out


def acknowledge(store: EventStore, checkin_record_id: str, *, station: str | None = None,
                operator: str | None = None, at: datetime | None = None) -> Record:
    """Acknowledge one notice at this station."""
    rec = store.journal.get(checkin_record_id)
    if rec is None or rec.kind != Kind.CHECKIN:
        raise DeskOpsError(f"no check-in with record id {checkin_record_id}")
    return write(store, Kind.ATTENTION_ACK, lambda _: (rec.attendee_id, {"of": checkin_record_id}),
                 station=station, operator=operator, at=at)
