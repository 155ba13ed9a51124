"""Signed invitation codes (Ed25519), verified offline; keyboard-layout repair; foreign tickets; revocation.

Formats, Base32 without padding (A-Z, 2-7: QR alphanumeric, no '+', '=' or space, no dead keys anywhere):
    v1 event code    1 | event tag 4 | attendee 5 | signature 64                     = 74 bytes, 119 chars
    v2 reissued      2 | event tag 4 | attendee 5 | generation 1 | signature 64      = 75 bytes, 120 chars
    v3 station code  3 | event tag 4 | station key id 4 | attendee 5 | gen 1 | sig 64 = 79 bytes, 127 chars
The signature covers everything before it. v3 is signed by a station key; the event key certifies that key in
a ``station_cert`` journal record, which syncs to every station like any other record, so a 4-byte key id in
the code is enough (a certificate inside the code would not fit the 130-character budget).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from . import ledger
from .keyboard_layouts import iter_candidates

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from .journal import Record
    from .store import EventStore

VERSION = 1
V_REISSUED = 2
V_STATION = 3
_HEADER = MappingProxyType({VERSION: 10, V_REISSUED: 11, V_STATION: 15})
_SIG = 64
_CERT_CONTEXT = b"checkin-station-cert\x00"
_CERT_CONTEXT_V2 = b"checkin-station-cert-v2\x00"  # with the station's role (issue 25)
MAX_LENGTH = 130


class CodeStatus(StrEnum):
    VALID = "valid"
    INVALID = "invalid"
    WRONG_EVENT = "wrong_event"
    REVOKED = "revoked"
    FOREIGN = "foreign"


@dataclass(frozen=True)
class CodeCheck:
    status: CodeStatus
    attendee_id: int | None = None
    text: str = ""  # the code as it verified (after any keyboard-layout repair)
    issuer: str = ""  # "event", a station id, or "" (foreign/invalid)
    reason: str = ""  # why a code did not verify, for logs (e.g. "unknown_station_key")


@dataclass(frozen=True)
class Parsed:
    version: int
    tag: bytes
    key_id: bytes
    attendee_id: int
    generation: int
    signed: bytes
    signature: bytes


# --- encoding ----------------------------------------------------------------------------------------
def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def _unb32(text: str) -> bytes:
    return base64.b32decode(text + "=" * (-len(text) % 8))


def event_tag(public_key: bytes) -> bytes:
    return hashlib.sha256(public_key).digest()[:4]


def key_id(public_key: bytes) -> bytes:
    return hashlib.sha256(b"station" + public_key).digest()[:4]


def parse(text: str) -> Parsed | None:
    """Structure of a code in our format (no signature check), or None."""
    if not 100 <= len(text) <= MAX_LENGTH:
        return None
    try:
        raw = _unb32(text)
    except (binascii.Error, ValueError):
        return None
    # Only the canonical spelling: otherwise a changed last character (its unused low bits) would still verify.
    if not raw or _b32(raw) != text:
        return None
    header = _HEADER.get(raw[0])
    if header is None or len(raw) != header + _SIG:
        return None
    version = raw[0]
    kid = raw[5:9] if version == V_STATION else b""
    at = 9 if version == V_STATION else 5
    generation = raw[at + 5] if version != VERSION else 0
    return Parsed(version, raw[1:5], kid, int.from_bytes(raw[at:at + 5], "big"), generation, raw[:header],
                  raw[header:])


def _encode(private: Ed25519PrivateKey, version: int, tag: bytes, attendee_id: int, generation: int = 0,
            kid: bytes = b"") -> str:
    if not 0 <= attendee_id < 2 ** 40:
        raise ValueError(f"attendee id out of range: {attendee_id}")
    header = bytes([version]) + tag + kid + attendee_id.to_bytes(5, "big")
    if version != VERSION:
        header += bytes([generation & 0xFF])
    return _b32(header + private.sign(header))


# --- keys ----------------------------------------------------------------------------------------------
def ensure_event_keys(store: EventStore) -> None:
    """Give the event a signing key pair if it has none (organiser copies only)."""
    if store.get_meta("public_key"):
        return
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    _save_keys(store, Ed25519PrivateKey.generate())


def set_event_keys_from_seed(store: EventStore, seed: bytes) -> None:
    """Deterministic keys (demo events): the same seed gives the same event."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    _save_keys(store, Ed25519PrivateKey.from_private_bytes(hashlib.sha256(seed).digest()))


def raw_private(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization as ser

    return key.private_bytes(ser.Encoding.Raw, ser.PrivateFormat.Raw, ser.NoEncryption())


def raw_public(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization as ser

    return key.public_key().public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)


def _save_keys(store: EventStore, key: Ed25519PrivateKey) -> None:
    store.set_meta("private_key", base64.b64encode(raw_private(key)).decode())
    store.set_meta("public_key", base64.b64encode(raw_public(key)).decode())


def _load_private(b64: str) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(b64))


def has_event_key(store: EventStore) -> bool:
    return bool(store.get_meta("private_key"))


def _private(store: EventStore) -> Ed25519PrivateKey:
    raw = store.get_meta("private_key")
    if not raw:
        raise PermissionError("this copy of the event holds no signing key (desk copy)")
    return _load_private(raw)


def _public_bytes(store: EventStore) -> bytes:
    return base64.b64decode(store.get_meta("public_key"))


def _verify_sig(public: bytes, signature: bytes, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


# --- issuing -------------------------------------------------------------------------------------------
def make_code(private: Ed25519PrivateKey, public: bytes, attendee_id: int) -> str:
    return _encode(private, VERSION, event_tag(public), attendee_id)


def issue_code(store: EventStore, attendee_id: int) -> str:
    """The attendee's first invitation code, signed by the event key (organiser copies only)."""
    return make_code(_private(store), _public_bytes(store), attendee_id)


def issue_station_code(store: EventStore, attendee_id: int, generation: int = 0) -> str:
    """A code minted at this station (walk-ins): station key on a desk copy, the event key on the master."""
    tag = event_tag(_public_bytes(store))
    station_key = store.get_meta("station_private_key")
    if station_key:
        kid = bytes.fromhex(store.get_meta("station_key_id"))
        return _encode(_load_private(station_key), V_STATION, tag, attendee_id, generation, kid)
    if generation == 0:
        return issue_code(store, attendee_id)
    return _encode(_private(store), V_REISSUED, tag, attendee_id, generation)


def reissue_code(store: EventStore, attendee_id: int) -> str:
    """Give one attendee a new code; the old one reads ``revoked`` at every station once synced."""
    from .journal import Kind

    attendee = store.attendee(attendee_id)
    old = attendee.code if attendee and attendee.code else ""
    if not old and has_event_key(store):
        old = issue_code(store, attendee_id)  # the code printed on a letter from before codes were stored
    parsed = parse(old) if old else None
    generation = (parsed.generation if parsed else 0) + 1
    while True:
        generation = generation % 256 or 1
        new = issue_station_code(store, attendee_id, generation)
        if new != old and not is_revoked(store, new):
            break
        generation += 1
    data: dict[str, Any] = {"fields": {"code": new}}
    if old:
        data["revoked"] = old
    ledger.record(store, Kind.CODE_REISSUE, attendee_id, data)
    return new


# --- station certificates ------------------------------------------------------------------------------
def _cert_message(tag: bytes, kid: bytes, public: bytes, station: str, role: str | None = None) -> bytes:
    if role is None:  # a certificate from before roles were certified (desks only)
        return _CERT_CONTEXT + tag + kid + public + station.encode("utf-8")
    return _CERT_CONTEXT_V2 + tag + kid + public + role.encode("utf-8") + b"\x00" + station.encode("utf-8")


def certify_station(store: EventStore, station: str, station_public: bytes, role: str = "desk") -> dict[str, str]:
    """A certificate (journal data) by which the event key vouches for a station key, its name and role."""
    tag = event_tag(_public_bytes(store))
    kid = key_id(station_public)
    signature = _private(store).sign(_cert_message(tag, kid, station_public, station, role))
    return {"station": station, "role": role, "key_id": kid.hex(),
            "public_key": base64.b64encode(station_public).decode(), "signature": base64.b64encode(signature).decode()}


def certificate_role(event_public: bytes, cert: Any) -> str | None:
    """The role ``cert`` certifies if the event key signed it (older certificates: desk), else None."""
    if not isinstance(cert, dict):
        return None
    try:
        public = base64.b64decode(str(cert["public_key"]))
        kid = bytes.fromhex(str(cert["key_id"]))
        signature = base64.b64decode(str(cert["signature"]))
        station = str(cert["station"])
    except (KeyError, ValueError, binascii.Error):
        return None
    role = cert.get("role")
    if kid != key_id(public) or (role is not None and not isinstance(role, str)) or not event_public:
        return None
    if not _verify_sig(event_public, signature, _cert_message(event_tag(event_public), kid, public, station, role)):
        return None
    return role or "desk"


def check_certificate(store: EventStore, cert: dict[str, Any]) -> bool:
    return certificate_role(_public_bytes(store), cert) is not None


def apply_station_cert(store: EventStore, rec: Record) -> None:
    """Journal applier: remember a certified station key (forged certificates are ignored)."""
    role = certificate_role(_public_bytes(store), rec.data)
    if role is None:
        return
    # One key certified twice (a desk re-paired): the smallest record id names it, whichever arrived first.
    store.conn.execute(
        "INSERT INTO station_certs (key_id, station_id, public_key, record_id, role) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(key_id) DO UPDATE SET station_id = excluded.station_id, public_key = excluded.public_key, "
        "record_id = excluded.record_id, role = excluded.role WHERE excluded.record_id < station_certs.record_id",
        (rec.data["key_id"], rec.data["station"], rec.data["public_key"], rec.record_id, role),
    )


def apply_station_revoke(store: EventStore, rec: Record) -> None:
    """Journal applier: a revoked station key (issue 25). Only the event key's word counts. Two revocations of
    one key (two organiser laptops) keep, per station id, the lower number: the stricter, in any order."""
    from .record_signing import signed_by_event

    if not signed_by_event(rec, _public_bytes(store)) or not isinstance(rec.data.get("key_id"), str):
        return
    kid = str(rec.data["key_id"])
    upto: dict[str, int] = {}
    reasons, first = [], rec.record_id
    for r in store.journal.records(kind="station_revoke"):
        if r.data.get("key_id") != kid or not signed_by_event(r, _public_bytes(store)):
            continue
        limits = r.data.get("upto")
        for station, seq in (limits.items() if isinstance(limits, dict) else ()):
            if isinstance(seq, int):
                upto[str(station)] = min(seq, upto.get(str(station), seq))
        reasons.append(str(r.data.get("cause") or ""))
        first = min(first, r.record_id)
    import json

    store.conn.execute(
        "INSERT OR REPLACE INTO station_revocations (key_id, station_id, upto, reason, record_id) "
        "VALUES (?, ?, ?, ?, ?)", (kid, str(rec.data.get("station") or ""), json.dumps(upto, sort_keys=True),
                                   "; ".join(sorted({r for r in reasons if r})), first))


def apply_code_reissue(store: EventStore, rec: Record) -> None:
    """Journal applier: new code last-writer-wins; the revoked set is recomputed from all reissues.

    Two stations may reissue the same attendee while apart: the newer record's code wins and the loser's
    code is revoked too, whatever order the records arrive in.
    """
    from .registers import version_of
    from .waiting_participants import apply_person_record

    apply_person_record(store, rec)  # the code's register (and a meeting's seat, if the guest is new here)
    if rec.attendee_id is None:
        return
    recs = store.journal.records(kind="code_reissue", attendee_id=rec.attendee_id)
    recs.sort(key=version_of)
    revoked: dict[str, str] = {}
    for r in recs:
        if r.data.get("revoked"):
            revoked[str(r.data["revoked"])] = r.record_id
    for r in recs[:-1]:
        code = str((r.data.get("fields") or {}).get("code") or "")
        if code:
            revoked.setdefault(code, r.record_id)
    current = str((recs[-1].data.get("fields") or {}).get("code") or "") if recs else ""
    revoked.pop(current, None)
    store.conn.execute("DELETE FROM revoked_codes WHERE attendee_id = ?", (rec.attendee_id,))
    store.conn.executemany("INSERT OR REPLACE INTO revoked_codes (code, attendee_id, record_id) VALUES (?, ?, ?)",
                           [(code, rec.attendee_id, rid) for code, rid in revoked.items()])


def is_revoked(store: EventStore, text: str) -> bool:
    return store.conn.execute("SELECT 1 FROM revoked_codes WHERE code = ?", (text,)).fetchone() is not None


# --- verifying -----------------------------------------------------------------------------------------
def verify(public: bytes, text: str, station_keys: dict[bytes, tuple[str, bytes]] | None = None) -> CodeCheck:
    """Check one spelling of a code against the event's public key (and certified station keys)."""
    text = text.strip().upper()
    parsed = parse(text)
    if parsed is None:
        return CodeCheck(CodeStatus.INVALID, reason="not_a_code")
    if parsed.tag != event_tag(public):
        return CodeCheck(CodeStatus.WRONG_EVENT, reason="other_event")
    issuer, signer = "event", public
    if parsed.version == V_STATION:
        found = (station_keys or {}).get(parsed.key_id)
        if found is None:
            return CodeCheck(CodeStatus.INVALID, reason="unknown_station_key")
        issuer, signer = found
    if not _verify_sig(signer, parsed.signature, parsed.signed):
        return CodeCheck(CodeStatus.INVALID, reason="bad_signature")
    return CodeCheck(CodeStatus.VALID, parsed.attendee_id, text, issuer)


def _station_keys(store: EventStore) -> dict[bytes, tuple[str, bytes]]:
    # Only desk keys mint codes (a helper registers nobody); the organiser's master mints with the event key.
    return {bytes.fromhex(kid): (station, base64.b64decode(pub)) for kid, station, pub in
            store.conn.execute("SELECT key_id, station_id, public_key FROM station_certs WHERE role = 'desk'")}


# The records by which a station makes someone its own: it registered them (walk-in, companion, substitute).
_OWN_PEOPLE = ("walkin", "companion", "substitution")


def station_scope(store: EventStore, check: CodeCheck) -> CodeCheck:
    """A valid station-key code, judged by what that station may vouch for (issue 25).

    A station key vouches only for the station's own people: someone it registered by a signed record, or
    whose code it replaced by a signed ``code_reissue`` naming exactly this code (journaled, so the organiser
    sees it, and the guest's old code reads revoked). Any other guest's code needs the event key. A newcomer's
    id this file does not know yet (registered at that desk, not synced here) stays valid: the desk then says
    "not on the list", as before. A key the organiser revoked (a lost laptop) mints nothing that scans.
    """
    parsed = parse(check.text)
    if parsed is None or parsed.version != V_STATION or check.attendee_id is None:
        return check
    station = check.issuer
    if store.conn.execute("SELECT 1 FROM station_revocations WHERE key_id = ?", (parsed.key_id.hex(),)).fetchone():
        return CodeCheck(CodeStatus.REVOKED, check.attendee_id, check.text, station, "station_revoked")
    from .desk_ids import is_desk_id

    if is_desk_id(check.attendee_id) and store.attendee(check.attendee_id) is None:
        return check  # someone registered at that desk whose record has not reached us yet: "not on the list"
    own = store.conn.execute(
        f"SELECT 1 FROM journal WHERE attendee_id = ? AND (station_id = ? OR substr(station_id, 1, ?) = ?) "
        f"AND (kind IN ({','.join('?' * len(_OWN_PEOPLE))}) OR (kind = 'code_reissue' "
        "AND json_extract(data, '$.fields.code') = ?)) LIMIT 1",
        (check.attendee_id, station, len(station) + 1, station + ".", *_OWN_PEOPLE, check.text)).fetchone()
    if own is None:
        return CodeCheck(CodeStatus.INVALID, check.attendee_id, check.text, station, "not_the_stations_guest")
    return check


def verify_code(store: EventStore, text: str) -> CodeCheck:
    """Signature check of one spelling (no repair, no revocation, no foreign tickets): see ``resolve``."""
    return verify(_public_bytes(store), text, _station_keys(store))


def resolve(store: EventStore, raw_text: str) -> CodeCheck:
    """What a scanned or typed code means at this desk.

    Tries the text as typed, then its keyboard-layout repairs; the first spelling whose signature verifies
    wins. A verified code that was replaced reads ``revoked``. Imported ticket secrets (pretix, Eventbrite)
    read ``foreign``. A valid code of an attendee not (yet) in this file is still ``valid``.
    """
    text = "".join(ch for ch in raw_text if ch.isprintable()).strip()
    if not text or len(text) > 4096:
        return CodeCheck(CodeStatus.INVALID, reason="empty" if not text else "too_long")
    public = _public_bytes(store)
    keys: dict[bytes, tuple[str, bytes]] | None = None
    candidates: list[str] = []  # filled lazily: repairs are only computed when the typed text fails
    worst = CodeCheck(CodeStatus.INVALID, reason="not_a_code")
    for cand in iter_candidates(text):
        candidates.append(cand)
        upper = cand.upper()
        if parse(upper) is None:
            continue
        if keys is None:
            keys = _station_keys(store)
        check = verify(public, upper, keys)
        if check.status == CodeStatus.VALID and check.issuer != "event":
            check = station_scope(store, check)
            if check.status == CodeStatus.REVOKED:
                return check
        if check.status == CodeStatus.VALID:
            if is_revoked(store, check.text):
                return CodeCheck(CodeStatus.REVOKED, check.attendee_id, check.text, check.issuer, "reissued")
            return check
        if check.status == CodeStatus.WRONG_EVENT or worst.reason == "not_a_code":
            worst = check if worst.status != CodeStatus.WRONG_EVENT else worst
    for cand in candidates:  # foreign ticket secrets are compared exactly (they may be case-sensitive)
        if parse(cand.upper()) is not None:
            continue  # our format: decided above by its signature, never by a lookup
        row = store.conn.execute("SELECT id FROM attendees WHERE code = ? LIMIT 1", (cand,)).fetchone()
        if row is not None:
            return CodeCheck(CodeStatus.FOREIGN, row[0], cand, "")
        if is_revoked(store, cand):
            owner = store.conn.execute("SELECT attendee_id FROM revoked_codes WHERE code = ?", (cand,)).fetchone()
            return CodeCheck(CodeStatus.REVOKED, owner[0] if owner else None, cand, "", "reissued")
    return worst
