"""What the matchmaking records do to the derived tables (see migrations/v150_matchmaking.py).

Every handler gives the same end state in any merge order: a mark is one register per meeting (the policy of
core/registers.py), scans and rematches are sets, and the rematch's meeting itself goes through the
programme's per-field register (``agenda.apply_meeting_upsert``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..journal import Record
from ..registers import held_version, outranks

if TYPE_CHECKING:
    from ..store import EventStore

HELD, NO_SHOW, PLANNED = "held", "no_show", "planned"
MARKS = (HELD, NO_SHOW, PLANNED)  # planned: a mark taken back


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def apply_mark(store: EventStore, rec: Record) -> None:
    mid, state = _int(rec.data.get("meeting_id")), rec.data.get("state")
    if mid is None or state not in MARKS:
        return  # a malformed record from another station must not fail the merge
    if outranks(rec, held_version(store.conn, "meeting_marks", {"meeting_id": mid})):
        store.conn.execute("INSERT OR REPLACE INTO meeting_marks VALUES (?, ?, ?, ?, ?, ?)",
                           (mid, state, rec.lamport, rec.station_id, rec.record_id, rec.wall_time))


def apply_scan(store: EventStore, rec: Record) -> None:
    mid = _int(rec.data.get("meeting_id"))
    if mid is None or rec.attendee_id is None:
        return
    store.conn.execute("INSERT OR IGNORE INTO meeting_scans VALUES (?, ?)", (mid, rec.attendee_id))


def apply_rematch(store: EventStore, rec: Record) -> None:
    from ..agenda import apply_meeting_upsert

    mid = _int(rec.data.get("meeting_id"))
    if mid is None:
        return
    apply_meeting_upsert(store, rec)  # data carries meeting_id and fields, like an organiser's meeting_upsert
    replaced = [r for r in (_int(x) for x in rec.data.get("replaces") or []) if r is not None] or [0]
    store.conn.executemany(
        "INSERT OR IGNORE INTO meeting_rematches VALUES (?, ?, ?, ?, ?)",
        [(mid, old, _int(rec.data.get("for")), _int(rec.data.get("partner")), rec.wall_time) for old in replaced])
