"""The search index learned Latin spellings of names in other scripts ("王芳" is also indexed as "wang fang",
"さくら" as "sakura", "דוד" as "dvd"): rows with such letters are indexed again."""

import sqlite3

VERSION = 121


def apply(conn: sqlite3.Connection) -> None:
    from checkin.core.attendee_rows import reindex_search
    from checkin.core.textfold import needs_ascii_spelling

    names = ("id", "title", "first_name", "last_name", "organisation", "email")
    rows = [dict(zip(names, r, strict=True)) for r in conn.execute(
        "SELECT id, title, first_name, last_name, organisation, email FROM attendees")
        if needs_ascii_spelling("".join(v or "" for v in r[1:5]))]
    if not rows:
        return
    reindex_search(conn, rows)
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_state'").fetchone():
        conn.execute("UPDATE search_state SET changes = changes + 1 WHERE id = 1")  # new terms for typo search
