"""Loss-proof anti-entropy (issue 25): when version vectors cannot prove two journals equal, compare record ids.

Version vectors say "I hold station S up to seq N", which is the whole truth only while every station id is
used by one writer. Two laptops under one id, a restored backup, or a forged far-ahead sequence number make
two journals with equal vectors hold different records. So each file keeps a digest of its record ids per
station (table ``journal_digest``, migration 171, maintained by a trigger): stations exchange digests after the
vector-based exchange, and for every station whose digests differ they exchange that station's record ids and
send each other exactly the records the other lacks. Records with the same (station, seq) are all kept and
reported (``same_seq``).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..roles import ORGANISER
from . import trust

IDS_PER_MESSAGE = 50000


def digests(conn: sqlite3.Connection) -> dict[str, list[int]]:
    """{station: [count, sum a, sum b]} of the record ids this file holds."""
    return {s: [int(n), int(a), int(b)] for s, n, a, b in conn.execute("SELECT station_id, n, a, b FROM journal_digest")}


def differing(ours: dict[str, list[int]], theirs: dict[str, Any]) -> list[str]:
    """Stations whose records differ between the two digests."""
    return sorted(s for s in set(ours) | set(theirs) if list(ours.get(s) or []) != list(theirs.get(s) or []))


def record_ids(conn: sqlite3.Connection, stations: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {s: [] for s in stations}
    for station in stations:
        out[station] = [r[0] for r in conn.execute("SELECT record_id FROM journal WHERE station_id = ?", (station,))]
    return out


def rows_by_id(conn: sqlite3.Connection, ids: list[str], role: str = ORGANISER) -> list[Any]:
    """The journal rows of ``ids`` (those this file holds), cut down to what a peer of ``role`` may hold."""
    from ..journal import COLUMNS

    rows: list[Any] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows += conn.execute(f"SELECT {COLUMNS} FROM journal WHERE record_id IN ({','.join('?' * len(chunk))}) "
                             "ORDER BY station_id, seq", chunk).fetchall()
    return trust.rows_for_role(rows, role)


def same_seq(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every (station, seq) held by more than one record: both are kept; the organiser sees them here."""
    pairs = conn.execute("SELECT station_id, seq FROM journal GROUP BY station_id, seq HAVING COUNT(*) > 1 "
                         "ORDER BY station_id, seq").fetchall()
    out = []
    for station, seq in pairs:
        records = [{"record_id": rid, "kind": kind, "wall_time": wall, "attendee_id": aid}
                   for rid, kind, wall, aid in conn.execute(
                       "SELECT record_id, kind, wall_time, attendee_id FROM journal WHERE station_id = ? AND seq = ? "
                       "ORDER BY wall_time, record_id", (station, seq))]
        out.append({"station": station, "seq": seq, "records": records})
    return out


def went_back(ours: dict[str, int], theirs: dict[str, int], station: str) -> bool:
    """A peer holds more of our own station than we do: this file went back (a restored backup)."""
    return int(theirs.get(station, 0)) > int(ours.get(station, 0))
