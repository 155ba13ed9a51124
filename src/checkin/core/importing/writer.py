"""Bulk writes for imports: new attendees with their search index, and journal records in one go.

``store.add_attendees`` goes through ``Attendee`` objects; this writes the same rows from columns, with the same
search index text (``textfold.index_texts``, a column at a time).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .. import ledger
from ..bulk import Memo
from ..journal import COLUMNS, Record, add_to_digest, iso, new_record_id, utc_now
from ..model import ATTENDEE_FIELDS
from ..record_signing import sign
from ..textfold import fold, sort_keys
from .index_rows import search_rows

if TYPE_CHECKING:
    from ..store import EventStore
    from .people import Listed

_DEFAULTS: Mapping[str, Any] = MappingProxyType({
    "external_id": None, "salutation": "", "title": "", "first_name": "", "last_name": "", "organisation": "",
    "organisation_type": "", "position": "", "email": "", "phone": "", "country": "", "language": "",
    "category": "guest", "status": "registered", "registered_for": [], "attention": False, "desk_note": "",
    "companion_of": None, "extra": {}, "code": "", "walk_in": False, "replaces": None,
})


_DUMPS = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(v, ensure_ascii=False) without per-call set-up
_STR = json.encoder.encode_basestring  # a JSON string literal, as json.dumps(..., ensure_ascii=False) writes it


def _extra_json(extras: list[tuple[str, list[str]]]) -> list[str]:
    """Per person, ``json.dumps`` of their extra fields (the list's own columns that are not empty), built a
    column at a time: each column becomes ', "header": "value"' pieces ("" where empty), a row is its pieces
    joined, without the first separator, in braces."""
    pieces = []
    for header, values in extras:
        key = ", " + _STR(header) + ": "
        piece = Memo(lambda v, key=key: key + _STR(v) if v else "")
        pieces.append(list(map(piece.__getitem__, values)))
    joined = map(("{}" * len(pieces)).format, *pieces)
    return ["{" + row[2:] + "}" for row in joined]


def _columns(listed: Listed, ids: list[int]) -> dict[str, list[Any]]:
    """Column name -> value per new attendee, for the fields the list gives (the table's defaults do the rest),
    plus id, status and the sort key (the code comes last, see ``insert_new_attendees``)."""
    cols: dict[str, list[Any]] = {"id": ids}
    for name in ATTENDEE_FIELDS:
        if name not in ("id", "code", "extra") and listed.has(name):
            cols[name] = listed.column(name, _DEFAULTS[name])
    if "registered_for" in cols:
        cols["registered_for"] = [_DUMPS(v) if v else "[]" for v in cols["registered_for"]]
    for name in ("attention", "walk_in"):
        if name in cols:
            cols[name] = [int(v) for v in cols[name]]
    if listed.extras:
        cols["extra"] = _extra_json(listed.extras)
    if "status" not in cols:
        cols["status"] = [_DEFAULTS["status"]] * len(ids)
    folded = Memo(fold).__getitem__
    cols["sort_key"] = sort_keys(listed.column("last_name", ""), listed.column("first_name", ""), folded)
    return cols


def insert_new_attendees(store: EventStore, listed: Listed, ids: list[int], signed: Callable[[], dict[int, str]],
                         tick: Callable[[int], None], *, keep: bool = False,
                         defer: bool = False) -> list[dict[str, Any]]:
    """Insert the listed people as new attendees ``ids`` inside the caller's transaction; with ``keep`` returns
    their field values (for the journal). ``signed()`` gives the codes signed for ids the list has none for; it
    is called only after the search index is written, so signing workers and this work overlap. With ``defer``
    the index rows and the codes are left to the next open of the event (``deferred``)."""
    n = len(ids)
    cols = _columns(listed, ids)
    index = [] if defer else search_rows(cols)
    # A big list into a small event: building the attendee indexes once afterwards (by sorting) is ~1 s
    # cheaper per 50,000 rows than updating them row by row. DDL is transactional: a rollback restores them.
    rebuild: list[tuple[str, str]] = []
    if n >= 5000 and n >= store.count_attendees():
        rebuild = store.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                     "tbl_name = 'attendees' AND sql IS NOT NULL").fetchall()
        for name, _sql in rebuild:
            store.conn.execute(f'DROP INDEX "{name}"')
    counter = _pause_counting_trigger(store) if n >= 5000 else None
    chunk = 5000
    fts = "INSERT INTO attendee_fts (rowid, names, organisation, email) VALUES (?, ?, ?, ?)"
    for start in range(0, n, chunk):
        store.conn.executemany(fts, index[start:start + chunk])
        tick(min(start + chunk, n) // 2)
    codes = {} if defer else signed()
    cols["code"] = [code or codes.get(aid, "") for code, aid in zip(listed.column("code", ""), ids, strict=True)]
    out = [{**_DEFAULTS, **listed.fields(i), "id": aid, "code": code}
           for i, (aid, code) in enumerate(zip(ids, cols["code"], strict=True))] if keep else []
    rows = list(zip(*cols.values(), strict=True))
    sql = f"INSERT INTO attendees ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    for start in range(0, n, chunk):
        store.conn.executemany(sql, rows[start:start + chunk])
        tick(n // 2 + min(start + chunk, n) // 2)
    for _name, sql in rebuild:
        store.conn.execute(sql)
    if defer and ids:
        from .deferred import defer as defer_rest

        defer_rest(store, ids[0], ids[-1], codes=bool(store.get_meta("private_key")))
    if counter is not None:
        store.conn.execute("UPDATE search_state SET changes = changes + ? WHERE id = 1", (n,))
        store.conn.execute(counter)
    return out


# The desk search's change counter (migration v050): one UPDATE per inserted row costs ~0.4 s per 50,000 rows.
_COUNTER = "search_attendee_insert"
_COUNTER_BODY = "UPDATE search_state SET changes = changes + 1 WHERE id = 1; END"


def _pause_counting_trigger(store: EventStore) -> str | None:
    """Drop the insert-counting trigger for a bulk insert (the caller adds the count once and re-creates it
    from the returned SQL; DDL is transactional). Only a trigger that does nothing but count is paused."""
    found = store.conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                               (_COUNTER,)).fetchone()
    if found is None or found[0].partition("BEGIN")[2].split() != _COUNTER_BODY.split():
        return None
    store.conn.execute(f'DROP TRIGGER "{_COUNTER}"')
    return found[0]


class JournalWriter:
    """Appends organiser records (e.g. ``attendee_upsert``) inside the caller's transaction."""

    def __init__(self, store: EventStore) -> None:
        self.store = store
        journal = store.journal
        self.station, self.operator = journal.station_id, journal.operator
        conn = store.conn
        self.seq = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM journal WHERE station_id = ?",
                                (self.station,)).fetchone()[0]
        self.lamport = conn.execute("SELECT COALESCE(MAX(lamport), 0) FROM journal").fetchone()[0]
        self.wall = iso(utc_now())
        self.pending: list[tuple] = []
        self.count = 0

    def add(self, kind: str, attendee_id: int | None, data: dict[str, Any], *, apply: bool = True) -> Record:
        self.seq += 1
        self.lamport += 1
        rec = sign(self.store.conn, Record(new_record_id(), self.station, self.operator, self.seq, self.lamport,
                                           self.wall, str(kind), attendee_id, data))  # issue 25: programme
        self.pending.append((rec.record_id, rec.station_id, rec.operator, rec.seq, rec.lamport, rec.wall_time,
                             rec.kind, rec.attendee_id, json.dumps(rec.data, ensure_ascii=False, sort_keys=True)))
        self.count += 1
        if apply:
            self._flush_pending()  # the handler may look the record up
            ledger.apply(self.store, rec)
        return rec

    def _flush_pending(self) -> None:
        if self.pending:
            self.store.conn.executemany(
                f"INSERT INTO journal ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", self.pending)
            add_to_digest(self.store.conn, (row[:2] for row in self.pending))  # issue 25: record-id digests
            self.pending = []

    def flush(self) -> int:
        self._flush_pending()
        return self.count
