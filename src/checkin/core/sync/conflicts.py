"""Double admissions (conflicts kept as facts) and a station overview, for the CLI and the GUI."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..journal import Kind, derive_arrivals
from .peers import PeerState

if TYPE_CHECKING:
    from ..store import EventStore


def double_admissions(store: EventStore) -> list[dict[str, Any]]:
    """Every (guest, day, point) admitted more than once: the earliest counts, the others are listed."""
    out = []
    tz = store.tz
    for arrival in store.double_admissions():
        recs = store.journal.records(attendee_id=arrival.attendee_id, kind=Kind.CHECKIN)
        undos = [r for r in store.journal.records(kind=Kind.UNDO)
                 if r.data.get("undoes") in {x.record_id for x in recs}]
        derived = derive_arrivals([*recs, *undos]).get((arrival.attendee_id, arrival.day, arrival.point))
        admitted = sorted((r for r in recs if derived and r.record_id not in {u.data.get("undoes") for u in undos}
                           and r.data.get("day") == arrival.day and r.data.get("point", "main") == arrival.point),
                          key=lambda r: r.wall_time)
        person = store.attendee(arrival.attendee_id)
        out.append({
            "attendee_id": arrival.attendee_id,
            "first_name": person.first_name if person else "", "last_name": person.last_name if person else "",
            "organisation": person.organisation if person else "",
            "day": arrival.day, "point": arrival.point, "admissions": arrival.admissions,
            "first_at": arrival.at, "first_at_local": _local(arrival.at, tz),
            "first_station": arrival.station_id,
            "stations": sorted({r.station_id for r in admitted}),
            "records": [{"record_id": r.record_id, "station": r.station_id, "at": r.wall_time} for r in admitted],
        })
    return out


def _local(at: str, tz: Any) -> str:
    return datetime.fromisoformat(at).astimezone(tz).isoformat(timespec="seconds")


def stations_overview(store: EventStore) -> dict[str, Any]:
    from .exchange import version_vector

    ours = version_vector(store.conn)
    peers = []
    for station, url, contact, error, vector, offset in store.conn.execute(
            "SELECT station_id, url, last_contact, last_error, their_vector, clock_offset FROM sync_status "
            "ORDER BY station_id"):
        state = PeerState(station, url, datetime.fromisoformat(contact) if contact else None, error,
                          json.loads(vector or "{}"), offset)
        peers.append(state.to_json(ours))
    addresses = [{"url": u, "source": s} for u, s in
                 store.conn.execute("SELECT url, source FROM sync_peers ORDER BY added_at")]
    from ..station_revocation import revocations
    from .integrity import same_seq
    from .trust import refused_records

    return {"station": store.station_id, "records": sum(ours.values()), "vector": ours, "peers": peers,
            "addresses": addresses, "refused": refused_records(store.conn), "same_seq": same_seq(store.conn),
            "revoked": revocations(store),
            "station_history": store.get_meta("station_history", []) or []}
