"""Issue 19: ten laptops prepared by script. `checkin settings set station-name NAME` on a laptop makes an event copy
new to it that station: the desk scans under that name and the master sees the arrival from it after a real
`checkin sync` on loopback. A taken name gets a suffix, a copy already used keeps its id (no split history).

Each laptop is its own config folder (checkin.ini) and installation folder, as on a real computer.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from checkin.core.store import EventStore

from .syncutil import Station, desk_copies, free_port

pytestmark = pytest.mark.timeout(240)


def _laptop(folder: Path) -> dict[str, str]:
    return {"CHECKIN_CONFIG_DIR": str(folder), "CHECKIN_INSTALLATION_DIR": str(folder)}


def _code(path: Path, attendee_id: int) -> str:
    with EventStore.open(path, readonly=True) as s:
        return s.attendee(attendee_id).code


def _station(path: Path) -> str:
    with EventStore.open(path, readonly=True) as s:
        return s.station_id


def _arrival_station(path: Path, attendee_id: int) -> str:
    with EventStore.open(path, readonly=True) as s:
        return s.arrivals_of(attendee_id)[0].station_id


def test_laptop_named_by_script_checks_in_and_syncs_under_its_name(cli, demo_path: Path, tmp_path: Path) -> None:
    desk, twin = desk_copies(demo_path, ["desk-1", "desk-2"])
    laptop = _laptop(tmp_path / "laptop-a")
    out = cli("settings", "set", "station-name", "foyer-left", "--json", env=laptop, check=True)
    assert json.loads(out.stdout) == {"key": "station-name", "value": "foyer-left"}
    scan = json.loads(cli("scan", str(desk), _code(desk, 5), "--json", env=laptop, check=True).stdout)
    assert scan["status"] == "admitted"
    # The laptop's name goes behind the copy's certified name: a desk key vouches for nothing else.
    assert _station(desk) == "desk-1.foyer-left" and _arrival_station(desk, 5) == "desk-1.foyer-left"

    master = Station(demo_path, free_port(), [])
    master.start()
    try:
        synced = cli("sync", str(desk), "--peer", master.url, env=laptop, check=True)
        assert "station desk-1.foyer-left with" in synced.stdout
        report = json.loads(cli("sync", str(desk), "--peer", master.url, "--json", env=laptop, check=True).stdout)
        assert report["this_station"] == "desk-1.foyer-left" and report["still_differ"] == 0
    finally:
        master.stop()
    assert _arrival_station(demo_path, 5) == "desk-1.foyer-left"  # the master shows the arrival from that name
    with EventStore.open(demo_path, readonly=True) as s:  # and took it as the desk's, not a helper's
        assert s.conn.execute("SELECT COUNT(*) FROM sync_refused").fetchone()[0] == 0
    stations = json.loads(cli("stations", str(demo_path), "--json", check=True).stdout)
    assert "desk-1.foyer-left" in {p["station"] for p in stations["peers"]}

    # A copy named like the laptop keeps exactly that name.
    (same,) = desk_copies(demo_path, ["foyer-right"])
    right = _laptop(tmp_path / "laptop-r")
    cli("settings", "set", "station-name", "foyer-right", env=right, check=True)
    cli("scan", str(same), _code(same, 8), "--json", env=right, check=True)
    assert _station(same) == "foyer-right"

    # The used desk file copied to a second laptop of the same name by mistake: the file knows
    # desk-1.foyer-left, so it becomes desk-1.foyer-left.<4 hex>, never a second writer under one id.
    late = tmp_path / "late.checkin"
    shutil.copy(desk, late)
    clone = _laptop(tmp_path / "laptop-b")
    cli("settings", "set", "station-name", "foyer-left", env=clone, check=True)
    cli("scan", str(late), _code(late, 6), "--json", env=clone, check=True)
    assert _station(late).startswith("desk-1.foyer-left.") and len(_station(late)) == len("desk-1.foyer-left.1a2b")

    # The twin copy was never opened: without a station name it keeps the name it was made with.
    plain = _laptop(tmp_path / "laptop-c")
    cli("scan", str(twin), _code(twin, 7), "--json", env=plain, check=True)
    assert _station(twin) == "desk-2"


def test_a_copy_already_used_keeps_its_station(cli, demo_path: Path, tmp_path: Path) -> None:
    (desk,) = desk_copies(demo_path, ["desk-1"])
    laptop = _laptop(tmp_path / "laptop")
    cli("scan", str(desk), _code(desk, 1), "--json", env=laptop, check=True)
    cli("settings", "set", "station-name", "foyer-right", env=laptop, check=True)
    cli("scan", str(desk), _code(desk, 2), "--json", env=laptop, check=True)  # opened for writing again
    assert _station(desk) == "desk-1"  # a rename would split its numbered history
    with EventStore.open(desk, readonly=True) as s:
        assert {a.station_id for g in (1, 2) for a in s.arrivals_of(g)} == {"desk-1"}


def test_the_organisers_file_stays_master(cli, demo_path: Path, tmp_path: Path) -> None:
    laptop = {"CHECKIN_CONFIG_DIR": str(tmp_path / "laptop")}  # the organiser's own laptop, given a name
    cli("settings", "set", "station-name", "foyer-left", env=laptop, check=True)
    cli("scan", str(demo_path), _code(demo_path, 3), "--json", env=laptop, check=True)
    assert _station(demo_path) == "master"


@pytest.mark.parametrize("name", ["foyer left", "master", "x" * 36, "-desk"])
def test_bad_station_names_are_refused_in_one_line(cli, tmp_path: Path, name: str) -> None:
    laptop = _laptop(tmp_path / "laptop")
    proc = cli("settings", "set", "station-name", name, env=laptop)
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    assert cli("settings", "get", "station-name", env=laptop, check=True).stdout.strip() == ""
