"""VIP notices: a guest with the attention flag was admitted somewhere; other screens show it until
someone there acknowledges it (``attention_ack`` with data ``{"of": checkin record_id}``).

Acknowledgements are per station: the protocol officer's tablet confirming does not clear the organiser's
laptop. The desk that admitted the guest confirmed in its own result panel, so it gets no notice.
Only today's first arrivals (venue time) raise notices; an undone check-in raises none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from ..journal import Kind, iso, utc_now
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
    first = datetime.combine(date.fromisoformat(day), time(0), tzinfo=store.tz)
    lo, hi = iso(first - timedelta(hours=2)), iso(first + timedelta(days=1, hours=2))
    # Today's arrivals by time (index arrivals_at; undone check-ins are not arrivals), then the flag by key:
    # never a scan of all attendees, which would cost ~40 ms at 50,000 after every change on every screen.
    rows = store.conn.execute(
        "SELECT r.record_id, r.attendee_id, r.at, r.station_id, r.point, r.day FROM arrivals r "
        "JOIN attendees a ON a.id = r.attendee_id "
        "WHERE r.at >= ? AND r.at < ? AND r.day = ? AND a.attention = 1 AND (? IS NULL OR r.station_id != ?) "
        "AND NOT EXISTS (SELECT 1 FROM journal k WHERE k.attendee_id = r.attendee_id AND k.kind = 'attention_ack' "
        "                AND json_extract(k.data, '$.of') = r.record_id AND (? IS NULL OR k.station_id = ?)) "
        "ORDER BY r.at", (lo, hi, day, station, station, station, station)).fetchall()
    people = {a.id: a for a in store.attendees_by_ids(sorted({r[1] for r in rows}))}
    return [Notice(rid, people[aid], at, st, point, d) for rid, aid, at, st, point, d in rows if aid in people]


def acknowledge(store: EventStore, checkin_record_id: str, *, station: str | None = None,
                operator: str | None = None, at: datetime | None = None) -> Record:
    """Acknowledge one notice at this station."""
    rec = store.journal.get(checkin_record_id)
    if rec is None or rec.kind != Kind.CHECKIN:
        raise DeskOpsError(f"no check-in with record id {checkin_record_id}")
    return write(store, Kind.ATTENTION_ACK, lambda _: (rec.attendee_id, {"of": checkin_record_id}),
                 station=station, operator=operator, at=at)
