"""The journal: durable append, derived arrivals, undo, merge as an order-free union (property-based)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from checkin.core import ledger
from checkin.core.journal import Kind, Record, derive_arrivals, new_record_id


def test_checkin_undo_and_earliest_wins(demo_store):
    s = demo_store
    t0 = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)
    late = ledger.record(s, Kind.CHECKIN, 3, {"day": "2026-11-21", "point": "main"}, at=t0 + timedelta(minutes=5),
                    station_id="desk-2")
    early = ledger.record(s, Kind.CHECKIN, 3, {"day": "2026-11-21", "point": "main"}, at=t0, station_id="desk-1")
    first = s.first_arrival(3)
    assert first.record_id == early.record_id and first.station_id == "desk-1" and first.admissions == 2
    assert [a.attendee_id for a in s.double_admissions()] == [3]
    ledger.record(s, Kind.UNDO, 3, {"undoes": early.record_id})
    assert s.first_arrival(3).record_id == late.record_id
    ledger.record(s, Kind.UNDO, 3, {"undoes": late.record_id})
    assert s.first_arrival(3) is None
    assert s.journal.count() == 4  # undo never deletes


def test_sequence_and_lamport_grow(demo_store):
    a = ledger.record(demo_store, Kind.CHECKIN, 1, {"day": "d", "point": "main"})
    b = ledger.record(demo_store, Kind.BADGE_PRINT, 1, {})
    assert (b.seq, b.lamport) == (a.seq + 1, a.lamport + 1)


def test_merge_is_idempotent_and_reports_doubles(demo_path, tmp_path):
    import shutil

    from checkin.core.store import EventStore

    other_path = tmp_path / "other.checkin"
    shutil.copy(demo_path, other_path)
    a, b = EventStore.open(demo_path), EventStore.open(other_path)
    b.set_meta("station_id", "desk-3")
    b.close()
    b = EventStore.open(other_path)
    ledger.record(a, Kind.CHECKIN, 7, {"day": "2026-11-21", "point": "main"})
    ledger.record(b, Kind.CHECKIN, 7, {"day": "2026-11-21", "point": "main"})
    result = ledger.merge(a, b.journal.records())
    assert (result.new_records, result.already_known, result.double_admissions) == (1, 0, 1)
    again = ledger.merge(a, b.journal.records())
    assert (again.new_records, again.already_known) == (0, 1)
    ledger.merge(b, a.journal.records())
    assert a.first_arrival(7) == b.first_arrival(7)


def test_field_corrections_converge_in_any_order(demo_store):
    s = demo_store
    r1 = Record(new_record_id(), "desk-1", "", 1, 10, "2026-11-21T08:00:00+00:00", Kind.CORRECTION, 5,
                {"fields": {"organisation": "Alt GmbH"}})
    r2 = Record(new_record_id(), "desk-2", "", 1, 11, "2026-11-21T08:01:00+00:00", Kind.CORRECTION, 5,
                {"fields": {"organisation": "Neu GmbH"}})
    ledger.merge(s, [r2])
    ledger.merge(s, [r1])  # older, arrives later: must not win
    assert s.attendee(5).organisation == "Neu GmbH"
    assert s.search("neu gmbh") == [5]


_stations = st.sampled_from(["desk-1", "desk-2", "desk-3"])


@st.composite
def journals(draw):
    records: list[Record] = []
    seqs: dict[str, int] = {}
    for _ in range(draw(st.integers(1, 25))):
        station = draw(_stations)
        seqs[station] = seqs.get(station, 0) + 1
        checkins = [r for r in records if r.kind == Kind.CHECKIN]
        if checkins and draw(st.booleans()) and draw(st.booleans()):
            kind, attendee, data = Kind.UNDO, None, {"undoes": draw(st.sampled_from(checkins)).record_id}
        else:
            kind, attendee = Kind.CHECKIN, draw(st.integers(1, 4))
            data = {"day": draw(st.sampled_from(["2026-11-21", "2026-11-22"])), "point": "main"}
        minute = draw(st.integers(0, 30))
        records.append(Record(new_record_id(), station, "", seqs[station], len(records) + 1,
                              f"2026-11-21T08:{minute:02d}:00+00:00", kind, attendee, data))
    return records


@settings(max_examples=150, deadline=None)
@given(journals(), st.randoms())
def test_merge_order_never_changes_arrivals(records, rnd):
    shuffled = list(records)
    rnd.shuffle(shuffled)
    half = len(shuffled) // 2
    # Two stations each merging the other's half, in different orders, with duplicates.
    one = derive_arrivals(shuffled[:half] + shuffled[half:] + shuffled[:2])
    two = derive_arrivals(list(reversed(shuffled)))
    assert one == two == derive_arrivals(records)
