"""Uploads pretix refused or that came too late, newest first (the Sync back screen lists them)."""

from __future__ import annotations

import sqlite3
from typing import Any

SHOWN = 200


def rejected_uploads(store: Any, limit: int = SHOWN) -> list[dict[str, Any]]:
    try:
        rows = store.conn.execute(
            "SELECT u.attendee_id, u.action, u.status, u.reason, u.day FROM pretix_uploads u "
            "WHERE u.status IN ('rejected', 'too_late') ORDER BY u.updated_at DESC LIMIT ?", (limit,)).fetchall()
    except sqlite3.OperationalError:  # a read-only copy of an older file has no connector tables
        return []
    people = {a.id: a for a in store.attendees_by_ids([r[0] for r in rows if r[0] is not None])}
    found = []
    for aid, action, status, reason, day in rows:
        a = people.get(aid)
        found.append({"name": a.display_name if a else f"#{aid}", "action": action, "status": status,
                      "reason": reason, "day": day})
    return found
