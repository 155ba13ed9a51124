"""Who a peer station is, what it may receive and what it may write (issue 25).

A station proves its role when it says hello, by a signature over the handshake (both sides' one-time X25519
keys, its station id and the event id):
- the organiser's master signs with the event key (every copy holds the event's public key);
- a desk signs with its station key and shows the ``station_cert`` by which the event key certified that key;
- anything else (a helper tablet, a station of an older version, a forged hello) proves nothing and counts as
  a helper: the least a peer can be.
The same proof signs a station bundle. The role decides, in this module and nowhere else:
- what a peer receives (``for_role``): a helper gets every record, but without e-mails, phones, desk notes
  and extra fields, so each station's sequence still arrives whole and version vectors stay exact;
- what is merged from it (``screen``): a helper's own door scans and notice acknowledgements only, never
  records of other stations (a helper relays nothing); from a desk, a purge or programme change only with the
  event key's signature (``record_signing``), and other organiser-only records (a re-imported list, a station
  certificate) only under the organiser's station id.
Refused records are kept aside (table ``sync_refused``) and reported; they change nothing.

Beyond the offering peer's role, every record's own signature decides (``provenance``): who signed it, with a
certified and unrevoked key, and whether the signer's role may write its kind. So a desk copy's owner cannot
write under the organiser's or another station's id, and a helper's key signs nothing but door scans.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import codes
from ..journal import Record
from ..record_signing import SIGNED_KINDS, signed_by_event
from ..roles import DESK, HELPER, HELPER_HIDDEN, ORGANISER, strip_keys
from . import provenance
from .provenance import Signers, needs

if TYPE_CHECKING:
    import sqlite3

    from ..store import EventStore

_HELLO_CONTEXT = b"checkin-hello-v2\x00"
_BUNDLE_CONTEXT = b"checkin-bundle-v2\x00"
ORGANISER_STATION = "master"
_HIDDEN = frozenset(HELPER_HIDDEN)


# --- proving who we are ------------------------------------------------------------------------------------
def transcript(event_id: str, station: str, *keys: bytes) -> bytes:
    """What a hello proof signs: the event, the station's claimed id and the handshake's one-time keys."""
    return _HELLO_CONTEXT + b"\x00".join([event_id.encode(), station.encode(), *keys])


def bundle_transcript(event_id: str, station: str, digest: bytes) -> bytes:
    return _BUNDLE_CONTEXT + b"\x00".join([event_id.encode(), station.encode(), digest])


def own_cert(store: EventStore) -> dict[str, Any] | None:
    """The certificate of this desk copy's station key (a journal record the master wrote before the copy)."""
    kid = store.get_meta("station_key_id")
    if not kid:
        return None
    row = store.conn.execute("SELECT data FROM journal WHERE kind = 'station_cert' AND "
                             "json_extract(data, '$.key_id') = ? LIMIT 1", (kid,)).fetchone()
    return json.loads(row[0]) if row else None


@dataclass(frozen=True)
class Identity:
    """What a station proves itself with, read once from its file (threads then sign without a connection)."""

    event_public: bytes
    role: str  # the role this station can prove: organiser (event key), desk (certified key) or helper
    private: bytes = b""  # raw Ed25519 private key: the event key on the master, the station key on a desk
    cert: dict[str, Any] | None = None

    @classmethod
    def load(cls, store: EventStore) -> Identity:
        public = base64.b64decode(store.get_meta("public_key") or "")
        if codes.has_event_key(store):
            return cls(public, ORGANISER, base64.b64decode(store.get_meta("private_key")))
        private, cert = store.get_meta("station_private_key"), own_cert(store)
        if private and cert and codes.certificate_role(public, cert) == DESK:
            return cls(public, DESK, base64.b64decode(private), cert)
        return cls(public, HELPER)  # a helper's key signs its records; in a hello it proves no more than nothing

    def prove(self, message: bytes) -> dict[str, Any] | None:
        """A signature over ``message`` that shows this station's role, or None (a helper proves nothing)."""
        if self.role == HELPER or not self.private:
            return None
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        signature = base64.b64encode(Ed25519PrivateKey.from_private_bytes(self.private).sign(message)).decode()
        return {"role": self.role, "sig": signature, **({"cert": self.cert} if self.cert else {})}

    def check(self, proof: Any, message: bytes, station: str) -> str:
        """The role ``proof`` shows for ``station`` (HELPER when it shows nothing or does not verify)."""
        if not isinstance(proof, dict) or not self.event_public:
            return HELPER
        try:
            signature = base64.b64decode(str(proof.get("sig") or ""), validate=True)
        except (binascii.Error, ValueError):
            return HELPER
        if proof.get("role") == ORGANISER:
            return ORGANISER if codes._verify_sig(self.event_public, signature, message) else HELPER
        cert = proof.get("cert")
        if proof.get("role") != DESK or not isinstance(cert, dict) or \
                codes.certificate_role(self.event_public, cert) != DESK:  # a helper's certificate shows no desk
            return HELPER
        named = str(cert["station"])
        # A desk copy opened on another laptop, or on a laptop with a station name, works as "<station>.<suffix>"
        # (see ``installation``): same key, never another station's name.
        if station != named and not station.startswith(named + "."):
            return HELPER
        public = base64.b64decode(str(cert["public_key"]))
        return DESK if codes._verify_sig(public, signature, message) else HELPER


def new_ephemeral() -> tuple[Any, bytes]:
    """A one-time X25519 key pair for one handshake: (private key, raw public key)."""
    from cryptography.hazmat.primitives import serialization as ser
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    private = X25519PrivateKey.generate()
    return private, private.public_key().public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)


def session_key(transport: bytes, private: Any, peer_public: bytes, client_eph: bytes, server_eph: bytes) -> bytes:
    """The key of one session: only the two ends of the handshake can compute it, whoever holds the secret.

    Without it a helper tablet, which holds the event's sync secret, could read a desk's sync on the Wi-Fi.
    """
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    shared = private.exchange(X25519PublicKey.from_public_bytes(peer_public))
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=transport,
                info=b"checkin session v2" + client_eph + server_eph).derive(shared)


# --- what a peer receives ------------------------------------------------------------------------------
def for_role(data: dict[str, Any], role: str) -> dict[str, Any]:
    """Record data as a peer of ``role`` may hold it (a helper: without contact data, notes, extra fields)."""
    return strip_keys(data, _HIDDEN) if role == HELPER else data


def rows_for_role(rows: Iterable[Any], role: str) -> list[Any]:
    """Journal rows (COLUMNS order) as JSON-ready lists, the data cut down to what ``role`` may hold."""
    out = []
    for rid, station, operator, seq, lamport, wall, kind, attendee, data in rows:
        out.append([rid, station, operator, seq, lamport, wall, kind, attendee,
                    for_role(json.loads(data or "{}"), role)])
    return out


# --- what is merged from a peer ------------------------------------------------------------------------
def is_organiser_station(station: str) -> bool:
    return station == ORGANISER_STATION or station.startswith(ORGANISER_STATION + ".")


_needs = needs


@dataclass
class Screening:
    """What ``screen`` let through and what it kept out."""

    accepted: list[Record] = field(default_factory=list)
    refused: list[tuple[Record, str]] = field(default_factory=list)  # (record, reason)
    not_relayed: list[str] = field(default_factory=list)  # ids of other stations' records a helper offered

    def reasons(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for _, reason in self.refused:
            out[reason] = out.get(reason, 0) + 1
        return out


def screen(records: list[Record], role: str, station: str, event_public: bytes = b"",
           signers: Signers | None = None) -> Screening:
    """Split records offered by a peer of ``role`` (station id ``station``) into accepted and refused.

    A purge or programme change must carry the event key's signature (``record_signing``) unless the organiser
    itself offers it; other organiser-only kinds (a re-imported list, a station certificate, which verifies on
    its own) must name the organiser's station as author. With ``signers`` (the event has keys) every record that
    passes must also carry a signature its signer may give (``provenance.check``).
    """
    result = Screening()
    if role == ORGANISER:
        result.accepted = records
    for rec in records if role != ORGANISER else ():
        needs = _needs(rec.kind)
        if role == HELPER:
            if rec.station_id != station:  # they come from their own station
                result.not_relayed.append(rec.record_id)
                continue
            if needs != HELPER:
                result.refused.append((rec, f"a helper may not write {rec.kind}"))
                continue
        elif rec.kind in SIGNED_KINDS:
            if not signed_by_event(rec, event_public):
                result.refused.append((rec, f"{rec.kind} without the event key's signature"))
                continue
        elif needs == ORGANISER and not is_organiser_station(rec.station_id):
            result.refused.append((rec, f"only the organiser may write {rec.kind}"))
            continue
        result.accepted.append(rec)
    if signers is not None and result.accepted:
        verdicts = provenance.check(result.accepted, signers, role)
        result.accepted = verdicts.accepted
        result.refused += verdicts.refused
    return result


def keep_refused(conn: sqlite3.Connection, refused: list[tuple[Record, str]], peer_station: str,
                 peer_role: str) -> None:
    """Remember refused records once each (the count says how often they were offered)."""
    from ..journal import iso, utc_now

    now = iso(utc_now())
    conn.executemany(
        "INSERT INTO sync_refused (record_id, station_id, seq, kind, attendee_id, wall_time, peer_station, "
        "peer_role, reason, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(record_id) DO UPDATE SET times = times + 1",
        [(r.record_id, r.station_id, r.seq, r.kind, r.attendee_id, r.wall_time, peer_station, peer_role, why, now)
         for r, why in refused])


def refused_records(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    cols = ("record_id", "station", "seq", "kind", "attendee_id", "wall_time", "peer_station", "peer_role",
            "reason", "first_seen", "times")
    return [dict(zip(cols, row, strict=True)) for row in conn.execute(
        "SELECT record_id, station_id, seq, kind, attendee_id, wall_time, peer_station, peer_role, reason, "
        "first_seen, times FROM sync_refused ORDER BY first_seen, station_id, seq")]


def refused_ids(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT record_id FROM sync_refused")}
