"""pretix connector state: which pretix position is which attendee, what was uploaded, revoked secrets."""

import sqlite3

VERSION = 90

SQL = """
CREATE TABLE IF NOT EXISTS pretix_positions (
    position_id INTEGER PRIMARY KEY,          -- pretix OrderPosition id
    attendee_id INTEGER NOT NULL,
    order_code TEXT NOT NULL,
    secret TEXT NOT NULL,
    fields_json TEXT NOT NULL DEFAULT '{}'  -- what pretix said last time: only upstream changes are applied
);
CREATE INDEX IF NOT EXISTS pretix_positions_attendee ON pretix_positions(attendee_id);
CREATE INDEX IF NOT EXISTS pretix_positions_secret ON pretix_positions(secret);

-- One row per journal record sent (or deliberately not sent) to pretix.
CREATE TABLE IF NOT EXISTS pretix_uploads (
    record_id TEXT PRIMARY KEY,               -- checkin record (nonce) or undo record
    action TEXT NOT NULL,                     -- redeem / annul / imported (came from pretix)
    attendee_id INTEGER,
    day TEXT NOT NULL DEFAULT '',
    point TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,                     -- ok / rejected / error / too_late / imported
    reason TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS pretix_uploads_attendee ON pretix_uploads(attendee_id, day, point);

CREATE TABLE IF NOT EXISTS pretix_revoked (secret TEXT PRIMARY KEY);
"""


def apply(conn: sqlite3.Connection) -> None:
    for statement in SQL.split(";\n"):
        if statement.strip():
            conn.execute(statement)
