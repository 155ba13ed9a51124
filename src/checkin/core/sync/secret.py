"""The event's sync secret and the keys derived from it.

The secret (32 random bytes, meta ``sync_secret``, URL-safe Base64) is created once in the organiser's master
file and travels with every desk copy (``checkin copy --desk`` copies meta) or by pairing. Nothing is ever
encrypted with it directly: HKDF-SHA256 derives one key per purpose, salted with the event id, so two events
never share a key even if someone reused a secret.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..failures import Failure, Why

if TYPE_CHECKING:
    from ..store import EventStore
    from .trust import Identity

META_KEY = "sync_secret"
STAFF_META = "staff_secret"
SECRET_BYTES = 32


class SyncError(Failure):
    """A sync problem explained in one line for the user."""


@dataclass(frozen=True)
class EventKeys:
    """Everything a station needs to talk to its peers: derived keys, never the secret itself on the wire."""

    event_id: str
    transport: bytes  # AEAD key for every HTTP message
    key_id: bytes  # 8 bytes sent in clear so a peer can say "other event / other secret" without decrypting
    bundle: bytes  # AEAD key for station bundles on a USB stick
    identity: Identity | None = None  # what this station proves itself with (issue 25; None: nothing)
    staff_bundle: bytes | None = None  # AEAD key for full bundles: desks and the organiser only (issue 25)

    @property
    def key_id_hex(self) -> str:
        return self.key_id.hex()


def derive(secret: bytes, event_id: str, purpose: str, length: int = 32) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=length, salt=b"checkin/" + event_id.encode("utf-8"),
                info=f"checkin {purpose} v1".encode())
    return hkdf.derive(secret)


def keys_for(secret: bytes, event_id: str) -> EventKeys:
    return EventKeys(
        event_id=event_id,
        transport=derive(secret, event_id, "sync transport"),
        key_id=derive(secret, event_id, "sync key id", 8),
        bundle=derive(secret, event_id, "station bundle"),
    )


def encode_secret(secret: bytes) -> str:
    return base64.urlsafe_b64encode(secret).decode("ascii").rstrip("=")


def decode_secret(text: str) -> bytes:
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, TypeError):
        raise SyncError("the sync secret in this event file is damaged", Why.SECRET_DAMAGED) from None
    if len(raw) != SECRET_BYTES:
        raise SyncError("the sync secret in this event file is damaged", Why.SECRET_DAMAGED)
    return raw


def get_secret(store: EventStore) -> bytes | None:
    raw = store.get_meta(META_KEY)
    return decode_secret(raw) if raw else None


def ensure_secret(store: EventStore) -> bytes:
    """The event's secret; the organiser's master creates it on first use, desk copies must already hold it."""
    secret = get_secret(store)
    if secret is not None:
        return secret
    role = store.get_meta("role", "organiser")
    if role != "organiser" or store.readonly:
        raise SyncError("this copy holds no sync secret: pair it with a station "
                        "(checkin pair PATH --join CODE) or make a new desk copy from the master", Why.NO_SYNC_SECRET)
    secret = os.urandom(SECRET_BYTES)
    store.set_meta(META_KEY, encode_secret(secret))
    return secret


def set_secret(store: EventStore, secret: bytes) -> None:
    store.set_meta(META_KEY, encode_secret(secret))


def event_keys(store: EventStore, *, create: bool = True) -> EventKeys:
    secret = ensure_secret(store) if create else get_secret(store)
    if secret is None:
        raise SyncError("this copy holds no sync secret: pair it with a station first", Why.NO_SYNC_SECRET)
    from dataclasses import replace

    from .trust import Identity

    event_id = str(store.get_meta("event_id"))
    staff = store.get_meta(STAFF_META)
    return replace(keys_for(secret, event_id), identity=Identity.load(store),
                   staff_bundle=derive(decode_secret(staff), event_id, "staff bundle") if staff else None)


def ensure_staff_secret(store: EventStore) -> None:
    """A second secret that desk copies carry and helper copies do not (issue 25): full bundles are sealed
    with it, so a helper tablet cannot open a desk's USB bundle although it holds the sync secret."""
    if not store.get_meta(STAFF_META):
        store.set_meta(STAFF_META, encode_secret(os.urandom(SECRET_BYTES)))


def event_tag(event_id: str) -> bytes:
    """8 bytes naming an event without the secret (pairing: "this station runs another event")."""
    return hashlib.sha256(b"checkin event " + event_id.encode("utf-8")).digest()[:8]
