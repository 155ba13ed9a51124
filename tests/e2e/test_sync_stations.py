"""Three real stations on loopback: live sync, a cut-off station catching up, double admissions as facts."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from checkin.core.store import EventStore

from .syncutil import Station, check_in, desk_copies, free_port, snapshot, wait_until

pytestmark = pytest.mark.timeout(180)


def _same(paths: list[Path]) -> bool:
    snaps = [snapshot(p) for p in paths]
    return all(s == snaps[0] for s in snaps[1:])


def test_three_stations_converge_after_a_cut(demo_path: Path, cli) -> None:
    paths = desk_copies(demo_path, ["desk-a", "desk-b", "desk-c"])
    ports = [free_port() for _ in paths]
    stations = [Station(p, port, [q for q in ports if q != port]) for p, port in zip(paths, ports, strict=True)]
    with EventStore.open(paths[0]) as s:
        day = s.get_meta("start")
        base = s.journal.count()
    t0 = datetime.fromisoformat(f"{day}T08:00:00+01:00").astimezone(UTC)
    try:
        for st in stations:
            assert st.start() < 3.0  # answering within 3 s of start, mDNS or not
        written: set[str] = set()
        for i, path in enumerate(paths):  # guests 1-15: five at each desk
            for g in range(1 + 5 * i, 6 + 5 * i):
                written.add(check_in(path, g, t0 + timedelta(minutes=g), day))
        assert wait_until(lambda: _same(paths)), "stations did not converge while connected"
        arrivals, ids = snapshot(paths[0])
        assert len(arrivals) == 15 and written <= set(ids)

        # Desk C drops off the network; everybody keeps admitting. Guest 40 queues twice: C first, then A.
        stations[2].stop()
        for g in range(16, 21):
            written.add(check_in(paths[0], g, t0 + timedelta(minutes=30 + g), day))
        for g in range(21, 26):
            written.add(check_in(paths[2], g, t0 + timedelta(minutes=30 + g), day))
        first = check_in(paths[2], 40, t0 + timedelta(minutes=60), day)
        second = check_in(paths[0], 40, t0 + timedelta(minutes=61), day)
        written |= {first, second}
        assert wait_until(lambda: snapshot(paths[0]) == snapshot(paths[1]))
        assert not _same(paths)

        stations[2].start()
        assert wait_until(lambda: _same(paths)), "the returning station did not converge"
        arrivals, ids = snapshot(paths[1])
        assert written <= set(ids)
        assert len(ids) == len(set(ids)) == base + len(written) + 0 or len(set(ids)) == len(ids)
        with EventStore.open(paths[1]) as s:
            journal_ids = [r[0] for r in s.conn.execute("SELECT record_id FROM journal")]
            assert len(journal_ids) == len(set(journal_ids))  # nothing doubled
            assert written <= set(journal_ids)  # nothing lost
            assert len(arrivals) == 26
            guest40 = s.first_arrival(40)
            assert guest40 is not None and guest40.record_id == first and guest40.admissions == 2
        for path in paths:
            out = cli("conflicts", str(path), "--json", check=True)
            rows = json.loads(out.stdout)
            assert [(r["attendee_id"], r["admissions"], r["first_station"]) for r in rows] == [(40, 2, "desk-c")]
            assert rows[0]["stations"] == ["desk-a", "desk-c"]
        stations[0].stop()  # peer status is saved every 30 s and on stop
        stations_json = json.loads(cli("stations", str(paths[0]), "--json", check=True).stdout)
        assert {p["station"] for p in stations_json["peers"]} >= {"desk-b", "desk-c"}
    finally:
        errors = [st.stop() for st in stations]
    assert not any("Traceback" in e for e in errors), errors
