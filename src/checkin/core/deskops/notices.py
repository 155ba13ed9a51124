"""VIP notices: a guest with the attention flag was admitted somewhere; other screens show it until
someone there acknowledges it (``attention_ack`` with data ``{"of": checkin record_id}``).

Acknowledgements are per station: the protocol officer's tablet confirming does not clear the organiser's
laptop. The desk that admitted the guest confirmed in its own result panel, so it gets no notice.
Only today's first arrivals (venue time) raise notices; an undone check-in raises none.

The self-service kiosk (issue 22) sends guests it must not serve to the desk with a ``kiosk_referral``
record; those are notices too (with the reason), at every station including the kiosk's own copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from ..failures import Why
from ..journal import Kind, iso, utc_now
from .common import DeskOpsError, write

if TYPE_CHECKING:
    from ..journal import Record
    from ..model import Attendee
    from ..store import EventStore


@dataclass(frozen=True)
class Notice:
    record_id: str  # the check-in (or kiosk referral) that raised it
    attendee: Attendee | None  # None: a kiosk referral of someone not on the list
    at: str  # UTC ISO 8601 of the arrival
    station: str  # where the guest was admitted (or the kiosk that sent them)
    point: str
    day: str
    reason: str = ""  # "": a VIP arrived; else why a kiosk sent the guest to the desk (kiosk.Reason)
    name: str = ""  # the guest's name as the kiosk knew it (also for people not on the list)

    @property
    def display_name(self) -> str:
        return self.attendee.display_name if self.attendee is not None else self.name


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
    referrals = store.conn.execute(
        "SELECT k.record_id, k.attendee_id, k.wall_time, k.station_id, json_extract(k.data, '$.point'), "
        "json_extract(k.data, '$.reason'), json_extract(k.data, '$.name') FROM journal k "
        "WHERE k.kind = 'kiosk_referral' AND json_extract(k.data, '$.day') = ? "
        "AND NOT EXISTS (SELECT 1 FROM journal a WHERE a.kind = 'attention_ack' "
        "                AND json_extract(a.data, '$.of') = k.record_id AND (? IS NULL OR a.station_id = ?)) "
        "ORDER BY k.wall_time", (day, station, station)).fetchall()
    people = {a.id: a for a in store.attendees_by_ids(sorted({r[1] for r in [*rows, *referrals] if r[1]}))}
    out = [Notice(rid, people[aid], at, st, point, d) for rid, aid, at, st, point, d in rows if aid in people]
    out += [Notice(rid, people.get(aid) if aid is not None else None, at, st, point or "", day, reason or "",
                   name or "") for rid, aid, at, st, point, reason, name in referrals]
    return sorted(out, key=lambda n: n.at)


def acknowledge(store: EventStore, checkin_record_id: str, *, station: str | None = None,
                operator: str | None = None, at: datetime | None = None) -> Record:
    """Acknowledge one notice at this station."""
    rec = store.journal.get(checkin_record_id)
    if rec is None or rec.kind not in (Kind.CHECKIN, "kiosk_referral"):
        raise DeskOpsError(f"no check-in or kiosk referral with record id {checkin_record_id}", Why.NO_CHECKIN_RECORD,
                           id=checkin_record_id)
    return write(store, Kind.ATTENTION_ACK, lambda _: (rec.attendee_id, {"of": checkin_record_id}),
                 station=station, operator=operator, at=at)
