"""Invitation codes: revoked (reissued) codes and certified station keys (both derived from the journal)."""

import sqlite3

VERSION = 40


def apply(conn: sqlite3.Connection) -> None:
    conn.execute("""CREATE TABLE IF NOT EXISTS revoked_codes (
        code TEXT PRIMARY KEY, attendee_id INTEGER, record_id TEXT NOT NULL)""")
    conn.execute("CREATE INDEX IF NOT EXISTS revoked_codes_attendee ON revoked_codes(attendee_id)")
    conn.execute("""CREATE TABLE IF NOT EXISTS station_certs (
        key_id TEXT PRIMARY KEY, station_id TEXT NOT NULL, public_key TEXT NOT NULL, record_id TEXT NOT NULL)""")
