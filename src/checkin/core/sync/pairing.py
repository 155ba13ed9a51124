"""Pairing a station with an event's sync network: a QR payload (carries the secret) or a short typed code.

QR payload: ``CKPAIR1`` + Base32 (no padding) of
    len(event_id) (1 byte) | event_id (UTF-8) | secret (32) | n (1) | n x (IPv4 (4) | port (2)) | SHA-256[:4]
The checksum lets a desk repair what a keyboard-wedge scanner typed through a mismatched layout.
Showing it on screen hands over the secret: show it only to desks of the event.

Short code: 12 characters (``XXXX-XXXX-XXXX``, 29 unambiguous symbols, ~58 bits), valid for 15 minutes on the
showing station (meta ``sync_pairing``). The joining desk sends a type-5 envelope sealed with
K = scrypt(code, salt = "checkin pair" + event id); the station answers (type 6, sealed with K) with the secret.
Five wrong attempts close the pairing; scrypt makes guessing a recorded exchange offline impractical.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import struct
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ..failures import Why
from . import wire
from .peers import add_peer, utcnow
from .secret import SyncError, encode_secret, ensure_secret, event_tag, get_secret, set_secret

if TYPE_CHECKING:
    from ..store import EventStore

PREFIX = "CKPAIR1"
ALPHABET = "ABCDEFGHJKMNPQRSTUVWX23456789"  # no I/L/1, O/0, Y/Z (swapped on German keyboards)
CODE_LENGTH = 12
META = "sync_pairing"
MINUTES = 15
MAX_FAILURES = 5


@dataclass(frozen=True)
class PairingOffer:
    payload: str
    short_code: str
    expires: str
    urls: list[str]


@dataclass
class JoinResult:
    event_id: str
    replaced_secret: bool
    peers: list[str] = field(default_factory=list)


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def encode_payload(event_id: str, secret: bytes, urls: list[str]) -> str:
    eid = event_id.encode("utf-8")
    addrs = []
    for url in urls:
        parsed = urlparse(url)
        try:
            ip = bytes(int(p) for p in (parsed.hostname or "").split("."))
        except ValueError:
            continue
        if len(ip) == 4 and parsed.port:
            addrs.append(ip + struct.pack(">H", parsed.port))
    body = bytes([len(eid)]) + eid + secret + bytes([len(addrs[:8])]) + b"".join(addrs[:8])
    return PREFIX + _b32(body + hashlib.sha256(body).digest()[:4])


def decode_payload(text: str) -> tuple[str, bytes, list[str]] | None:
    """(event id, secret, urls) if ``text`` is a pairing payload, repairing keyboard-layout damage."""
    from ..keyboard_layouts import repair_candidates

    for cand in [text.strip(), *repair_candidates(text.strip())]:
        cand = cand.upper()
        if not cand.startswith(PREFIX):
            continue
        try:
            raw = base64.b32decode(cand[len(PREFIX):] + "=" * (-len(cand[len(PREFIX):]) % 8))
        except ValueError:
            continue
        body, check = raw[:-4], raw[-4:]
        if len(body) < 35 or hashlib.sha256(body).digest()[:4] != check:
            continue
        n = body[0]
        eid, rest = body[1:1 + n].decode("utf-8"), body[1 + n:]
        secret, count, addrs = rest[:32], rest[32], rest[33:]
        urls = [f"http://{'.'.join(str(b) for b in addrs[i:i + 4])}:{struct.unpack('>H', addrs[i + 4:i + 6])[0]}"
                for i in range(0, min(count, len(addrs) // 6) * 6, 6)]
        return eid, secret, urls
    return None


def normalise_code(text: str) -> str | None:
    code = "".join(ch for ch in text.upper() if ch not in " -_\t")
    if len(code) != CODE_LENGTH or any(ch not in ALPHABET for ch in code):
        return None
    return code


def format_code(code: str) -> str:
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def _pair_key(code: str, event_id: str) -> bytes:
    salt = b"checkin pair " + event_id.encode("utf-8")
    return Scrypt(salt=salt, length=32, n=2 ** 14, r=8, p=1).derive(code.encode("ascii"))


def open_pairing(store: EventStore, urls: list[str], minutes: int = MINUTES) -> PairingOffer:
    """Start a pairing window on this station (any running sync service of this file honours it)."""
    secret = ensure_secret(store)
    code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    expires = (utcnow() + timedelta(minutes=minutes)).isoformat(timespec="seconds")
    store.set_meta(META, {"code": code, "expires": expires, "failures": 0})
    eid = str(store.get_meta("event_id"))
    return PairingOffer(encode_payload(eid, secret, urls), format_code(code), expires, urls)


def close_pairing(store: EventStore) -> None:
    store.conn.execute("DELETE FROM meta WHERE key = ?", (META,))


def handle_pair_request(path: str | Path, body: bytes, station_id: str, *,
                        key: str | None = None) -> tuple[int, bytes]:
    """Server side of a short-code join (runs in a request thread with its own connection)."""
    from datetime import datetime

    from ..store import EventStore

    def error(status: int, message: str) -> tuple[int, bytes]:
        return status, json.dumps({"error": message}).encode()

    with EventStore.open(path, key=key) as store:
        eid = str(store.get_meta("event_id"))
        header = wire.peek(body)
        if header.key_id != event_tag(eid):
            return error(409, "this station runs another event")
        offer = store.get_meta(META)
        if not offer or datetime.fromisoformat(offer["expires"]) < utcnow():
            return error(404, "no pairing is open on this station: show a new code")
        key = _pair_key(offer["code"], eid)
        try:
            header, msg = wire.open_(key, body, expect=wire.PAIR)
        except wire.WireError:
            offer["failures"] = int(offer.get("failures", 0)) + 1
            if offer["failures"] >= MAX_FAILURES:
                close_pairing(store)
                return error(403, "wrong code; pairing closed after too many attempts: show a new code")
            store.set_meta(META, offer)
            return error(403, "wrong pairing code")
        secret = ensure_secret(store)
        reply = wire.seal(key, wire.PAIR_REPLY, event_tag(eid),
                          {"secret": encode_secret(secret), "event_id": eid, "station": station_id},
                          reply_to=header.nonce)
        return 200, reply


def join_with_code(store: EventStore, code_text: str, urls: list[str], *, timeout: float = 10.0) -> JoinResult:
    """Join with a short code from a station at one of ``urls``, or with a full QR payload."""
    eid = str(store.get_meta("event_id"))
    decoded = decode_payload(code_text)
    if decoded is not None:
        their_eid, secret, payload_urls = decoded
        if their_eid != eid:
            raise SyncError("this pairing code belongs to another event: open the desk copy of that event",
                            Why.PAIRING_OTHER_EVENT)
        return _adopt(store, eid, secret, [*urls, *payload_urls], "pairing")
    code = normalise_code(code_text)
    if code is None:
        raise SyncError(f"not a pairing code: expected {CODE_LENGTH} letters and digits like "
                        f"{format_code('ABCD' * 3)}, or the pairing QR code", Why.NOT_PAIRING_CODE)
    if not urls:
        from .discovery import browse_event

        urls = browse_event(eid)
        if not urls:
            raise SyncError("no station of this event found on the network: give its address with --peer",
                            Why.NO_STATION_FOUND)
    key = _pair_key(code, eid)
    last_error = "no station answered"
    for url in urls:
        body = wire.seal(key, wire.PAIR, event_tag(eid), {"station": store.station_id})
        try:
            reply = _post(url, body, timeout)
            _, msg = wire.open_(key, reply, expect=wire.PAIR_REPLY, reply_to=body[37:49])
        except SyncError as exc:
            last_error = str(exc)
            continue
        except wire.WireError:
            last_error = f"station at {url} answered with an invalid message"
            continue
        from .secret import decode_secret

        return _adopt(store, eid, decode_secret(str(msg["secret"])), [url], "pairing")
    raise SyncError(last_error, Why.PAIRING_NO_ANSWER, detail=last_error)


def _adopt(store: EventStore, eid: str, secret: bytes, urls: list[str], source: str) -> JoinResult:
    old = get_secret(store)
    if old != secret:
        set_secret(store, secret)
    added = []
    for url in dict.fromkeys(urls):
        add_peer(store, url, source)
        added.append(url)
    return JoinResult(eid, replaced_secret=old is not None and old != secret, peers=added)


def _post(url: str, body: bytes, timeout: float) -> bytes:
    from .client import PeerClient, PeerRefused
    from .secret import EventKeys

    client = PeerClient(url, EventKeys("", b"", b"", b""), "", timeout=timeout)
    try:
        return client._post(body, timeout)
    except wire.SessionUnknown as exc:
        raise PeerRefused(str(exc)) from None
