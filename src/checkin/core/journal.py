"""The append-only journal: what happened at the venue, and the fold that derives arrivals from it.

A record is immutable. Merging journals is a set union keyed by ``record_id``; everything else (arrivals,
double admissions, corrected attendee fields) is derived, so merge order never changes the outcome.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    CHECKIN = "checkin"  # data: day, point, source (scan/search/paper/...), override (reason) optional
    UNDO = "undo"  # data: undoes (record_id of a checkin)
    WALKIN = "walkin"  # data: attendee fields of a person registered at the desk
    CORRECTION = "correction"  # data: fields (new values), original (old values)
    SUBSTITUTION = "substitution"  # data: fields of the person who came, replaces (invited id)
    COMPANION = "companion"  # data: attendee fields, companion_of
    BADGE_PRINT = "badge_print"  # data: layout, printer
    BADGE_COLLECTED = "badge_collected"
    HANDOUT = "handout"  # data: item, action (issue/return), deposit
    SESSION_ENTRY = "session_entry"  # data: session_id
    SESSION_EXIT = "session_exit"  # data: session_id
    ATTENTION_ACK = "attention_ack"  # data: of (record_id of the arrival that raised the notice)
    ATTENDEE_UPSERT = "attendee_upsert"  # organiser change: data: fields
    CODE_REISSUE = "code_reissue"  # data: code, revoked (old code)
    SESSION_UPSERT = "session_upsert"  # organiser change: data: session fields (moved rooms, times)
    MEETING_UPSERT = "meeting_upsert"  # organiser change: data: meeting fields, participants
    LAYOUT = "layout"  # organiser change: data: name, layout
    PURGE = "purge"  # personal data removed from the event
    STATION_CERT = "station_cert"  # data: station, key_id, public_key, signature (event key vouches)
    STATION_REVOKE = "station_revoke"  # data: key_id, station, upto_seq, reason (issue 25: a lost laptop)
    # issue 23, matchmaking on the day (see core/matchmaking):
    MEETING_MARK = "meeting_mark"  # data: meeting_id, state (held / no_show / planned = mark cleared)
    MEETING_SCAN = "meeting_scan"  # data: meeting_id; the guest was scanned at the matchmaking area
    MEETING_REMATCH = "meeting_rematch"  # data: meeting_id (new), replaces, fields (as meeting_upsert)


# Kinds that set attendee fields; applied as registers per field (see core/registers.py).
ATTENDEE_FIELD_KINDS = frozenset({
    Kind.WALKIN, Kind.CORRECTION, Kind.SUBSTITUTION, Kind.COMPANION, Kind.ATTENDEE_UPSERT, Kind.CODE_REISSUE,
})


@dataclass(frozen=True, slots=True)
class Record:
    record_id: str
    station_id: str
    operator: str
    seq: int
    lamport: int
    wall_time: str  # UTC, ISO 8601 with offset
    kind: str
    attendee_id: int | None
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "record_id": self.record_id, "station_id": self.station_id, "operator": self.operator,
            "seq": self.seq, "lamport": self.lamport, "wall_time": self.wall_time, "kind": self.kind,
            "attendee_id": self.attendee_id, "data": self.data,
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Record:
        return cls(
            record_id=str(obj["record_id"]), station_id=str(obj["station_id"]),
            operator=str(obj.get("operator", "")), seq=int(obj["seq"]), lamport=int(obj["lamport"]),
            wall_time=str(obj["wall_time"]), kind=str(obj["kind"]),
            attendee_id=None if obj.get("attendee_id") is None else int(obj["attendee_id"]),
            data=dict(obj.get("data") or {}),
        )

    @classmethod
    def from_row(cls, row: sqlite3.Row | tuple) -> Record:
        rid, station, operator, seq, lamport, wall, kind, attendee, data = tuple(row)[:9]
        return cls(rid, station, operator, seq, lamport, wall, kind, attendee, json.loads(data or "{}"))


COLUMNS = "record_id, station_id, operator, seq, lamport, wall_time, kind, attendee_id, data"
# A clash on (station_id, seq) with another record_id is a real error (two files claiming one station name)
# and raises instead of silently dropping a record.
_INSERT = f"INSERT INTO journal ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(record_id) DO NOTHING"
_encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # built once: dumps() builds one a call
_FLAT = frozenset({str, int, float, bool, type(None)})


@functools.lru_cache(maxsize=4096)
def _encode_flat(items: tuple[tuple[str, type, Any], ...]) -> str:
    # Flat data repeats (check-ins: a few day/point/source combinations); the class is part of the key
    # because True and 1 are equal but encode differently.
    return _encode({k: v for k, _cls, v in items})


def _encode_data(data: dict[str, Any]) -> str:
    if all(v.__class__ in _FLAT for v in data.values()):
        return _encode_flat(tuple((k, v.__class__, v) for k, v in data.items()))
    return _encode(data)  # a list or dict inside


def _row(rec: Record) -> tuple:
    return (rec.record_id, rec.station_id, rec.operator, rec.seq, rec.lamport, rec.wall_time, rec.kind,
            rec.attendee_id, _encode_data(rec.data))


_HEX = "0123456789abcdef"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_DIGEST = ("INSERT INTO journal_digest (station_id, n, a, b) VALUES (?, ?, ?, ?) ON CONFLICT(station_id) "
           "DO UPDATE SET n = n + excluded.n, a = a + excluded.a, b = b + excluded.b")


def _hex8(text: str) -> int:
    # Exactly the SQL of migration 171: a missing character counts 0, a character that is no hex digit -1.
    total = 0
    for i in range(8):
        c = text[i] if i < len(text) else ""
        total += (_HEX.find(c.lower()) if c else 0) * 16 ** (7 - i)
    return total


def id_bits(record_id: str) -> tuple[int, int]:
    """The two 32-bit numbers a record id adds to its station's digest (characters 1-8 and 25-32)."""
    if _UUID.fullmatch(record_id):
        return int(record_id[0:8], 16), int(record_id[24:32], 16)
    return _hex8(record_id[0:8]), _hex8(record_id[24:32])


def add_to_digest(conn: sqlite3.Connection, records: Iterable[tuple[str, str]]) -> None:
    """Count newly inserted records, (record_id, station_id) pairs, into ``journal_digest`` (issue 25)."""
    totals: dict[str, list[int]] = {}
    for record_id, station in records:
        a, b = id_bits(record_id)
        t = totals.setdefault(station, [0, 0, 0])
        t[0] += 1
        t[1] += a
        t[2] += b
    conn.executemany(_DIGEST, [(station, *t) for station, t in totals.items()])


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(dt: datetime) -> str:
    if dt.tzinfo is None:
        raise ValueError("naive datetime: journal times carry an offset")
    return dt.astimezone(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True, slots=True)
class Arrival:
    attendee_id: int
    day: str
    point: str
    record_id: str
    at: str
    station_id: str
    admissions: int  # >1: admitted at more than one desk while apart (a double admission)
    stations: tuple[str, ...] = ()


def _sort_key(rec: Record) -> tuple[str, str]:
    # Earliest by wall time; record_id breaks ties so every station picks the same winner.
    return (datetime.fromisoformat(rec.wall_time).astimezone(UTC).isoformat(), rec.record_id)


def derive_arrivals(records: Iterable[Record]) -> dict[tuple[int, str, str], Arrival]:
    """Fold check-in and undo records into the first arrival per (attendee, day, point)."""
    checkins: dict[str, Record] = {}
    undone: set[str] = set()
    for rec in records:
        if rec.kind == Kind.CHECKIN and rec.attendee_id is not None:
            checkins[rec.record_id] = rec
        elif rec.kind == Kind.UNDO:
            undone.add(str(rec.data.get("undoes", "")))
    groups: dict[tuple[int, str, str], list[Record]] = {}
    for rid, rec in checkins.items():
        if rid in undone:
            continue
        key = (int(rec.attendee_id or 0), str(rec.data.get("day", "")), str(rec.data.get("point", "main")))
        groups.setdefault(key, []).append(rec)
    out = {}
    for key, recs in groups.items():
        recs.sort(key=_sort_key)
        first = recs[0]
        out[key] = Arrival(
            attendee_id=key[0], day=key[1], point=key[2], record_id=first.record_id, at=first.wall_time,
            station_id=first.station_id, admissions=len(recs),
            stations=tuple(sorted({r.station_id for r in recs})),
        )
    return out


def _instant(wall_time: str) -> datetime:
    """Orders like _sort_key's UTC text (aware times compare as instants) without formatting it."""
    dt = datetime.fromisoformat(wall_time)
    return dt if dt.tzinfo is not None else dt.astimezone(UTC)


ArrivalRow = tuple[int, str, str, str, str, str, int]  # a row of table arrivals, in its column order


def add_checkins(arrivals: dict[tuple[int, str, str], ArrivalRow], checkins: Iterable[Record]) -> list[ArrivalRow]:
    """derive_arrivals(old + checkins) from derive_arrivals(old) and check-ins nobody undid (no journal read).

    ``arrivals`` holds the current rows by (attendee, day, point); the changed rows come back. Each new
    check-in adds one admission; the earliest (same order as derive_arrivals) stays the arrival. Rows, not
    Arrival objects: a sync folds in thousands.
    """
    checkin = Kind.CHECKIN.value
    firsts: dict[tuple[int, str, str], tuple[datetime, str, Record]] = {}
    counts: dict[tuple[int, str, str], int] = {}
    for rec in checkins:
        if rec.kind != checkin or rec.attendee_id is None:
            continue
        data = rec.data
        key = (int(rec.attendee_id), str(data.get("day", "")), str(data.get("point", "main")))
        mine = (_instant(rec.wall_time), rec.record_id, rec)
        best = firsts.get(key)
        if best is None or mine[:2] < best[:2]:
            firsts[key] = mine
        counts[key] = counts.get(key, 0) + 1
    out = []
    for key, (at, rid, first) in firsts.items():
        old = arrivals.get(key)
        if old is None:
            out.append((*key, first.record_id, first.wall_time, first.station_id, counts[key]))
        elif (_instant(old[4]), old[3]) < (at, rid):
            out.append((*key, old[3], old[4], old[5], old[6] + counts[key]))
        else:
            out.append((*key, first.record_id, first.wall_time, first.station_id, old[6] + counts[key]))
    return out


def new_record_id() -> str:
    return str(uuid.uuid4())


class Journal:
    """Reads and writes records in an event file's connection (owned by EventStore; ``core.ledger`` decides
    what is written)."""

    def __init__(self, conn: sqlite3.Connection, station_id: str, operator: str = "") -> None:
        self.conn = conn
        self.station_id = station_id
        self.operator = operator
        self.claimed = False  # this file is bound to this installation (issue 25; core.ledger claims it once)

    def next_record(
        self, kind: str, attendee_id: int | None = None, data: dict[str, Any] | None = None,
        *, at: datetime | None = None, operator: str | None = None,
    ) -> Record:
        """This station's next record (its seq and lamport), not yet written: call inside the write transaction
        that inserts it (``core.ledger`` checks the role and signs it in between)."""
        seq = self.conn.execute(
            "SELECT COALESCE(MAX(seq), 0) + 1 FROM journal WHERE station_id = ?", (self.station_id,)
        ).fetchone()[0]
        lamport = self.conn.execute("SELECT COALESCE(MAX(lamport), 0) + 1 FROM journal").fetchone()[0]
        return Record(
            record_id=new_record_id(), station_id=self.station_id,
            operator=self.operator if operator is None else operator, seq=seq, lamport=lamport,
            wall_time=iso(at or utc_now()), kind=str(kind), attendee_id=attendee_id, data=dict(data or {}),
        )

    def insert(self, rec: Record) -> bool:
        """Write one record (inside the caller's transaction; durable at its commit: synchronous=FULL)."""
        return self._insert(rec)

    def _insert(self, rec: Record) -> bool:
        cur = self.conn.execute(_INSERT, _row(rec))
        if cur.rowcount == 1:
            add_to_digest(self.conn, [(rec.record_id, rec.station_id)])
        return cur.rowcount == 1

    def insert_new(self, records: Iterable[Record]) -> list[Record]:
        """Insert records not yet known (inside the caller's transaction); returns the new ones.

        One executemany for the lot (a sync brings thousands; a statement each was most of a merge's time).
        Rowids only grow and nobody else writes inside the transaction, so if some were known already, the
        new ones are exactly the rows past the highest rowid from before.
        """
        first: dict[str, Record] = {}
        for rec in records:
            first.setdefault(rec.record_id, rec)  # a record sent twice counts once
        batch = list(first.values())
        top = self.conn.execute("SELECT COALESCE(MAX(rowid), 0) FROM journal").fetchone()[0]
        self.conn.executemany(_INSERT, map(_row, batch))
        # Counted by rowid, not by total_changes: triggers on the journal (digest, a helper copy's guard) count
        # as changes too.
        if self.conn.execute("SELECT COUNT(*) FROM journal WHERE rowid > ?", (top,)).fetchone()[0] == len(batch):
            new = batch
        else:
            fresh = {r[0] for r in self.conn.execute("SELECT record_id FROM journal WHERE rowid > ?", (top,))}
            new = [rec for rec in batch if rec.record_id in fresh]
        add_to_digest(self.conn, ((rec.record_id, rec.station_id) for rec in new))
        return new

    def get(self, record_id: str) -> Record | None:
        row = self.conn.execute(f"SELECT {COLUMNS} FROM journal WHERE record_id = ?", (record_id,)).fetchone()
        return Record.from_row(row) if row else None

    def records(
        self, *, kind: str | None = None, attendee_id: int | None = None, station_id: str | None = None,
        after_seq: int = 0,
    ) -> list[Record]:
        sql = f"SELECT {COLUMNS} FROM journal WHERE 1=1"
        args: list[Any] = []
        if kind is not None:
            sql += " AND kind = ?"
            args.append(str(kind))
        if attendee_id is not None:
            sql += " AND attendee_id = ?"
            args.append(attendee_id)
        if station_id is not None:
            sql += " AND station_id = ? AND seq > ?"
            args += [station_id, after_seq]
        sql += " ORDER BY lamport, station_id, seq"
        return [Record.from_row(r) for r in self.conn.execute(sql, args)]

    def version_vector(self) -> dict[str, int]:
        """Highest contiguous-or-not sequence number seen per station (what a peer has of each)."""
        return dict(self.conn.execute("SELECT station_id, MAX(seq) FROM journal GROUP BY station_id"))

    def missing_for(self, vector: dict[str, int]) -> list[Record]:
        """Records the holder of ``vector`` lacks (anti-entropy)."""
        out: list[Record] = []
        for station, top in self.version_vector().items():
            if top > vector.get(station, 0):
                out += self.records(station_id=station, after_seq=vector.get(station, 0))
        return out

    def count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM journal").fetchone()[0]
