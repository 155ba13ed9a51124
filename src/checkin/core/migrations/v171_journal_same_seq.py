"""Two different records with the same (station, seq) are both kept (issue 25: no silent loss).

The base schema made (station_id, seq) unique, so a station id reused by a second laptop or a restored backup
made a sync fail or, worse, made version vectors skip records. The journal is rebuilt without that constraint
(same columns, same rowids, same indexes and triggers) and gets a plain index on (station_id, seq) instead;
duplicates are found and reported by ``sync.integrity``.
"""

from __future__ import annotations

import re
import sqlite3

VERSION = 171
_UNIQUE = re.compile(r",\s*UNIQUE\s*\(\s*station_id\s*,\s*seq\s*\)", re.IGNORECASE)


def apply(conn: sqlite3.Connection) -> None:
    (create,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'journal'").fetchone()
    if _UNIQUE.search(create):
        extras = [sql for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'journal' AND type IN ('index', 'trigger') "
            "AND sql IS NOT NULL ORDER BY type")]  # indexes before triggers
        columns = ", ".join(r[1] for r in conn.execute("PRAGMA table_info(journal)"))
        conn.execute(re.sub(r"^CREATE TABLE\s+\"?journal\"?", "CREATE TABLE journal_rebuilt", _UNIQUE.sub("", create)))
        conn.execute(f"INSERT INTO journal_rebuilt (rowid, {columns}) SELECT rowid, {columns} FROM journal")
        conn.execute("DROP TABLE journal")
        conn.execute("ALTER TABLE journal_rebuilt RENAME TO journal")
        for sql in extras:
            conn.execute(sql)
    conn.execute("CREATE INDEX IF NOT EXISTS journal_station_seq ON journal(station_id, seq)")
