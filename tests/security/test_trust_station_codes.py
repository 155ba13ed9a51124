"""Issue 25, item 4: a station key vouches only for the station's own people.

The red-team reproduction: with a desk copy's station key, someone mints a code for a listed guest (here the
State Secretary, an invited VIP). Another desk scans it: before, ADMITTED with nothing journaled. Now the code is
invalid there, `checkin verify` says why, and nothing is recorded for the guest. The desk's own walk-in still
scans at every desk, and a code the desk replaced by a signed (journaled) reissue still works.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checkin.core import codes
from checkin.core.model import Attendee
from checkin.core.store import EventStore

from ..e2e.syncutil import Station, desk_copies, free_port

pytestmark = pytest.mark.timeout(240)


def _sync(cli, path: Path, url: str) -> None:
    out = cli("sync", str(path), "--peer", url, "--json")
    assert "Traceback" not in out.stderr and out.returncode == 0, out.stderr


def test_desk_key_cannot_mint_a_code_for_an_invited_guest(demo_path: Path, cli) -> None:
    with EventStore.open(demo_path) as m:
        vip = 990001
        m.add_attendees([Attendee(id=vip, first_name="Gisela", last_name="Staatssekretärin", title="Dr.",
                                  organisation="Bundesministerium", position="State Secretary", attention=True,
                                  code="")])
        m.conn.execute("UPDATE attendees SET code = ? WHERE id = ?", (codes.issue_code(m, vip), vip))
    desk_a, desk_b = desk_copies(demo_path, ["desk-a", "desk-b"])
    with EventStore.open(desk_a) as a:
        forged = codes.issue_station_code(a, vip)  # the key in the desk copy's file, used by hand
        real_code = a.attendee(vip).code
    walkin = json.loads(cli("walkin", str(desk_a), "--first-name", "Wal", "--last-name", "Kin", "--no-checkin",
                            "--json", check=True).stdout)["attendee"]
    reissued = json.loads(cli("reissue", str(desk_a), "7", "--json", check=True).stdout)["code"]
    # Before any sync, desk B knows desk A's key (certified before the copies went out) but not the walk-in:
    # a newcomer it has not heard of is "not on the list" (staff may override), not a forgery.
    early = json.loads(cli("scan", str(desk_b), walkin["code"], "--json").stdout)
    assert early["status"] == "not_on_list", early
    master = Station(demo_path, free_port(), [])
    master.start()
    try:
        for path in (desk_a, desk_b):
            _sync(cli, path, master.url)
    finally:
        master.stop()
    # At desk B: the forged code does not admit, and says why.
    scan = json.loads(cli("scan", str(desk_b), forged, "--json").stdout)
    assert scan["status"] == "invalid_code"
    checked = cli("verify", str(desk_b), forged, "--json")
    assert checked.returncode != 0 and json.loads(checked.stdout)["reason"] == "not_the_stations_guest"
    told = cli("verify", str(desk_b), forged)
    assert "station desk-a" in told.stderr and "invited guests" in told.stderr
    with EventStore.open(desk_b, readonly=True) as b:
        assert b.first_arrival(vip) is None
        assert not b.journal.records(attendee_id=vip)
    # The guest's own invitation (event key) admits.
    assert json.loads(cli("scan", str(desk_b), real_code, "--json").stdout)["status"] == "admitted"
    # What desk A vouches for by a signed record works at desk B: its walk-in, and the code it reissued.
    assert json.loads(cli("scan", str(desk_b), walkin["code"], "--json").stdout)["status"] == "admitted"
    assert json.loads(cli("scan", str(desk_b), reissued, "--json").stdout)["status"] == "admitted"
