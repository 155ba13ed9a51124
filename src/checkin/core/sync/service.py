"""A running station: the sync server, one worker per known peer, mDNS, and the status of every peer.

Used headless by ``checkin serve`` and by the GUI (inside a QThread wrapper). Qt-free.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from . import peers as peerdb
from .client import PeerClient, PeerRefused, PeerUnreachable
from .exchange import Watcher, version_vector
from .peers import PeerState, StatusBook, utcnow
from .secret import SyncError, event_keys
from .server import SyncServer

if TYPE_CHECKING:
    from ..store import EventStore, MergeResult

log = logging.getLogger("checkin.sync")
DEFAULT_PORT = 8765
LONG_POLL = 10.0
PUSH_HEARTBEAT = 5.0
COMPARE_EVERY = 30.0  # seconds between record-id comparisons with a quiet peer (issue 25: no silent loss)


@dataclass(frozen=True)
class ServiceStatus:
    station_id: str
    port: int
    our_vector: dict[str, int]
    peers: list[PeerState]
    addresses: list[tuple[str, str]]  # (url, source) this station connects to
    alone_since: datetime | None  # None while at least one peer is connected
    mdns: str  # "on", "off", "failed: ..."

    def alone_seconds(self) -> float:
        return 0.0 if self.alone_since is None else (utcnow() - self.alone_since).total_seconds()


class StationService:
    def __init__(self, path: str | Path, *, host: str = "0.0.0.0", port: int = DEFAULT_PORT,
                 peers: tuple[str, ...] = (), mdns: bool = True,
                 on_merged: Callable[[MergeResult], None] | None = None, key: str | None = None) -> None:
        self.path = str(path)
        self.key = key  # the passphrase of an encrypted copy: every connection of the service needs it
        store = self.open_store()
        try:
            self.keys = event_keys(store)  # creates the secret in a master on first use
            self.station_id = store.station_id
            self.title = store.get_meta("title", "")
            for url in peers:
                peerdb.add_peer(store, url, "manual")
            self.status_book = StatusBook()
            self.status_book.load(store)
        finally:
            store.close()
        self.on_merged = on_merged
        self.watcher = Watcher(self.path, key=key)
        self.server = SyncServer(self.path, self.keys, self.station_id, host=host, port=port, key=key,
                                 status=self.status_book, watcher=self.watcher, on_merged=self._merged,
                                 pair_handler=self._pair, pushing_to=self.pushing_to)
        self._workers: dict[str, PeerWorker] = {}
        self.rows_cache: dict[tuple, list] = {}  # our new records, read once for every peer they go to
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._started = utcnow()
        self._alone_since: datetime | None = self._started
        self.mdns_enabled = mdns
        self.mdns_state = "off"
        self.discovery = None
        self._house = threading.Thread(target=self._housekeeping, name="checkin-sync-house", daemon=True)

    def open_store(self) -> EventStore:
        """A connection of the service's own (each thread opens its own)."""
        from ..store import EventStore

        return EventStore.open(self.path, key=self.key)

    @property
    def port(self) -> int:
        return self.server.port

    def start(self) -> None:
        self.watcher.start()
        self.server.start()  # answering now; mDNS may take seconds (or fail) in the background
        self._house.start()
        if self.mdns_enabled:
            threading.Thread(target=self._start_mdns, name="checkin-sync-mdns", daemon=True).start()

    def stop(self) -> None:
        self._stop.set()
        try:  # what we knew about each peer, for `checkin stations` and the next start

            with self.open_store() as store:
                self.status_book.persist(store)
        except Exception:
            log.debug("could not save peer status", exc_info=True)
        with self._lock:
            workers = list(self._workers.values())
        for w in workers:
            w.stop()
        if self.discovery is not None:
            self.discovery.close()
        self.server.stop()
        self.watcher.stop()
        for w in workers:
            w.join(2)

    # --- peers -------------------------------------------------------------------------------------
    def add_peer(self, url: str, source: str = "manual") -> None:

        with self.open_store() as store:
            peerdb.add_peer(store, url, source)
        self._ensure_workers()

    def remove_peer(self, url: str) -> None:

        with self.open_store() as store:
            peerdb.remove_peer(store, url)
        with self._lock:
            worker = self._workers.pop(url, None)
        if worker:
            worker.stop()

    def _ensure_workers(self) -> None:

        with self.open_store() as store:
            urls = peerdb.peer_urls(store)
        with self._lock:
            for url, _source in urls:
                if url not in self._workers and not self._stop.is_set():
                    worker = PeerWorker(self, url)
                    self._workers[url] = worker
                    worker.start()

    def claimed(self, worker: PeerWorker, station: str) -> bool:
        """One worker per peer station: a second address of the same station (or ourselves) stays idle."""
        if station == self.station_id:
            return False
        with self._lock:
            return not any(w is not worker and w.peer_station == station and w.active
                           for w in self._workers.values())

    def pushing_to(self, station: str) -> bool:
        """A connected worker pushes our own records to ``station`` as they are written."""
        with self._lock:
            return any(w.peer_station == station and w.connected for w in self._workers.values())

    def settled(self) -> bool:
        """Every peer worker has tried its first hello (so ``direct`` means something)."""
        with self._lock:
            return all(w.tried for w in self._workers.values())

    def direct(self) -> set[str]:
        """Stations we sync with directly right now (their records come from them, not relayed)."""
        with self._lock:
            return {w.peer_station for w in self._workers.values() if w.connected}

    def _merged(self, result: MergeResult) -> None:
        if result.new_records and self.on_merged:
            try:
                self.on_merged(result)
            except Exception:  # a GUI callback must not kill the service
                log.exception("on_merged callback failed")

    def _pair(self, body: bytes) -> tuple[int, bytes]:
        from . import pairing

        return pairing.handle_pair_request(self.path, body, self.station_id, key=self.key)

    # --- status ------------------------------------------------------------------------------------
    def status(self) -> ServiceStatus:

        with self.open_store() as store:
            ours = version_vector(store.conn)
            addresses = peerdb.peer_urls(store)
        states = self.status_book.states()
        return ServiceStatus(self.station_id, self.port, ours, states, addresses,
                             None if any(s.connected for s in states) else self._alone_since_now(states),
                             self.mdns_state)

    def _alone_since_now(self, states: list[PeerState]) -> datetime:
        last = max((s.last_contact for s in states if s.last_contact), default=None)
        return max(last, self._started) if last else self._started

    def _housekeeping(self) -> None:

        self._ensure_workers()
        tick = 0
        while not self._stop.wait(3.0):
            tick += 1
            try:
                self._ensure_workers()
                # Inbound peers that went quiet: a long poll returns at least every LONG_POLL seconds.
                for state in self.status_book.states():
                    if state.connected and state.last_contact and \
                            (utcnow() - state.last_contact).total_seconds() > LONG_POLL * 2 and \
                            not any(w.peer_station == state.station_id and w.active for w in self._workers.values()):
                        self.status_book.disconnected(state.station_id)
                if tick % 10 == 0:  # every 30 s: each write wakes every screen watching the file
                    with self.open_store() as store:
                        self.status_book.persist(store)
            except Exception:
                log.exception("sync housekeeping failed")

    def _start_mdns(self) -> None:
        try:
            from .discovery import Discovery

            self.discovery = Discovery(self.keys, self.station_id, self.port, self._discovered)
            self.discovery.start()
            self.mdns_state = "on"
        except Exception as exc:  # no multicast on this network: manual addresses still work
            self.mdns_state = f"failed: {type(exc).__name__}"
            log.warning("mDNS unavailable (%s); add peers by address", type(exc).__name__)

    def _discovered(self, url: str) -> None:
        if not self._stop.is_set():
            try:
                self.add_peer(url, "mdns")
            except Exception:
                log.exception("could not add a discovered peer")


class PeerWorker:
    """Keeps one peer in sync: a long poll pulls its news, a pusher sends ours as soon as the journal grows."""

    def __init__(self, service: StationService, url: str) -> None:
        self.service = service
        self.url = url
        self.client = PeerClient(url, service.keys, service.station_id, port=service.port)
        self.peer_station = ""
        self.active = False
        self.tried = False  # said hello once, whether answered or not
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._pull_loop, name=f"sync-pull {url}", daemon=True),
                         threading.Thread(target=self._push_loop, name=f"sync-push {url}", daemon=True)]
        self._connected = threading.Event()
        self._fresh = threading.Event()  # connected again since the push loop last looked
        self._looked: dict[str, int] = {}  # the peer's vector at the last check for stuck relays

    def start(self) -> None:
        for t in self._threads:
            t.start()

    @property
    def connected(self) -> bool:
        return self.active and self._connected.is_set() and not self._stop.is_set()

    def stop(self) -> None:
        self._stop.set()
        self._connected.set()

    def join(self, timeout: float) -> None:
        for t in self._threads:
            t.join(timeout)

    def _store(self) -> EventStore:
        return self.service.open_store()

    def _after(self, store: EventStore) -> None:
        result = self.client.last_merge
        if result is not None and result.new_records:
            self.service.watcher.poke()
            self.service._merged(result)
        self.service.status_book.contact(self.client.peer_station, url=self.url, vector=self.client.peer_vector,
                                         offset=self.client.clock_offset, role=self.client.peer_role)

    def _pull_loop(self) -> None:
        backoff = 0.5
        store = self._store()
        try:
            while not self._stop.is_set():
                try:
                    if not self._connected.is_set():
                        try:
                            self.client.hello(version_vector(store.conn))
                        finally:
                            self.tried = True
                        self.peer_station = self.client.peer_station
                        if not self.service.claimed(self, self.peer_station):
                            self.active = False
                            self._stop.wait(30.0)  # ourselves or a duplicate address: look again later
                            continue
                        self.active = True
                        self._fresh.set()
                        self._connected.set()
                        backoff = 0.5
                    # Pull only: our news go by the push loop. Records of the stations we sync with directly,
                    # and the peer's own while it pushes them to us, come that way, not twice.
                    # Short polls until every peer answered once: ``skip`` holds for the whole poll.
                    skip = self.service.direct() - {self.peer_station}
                    wait = LONG_POLL if self.service.settled() else 1.0
                    more = self.client.exchange(store, wait=wait, push=False, skip=skip, lean=True)
                    self._after(store)
                    if more:
                        continue
                except (PeerUnreachable, PeerRefused, SyncError) as exc:
                    self._lost(str(exc))
                    self._stop.wait(backoff)
                    backoff = min(backoff * 2, 5.0)
                except Exception as exc:
                    log.exception("sync with a peer failed")
                    self._lost(f"{type(exc).__name__}")
                    self._stop.wait(backoff)
                    backoff = min(backoff * 2, 5.0)
        finally:
            store.close()

    def _lost(self, error: str) -> None:
        self._connected.clear()
        if self.peer_station:
            self.service.status_book.failed(self.peer_station, error, url=self.url)
        self.active = False

    def _push_loop(self) -> None:
        store = self._store()
        watcher = self.service.watcher
        try:
            seen, relayed, compared = -1, time.monotonic(), time.monotonic()
            while not self._stop.is_set():
                self._connected.wait()
                if self._stop.is_set():
                    break
                if self._fresh.is_set():  # just (re)connected: what the peer lacks goes now, not in 5 s
                    self._fresh.clear()
                    heartbeat, seen = True, watcher.mark
                else:
                    mark = watcher.wait_change(seen, PUSH_HEARTBEAT)
                    heartbeat, seen = mark == seen, mark
                self._refresh_peer_vector()
                if heartbeat and self._have_nothing_for_peer(store):
                    if time.monotonic() - compared >= COMPARE_EVERY:
                        compared = time.monotonic()
                        self._compare(store)
                    continue
                # Relays: everything the peer lacks when things are quiet; while the journal keeps growing,
                # every few seconds the stations whose records the peer has not been getting at all (it
                # reaches them only through us, a chain) - not those on their way to it directly.
                relay: set[str] | None = None
                if heartbeat:
                    relay = set(version_vector(store.conn))
                elif time.monotonic() - relayed >= PUSH_HEARTBEAT:
                    relayed = time.monotonic()
                    relay = self._stuck(store)
                try:
                    # Our own records at once: nobody else can give them to the peer yet. ``skip`` keeps the
                    # peer's word on whom we sync with directly fresh for our long poll there.
                    skip = self.service.direct() - {self.peer_station}
                    while self.client.exchange(store, pull=False, only={self.service.station_id}, skip=skip,
                                               cache=self.service.rows_cache):
                        pass
                    # Other stations' records only now and then: in a mesh the peer has them from their origin
                    # by then; in a chain (the peer does not know their origin) this relays them.
                    if relay:
                        while self.client.exchange(store, pull=False, only=relay):
                            pass
                    self._after(store)
                except (PeerUnreachable, PeerRefused, SyncError) as exc:
                    self._lost(str(exc))
                except Exception as exc:
                    log.exception("push to a peer failed")
                    self._lost(type(exc).__name__)
        finally:
            store.close()

    def _compare(self, store: EventStore) -> None:
        """Vectors say the peer has everything: make sure by record ids (a station id used twice, a backup)."""
        from .client import SyncReport

        report = SyncReport(peer=self.url)
        try:
            left = self.client.reconcile(store, report, by_vector=False)
        except (PeerUnreachable, PeerRefused, SyncError) as exc:
            self._lost(str(exc))
            return
        if report.repaired:
            log.warning("%d record(s) differed from station %s although the vectors matched; exchanged by id",
                        report.repaired, self.peer_station)
            self.service.watcher.poke()
        if left:
            log.warning("%d record(s) still differ from station %s", left, self.peer_station)

    def _stuck(self, store: EventStore) -> set[str]:
        """Stations the peer lacks records of and got none of since we last looked."""
        ours, theirs, before = version_vector(store.conn), self.client.peer_vector, self._looked
        self._looked = {s: theirs.get(s, 0) for s in ours}
        return {s for s, top in ours.items() if theirs.get(s, 0) < top and theirs.get(s, 0) <= before.get(s, -1)}

    def _refresh_peer_vector(self) -> None:
        """What the peer has, as told by whichever came last: its answer to us or its own request to us."""
        at, vector = self.service.server.reported.get(self.peer_station, (0.0, {}))
        if at > self.client.peer_vector_at:
            self.client.peer_vector, self.client.peer_vector_at = dict(vector), at

    def _have_nothing_for_peer(self, store: EventStore) -> bool:
        ours = version_vector(store.conn)
        theirs = self.client.peer_vector
        return all(top <= theirs.get(s, 0) for s, top in ours.items())


def wait_forever(service: StationService, stop: threading.Event | None = None) -> None:
    stop = stop or threading.Event()
    try:
        while not stop.wait(1.0):
            pass
    finally:
        service.stop()
