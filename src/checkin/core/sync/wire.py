"""Wire format of station-to-station messages (see docs/sync-protocol.md for the whole protocol).

Every HTTP body between stations is one envelope::

    offset size  field
    0      4     magic  b"CKS1"
    4      1     type   1 hello, 2 hello reply, 3 request, 4 response, 5 pair request, 6 pair reply
    5      8     key id (from the sync secret; pairing: the event tag)
    13     16    session id (zeros in hello and pairing)
    29     8     counter, big endian (0 in hello and pairing; requests count up from 1 within a session)
    37     12    nonce (random)
    49     ...   ChaCha20-Poly1305 ciphertext of the payload, 16-byte tag included

The AEAD's associated data is the 49-byte header; a reply's associated data is its header followed by the
request's nonce, so a reply cannot be replayed as the answer to another request. The payload is one flag
byte (0 raw, 1 zlib) and a UTF-8 JSON object that always carries ``ts`` (sender's UTC clock, ms since epoch).
"""

from __future__ import annotations

import json
import os
import struct
import threading
import time
import zlib
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from .limits import MAX_INT, JsonBudget, inflate, parse_json

MAGIC = b"CKS1"
HELLO, HELLO_REPLY, REQUEST, RESPONSE, PAIR, PAIR_REPLY = 1, 2, 3, 4, 5, 6
_HEADER = struct.Struct(">4sB8s16sQ12s")
HEADER_SIZE = _HEADER.size  # 49
NO_SESSION = bytes(16)
COMPRESS_ABOVE = 2048
MAX_BODY = 16 * 1024 * 1024  # a full batch (10,000 records) is about 0.4 MB on the wire
# What one payload may expand to: a full batch is ~1.7 MB of JSON, ~200,000 values, ~20,000 lists/objects.
PAYLOAD_BUDGET = JsonBudget(inflated=16 * 1024 * 1024, items=1_500_000, containers=300_000)


class WireError(Exception):
    """A message that is malformed, forged, for another key, or replayed."""


class Damaged(WireError):
    """An authentic message whose payload is too large, too deep or not JSON."""


@dataclass(frozen=True)
class Header:
    type: int
    key_id: bytes
    session: bytes
    counter: int
    nonce: bytes

    def pack(self) -> bytes:
        return _HEADER.pack(MAGIC, self.type, self.key_id, self.session, self.counter, self.nonce)


def now_ms() -> int:
    return int(time.time() * 1000)


def peek(body: bytes) -> Header:
    """The clear header, before any authentication (only to pick the key and the session)."""
    if len(body) < HEADER_SIZE + 16:
        raise WireError("message too short")
    magic, kind, key_id, session, counter, nonce = _HEADER.unpack_from(body)
    if magic != MAGIC:
        raise WireError("not a checkin sync message")
    return Header(kind, key_id, session, counter, nonce)


class RawJSON(str):
    """A payload value that is JSON text already (journal rows built by SQLite), put in as it is."""


def _encode(payload: dict[str, Any]) -> bytes:
    plain = {k: v for k, v in payload.items() if not isinstance(v, RawJSON)}
    text = json.dumps(plain, ensure_ascii=False, separators=(",", ":"))
    if len(plain) < len(payload):  # ``plain`` is never empty (``ts``): splice the rest in before the brace
        text = text[:-1] + "".join(f",{json.dumps(k)}:{v}" for k, v in payload.items() if isinstance(v, RawJSON)) + "}"
    raw = text.encode("utf-8")
    if len(raw) > COMPRESS_ABOVE:
        return b"\x01" + zlib.compress(raw, 1)
    return b"\x00" + raw


def _decode(plain: bytes) -> dict[str, Any]:
    flag, raw = plain[:1], plain[1:]
    if flag == b"\x01":
        raw = inflate(raw, PAYLOAD_BUDGET.inflated)
    elif flag != b"\x00":
        raise WireError("unknown payload encoding")
    obj = parse_json(raw, PAYLOAD_BUDGET)
    if not isinstance(obj, dict):
        raise Damaged("payload is not an object")
    return obj


def seal(key: bytes, kind: int, key_id: bytes, payload: dict[str, Any], *, session: bytes = NO_SESSION,
         counter: int = 0, reply_to: bytes = b"") -> bytes:
    """Encrypt and authenticate one message; ``reply_to`` is the nonce of the request being answered."""
    payload = {**payload, "ts": payload.get("ts", now_ms())}
    header = Header(kind, key_id, session, counter, os.urandom(12)).pack()
    return header + ChaCha20Poly1305(key).encrypt(header[-12:], _encode(payload), header + reply_to)


def open_(key: bytes, body: bytes, *, expect: int, reply_to: bytes = b"") -> tuple[Header, dict[str, Any]]:
    header = peek(body)
    if header.type != expect:
        raise WireError(f"unexpected message type {header.type}")
    try:
        plain = ChaCha20Poly1305(key).decrypt(header.nonce, body[HEADER_SIZE:], body[:HEADER_SIZE] + reply_to)
    except InvalidTag:
        raise WireError("authentication failed (wrong sync secret or altered message)") from None
    try:
        payload = _decode(plain)
    except (ValueError, zlib.error) as exc:
        raise Damaged(f"damaged payload ({exc})") from None
    ts = payload.get("ts")
    if isinstance(ts, bool) or not isinstance(ts, int) or not 0 <= ts < MAX_INT:
        raise Damaged("payload without a timestamp")
    return header, payload


class Sessions:
    """Server-side replay protection.

    A hello opens a session (16 random bytes, sent back encrypted); every request in it carries a counter
    that may be used once. Counters below the session's highest minus ``WINDOW`` are refused outright, so
    the memory per session stays small while parallel requests (long-poll and push) may arrive out of order.
    Sessions die after ``IDLE`` seconds without use and when the server restarts: a recording of any message
    is useless later. Hellos themselves are remembered by nonce for ``HELLO_MEMORY`` seconds and refused twice.
    """

    WINDOW = 1024
    IDLE = 600.0
    MAX_SESSIONS = 512
    HELLO_MEMORY = 900.0

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sessions: dict[bytes, _Session] = {}
        self._hellos: dict[bytes, float] = {}

    def open(self, hello_nonce: bytes, station: str, *, role: str = "helper", key: bytes | None = None) -> bytes:
        """A new session for ``station``: the role it proved and the key its requests are sealed with
        (None: the event's transport key, for a peer that did not do the key exchange)."""
        now = time.monotonic()
        with self._lock:
            self._expire(now)
            if hello_nonce in self._hellos:
                raise WireError("replayed hello")
            self._hellos[hello_nonce] = now
            if len(self._sessions) >= self.MAX_SESSIONS:
                oldest = min(self._sessions, key=lambda s: self._sessions[s].used)
                del self._sessions[oldest]
            sid = os.urandom(16)
            self._sessions[sid] = _Session(station=station, used=now, role=role, key=key)
            return sid

    def lookup(self, session: bytes) -> tuple[bytes | None, str]:
        """(key, role) of a live session, to open its requests; raises SessionUnknown."""
        with self._lock:
            s = self._sessions.get(session)
            if s is None or time.monotonic() - s.used > self.IDLE:
                raise SessionUnknown("unknown or expired session")
            return s.key, s.role

    def accept(self, session: bytes, counter: int) -> str:
        """Mark ``counter`` used in ``session``; returns the peer's station id. Raises on replay."""
        now = time.monotonic()
        with self._lock:
            s = self._sessions.get(session)
            if s is None or now - s.used > self.IDLE:
                self._sessions.pop(session, None)
                raise SessionUnknown("unknown or expired session")
            if counter <= 0 or counter <= s.top - self.WINDOW or counter in s.seen:
                raise WireError("replayed message")
            s.seen.add(counter)
            if counter > s.top:
                s.top = counter
                s.seen = {c for c in s.seen if c > s.top - self.WINDOW}
            s.used = now
            return s.station

    def _expire(self, now: float) -> None:
        for sid in [k for k, s in self._sessions.items() if now - s.used > self.IDLE]:
            del self._sessions[sid]
        for n in [k for k, t in self._hellos.items() if now - t > self.HELLO_MEMORY]:
            del self._hellos[n]


class SessionUnknown(WireError):
    """The session is gone (server restarted or idle): the client says hello again."""


@dataclass
class _Session:
    station: str
    used: float
    role: str = "helper"
    key: bytes | None = None
    top: int = 0
    seen: set[int] = field(default_factory=set)
