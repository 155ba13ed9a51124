"""Desk copies: no event private key, a certified station key, walk-in codes that verify everywhere."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest

from checkin.core import codes, copies, ledger
from checkin.core.codes import CodeStatus
from checkin.core.journal import Kind
from checkin.core.session import open_event
from checkin.core.store import EventStore, StoreError


def _file_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def test_desk_copy_holds_no_event_private_key(demo_store: EventStore, tmp_path: Path) -> None:
    private_b64 = demo_store.get_meta("private_key")
    out = tmp_path / "desk1.checkin"
    result = copies.make_copy(demo_store, out, station="desk-1")
    assert result.path == out and result.station == "desk-1" and re.fullmatch(r"[0-9a-f]{8}", result.key_id)
    data = _file_bytes(out)
    assert private_b64.encode() not in data and base64.b64decode(private_b64) not in data
    with EventStore.open(out) as desk:
        assert desk.get_meta("private_key") is None
        assert desk.station_id == "desk-1" and desk.get_meta("role") == "desk"
        assert desk.count_attendees() == demo_store.count_attendees()
        with pytest.raises(PermissionError):
            codes.issue_code(desk, 1)
        assert codes.resolve(desk, demo_store.attendee(1).code).status == CodeStatus.VALID
        rec = ledger.append(desk, Kind.CHECKIN, 1, {"day": "2026-01-01", "point": "main", "source": "scan"})
        assert rec.station_id == "desk-1"
    made = demo_store.get_meta("copies_made")
    assert [(m["station"], m["kind"], m["key_id"]) for m in made] == [("desk-1", "desk", result.key_id)]


def test_walk_in_code_verifies_on_every_station(demo_store: EventStore, tmp_path: Path) -> None:
    early = tmp_path / "early.checkin"
    copies.make_copy(demo_store, early, station="desk-early")  # made before desk-2 existed
    desk_path = tmp_path / "desk2.checkin"
    copies.make_copy(demo_store, desk_path, station="desk-2")
    with EventStore.open(desk_path) as desk, EventStore.open(early) as other:
        from checkin.core.deskops.people import register_walkin

        walkin = register_walkin(desk, {"first_name": "Wal", "last_name": "Kin"}, check_in=False).record
        code, newcomer = str(walkin.data["fields"]["code"]), walkin.attendee_id  # a station vouches for its own
        assert len(code) <= 130 and re.fullmatch(r"[A-Z2-7]+", code)
        check = codes.resolve(desk, code)
        assert (check.status, check.attendee_id, check.issuer) == (CodeStatus.VALID, newcomer, "desk-2")
        assert codes.resolve(demo_store, code).issuer == "desk-2"  # the master knows the certificate
        # the early desk learns the certificate only by syncing with desk-2
        unknown = codes.resolve(other, code)
        assert unknown.status == CodeStatus.INVALID and unknown.reason == "unknown_station_key"
        ledger.merge(other, desk.journal.missing_for(other.journal.version_vector()))
        assert codes.resolve(other, code).status == CodeStatus.VALID
        forged = code[:60] + ("A" if code[60] != "A" else "B") + code[61:]
        assert codes.resolve(other, forged).status == CodeStatus.INVALID


def test_forged_certificate_is_ignored(demo_store: EventStore, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    desk_path = tmp_path / "thief.checkin"
    copies.make_copy(demo_store, desk_path, station="desk-3")
    with open_event(desk_path) as session:
        desk = session.store
        # a thief with a desk copy makes their own key and "certifies" it with the station key
        rogue = Ed25519PrivateKey.generate()
        public = codes.raw_public(rogue)
        kid = codes.key_id(public)
        sig = codes._load_private(desk.get_meta("station_private_key")).sign(b"anything")
        session.act_as("organiser")  # past the desk's role check, as a thief editing the file would be
        ledger.record(desk, Kind.STATION_CERT, None, {"station": "rogue", "key_id": kid.hex(),
                                                      "public_key": base64.b64encode(public).decode(),
                                                      "signature": base64.b64encode(sig).decode()})
        session.act_as(None)
        desk.set_meta("station_private_key", base64.b64encode(codes.raw_private(rogue)).decode())
        desk.set_meta("station_key_id", kid.hex())
        forged = codes.issue_station_code(desk, 5)
        assert codes.resolve(desk, forged).status == CodeStatus.INVALID
        ledger.merge(demo_store, desk.journal.records())
        assert codes.resolve(demo_store, forged).status == CodeStatus.INVALID


def test_reissue_on_desk_copy_and_sync(demo_store: EventStore, tmp_path: Path) -> None:
    desk_path = tmp_path / "desk4.checkin"
    copies.make_copy(demo_store, desk_path, station="desk-4")
    old = demo_store.attendee(20).code
    with EventStore.open(desk_path) as desk:
        new = codes.reissue_code(desk, 20)
        assert codes.resolve(desk, new).issuer == "desk-4"
        assert codes.resolve(desk, old).status == CodeStatus.REVOKED
        ledger.merge(demo_store, desk.journal.records())
    assert codes.resolve(demo_store, old).status == CodeStatus.REVOKED
    assert codes.resolve(demo_store, new).status == CodeStatus.VALID


def test_copy_refusals(demo_store: EventStore, tmp_path: Path) -> None:
    desk_path = tmp_path / "desk5.checkin"
    copies.make_copy(demo_store, desk_path, station="desk-5")
    with pytest.raises(StoreError, match="exists"):
        copies.make_copy(demo_store, desk_path)
    with pytest.raises(StoreError, match="taken"):
        copies.make_copy(demo_store, tmp_path / "again.checkin", station="desk-5")
    with pytest.raises(StoreError, match="station name"):
        copies.make_copy(demo_store, tmp_path / "bad.checkin", station="desk 5")
    with EventStore.open(desk_path) as desk, pytest.raises(StoreError, match="no event key"):
        copies.make_copy(desk, tmp_path / "chain.checkin")


def test_cli_copy(cli, demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli-desk.checkin"
    proc = cli("copy", str(demo_path), str(out), "--desk")
    assert proc.returncode == 0, proc.stderr
    station = re.search(r"desk-[0-9A-F]{4}", proc.stdout)
    assert station
    with EventStore.open(out) as desk:
        assert desk.station_id == station.group(0)
    again = cli("copy", str(demo_path), str(out), "--desk")
    assert again.returncode != 0 and "exists" in again.stderr and "Traceback" not in again.stderr
    named = cli("copy", str(demo_path), str(tmp_path / "b.checkin"), "--desk", "--station", "Foyer-2", "--json")
    assert json.loads(named.stdout)["station"] == "Foyer-2"
    assert cli("copy", str(demo_path), str(tmp_path / "c.checkin")).returncode == 2  # kind is required


def test_a_copy_without_a_station_name_is_named_for_its_role(demo_store: EventStore, tmp_path: Path) -> None:
    """A helper tablet's copy was called "desk-3F2A" on the Stations screen and in its title bar."""
    helper = copies.make_copy(demo_store, tmp_path, kind="helper")
    desk = copies.make_copy(demo_store, tmp_path, kind="desk")
    assert re.fullmatch(r"helper-[0-9A-F]{4}", helper.station) and re.fullmatch(r"desk-[0-9A-F]{4}", desk.station)
    assert Path(helper.path).name == f"{demo_store.path.stem}-helper.checkin"
    with EventStore.open(helper.path) as s:
        assert s.station_id == helper.station
