"""Sync between stations: the addresses a station talks to, and what it last knew about each peer."""

from __future__ import annotations

import sqlite3

SCHEMA = """
-- Addresses this station connects to (typed, discovered by mDNS, or learnt by pairing).
CREATE TABLE IF NOT EXISTS sync_peers (
    url TEXT PRIMARY KEY,
    source TEXT NOT NULL DEFAULT 'manual',
    station_id TEXT,
    added_at TEXT NOT NULL
);
-- Last known state of each peer station (either direction), written at most every few seconds.
CREATE TABLE IF NOT EXISTS sync_status (
    station_id TEXT PRIMARY KEY,
    url TEXT,
    last_contact TEXT,
    last_error TEXT,
    their_vector TEXT NOT NULL DEFAULT '{}',
    clock_offset REAL,
    updated_at TEXT NOT NULL
);
"""

VERSION = 100


def apply(conn: sqlite3.Connection) -> None:
    # Statement by statement: executescript would commit the migration's transaction early.
    for statement in SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
