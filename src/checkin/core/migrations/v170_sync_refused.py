"""Trust between stations (issue 25): records a station refused to merge, kept for the organiser to see.

A record refused from a peer (a helper tablet pushing a purge, a desk pushing a programme change under its own
name) never enters the journal; it is kept here once per record id, with who offered it and why, so the
Stations screen and ``checkin sync`` can say what was refused without the record changing anything.
"""

from __future__ import annotations

import sqlite3

VERSION = 170

SCHEMA = """
CREATE TABLE IF NOT EXISTS sync_refused (
    record_id TEXT PRIMARY KEY,
    station_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    attendee_id INTEGER,
    wall_time TEXT NOT NULL,
    peer_station TEXT NOT NULL,
    peer_role TEXT NOT NULL,
    reason TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    times INTEGER NOT NULL DEFAULT 1
)
"""


def apply(conn: sqlite3.Connection) -> None:
    conn.execute(SCHEMA)
