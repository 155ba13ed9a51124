"""Signed records (issue 25): the role a station certificate names, and revoked station keys.

``station_certs.role``: certificates from before roles were certified were all made for desks. A
``station_revoke`` record (the organiser's, signed by the event key) lands in ``station_revocations``: ``upto`` is
a JSON object station id -> the last seq the organiser had of it; records the key signs past that (or under a
station id the object does not name) are refused everywhere, and the codes it minted stop scanning.
"""

from __future__ import annotations

import sqlite3

VERSION = 172


def apply(conn: sqlite3.Connection) -> None:
    columns = {r[1] for r in conn.execute("PRAGMA table_info(station_certs)")}
    if "role" not in columns:
        conn.execute("ALTER TABLE station_certs ADD COLUMN role TEXT NOT NULL DEFAULT 'desk'")
    conn.execute("""CREATE TABLE IF NOT EXISTS station_revocations (
        key_id TEXT PRIMARY KEY, station_id TEXT NOT NULL, upto TEXT NOT NULL, reason TEXT NOT NULL,
        record_id TEXT NOT NULL)""")
