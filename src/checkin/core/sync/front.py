"""The station's HTTP front: asyncio reads requests within fixed limits, a bounded pool of threads answers them.

A peer on the venue Wi-Fi may be a stranger. Everything it can make the station hold before its message
authenticates is bounded here:

- connections: ``per_peer_connections`` per peer address (more are closed at once) and ``max_connections`` in
  all (when full, the oldest connection that has not sent a request yet makes room, else the new one is closed);
- time: the request head must arrive within ``head_timeout``, the body within ``body_timeout``, an idle
  kept-alive connection is closed after ``idle_timeout``;
- bytes: the head is at most ``max_head`` bytes; a body over ``max_body`` is refused from its Content-Length
  before one byte of it is read; bodies being read hold at most ``body_budget`` bytes in all and
  ``per_peer_body_budget`` per address (over that: 503 at once, nothing read);
- work: the application's first look at the body (``screen``, e.g. "is this for our key at all?") runs on the
  first ``screen_bytes`` bytes, before the rest is read; answers run on at most ``workers`` threads, at most
  ``per_peer_workers`` of them for one address, so one address cannot take the threads a paired desk needs.

An idle connection costs a coroutine, not a thread. Only a request that passed all of the above reaches a
worker thread. The protocol spoken is the small part of HTTP/1.1 the stations use: a request line, headers,
a Content-Length body (no chunked bodies), keep-alive.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from types import MappingProxyType

log = logging.getLogger("checkin.sync")

Answer = tuple[int, bytes, str]  # status, body, content type
_REASONS = MappingProxyType({200: "OK", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 408: "Request Timeout",
            409: "Conflict", 411: "Length Required", 413: "Content Too Large", 401: "Unauthorized",
            431: "Request Header Fields Too Large", 501: "Not Implemented", 503: "Service Unavailable"})


@dataclass(frozen=True)
class Limits:
    max_body: int = 16 * 1024 * 1024
    max_head: int = 16 * 1024
    head_timeout: float = 10.0
    body_timeout: float = 30.0
    idle_timeout: float = 15.0
    write_timeout: float = 30.0
    max_connections: int = 256
    per_peer_connections: int = 32
    workers: int = 32
    per_peer_workers: int = 8
    body_budget: int = 64 * 1024 * 1024
    per_peer_body_budget: int = 24 * 1024 * 1024
    worker_wait: float = 10.0  # a request waits this long for one of its address's worker slots, then 503
    screen_bytes: int = 49


@dataclass(frozen=True)
class App:
    """What the front calls. ``route`` and ``screen`` run on the event loop and must be quick."""

    route: Callable[[str, str, int], Answer | None]  # method, path, content length -> refusal or None
    screen: Callable[[bytes], Answer | None]  # the body's first bytes -> refusal or None
    answer: Callable[[str, str, bytes, str], Answer]  # method, path, body, peer address (on a worker thread)


class _Refused(Exception):
    def __init__(self, answer: Answer, *, close: bool = True) -> None:
        super().__init__(answer[0])
        self.answer = answer
        self.close = close


def _json_error(status: int, message: str) -> Answer:
    import json

    return status, json.dumps({"error": message}).encode(), "application/json"


class _Workers:
    """At most ``size`` daemon threads (started as needed) run blocking answers; results go back to the loop.

    Daemon threads, not a ThreadPoolExecutor: a long poll still waiting must not hold up the app's exit.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._idle = 0
        self._lock = threading.Lock()

    def submit(self, loop: asyncio.AbstractEventLoop, fn: Callable[[], Answer]) -> asyncio.Future:
        fut: asyncio.Future = loop.create_future()
        with self._lock:
            if self._jobs.qsize() >= self._idle and len(self._threads) < self.size:
                t = threading.Thread(target=self._run, name=f"checkin-sync-worker-{len(self._threads)}",
                                     daemon=True)
                self._threads.append(t)
                t.start()
        self._jobs.put((loop, fut, fn))
        return fut

    def _run(self) -> None:
        while True:
            with self._lock:
                self._idle += 1
            job = self._jobs.get()
            with self._lock:
                self._idle -= 1
            if job is None:
                return
            loop, fut, fn = job
            try:
                result: object = fn()
                ok = True
            except BaseException as exc:  # handed to the loop, which answers 500 and logs it
                result, ok = exc, False
            try:
                loop.call_soon_threadsafe(_settle, fut, result, ok)
            except RuntimeError:  # the loop is closed: the station stopped while we worked
                pass

    def stop(self) -> None:
        for _ in self._threads:
            self._jobs.put(None)

    @property
    def threads(self) -> int:
        return len(self._threads)


def _settle(fut: asyncio.Future, result: object, ok: bool) -> None:
    if fut.cancelled():
        return
    if ok:
        fut.set_result(result)
    else:
        fut.set_exception(result)  # type: ignore[arg-type]


class BoundedHttpServer:
    """Serve ``app`` on (host, port) from an asyncio loop in its own thread; ``stop`` ends it from any thread."""

    def __init__(self, host: str, port: int, app: App, limits: Limits | None = None) -> None:
        self.app = app
        self.limits = limits or Limits()
        self._loop = asyncio.new_event_loop()
        self._workers = _Workers(self.limits.workers)
        self._connections: Counter[str] = Counter()
        self._waiting: dict[asyncio.StreamWriter, None] = {}  # connections yet to send a request head, oldest first
        self._busy: Counter[str] = Counter()
        self._body_bytes: Counter[str] = Counter()
        self._slot_free: asyncio.Condition | None = None
        self._tasks: set[asyncio.Task] = set()
        self.refused = Counter[str]()  # why connections/requests were turned away (for tests and logs)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._connection, host, port, limit=self.limits.max_head, backlog=128))
        self._thread = threading.Thread(target=self._loop.run_forever, name="checkin-sync-http", daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.sockets[0].getsockname()[1])

    @property
    def worker_threads(self) -> int:
        return self._workers.threads

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        async def _close() -> None:
            self._server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)

        if self._thread.is_alive():
            asyncio.run_coroutine_threadsafe(_close(), self._loop).result(timeout=5)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(5)
        self._workers.stop()
        if not self._loop.is_running():
            self._loop.close()

    # --- one connection ----------------------------------------------------------------------------
    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = str((writer.get_extra_info("peername") or ("?",))[0])
        lim = self.limits
        if self._connections[peer] >= lim.per_peer_connections:
            self.refused["connections"] += 1
            writer.transport.abort()  # nothing read, nothing answered: the cheapest "no"
            return
        if sum(self._connections.values()) >= lim.max_connections:
            if not self._waiting:
                self.refused["connections"] += 1
                writer.transport.abort()
                return
            # Full, but some connections only sit there waiting to send a request: the oldest of them goes, so
            # idle connections from many addresses can never lock a paired desk's next request out.
            oldest = next(iter(self._waiting))
            del self._waiting[oldest]
            oldest.transport.abort()
            self.refused["evicted idle"] += 1
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        self._connections[peer] += 1
        try:
            first = True
            while True:
                keep = await self._one_request(reader, writer, peer, lim.head_timeout if first else lim.idle_timeout)
                first = False
                if not keep:
                    break
        except (ConnectionError, asyncio.IncompleteReadError, TimeoutError, asyncio.CancelledError):
            pass
        except Exception:  # a bug must not take the loop down; the peer just loses its connection
            log.warning("sync connection from %s failed", peer, exc_info=True)
        finally:
            self._connections[peer] -= 1
            if self._connections[peer] <= 0:
                del self._connections[peer]
            if task is not None:
                self._tasks.discard(task)
            writer.close()

    async def _one_request(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, peer: str,
                           head_timeout: float) -> bool:
        lim = self.limits
        self._waiting[writer] = None  # until its request head is in: the first to go when connections run out
        try:
            method, path, headers = await asyncio.wait_for(self._read_head(reader), head_timeout)
        except TimeoutError:
            self.refused["head timeout"] += 1
            return False
        except _Refused as exc:
            await self._write(writer, exc.answer, keep=False)
            return False
        finally:
            self._waiting.pop(writer, None)
        if method is None:
            return False  # the peer closed between requests
        keep = headers.get("connection", "").lower() != "close"
        if "transfer-encoding" in headers:
            self.refused["chunked"] += 1
            await self._write(writer, _json_error(411, "a body needs a Content-Length"), keep=False)
            return False
        try:
            length = int(headers.get("content-length") or "0")
            if length < 0 or len(headers.get("content-length") or "") > 12:
                raise ValueError
        except ValueError:
            await self._write(writer, _json_error(400, "bad Content-Length"), keep=False)
            return False
        refusal = self.app.route(method, path, length)
        if refusal is None and length > lim.max_body:
            refusal = _json_error(413, f"a message is at most {lim.max_body // (1024 * 1024)} MB")
        if refusal is not None:
            self.refused[str(refusal[0])] += 1
            await self._write(writer, refusal, keep=False)  # the body (if any) is never read
            return False
        if sum(self._body_bytes.values()) + length > lim.body_budget or \
                self._body_bytes[peer] + length > lim.per_peer_body_budget:
            self.refused["body budget"] += 1
            await self._write(writer, _json_error(503, "station busy; try again"), keep=False)
            return False
        self._body_bytes[peer] += length
        try:
            body = await asyncio.wait_for(self._read_body(reader, length), lim.body_timeout)
        except TimeoutError:
            self.refused["body timeout"] += 1
            return False
        except _Refused as exc:
            self.refused[str(exc.answer[0])] += 1
            await self._write(writer, exc.answer, keep=False)
            return False
        finally:
            self._body_bytes[peer] -= length
            if self._body_bytes[peer] <= 0:
                del self._body_bytes[peer]
        answer = await self._answer(method, path, body, peer)
        del body
        await self._write(writer, answer, keep=keep)
        return keep

    async def _read_head(self, reader: asyncio.StreamReader) -> tuple[str | None, str, dict[str, str]]:
        total = 0
        try:
            line = await reader.readuntil(b"\r\n")
        except asyncio.IncompleteReadError as exc:
            if not exc.partial:
                return None, "", {}
            raise
        except asyncio.LimitOverrunError:
            raise _Refused(_json_error(431, "request line too long")) from None
        total += len(line)
        parts = line.decode("latin-1").split()
        if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
            raise _Refused(_json_error(400, "not an HTTP request"))
        headers: dict[str, str] = {}
        while True:
            try:
                line = await reader.readuntil(b"\r\n")
            except asyncio.LimitOverrunError:
                raise _Refused(_json_error(431, "header too long")) from None
            total += len(line)
            if total > self.limits.max_head or len(headers) > 64:
                raise _Refused(_json_error(431, "headers too long"))
            if line == b"\r\n":
                return parts[0], parts[1], headers
            name, sep, value = line.decode("latin-1").partition(":")
            if not sep:
                raise _Refused(_json_error(400, "malformed header"))
            headers[name.strip().lower()] = value.strip()

    async def _read_body(self, reader: asyncio.StreamReader, length: int) -> bytes:
        if length == 0:
            return b""
        first = await reader.readexactly(min(length, self.limits.screen_bytes))
        refusal = self.app.screen(first)
        if refusal is not None:
            raise _Refused(refusal)  # e.g. another event's key: the rest is never read
        if length == len(first):
            return first
        return first + await reader.readexactly(length - len(first))

    async def _answer(self, method: str, path: str, body: bytes, peer: str) -> Answer:
        lim = self.limits
        if self._slot_free is None:
            self._slot_free = asyncio.Condition()
        async with self._slot_free:
            try:
                await asyncio.wait_for(self._slot_free.wait_for(lambda: self._busy[peer] < lim.per_peer_workers),
                                       lim.worker_wait)
            except TimeoutError:
                self.refused["workers"] += 1
                return _json_error(503, "station busy; try again")
            self._busy[peer] += 1
        try:
            return await self._workers.submit(self._loop, lambda: self.app.answer(method, path, body, peer))
        except Exception:
            log.warning("answering %s failed", peer, exc_info=True)
            return _json_error(500, "internal error")
        finally:
            async with self._slot_free:
                self._busy[peer] -= 1
                if self._busy[peer] <= 0:
                    del self._busy[peer]
                self._slot_free.notify_all()

    async def _write(self, writer: asyncio.StreamWriter, answer: Answer, *, keep: bool) -> None:
        status, body, ctype = answer
        head = (f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}\r\nServer: checkin-sync/1\r\n"
                f"Content-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
                f"Connection: {'keep-alive' if keep else 'close'}\r\n\r\n").encode("latin-1")
        writer.write(head + body)
        try:
            await asyncio.wait_for(writer.drain(), self.limits.write_timeout)
        except TimeoutError:
            self.refused["write timeout"] += 1
            raise ConnectionError("peer does not read its answer") from None
