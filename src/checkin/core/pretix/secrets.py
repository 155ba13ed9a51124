"""Offline verification of pretix signed ticket secrets (scheme ``pretix_sig1``).

A secret is base64 of ``0x01 | len(payload) u16 BE | len(signature) u16 BE | payload | Ed25519(payload)``,
written reversed. The payload is a protobuf ``Ticket {string seed = 1; int64 item = 2; int64 variation = 3;
int64 subevent = 4; optional int64 validFromUnixTime = 5; optional int64 validUntilUnixTime = 6}``, decoded
here by hand (six scalar fields do not justify a protobuf dependency). Public keys come from the event's
``valid_keys`` (base64 of a PEM SubjectPublicKeyInfo), saved by ``pretix pull``.
"""

from __future__ import annotations

import base64
import binascii
import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key

if TYPE_CHECKING:
    from ..store import EventStore

_FIELDS = MappingProxyType({1: "seed", 2: "item", 3: "variation", 4: "subevent", 5: "valid_from", 6: "valid_until"})


@dataclass(frozen=True)
class SignedTicket:
    seed: str
    item: int
    variation: int
    subevent: int
    valid_from: int | None
    valid_until: int | None


class ProtoError(ValueError):
    pass


def _varint(buf: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if pos >= len(buf) or shift > 63:
            raise ProtoError("truncated varint")
        byte = buf[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7


def decode_ticket(payload: bytes) -> SignedTicket:
    """Decode the protobuf payload; unknown fields are skipped as the protobuf rules say."""
    values: dict[str, Any] = {"seed": "", "item": 0, "variation": 0, "subevent": 0,
                              "valid_from": None, "valid_until": None}
    pos = 0
    while pos < len(payload):
        key, pos = _varint(payload, pos)
        number, wire = key >> 3, key & 7
        if wire == 0:
            raw, pos = _varint(payload, pos)
            value = raw - (1 << 64) if raw >= 1 << 63 else raw  # int64 two's complement
        elif wire == 2:
            length, pos = _varint(payload, pos)
            if pos + length > len(payload):
                raise ProtoError("truncated field")
            value = payload[pos:pos + length]
            pos += length
        elif wire == 1:
            value, pos = payload[pos:pos + 8], pos + 8
        elif wire == 5:
            value, pos = payload[pos:pos + 4], pos + 4
        else:
            raise ProtoError(f"unsupported wire type {wire}")
        name = _FIELDS.get(number)
        if name == "seed":
            if not isinstance(value, bytes):
                raise ProtoError("seed is not a string")
            values["seed"] = value.decode("utf-8")
        elif name is not None:
            if not isinstance(value, int):
                raise ProtoError(f"{name} is not an integer")
            values[name] = value
    if pos != len(payload):
        raise ProtoError("trailing bytes")
    return SignedTicket(**values)


def split_secret(secret: str) -> tuple[bytes, bytes]:
    """payload, signature of a pretix_sig1 secret; raises ValueError if it is not one."""
    text = secret.strip()[::-1]
    try:
        raw = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("not base64") from None
    if len(raw) < 5 or raw[0] != 1:
        raise ValueError("not a pretix_sig1 secret")
    payload_len, sig_len = struct.unpack(">HH", raw[1:5])
    if 5 + payload_len + sig_len != len(raw):
        raise ValueError("length mismatch")
    return raw[5:5 + payload_len], raw[5 + payload_len:]


def load_key(encoded: str) -> Ed25519PublicKey | None:
    try:
        key = load_pem_public_key(base64.b64decode(encoded))
    except (ValueError, binascii.Error, TypeError):
        return None
    return key if isinstance(key, Ed25519PublicKey) else None


def verify_secret(secret: str, public_keys: list[str]) -> SignedTicket | None:
    """The decoded ticket if ``secret`` carries a valid signature by one of ``public_keys``."""
    try:
        payload, signature = split_secret(secret)
    except ValueError:
        return None
    for encoded in public_keys:
        key = load_key(encoded)
        if key is None:
            continue
        try:
            key.verify(signature, payload)
        except InvalidSignature:
            continue
        try:
            return decode_ticket(payload)
        except (ProtoError, UnicodeDecodeError):
            return None
    return None


def verify_pretix_secret(store: EventStore, text: str, *, at: datetime | None = None) -> dict[str, Any] | None:
    """What the desk needs to admit a pretix ticket it may not have pulled yet, or None if not valid.

    Returns ``{"secret", "seed", "item_id", "item_name", "variation_id", "subevent_id", "valid_from",
    "valid_until", "attendee_id", "revoked", "valid_now"}``; ``attendee_id`` is set when the ticket is
    already known from a pull. A revoked secret (cancelled or reissued ticket) verifies but says so.
    """
    settings = store.get_meta("pretix") or {}
    keys = list((settings.get("valid_keys") or {}).get("pretix_sig1") or [])
    if not keys or not text:
        return None
    text = text.strip()
    ticket = verify_secret(text, keys)
    if ticket is None:
        return None
    items = settings.get("items") or {}
    row = store.conn.execute("SELECT attendee_id FROM pretix_positions WHERE secret = ?", (text,)).fetchone()
    revoked = store.conn.execute("SELECT 1 FROM pretix_revoked WHERE secret = ?", (text,)).fetchone() is not None
    now = int((at or datetime.now(UTC)).timestamp())
    valid_now = not revoked and (not ticket.valid_from or ticket.valid_from <= now) and (
        not ticket.valid_until or now <= ticket.valid_until)
    return {
        "secret": text, "seed": ticket.seed, "item_id": ticket.item, "item_name": items.get(str(ticket.item), ""),
        "variation_id": ticket.variation or None, "subevent_id": ticket.subevent or None,
        "valid_from": _ts(ticket.valid_from), "valid_until": _ts(ticket.valid_until),
        "attendee_id": row[0] if row else None, "revoked": revoked, "valid_now": valid_now,
    }


def _ts(value: int | None) -> str | None:
    return datetime.fromtimestamp(value, UTC).isoformat() if value else None


def walkin_fields(info: dict[str, Any], first_name: str = "", last_name: str = "") -> dict[str, Any]:
    """Attendee fields for a guest admitted on a verified pretix ticket the desk had not pulled yet.

    Use them in a ``walkin`` record; ``extra._pretix`` marks the code as a pretix ticket so ``pretix push``
    uploads the arrival (the next pull links the guest to their order by the same secret).
    """
    return {
        "first_name": first_name, "last_name": last_name, "code": info["secret"],
        "category": info.get("item_name") or "", "status": "registered", "walk_in": False,
        "extra": {"_pretix": {"offline": True, "item": info.get("item_id"), "seed": info.get("seed")}},
    }
