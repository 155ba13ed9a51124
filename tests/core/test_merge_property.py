"""Property: however station journals are split and ordered on the way in, merged files derive the same state."""

from __future__ import annotations

import shutil
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin.core import ledger
from checkin.core.journal import Kind, Record, iso
from checkin.core.model import Attendee
from checkin.core.store import EventStore

DAY = "2026-11-19"
T0 = datetime(2026, 11, 19, 7, 0, tzinfo=UTC)
STATIONS = ("desk-1", "desk-2", "desk-3")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("merge") / "event.checkin"
    store = EventStore.create(path, title="Property", start=datetime(2026, 11, 19).date(), days=2)
    store.add_attendees([Attendee(id=i, first_name=f"Gast{i}", last_name="Çelik", organisation="Org")
                         for i in range(1, 7)])
    store.close()
    return path


op = st.tuples(
    st.sampled_from(STATIONS),
    st.sampled_from(["checkin", "checkin", "checkin", "undo", "correction"]),
    st.integers(1, 6),  # attendee
    st.integers(0, 40),  # minutes after T0 (ties on purpose)
    st.sampled_from(["main", "reception"]),
    st.booleans(),  # undo names its attendee or only the record it undoes
)


def _records(ops: list[tuple]) -> list[Record]:
    seqs = dict.fromkeys(STATIONS, 0)
    out: list[Record] = []
    for lamport, (station, kind, attendee, minute, point, undo_named) in enumerate(ops, start=1):
        seqs[station] += 1
        data: dict = {}
        target: int | None = attendee
        if kind == "checkin":
            data = {"day": DAY, "point": point, "source": "scan"}
        elif kind == "undo":
            checkins = [r for r in out if r.kind == Kind.CHECKIN]
            if not checkins:
                kind, data = "checkin", {"day": DAY, "point": point, "source": "scan"}
            else:
                undone = checkins[minute % len(checkins)]
                data, target = {"undoes": undone.record_id}, (undone.attendee_id if undo_named else None)
        else:
            data = {"fields": {"organisation": f"{station} Ørsted {minute}"}}
        out.append(Record(str(uuid.UUID(int=len(out) + 1)), station, "", seqs[station], lamport,
                          iso(T0 + timedelta(minutes=minute)), kind, target, data))
    return out


def _state(path: Path) -> tuple:
    with EventStore.open(path) as s:
        arrivals = s.conn.execute("SELECT * FROM arrivals ORDER BY attendee_id, day, point").fetchall()
        people = s.conn.execute("SELECT id, organisation FROM attendees ORDER BY id").fetchall()
        journal = s.conn.execute("SELECT COUNT(*), COUNT(DISTINCT record_id) FROM journal").fetchone()
    return arrivals, people, journal


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(op, min_size=1, max_size=40), order=st.randoms(use_true_random=False),
       cuts=st.lists(st.integers(0, 40), max_size=4))
def test_merge_order_never_changes_derived_state(template: Path, tmp_path_factory, ops, order, cuts) -> None:
    records = _records(ops)
    work = tmp_path_factory.mktemp("case")
    one, two = work / "one.checkin", work / "two.checkin"
    shutil.copy(template, one)
    shutil.copy(template, two)
    with EventStore.open(one) as s:
        ledger.merge(s, records)
    shuffled = list(records)
    order.shuffle(shuffled)
    bounds = sorted({min(c, len(shuffled)) for c in cuts} | {0, len(shuffled)})
    with EventStore.open(two) as s:
        for lo, hi in zip(bounds, bounds[1:], strict=False):
            ledger.merge(s, shuffled[lo:hi])
        again = ledger.merge(s, order.sample(records, k=len(records) // 2))  # duplicates change nothing
        assert again.new_records == 0
    a, b = _state(one), _state(two)
    assert a == b
    assert a[2][0] == a[2][1] == len(records)
