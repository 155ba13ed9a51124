"""Badge layouts the organiser saved in the event (derived from `layout` journal records, last writer wins)."""

import sqlite3

VERSION = 70


def apply(conn: sqlite3.Connection) -> None:
    conn.execute("""
        CREATE TABLE badge_layouts (
            name TEXT PRIMARY KEY,
            layout TEXT,              -- JSON; NULL when deleted; for '__default__' the default layout's name
            lamport INTEGER NOT NULL,
            station_id TEXT NOT NULL,
            record_id TEXT NOT NULL
        )""")
