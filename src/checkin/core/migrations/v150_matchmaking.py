"""Matchmaking on the day (issue 23): marks, scans at the matchmaking area and rematches, folded from the journal.

Each table is a pure function of the journal's ``meeting_mark`` / ``meeting_scan`` / ``meeting_rematch``
records, whatever order they arrive in: marks are a last-writer-wins register per meeting, scans and rematches
a set.
"""

from __future__ import annotations

import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS meeting_marks (
    meeting_id INTEGER PRIMARY KEY,
    state TEXT NOT NULL,
    lamport INTEGER NOT NULL,
    station_id TEXT NOT NULL,
    record_id TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meeting_scans (
    meeting_id INTEGER NOT NULL,
    attendee_id INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, attendee_id)
);
-- replaces = 0: the guest had no meeting in that slot (a free table was given).
CREATE TABLE IF NOT EXISTS meeting_rematches (
    meeting_id INTEGER NOT NULL,
    replaces INTEGER NOT NULL,
    attendee_id INTEGER,
    partner_id INTEGER,
    at TEXT NOT NULL,
    PRIMARY KEY (meeting_id, replaces)
);
CREATE INDEX IF NOT EXISTS meeting_rematches_replaces ON meeting_rematches(replaces)
"""

VERSION = 150


def apply(conn: sqlite3.Connection) -> None:
    # Statement by statement: executescript would commit the migration's transaction early.
    for statement in SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
