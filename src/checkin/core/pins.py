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
from types import MappingProxyType
from typing import TYPE_CHECKING

from . import roles

if TYPE_CHECKING:
    from .store import EventStore

META_KEY = "organiser_pin_hash"
# Issue 25: n=2**16, r=8 (64 MB): ~0.15-0.2 s per check on one laptop core (README: "What a stolen copy
# gives away"). Hashes made with an older cost keep working: the cost is part of the stored string.
_N, _R, _P = 2**16, 8, 1
_MAXMEM = 2**27
STRENGTH_KEY = "pin_strength"  # {role: True} for PINs strong enough to travel in a desk copy
MONTH_OF_GUESSES = 2 * 10**7  # one core, 30 days, ~0.13 s a guess: a PIN must have more possibilities


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=_MAXMEM)


def possibilities(pin: str) -> int:
    """How many PINs of this length and kind there are (digits: 10 each; with letters: 36 each)."""
    alphabet = 10 if pin.isdigit() else 36 if pin.isalnum() else 70
    return alphabet ** len(pin)


def strong_enough(pin: str) -> bool:
    """Survives a month of one core guessing offline against the stored hash (8+ digits, or 6+ characters
    with letters; people pick words, so fewer letters count as too few): the policy for PINs whose hash goes
    out in desk copies."""
    return possibilities(pin) > MONTH_OF_GUESSES and (pin.isdigit() or len(pin) >= 6)


WEAK_PIN_HINT = "use 8 or more digits, or 6 or more characters with letters"


def _note_strength(store: EventStore, role: str, pin: str | None) -> None:
    strength = dict(store.get_meta(STRENGTH_KEY) or {})
    if pin:
        strength[role] = strong_enough(pin)
    else:
        strength.pop(role, None)
    store.set_meta(STRENGTH_KEY, strength)


def weak_for_copies(store: EventStore, roles_checked: tuple[str, ...] = ("organiser", "desk")) -> list[str]:
    """Roles whose PIN hash a desk copy would carry although the PIN is not known to be strong enough."""
    strength = store.get_meta(STRENGTH_KEY) or {}
    return [role for role in roles_checked if store.get_meta(ROLE_KEYS[role]) and not strength.get(role)]


def hash_pin(pin: str) -> str:
    salt = os.urandom(16)
    digest = _hash(pin, salt, _N, _R, _P)
    return f"scrypt${_N}${_R}${_P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def set_pin(store: EventStore, pin: str | None) -> None:
    """Set (or with ``None``/"" remove) the organiser PIN of the event."""
    roles.require(store, "settings", "setting the organiser PIN")
    if not pin:
        store.conn.execute("DELETE FROM meta WHERE key = ?", (META_KEY,))
        _note_strength(store, "organiser", None)
        return
    if len(pin) < 4:
        raise ValueError("the organiser PIN needs at least 4 characters")
    store.set_meta(META_KEY, hash_pin(pin))
    _note_strength(store, "organiser", pin)


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
ROLE_KEYS = MappingProxyType({"organiser": META_KEY, "desk": "desk_pin_hash", "helper": "helper_pin_hash"})
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
        _note_strength(store, role, None)
        return
    if len(pin) < 4:
        raise ValueError("a PIN needs at least 4 characters")
    store.set_meta(key, hash_pin(pin))
    _note_strength(store, role, pin)


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
