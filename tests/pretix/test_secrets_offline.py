"""pretix_sig1 secrets verified offline, with secrets built exactly as pretix builds them (no server needed)."""

from __future__ import annotations

import base64
import struct

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from checkin.core.pretix.client import api_base
from checkin.core.pretix.secrets import decode_ticket, verify_pretix_secret, verify_secret
from checkin.core.pretix.state import update_meta


def _varint(n: int) -> bytes:
    n &= (1 << 64) - 1
    out = b""
    while True:
        byte = n & 0x7F
        n >>= 7
        out += bytes([byte | (0x80 if n else 0)])
        if not n:
            return out


def _payload(seed: str, item: int, variation: int = 0, subevent: int = 0, vf: int = 0, vu: int = 0) -> bytes:
    raw = seed.encode()
    out = b"\x0a" + _varint(len(raw)) + raw
    for number, value in ((2, item), (3, variation), (4, subevent), (5, vf), (6, vu)):
        if value or number >= 5:  # proto3: zero scalars are omitted, "optional" ones are written
            out += _varint(number << 3) + _varint(value)
    return out


def _secret(key: Ed25519PrivateKey, payload: bytes) -> str:
    sig = key.sign(payload)
    raw = b"\x01" + struct.pack(">HH", len(payload), len(sig)) + payload + sig
    return base64.b64encode(raw).decode()[::-1]


def _pub(key: Ed25519PrivateKey) -> str:
    pem = key.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(pem).decode()


def test_decode_handles_fields_and_large_ids() -> None:
    t = decode_ticket(_payload("a1B2c3D4e", 300_000, 7, 0, 1_790_000_000, 0))
    assert (t.seed, t.item, t.variation, t.subevent, t.valid_from, t.valid_until) == (
        "a1B2c3D4e", 300_000, 7, 0, 1_790_000_000, 0)


def test_valid_forged_and_foreign_secrets() -> None:
    key, other = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    secret = _secret(key, _payload("seedseed1", 42))
    assert verify_secret(secret, [_pub(key)]).item == 42
    assert verify_secret(secret, [_pub(other)]) is None  # another event's key
    assert verify_secret(secret, [_pub(other), _pub(key)]) is not None  # key rotation: any valid key
    tampered = _secret(key, _payload("seedseed1", 42))[::-1]
    tampered = (tampered[:-12] + ("A" if tampered[-12] != "A" else "B") + tampered[-11:])[::-1]
    assert verify_secret(tampered, [_pub(key)]) is None
    for junk in ("", "abc", "x" * 300, "ÄÖÜ", secret[:-4]):
        assert verify_secret(junk, [_pub(key)]) is None


def test_desk_api_uses_the_pulled_keys(demo_store) -> None:
    key = Ed25519PrivateKey.generate()
    secret = _secret(key, _payload("newbuyer1", 7))
    assert verify_pretix_secret(demo_store, secret) is None  # no pull yet: nothing to verify against
    update_meta(demo_store, valid_keys={"pretix_sig1": [_pub(key)]}, items={"7": "Delegate"})
    info = verify_pretix_secret(demo_store, secret)
    assert info["item_name"] == "Delegate" and info["attendee_id"] is None and info["valid_now"]
    demo_store.conn.execute("INSERT INTO pretix_revoked (secret) VALUES (?)", (secret,))
    assert verify_pretix_secret(demo_store, secret)["valid_now"] is False


def test_api_base_from_what_users_type() -> None:
    assert api_base("https://pretix.eu") == "https://pretix.eu/api/v1"
    assert api_base("pretix.eu/") == "https://pretix.eu/api/v1"
    assert api_base("http://127.0.0.1:8000/api/v1/") == "http://127.0.0.1:8000/api/v1"
    assert api_base("https://tickets.example.org/pretix") == "https://tickets.example.org/pretix/api/v1"


def test_desk_admits_a_late_buyer_once_and_refuses_forgeries(demo_store) -> None:
    from checkin.core.desk import Desk

    key = Ed25519PrivateKey.generate()
    secret = _secret(key, _payload("latebuyer", 7))
    desk = Desk(demo_store, station="desk-1")
    assert desk.scan(secret).status == "invalid_code"  # no keys pulled: cannot tell it from garbage
    update_meta(demo_store, valid_keys={"pretix_sig1": [_pub(key)]}, items={"7": "Delegate"})
    first = desk.scan(secret)
    assert first.status == "admitted" and "foreign_ticket" in first.flags
    assert first.attendee.code == secret and first.attendee.category == "Delegate"
    again = desk.scan(secret)
    assert again.status == "already_admitted" and again.attendee.id == first.attendee.id
    forged = _secret(Ed25519PrivateKey.generate(), _payload("latebuyer", 7))
    assert desk.scan(forged).status == "invalid_code"
