"""Issue 21: opening an event yields one session (path, passphrase, acting role, its connections); records go
in through the ledger, which checks the role the session acts in. Real event files, real SQLCipher copies."""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin.core import copies, ledger, roles
from checkin.core.journal import Kind
from checkin.core.session import open_event
from checkin.core.store import EventStore, StoreError

PASS = "Korrekt Pferd Batterie 2026"


def _checkin(store: EventStore, attendee_id: int = 3) -> None:
    ledger.record(store, Kind.CHECKIN, attendee_id, {"day": store.event.start.isoformat(), "point": "main",
                                                     "source": "scan"})


def test_the_acting_role_lives_on_the_session_not_in_the_process(demo_path: Path) -> None:
    with open_event(demo_path) as session:
        assert session.acting_role == roles.ORGANISER and session.role is None
        session.act_as("helper")  # the GUI's role switch, down
        before = session.store.journal.count()
        with pytest.raises(roles.RoleError, match="works as helper"):
            _checkin(session.store)
        with session.open_store() as worker, pytest.raises(roles.RoleError):  # the DB worker's connection
            _checkin(worker)
        assert session.store.journal.count() == before  # refused before anything was written
        with EventStore.open(demo_path) as elsewhere:  # a script on the same file: as the copy allows
            assert roles.acting_role(elsewhere) == roles.ORGANISER
            _checkin(elsewhere)
        session.act_as(None)
        _checkin(session.store, 4)
        assert session.store.count_arrived() == 2


def test_a_desk_copy_refuses_organiser_records_whoever_asks(demo_store: EventStore, tmp_path: Path) -> None:
    desk_path = tmp_path / "desk.checkin"
    copies.make_copy(demo_store, desk_path, station="desk-1")
    with open_event(desk_path) as session:
        with pytest.raises(roles.RoleError, match="desk copy"):
            ledger.record(session.store, Kind.SESSION_UPSERT, None, {"session_id": 1, "fields": {"capacity": 3}})
        _checkin(session.store)  # a desk admits
        rec = session.store.journal.records(kind=Kind.CHECKIN)[-1]
        assert rec.station_id == "desk-1" and rec.data["sig"]["by"] != "event"  # its own station key signs
    # the master's programme change carries the event key's signature (record_signing, called by the ledger)
    moved = ledger.record(demo_store, Kind.SESSION_UPSERT, None, {"session_id": 1, "fields": {"capacity": 3}})
    assert moved.data["sig"]["by"] == "event" and moved.data["sig"]["s"]


def test_opening_for_work_binds_the_file_to_this_installation(demo_path: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHECKIN_INSTALLATION_DIR", str(tmp_path / "laptop-1"))
    with open_event(demo_path) as session:
        _checkin(session.store)  # the first record claims the file here
        first = session.store.station_id
    monkeypatch.setenv("CHECKIN_INSTALLATION_DIR", str(tmp_path / "laptop-2"))
    with EventStore.open(demo_path) as bare:  # the bare connection changes nothing
        assert bare.station_id == first
    with open_event(demo_path) as session:  # opened on another computer: a new station at once
        assert session.store.station_id != first and session.store.station_id.startswith("master.")
        history = session.store.get_meta("station_history")
        assert history[-1]["from"] == first and history[-1]["to"] == session.store.station_id


def test_the_passphrase_is_found_once_and_serves_every_connection(demo_store: EventStore, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("sqlcipher3")
    out = tmp_path / "enc.checkin"
    copies.make_copy(demo_store, out, station="desk-enc", passphrase=PASS)
    with pytest.raises(StoreError, match="CHECKIN_PASSPHRASE"):
        open_event(out)
    monkeypatch.setenv("CHECKIN_PASSPHRASE", PASS)
    with open_event(out) as session:
        assert session.key == PASS and session.store.count_attendees() == demo_store.count_attendees()
        monkeypatch.delenv("CHECKIN_PASSPHRASE")  # nothing global: the session holds the key
        with session.open_store() as worker:
            _checkin(worker)
            assert worker.count_arrived() == 1
    with pytest.raises(StoreError):
        EventStore.open(out)  # no process-wide memory of the passphrase either
    with open_event(out, key=PASS) as session:  # given in the window
        assert session.store.count_arrived() == 1
