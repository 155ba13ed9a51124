"""Migrations 170/171 keep an existing event file whole: same records, rowids, indexes and a helper copy's
guard triggers; (station, seq) no longer unique; the record-id digest the migration computes in SQL is the one
the journal keeps in Python insert by insert (odd record ids included)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from checkin.core import migrations
from checkin.core.journal import Journal, Record
from checkin.core.roles import HELPER_HIDDEN, guard_sql
from checkin.core.sync.integrity import digests


def _old_file(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("CREATE TABLE _migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    for m in migrations.all_migrations():
        if m.version < 170:
            conn.execute("BEGIN")
            m.apply(conn)
            conn.execute("INSERT INTO _migrations VALUES (?, ?)", (m.version, m.name))
            conn.execute(f"PRAGMA user_version = {m.version}")
            conn.execute("COMMIT")
    return conn


def test_journal_rebuilt_without_losing_anything(tmp_path: Path) -> None:
    conn = _old_file(tmp_path / "old.checkin")
    rows = [(f"{i:08x}-0000-4000-8000-{i:012x}", "desk-1" if i % 2 else "master", i, i, "checkin", i,
             json.dumps({"day": "d", "email": "x@y"})) for i in range(1, 41)]
    rows += [(rid, "desk-1", 100 + n, 100 + n, "checkin", 1, "{}")  # ids no UUID: short, upper case, not hex
             for n, rid in enumerate(["x", "ABCDEF12-0000-4000-8000-00000000AAAA", "zz-Ünïcödé-record-1234567890"])]
    conn.executemany("INSERT INTO journal (record_id, station_id, seq, lamport, wall_time, kind, attendee_id, data) "
                     "VALUES (?, ?, ?, ?, '2026-01-01T00:00:00+00:00', ?, ?, ?)", rows)
    for statement in guard_sql("helper_guard", HELPER_HIDDEN, HELPER_HIDDEN):
        conn.execute(statement)
    before = conn.execute("SELECT rowid, record_id, station_id, seq, data FROM journal ORDER BY rowid").fetchall()
    try:  # the old schema refuses a second record under one (station, seq)
        conn.execute("INSERT INTO journal (record_id, station_id, seq, lamport, wall_time, kind) "
                     "VALUES ('dup', 'master', 2, 99, 'x', 'checkin')")
        raise AssertionError("expected the old unique constraint")
    except sqlite3.IntegrityError:
        pass
    assert migrations.migrate(conn)[:2] == [170, 171]
    assert conn.execute("SELECT rowid, record_id, station_id, seq, data FROM journal ORDER BY rowid").fetchall() \
        == before
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert "helper_guard_journal" in triggers
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'journal'")}
    assert {"journal_attendee", "journal_kind", "journal_lamport", "journal_station_seq"} <= indexes
    start = digests(conn)
    assert start["master"][0] == 20 and start["desk-1"][0] == 23
    late = Record("ffffffff-0000-4000-8000-000000000001", "master", "", 2, 99, "x", "checkin", None,
                  {"email": "late@x"})
    assert Journal(conn, "desk-1").insert_new([late]) == [late]  # the same (station, seq) as a record held: kept
    assert conn.execute("SELECT COUNT(*) FROM journal WHERE station_id = 'master' AND seq = 2").fetchone()[0] == 2
    assert digests(conn)["master"][0] == 21 and digests(conn)["master"] != start["master"]
    # the helper guard still strips what a helper may not hold
    assert "email" not in conn.execute("SELECT data FROM journal WHERE seq = 2 AND lamport = 99").fetchone()[0]
    # a file migrated from scratch computes the same digest as one maintained insert by insert
    fresh = sqlite3.connect(":memory:", isolation_level=None)
    migrations.migrate(fresh)
    Journal(fresh, "x").insert_new([Record(r[1], r[2], "", r[3], r[3], "x", "checkin", None, {}) for r in before])
    assert digests(fresh) == start
