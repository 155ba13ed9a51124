"""The time the programme screens show: now, or a simulated time (tests, rehearsals the day before).

``CHECKIN_SIMULATED_TIME=2026-11-20T13:45:00+01:00`` starts the clock there and lets it run on, so a rehearsal
the evening before shows the event day as it will look.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timedelta

from ...core.journal import utc_now


class Clock:
    def __init__(self, start: datetime | None = None, *, running: bool = True) -> None:
        if start is None and os.environ.get("CHECKIN_SIMULATED_TIME"):
            text = os.environ["CHECKIN_SIMULATED_TIME"].replace("Z", "+00:00")
            start = datetime.fromisoformat(text)
            if start.tzinfo is None:
                start = start.astimezone()
        self._start = start
        self._t0 = time.monotonic()
        self.running = running

    @property
    def simulated(self) -> bool:
        return self._start is not None

    def set(self, when: datetime | None, *, running: bool = False) -> None:
        """Simulate ``when`` (frozen unless ``running``); None goes back to the real time."""
        self._start, self._t0, self.running = when, time.monotonic(), running

    def now(self) -> datetime:
        if self._start is None:
            return utc_now()
        if not self.running:
            return self._start
        return self._start + timedelta(seconds=time.monotonic() - self._t0)
