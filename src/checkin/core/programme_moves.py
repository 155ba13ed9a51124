"""Sessions whose room changed after the programme went out (the signage board marks them)."""

from __future__ import annotations

import sqlite3
from typing import Any


def moved_sessions(store: Any) -> set[int]:
    """Sessions whose room an organiser changed after the programme went out (a session_upsert won)."""
    try:
        return {r[0] for r in store.conn.execute(
            "SELECT entity_id FROM programme_versions WHERE entity = 'session' AND field = 'room_id'")}
    except sqlite3.OperationalError:  # a read-only file without the v080 tables
        return set()
