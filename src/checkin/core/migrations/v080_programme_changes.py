"""Programme changes and door occupancy as derived tables of the journal.

``programme_versions``: last-writer-wins register per (session|meeting, id, field), so organiser changes
(``session_upsert`` / ``meeting_upsert``) apply in any order with one outcome on every station.
``door_presence``: each attendee's latest session door record (entry or exit), the basis of room occupancy.
"""

import sqlite3

VERSION = 80

SQL = """
CREATE TABLE programme_versions (
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    lamport INTEGER NOT NULL,
    station_id TEXT NOT NULL,
    record_id TEXT NOT NULL,
    value TEXT,
    PRIMARY KEY (entity, entity_id, field)
);

CREATE TABLE door_presence (
    attendee_id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    at TEXT NOT NULL,
    record_id TEXT NOT NULL
);
CREATE INDEX door_presence_session ON door_presence(session_id, kind);
CREATE INDEX meetings_table ON meetings(table_no)
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in SQL.split(";\n"):
        if statement.strip():
            conn.execute(statement)
