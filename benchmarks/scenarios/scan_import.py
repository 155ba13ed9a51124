"""A desk scanning while another process imports a 50,000-row list into the same event file (issue 24).

The import (`checkin import`, then the next open that finishes its codes and index) and the desk share the
file; a scan must never wait on the bulk write for long: p99 of the scan decision with its durable write.
"""

from __future__ import annotations

import csv
import random
import subprocess
import sys
import time
from typing import Any

from benchmarks.common import Context, Scenario, median, ms
from benchmarks.scenarios.importing import HEADER, _event, _rows

EVERY = 0.1  # ten scans a second: several busy desks on one file


def _p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]


def scan_during_import_p99(ctx: Context) -> dict[str, Any]:
    from checkin.core.desk import Desk
    from checkin.core.store import EventStore

    rows = _rows(51_000, seed=9)
    first = ctx.workdir / "first-1000.csv"
    big = ctx.workdir / "next-50k.csv"
    for path, part in ((first, rows[:1000]), (big, rows[1000:])):
        with open(path, "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh, delimiter=";").writerows([HEADER, *part])
    event = _event(ctx, "scan-import")
    subprocess.run([sys.executable, "-m", "checkin", "import", str(event), str(first)], check=True,
                   capture_output=True)
    store = EventStore.open(event)
    desk = Desk(store, station="bench")
    codes = [c for (c,) in store.conn.execute("SELECT code FROM attendees WHERE code != ''")]
    rng = random.Random(4)
    for code in codes[:5]:
        desk.scan(code)  # warm-up
    samples: list[float] = []
    t_import = time.perf_counter()
    for cmd in (["import", str(event), str(big)], ["info", str(event)]):  # info: the open that finishes it
        proc = subprocess.Popen([sys.executable, "-m", "checkin", *cmd], stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        # Scans arrive every EVERY seconds whatever happens (a queue at the desk); each one's latency counts from when
        # it arrived, so a scan stuck behind the import's write lock also delays the ones queued behind it.
        due = time.perf_counter()
        while proc.poll() is None:
            now = time.perf_counter()
            if now < due:
                time.sleep(due - now)
            desk.scan(rng.choice(codes))
            samples.append(time.perf_counter() - due)
            due += EVERY
        if proc.returncode != 0:
            raise RuntimeError(f"checkin {cmd[0]} failed: {proc.stderr.read().decode()[:300]}")
    took = time.perf_counter() - t_import
    imported = store.count_attendees()
    store.close()
    assert imported == 51_000, imported
    return {"value": ms(_p99(samples)), "unit": "ms", "baseline": None,
            "note": f"{len(samples)} scans (one due every {EVERY * 1000:.0f} ms, latency from when due) during a 50,000-row `checkin import` and the open that finishes it "
                    f"({took:.1f} s together); median {ms(median(samples)):.1f} ms, worst {ms(max(samples)):.0f} ms"}


def scenarios() -> list[Scenario]:
    return [Scenario("scan_during_import_p99", scan_during_import_p99, quick=False)]
