"""Issue 25, item 1: every record is signed by the station that wrote it, and checked before any merge.

Someone with full control of a desk copy's file writes records into it by hand: a re-imported cancellation under
the organiser's station id, a check-in under another desk's name signed with the desk's own key, a correction
altered after it was signed, a walk-in whose e-mail was changed after signing, and a purge with a made-up event
signature. Over real `checkin serve` processes on loopback and through a USB bundle, the master and another desk
refuse each of them with a reason, list them in `checkin stations`, and still take the desk's honest check-in.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from pathlib import Path

import pytest

from checkin.core import ledger
from checkin.core.deskops.people import register_walkin
from checkin.core.journal import Record
from checkin.core.record_signing import SIG, sign
from checkin.core.store import EventStore
from checkin.core.sync.exchange import merge_from

from ..e2e.syncutil import Station, desk_copies, free_port
from .trust_util import forge

pytestmark = pytest.mark.timeout(240)


def _raw_update(path: Path, record_id: str, data: dict) -> None:
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("UPDATE journal SET data = ? WHERE record_id = ?", (json.dumps(data), record_id))
    finally:
        conn.close()


def _signed_under(path: Path, station: str, kind: str, attendee: int | None, data: dict) -> str:
    """A record signed with the file's own key but claiming ``station`` (the desk's code path refuses that, so
    it is built by hand) and written into the file by SQL. Returns its record id."""
    rid = forge(path, station, kind, attendee, data)
    with EventStore.open(path) as store:
        rec = store.journal.get(rid)
        assert rec is not None
        conn = sqlite3.connect(str(path), isolation_level=None)
        try:
            conn.execute("DELETE FROM meta WHERE key = 'station_root'")
            conn.execute("UPDATE meta SET value = ? WHERE key = 'station_id'", (json.dumps(station),))
            signed = sign(conn, rec)
            conn.execute("UPDATE meta SET value = ? WHERE key = 'station_id'", (json.dumps(store.station_id),))
        finally:
            conn.close()
    _raw_update(path, rid, signed.data)
    return rid


def _attack(desk: Path) -> dict[str, str]:
    """The forgeries, by what each one tries; plus the desk's honest check-in under key "honest"."""
    with EventStore.open(desk) as d:
        day = d.get_meta("start")
        honest = ledger.record(d, "checkin", 12, {"day": day, "point": "main", "source": "scan"}).record_id
        corrected = ledger.record(d, "correction", 5, {"fields": {"organisation": "Echte GmbH"},
                                               "original": {"organisation": ""}})
        walkin = register_walkin(d, {"first_name": "Wal", "last_name": "Kin", "email": "real@desk.example"},
                                 check_in=False).record
    forged = {
        # (before every record was signed, the master took these: the station id was the only proof)
        "as_master": forge(desk, "master", "attendee_upsert", 8, {"fields": {"status": "cancelled",
                                                                             "desk_note": "DO NOT ADMIT"}}),
        "as_other_desk": _signed_under(desk, "desk-b", "checkin", 9, {"day": day, "point": "main",
                                                                      "source": "scan"}),
        "fake_event_sig": forge(desk, "desk-a", "purge", None, {
            "keep_statistics": False,
            SIG: {"by": "event", "prev": "", "hid": "", "s": base64.b64encode(b"\x01" * 64).decode()}}),
    }
    altered = dict(corrected.data, fields={"organisation": "Gefälscht AG"})
    _raw_update(desk, corrected.record_id, altered)
    forged["altered"] = corrected.record_id
    retargeted = json.loads(json.dumps(walkin.data))
    retargeted["fields"]["email"] = "attacker@evil.example"  # hidden from helpers, still bound by the signature
    _raw_update(desk, walkin.record_id, retargeted)
    forged["altered_email"] = walkin.record_id
    forged["honest"] = honest
    return forged


def _refused(path: Path) -> dict[str, str]:
    with EventStore.open(path, readonly=True) as s:
        return dict(s.conn.execute("SELECT record_id, reason FROM sync_refused"))


def _known(path: Path) -> set[str]:
    with EventStore.open(path, readonly=True) as s:
        return {r[0] for r in s.conn.execute("SELECT record_id FROM journal")}


def _check(path: Path, forged: dict[str, str], *, offered_as_master: bool = True) -> None:
    known, refused = _known(path), _refused(path)
    assert forged["honest"] in known
    bad = {k: v for k, v in forged.items() if k != "honest"}
    assert not known & set(bad.values()), {k for k, v in bad.items() if v in known}
    if offered_as_master:
        assert "unsigned" in refused[bad["as_master"]]
    assert "key of station desk-a, not of desk-b" in refused[bad["as_other_desk"]]
    assert "does not verify" in refused[bad["fake_event_sig"]] or "event" in refused[bad["fake_event_sig"]]
    assert "altered after signing" in refused[bad["altered"]] or "does not verify" in refused[bad["altered"]]
    assert "altered after signing" in refused[bad["altered_email"]]
    with EventStore.open(path, readonly=True) as s:
        assert s.attendee(8).status != "cancelled" and s.count_attendees() > 500
        assert s.attendee(5).organisation != "Gefälscht AG"
        assert s.first_arrival(9) is None and s.first_arrival(12) is not None


def test_forged_records_are_refused_by_master_and_by_another_desk(demo_path: Path, cli) -> None:
    desk_a, desk_b = desk_copies(demo_path, ["desk-a", "desk-b"])
    forged = _attack(desk_a)
    master = Station(demo_path, free_port(), [])
    master.start()
    try:
        out = cli("sync", str(desk_a), "--peer", master.url, "--json")
        assert "Traceback" not in out.stderr
        assert json.loads(out.stdout)["refused_by_peer"] == 5
    finally:
        master.stop()
    _check(demo_path, forged)
    listed = json.loads(cli("stations", str(demo_path), "--json", check=True).stdout)
    assert {r["record_id"] for r in listed["refused"]} == {v for k, v in forged.items() if k != "honest"}
    # Desk B pulls straight from desk A (the forger serves): it checks every record itself.
    station_a = Station(desk_a, free_port(), [])
    station_a.start()
    try:
        out = cli("sync", str(desk_b), "--peer", station_a.url, "--json")
        assert "Traceback" not in out.stderr
        report = json.loads(out.stdout)
    finally:
        station_a.stop()
    # (desk B, made after desk A, already holds the master's records up to that number: the record under the
    # master's name is not offered to it at all)
    _check(desk_b, forged, offered_as_master=False)
    assert report["refused"] >= 4, report


def test_forged_records_in_a_bundle_are_refused(demo_path: Path, tmp_path: Path, cli) -> None:
    (desk_a,) = desk_copies(demo_path, ["desk-a"])
    forged = _attack(desk_a)
    bundle = tmp_path / "desk-a.ckbundle"
    cli("bundle", "export", str(desk_a), "--out", str(bundle), check=True)
    out = cli("bundle", "import", str(demo_path), str(bundle), "--json")
    assert "Traceback" not in out.stderr
    _check(demo_path, forged)


def test_unsigned_records_come_only_from_the_organiser(demo_path: Path) -> None:
    """Records from before every record was signed: what the files held stays; on the wire an unsigned record is
    taken from the organiser's master (it holds the event key and vouches for what it offers) and refused from
    anyone else."""
    (desk,) = desk_copies(demo_path, ["desk-a"])
    with EventStore.open(demo_path) as m:
        day = m.get_meta("start")
    old = Record("00000000-0000-4000-8000-00000000a001", "desk-old", "", 1, 1, "2026-01-01T08:00:00.000+00:00",
                 "checkin", 14, {"day": day, "point": "main", "source": "scan"})
    with EventStore.open(desk) as d:
        _, screened = merge_from(d, [old], "desk", "desk-x")
        assert [r.record_id for r, _ in screened.refused] == [old.record_id] and d.journal.get(old.record_id) is None
        _, screened = merge_from(d, [old], "organiser", "master")
        assert not screened.refused and d.journal.get(old.record_id) is not None


def test_signatures_hold_for_a_helper_and_after_the_purge(demo_path: Path, tmp_path: Path) -> None:
    """A record's signature checks on the full record (a desk), cut down for a helper, and with names stripped
    by the event's purge (a station that syncs after the event): each holder checks what it holds."""
    from checkin.core.purge import JOURNAL_KEYS
    from checkin.core.record_signing import received_part
    from checkin.core.roles import HELPER_HIDDEN, strip_keys
    from checkin.core.sync.provenance import Signers, check

    (desk,) = desk_copies(demo_path, ["desk-a"])
    with EventStore.open(desk) as d:
        walkin = register_walkin(d, {"first_name": "Žaneta", "last_name": "Spätkommerin",
                                     "email": "z@desk.example"}, check_in=False).record
    with EventStore.open(demo_path) as m:
        signers = Signers.load(m.conn, base64.b64decode(m.get_meta("public_key")))
    from dataclasses import replace

    keep = {"sig"}
    views = {
        "full": walkin,
        "helper": replace(walkin, data=strip_keys(walkin.data, frozenset(HELPER_HIDDEN) - keep)),
        "purged": replace(walkin, data=strip_keys(walkin.data, frozenset(JOURNAL_KEYS) - keep)),
    }
    text = {name: json.dumps(rec.data, ensure_ascii=False) for name, rec in views.items()}
    assert "z@desk.example" in text["full"] and "z@desk.example" not in text["helper"] and "Žaneta" in text["helper"]
    assert "Žaneta" not in text["purged"]
    for name, rec in views.items():
        assert check([rec], signers, "desk").accepted == [rec], name
    # ... but a name changed in the helper's view, or an e-mail in the full one, is caught
    renamed = json.loads(json.dumps(views["helper"].data))
    renamed["fields"]["last_name"] = "Anders"
    assert received_part(renamed, walkin.data["sig"]["hid"]) is None
    assert check([replace(walkin, data=renamed)], signers, "desk").refused


@pytest.mark.parametrize("direction", ["push", "pull"])
def test_more_refused_records_than_a_batch_end_the_sync(demo_path: Path, cli, direction: str) -> None:
    """Refused records are not merged, so the vector stays below them: a full batch of them (an old helper
    copy's unsigned door scans, a revoked laptop's day) once made the same batch come again forever. Now the
    sync ends, says how many it refused, and the desk's honest record behind them still arrives."""
    import uuid

    from checkin.core.sync.exchange import BATCH

    (desk,) = desk_copies(demo_path, ["desk-a"])
    with EventStore.open(desk) as d:
        day = d.get_meta("start")
        n = BATCH + 50
        ledger.merge(d, [Record(str(uuid.uuid4()), "desk-old", "", i, i, f"{day}T08:00:00.000+00:00", "checkin",
                        1 + i % 500, {"day": day, "point": "main", "source": "scan"}) for i in range(1, n + 1)])
        honest = ledger.record(d, "checkin", 12, {"day": day, "point": "main", "source": "scan"}).record_id
    served, syncing = (demo_path, desk) if direction == "push" else (desk, demo_path)
    station = Station(served, free_port(), [])
    station.start()
    try:
        out = cli("sync", str(syncing), "--peer", station.url, "--json")
    finally:
        station.stop()
    assert "Traceback" not in out.stderr
    report = json.loads(out.stdout)
    assert (report["refused_by_peer"] if direction == "push" else report["refused"]) == n
    with EventStore.open(demo_path, readonly=True) as m:
        assert m.journal.get(honest) is not None and not m.journal.records(station_id="desk-old")
