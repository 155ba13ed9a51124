"""Every journal record carries its author's signature (issue 25).

``sign`` gives each record a station writes ``data["sig"]``::

    {"by": "event" | <station key id, hex>, "prev": <link of the station's previous record or "">,
     "hid": <digests of the full data and the helper's view, or "">, "s": <Ed25519 signature, base64>}

The organiser's master signs with the event key ("by": "event"), a desk or helper copy with its station key,
which the event key certified with the station's name and role (a ``station_cert`` record). The signature
covers record id, station, operator, seq, lamport, time, kind, attendee, the signer, ``prev``, ``hid`` and the
data as a purge leaves it (without names, contact data, notes); ``hid`` holds digests of the full data and of
the data as a helper holds it (without e-mails, phones, desk notes, extra fields). So a desk checks the whole
record, a helper, which receives it cut down, checks what it holds, and a record relayed after the event's purge
still checks.

``prev`` chains a station's records: the link (a hash of message and signature) of the record one seq before.
A station receiving a run of records from one signer checks the signature of the run's last record and follows
the links backwards (a hash each): one Ed25519 verification per station and batch, not per record, so signing
costs a sync almost nothing (``sync.provenance`` checks).

Records written before this version carry no ``sig`` (a purge or programme change may carry the older
``event_sig``, still honoured). They stay in the files that hold them; on the wire, see ``sync.provenance``.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .journal import Record, _encode_data

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

SIGNED_KINDS = frozenset({"purge", "session_upsert", "meeting_upsert", "layout"})  # need the event key
SIG = "sig"
SIG_KEY = "event_sig"  # the older signature of organiser records (before every record was signed)
EVENT_SIGNER = "event"
_CONTEXT = b"checkin-record-v1\x00"
_CONTEXT_V2 = b"checkin-record-v2\x00"
_STR = json.encoder.encode_basestring  # a JSON string literal (non-ASCII kept), as json.dumps writes it
def message(rec: Record) -> bytes:
    """What the older ``event_sig`` signs (kept to check records from before every record was signed)."""
    from .roles import HELPER_HIDDEN, strip_keys

    data = strip_keys({k: v for k, v in rec.data.items() if k not in (SIG_KEY, SIG)}, frozenset(HELPER_HIDDEN))
    body = [rec.record_id, rec.station_id, rec.seq, rec.lamport, rec.wall_time, rec.kind, rec.attendee_id, data]
    return _CONTEXT + json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def content(data: dict[str, Any]) -> dict[str, Any]:
    """A record's data without its signature (what the record says)."""
    return {k: v for k, v in data.items() if k != SIG}


# --- the signed message ---------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def _levels() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """(keys a helper never holds, keys a purge removes, a pattern finding any of them as a key in JSON text)."""
    from .personal_keys import JOURNAL_KEYS
    from .roles import HELPER_HIDDEN

    helper, purged = frozenset(HELPER_HIDDEN), frozenset(JOURNAL_KEYS) | frozenset(HELPER_HIDDEN)
    return helper, purged, re.compile('"(?:' + "|".join(sorted(purged)) + ')"')


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _views(data: dict[str, Any]) -> tuple[str, str, str]:
    """The data (without ``sig``) as JSON text in full, as a helper holds it, and as a purge leaves it."""
    from .roles import strip_keys

    body = {k: v for k, v in data.items() if k != SIG}
    # The journal's own encoding (sorted keys), with its memo of the few data shapes check-ins repeat.
    full = _encode_data(body)
    helper_keys, purged_keys, marks = _levels()
    if marks.search(full) is None:  # most records (check-ins, door scans): nothing to strip
        return full, full, full
    return full, _encode_data(strip_keys(body, helper_keys)), _encode_data(strip_keys(body, purged_keys))


def visible_part(data: dict[str, Any]) -> tuple[str, str]:
    """(what the signature covers in full: the data as a purge leaves it, ``hid``).

    ``hid`` = "<digest of the full data>.<digest of the helper's view>", each "" where that view adds nothing,
    "" when both do: so a desk checks every field, a helper what it holds, and a purged file what is left.
    """
    full, helper, purged = _views(data)
    outer = _digest(full) if full != helper else ""
    inner = _digest(helper) if helper != purged else ""
    return purged, f"{outer}.{inner}" if outer or inner else ""


def received_part(data: dict[str, Any], hid: str) -> str | None:
    """The covered text of ``data`` as received (full, cut down for a helper, or purged), or None when a part
    it still holds does not match its digest in ``hid`` (altered after signing)."""
    full, helper, purged = _views(data)
    outer, _, inner = hid.partition(".")
    if full != helper and _digest(full) != outer:
        return None
    if helper != purged and _digest(helper) != inner:
        return None
    return purged


def signed_message(rec: Record, signer: str, prev: str, hid: str, visible: str) -> bytes:
    # Compact JSON of [record_id, station_id, operator, seq, lamport, wall_time, kind, attendee_id, signer, prev,
    # hid], written field by field (a merge checks thousands; json.dumps of the list cost twice as much).
    attendee = "null" if rec.attendee_id is None else str(int(rec.attendee_id))
    head = (f"[{_STR(rec.record_id)},{_STR(rec.station_id)},{_STR(rec.operator)},{int(rec.seq)},{int(rec.lamport)},"
            f"{_STR(rec.wall_time)},{_STR(rec.kind)},{attendee},{_STR(signer)},{_STR(prev)},{_STR(hid)}]")
    return _CONTEXT_V2 + head.encode("utf-8") + b"\x00" + visible.encode("utf-8")


def link(signed: bytes, signature: bytes) -> str:
    """What the next record of the same station names as ``prev``."""
    return hashlib.sha256(signed + signature).hexdigest()[:32]


@dataclass(frozen=True)
class Signature:
    """A record's ``sig``, read and checked for shape (not yet verified)."""

    signer: str
    prev: str
    hid: str
    signature: bytes

    @classmethod
    def of(cls, rec: Record) -> Signature | None:
        raw = rec.data.get(SIG)
        if not isinstance(raw, dict):
            return None
        signer, prev, hid, s = raw.get("by"), raw.get("prev", ""), raw.get("hid", ""), raw.get("s")
        if type(signer) is not str or type(prev) is not str or type(hid) is not str or type(s) is not str:
            return None
        try:
            signature = binascii.a2b_base64(s)  # a merge reads thousands: the plain decoder, the length checked
        except (binascii.Error, ValueError):
            return None
        return cls(signer, prev, hid, signature) if len(signature) == 64 else None


# --- signing ---------------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=8)
def _key(raw_b64: str) -> Ed25519PrivateKey:
    # Cached by the key's text: a check-in signs one record, an import thousands; building the key object
    # (a scalar multiplication) each time would cost more than the signature.
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(raw_b64))


def signing_key(conn: sqlite3.Connection) -> tuple[str, Ed25519PrivateKey] | None:
    """(signer name, private key) of this file: the event key on the master, the station key on a copy."""
    found = {k: json.loads(v) for k, v in conn.execute(
        "SELECT key, value FROM meta WHERE key IN ('private_key', 'station_private_key', 'station_key_id')")}
    if found.get("private_key"):
        return EVENT_SIGNER, _key(str(found["private_key"]))
    if found.get("station_private_key") and found.get("station_key_id"):
        return str(found["station_key_id"]), _key(str(found["station_private_key"]))
    return None  # a file from before station keys (or a bare test file): its records go unsigned


def _prev_link(conn: sqlite3.Connection, rec: Record) -> str:
    row = conn.execute("SELECT record_id, station_id, operator, seq, lamport, wall_time, kind, attendee_id, data "
                       "FROM journal WHERE station_id = ? AND seq = ? ORDER BY record_id LIMIT 1",
                       (rec.station_id, rec.seq - 1)).fetchone()
    if row is None:
        return ""  # the first record, or one whose predecessor is not written yet (a bulk writer's batch)
    prev = Record.from_row(row)
    sig = Signature.of(prev)
    if sig is None:
        return ""
    visible = received_part(prev.data, sig.hid)
    if visible is None:
        return ""
    return link(signed_message(prev, sig.signer, sig.prev, sig.hid, visible), sig.signature)


def _own_name(conn: sqlite3.Connection, station: str) -> None:
    """A station key signs only under its own station name (or ``name.<suffix>``, the same copy opened on another
    laptop): other stations would refuse the record, so it is refused here, before anything is written."""
    names = {k: str(json.loads(v)) for k, v in conn.execute(
        "SELECT key, value FROM meta WHERE key IN ('station_id', 'station_root')")}
    own = names.get("station_id", "")
    base = names.get("station_root") or own
    if own and station != own and station != base and not station.startswith(base + "."):
        from .failures import Why
        from .store import StoreError

        raise StoreError(f"this copy signs as station {base}: a record under the name {station} would be "
                         "refused by every other station (leave out --station)", Why.SIGNS_AS_OTHER_STATION,
                         station=base, name=station)


def sign(conn: sqlite3.Connection, rec: Record) -> Record:
    """``rec`` signed by this file's key (unchanged when the file holds none)."""
    key = signing_key(conn)
    if key is None:
        return rec
    signer, private = key
    if signer != EVENT_SIGNER:
        _own_name(conn, rec.station_id)
    data = {k: v for k, v in rec.data.items() if k != SIG}
    rec = replace(rec, data=data)
    prev = _prev_link(conn, rec)
    visible, hid = visible_part(data)
    signature = private.sign(signed_message(rec, signer, prev, hid, visible))
    return replace(rec, data={**data, SIG: {"by": signer, "prev": prev, "hid": hid,
                                             "s": base64.b64encode(signature).decode("ascii")}})


# --- checking --------------------------------------------------------------------------------------------
def verify_one(public: bytes, signed: bytes, signature: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature

    try:
        _public(public).verify(signature, signed)
    except (InvalidSignature, ValueError):
        return False
    return True


@functools.lru_cache(maxsize=64)
def _public(raw: bytes) -> Any:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    return Ed25519PublicKey.from_public_bytes(raw)


def signed_by_event(rec: Record, event_public: bytes) -> bool:
    """True if the event key signed ``rec`` (in ``sig``, or the older ``event_sig``)."""
    if not event_public:
        return False
    sig = Signature.of(rec)
    if sig is not None:
        if sig.signer != EVENT_SIGNER:
            return False
        visible = received_part(rec.data, sig.hid)
        if visible is None:
            return False
        return verify_one(event_public, signed_message(rec, sig.signer, sig.prev, sig.hid, visible),
                          sig.signature)
    raw: Any = rec.data.get(SIG_KEY)
    if not isinstance(raw, str):
        return False
    try:
        signature = base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        return False
    return verify_one(event_public, message(rec), signature)


def sign_run(conn: sqlite3.Connection, records: list[Record]) -> list[Record]:
    """Consecutive new records of this file's station (seq n, n+1, ...), signed and chained as ``sign`` would one
    by one after each insert: for writers that insert a batch at once (a script, the benchmarks)."""
    key = signing_key(conn)
    if key is None or not records:
        return records
    signer, private = key
    out, prev = [], _prev_link(conn, records[0])
    for rec in records:
        data = {k: v for k, v in rec.data.items() if k != SIG}
        rec = replace(rec, data=data)
        visible, hid = visible_part(data)
        signed = signed_message(rec, signer, prev, hid, visible)
        signature = private.sign(signed)
        out.append(replace(rec, data={**data, SIG: {"by": signer, "prev": prev, "hid": hid,
                                                     "s": base64.b64encode(signature).decode("ascii")}}))
        prev = link(signed, signature)
    return out
