"""Noticing that another process wrote the event file (`checkin serve`, a script, a second window)."""

from __future__ import annotations

from typing import Any


def data_version(store: Any) -> int:
    """SQLite's data_version: changes only when *another* connection commits to the file."""
    return int(store.conn.execute("PRAGMA data_version").fetchone()[0])
