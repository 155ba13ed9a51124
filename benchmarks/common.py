"""Shared pieces for scenarios: the Scenario type, a cache of demo events, percentiles, timers."""

from __future__ import annotations

import fcntl
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CACHE = Path(tempfile.gettempdir()) / "checkin-bench-cache"
SMOKE_SIZE = 300  # people, rows, samples: enough for every scenario's code path, seconds not minutes


@dataclass
class Scenario:
    name: str
    run: Callable[[Context], dict[str, Any]]  # returns value, unit, baseline (or None), note
    quick: bool = True  # part of --quick


class Context:
    """What a scenario runs in. ``smoke`` (``--smoke``, run by the test command) shrinks every size and repeat
    count so each scenario proves it still runs and reports; its figures mean nothing."""

    def __init__(self, workdir: Path, smoke: bool = False) -> None:
        self.workdir = workdir
        self.smoke = smoke

    def size(self, n: int) -> int:
        return min(n, SMOKE_SIZE) if self.smoke else n

    def repeats(self, n: int) -> int:
        return 1 if self.smoke else n

    def demo_event(self, attendees: int, seed: int = 7) -> Path:
        """A fresh copy of a cached demo event with ``attendees`` people (generated once per machine)."""
        attendees = self.size(attendees)
        CACHE.mkdir(parents=True, exist_ok=True)
        cached = CACHE / f"demo-{attendees}-{seed}.checkin"
        # A lock file: two benchmark runs at once must not build (or read) a half-written cache.
        with open(CACHE / f"{cached.name}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not cached.exists():
                from checkin.core import demo

                tmp = CACHE / f"{cached.stem}.{os.getpid()}.tmp"
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{tmp}{suffix}").unlink(missing_ok=True)
                store = demo.generate(tmp, attendees=attendees, seed=seed)
                store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                store.close()
                tmp.rename(cached)
        out = self.workdir / f"{time.monotonic_ns()}-{cached.name}"
        shutil.copy(cached, out)
        return out


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def ms(seconds: float) -> float:
    return seconds * 1000.0


def cpu_probe() -> float:
    """Seconds for a fixed pure-Python loop: how fast this (shared, virtual) machine runs right now. Its speed
    varied by half during one day, so a note that gives the probe lets two runs' seconds be compared."""
    t = time.perf_counter()
    total = 0
    for i in range(5_000_000):
        total += i
    return time.perf_counter() - t
