"""Helpers for the sync tests: desk copies of one event, real `checkin serve` processes on loopback."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from checkin.core import copies, ledger
from checkin.core.journal import Kind
from checkin.core.store import EventStore
from checkin.core.sync.secret import ensure_secret

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def desk_copies(master_path: Path, names: list[str]) -> list[Path]:
    with EventStore.open(master_path) as master:
        ensure_secret(master)  # the master's secret travels with every copy
        return [copies.make_copy(master, master_path.parent / f"{n}.checkin", station=n).path for n in names]


class Station:
    def __init__(self, path: Path, port: int, peers: list[int]) -> None:
        self.path, self.port, self.peers = path, port, peers
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> float:
        """Start `checkin serve`; returns seconds until it answered."""
        args = [sys.executable, "-m", "checkin", "serve", str(self.path), "--host", "127.0.0.1",
                "--port", str(self.port), "--no-mdns"]
        for p in self.peers:
            args += ["--peer", f"127.0.0.1:{p}"]
        t0 = time.monotonic()
        self.proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     env={**os.environ})
        while time.monotonic() - t0 < 15:
            if self.proc.poll() is not None:
                raise AssertionError(f"serve exited: {self.proc.stderr.read() if self.proc.stderr else ''}")
            try:
                with urllib.request.urlopen(self.url + "/checkin-sync/v1/ping", timeout=0.5) as r:
                    assert json.loads(r.read())["service"] == "checkin-sync"
                    return time.monotonic() - t0
            except OSError:
                time.sleep(0.05)
        raise AssertionError("serve did not answer")

    def stop(self) -> str:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        err = self.proc.stderr.read() if self.proc and self.proc.stderr else ""
        if self.proc and self.proc.stdout:
            self.proc.stdout.close()
        if self.proc and self.proc.stderr:
            self.proc.stderr.close()
        self.proc = None
        return err


def check_in(path: Path, attendee_id: int, at: datetime, day: str) -> str:
    """A check-in written by another process than the station's service (as the GUI or a script would)."""
    with EventStore.open(path) as store:
        return ledger.record(store, Kind.CHECKIN, attendee_id, {"day": day, "point": "main", "source": "scan"},
                            at=at).record_id


def snapshot(path: Path) -> tuple[list[tuple], list[str]]:
    with EventStore.open(path) as store:
        arrivals = store.conn.execute(
            "SELECT attendee_id, day, point, record_id, at, admissions FROM arrivals ORDER BY 1, 2, 3").fetchall()
        ids = [r[0] for r in store.conn.execute("SELECT record_id FROM journal ORDER BY record_id")]
    return arrivals, ids


def wait_until(pred: Callable[[], bool], timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return True
        time.sleep(0.1)
    return pred()
