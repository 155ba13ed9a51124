"""Stations in a chain (A knows B, B knows C, nobody knows A): records still reach everybody, while desks keep
writing, and every record arrives once (long polls leave out what reaches a station another way)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from checkin.core.store import EventStore

from .syncutil import Station, check_in, desk_copies, free_port, snapshot, wait_until

pytestmark = pytest.mark.timeout(120)


def test_a_chain_converges_while_desks_keep_writing(demo_path: Path) -> None:
    paths = desk_copies(demo_path, ["desk-a", "desk-b", "desk-c"])
    ports = [free_port() for _ in paths]
    stations = [Station(paths[0], ports[0], [ports[1]]), Station(paths[1], ports[1], [ports[2]]),
                Station(paths[2], ports[2], [])]
    with EventStore.open(paths[0]) as s:
        day = s.get_meta("start")
    t0 = datetime.fromisoformat(f"{day}T08:00:00+01:00").astimezone(UTC)
    stop = threading.Event()
    written: set[str] = set()

    def desk_b() -> None:  # B's journal never stays quiet for the 5 s after which relays used to wait
        g = 100
        while not stop.wait(0.7):
            written.add(check_in(paths[1], g, t0 + timedelta(minutes=g), day))
            g += 1

    busy = threading.Thread(target=desk_b)
    try:
        for st in stations:
            st.start()
        busy.start()
        # B pushes to C already (so no first-contact catch-up carries what follows), then A and C write.
        assert wait_until(lambda: bool(written) and set(list(written)[:1]) <= set(snapshot(paths[2])[1]))
        for g in range(1, 4):
            written.add(check_in(paths[0], g, t0 + timedelta(minutes=g), day))  # A: only B knows it
            written.add(check_in(paths[2], 10 + g, t0 + timedelta(minutes=10 + g), day))  # C: knows nobody
        a_and_c = set(written)
        assert wait_until(lambda: all(a_and_c <= set(snapshot(p)[1]) for p in paths), timeout=30), \
            "records of the chain's ends did not reach every station while B kept writing"
        stop.set()
        busy.join()
        assert wait_until(lambda: snapshot(paths[0]) == snapshot(paths[1]) == snapshot(paths[2]))
        for path in paths:
            arrivals, ids = snapshot(path)
            assert len(ids) == len(set(ids)) and written <= set(ids)
        with EventStore.open(paths[2]) as s:
            assert {a[0] for a in snapshot(paths[2])[0]} >= {1, 2, 3, 11, 12, 13}
            assert s.count_arrived() == len({a[0] for a in snapshot(paths[2])[0]})
    finally:
        stop.set()
        if busy.is_alive():
            busy.join()
        errors = [st.stop() for st in stations]
    assert not any("Traceback" in e for e in errors), errors
