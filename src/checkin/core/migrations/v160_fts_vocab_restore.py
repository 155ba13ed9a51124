"""Encrypted desk copies written before this version lack the search vocabulary table (issue 24).

Copying into SQLCipher took ``attendee_fts_vocab`` for one of ``attendee_fts``'s own tables and left it out, so
typo-forgiving search failed there with "no such table". It is a view over the index (no rows of its own):
creating it is all the repair needs, and it changes nothing where it exists.
"""

from __future__ import annotations

import sqlite3

VERSION = 160


def apply(conn: sqlite3.Connection) -> None:
    has_index = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'attendee_fts'").fetchone()
    if has_index:
        conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS attendee_fts_vocab USING fts5vocab(attendee_fts, 'row')")
