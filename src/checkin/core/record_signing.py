"""Organiser records that carry the event key's signature (issue 25).

A purge and every programme change (moved session, meeting, badge layout) written in the organiser's file (the
one file holding the event's private key) gets ``data["event_sig"]``: an Ed25519 signature by the event key over
the record (id, station, seq, lamport, time, kind, attendee and its data without the signature). Every copy
holds the event's public key, so any station can tell such a record from a forgery whoever relays it: a desk
copy's owner cannot purge or reschedule the event under the organiser's name. The signature covers the data as a
helper holds it too (without e-mails, phones, desk notes and extra fields, which these kinds never carry), so a
helper can check what it receives.
"""

from __future__ import annotations

import base64
import binascii
import json
import sqlite3
from dataclasses import replace
from typing import Any

from .journal import Record

SIGNED_KINDS = frozenset({"purge", "session_upsert", "meeting_upsert", "layout"})
SIG_KEY = "event_sig"
_CONTEXT = b"checkin-record-v1\x00"


def message(rec: Record) -> bytes:
    from .roles import HELPER_HIDDEN, strip_keys

    data = strip_keys({k: v for k, v in rec.data.items() if k != SIG_KEY}, frozenset(HELPER_HIDDEN))
    body = [rec.record_id, rec.station_id, rec.seq, rec.lamport, rec.wall_time, rec.kind, rec.attendee_id, data]
    return _CONTEXT + json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign(conn: sqlite3.Connection, rec: Record) -> Record:
    """``rec`` with the event key's signature if it is of a signed kind and this file holds the key."""
    if rec.kind not in SIGNED_KINDS:
        return rec
    row = conn.execute("SELECT value FROM meta WHERE key = 'private_key'").fetchone()
    if row is None:
        return rec  # a desk copy (even one switched to the organiser role): other stations refuse it
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(json.loads(row[0])))
    signature = base64.b64encode(key.sign(message(rec))).decode("ascii")
    return replace(rec, data={**rec.data, SIG_KEY: signature})


def signed_by_event(rec: Record, event_public: bytes) -> bool:
    raw: Any = rec.data.get(SIG_KEY)
    if not isinstance(raw, str) or not event_public:
        return False
    try:
        signature = base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        return False
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(event_public).verify(signature, message(rec))
    except (InvalidSignature, ValueError):
        return False
    return True
