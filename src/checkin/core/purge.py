"""Retention and purge: remove personal data after the event, keep anonymous counts for the report.

The purge is a journal record (kind ``purge``) whose applier does the work, so it travels to every station
with normal sync: a station that learns of it purges itself, and SQL triggers installed by the applier blank
the personal fields of any record merged later from a copy that still has them, so names cannot come back.
Freed pages are overwritten (``secure_delete``), the file is rewritten (VACUUM) and the WAL truncated.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from . import ledger
from .journal import Kind, Record
from .personal_keys import JOURNAL_KEYS, PERSONAL_FIELDS
from .registers import version_of
from .roles import guard_sql, require, reset_search_terms, strip_journal

if TYPE_CHECKING:
    from .store import EventStore

RETENTION_KEY = "retention_until"
PURGED_KEY = "purged"

# Organiser records about the event, not about people: their data ("name" of a layout, "text" in its
# elements) stays, or a file folded again from its journal after a purge would lose its badge layouts.
SPARED_KINDS: tuple[str, ...] = (Kind.LAYOUT.value, Kind.SESSION_UPSERT.value, Kind.STATION_CERT.value)
# Fixed paths the merge trigger strips (triggers cannot recurse): the shapes attendee records use.
_TRIGGER_KEYS = tuple(sorted(JOURNAL_KEYS - {"sort_key"}))

# Rows about one person that a purge without statistics deletes (with the attendees themselves).
_PER_PERSON = ("session_assignments", "meeting_participants", "arrivals", "field_versions")

# Other features register how to purge their own tables: fn(conn, keep_statistics).
EXTRA_PURGERS: tuple[Callable[[sqlite3.Connection, bool], None], ...] = ()


class PurgeRefused(Exception):
    """Purging now would lose something (arrivals not yet upstream); the message says what."""


@dataclass
class PurgeResult:
    record_id: str
    attendees: int
    journal_records: int
    keep_statistics: bool
    checkpoint_complete: bool = True
    warnings: list[str] = field(default_factory=list)


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def retention_date(store: EventStore) -> date | None:
    value = store.get_meta(RETENTION_KEY)
    return date.fromisoformat(value) if value else None


def set_retention(store: EventStore, until: date) -> None:
    require(store, "settings", "setting the retention date")
    store.set_meta(RETENTION_KEY, until.isoformat())


def retention_due(store: EventStore, today: date | None = None) -> bool:
    until = retention_date(store)
    return until is not None and (today or date.today()) >= until and not store.get_meta(PURGED_KEY)


def not_synced(store: EventStore) -> list[str]:
    """Why a purge now would lose what has not gone upstream yet (empty: nothing pending)."""
    reasons = []
    tables = _tables(store.conn)
    if {"pretix_positions", "pretix_uploads"} <= tables and store.conn.execute(
            "SELECT 1 FROM pretix_positions LIMIT 1").fetchone():
        from .pretix.push import pending_arrivals, pending_undos
        from .pretix.state import load_settings

        pending = pending_arrivals(store, load_settings(store).point)
        if pending:
            reasons.append(f"{len(pending)} arrivals are not yet uploaded to pretix (checkin pretix push)")
        undos = pending_undos(store)
        if undos:
            reasons.append(f"{len(undos)} undone check-ins are not yet annulled in pretix")
    return reasons


def silent_stations(store: EventStore) -> list[str]:
    """Desk copies made from this file whose station has not a single record here (never synced back)."""
    heard = {r[0] for r in store.conn.execute("SELECT DISTINCT station_id FROM journal")}
    return sorted({str(c.get("station")) for c in store.get_meta("copies_made", []) or []
                   if c.get("kind") == "desk" and c.get("station") not in heard})


def apply_purge(store: EventStore, rec: Record) -> None:
    """Applier of ``purge`` records: blank personal data now and guard against its return by merges."""
    conn = store.conn
    keep = bool(rec.data.get("keep_statistics", True))
    conn.execute("PRAGMA secure_delete = ON")
    blank = ", ".join(f"{f} = NULL" if f == "external_id" else f"{f} = '{{}}'" if f == "extra" else f"{f} = ''"
                      for f in PERSONAL_FIELDS)
    conn.execute(f"UPDATE attendees SET {blank}")
    conn.execute("DELETE FROM attendee_fts")
    # FTS5 keeps deleted rows' terms in its index segments until they merge: a folded name that equals the
    # name (Arabic, Hebrew, CJK have no case or accents to fold) stayed readable in the file. Rebuilding
    # the (now empty) index drops every segment.
    conn.execute("INSERT INTO attendee_fts(attendee_fts) VALUES('rebuild')")
    reset_search_terms(conn)
    strip_journal(conn, JOURNAL_KEYS, SPARED_KINDS)
    tables = _tables(conn)
    if "pretix_positions" in tables:
        conn.execute("UPDATE pretix_positions SET fields_json = '{}'")
    # Versions of personal values that are gone: none kept, none written by records merged later (their
    # journal data is stripped, so a file folded again from the journal has none either).
    personal = ", ".join(f"'{f}'" for f in PERSONAL_FIELDS)
    conn.execute(f"DELETE FROM field_versions WHERE field IN ({personal})")
    conn.execute("CREATE TRIGGER IF NOT EXISTS purge_guard_versions BEFORE INSERT ON field_versions "
                 f"WHEN NEW.field IN ({personal}) BEGIN SELECT RAISE(IGNORE); END")
    if "revoked_codes" in tables:  # codes are personal data; a reissue merged later finds its own stripped too
        conn.execute("DELETE FROM revoked_codes")
    if not keep:  # nothing per person stays: the report then counts nobody
        for table in (*_PER_PERSON, "attendees"):
            if table in tables:
                conn.execute(f"DELETE FROM {table}")
                # Records merged later (a desk that synced after the purge) must not bring rows back: the
                # event then ends as if the purge had come last, whatever order the stations merged in.
                conn.execute(f"CREATE TRIGGER IF NOT EXISTS purge_empty_{table} BEFORE INSERT ON {table} "
                             "BEGIN SELECT RAISE(IGNORE); END")
    for purger in EXTRA_PURGERS:
        purger(conn, keep)
    for statement in guard_sql("purge_guard", PERSONAL_FIELDS, _TRIGGER_KEYS, SPARED_KINDS):
        conn.execute(statement)
    previous = store.get_meta(PURGED_KEY) or {}
    # Two purges (two stations): the meta names the latest by the register order, whichever arrived last.
    latest = store.journal.get(str(previous.get("record_id", "")))
    if latest is None or latest.kind != Kind.PURGE or version_of(rec) > version_of(latest):
        latest = rec
    store.set_meta(PURGED_KEY, {"record_id": latest.record_id, "at": latest.wall_time, "station": latest.station_id,
                                "keep_statistics": keep and previous.get("keep_statistics", True)})


def purge(store: EventStore, *, keep_statistics: bool = True, force: bool = False) -> PurgeResult:
    """Purge personal data (refused while arrivals are not upstream unless ``force``), then compact the file."""
    require(store, "purge")
    reasons = not_synced(store)
    if reasons and not force:
        raise PurgeRefused("; ".join(reasons) + " (sync back first, or use --force)")
    warnings = [f"station {s} never synced back to this file" for s in silent_stations(store)]
    attendees = store.count_attendees()
    rec = ledger.record(store, Kind.PURGE, None, {"keep_statistics": keep_statistics, "forced": bool(reasons)})
    records = store.conn.execute("SELECT COUNT(*) FROM journal").fetchone()[0]
    store.conn.execute("PRAGMA secure_delete = ON")
    store.conn.execute("VACUUM")  # rewrites every page: no old name stays in a free page
    complete = True
    if store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
        busy = store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        complete = busy == 0  # another program holds the file open: its WAL is emptied when it closes
    return PurgeResult(rec.record_id, attendees, records, keep_statistics, complete, warnings)


def purge_info(store: EventStore) -> dict[str, Any]:
    until = retention_date(store)
    return {"retention_until": until.isoformat() if until else None, "purged": store.get_meta(PURGED_KEY),
            "due": retention_due(store)}
