"""What the red-team tests measure of a running `checkin serve`: its memory and threads, a paired desk's sync."""

from __future__ import annotations

import socket
import time
from pathlib import Path

from checkin.core.store import EventStore
from checkin.core.sync.client import sync_once
from checkin.core.sync.secret import event_keys

STRANGER = "127.0.0.2"  # loopback, but another peer address than the paired desk's 127.0.0.1


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


def threads(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Threads:"):
            return int(line.split()[1])
    raise AssertionError("no Threads")


def stranger_socket(port: int, timeout: float = 5.0, address: str = STRANGER) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=timeout, source_address=(address, 0))


def paired_sync_seconds(desk: Path, url: str) -> float:
    """Seconds a paired desk's whole sync (hello + exchange) takes against the station."""
    with EventStore.open(desk) as store:
        keys = event_keys(store, create=False)
        t0 = time.monotonic()
        sync_once(store, url, keys, timeout=10)
        return time.monotonic() - t0


def post_head(length: int, extra: str = "") -> bytes:
    return (f"POST /checkin-sync/v1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\n"
            f"Content-Length: {length}\r\n{extra}\r\n").encode()


def status_of(sock: socket.socket) -> int:
    """The HTTP status the station answered on ``sock`` (0: it closed without an answer)."""
    data = b""
    try:
        while b"\r\n" not in data:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
    except (ConnectionResetError, TimeoutError):
        return 0
    return int(data.split()[1]) if data.startswith(b"HTTP/") else 0
