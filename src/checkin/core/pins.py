"""The organiser PIN that desk overrides may require (meta "organiser_pin_hash", scrypt).

Stored as ``scrypt$n$r$p$salt_b64$hash_b64`` so the cost can be raised later without breaking old files.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store import EventStore

META_KEY = "organiser_pin_hash"
# n=2**14, r=8: ~20-40 ms per check on a desk laptop, slow enough against guessing a short PIN offline.
_N, _R, _P = 2**14, 8, 1


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)


def hash_pin(pin: str) -> str:
    salt = os.urandom(16)
    digest = _hash(pin, salt, _N, _R, _P)
    return f"scrypt${_N}${_R}${_P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def set_pin(store: EventStore, pin: str | None) -> None:
    """Set (or with ``None``/"" remove) the organiser PIN of the event."""
    if not pin:
        store.conn.execute("DELETE FROM meta WHERE key = ?", (META_KEY,))
        return
    if len(pin) < 4:
        raise ValueError("the organiser PIN needs at least 4 characters")
    store.set_meta(META_KEY, hash_pin(pin))


def pin_required(store: EventStore) -> bool:
    return bool(store.get_meta(META_KEY))


def verify_pin(store: EventStore, pin: str | None) -> bool:
    """True if ``pin`` matches, or if the event has no PIN at all."""
    stored = store.get_meta(META_KEY)
    if not stored:
        return True
    if not pin:
        return False
    try:
        scheme, n, r, p, salt, digest = str(stored).split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = _hash(pin, base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(expected, actual)
