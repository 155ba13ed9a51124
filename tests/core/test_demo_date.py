"""The demo event starts on today's date at the venue, whatever the machine's clock says the date is."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest


@pytest.mark.parametrize(("utc_now", "venue_day"), [("2026-12-04 23:30:00", "2026-12-05"),
                                                     ("2026-12-04 10:00:00", "2026-12-04")])
def test_demo_starts_today_at_the_venue(tmp_path: Path, utc_now: str, venue_day: str) -> None:
    # 23:30 UTC is 00:30 in Berlin: the laptop's UTC date is still yesterday there, and the desk would open the
    # demo on its second day. A whole `checkin demo` under libfaketime's clock (an offset, so time still runs).
    offset = int(datetime.fromisoformat(utc_now).replace(tzinfo=UTC).timestamp() - datetime.now(UTC).timestamp())
    path = tmp_path / "demo.checkin"
    env = {**os.environ, "TZ": "UTC"}
    subprocess.run(["faketime", "-f", f"{offset:+d}s", sys.executable, "-m", "checkin", "demo", str(path),
                    "--attendees", "5"], check=True, capture_output=True, env=env, timeout=120)
    info = subprocess.run([sys.executable, "-m", "checkin", "info", str(path), "--json"], check=True,
                          capture_output=True, text=True, timeout=60).stdout
    assert json.loads(info)["start"] == venue_day
