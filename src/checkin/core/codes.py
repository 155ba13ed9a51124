"""Signed invitation codes (Ed25519), verified offline with the event's public key.

Format v1, Base32 without padding (A-Z, 2-7: QR alphanumeric, no '+', '=' or space):
    version (1 byte) | event tag (4 bytes) | attendee id (5 bytes, big endian) | signature (64 bytes)
= 74 bytes -> 119 characters. The signature covers the first 10 bytes.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

if TYPE_CHECKING:
    from .store import EventStore

VERSION = 1
_HEADER = 10
_LENGTH = _HEADER + 64


class CodeStatus(StrEnum):
    VALID = "valid"
    INVALID = "invalid"
    WRONG_EVENT = "wrong_event"


@dataclass(frozen=True)
class CodeCheck:
    status: CodeStatus
    attendee_id: int | None = None
    text: str = ""  # the code as it verified (after any repair)


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def _unb32(text: str) -> bytes:
    return base64.b32decode(text + "=" * (-len(text) % 8))


def event_tag(public_key: bytes) -> bytes:
    return hashlib.sha256(public_key).digest()[:4]


def ensure_event_keys(store: EventStore) -> None:
    """Give the event a signing key pair if it has none (organiser copies only)."""
    if store.get_meta("public_key"):
        return
    key = Ed25519PrivateKey.generate()
    _save_keys(store, key)


def set_event_keys_from_seed(store: EventStore, seed: bytes) -> None:
    """Deterministic keys (demo events): the same seed gives the same event."""
    _save_keys(store, Ed25519PrivateKey.from_private_bytes(hashlib.sha256(seed).digest()))


def _save_keys(store: EventStore, key: Ed25519PrivateKey) -> None:
    from cryptography.hazmat.primitives import serialization as ser

    private = key.private_bytes(ser.Encoding.Raw, ser.PrivateFormat.Raw, ser.NoEncryption())
    public = key.public_key().public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)
    store.set_meta("private_key", base64.b64encode(private).decode())
    store.set_meta("public_key", base64.b64encode(public).decode())


def _private(store: EventStore) -> Ed25519PrivateKey:
    raw = store.get_meta("private_key")
    if not raw:
        raise PermissionError("this copy of the event holds no signing key (desk copy)")
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(raw))


def _public_bytes(store: EventStore) -> bytes:
    return base64.b64decode(store.get_meta("public_key"))


def make_code(private: Ed25519PrivateKey, public: bytes, attendee_id: int) -> str:
    header = bytes([VERSION]) + event_tag(public) + attendee_id.to_bytes(5, "big")
    return _b32(header + private.sign(header))


def issue_code(store: EventStore, attendee_id: int) -> str:
    return make_code(_private(store), _public_bytes(store), attendee_id)


def verify(public: bytes, text: str) -> CodeCheck:
    text = text.strip().upper()
    try:
        raw = _unb32(text)
    except Exception:
        return CodeCheck(CodeStatus.INVALID)
    if len(raw) != _LENGTH or raw[0] != VERSION:
        return CodeCheck(CodeStatus.INVALID)
    if raw[1:5] != event_tag(public):
        return CodeCheck(CodeStatus.WRONG_EVENT)
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(raw[_HEADER:], raw[:_HEADER])
    except InvalidSignature:
        return CodeCheck(CodeStatus.INVALID)
    return CodeCheck(CodeStatus.VALID, int.from_bytes(raw[5:10], "big"), text)


def verify_code(store: EventStore, text: str) -> CodeCheck:
    return verify(_public_bytes(store), text)
