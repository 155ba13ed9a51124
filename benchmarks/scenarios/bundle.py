"""bundle_cold_start: the packaged app's start to first painted window, against the source checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import Context, Scenario, median

ROOT = Path(__file__).resolve().parents[2]


def _cold_start(ctx: Context) -> dict:
    bundles = sorted((ROOT / "dist").glob("checkin-*-linux-*/checkin"))
    if not bundles:
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], check=True, cwd=ROOT)
        bundles = sorted((ROOT / "dist").glob("checkin-*-linux-*/checkin"))
    event = ctx.demo_event(600)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "CHECKIN_CONFIG_DIR": str(ctx.workdir / "cfg"), "CHECKIN_SCREENSHOT_DELAY_MS": "0"}
    shot = ctx.workdir / "bundle.png"

    def once(argv: list[str]) -> float:
        t = time.perf_counter()
        subprocess.run(argv, env=env, check=True, capture_output=True)
        return time.perf_counter() - t

    ours = [once([str(bundles[-1]), "gui", str(event), "--screenshot", str(shot)]) for _ in range(ctx.repeats(3))]
    source = [once([sys.executable, "-m", "checkin", "gui", str(event), "--screenshot", str(shot)]) for _ in range(ctx.repeats(3))]
    size = sum(f.stat().st_size for f in bundles[-1].parent.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6
    return {"value": median(ours), "unit": "s", "baseline": median(source),
            "note": f"bundle {bundles[-1].parent.name}, {size:.0f} MB; baseline: the same from the source checkout"}


def scenarios() -> list[Scenario]:
    return [Scenario("bundle_cold_start", _cold_start, quick=False)]
