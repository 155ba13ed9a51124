"""The one register policy: which journal record's value a field holds, the same on every station.

Every kind that sets a value (attendee fields and codes, sessions and meetings, badge layouts, meeting marks)
keeps, per field, the version of the record that set it and lets a record win only when its version ranks
higher. A version ranks venue and organiser edits over imported lists (a re-imported list never takes back
what the desk changed, whatever the clocks say), then by (lamport, station, record id): a total order, so
the winner never depends on the order records arrive in, and applying a record twice changes nothing.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from .journal import Kind, Record

if TYPE_CHECKING:
    from .store import EventStore

# Records that carry an imported list (pretix pulls, re-imported spreadsheets): below any edit at the venue.
IMPORT_KINDS = frozenset({Kind.ATTENDEE_UPSERT.value})
IMPORT, EDIT = 0, 1


class Version(NamedTuple):
    rank: int
    lamport: int
    station: str
    record_id: str


def rank(kind: str | None) -> int:
    # A held version whose record is unknown ranks as an edit: never let an import overwrite it blindly.
    return IMPORT if kind in IMPORT_KINDS else EDIT


def version_of(rec: Record) -> Version:
    return Version(rank(rec.kind), rec.lamport, rec.station_id, rec.record_id)


def _where(key: Mapping[str, Any], alias: str) -> str:
    return " AND ".join(f"{alias}.{column} = ?" for column in key)


def held_version(conn: sqlite3.Connection, table: str, key: Mapping[str, Any]) -> Version | None:
    """The version of the record whose value the row of ``table`` matching ``key`` holds (None: no row).

    ``table`` has the columns lamport, station_id and record_id; the rank comes from the record's kind.
    """
    row = conn.execute(
        f"SELECT j.kind, t.lamport, t.station_id, t.record_id FROM {table} t "
        f"LEFT JOIN journal j ON j.record_id = t.record_id WHERE {_where(key, 't')}", tuple(key.values()),
    ).fetchone()
    return None if row is None else Version(rank(row[0]), row[1], row[2], row[3])


def outranks(rec: Record, held: Version | None) -> bool:
    return held is None or version_of(rec) > held


def settle(conn: sqlite3.Connection, table: str, key: Mapping[str, Any], rec: Record, fields: Mapping[str, Any],
           *, store_value: bool = False) -> dict[str, Any]:
    """The fields ``rec`` wins, their new versions written to ``table`` (columns: the key's, field, lamport,
    station_id, record_id, and value as JSON when ``store_value``). The caller writes the winning values."""
    if not fields:
        return {}
    mine = version_of(rec)
    winners = dict(fields)
    # Inline rank and plain tuples: a merge settles thousands of records, this loop is its hot path.
    select, insert = _statements(table, tuple(key), store_value)
    for name, kind, lamport, station, record_id in conn.execute(select, tuple(key.values())):
        if name in winners and (IMPORT if kind in IMPORT_KINDS else EDIT, lamport, station, record_id) >= mine:
            del winners[name]
    for name, value in winners.items():  # mostly one or two: execute is cheaper than executemany's set-up
        conn.execute(insert, (*key.values(), name, rec.lamport, rec.station_id, rec.record_id,
                              *([json.dumps(value, ensure_ascii=False)] if store_value else [])))
    return winners


@functools.cache  # a memo of a pure function (a handful of tables): not state that changes what happens
def _statements(table: str, key: tuple[str, ...], store_value: bool) -> tuple[str, str]:
    select = (f"SELECT t.field, j.kind, t.lamport, t.station_id, t.record_id FROM {table} t "
              f"LEFT JOIN journal j ON j.record_id = t.record_id WHERE {_where(dict.fromkeys(key), 't')}")
    columns = [*key, "field", "lamport", "station_id", "record_id", *(["value"] if store_value else [])]
    insert = f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    return select, insert


def apply_attendee_fields(store: EventStore, rec: Record) -> None:
    """Applier of every kind that sets attendee fields (walk-in, correction, substitution, companion,
    attendee_upsert, code_reissue): ``data.fields`` through the attendee's field registers."""
    fields = dict(rec.data.get("fields") or {})
    if rec.attendee_id is None or not fields:
        return
    winners = settle(store.conn, "field_versions", {"attendee_id": rec.attendee_id}, rec, fields)
    if winners:
        store.set_attendee_fields(rec.attendee_id, winners)
