"""`checkin demo --attendees 100000` as a user runs it: every 50,000-attendee benchmark starts from such a file."""

from __future__ import annotations

import subprocess
import sys
import time
from typing import Any

from benchmarks.common import Context, Scenario, cpu_probe


def demo_100k(ctx: Context) -> dict[str, Any]:
    path = ctx.workdir / "demo-100k.checkin"
    probe = cpu_probe()
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "checkin", "demo", str(path), "--attendees", "100000"],
                          capture_output=True, text=True)
    took = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"checkin demo failed: {proc.stderr.strip()[:300]}")
    return {"value": took, "unit": "s", "baseline": None,
            "note": "one run in a fresh process: 100,000 people with signed codes, programme, 10,000 meetings. "
                    f"Machine probe {probe:.2f} s (a 5-million-step Python loop; lower is a faster machine)"}


def scenarios() -> list[Scenario]:
    return [Scenario("demo_100k", demo_100k, quick=False)]
