"""Issue 25, item 1 (without record signatures): a station refuses what the offering peer's role may not write.

Reproductions from the red-team pass, on loopback with real `checkin serve` processes: someone with full
control of a helper tablet's file writes a purge, a cancellation with a "DO NOT ADMIT" note, a revocation of a
guest's code, a programme change and a check-in straight into the file, and syncs. The master keeps all its
guests, the code still admits, the refused records are listed by `checkin stations` and announced by
`checkin sync`; the helper's own door scan still comes through.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checkin.core import codes, ledger
from checkin.core.store import EventStore

from ..e2e.syncutil import Station, free_port
from .trust_util import event_with_copies, forge

pytestmark = pytest.mark.timeout(180)


def _attack(helper: Path, station: str, day: str, code_of_7: str) -> dict[str, str]:
    return {
        "purge": forge(helper, station, "purge", None, {"keep_statistics": False, "forced": True}),
        "correction": forge(helper, station, "correction", 8, {"fields": {"status": "cancelled",
                                                                          "desk_note": "DO NOT ADMIT"}}),
        "code_reissue": forge(helper, station, "code_reissue", 7, {"fields": {"code": "X" * 20},
                                                                   "revoked": code_of_7}),
        "session_upsert": forge(helper, station, "session_upsert", None, {"session_id": 1,
                                                                         "fields": {"start": "2030-01-01T00:00"}}),
        "checkin": forge(helper, station, "checkin", 9, {"day": day, "point": "main", "source": "scan"}),
    }


def _state(path: Path) -> tuple[int, int, str, str]:
    with EventStore.open(path) as s:
        code = s.attendee(7).code
        return (s.count_attendees(), s.conn.execute("SELECT COUNT(*) FROM attendees WHERE email != ''").fetchone()[0],
                codes.resolve(s, code).status, s.attendee(8).status)


def test_helper_cannot_purge_cancel_revoke_reschedule_or_admit(demo_path: Path, cli) -> None:
    paths = event_with_copies(demo_path)
    with EventStore.open(paths["master"]) as m:
        day, code_of_7 = m.get_meta("start"), m.attendee(7).code
    before = _state(paths["master"])
    assert before[0] > 500 and before[1] > 0 and before[2] == "valid"
    forged = _attack(paths["helper"], "helper-1", day, code_of_7)
    # Records under the master's name from the helper: a helper relays nothing, so they do not come in either.
    relayed = forge(paths["helper"], "master", "purge", None, {"keep_statistics": False})
    with EventStore.open(paths["helper"]) as h:  # and an honest door scan of the helper itself
        door = ledger.record(h, "session_entry", 11, {"session_id": 1}).record_id
    master = Station(paths["master"], free_port(), [])
    master.start()
    try:
        out = cli("sync", str(paths["helper"]), "--peer", master.url, "--json")
    finally:
        master.stop()
    assert "Traceback" not in out.stderr
    report = json.loads(out.stdout)
    assert report["peer_role"] == "organiser" and report["refused_by_peer"] == len(forged)
    assert "refused 5 of our records" in out.stderr
    after = _state(paths["master"])
    assert after == before  # every guest, every e-mail, the code admits, guest 8 not cancelled
    with EventStore.open(paths["master"]) as m:
        known = {r[0] for r in m.conn.execute("SELECT record_id FROM journal")}
        assert door in known and relayed not in known and not known & set(forged.values())
        assert m.first_arrival(9) is None
    listed = json.loads(cli("stations", str(paths["master"]), "--json", check=True).stdout)
    refused = {r["record_id"]: r for r in listed["refused"]}
    assert set(refused) == set(forged.values())
    assert {r["kind"] for r in refused.values()} == set(forged)
    assert all(r["peer_station"] == "helper-1" and r["peer_role"] == "helper" for r in refused.values())
    text = cli("stations", str(paths["master"]), check=True).stdout
    assert "refused 5 record(s)" in text and "a helper may not write purge" in text


def test_master_pulling_from_a_helper_says_what_it_refused(demo_path: Path, cli) -> None:
    paths = event_with_copies(demo_path)
    with EventStore.open(paths["master"]) as m:
        day, code_of_7 = m.get_meta("start"), m.attendee(7).code
    before = _state(paths["master"])
    _attack(paths["helper"], "helper-1", day, code_of_7)
    helper = Station(paths["helper"], free_port(), [])
    helper.start()
    try:
        out = cli("sync", str(paths["master"]), "--peer", helper.url, "--json")
    finally:
        helper.stop()
    report = json.loads(out.stdout)
    assert report["peer_role"] == "helper" and report["refused"] == 5
    assert "refused 5 record(s) from station helper-1" in out.stderr
    assert _state(paths["master"]) == before


def test_desk_cannot_write_organiser_records_under_its_own_name(demo_path: Path, cli) -> None:
    paths = event_with_copies(demo_path)
    before = _state(paths["master"])
    purge = forge(paths["desk"], "desk-a", "purge", None, {"keep_statistics": False})
    with EventStore.open(paths["desk"]) as d:  # what a desk may do still comes through
        admitted = ledger.record(d, "checkin", 12, {"day": d.get_meta("start"), "point": "main", "source": "scan"})
    master = Station(paths["master"], free_port(), [])
    master.start()
    try:
        out = cli("sync", str(paths["desk"]), "--peer", master.url, "--json")
    finally:
        master.stop()
    assert json.loads(out.stdout)["refused_by_peer"] == 1
    assert _state(paths["master"]) == (before[0] + 1, before[1] + 1, *before[2:])  # + the desk's walk-in
    with EventStore.open(paths["master"]) as m:
        assert m.journal.get(purge) is None and m.journal.get(admitted.record_id) is not None


def test_bundle_from_a_helper_is_screened_like_sync(demo_path: Path, tmp_path: Path, cli) -> None:
    paths = event_with_copies(demo_path)
    with EventStore.open(paths["master"]) as m:
        day, code_of_7 = m.get_meta("start"), m.attendee(7).code
    before = _state(paths["master"])
    _attack(paths["helper"], "helper-1", day, code_of_7)
    bundle = tmp_path / "helper.ckbundle"
    cli("bundle", "export", str(paths["helper"]), "--out", str(bundle), check=True)
    out = cli("bundle", "import", str(paths["master"]), str(bundle), "--json")
    assert out.returncode == 0 and json.loads(out.stdout)["refused"] == 5
    assert "refused 5 record(s) from this bundle" in out.stderr
    assert _state(paths["master"]) == before


def test_a_helper_relays_nothing_and_records_still_arrive_from_their_station(demo_path: Path, cli) -> None:
    paths = event_with_copies(demo_path)
    with EventStore.open(paths["desk"]) as d:
        admitted = ledger.record(d, "checkin", 12, {"day": d.get_meta("start"), "point": "main", "source": "scan"})
    desk = Station(paths["desk"], free_port(), [])
    master = Station(paths["master"], free_port(), [])
    desk.start()
    master.start()
    try:
        cli("sync", str(paths["helper"]), "--peer", desk.url, check=True)  # the helper gets the desk's records
        with EventStore.open(paths["helper"]) as h:
            assert h.journal.get(admitted.record_id) is not None
        out = cli("sync", str(paths["helper"]), "--peer", master.url, "--json")  # and cannot hand them on
        assert out.returncode == 0, out.stderr
        with EventStore.open(paths["master"]) as m:
            assert m.journal.get(admitted.record_id) is None
        cli("sync", str(paths["master"]), "--peer", desk.url, check=True)  # they come from the desk itself
    finally:
        desk.stop()
        master.stop()
    with EventStore.open(paths["master"]) as m:
        assert m.journal.get(admitted.record_id) is not None and m.first_arrival(12) is not None


def test_running_stations_screen_a_helper_too(demo_path: Path, cli) -> None:
    """The same with two running `checkin serve` (the GUI's Stations screen runs the same service)."""
    from ..e2e.syncutil import wait_until
    from .trust_util import SECRETS, personal_fields_in

    paths = event_with_copies(demo_path)
    purge = forge(paths["helper"], "helper-1", "purge", None, {"keep_statistics": False})
    with EventStore.open(paths["helper"]) as h:
        door = ledger.record(h, "session_entry", 11, {"session_id": 1}).record_id
    master_port, helper_port = free_port(), free_port()
    master = Station(paths["master"], master_port, [helper_port])
    helper = Station(paths["helper"], helper_port, [master_port])
    master.start()
    helper.start()
    try:
        def arrived() -> bool:
            with EventStore.open(paths["master"], readonly=True) as m:
                return m.journal.get(door) is not None
        assert wait_until(arrived)
        with EventStore.open(paths["master"], readonly=True) as m:
            upsert = m.journal.records(kind="attendee_upsert")[-1].record_id  # the master's, with contact data
        def stripped_copy_arrived() -> bool:
            with EventStore.open(paths["helper"], readonly=True) as h:
                return h.journal.get(upsert) is not None
        assert wait_until(stripped_copy_arrived)
    finally:
        helper.stop()
        master.stop()
    with EventStore.open(paths["master"]) as m:
        assert m.journal.get(purge) is None and m.count_attendees() > 500
        assert m.conn.execute("SELECT peer_role FROM sync_refused WHERE record_id = ?", (purge,)).fetchone() == \
            ("helper",)
    with EventStore.open(paths["helper"]) as h:
        rec = h.journal.get(upsert)
        assert personal_fields_in(json.dumps(rec.data)) == [] and SECRETS["email"] not in json.dumps(rec.data)


def test_purge_and_programme_need_the_event_key_whoever_relays_them(demo_path: Path, cli) -> None:
    """A desk copy's owner writes a purge and a programme change under the master's name; desk B, which hears
    of the master only through desk A, refuses both, and takes the master's real, signed session move."""
    from checkin.core import copies

    paths = event_with_copies(demo_path)
    with EventStore.open(paths["master"]) as m:
        desk_b = copies.make_copy(m, demo_path.parent / "desk-b.checkin", station="desk-b").path
        session_id = m.conn.execute("SELECT id FROM sessions ORDER BY id LIMIT 1").fetchone()[0]
        capacity = m.conn.execute("SELECT capacity FROM sessions WHERE id = ?", (session_id,)).fetchone()[0]
    cli("move-session", str(paths["master"]), str(session_id), "--capacity", str((capacity or 10) + 7), check=True)
    master = Station(paths["master"], free_port(), [])
    master.start()
    try:
        cli("sync", str(paths["desk"]), "--peer", master.url, check=True)  # desk A gets the signed move
    finally:
        master.stop()
    purge = forge(paths["desk"], "master", "purge", None, {"keep_statistics": False, "forced": True})
    moved = forge(paths["desk"], "master", "session_upsert", None,
                  {"session_id": session_id, "fields": {"start": "2030-01-01T09:00:00+01:00"}})
    before = _state(desk_b)
    desk_a = Station(paths["desk"], free_port(), [])
    desk_a.start()
    try:
        out = cli("sync", str(desk_b), "--peer", desk_a.url, "--json")
    finally:
        desk_a.stop()
    report = json.loads(out.stdout)
    assert report["peer_role"] == "desk" and report["refused"] == 2
    assert "without the event key's signature" in out.stderr
    with EventStore.open(desk_b) as b:
        assert b.journal.get(purge) is None and b.journal.get(moved) is None
        assert b.conn.execute("SELECT capacity FROM sessions WHERE id = ?", (session_id,)).fetchone()[0] == \
            (capacity or 10) + 7  # the master's own change, relayed by desk A, verified and applied
        assert not b.conn.execute("SELECT start FROM sessions WHERE id = ?", (session_id,)).fetchone()[0] \
            .startswith("2030")
    after = _state(desk_b)
    assert after[0] == before[0] + 1 and after[1] == before[1] + 1  # every guest and e-mail, + desk A's walk-in
