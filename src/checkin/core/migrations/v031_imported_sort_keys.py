"""Imports before this version left attendees' sort key empty (the attendee list showed imported people in the
order of the list, not by name), and the search index split words at a Turkish dotted capital "İ" ("İzmir"
was indexed as "i zmir", so "izm" found nothing). Both are written again for the rows concerned."""

import sqlite3

VERSION = 31


def apply(conn: sqlite3.Connection) -> None:
    from checkin.core.attendee_rows import reindex_search
    from checkin.core.textfold import sort_key

    rows = conn.execute("SELECT id, title, first_name, last_name, organisation, email, sort_key FROM attendees "
                        "WHERE sort_key = '' OR (title || first_name || last_name || organisation) LIKE '%İ%'"
                        ).fetchall()
    conn.executemany("UPDATE attendees SET sort_key = ? WHERE id = ?",
                     [(sort_key(last, first), aid) for aid, _t, first, last, _o, _e, key in rows if not key])
    names = ("id", "title", "first_name", "last_name", "organisation", "email")
    turkish = [dict(zip(names, r[:6], strict=True)) for r in rows if "İ" in "".join(r[1:5])]
    reindex_search(conn, turkish)
    if turkish and conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_state'").fetchone():
        conn.execute("UPDATE search_state SET changes = changes + 1 WHERE id = 1")  # new terms for typo search
