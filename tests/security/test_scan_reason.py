"""`checkin scan --json` says why a station-signed code does not count, as `checkin verify` does (issue 25):
the desk sees only "invalid" or "revoked"; a script or the organiser reading the scan log needs the reason.

The real `checkin` CLI on copies of the demo event: desk-a's key (in its copy's file, used by hand) mints a code
for an invited guest; desk-b and the master judge it. No sync needed: every copy knows the certificates of the
stations certified before it went out.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checkin.core import codes
from checkin.core.store import EventStore

from ..e2e.syncutil import desk_copies

pytestmark = pytest.mark.timeout(240)

INVITED = 1  # a guest of the demo's list, invited with the event key


def _scan(cli, path: Path, code: str) -> dict:
    out = cli("scan", str(path), code, "--json")
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    return json.loads(out.stdout)


def test_scan_json_says_why_a_station_signed_code_does_not_count(demo_path: Path, cli) -> None:
    desk_a, desk_b = desk_copies(demo_path, ["desk-a", "desk-b"])
    with EventStore.open(desk_a) as a:
        forged = codes.issue_station_code(a, INVITED)
        invitation = a.attendee(INVITED).code
    # At desk B: a desk key's code for a guest that desk did not register does not admit, and says why.
    scan = _scan(cli, desk_b, forged)
    assert (scan["status"], scan["reason"], scan["issuer"]) == ("invalid_code", "not_the_stations_guest", "desk-a")
    verify = json.loads(cli("verify", str(desk_b), forged, "--json").stdout)
    assert verify["reason"] == scan["reason"]  # one vocabulary for both commands
    told = cli("scan", str(desk_b), forged)
    assert "reason: not_the_stations_guest" in told.stdout and "station desk-a" in told.stderr
    with EventStore.open(desk_b, readonly=True) as b:
        assert b.first_arrival(INVITED) is None  # nothing journaled for the guest
    # The laptop of desk A is lost: the organiser revokes it; its codes read revoked at the master, with why.
    cli("stations", str(demo_path), "--revoke", "desk-a", "--reason", "laptop stolen", check=True)
    scan = _scan(cli, demo_path, forged)
    assert (scan["status"], scan["reason"], scan["issuer"]) == ("revoked", "station_revoked", "desk-a")
    # A code that counts carries no reason; text that is no code at all says so.
    admitted = _scan(cli, desk_b, invitation)
    assert (admitted["status"], admitted["reason"], admitted["issuer"]) == ("admitted", None, "event")
    garbage = _scan(cli, desk_b, "HELLO-WORLD")
    assert (garbage["status"], garbage["reason"]) == ("invalid_code", "not_a_code")
