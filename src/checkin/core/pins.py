"""The organiser PIN that desk overrides may require (meta "organiser_pin_hash", scrypt).

Stored as ``scrypt$n$r$p$salt_b64$hash_b64`` so the cost can be raised later without breaking old files.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from . import roles

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
    roles.require(store, "settings", "setting the organiser PIN")
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


# --- role PINs and slow-down after wrong PINs (issue 13) ---------------------------------------------------
ROLE_KEYS = {"organiser": META_KEY, "desk": "desk_pin_hash", "helper": "helper_pin_hash"}
ATTEMPTS_KEY = "pin_attempts"  # {"failures": n, "next_at": UTC ISO}: persisted, so a restart does not reset it
FREE_FAILURES = 3  # wrong PINs without any wait (typos happen)
MAX_WAIT = 300.0


@dataclass(frozen=True)
class PinCheck:
    ok: bool
    wait: float = 0.0  # seconds until the next try is accepted (0: now)
    failures: int = 0


def set_role_pin(store: EventStore, role: str, pin: str | None) -> None:
    """Set or remove the PIN that unlocks a station of ``role`` (the organiser PIN is ``set_pin``)."""
    roles.require(store, "settings", "setting a role PIN")
    if role == "organiser":
        set_pin(store, pin)
        return
    key = ROLE_KEYS[role]
    if not pin:
        store.conn.execute("DELETE FROM meta WHERE key = ?", (key,))
        return
    if len(pin) < 4:
        raise ValueError("a PIN needs at least 4 characters")
    store.set_meta(key, hash_pin(pin))


def _matches(stored: str, pin: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = str(stored).split("$")
        if scheme != "scrypt":
            return False
        actual = _hash(pin, base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(base64.b64decode(digest), actual)


def role_has_pin(store: EventStore, role: str) -> bool:
    return bool(store.get_meta(ROLE_KEYS.get(role, META_KEY))) or pin_required(store)


def wait_seconds(failures: int) -> float:
    """Doubling wait: 1-2 wrong PINs cost nothing, the 3rd 2 s, the 4th 4 s ... at most 5 minutes."""
    if failures < FREE_FAILURES:
        return 0.0
    return min(MAX_WAIT, 2.0 ** (failures - FREE_FAILURES + 1))


def attempt(store: EventStore, role: str, pin: str | None, *, now: datetime | None = None) -> PinCheck:
    """Check ``pin`` for ``role`` (the organiser PIN opens every role) with a persisted slow-down.

    While a wait is running the PIN is not even checked, so guessing costs real time on the device.
    """
    now = now or datetime.now(UTC)
    state = dict(store.get_meta(ATTEMPTS_KEY) or {})
    failures = int(state.get("failures", 0))
    next_at = datetime.fromisoformat(state["next_at"]) if state.get("next_at") else None
    if next_at is not None and now < next_at:
        return PinCheck(False, (next_at - now).total_seconds(), failures)
    candidates = [store.get_meta(ROLE_KEYS[role])] if role in ROLE_KEYS and role != "organiser" else []
    candidates.append(store.get_meta(META_KEY))
    stored = [c for c in candidates if c]
    ok = not stored or (bool(pin) and any(_matches(s, pin or "") for s in stored))
    if ok:
        if state:
            store.conn.execute("DELETE FROM meta WHERE key = ?", (ATTEMPTS_KEY,))
        return PinCheck(True)
    failures += 1
    wait = wait_seconds(failures)
    store.set_meta(ATTEMPTS_KEY, {"failures": failures,
                                  "next_at": (now + timedelta(seconds=wait)).isoformat() if wait else None})
    return PinCheck(False, wait, failures)
