"""Issue 25, item 1: a lost laptop. The organiser revokes the desk's station certificate; the revocation travels
like any record; what the desk wrote before stays, what its key signs afterwards is refused everywhere, and the
codes it minted stop scanning.

Real `checkin serve` processes on loopback and the `checkin` CLI as the organiser and the desks use them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checkin.core.store import EventStore

from ..e2e.syncutil import Station, desk_copies, free_port

pytestmark = pytest.mark.timeout(240)


def _code(path: Path, attendee_id: int) -> str:
    with EventStore.open(path, readonly=True) as s:
        return s.attendee(attendee_id).code


def _walkin(cli, path: Path, last: str) -> tuple[int, str]:
    out = cli("walkin", str(path), "--first-name", "Neu", "--last-name", last, "--json", check=True)
    person = json.loads(out.stdout)
    with EventStore.open(path, readonly=True) as s:
        return person["attendee"]["id"], s.attendee(person["attendee"]["id"]).code


def _sync(cli, path: Path, url: str) -> dict:
    out = cli("sync", str(path), "--peer", url, "--json")
    assert "Traceback" not in out.stderr
    return json.loads(out.stdout)


def _arrived(path: Path) -> set[int]:
    with EventStore.open(path, readonly=True) as s:
        return set(s.first_arrivals())


def test_revoked_station_is_refused_everywhere_and_its_codes_stop(demo_path: Path, cli) -> None:
    desk_a, desk_b = desk_copies(demo_path, ["desk-a", "desk-b"])
    for guest in (1, 2):
        cli("scan", str(desk_a), _code(desk_a, guest), check=True)
    before_id, before_code = _walkin(cli, desk_a, "Vorher")
    master = Station(demo_path, free_port(), [])
    master.start()
    try:
        _sync(cli, desk_a, master.url)
        assert cli("verify", str(demo_path), before_code).returncode == 0  # the master knows the desk's key
        # The laptop is lost: the organiser revokes it (only the organiser's file may).
        refused = cli("stations", str(desk_b), "--revoke", "desk-a")
        assert refused.returncode != 0 and "Traceback" not in refused.stderr
        out = cli("stations", str(demo_path), "--revoke", "desk-a", "--reason", "laptop stolen", check=True)
        assert "revoked station desk-a" in out.stdout
        _sync(cli, desk_b, master.url)  # the revocation travels to desk B like any record
    finally:
        master.stop()
    # The thief goes on with desk A's file: admits a guest, registers someone, and syncs with desk B.
    cli("scan", str(desk_a), _code(desk_a, 3), check=True)
    after_id, after_code = _walkin(cli, desk_a, "Nachher")
    station_b = Station(desk_b, free_port(), [])
    station_b.start()
    try:
        report = _sync(cli, desk_a, station_b.url)
    finally:
        station_b.stop()
    assert report["refused_by_peer"] >= 2
    arrived = _arrived(desk_b)
    assert {1, 2, before_id} <= arrived and 3 not in arrived and after_id not in arrived  # the desk's work before the loss stays
    with EventStore.open(desk_b, readonly=True) as b:
        assert b.attendee(before_id) is not None and b.attendee(after_id) is None
        reasons = [r[0] for r in b.conn.execute("SELECT reason FROM sync_refused WHERE station_id = 'desk-a'")]
        assert reasons and all("revoked" in r for r in reasons)
    # Its codes, old and new, stop scanning at desk B; the reason is said.
    for code in (before_code, after_code):
        check = json.loads(cli("verify", str(desk_b), code, "--json").stdout)
        assert check["status"] in ("revoked", "invalid"), check
    assert json.loads(cli("verify", str(desk_b), before_code, "--json").stdout)["reason"] == "station_revoked"
    scan = json.loads(cli("scan", str(desk_b), before_code, "--json").stdout)
    assert scan["status"] != "admitted"
    # The organiser sees the revocation on every station's list.
    listed = json.loads(cli("stations", str(desk_b), "--json", check=True).stdout)
    assert [(r["station"], r["reason"]) for r in listed["revoked"]] == [("desk-a", "laptop stolen")]
    text = cli("stations", str(desk_b), check=True).stdout
    assert "revoked: desk-a" in text and "laptop stolen" in text


def test_revoking_an_unknown_station_says_so(demo_path: Path, cli) -> None:
    desk_copies(demo_path, ["desk-a"])
    out = cli("stations", str(demo_path), "--revoke", "desk-zz")
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert "no certified station named 'desk-zz'" in out.stderr and "desk-a" in out.stderr
