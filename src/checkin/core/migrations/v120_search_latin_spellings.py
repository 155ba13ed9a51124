"""The search index learned Latin spellings of Greek and Cyrillic names ("Παπαδόπουλος" is also indexed as
"papadopoulos", "Шевченко" as "shevchenko" and "schewtschenko"): rows with such letters are indexed again."""

import re
import sqlite3

VERSION = 120

_GREEK_OR_CYRILLIC = re.compile("[\u0370-\u03ff\u0400-\u04ff]")


def apply(conn: sqlite3.Connection) -> None:
    from checkin.core.attendee_rows import reindex_search

    names = ("id", "title", "first_name", "last_name", "organisation", "email")
    rows = [dict(zip(names, r, strict=True)) for r in conn.execute(
        "SELECT id, title, first_name, last_name, organisation, email FROM attendees")
        if _GREEK_OR_CYRILLIC.search("".join(r[1:5]))]
    if not rows:
        return
    reindex_search(conn, rows)
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_state'").fetchone():
        conn.execute("UPDATE search_state SET changes = changes + 1 WHERE id = 1")  # new terms for typo search
