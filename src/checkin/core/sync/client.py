"""Talking to one peer station over HTTP (urllib): hello, exchange, and a complete two-way sync."""

from __future__ import annotations

import http.client
import json
import logging
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..roles import HELPER
from . import integrity, trust, wire
from .exchange import BATCH, incoming_records, merge_from, missing_batch, missing_rows, version_vector
from .secret import EventKeys, SyncError
from .server import PATH

if TYPE_CHECKING:
    from ..store import EventStore

log = logging.getLogger("checkin.sync")


class PeerUnreachable(SyncError):
    """Nobody answers at the address (station off, wrong address, network down)."""


class PeerRefused(SyncError):
    """The peer answered but refused us (another event, another secret, or a protocol error)."""


@dataclass
class SyncReport:
    peer: str
    station: str = ""
    sent: int = 0
    received: int = 0
    already_known: int = 0
    double_admissions: int = 0
    clock_offset_s: float | None = None
    conflicts: list[str] = field(default_factory=list)
    peer_role: str = HELPER  # what the peer proved (issue 25)
    refused: int = 0  # records of the peer we refused (kept in sync_refused)
    refused_reasons: dict[str, int] = field(default_factory=dict)
    refused_by_peer: int = 0  # records of ours the peer refused
    not_relayed: int = 0  # other stations' records a helper offered (they come from their own station)
    repaired: int = 0  # records moved by comparing record ids (version vectors had missed them)
    still_differ: int = 0  # records one side holds and the other lacks after the sync (not refused ones)
    same_seq: int = 0  # (station, seq) pairs held by two different records (both kept)
    went_back: bool = False  # the peer holds records of our station id that this file lacks
    refused_ids_by_peer: set[str] = field(default_factory=set, repr=False)

    def peer_refused(self, msg: dict[str, Any]) -> None:
        """Note the records of ours the peer refused in this answer (each counts once per sync)."""
        self.refused_ids_by_peer |= {str(i) for i in msg.get("refused") or []}
        self.refused_by_peer = len(self.refused_ids_by_peer)
    new_station: str = ""  # this copy went back in time (a restored backup) and works as this station now

    @property
    def clock_warning(self) -> bool:
        return self.clock_offset_s is not None and abs(self.clock_offset_s) > 60

    def to_json(self) -> dict[str, Any]:
        return {"peer": self.peer, "station": self.station, "sent": self.sent, "received": self.received,
                "already_known": self.already_known, "double_admissions": self.double_admissions,
                "clock_offset_s": None if self.clock_offset_s is None else round(self.clock_offset_s, 1),
                "clock_warning": self.clock_warning, "peer_role": self.peer_role, "refused": self.refused,
                "refused_reasons": self.refused_reasons,
                "refused_by_peer": self.refused_by_peer, "not_relayed": self.not_relayed,
                "repaired": self.repaired, "still_differ": self.still_differ, "same_seq": self.same_seq,
                "new_station": self.new_station or None}


DECLINED_RETRY = 300.0  # seconds before records refused on either side are offered again


def _at_least(vector: dict[str, int], floor: dict[str, int]) -> dict[str, int]:
    if not floor:
        return vector
    out = dict(vector)
    for station, seq in floor.items():
        out[station] = max(seq, out.get(station, 0))
    return out


def _seqs_of(conn: Any, record_ids: list[Any]) -> dict[str, int]:
    """Highest seq per station among these records of our journal (the ones a peer refused)."""
    ids = [str(i) for i in record_ids][:BATCH]
    if not ids:
        return {}
    out: dict[str, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for station, top in conn.execute(f"SELECT station_id, MAX(seq) FROM journal WHERE record_id IN "
                                         f"({','.join('?' * len(chunk))}) GROUP BY station_id", chunk):
            out[station] = max(int(top), out.get(station, 0))
    return out


class PeerClient:
    """One peer address. Thread-safe: a long poll and a push may run at the same time in one session."""

    def __init__(self, url: str, keys: EventKeys, station_id: str, *, port: int | None = None,
                 timeout: float = 10.0) -> None:
        self.url = url.rstrip("/")
        self.keys = keys
        self.station_id = station_id
        self.port = port  # where we serve, so the peer can show (and reach) us
        self.timeout = timeout
        self._lock = threading.Lock()
        self._session: bytes | None = None
        self._session_key: bytes | None = None
        self._counter = 0
        self.peer_station = ""
        self.peer_role = HELPER  # what the peer proved in the last hello (issue 25)
        self.role_at_peer = HELPER
        self.peer_vector: dict[str, int] = {}  # what the peer had at its latest answer (not merged: a peer
        self.peer_vector_at = 0.0  # whose file went back to a backup must get its records again); monotonic
        self.clock_offset: float | None = None
        self.recorder: list[bytes] | None = None  # tests: keep every request body sent
        self.last_merge: Any = None
        self.rows = False  # the peer reads the compact row form (said so in its hello reply)
        # Issue 25: refused records are not merged, so vectors stay below them and the same batch would come
        # (or go) again at once, forever when it is full. Per station, the highest seq refused here and refused
        # by the peer count as had for a while; then they are offered again (a certificate may have arrived).
        self._declined_in: dict[str, int] = {}
        self._declined_out: dict[str, int] = {}
        self._declined_since = time.monotonic()

    # --- transport ---------------------------------------------------------------------------------
    def _post(self, body: bytes, timeout: float) -> bytes:
        if self.recorder is not None:
            self.recorder.append(body)
        req = urllib.request.Request(self.url + PATH, data=body, method="POST",
                                     headers={"Content-Type": "application/octet-stream"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return resp.read()
        except urllib.error.HTTPError as exc:
            try:
                message = json.loads(exc.read().decode("utf-8")).get("error", "")
            except (ValueError, UnicodeDecodeError, AttributeError, OSError, http.client.HTTPException):
                message = ""  # the station went away mid-answer (it is stopping)
            if exc.code == 401:
                raise wire.SessionUnknown(message or "session expired") from None
            raise PeerRefused(f"station at {self.url} refused: {message or exc.reason}") from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, TimeoutError):
                reason = "no answer in time"
            raise PeerUnreachable(f"cannot reach a station at {self.url}: {reason}") from None

    def hello(self, vector: dict[str, int]) -> None:
        # Issue 25: a one-time key for this session and, on a desk or the master, a proof of the role.
        private, eph = trust.new_ephemeral()
        identity = self.keys.identity
        proof = identity.prove(trust.transcript(self.keys.event_id, self.station_id, eph)) if identity else None
        body = wire.seal(self.keys.transport, wire.HELLO, self.keys.key_id,
                         {"station": self.station_id, "event_id": self.keys.event_id, "vector": vector,
                          "port": self.port, "eph": eph.hex(), "proof": proof})
        sent = time.time()
        reply = self._post(body, self.timeout)
        got = time.time()
        try:
            _, msg = wire.open_(self.keys.transport, reply, expect=wire.HELLO_REPLY, reply_to=body[37:49])
        except wire.WireError as exc:
            raise PeerRefused(f"station at {self.url} answered with an invalid message ({exc})") from None
        peer_station = str(msg["station"])
        key, role = self._handshake(msg, private, eph, peer_station)
        with self._lock:
            self._session = bytes.fromhex(msg["session"])
            self._session_key = key
            self._counter = 0
        self.peer_station, self.peer_role = peer_station, role
        self.role_at_peer = str(msg.get("role") or HELPER)  # what the peer made of our proof
        self._peer_has(msg)
        self.rows = msg.get("rows") is True
        self._clock(msg["ts"], sent, got)

    def _handshake(self, msg: dict[str, Any], private: Any, eph: bytes, station: str) -> tuple[bytes | None, str]:
        """(session key, the peer's proven role) from a hello reply; an older station: (None, helper)."""
        try:
            server_eph = bytes.fromhex(str(msg.get("eph") or ""))
        except ValueError:
            server_eph = b""
        if len(server_eph) != 32:
            return None, HELPER
        key = trust.session_key(self.keys.transport, private, server_eph, eph, server_eph)
        identity = self.keys.identity
        role = identity.check(msg.get("proof"), trust.transcript(self.keys.event_id, station, eph, server_eph),
                              station) if identity else HELPER
        return key, role

    def _peer_has(self, msg: dict[str, Any]) -> None:
        self.peer_vector = {str(k): int(v) for k, v in (msg.get("vector") or {}).items()}
        self.peer_vector_at = time.monotonic()

    def _clock(self, their_ms: int, sent: float, got: float) -> None:
        # Their clock minus ours, at the midpoint of the round trip (good to a few ms on a LAN).
        self.clock_offset = their_ms / 1000.0 - (sent + got) / 2

    def call(self, payload: dict[str, Any], *, timeout: float | None = None,
             vector: dict[str, int] | None = None) -> dict[str, Any]:
        for attempt in (1, 2):
            if self._session is None:
                self.hello(vector or {})
            with self._lock:
                self._counter += 1
                counter, session = self._counter, self._session or wire.NO_SESSION
                key = self._session_key or self.keys.transport
            body = wire.seal(key, wire.REQUEST, self.keys.key_id, payload, session=session, counter=counter)
            sent = time.time()
            try:
                reply = self._post(body, timeout or self.timeout)
            except wire.SessionUnknown:
                if attempt == 2:
                    raise PeerRefused(f"station at {self.url} keeps forgetting the session") from None
                self._session = None  # server restarted: say hello again
                continue
            got = time.time()
            try:
                _, msg = wire.open_(key, reply, expect=wire.RESPONSE, reply_to=body[37:49])
            except wire.WireError as exc:
                raise PeerRefused(f"station at {self.url} answered with an invalid message ({exc})") from None
            self._clock(msg["ts"], sent, got)
            return msg
        raise AssertionError("unreachable")

    # --- replication -------------------------------------------------------------------------------
    def exchange(self, store: EventStore, *, wait: float = 0.0, push: bool = True, pull: bool = True,
                 only: set[str] | None = None, report: SyncReport | None = None,
                 skip: Collection[str] = (), lean: bool = False, cache: dict | None = None) -> bool:
        """One round: send what the peer lacks (by its last vector), merge what it sends back.

        A long poll (``wait``) may ask the peer to leave out records that reach us another way: those of the
        stations in ``skip`` (we sync with them directly) and, with ``lean``, the peer's own while it pushes
        them to us. Returns True when there may be more to move (a batch was full).
        """
        t0 = time.perf_counter()
        if time.monotonic() - self._declined_since > DECLINED_RETRY:
            self._declined_in, self._declined_out, self._declined_since = {}, {}, time.monotonic()
        ours = _at_least(version_vector(store.conn), self._declined_in)
        payload: dict[str, Any] = {"op": "exchange", "vector": ours, "limit": BATCH if pull else 0, "wait": wait,
                                   "want": "rows"}
        sent, more_out = 0, False
        role = self.peer_role
        if self.role_at_peer == HELPER:  # a helper's relays are not taken: offer only our own records
            only = {self.station_id} if only is None else only & {self.station_id}
        if push and self.rows:
            payload["rows"], sent, more_out = missing_rows(store.conn, _at_least(self.peer_vector, self._declined_out),
                                                           BATCH, only,
                                                           cache=cache if role != HELPER else None, role=role)
        elif push:  # a station that only reads record objects
            out, more_out = missing_batch(store.conn, _at_least(self.peer_vector, self._declined_out), BATCH, only,
                                          role=role)
            payload["records"], sent = [r.to_json() for r in out], len(out)
        if role == HELPER and self.peer_station:  # we take only a helper's own records: ask for no others
            payload["only"] = [self.peer_station]
        if skip or lean:
            payload["skip"] = sorted(skip)
        if lean:
            payload["lean"] = True
        msg = self.call(payload, timeout=self.timeout + wait, vector=ours)
        t1 = time.perf_counter()
        incoming = incoming_records(msg)
        result, screened = merge_from(store, incoming, role, str(msg.get("station") or self.peer_station))
        log.debug("exchange with %s: sent %d, got %d (%d new) in %.3f s + merge %.3f s", self.url, sent,
                  len(incoming), result.new_records, t1 - t0, time.perf_counter() - t1)
        self.peer_station = str(msg.get("station") or self.peer_station)
        self._peer_has(msg)
        for rec, _ in screened.refused:
            self._declined_in[rec.station_id] = max(rec.seq, self._declined_in.get(rec.station_id, 0))
        self._declined_out = _at_least(self._declined_out, _seqs_of(store.conn, msg.get("refused") or []))
        if report is not None:
            report.sent += int(msg.get("merged", {}).get("new_records", 0))
            report.received += result.new_records
            report.already_known += result.already_known + int(msg.get("merged", {}).get("already_known", 0))
            report.double_admissions = max(report.double_admissions, result.double_admissions,
                                           int(msg.get("merged", {}).get("double_admissions", 0)))
            report.refused += len(screened.refused)
            for why, n in screened.reasons().items():
                report.refused_reasons[why] = report.refused_reasons.get(why, 0) + n
            report.not_relayed += len(screened.not_relayed)
            report.peer_refused(msg)
        self.last_merge = result
        return bool(more_out or msg.get("more"))

    def reconcile(self, store: EventStore, report: SyncReport | None = None, *, by_vector: bool = True) -> int:
        """Compare record ids where the digests differ and move what each side lacks (``integrity``).

        ``by_vector``: stations whose vectors differ are compared too (a one-off sync); a running station
        compares only stations whose vectors are equal and leaves the others to the exchanges under way.
        Returns how many records still differ afterwards (refused ones not counted: they are reported apart).
        """
        report = report or SyncReport(peer=self.url)
        stations = self._differing(store, by_vector)
        if not stations:
            return 0
        theirs, ours = self._ids(stations), integrity.record_ids(store.conn, stations)
        # The peer holds records of our own station id that this file lacks: the file went back (a backup).
        report.went_back = report.went_back or bool(set(theirs.get(self.station_id, ())) -
                                                    set(ours.get(self.station_id, ())))
        # A helper relays nothing: from one we take only its own records, to one we offer only ours.
        takes = [s for s in stations if self.peer_role != HELPER or s == self.peer_station]
        gives = [s for s in stations if self.role_at_peer != HELPER or s == self.station_id]
        want = sorted(_ids_in(theirs, takes) - _ids_in(ours, takes) - trust.refused_ids(store.conn))
        give = sorted(_ids_in(ours, gives) - _ids_in(theirs, gives) - report.refused_ids_by_peer)
        declined: set[str] = set()
        for start in range(0, len(want), BATCH):
            msg = self.call({"op": "fetch", "ids": want[start:start + BATCH]})
            result, screened = merge_from(store, incoming_records(msg), self.peer_role, self.peer_station)
            report.received += result.new_records
            report.repaired += result.new_records
            report.refused += len(screened.refused)
            for why, n in screened.reasons().items():
                report.refused_reasons[why] = report.refused_reasons.get(why, 0) + n
            declined |= {r.record_id for r, _ in screened.refused}
        for start in range(0, len(give), BATCH):
            rows = integrity.rows_by_id(store.conn, give[start:start + BATCH], self.peer_role)
            msg = self.call({"op": "exchange", "vector": version_vector(store.conn), "limit": 0, "rows": rows})
            moved = int(msg.get("merged", {}).get("new_records", 0))
            report.sent += moved
            report.repaired += moved
            report.peer_refused(msg)
        still = self._differing(store, by_vector)
        if not still:
            return 0
        theirs, ours = self._ids(still), integrity.record_ids(store.conn, still)
        here = _ids_in(theirs, still) - _ids_in(ours, still) - declined - trust.refused_ids(store.conn)
        gives = [s for s in still if self.role_at_peer != HELPER or s == self.station_id]  # what we may deliver
        there = _ids_in(ours, gives) - _ids_in(theirs, gives) - report.refused_ids_by_peer
        return len(here | there)

    def _differing(self, store: EventStore, by_vector: bool) -> list[str]:
        """Stations whose records may differ: by digest, or by vector (a record written into a file by hand
        is in no digest, but its number shows)."""
        msg = self.call({"op": "digest", "vector": version_vector(store.conn)})
        ours, theirs = version_vector(store.conn), {str(k): int(v) for k, v in (msg.get("vector") or {}).items()}
        apart = {s for s in set(ours) | set(theirs) if ours.get(s, 0) != theirs.get(s, 0)}
        digest = set(integrity.differing(integrity.digests(store.conn), msg.get("digest") or {}))
        # A running station: only where the vectors say "equal" and the ids say otherwise (the rest is on its way).
        return sorted(digest | apart if by_vector else digest - apart)

    def _ids(self, stations: list[str]) -> dict[str, list[str]]:
        return {str(k): [str(i) for i in v] for k, v in (self.call({"op": "ids", "stations": stations})
                                                         .get("ids") or {}).items()}


def _ids_in(ids: dict[str, list[str]], stations: list[str]) -> set[str]:
    return {i for s in stations for i in ids.get(s, ())}


def sync_once(store: EventStore, url: str, keys: EventKeys, *, timeout: float = 10.0) -> SyncReport:
    """Both directions with one peer until neither side has anything the other lacks."""
    client = PeerClient(url, keys, store.station_id, timeout=timeout)
    report = SyncReport(peer=client.url)
    ours = version_vector(store.conn)
    client.hello(ours)
    report.went_back = integrity.went_back(ours, client.peer_vector, store.station_id)
    while client.exchange(store, report=report):
        pass
    report.still_differ = client.reconcile(store, report)
    if report.went_back:  # a restored backup: from now on this file numbers its records as a new station
        from ..installation import become_new_station
        from ..transactions import write_transaction

        with write_transaction(store.conn):
            report.new_station = become_new_station(store, f"station {client.peer_station} held records of "
                                                           "this station that this file had lost")
    report.same_seq = len(integrity.same_seq(store.conn))
    report.station, report.peer_role = client.peer_station, client.peer_role
    report.clock_offset_s = client.clock_offset
    report.double_admissions = len(store.double_admissions())
    return report
