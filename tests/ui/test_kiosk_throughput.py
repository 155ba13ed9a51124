"""100 guests through the real kiosk window with human pauses: the throughput of one kiosk (README figure).

The full run takes a quarter of an hour of real time (people are slow, the software is not), so it runs only
with ``CHECKIN_KIOSK_RUN=100`` (and writes its figures to ``CHECKIN_KIOSK_REPORT`` if set); otherwise three
guests without pauses prove the script still drives the window end to end.
"""

from __future__ import annotations

import json
import os
import random
import time
from pathlib import Path

import pytest

from checkin.core import pins
from checkin.core.kiosk import KioskSettings
from checkin.core.store import EventStore
from tests.cups_env import Cups, cups  # noqa: F401  (fixture)

from .scanner_helpers import scanner_types, wait


def _pause(rng: random.Random, lo: float, hi: float, humans: bool) -> None:
    if humans:
        wait(int(rng.uniform(lo, hi) * 1000))


@pytest.mark.cups
@pytest.mark.timeout(3600)  # the 100-guest run is a quarter of an hour of human pauses
def test_kiosk_throughput(open_app, demo_path: Path, cups: Cups, qtbot):  # noqa: F811
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from checkin.ui.kiosk import open_kiosk

    count = int(os.environ.get("CHECKIN_KIOSK_RUN", "3"))
    humans = count >= 20
    with EventStore.open(demo_path) as s:
        pins.set_role_pin(s, "desk", "2468")
        people = [a.code for a in s.iter_attendees() if a.companion_of is None]
    rng = random.Random(22)
    rng.shuffle(people)
    app = open_app(demo_path)
    kiosk = open_kiosk(app.window, printer=cups.queue, full_screen=False,
                       settings=KioskSettings(done_seconds=8, desk_seconds=10, idle_seconds=60))
    kiosk.resize(1366, 768)
    QApplication.processEvents()
    outcome = {"done": 0, "desk": 0}
    software = []
    t_start = time.monotonic()
    for code in people[:count]:
        _pause(rng, 2.0, 4.0, humans)  # steps up, finds the QR code on the phone or the letter, holds it up
        t = time.perf_counter()
        scanner_types(code, gap_ms=10)
        qtbot.waitUntil(lambda: kiosk.pages.currentWidget() in (kiosk.preview, kiosk.desk), timeout=10_000)
        software.append(time.perf_counter() - t - 0.01 * (len(code) + 1))  # minus the scanner's own typing
        if kiosk.pages.currentWidget() is kiosk.preview:
            _pause(rng, 3.0, 6.0, humans)  # reads the badge preview
            if humans and rng.random() < 0.15:  # fixes the first name
                kiosk.preview.fields["first_name"].setText(kiosk.preview.fields["first_name"].text() + "-Marie")
                _pause(rng, 5.0, 8.0, humans)
            t = time.perf_counter()
            qtbot.mouseClick(kiosk.preview.print, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: kiosk.pages.currentWidget() in (kiosk.done, kiosk.desk), timeout=20_000)
            software[-1] += time.perf_counter() - t
        page = "done" if kiosk.pages.currentWidget() is kiosk.done else "desk"
        outcome[page] += 1
        _pause(rng, 1.5, 3.0, humans)  # takes the badge (or reads where to go) and taps Finish
        qtbot.mouseClick(kiosk.finish_done if page == "done" else kiosk.finish_desk, Qt.MouseButton.LeftButton)
        assert kiosk.pages.currentWidget() is kiosk.start
    elapsed = time.monotonic() - t_start
    software.sort()
    report = {"guests": count, "printed": outcome["done"], "sent_to_desk": outcome["desk"],
              "minutes": round(elapsed / 60, 1), "guests_per_hour": round(count / elapsed * 3600),
              "badges_per_hour": round(outcome["done"] / elapsed * 3600),
              "software_ms_median": round(software[len(software) // 2] * 1000),
              "software_ms_max": round(software[-1] * 1000), "human_pauses": humans}
    print(json.dumps(report))
    if os.environ.get("CHECKIN_KIOSK_REPORT"):
        Path(os.environ["CHECKIN_KIOSK_REPORT"]).write_text(json.dumps(report, indent=1))
    assert outcome["done"] + outcome["desk"] == count and outcome["done"] > 0
