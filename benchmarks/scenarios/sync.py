"""Sync between stations: three real `checkin serve` processes on loopback.

sync_converge_3x10k: three connected stations each get 10,000 new check-ins at once (merged into their files
by this process, as a desk or script would write them); time until all three journals hold every record.
sync_one_record_ms: one check-in written at station A until it is in station B's file (median of 20).
"""

from __future__ import annotations

import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.common import Context, Scenario, median
from checkin.core import ledger


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _stations(ctx: Context, n: int, attendees: int) -> list[Path]:
    from checkin.core import copies
    from checkin.core.store import EventStore
    from checkin.core.sync.secret import ensure_secret

    master = ctx.demo_event(attendees)
    with EventStore.open(master) as store:
        ensure_secret(store)
        return [copies.make_copy(store, master.parent / f"{master.stem}-s{i}.checkin", station=f"desk-{i}").path
                for i in range(n)]


def _serve(paths: list[Path]) -> list[subprocess.Popen]:
    ports = [_port() for _ in paths]
    procs = []
    for path, port in zip(paths, ports, strict=True):
        args = [sys.executable, "-m", "checkin", "serve", str(path), "--host", "127.0.0.1", "--port", str(port),
                "--no-mdns"]
        for other in ports:
            if other != port:
                args += ["--peer", f"127.0.0.1:{other}"]
        log = open(path.with_suffix(".log"), "w")  # noqa: SIM115 - closed with the process
        procs.append(subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=log))
    for port in ports:
        deadline = time.monotonic() + 15
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/checkin-sync/v1/ping", timeout=0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
    time.sleep(1.5)  # let them say hello and settle into long polls
    return procs


def _cpu_seconds(proc: subprocess.Popen) -> float | None:
    """User + system CPU of a running station process (Linux /proc; None elsewhere)."""
    try:
        fields = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _stop(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.wait(10)
        except subprocess.TimeoutExpired:
            p.kill()


def _count(path: Path) -> int:
    conn = sqlite3.connect(str(path), timeout=10)
    try:
        return conn.execute("SELECT COUNT(*) FROM journal").fetchone()[0]
    finally:
        conn.close()


def _new_checkins(path: Path, n: int, attendees: int):
    from checkin.core.journal import Record, iso
    from checkin.core.record_signing import sign_run
    from checkin.core.store import EventStore

    with EventStore.open(path) as store:
        station, day = store.station_id, store.get_meta("start")
        seq = store.journal.version_vector().get(station, 0)
        lamport = store.conn.execute("SELECT COALESCE(MAX(lamport), 0) FROM journal").fetchone()[0]
        t0 = datetime.now(UTC) - timedelta(hours=1)
        # Signed by the desk's key as the desk signs each check-in it writes (issue 25); before the clock starts.
        return sign_run(store.conn, [
            Record(str(uuid.uuid4()), station, "bench", seq + i, lamport + i, iso(t0 + timedelta(seconds=i / 10)),
                   "checkin", 1 + (i * 7919) % attendees, {"day": day, "point": "main", "source": "scan"})
            for i in range(1, n + 1)])


def _converge(ctx: Context) -> dict:
    from checkin.core.store import EventStore

    attendees = ctx.size(5000)
    per_station = ctx.size(10_000)
    paths = _stations(ctx, 3, attendees)
    procs = _serve(paths)
    try:
        batches = [_new_checkins(p, per_station, attendees) for p in paths]
        known = {p: _count(p) for p in paths}
        target = max(known.values()) + 3 * per_station + 2  # + the station certs of later copies the first ones lack
        cpu0 = [_cpu_seconds(p) for p in procs]
        t = time.perf_counter()
        writes = []
        for path, recs in zip(paths, batches, strict=True):
            w = time.perf_counter()
            with EventStore.open(path) as store:
                ledger.merge(store, recs)
            writes.append(time.perf_counter() - w)
        written = time.perf_counter() - t
        # Highest rowid >= COUNT(*) (rows are only added), and it costs a B-tree descent where COUNT(*) reads a
        # whole index: the exact count runs only once every file could be complete, so the probe does not eat
        # the CPU the stations need (150 COUNT(*)s a second were ~0.2 s CPU a second).
        probes = [sqlite3.connect(str(p), timeout=10) for p in paths]
        try:
            while True:
                tops = [c.execute("SELECT COALESCE(MAX(rowid), 0) FROM journal").fetchone()[0] for c in probes]
                if min(tops) >= target - 2:
                    counts = [c.execute("SELECT COUNT(*) FROM journal").fetchone()[0] for c in probes]
                    if min(counts) >= target - 2 and len(set(counts)) == 1:
                        break
                if time.perf_counter() - t > 120:
                    raise RuntimeError(f"no convergence: {[_count(p) for p in paths]}")
                time.sleep(0.02)
        finally:
            for c in probes:
                c.close()
        value = time.perf_counter() - t
        cpu = [_cpu_seconds(p) for p in procs]
    finally:
        _stop(procs)
    cpu_text = "/".join("?" if c is None else f"{c - c0:.1f}" for c, c0 in zip(cpu, cpu0, strict=True)) \
        if None not in cpu0 else "?"
    return {"value": value, "unit": "s", "baseline": None,
            "note": f"3 serve processes, loopback, {attendees}-guest event; includes {written:.2f} s writing the "
                    f"{3 * per_station:,} records ({'/'.join(f'{w:.2f}' for w in writes)}); station CPU {cpu_text} s; load {os.getloadavg()[0]:.1f}; journals then "
                    f"{counts[0]} records each"}


def _one_record(ctx: Context) -> dict:
    from checkin.core.journal import Kind
    from checkin.core.store import EventStore

    paths = _stations(ctx, 2, 600)
    procs = _serve(paths)
    samples = []
    try:
        watcher = sqlite3.connect(str(paths[1]), timeout=10)
        with EventStore.open(paths[0]) as store:
            day = store.get_meta("start")
            for i in range(ctx.size(20) if not ctx.smoke else 3):
                t = time.perf_counter()
                rec = ledger.record(store, Kind.CHECKIN, 1 + i, {"day": day, "point": "main", "source": "scan"})
                while watcher.execute("SELECT 1 FROM journal WHERE record_id = ?", (rec.record_id,)).fetchone() is None:
                    if time.perf_counter() - t > 10:
                        raise RuntimeError("record never arrived")
                    time.sleep(0.001)
                samples.append((time.perf_counter() - t) * 1000)
                time.sleep(0.2 + random.random() * 0.05)  # not in step with the stations' journal polls
        watcher.close()
    finally:
        _stop(procs)
    return {"value": median(samples), "unit": "ms", "baseline": None,
            "note": f"check-in committed at A until in B's file; max {max(samples):.0f} ms over {len(samples)}"}


def scenarios() -> list[Scenario]:
    return [Scenario("sync_converge_3x10k", _converge, quick=False),
            Scenario("sync_one_record_ms", _one_record, quick=True)]
