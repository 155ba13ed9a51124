"""Issue 25, item 3: no silent loss when a station's sequence numbers are reused.

The red-team reproductions, with real `checkin serve` (master) and `checkin sync`/`checkin scan` on loopback:
a desk's backup restored onto a replacement laptop (and onto the same laptop), one desk copy opened on two
laptops, `scan --station <another desk>` and a far-ahead sequence number. Every check-in reaches the master
and the desk, every sync says what happened, and `checkin sync` exits non-zero while the two sides differ.
A second laptop is played by another installation folder (CHECKIN_INSTALLATION_DIR).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from checkin.core.store import EventStore

from ..e2e.syncutil import Station, desk_copies, free_port
from .trust_util import event_with_copies, forge

pytestmark = pytest.mark.timeout(240)


def _code(path: Path, attendee_id: int) -> str:
    with EventStore.open(path, readonly=True) as s:
        return s.attendee(attendee_id).code


def _scan(cli, path: Path, code: str, *extra: str, laptop: Path | None = None) -> None:
    env = {"CHECKIN_INSTALLATION_DIR": str(laptop)} if laptop else None
    out = cli("scan", str(path), code, "--json", *extra, env=env)
    assert out.returncode == 0 and json.loads(out.stdout)["status"] == "admitted", out.stdout + out.stderr


def _sync(cli, path: Path, url: str, laptop: Path | None = None):
    env = {"CHECKIN_INSTALLATION_DIR": str(laptop)} if laptop else None
    out = cli("sync", str(path), "--peer", url, "--json", env=env)
    assert "Traceback" not in out.stderr
    return out, (json.loads(out.stdout) if out.stdout.strip() else None)


def _arrived(path: Path) -> set[int]:
    with EventStore.open(path, readonly=True) as s:
        return set(s.first_arrivals())


@pytest.fixture
def master(demo_path: Path):
    station = Station(demo_path, free_port(), [])
    yield demo_path, station
    station.stop()


@pytest.mark.parametrize("elsewhere", [True, False], ids=["replacement-laptop", "same-laptop"])
def test_restored_backup_loses_no_checkin(master, tmp_path: Path, cli, elsewhere: bool) -> None:
    master_path, station = master
    (desk,) = desk_copies(master_path, ["desk-a"])
    _scan(cli, desk, _code(desk, 1))  # the desk has been working (its file is bound to its laptop)
    backup = tmp_path / "desk-a-backup.checkin"
    with EventStore.open(desk) as d:
        d.backup(backup)
    for guest in (2, 3):  # arrivals after the backup, synced to the master before the laptop died
        _scan(cli, desk, _code(desk, guest))
    station.start()
    _sync(cli, desk, station.url)
    laptop = tmp_path / "new-laptop" if elsewhere else None
    restored = tmp_path / "restored.checkin"
    shutil.copy(backup, restored)
    for guest in (4, 5, 6):  # the replacement laptop goes on with the restored file
        _scan(cli, restored, _code(restored, guest), laptop=laptop)
    out, report = _sync(cli, restored, station.url, laptop=laptop)
    assert out.returncode == 0, out.stderr
    assert report["still_differ"] == 0
    everyone = {1, 2, 3, 4, 5, 6}
    assert everyone <= _arrived(master_path) and everyone <= _arrived(restored)
    if elsewhere:  # another computer: a new station from the first open, nothing numbered twice
        with EventStore.open(restored, readonly=True) as s:
            assert s.station_id.startswith("desk-a.")
        assert report["same_seq"] == 0
    else:  # the same computer: the sync notices the file went back and says what it repaired
        assert report["new_station"].startswith("desk-a.") and report["repaired"] >= 2
        assert report["same_seq"] >= 1 and "two different records" in out.stderr
        info = json.loads(cli("stations", str(master_path), "--json", check=True).stdout)
        assert info["same_seq"] and all(len(d["records"]) == 2 for d in info["same_seq"])


def test_one_desk_copy_on_two_laptops(master, tmp_path: Path, cli) -> None:
    master_path, station = master
    (desk,) = desk_copies(master_path, ["desk-a"])
    twin = tmp_path / "twin.checkin"
    shutil.copy(desk, twin)  # the same copy carried to a second laptop
    other = tmp_path / "laptop-2"
    _scan(cli, desk, _code(desk, 1))
    _scan(cli, desk, _code(desk, 2))
    _scan(cli, twin, _code(twin, 3), laptop=other)
    _scan(cli, twin, _code(twin, 4), laptop=other)
    station.start()
    for path, laptop in ((desk, None), (twin, other), (desk, None)):
        out, report = _sync(cli, path, station.url, laptop=laptop)
        assert out.returncode == 0 and report["still_differ"] == 0, out.stderr
    assert {1, 2, 3, 4} <= _arrived(master_path) and {1, 2, 3, 4} <= _arrived(desk) and {1, 2, 3, 4} <= _arrived(twin)


def test_scan_under_another_desks_name_and_a_far_ahead_seq(master, tmp_path: Path, cli) -> None:
    """Since every record is signed: a desk cannot write under another desk's name (refused at once, one line,
    nothing written), and a far-ahead number forged into the file under that name is refused by the master,
    listed there, and bends no version vector: desk B's later check-ins still arrive everywhere."""
    master_path, station = master
    desk_a, desk_b = desk_copies(master_path, ["desk-a", "desk-b"])
    for guest in (1, 2):
        _scan(cli, desk_b, _code(desk_b, guest))
    for guest in (3, 4):  # desk A tries to write under desk B's name
        out = cli("scan", str(desk_a), _code(desk_a, guest), "--json", "--station", "desk-b")
        assert out.returncode != 0 and "Traceback" not in out.stderr
        assert "signs as station desk-a" in out.stderr and len(out.stderr.strip().splitlines()) == 1
    with EventStore.open(desk_a) as a:
        assert not a.journal.records(station_id="desk-b")
        day = a.get_meta("start")
    # ... and someone with the file writes one far ahead of every real number by hand
    far = forge(desk_a, "desk-b", "checkin", 5, {"day": day, "point": "main", "source": "scan"})
    with EventStore.open(desk_a) as a:
        a.conn.execute("UPDATE journal SET seq = 100000 WHERE record_id = ?", (far,))
    station.start()
    _sync(cli, desk_a, station.url)
    with EventStore.open(master_path, readonly=True) as m:
        assert m.journal.version_vector().get("desk-b", 0) < 100000  # the forged number bent nothing
        refused = {r[0] for r in m.conn.execute("SELECT record_id FROM sync_refused")}
        assert far in refused
    for guest in (6, 7):  # desk B goes on
        _scan(cli, desk_b, _code(desk_b, guest))
    for path in (desk_b, desk_a):
        out, report = _sync(cli, path, station.url)
        assert "Traceback" not in out.stderr
    expected = {1, 2, 6, 7}
    assert expected <= _arrived(master_path) and expected <= _arrived(desk_b)
    assert 5 not in _arrived(master_path) and 5 not in _arrived(desk_b)


def test_sync_exits_non_zero_while_the_sides_differ(master, cli) -> None:
    master_path, station = master
    paths = event_with_copies(master_path)
    # A helper tablet holding a record of another station: a helper relays nothing, so it stays apart.
    forge(paths["helper"], "desk-a", "session_entry", 11, {"session_id": 1})
    helper = Station(paths["helper"], free_port(), [])
    helper.start()
    try:
        out, report = _sync(cli, master_path, helper.url)
    finally:
        helper.stop()
    assert out.returncode == 5 and report["still_differ"] == 1
    assert "1 record(s) still differ" in out.stderr and len(out.stderr.strip().splitlines()) >= 1

