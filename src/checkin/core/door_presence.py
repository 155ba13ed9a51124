"""Who is inside which session: the door records folded into ``door_presence`` (a projection) and the reads
over it. Below both the programme (``agenda``, whose session counts show occupancy) and the door scans (``doors``).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from .journal import Kind, Record, iso, utc_now
from .serialize import parse_time

if TYPE_CHECKING:
    from .store import EventStore

DOOR_KINDS = (Kind.SESSION_ENTRY.value, Kind.SESSION_EXIT.value)


# --- derived state -----------------------------------------------------------------------------------------
def _utc(text: str) -> str:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC).isoformat(timespec="milliseconds")


def apply_door_record(store: EventStore, rec: Record) -> None:
    """Keep each attendee's latest door record (a max, so any arrival order gives the same table)."""
    if rec.attendee_id is None:
        return
    try:
        session_id = int(rec.data.get("session_id"))
        at = _utc(rec.wall_time)
    except (TypeError, ValueError):
        return
    row = store.conn.execute("SELECT at, record_id FROM door_presence WHERE attendee_id = ?",
                             (rec.attendee_id,)).fetchone()
    if row is None or (at, rec.record_id) > (row[0], row[1]):
        store.conn.execute("INSERT OR REPLACE INTO door_presence VALUES (?, ?, ?, ?, ?)",
                           (rec.attendee_id, session_id, rec.kind, at, rec.record_id))


def rebuild(store: EventStore) -> None:
    """Recompute ``door_presence`` from the journal (after a restore; normally kept up to date by appliers)."""
    store.conn.execute("DELETE FROM door_presence")
    for rec in store.journal.records(kind=Kind.SESSION_ENTRY) + store.journal.records(kind=Kind.SESSION_EXIT):
        apply_door_record(store, rec)


def _latest(store: EventStore, at_utc: str, attendee_id: int | None = None) -> dict[int, tuple[int, str]]:
    """attendee -> (session_id, kind) of the latest door record at or before ``at_utc``."""
    try:
        top = store.conn.execute("SELECT MAX(at) FROM door_presence").fetchone()[0]
        if top is None:
            return {}
    except sqlite3.OperationalError:  # a file opened read-only before its migration to v080: no cache
        top = None
    if top is not None and at_utc >= top:  # the live case: the cache answers
        sql, args = "SELECT attendee_id, session_id, kind FROM door_presence", []
        if attendee_id is not None:
            sql += " WHERE attendee_id = ?"
            args.append(attendee_id)
        return {a: (s, k) for a, s, k in store.conn.execute(sql, args)}
    # A moment in the past (simulated time, or records from a station whose clock runs ahead): fold the journal.
    sql = ("SELECT attendee_id, kind, json_extract(data, '$.session_id'), wall_time, record_id FROM journal "
           "WHERE kind IN (?, ?)")
    args = list(DOOR_KINDS)
    if attendee_id is not None:
        sql += " AND attendee_id = ?"
        args.append(attendee_id)
    best: dict[int, tuple[str, str, int, str]] = {}
    for aid, kind, sid, wall, rid in store.conn.execute(sql, args):
        if aid is None or sid is None:
            continue
        at = _utc(wall)
        if at > at_utc:
            continue
        if aid not in best or (at, rid) > best[aid][:2]:
            best[aid] = (at, rid, int(sid), kind)
    return {aid: (v[2], v[3]) for aid, v in best.items()}


def _ends(store: EventStore) -> dict[int, datetime]:
    out = {}
    for sid, end in store.conn.execute('SELECT id, "end" FROM sessions'):
        try:
            out[sid] = parse_time(end)
        except ValueError:
            continue
    return out


def occupancy(store: EventStore, at: datetime | None = None, *, session_ids: list[int] | None = None
              ) -> dict[int, int]:
    """session id -> people inside at ``at`` (default now)."""
    at = at or utc_now()
    ends = _ends(store)
    counts: dict[int, int] = {}
    for sid, kind in _latest(store, iso(at)).values():
        if kind == Kind.SESSION_ENTRY and sid in ends and at < ends[sid]:
            counts[sid] = counts.get(sid, 0) + 1
    if session_ids is not None:
        return {sid: counts.get(sid, 0) for sid in session_ids}
    return counts


def where_is(store: EventStore, attendee_id: int, at: datetime | None = None) -> int | None:
    """The session the attendee is inside at ``at`` (by the door scans), or None."""
    at = at or utc_now()
    found = _latest(store, iso(at), attendee_id).get(attendee_id)
    if not found or found[1] != Kind.SESSION_ENTRY:
        return None
    end = _ends(store).get(found[0])
    return found[0] if end is not None and at < end else None


def present_ids(store: EventStore, session_id: int, at: datetime | None = None) -> list[int]:
    at = at or utc_now()
    end = _ends(store).get(session_id)
    if end is None or at >= end:
        return []
    return sorted(a for a, (s, k) in _latest(store, iso(at)).items() if s == session_id and k == Kind.SESSION_ENTRY)
