"""Rows of the attendees table and their search index, at the level of a connection: the store and the
migrations (which run below the store) write attendee fields through here.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Iterable
from typing import Any

from .model import ATTENDEE_FIELDS
from .textfold import email_index, index_text, names_index, sort_key


def nfc(value: Any) -> Any:
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def reindex_search(conn: sqlite3.Connection, rows: Iterable[dict[str, Any]]) -> None:
    """Write the search index rows of these attendees (dicts with id, title, names, organisation, email)."""
    rows = list(rows)
    if conn.execute("SELECT 1 FROM attendee_fts LIMIT 1").fetchone() is not None:
        conn.executemany("DELETE FROM attendee_fts WHERE rowid = ?", [(r["id"],) for r in rows])
    # Nothing to find in a person without name, organisation or email (a purged one): no empty index row,
    # so the index is the same whether a record arrived before or after the purge.
    rows = [r for r in rows if any(r[k] for k in ("title", "first_name", "last_name", "organisation", "email"))]
    conn.executemany(
        "INSERT INTO attendee_fts (rowid, names, organisation, email) VALUES (?, ?, ?, ?)",
        [(r["id"], names_index(r["title"], r["first_name"], r["last_name"]), index_text(r["organisation"]),
          email_index(r["email"])) for r in rows],
    )


def set_attendee_fields(conn: sqlite3.Connection, attendee_id: int, fields: dict[str, Any]) -> None:
    """Set some fields of one attendee (the row made if missing), its sort key and search index row with them
    (inside the caller's transaction)."""
    fields = {k: nfc(v) for k, v in fields.items() if k in ATTENDEE_FIELDS and k != "id"}
    if not fields:
        return
    if conn.execute("SELECT 1 FROM attendees WHERE id = ?", (attendee_id,)).fetchone() is None:
        conn.execute("INSERT INTO attendees (id) VALUES (?)", (attendee_id,))
    encoded = {}
    for key, value in fields.items():
        if key in ("registered_for", "extra"):
            value = json.dumps(value, ensure_ascii=False)
        elif key in ("attention", "walk_in"):
            value = int(bool(value))
        encoded[key] = value
    sets = ", ".join(f"{k} = ?" for k in encoded)
    conn.execute(f"UPDATE attendees SET {sets} WHERE id = ?", (*encoded.values(), attendee_id))
    current = conn.execute(
        "SELECT id, title, first_name, last_name, organisation, email FROM attendees WHERE id = ?",
        (attendee_id,),
    ).fetchone()
    if current is None:  # a purge without statistics keeps the table empty (see core/purge.py)
        return
    conn.execute("UPDATE attendees SET sort_key = ? WHERE id = ?", (sort_key(current[3], current[2]), attendee_id))
    reindex_search(conn, [dict(zip(("id", "title", "first_name", "last_name", "organisation", "email"), current,
                                   strict=True))])
