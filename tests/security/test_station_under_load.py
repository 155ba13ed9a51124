"""A stranger on the venue Wi-Fi (no sync secret) loads a station: it pays bounded memory and threads, and a
paired desk's sync still answers within a second. The station is a real `checkin serve` process on loopback;
the stranger comes from another loopback address (127.0.0.2), the paired desk from 127.0.0.1."""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

import pytest

from checkin.core.store import EventStore
from checkin.core.sync import wire
from checkin.core.sync.secret import event_keys

from ..e2e.syncutil import Station, desk_copies, free_port
from .station import paired_sync_seconds, peak_rss_mb, post_head, status_of, stranger_socket, threads

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def station(demo_path: Path):
    paths = desk_copies(demo_path, ["desk-a", "desk-b"])
    st = Station(paths[0], free_port(), [])
    st.start()
    yield st, paths
    st.stop()


def _close(socks: list[socket.socket]) -> None:
    for s in socks:
        s.close()
    socks.clear()


def test_oversized_stalled_and_idle_connections_cost_the_station_nothing(station) -> None:
    st, paths = station
    assert st.proc is not None
    pid = st.proc.pid
    paired_sync_seconds(paths[1], st.url)  # warm: both sides have opened their files once
    with EventStore.open(paths[0]) as s:
        key_id = event_keys(s, create=False).key_id
    held: list[socket.socket] = []
    try:
        # 24 bodies of 63 MB: refused from the Content-Length, before one byte of them is read.
        for _ in range(24):
            sock = stranger_socket(st.port)
            sock.sendall(post_head(63 * 1024 * 1024))
            assert status_of(sock) == 413
            held.append(sock)
        # Another key's envelope: refused from its first 49 bytes, the rest never read.
        sock = stranger_socket(st.port)
        sock.sendall(post_head(8 * 1024 * 1024) + b"CKS1\x03" + os.urandom(44))
        assert status_of(sock) == 403
        held.append(sock)
        # A stranger who sniffed our key id sends 15 MB bodies and stalls: one is read at a time (its address's
        # body budget), the others are turned away at once.
        answers = []
        for _ in range(24):
            sock = stranger_socket(st.port)
            sock.sendall(post_head(15 * 1024 * 1024) + b"CKS1\x03" + key_id + bytes(36) + bytes(1024 * 1024))
            held.append(sock)
            sock.settimeout(0.3)
            try:
                answers.append(status_of(sock))
            except OSError:
                answers.append(-1)  # no answer yet: its body is being waited for
        assert answers.count(503) >= 22, answers
        # About a thousand idle connections from ten addresses: no threads; each address gets 32, and when the
        # station's 256 are taken the oldest idle one makes room (so the paired desk is never locked out).
        for i in range(1000):
            try:
                held.append(stranger_socket(st.port, timeout=2, address=f"127.0.0.{2 + i % 10}"))
            except OSError:
                pass
        time.sleep(0.3)
        worst = max(paired_sync_seconds(paths[1], st.url) for _ in range(3))
        mem, nthreads = peak_rss_mb(pid), threads(pid)
    finally:
        _close(held)
    print(f"station under load: sync {worst:.3f} s, {mem:.0f} MB, {nthreads} threads")
    assert worst < 1.0, f"a paired desk's sync took {worst:.2f} s under a stranger's load"
    assert mem < 200, f"station holds {mem:.0f} MB"
    assert nthreads < 60, f"station runs {nthreads} threads"
    assert st.proc.poll() is None


def test_slow_head_and_stalled_body_are_cut_by_timeouts(demo_path: Path) -> None:
    """A peer that trickles its head or stalls its body loses the connection when the limit runs out (the
    station's real limits are 10 s and 30 s; here 0.5 s so the test stays short)."""
    from checkin.core.sync.front import Limits
    from checkin.core.sync.server import SyncServer

    with EventStore.open(demo_path) as s:
        keys = event_keys(s)
        station_id = s.station_id
    server = SyncServer(str(demo_path), keys, station_id, host="127.0.0.1",
                        limits=Limits(head_timeout=0.5, body_timeout=0.5, idle_timeout=0.5))
    server.start()
    try:
        trickle = stranger_socket(server.port)
        trickle.sendall(b"POST /checkin-sync/v1 HTTP/1.1\r\n")
        stall = stranger_socket(server.port)
        stall.sendall(post_head(1000) + b"CKS1\x03" + keys.key_id + bytes(36) + b"x" * 100)
        t0 = time.monotonic()
        cut = []
        for sock in (trickle, stall):
            sock.settimeout(3)
            try:
                cut.append(sock.recv(1) == b"")
            except ConnectionResetError:
                cut.append(True)
            sock.close()
        assert cut == [True, True] and time.monotonic() - t0 < 2.5
        assert server.httpd.refused["head timeout"] == 1 and server.httpd.refused["body timeout"] == 1
    finally:
        server.stop()


def test_a_body_that_inflates_or_nests_is_refused_in_one_line(station) -> None:
    """A holder of the secret: a zlib bomb, deep nesting, a huge integer, wrong types -> 4xx, station alive."""
    import zlib

    from checkin.core.sync.client import PeerClient

    st, paths = station
    assert st.proc is not None
    with EventStore.open(paths[1]) as store:
        keys = event_keys(store, create=False)
        client = PeerClient(st.url, keys, store.station_id, timeout=10)
        client.hello(store.journal.version_vector())

    def send(plain: bytes) -> int:
        with client._lock:
            client._counter += 1
            counter = client._counter
        header = wire.Header(wire.REQUEST, keys.key_id, client._session or b"", counter, os.urandom(12)).pack()
        from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

        body = header + ChaCha20Poly1305(client._session_key or keys.transport).encrypt(header[-12:], plain, header)
        import urllib.error
        import urllib.request

        req = urllib.request.Request(st.url + "/checkin-sync/v1", data=body, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return resp.status
        except urllib.error.HTTPError as exc:
            message = exc.read().decode()
            assert "Traceback" not in message and "\n" not in message.strip()
            return exc.code

    ts = wire.now_ms()
    bomb = zlib.compress(b'{"op":"exchange","ts":%d,"records":[' % ts + b"0," * (200 * 1024 * 1024) + b"0]}", 9)
    assert len(bomb) < 1024 * 1024
    assert send(b"\x01" + bomb) == 400
    assert send(b"\x00" + b"[" * 100_000 + b"]" * 100_000) == 400
    assert send(b'\x00{"op":"exchange","ts":%d,"vector":{"a":1e400}}' % ts) == 400
    assert send(b'\x00{"op":"exchange","ts":%d,"vector":{"a":%s}}' % (ts, b"9" * 4000)) == 400
    assert send(b'\x00{"op":"exchange","ts":%d,"vector":[1,2]}' % ts) == 400
    assert send(b'\x00{"op":"exchange","ts":%d,"records":{"a":1}}' % ts) == 400
    assert send(b'\x00{"op":"exchange","ts":%d,"records":[[1,2,3]]}' % ts) == 400
    assert send(b'\x00{"op":"exchange","ts":%d,"limit":"x"}' % ts) == 400
    peak = peak_rss_mb(st.proc.pid)
    print(f"station after hostile payloads: peak {peak:.0f} MB")
    assert st.proc.poll() is None and peak < 200
    assert paired_sync_seconds(paths[1], st.url) < 1.0
