"""Two different records with the same (station, seq) are both kept (issue 25: no silent loss).

The base schema made (station_id, seq) unique, so a station id reused by a second laptop or a restored backup
made a sync fail or, worse, made version vectors skip records. The journal is rebuilt without that constraint
(same columns, same rowids, same indexes and triggers) and gets a plain index on (station_id, seq) instead;
duplicates are found and reported by ``sync.integrity``.

Version vectors (highest seq per station) cannot tell two journals apart once a station id was reused, so each
file also keeps a digest of its record ids per station (table ``journal_digest``: count and two sums of 32 bits
of each record id), computed here once and then kept by the code that inserts records (``journal.add_to_digest``;
a trigger cost 60-80 µs per record, three times a merge's own cost). Two stations compare digests on every sync
and, where they differ, compare the record ids themselves (``sync.integrity``).
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
    conn.execute("CREATE TABLE IF NOT EXISTS journal_digest (station_id TEXT PRIMARY KEY, n INTEGER NOT NULL, "
                 "a INTEGER NOT NULL, b INTEGER NOT NULL)")
    conn.execute("DELETE FROM journal_digest")
    conn.execute(f"INSERT INTO journal_digest SELECT station_id, COUNT(*), SUM({_hex8('record_id', 1)}), "
                 f"SUM({_hex8('record_id', 25)}) FROM journal GROUP BY station_id")


def _hex8(column: str, start: int) -> str:
    """SQL: the 32-bit number that 8 hex digits of ``column`` from ``start`` spell (a record id is a UUID);
    ``journal.id_bits`` computes the same in Python, for any text."""
    return " + ".join(f"(instr('0123456789abcdef', lower(substr({column}, {start + i}, 1))) - 1) * {16 ** (7 - i)}"
                      for i in range(8))
