"""Property (issue 25): records from stations of every role, forged ones and ones reusing a (station, seq),
offered by peers of every role in any order and batching, always leave the same journal and derived state;
nothing a peer's role may not write gets in; every accepted record is kept, the id digests stay exact."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin.core.journal import Record, iso
from checkin.core.model import Attendee
from checkin.core.store import EventStore
from checkin.core.sync import integrity
from checkin.core.sync.exchange import merge_from
from checkin.core.sync.trust import screen

DAY = "2026-11-19"
T0 = datetime(2026, 11, 19, 7, 0, tzinfo=UTC)
PEERS = {"master": "organiser", "desk-1": "desk", "helper-1": "helper"}
KINDS = ["checkin", "session_entry", "correction", "purge", "session_upsert", "code_reissue", "attention_ack"]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("trustmerge") / "event.checkin"
    store = EventStore.create(path, title="Trust", start=datetime(2026, 11, 19).date(), days=1)
    store.add_attendees([Attendee(id=i, first_name=f"Gast{i}", last_name="Łukasz", organisation="Org")
                         for i in range(1, 6)])
    store.close()
    return path


offer = st.tuples(
    st.sampled_from(sorted(PEERS)),  # the peer offering the record
    st.sampled_from(["master", "desk-1", "helper-1", "desk-2"]),  # the station the record claims (forged or not)
    st.sampled_from(KINDS),
    st.integers(1, 5),  # attendee
    st.integers(1, 4),  # seq: small, so numbers get reused on purpose
    st.integers(0, 30),  # minutes
)


def _record(i: int, station: str, kind: str, attendee: int, seq: int, minute: int) -> Record:
    data: dict = {"day": DAY, "point": "main", "source": "scan"}
    if kind == "correction":
        data = {"fields": {"organisation": f"{station} {minute}", "email": "x@y.example"}}
    elif kind in ("session_entry", "attention_ack"):
        data = {"session_id": 1}
    elif kind == "purge":
        data = {"keep_statistics": True}
    elif kind == "session_upsert":
        data = {"session_id": 1, "fields": {"room": f"R{minute}"}}
    elif kind == "code_reissue":
        data = {"fields": {"code": f"C{i}"}, "revoked": "old"}
    return Record(str(uuid.UUID(int=i + 1)), station, "", seq, i + 1, iso(T0 + timedelta(minutes=minute)), kind,
                  None if kind in ("purge", "session_upsert") else attendee, data)


def _state(store: EventStore) -> tuple:
    return (store.conn.execute("SELECT record_id FROM journal ORDER BY record_id").fetchall(),
            store.conn.execute("SELECT attendee_id, day, point, record_id, admissions FROM arrivals "
                               "ORDER BY 1, 2, 3").fetchall(),
            store.conn.execute("SELECT id, organisation, email FROM attendees ORDER BY id").fetchall(),
            store.conn.execute("SELECT record_id FROM sync_refused ORDER BY record_id").fetchall())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(offers=st.lists(offer, min_size=1, max_size=30), order=st.randoms(use_true_random=False),
       cuts=st.integers(1, 5))
def test_screened_merges_converge_and_keep_out_what_roles_may_not_write(template: Path, tmp_path_factory,
                                                                        offers, order, cuts) -> None:
    work = tmp_path_factory.mktemp("case")
    offered = [(peer, _record(i, station, kind, a, seq, minute))
               for i, (peer, station, kind, a, seq, minute) in enumerate(offers)]
    states = []
    for run, arrangement in enumerate((offered, order.sample(offered, len(offered)))):
        path = work / f"{run}.checkin"
        path.write_bytes(template.read_bytes())
        with EventStore.open(path) as store:
            for start in range(0, len(arrangement), cuts):
                for peer in PEERS:
                    batch = [r for p, r in arrangement[start:start + cuts] if p == peer]
                    merge_from(store, batch, PEERS[peer], peer)
            states.append(_state(store))
            kept = {r[0] for r in store.conn.execute("SELECT record_id FROM journal")}
            # Every record the screen lets through is kept, duplicates of (station, seq) included ...
            allowed = {r.record_id for p, r in offered if screen([r], PEERS[p], p).accepted}
            assert kept == allowed
            # ... nothing a helper may not write got in from the helper, nothing of another station either ...
            for p, r in offered:
                if p == "helper-1" and r.record_id in kept:
                    assert r.station_id == "helper-1" and r.kind in ("session_entry", "attention_ack")
            # ... and the digests agree with a count of the journal itself.
            counts = dict(store.conn.execute("SELECT station_id, COUNT(*) FROM journal GROUP BY station_id"))
            assert {s: d[0] for s, d in integrity.digests(store.conn).items()} == counts
    assert states[0] == states[1]
