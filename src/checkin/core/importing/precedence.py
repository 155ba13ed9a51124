"""Venue before office: attendee-field records ranked so an organiser's ``attendee_upsert`` (a re-imported list)
never overrides a field changed at the venue (correction, walk-in, substitution ...), whatever the clocks say.

The rank is a total order ``(venue?, lamport, station)``, so every station ends in the same state whatever
order the records arrive in. Between two venue records, or two organiser records, it is plain last-writer-wins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..journal import Kind, Record

if TYPE_CHECKING:
    from ..store import EventStore

ORGANISER_KINDS = frozenset({Kind.ATTENDEE_UPSERT.value})


def _rank(kind: str | None, lamport: int, station: str) -> tuple[int, int, str]:
    return (0 if kind in ORGANISER_KINDS else 1, lamport, station)


def apply_fields_ranked(store: EventStore, rec: Record) -> None:
    fields: dict[str, Any] = dict(rec.data.get("fields") or {})
    if rec.attendee_id is None or not fields:
        return
    conn = store.conn
    versions = {
        name: (kind, lamport, station)
        for name, lamport, station, kind in conn.execute(
            "SELECT v.field, v.lamport, v.station_id, j.kind FROM field_versions v "
            "LEFT JOIN journal j ON j.record_id = v.record_id WHERE v.attendee_id = ?", (rec.attendee_id,))
    }
    mine = _rank(rec.kind, rec.lamport, rec.station_id)
    winners = {}
    for name, value in fields.items():
        held = versions.get(name)
        if held is None or mine > _rank(*held):
            winners[name] = value
            conn.execute("INSERT OR REPLACE INTO field_versions VALUES (?, ?, ?, ?, ?)",
                         (rec.attendee_id, name, rec.lamport, rec.station_id, rec.record_id))
    if winners:
        store.set_attendee_fields(rec.attendee_id, winners)
