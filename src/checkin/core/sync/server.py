"""A station's sync server: one POST endpoint, encrypted envelopes only, behind a bounded HTTP front.

``front.BoundedHttpServer`` reads requests within fixed limits (a stranger's load costs bounded memory and no
threads) and refuses another key's envelope from its first 49 bytes. Each answer runs on a bounded worker
thread and borrows an EventStore from a small pool (sqlite connections are
used by one thread at a time). Long polls give their store back while they wait for the journal to change.
"""

from __future__ import annotations

import json
import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ..roles import HELPER
from . import integrity, trust, wire
from . import limits as checks
from .exchange import (
    BATCH,
    Watcher,
    incoming_records,
    merge_from,
    missing_batch,
    missing_rows,
    version_vector,
)
from .front import Answer, App, BoundedHttpServer, Limits
from .peers import StatusBook
from .secret import EventKeys

if TYPE_CHECKING:
    from ..store import EventStore, MergeResult

log = logging.getLogger("checkin.sync")
PATH = "/checkin-sync/v1"
MAX_WAIT = 25.0
MAX_RECORDS_IN = 20000
NOT_PAIRED = "not paired: this station belongs to another event or holds another sync secret"


def _json(status: int, message: str) -> Answer:
    return status, json.dumps({"error": message}).encode(), "application/json"


class StorePool:
    def __init__(self, path: str, size: int = 4, *, key: str | None = None) -> None:
        self.path = path
        self.key = key
        self._free: queue.LifoQueue[EventStore] = queue.LifoQueue()
        self._sem = threading.Semaphore(size)
        self._lock = threading.Lock()
        self._closed = False

    @contextmanager
    def store(self) -> Iterator[EventStore]:
        from ..store import EventStore

        with self._sem:
            if self._closed:
                raise HttpError(503, "station is shutting down")
            try:
                store = self._free.get_nowait()
            except queue.Empty:
                # connections allow other threads (check_same_thread off)
                store = EventStore.open(self.path, key=self.key)
            try:
                yield store
            finally:
                if store.conn.in_transaction:
                    store.conn.execute("ROLLBACK")
                with self._lock:
                    if self._closed:
                        store.close()  # the pool closed while we used it: never close a store in use
                    else:
                        self._free.put(store)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            while True:
                try:
                    store = self._free.get_nowait()
                except queue.Empty:
                    break
                try:
                    store.close()
                except sqlite3.Error:
                    pass


class HttpError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class SyncServer:
    def __init__(self, path: str, keys: EventKeys, station_id: str, *, host: str = "0.0.0.0", port: int = 0,
                 status: StatusBook | None = None, watcher: Watcher | None = None,
                 on_merged: Callable[[MergeResult], None] | None = None,
                 pair_handler: Callable[[bytes], tuple[int, bytes]] | None = None,
                 pushing_to: Callable[[str], bool] | None = None, limits: Limits | None = None,
                 key: str | None = None) -> None:
        self.path = path
        self.keys = keys
        self.station_id = station_id
        self.status = status or StatusBook()
        self.sessions = wire.Sessions()
        self.pool = StorePool(path, key=key)
        self._own_watcher = watcher is None
        self.watcher = watcher or Watcher(path, key=key)
        self.on_merged = on_merged
        self.pair_handler = pair_handler
        self.pushing_to = pushing_to  # does this station push its own records to that one right now?
        self.reported: dict[str, tuple[float, dict[str, int]]] = {}  # station -> (monotonic, its latest vector)
        self.direct_of: dict[str, set[str]] = {}  # station -> stations it syncs with directly (latest word)
        self.stats = {"requests": 0, "refused": 0}
        self._stopping = False
        self.httpd = BoundedHttpServer(host, port, App(route=self._route, screen=self._screen, answer=self._answer),
                                       limits or Limits(max_body=wire.MAX_BODY))

    @property
    def port(self) -> int:
        return self.httpd.port

    def start(self) -> None:
        if self._own_watcher:
            self.watcher.start()
        self.httpd.start()

    def stop(self) -> None:
        self._stopping = True
        self.httpd.stop()
        if self._own_watcher:
            self.watcher.stop()
        self.pool.close()

    # --- requests ----------------------------------------------------------------------------------
    @staticmethod
    def _route(method: str, path: str, length: int) -> Answer | None:
        """Before any body byte is read: only a POST of a sane size to the sync path goes on."""
        path = path.rstrip("/")
        if method == "GET":
            return None if path == PATH + "/ping" and length == 0 else _json(404, "not found")
        if method != "POST" or path != PATH:
            return _json(404, "not found")
        if length < wire.HEADER_SIZE + 16:
            return _json(400, "bad request")
        return None

    def _screen(self, first: bytes) -> Answer | None:
        """The envelope's clear header, before the rest of the body is read: another key is refused unread."""
        try:
            header = wire.peek(first + bytes(16))
        except wire.WireError as exc:
            self.stats["refused"] += 1
            return _json(400, str(exc))
        if header.type == wire.PAIR:
            return None if self.pair_handler is not None else _json(404, "pairing is not open on this station")
        if header.key_id != self.keys.key_id:
            self.stats["refused"] += 1
            return _json(403, NOT_PAIRED)
        return None

    def _answer(self, method: str, path: str, body: bytes, client_ip: str) -> Answer:
        if method == "GET":
            return 200, json.dumps({"service": "checkin-sync", "version": 1}).encode(), "application/json"
        status, reply = self.handle(body, client_ip)
        return status, reply, "application/octet-stream" if status == 200 else "application/json"

    def handle(self, body: bytes, client_ip: str) -> tuple[int, bytes]:
        self.stats["requests"] += 1
        try:
            header = wire.peek(body)
            if header.type == wire.PAIR:
                if self.pair_handler is None:
                    raise HttpError(404, "pairing is not open on this station")
                return self.pair_handler(body)
            if header.key_id != self.keys.key_id:
                raise HttpError(403, NOT_PAIRED)
            if header.type == wire.HELLO:
                return 200, self._hello(body, client_ip)
            if header.type == wire.REQUEST:
                return 200, self._request(body)
            raise HttpError(400, "unexpected message type")
        except wire.SessionUnknown as exc:
            return self._error(401, str(exc))
        except wire.Damaged as exc:
            log.warning("refused a damaged message from %s: %s", client_ip, exc)
            return self._error(400, str(exc))
        except wire.WireError as exc:
            self.stats["refused"] += 1
            log.warning("refused a message from %s: %s", client_ip, exc)
            return self._error(409 if "replay" in str(exc) else 403, str(exc))
        except HttpError as exc:
            if exc.status == 403:
                self.stats["refused"] += 1
            return self._error(exc.status, str(exc))
        except sqlite3.IntegrityError:
            return self._error(409, "two stations use the same station name: make a fresh desk copy for one")
        except sqlite3.Error as exc:
            log.warning("event file busy or unreadable while serving a peer: %s", exc)
            return self._error(503, "station busy; try again")
        except checks.Malformed as exc:
            return self._error(400, f"malformed request: {exc}")
        except (ValueError, KeyError, TypeError, OverflowError, AttributeError, RecursionError) as exc:
            return self._error(400, f"malformed request ({type(exc).__name__})")

    @staticmethod
    def _error(status: int, message: str) -> tuple[int, bytes]:
        return status, json.dumps({"error": message}).encode()

    def _hello(self, body: bytes, client_ip: str) -> bytes:
        header, msg = wire.open_(self.keys.transport, body, expect=wire.HELLO)
        station = checks.text(msg.get("station"), "station")
        if msg.get("event_id") != self.keys.event_id:
            raise HttpError(403, "not paired: another event")
        their_vector = checks.vector(msg.get("vector"))
        port = None if msg.get("port") is None else checks.integer(msg.get("port"), "port", 1, 65535)
        role, key, answer = self._handshake(station, msg)
        session = self.sessions.open(header.nonce, station, role=role, key=key)
        self.reported[station] = (time.monotonic(), their_vector)
        with self.pool.store() as store:
            vector = version_vector(store.conn)
        url = f"http://{client_ip}:{port}" if port else None  # where the peer serves, if it does
        self.status.contact(station, url=url, vector=their_vector,
                            offset=(msg["ts"] - wire.now_ms()) / 1000.0, role=role)
        return wire.seal(self.keys.transport, wire.HELLO_REPLY, self.keys.key_id,
                         {"session": session.hex(), "station": self.station_id, "event_id": self.keys.event_id,
                          "vector": vector, "rows": True, **answer},  # rows: we read the compact form
                         reply_to=header.nonce)

    def _handshake(self, station: str, msg: dict[str, Any]) -> tuple[str, bytes | None, dict[str, Any]]:
        """(role the peer proved, session key, what our reply adds): see ``trust`` (issue 25)."""
        try:
            client_eph = bytes.fromhex(str(msg.get("eph") or ""))
        except ValueError:
            client_eph = b""
        if len(client_eph) != 32:  # no key exchange (an older station): a helper on the transport key
            return HELPER, None, {}
        identity = self.keys.identity
        private, server_eph = trust.new_ephemeral()
        key = trust.session_key(self.keys.transport, private, client_eph, client_eph, server_eph)
        role = identity.check(msg.get("proof"), trust.transcript(self.keys.event_id, station, client_eph),
                              station) if identity else HELPER
        proof = identity.prove(trust.transcript(self.keys.event_id, self.station_id, client_eph, server_eph)) \
            if identity else None
        return role, key, {"eph": server_eph.hex(), "proof": proof, "role": role}

    def _request(self, body: bytes) -> bytes:
        key, role = self.sessions.lookup(wire.peek(body).session)
        key = key or self.keys.transport
        header, msg = wire.open_(key, body, expect=wire.REQUEST)
        station = self.sessions.accept(header.session, header.counter)  # after authentication, never before
        if msg.get("op") == "exchange":
            reply = self.exchange(station, msg, role)
        elif msg.get("op") in ("digest", "ids", "fetch"):
            reply = self.compare(msg, role)
        else:
            raise HttpError(400, "unknown operation")
        return wire.seal(key, wire.RESPONSE, self.keys.key_id, reply, session=header.session,
                         counter=header.counter, reply_to=header.nonce)

    def exchange(self, station: str, msg: dict[str, Any], role: str = HELPER) -> dict[str, Any]:
        """One exchange with a peer of ``role``: merge what it may write, answer with what it may hold."""
        incoming = incoming_records(msg)
        if len(incoming) > MAX_RECORDS_IN:
            raise HttpError(413, "too many records in one message")
        vector = checks.vector(msg.get("vector"))
        limit = min(checks.integer(msg.get("limit", BATCH), "limit"), BATCH)  # 0: a push that wants nothing back
        wait = min(checks.number(msg.get("wait") or 0, "wait", 0, 1e6), MAX_WAIT)
        skip_list = checks.texts(msg.get("skip"), "skip")
        self.reported[station] = (time.monotonic(), vector)
        rows = msg.get("want") == "rows"
        # A long poll may leave out records that reach the peer another way: ours while we push them to it,
        # and those of stations it syncs with directly (``skip``). Quiet-time relays catch any slip.
        if isinstance(msg.get("skip"), list):
            self.direct_of[station] = set(skip_list)
        lean = bool(msg.get("lean")) and self.pushing_to is not None

        def leave_out(waited: bool) -> set[str]:
            # Its pushes tell us too, so a long poll does not go on with what the peer knew when it began.
            out = set(self.direct_of.get(station, ())) if lean else set(skip_list)
            if lean and self.pushing_to is not None and self.pushing_to(station):
                out.add(self.station_id)
            if waited:  # its own records that reached us while it waited came from it: never send them back
                out.add(station)
            return out

        skip = leave_out(False)
        offset = (msg["ts"] - wire.now_ms()) / 1000.0
        deadline = time.monotonic() + wait
        seen = self.watcher.mark  # taken before reading: a commit after the read still wakes the wait below
        t0 = time.perf_counter()

        only = {str(x) for x in msg["only"]} if isinstance(msg.get("only"), list) else None  # issue 25

        def missing(store: EventStore) -> tuple[Any, int, bool]:
            if rows:
                return missing_rows(store.conn, vector, limit, only=only, skip=skip, role=role)
            out, more = missing_batch(store.conn, vector, limit, only=only, skip=skip, role=role)
            return [r.to_json() for r in out], len(out), more

        with self.pool.store() as store:
            t1 = time.perf_counter()
            result, screened = merge_from(store, incoming, role, station)
            t2 = time.perf_counter()
            out, count, more = missing(store) if limit else ([], 0, False)
            ours = version_vector(store.conn)
        log.debug("serve %s: got %d (%d new), pool %.3f s, merge %.3f s, missing %d %.3f s", station, len(incoming),
                  result.new_records, t1 - t0, t2 - t1, count, time.perf_counter() - t2)
        if result.new_records:
            self.watcher.poke()
            if self.on_merged:
                self.on_merged(result)
        self.status.contact(station, vector=vector, offset=offset)
        while limit and not count and time.monotonic() < deadline and not self._stopping:
            seen = self.watcher.wait_change(seen, deadline - time.monotonic())
            skip = leave_out(True)  # whether we push to it may have changed while it waited
            with self.pool.store() as store:
                out, count, more = missing(store)
                ours = version_vector(store.conn)
            if count:
                log.debug("long poll of %s answered: %d records (leaving out %s)", station, count, sorted(skip))
        if wait:
            self.status.contact(station)
        return {"station": self.station_id, "vector": ours, "rows" if rows else "records": out, "more": more,
                "merged": {"new_records": result.new_records, "already_known": result.already_known,
                           "double_admissions": result.double_admissions},
                "refused": [r.record_id for r, _ in screened.refused], "not_relayed": screened.not_relayed}

    def compare(self, msg: dict[str, Any], role: str) -> dict[str, Any]:
        """Record-id anti-entropy (``integrity``): digests, the ids of some stations, or records by id."""
        with self.pool.store() as store:
            if msg["op"] == "digest":
                return {"station": self.station_id, "digest": integrity.digests(store.conn),
                        "vector": version_vector(store.conn)}
            if msg["op"] == "ids":
                return {"ids": integrity.record_ids(store.conn, [str(s) for s in msg.get("stations") or []])}
            ids = [str(i) for i in msg.get("ids") or []][:MAX_RECORDS_IN]
            return {"station": self.station_id, "rows": integrity.rows_by_id(store.conn, ids, role)}
