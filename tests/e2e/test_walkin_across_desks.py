"""A walk-in registered at desk 1 gets a code signed by desk 1's station key; after a USB bundle or a LAN
sync that code admits at desk 2, which was copied before desk 1 existed and so learnt desk 1's key only
from the sync. Real processes, real files, real sockets on loopback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checkin.core.store import EventStore
from checkin.core.sync.secret import ensure_secret

from .syncutil import Station, free_port


def _j(proc) -> dict:
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture
def event(demo_path: Path, cli) -> tuple[Path, Path, Path, str, str]:
    with EventStore.open(demo_path) as master:
        ensure_secret(master)  # the sync secret every copy carries
        day1, day2 = master.event.start.isoformat(), master.event.end.isoformat()
    d2 = demo_path.parent / "desk2.checkin"
    d1 = demo_path.parent / "desk1.checkin"
    cli("copy", str(demo_path), str(d2), "--desk", "--station", "desk-2", check=True)  # before desk 1 exists
    cli("copy", str(demo_path), str(d1), "--desk", "--station", "desk-1", check=True)
    return demo_path, d1, d2, day1, day2


def _walkin(cli, desk: Path, day: str) -> dict:
    out = _j(cli("walkin", str(desk), "--first", "Ορέστης", "--last", "Παπαδόπουλος", "--org",
                 "Πανεπιστήμιο Πατρών", "--at", f"{day}T08:40:00+01:00", "--json"))
    assert out["checkin"]["status"] == "admitted" and out["attendee"]["walk_in"] is True
    assert out["station"] == "desk-1"
    return out


def _admitted_at_desk2(cli, d1: Path, d2: Path, code: str, walkin_id: int, day1: str, day2: str) -> None:
    same_day = _j(cli("scan", str(d2), code, "--at", f"{day1}T10:00:00+01:00", "--json"))
    assert same_day["status"] == "already_admitted" and same_day["first_arrival"]["station"] == "desk-1"
    assert same_day["attendee"]["id"] == walkin_id and same_day["attendee"]["last_name"] == "Παπαδόπουλος"
    next_day = _j(cli("scan", str(d2), code, "--at", f"{day2}T08:05:00+01:00", "--json"))
    assert next_day["status"] == "admitted" and "walk_in" in next_day["flags"]
    with EventStore.open(d2, readonly=True) as s:
        rec = s.journal.get(next_day["record_id"])
        assert rec.station_id == "desk-2" and rec.attendee_id == walkin_id and rec.kind == "checkin"
        assert s.attendee(walkin_id).walk_in


def test_walkin_code_admits_at_another_desk_after_a_bundle(event, cli, tmp_path: Path) -> None:
    _, d1, d2, day1, day2 = event
    out = _walkin(cli, d1, day1)
    code, walkin_id = out["code"], out["attendee"]["id"]
    before = _j(cli("scan", str(d2), code, "--at", f"{day1}T09:00:00+01:00", "--json"))
    assert before["status"] == "invalid_code"  # desk 2 has not learnt desk 1's station key yet
    bundle = tmp_path / "desk1.ckbundle"
    cli("bundle", "export", str(d1), "--out", str(bundle), check=True)
    merged = _j(cli("bundle", "import", str(d2), str(bundle), "--json"))
    assert merged["new_records"] >= 3  # desk 1's certificate, the walk-in, its check-in
    _admitted_at_desk2(cli, d1, d2, code, walkin_id, day1, day2)


def test_walkin_code_admits_at_another_desk_after_a_lan_sync(event, cli) -> None:
    _, d1, d2, day1, day2 = event
    out = _walkin(cli, d1, day1)
    station = Station(d1, free_port(), [])
    station.start()
    try:
        report = _j(cli("sync", str(d2), "--peer", f"127.0.0.1:{station.port}", "--json"))
        assert report["received"] >= 3
    finally:
        station.stop()
    _admitted_at_desk2(cli, d1, d2, out["code"], out["attendee"]["id"], day1, day2)
