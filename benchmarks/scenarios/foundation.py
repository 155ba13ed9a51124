"""Foundation scenarios: opening a 50k event, and the GUI's cold start on it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

from benchmarks.common import Context, Scenario, median


def _open_event(ctx: Context) -> dict:
    path = ctx.demo_event(50_000)
    code = ("import sys, time; t = time.perf_counter(); from checkin.core.store import EventStore; "
            "s = EventStore.open(sys.argv[1]); s.count_attendees(); s.search('müller'); "
            "print(time.perf_counter() - t)")
    base = ("import sys, time, sqlite3; t = time.perf_counter(); c = sqlite3.connect(sys.argv[1]); "
            "c.execute('select count(*) from attendees').fetchone(); print(time.perf_counter() - t)")
    ours = [float(subprocess.check_output([sys.executable, "-c", code, str(path)])) for _ in range(ctx.repeats(5))]
    baseline = [float(subprocess.check_output([sys.executable, "-c", base, str(path)])) for _ in range(ctx.repeats(5))]
    return {"value": median(ours), "unit": "s", "baseline": median(baseline),
            "note": "process-internal: import + open + migrations check + first count and search"}


def _gui_cold_start(ctx: Context) -> dict:
    path = ctx.demo_event(50_000)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "CHECKIN_CONFIG_DIR": str(ctx.workdir / "cfg"), "CHECKIN_SCREENSHOT_DELAY_MS": "0"}
    shot = ctx.workdir / "cold.png"

    def once(argv: list[str]) -> float:
        t = time.perf_counter()
        subprocess.run(argv, env=env, check=True, capture_output=True)
        return time.perf_counter() - t

    ours = [once([sys.executable, "-m", "checkin", "gui", str(path), "--screenshot", str(shot)]) for _ in range(ctx.repeats(3))]
    base = [once([sys.executable, "-c", "import PySide6.QtWidgets"]) for _ in range(ctx.repeats(3))]
    return {"value": median(ours), "unit": "s", "baseline": median(base),
            "note": "process start to first painted window (grabbed to PNG), offscreen"}


def _sqlite_check() -> None:
    assert sqlite3.sqlite_version_info >= (3, 35)


def scenarios() -> list[Scenario]:
    return [Scenario("open_event_50k", _open_event), Scenario("gui_cold_start_50k", _gui_cold_start)]
