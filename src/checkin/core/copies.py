"""Copies of an event file for other stations (desk laptops), made with SQLite's backup API.

A desk copy holds everything a desk needs but not the event's private key: a lost laptop cannot mint
invitations. Instead it gets its own station id and a station key that the event key certifies in a
``station_cert`` journal record; the record is written to the master first, so it travels to every station
with normal sync and the desk's walk-in codes verify everywhere.

Each kind of copy is a preparer in ``COPY_KINDS`` that edits the fresh copy before it is sealed; a later
``helper`` kind (e.g. fewer personal fields) adds one entry there and one CLI flag.
"""

from __future__ import annotations

import base64
import re
import secrets
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from . import codes, ledger
from .failures import Why
from .journal import Kind, iso, utc_now
from .store import EventStore, StoreError

STATION_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")


@dataclass
class CopyRequest:
    kind: str
    station: str
    out: Path
    meta: dict[str, Any] = field(default_factory=dict)  # what the preparer sets in the copy's meta
    # Further edits of the copy (inside the sealing transaction), e.g. a helper copy dropping personal fields.
    edits: list[Callable[[sqlite3.Connection], None]] = field(default_factory=list)


@dataclass(frozen=True)
class CopyResult:
    path: Path
    kind: str
    station: str
    key_id: str = ""


# Runs on the master before the backup (so records it writes are in the copy); returns facts for copies_made.
Preparer = Callable[[EventStore, CopyRequest], dict[str, Any]]


def default_station_name(kind: str = "desk") -> str:
    """"desk-3F2A", "helper-9C01": the Stations screen and the title bar say what the laptop is for."""
    return f"{kind}-{secrets.token_hex(2).upper()}"


def _known_stations(store: EventStore) -> set[str]:
    names = {store.station_id, "master"}
    names |= {r[0] for r in store.conn.execute("SELECT DISTINCT station_id FROM journal")}
    names |= {str(c.get("station")) for c in store.get_meta("copies_made", []) or []}
    return names


def _prepare_desk(store: EventStore, req: CopyRequest) -> dict[str, Any]:
    from .pins import WEAK_PIN_HINT, weak_for_copies

    weak = weak_for_copies(store)
    if weak:  # issue 25: a desk copy carries these hashes; a short PIN falls to offline guessing in hours
        raise StoreError(f"the {' and '.join(weak)} PIN is too weak to go out in a desk copy (anyone with the "
                         f"laptop's file could guess it offline): set it again and {WEAK_PIN_HINT}", Why.WEAK_PIN_FOR_COPY)
    key_id = _station_key(store, req, "desk")
    req.meta["role"] = "desk"
    return {"key_id": key_id}


def _station_key(store: EventStore, req: CopyRequest, role: str) -> str:
    """A key for the copy's station, certified with its name and role; every record the copy writes is signed
    with it (issue 25). Returns the key id."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    cert = codes.certify_station(store, req.station, codes.raw_public(key), role)
    # Into the master's journal first: every station that syncs with master or with this copy learns it.
    ledger.record(store, Kind.STATION_CERT, None, cert)
    req.meta.update({"station_id": req.station,
                     "station_private_key": base64.b64encode(codes.raw_private(key)).decode(),
                     "station_key_id": cert["key_id"]})
    return cert["key_id"]


def _prepare_helper(store: EventStore, req: CopyRequest) -> dict[str, Any]:
    """``checkin copy PATH OUT --helper`` (issue 13): no e-mails, phones, desk notes, extra fields, keys."""
    from .roles import HELPER, HELPER_HIDDEN

    key_id = _station_key(store, req, "helper")  # signs the helper's door scans; certified as a helper's only
    req.meta.update({"role": HELPER, "station_id": req.station})
    req.edits.append(_helper_edit)
    req.edits.append(_drop_pin_hashes)
    return {"hidden_fields": list(HELPER_HIDDEN), "key_id": key_id}


def _helper_edit(conn: sqlite3.Connection) -> None:
    from .roles import HELPER_HIDDEN, guard_sql, reset_search_terms, strip_journal

    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("UPDATE attendees SET email = '', phone = '', desk_note = '', extra = '{}'")
    conn.execute("UPDATE attendee_fts SET email = ''")
    strip_journal(conn, frozenset(HELPER_HIDDEN))
    reset_search_terms(conn)
    for statement in guard_sql("helper_guard", HELPER_HIDDEN, HELPER_HIDDEN):
        conn.execute(statement)


def _drop_pin_hashes(conn: sqlite3.Connection) -> None:
    """Issue 25: a helper copy checks no organiser or desk PIN, so it holds no hash of them to guess, and
    cannot open full (desk) bundles."""
    conn.execute("DELETE FROM meta WHERE key IN ('organiser_pin_hash', 'desk_pin_hash', 'pin_attempts', "
                 "'pin_strength', 'staff_secret')")


COPY_KINDS: Mapping[str, Preparer] = MappingProxyType({"desk": _prepare_desk, "helper": _prepare_helper})


def make_copy(store: EventStore, out: str | Path, *, kind: str = "desk", station: str | None = None,
              passphrase: str | None = None) -> CopyResult:
    """Write a copy of ``store`` for another station; records in the master's meta that it went out."""
    if kind not in COPY_KINDS:
        raise StoreError(f"unknown kind of copy: {kind}")
    if not codes.has_event_key(store):
        raise StoreError("this file holds no event key (it is a desk copy): make copies from the organiser's file",
                         Why.NOT_MASTER)
    from .roles import require

    require(store, "copy", f"making a {kind} copy")  # e.g. a master whose GUI was switched down to helper
    out = Path(out)
    if out.is_dir():
        out = out / f"{store.path.stem}-{station or kind}.checkin"
    if out.exists():
        raise StoreError(f"{out} exists already; choose another name", Why.FILE_EXISTS, path=out)
    station = station or default_station_name(kind)
    if not STATION_RE.match(station):
        raise StoreError(f"station name {station!r}: use letters, digits, '.', '_' or '-' (up to 40)",
                         Why.BAD_STATION_NAME, name=station)
    if station in _known_stations(store):
        raise StoreError(f"station name {station!r} is taken; choose another", Why.STATION_NAME_TAKEN, name=station)
    req = CopyRequest(kind, station, out)
    # Copies carry the event's sync secret, so desk copies of one master are paired already.
    from .sync.secret import ensure_secret, ensure_staff_secret

    ensure_secret(store)
    ensure_staff_secret(store)  # issue 25: desk copies keep it, helper copies lose it
    extra = COPY_KINDS[kind](store, req)
    if passphrase:  # issue 13: encrypted at rest, sealed in memory, never in clear on disk
        from .encryption import write_encrypted_copy

        write_encrypted_copy(store, out, lambda conn: _seal_conn(conn, req), passphrase)
        extra["encrypted"] = True
    else:
        _backup(store, out)
    try:
        if not passphrase:
            _seal(out, req)
    except BaseException:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{out}{suffix}").unlink(missing_ok=True)
        raise
    made = list(store.get_meta("copies_made", []) or [])
    made.append({"station": station, "kind": kind, "at": iso(utc_now()), "path": str(out.resolve()), **extra})
    store.set_meta("copies_made", made)
    return CopyResult(out, kind, station, str(extra.get("key_id", "")))


def _backup(store: EventStore, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    target = sqlite3.connect(str(out), isolation_level=None)
    try:
        store.conn.backup(target)  # consistent even while desks write to the master (WAL included)
    except BaseException:
        target.close()
        out.unlink(missing_ok=True)
        raise
    target.close()


def _seal(out: Path, req: CopyRequest) -> None:
    """Remove the event private key so that no byte of it survives (free pages, WAL), then set the meta."""
    conn = sqlite3.connect(str(out), isolation_level=None)
    try:
        _seal_conn(conn, req)
    finally:
        conn.close()


def _seal_conn(conn: sqlite3.Connection, req: CopyRequest) -> None:
    """The sealing itself, on any connection (an encrypted copy is sealed in memory: see core/encryption)."""
    import json

    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("BEGIN IMMEDIATE")
    # A copy is bound to the computer that first opens it (issue 25), under its own station id.
    conn.execute("DELETE FROM meta WHERE key IN ('private_key', 'copies_made', 'installation', 'station_root', "
                 "'station_history')")
    conn.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [(k, json.dumps(v, ensure_ascii=False)) for k, v in
         {**req.meta, "copy_kind": req.kind, "copied_at": iso(utc_now())}.items()])
    for edit in req.edits:
        edit(conn)
    conn.execute("COMMIT")
    conn.execute("VACUUM")  # rewrites every page: nothing of the deleted key stays in free space
    conn.execute("PRAGMA journal_mode = WAL")
