"""Who signed each record a peer offers, and whether that signer may have written it (issue 25).

Every record a station writes is signed (``record_signing``): by the event key on the organiser's master, by a
station key on a desk or helper copy. A station key is known by its certificate, a ``station_cert`` record the
event key signed with the station's name and role; it travels like any record (the sender puts the master's
records first, so a certificate arrives no later than the records it vouches for). Before a record is merged
this module checks, for records from sync and bundles alike:

1. the signature: the event key's, or a certified station key's whose certificate names this record's station
   (``desk-1`` or, for a copy opened on a second laptop, ``desk-1.<suffix>``);
2. the key is not revoked past this record: a ``station_revoke`` record (event key) names, per station id the
   key signed for, the last seq the organiser had; the key's records beyond it are refused;
3. the signer's role may write the record's kind (``roles.POLICY``): a helper's key signs door scans, a desk's
   key no purge, programme change, re-imported list, certificate or revocation.

Cost: the records of one station in one batch are checked from the last backwards; a record whose successor
(same signer, already trusted) names its link as ``prev`` is trusted by a hash, so a batch costs about one
Ed25519 verification per station instead of one per record.

Unsigned records (written before this version, or forged) are merged only from the organiser's master, which
holds the event key and vouches by offering them; from any other peer or bundle they are refused, kept in
``sync_refused`` and reported. An event without event keys (very old files, bare test files) has nothing to check
against: there only the offering peer's role counts (``trust.screen``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..codes import certificate_role
from ..journal import Record
from ..record_signing import (
    EVENT_SIGNER,
    Signature,
    link,
    received_part,
    signed_by_event,
    signed_message,
    verify_one,
)
from ..roles import DESK, HELPER, KIND_RULES, ORGANISER, POLICY, RANK


def needs(kind: str) -> str:
    """The least role that may author ``kind`` (kinds the policy does not name: a desk)."""
    rule = KIND_RULES.get(kind)
    return POLICY[rule[0]].least if rule else DESK


@dataclass(frozen=True)
class Cert:
    station: str
    role: str
    public: bytes


@dataclass
class Signers:
    """The keys this station knows: the event key, certified station keys, revocations."""

    event_public: bytes
    certs: dict[str, Cert] = field(default_factory=dict)  # key id (hex) -> certificate
    revoked: dict[str, dict[str, int]] = field(default_factory=dict)  # key id -> station id -> last good seq

    @classmethod
    def load(cls, conn: sqlite3.Connection, event_public: bytes, batch: Sequence[Record] = ()) -> Signers:
        import base64

        out = cls(event_public)
        for kid, station, role, public in conn.execute(
                "SELECT key_id, station_id, role, public_key FROM station_certs"):
            out.certs[kid] = Cert(station, role, base64.b64decode(public))
        for kid, upto in conn.execute("SELECT key_id, upto FROM station_revocations"):
            out.revoked[kid] = {str(k): int(v) for k, v in json.loads(upto).items()}
        out.learn(batch)
        return out

    def learn(self, batch: Sequence[Record]) -> None:
        """Certificates and revocations inside the batch itself (each verifies on its own)."""
        import base64

        for rec in batch:
            if rec.kind == "station_cert":
                role = certificate_role(self.event_public, rec.data)
                if role is not None and str(rec.data["key_id"]) not in self.certs:
                    self.certs[str(rec.data["key_id"])] = Cert(str(rec.data["station"]), role,
                                                               base64.b64decode(str(rec.data["public_key"])))
            elif rec.kind == "station_revoke" and signed_by_event(rec, self.event_public):
                kid, limits = rec.data.get("key_id"), rec.data.get("upto")
                if not isinstance(kid, str) or not isinstance(limits, dict):
                    continue
                known = self.revoked.setdefault(kid, {})
                for station, seq in limits.items():
                    if isinstance(seq, int):
                        known[str(station)] = min(seq, known.get(str(station), seq))


def _names(cert_station: str, station: str) -> bool:
    return station == cert_station or station.startswith(cert_station + ".")


@dataclass
class Verdicts:
    accepted: list[Record] = field(default_factory=list)
    refused: list[tuple[Record, str]] = field(default_factory=list)


def check(records: list[Record], signers: Signers, peer_role: str) -> Verdicts:
    """Split ``records`` into those whose signer is proven and may write them, and the rest (with a reason)."""
    out = Verdicts()
    groups: dict[str, list[Record]] = {}
    for rec in records:
        groups.setdefault(rec.station_id, []).append(rec)
    for recs in groups.values():
        recs.sort(key=lambda r: (r.seq, r.record_id), reverse=True)
        vouched: dict[int, set[tuple[str, str]]] = {}  # seq -> (signer, link) named as prev by a trusted record
        for rec in recs:
            reason = _judge(rec, signers, peer_role, vouched)
            if reason:
                out.refused.append((rec, reason))
            else:
                out.accepted.append(rec)
    return out


def _judge(rec: Record, signers: Signers, peer_role: str, vouched: dict[int, set[tuple[str, str]]]) -> str:
    """Why ``rec`` is refused ("" if it is not)."""
    sig = Signature.of(rec)
    if sig is None:
        if signed_by_event(rec, signers.event_public):  # an organiser record from before every record was signed
            return ""
        if peer_role == ORGANISER:
            return ""  # from before signing; the master holds the event key and vouches for what it offers
        return "unsigned record (written before signing, or forged)"
    visible = received_part(rec.data, sig.hid)
    if visible is None:
        return "altered after signing (names, contact data or notes do not match the signature)"
    if sig.signer == EVENT_SIGNER:
        role, public = ORGANISER, signers.event_public
    else:
        cert = signers.certs.get(sig.signer)
        if cert is None:
            return "signed by an unknown station key (no certificate)"
        if not _names(cert.station, rec.station_id):
            return f"signed by the key of station {cert.station}, not of {rec.station_id}"
        role, public = cert.role, cert.public
    signed = signed_message(rec, sig.signer, sig.prev, sig.hid, visible)
    if (sig.signer, link(signed, sig.signature)) not in vouched.get(rec.seq, ()) \
            and not verify_one(public, signed, sig.signature):
        return "signature does not verify (forged or altered)"
    limits = signers.revoked.get(sig.signer)
    if limits is not None and rec.seq > limits.get(rec.station_id, 0):
        return f"station {rec.station_id} revoked (record {rec.seq} is past {limits.get(rec.station_id, 0)})"
    if sig.prev:  # authentic: it vouches for the record it names (a revoked key vouches for nothing new)
        vouched.setdefault(rec.seq - 1, set()).add((sig.signer, sig.prev))
    if RANK.get(role, -1) < RANK[needs(rec.kind)]:
        return f"a {role if role in RANK else HELPER} key may not sign {rec.kind}"
    return ""
