"""The fast paths of a big sync give exactly what the slow ones give: incremental arrivals, bulk insert, rows."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checkin.core import ledger
from checkin.core.journal import Kind, Record, add_checkins, derive_arrivals
from checkin.core.store import EventStore
from checkin.core.sync import wire
from checkin.core.sync.exchange import missing_batch, missing_rows, records_from_rows, version_vector

T0 = datetime(2026, 11, 19, 7, 0, tzinfo=UTC)
ZONES = [UTC, timezone(timedelta(hours=1)), timezone(timedelta(hours=-5, minutes=-30))]

checkin = st.tuples(
    st.integers(1, 4),  # attendee
    st.sampled_from(["2026-11-19", "2026-11-20"]),
    st.sampled_from(["main", "reception"]),
    st.integers(0, 3000),  # ms after T0: ties and whole seconds (no fraction in isoformat) on purpose
    st.sampled_from(ZONES),
    st.sampled_from(["desk-1", "desk-2"]),
)


def _rec(n: int, attendee: int, day: str, point: str, ms: int, zone, station: str) -> Record:
    at = (T0 + timedelta(milliseconds=ms * 500)).astimezone(zone)
    return Record(str(uuid.UUID(int=n + 1)), station, "", n + 1, n + 1, at.isoformat(timespec="milliseconds"),
                  Kind.CHECKIN, attendee, {"day": day, "point": point, "source": "scan"})


@settings(max_examples=200, deadline=None)
@given(old=st.lists(checkin, max_size=12), new=st.lists(checkin, max_size=12))
def test_adding_checkins_equals_deriving_all(old, new) -> None:
    before = [_rec(i, *c) for i, c in enumerate(old)]
    after = [_rec(len(old) + i, *c) for i, c in enumerate(new)]
    expected = derive_arrivals(before + after)
    old = {k: (*k, a.record_id, a.at, a.station_id, a.admissions) for k, a in derive_arrivals(before).items()}
    got = {**old, **{row[:3]: row for row in add_checkins(old, after)}}
    assert got == {k: (*k, a.record_id, a.at, a.station_id, a.admissions) for k, a in expected.items()}


@pytest.fixture
def store(demo_store: EventStore) -> EventStore:
    return demo_store


def _checkins(store: EventStore, station: str, n: int, start: int = 1) -> list[Record]:
    day = store.get_meta("start")
    return [Record(str(uuid.uuid4()), station, "op", seq, 1000 + seq, (T0 + timedelta(seconds=seq)).isoformat(),
                   Kind.CHECKIN, 1 + seq % 50, {"day": day, "point": "main", "source": "scan", "n": True})
            for seq in range(start, start + n)]


def test_bulk_insert_returns_exactly_the_new_records(store: EventStore) -> None:
    recs = _checkins(store, "desk-9", 30)
    assert ledger.merge(store, recs[:10]).new_records == 10
    batch = recs[5:20] + recs[12:14]  # 5 known, 10 new, 2 twice in the batch
    result = ledger.merge(store, batch)
    assert (result.new_records, result.already_known) == (10, 7)
    rows = store.conn.execute("SELECT record_id, data FROM journal WHERE station_id = 'desk-9' ORDER BY seq")
    rows = rows.fetchall()
    assert [r[0] for r in rows] == [r.record_id for r in recs[:20]]
    # Stored data is the canonical text, booleans stay booleans (the encoding cache keeps True apart from 1).
    assert json.loads(rows[0][1]) == recs[0].data and '"n": true' in rows[0][1]
    assert ledger.merge(store, batch).new_records == 0


def test_merged_arrivals_equal_a_rebuild(store: EventStore) -> None:
    first = _checkins(store, "desk-8", 40)
    undo = Record(str(uuid.uuid4()), "desk-7", "", 1, 5000, T0.isoformat(), Kind.UNDO, None,
                  {"undoes": first[34].record_id})  # arrives before the check-in it undoes
    ledger.merge(store, [undo])
    ledger.merge(store, first[:20])
    ledger.merge(store, first[20:] + _checkins(store, "desk-6", 40))
    merged = store.conn.execute("SELECT * FROM arrivals ORDER BY attendee_id, day, point").fetchall()
    store.rebuild_arrivals()
    assert store.conn.execute("SELECT * FROM arrivals ORDER BY attendee_id, day, point").fetchall() == merged


def test_rows_carry_the_same_records_as_objects(store: EventStore) -> None:
    ledger.merge(store, _checkins(store, "desk-5", 25) + [
        Record(str(uuid.uuid4()), "desk-4", "Ορέστης", 1, 77, T0.isoformat(), Kind.CORRECTION, 3,
               {"fields": {"last_name": "Šťastná \"Žaneta\""}, "original": {"last_name": None}})])
    vector = {"desk-5": 5}
    text, count, more = missing_rows(store.conn, vector, 12)
    objects, more_too = missing_batch(store.conn, vector, 12)
    assert (count, more) == (12, True) and more_too is True
    assert records_from_rows(json.loads(text)) == objects
    # In a sealed payload the raw rows sit next to ordinary fields and come back the same.
    key = bytes(32)
    body = wire.seal(key, wire.REQUEST, b"k" * 8, {"op": "exchange", "rows": text, "vector": vector},
                     session=b"s" * 16, counter=1)
    _, payload = wire.open_(key, body, expect=wire.REQUEST)
    assert records_from_rows(payload["rows"]) == objects and payload["vector"] == vector
    everything, _, _ = missing_rows(store.conn, {}, 100000)
    assert len(records_from_rows(json.loads(everything))) == store.journal.count()
    assert version_vector(store.conn) == store.journal.version_vector()


@pytest.mark.parametrize("row", [
    "not a list", [1, 2, 3], ["id", "s", "", "x", 1, "t", "checkin", None, {}],
    ["id", "s", "", 1, 1, "t", "checkin", None, "not an object"],
])
def test_malformed_rows_are_refused(row) -> None:
    with pytest.raises((ValueError, TypeError)):
        records_from_rows([row])


def test_empty_journal_has_an_empty_vector(tmp_path: Path) -> None:
    store = EventStore.create(tmp_path / "e.checkin", title="Leer")
    try:
        store.conn.execute("DELETE FROM journal")
        assert version_vector(store.conn) == {}
        assert missing_rows(store.conn, {}, 10)[1:] == (0, False)
    finally:
        store.close()
