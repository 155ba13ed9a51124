"""Bulk writes for imports: new attendees with their search index, and journal records in one go.

``store.add_attendees`` goes through ``Attendee`` objects; this writes the same rows from tuples, with the same
index text (``textfold.names_index`` / ``email_index``) computed once per distinct name and organisation.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from ..journal import COLUMNS, Record, iso, new_record_id, utc_now
from ..model import ATTENDEE_FIELDS
from ..textfold import email_index, index_text, names_index

if TYPE_CHECKING:
    from ..store import EventStore
    from .people import Person

_DEFAULTS: dict[str, Any] = {
    "external_id": None, "salutation": "", "title": "", "first_name": "", "last_name": "", "organisation": "",
    "organisation_type": "", "position": "", "email": "", "phone": "", "country": "", "language": "",
    "category": "guest", "status": "registered", "registered_for": [], "attention": False, "desk_note": "",
    "companion_of": None, "extra": {}, "code": "", "walk_in": False, "replaces": None,
}


_DUMPS = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(v, ensure_ascii=False) without per-call set-up
_STR = json.encoder.encode_basestring  # a JSON string literal, as json.dumps(..., ensure_ascii=False) writes it


def _json(value: Any) -> str:
    return _DUMPS(value) if value else ("[]" if isinstance(value, list) else "{}")


def _extra_json(extra: dict[str, Any]) -> str:
    """``_json`` of an import's extra fields; a flat text-to-text dict (every row's case) is spelled out."""
    if not extra:
        return "{}"
    if all(v.__class__ is str and k.__class__ is str for k, v in extra.items()):
        return "{" + ", ".join(_STR(k) + ": " + _STR(v) for k, v in extra.items()) + "}"
    return _DUMPS(extra)


class _Cached(dict):
    """text -> index text, computed once per distinct value (lists repeat names and organisations)."""

    def __init__(self, fn: Callable[..., str]) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, key: Any) -> str:
        value = self[key] = self.fn(*key) if isinstance(key, tuple) else self.fn(key)
        return value


def insert_new_attendees(store: EventStore, people: list[Person], ids: list[int], signed: dict[int, str],
                         tick: Callable[[int], None], *, keep: bool = False) -> list[dict[str, Any]]:
    """Insert new attendees inside the caller's transaction; with ``keep`` returns their field values (for the
    journal)."""
    cols = ATTENDEE_FIELDS
    sql = f"INSERT INTO attendees ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    fts = "INSERT INTO attendee_fts (rowid, names, organisation, email) VALUES (?, ?, ?, ?)"
    out: list[dict[str, Any]] = []
    row_of = itemgetter(*cols)
    names_ix, org_ix = _Cached(names_index), _Cached(index_text)
    # A big list into a small event: building the attendee indexes once afterwards (by sorting) is ~1 s
    # cheaper per 50,000 rows than updating them row by row. DDL is transactional: a rollback restores them.
    rebuild: list[tuple[str, str]] = []
    if len(people) >= 5000 and len(people) >= store.count_attendees():
        rebuild = store.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                     "tbl_name = 'attendees' AND sql IS NOT NULL").fetchall()
        for name, _sql in rebuild:
            store.conn.execute(f'DROP INDEX "{name}"')
    counter = _pause_counting_trigger(store) if len(people) >= 5000 else None
    chunk = 5000
    for start in range(0, len(people), chunk):
        rows, index = [], []
        for person, aid in zip(people[start:start + chunk], ids[start:start + chunk], strict=True):
            values = {**_DEFAULTS, **person.fields, "id": aid}
            if not values["code"]:
                values["code"] = signed.get(aid, "")
            if keep:
                out.append(dict(values))
            if values["registered_for"]:
                values["registered_for"] = _DUMPS(values["registered_for"])
            else:
                values["registered_for"] = "[]"
            values["extra"] = _extra_json(values["extra"])
            if values["attention"].__class__ is not int:
                values["attention"] = int(values["attention"])
            if values["walk_in"].__class__ is not int:
                values["walk_in"] = int(values["walk_in"])
            rows.append(row_of(values))
            index.append((aid, names_ix[values["title"], values["first_name"], values["last_name"]],
                          org_ix[values["organisation"]], email_index(values["email"])))
        store.conn.executemany(sql, rows)
        store.conn.executemany(fts, index)
        tick(start + len(rows))
    for _name, sql in rebuild:
        store.conn.execute(sql)
    if counter is not None:
        store.conn.execute("UPDATE search_state SET changes = changes + ? WHERE id = 1", (len(people),))
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
        rec = Record(new_record_id(), self.station, self.operator, self.seq, self.lamport, self.wall, str(kind),
                     attendee_id, data)
        self.pending.append((rec.record_id, rec.station_id, rec.operator, rec.seq, rec.lamport, rec.wall_time,
                             rec.kind, rec.attendee_id, json.dumps(data, ensure_ascii=False, sort_keys=True)))
        self.count += 1
        if apply:
            self._flush_pending()  # the handler may look the record up
            self.store.apply(rec)
        return rec

    def _flush_pending(self) -> None:
        if self.pending:
            self.store.conn.executemany(
                f"INSERT INTO journal ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", self.pending)
            self.pending = []

    def flush(self) -> int:
        self._flush_pending()
        return self.count
