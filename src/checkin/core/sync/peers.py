"""Peers of a station and what it knows about them (in memory, persisted to ``sync_peers``/``sync_status``)."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..failures import Failure, Why
from ..transactions import write_transaction

if TYPE_CHECKING:
    from ..store import EventStore

CLOCK_WARN_SECONDS = 60.0


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class PeerState:
    station_id: str
    url: str | None = None
    last_contact: datetime | None = None
    last_error: str | None = None
    their_vector: dict[str, int] = field(default_factory=dict)
    clock_offset: float | None = None  # seconds: their clock minus ours
    connected: bool = False
    role: str = ""  # what the peer proved in its latest handshake (issue 25; "" before one this run)

    def behind(self, ours: dict[str, int]) -> int:
        """How many of our records this peer has not got yet (as far as we know)."""
        return sum(max(0, top - int(self.their_vector.get(station, 0))) for station, top in ours.items())

    @property
    def clock_warning(self) -> bool:
        return self.clock_offset is not None and abs(self.clock_offset) > CLOCK_WARN_SECONDS

    def to_json(self, ours: dict[str, int]) -> dict:
        return {
            "station": self.station_id, "url": self.url, "connected": self.connected,
            "last_contact": self.last_contact.isoformat(timespec="seconds") if self.last_contact else None,
            "behind": self.behind(ours), "clock_offset_s": None if self.clock_offset is None
            else round(self.clock_offset, 1), "clock_warning": self.clock_warning, "last_error": self.last_error,
            "role": self.role or None,
        }


def merge_vectors(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    out = dict(a)
    for station, top in b.items():
        if int(top) > out.get(station, 0):
            out[station] = int(top)
    return out


class StatusBook:
    """Thread-safe peer states; the service persists the changed ones every few seconds."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._states: dict[str, PeerState] = {}
        self._dirty: set[str] = set()
        self.started = utcnow()

    def load(self, store: EventStore) -> None:
        rows = store.conn.execute(
            "SELECT station_id, url, last_contact, last_error, their_vector, clock_offset FROM sync_status")
        with self._lock:
            for station, url, contact, error, vector, offset in rows:
                self._states.setdefault(station, PeerState(
                    station, url, datetime.fromisoformat(contact) if contact else None, error,
                    json.loads(vector or "{}"), offset))

    def contact(self, station: str, *, url: str | None = None, vector: dict[str, int] | None = None,
                offset: float | None = None, role: str | None = None) -> PeerState:
        with self._lock:
            old = self._states.get(station) or PeerState(station)
            new = replace(old, url=url or old.url, last_contact=utcnow(), last_error=None, connected=True,
                          their_vector=merge_vectors(old.their_vector, vector or {}),
                          clock_offset=old.clock_offset if offset is None else offset, role=role or old.role)
            self._states[station] = new
            self._dirty.add(station)
            return new

    def failed(self, station: str, error: str, url: str | None = None) -> None:
        with self._lock:
            old = self._states.get(station) or PeerState(station)
            self._states[station] = replace(old, url=url or old.url, last_error=error, connected=False)
            self._dirty.add(station)

    def disconnected(self, station: str) -> None:
        with self._lock:
            if station in self._states:
                self._states[station] = replace(self._states[station], connected=False)

    def vector_of(self, station: str) -> dict[str, int]:
        with self._lock:
            state = self._states.get(station)
            return dict(state.their_vector) if state else {}

    def states(self) -> list[PeerState]:
        with self._lock:
            return sorted(self._states.values(), key=lambda s: s.station_id)

    def last_contact(self) -> datetime | None:
        with self._lock:
            times = [s.last_contact for s in self._states.values() if s.last_contact]
        return max(times) if times else None

    def persist(self, store: EventStore) -> None:
        with self._lock:
            dirty = [self._states[s] for s in self._dirty]
            self._dirty.clear()
        if not dirty:
            return
        now = utcnow().isoformat()
        with write_transaction(store.conn):
            store.conn.executemany(
                "INSERT OR REPLACE INTO sync_status VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(s.station_id, s.url, s.last_contact.isoformat() if s.last_contact else None, s.last_error,
                  json.dumps(s.their_vector), s.clock_offset, now) for s in dirty])


def add_peer(store: EventStore, url: str, source: str = "manual") -> bool:
    """Remember an address; returns False if it was known already."""
    with write_transaction(store.conn):
        cur = store.conn.execute("INSERT OR IGNORE INTO sync_peers (url, source, added_at) VALUES (?, ?, ?)",
                                 (url, source, utcnow().isoformat()))
    return cur.rowcount == 1


def remove_peer(store: EventStore, url: str) -> None:
    with write_transaction(store.conn):
        store.conn.execute("DELETE FROM sync_peers WHERE url = ?", (url,))


def peer_urls(store: EventStore) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in store.conn.execute("SELECT url, source FROM sync_peers ORDER BY added_at")]


class AddressError(Failure, ValueError):
    """A station address that cannot be used (one line for the user)."""


def normalise_url(text: str, default_port: int) -> str:
    """'192.168.1.20', '192.168.1.20:8765' or 'http://host:port/' -> 'http://host:port'."""
    text = text.strip().rstrip("/")
    if not text:
        raise AddressError("empty address", Why.ADDRESS_EMPTY)
    if "://" not in text:
        text = "http://" + text
    scheme, rest = text.split("://", 1)
    if scheme != "http":
        raise AddressError(f"stations talk plain HTTP with encrypted bodies; use http://, not {scheme}://",
                           Why.ADDRESS_SCHEME, scheme=scheme)
    host = rest.split("/", 1)[0]
    if not host:
        raise AddressError("address without a host", Why.ADDRESS_NO_HOST)
    if host.startswith("["):
        if "]:" not in host:
            host += f":{default_port}"
    elif ":" not in host:
        host += f":{default_port}"
    return f"http://{host}"
