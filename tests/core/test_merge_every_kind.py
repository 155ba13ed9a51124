"""Property over every journal kind: stations that learn the same records in any order and in any batches end
with byte-identical derived tables; merging twice changes nothing; folding the journal alone gives the same.

Records go in through the real entry point, ``ledger.merge``. It sorts the records *within* one call, so
to try an order it is called once per batch: one-record batches apply the records exactly in the order under
test; bigger batches try partitions.
"""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from checkin.core import appliers, codes, ledger
from checkin.core.journal import Kind, Record, iso
from checkin.core.model import Attendee
from checkin.core.store import EventStore

DAY = "2026-11-19"
T0 = datetime(2026, 11, 19, 7, 0, tzinfo=UTC)
STATIONS = ("desk-1", "desk-2", "master")
PEOPLE = (1, 2, 3, 4)
NEWCOMERS = (10_000_000_001, 10_000_000_002)  # walk-ins and companions registered at a desk
KINDS = tuple(Kind)
# Derived tables compared byte for byte (every table a record's applier writes); not the caches that count
# their own writes (search_state) or FTS5's internal segments (its content is compared instead).
TABLES = ("attendees", "field_versions", "arrivals", "revoked_codes", "station_certs", "station_revocations",
          "sessions", "meetings",
          "meeting_participants", "programme_versions", "door_presence", "badge_layouts", "meeting_marks",
          "meeting_scans", "meeting_rematches", "session_assignments", "search_terms")
# No "explain" phase: re-running a failing case hundreds of times to annotate it takes minutes.
FAST = (Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict[str, str]]]:
    path = tmp_path_factory.mktemp("every-kind") / "event.checkin"
    with EventStore.create(path, title="Every kind", start=T0.date(), days=2) as store:
        codes.ensure_event_keys(store)
        store.add_attendees([Attendee(id=i, first_name=f"Gast{i}", last_name="Çelik", organisation="Org",
                                      code=f"C{i}") for i in PEOPLE])
        conn = store.conn
        conn.executemany("INSERT INTO rooms (id, name) VALUES (?, ?)", [(1, "Saal A"), (2, "Saal B")])
        conn.executemany('INSERT INTO sessions (id, title_de, title_en, start, "end", room_id) VALUES (?, ?, ?, ?, ?, ?)',
                         [(s, f"Vortrag {s}", f"Talk {s}", iso(T0), iso(T0 + timedelta(hours=1)), s) for s in (1, 2)])
        conn.executemany('INSERT INTO meetings (id, start, "end", table_no) VALUES (?, ?, ?, ?)',
                         [(m, iso(T0), iso(T0 + timedelta(minutes=20)), str(m)) for m in (1, 2)])
        conn.executemany("INSERT INTO meeting_participants VALUES (?, ?)", [(1, 1), (1, 2), (2, 3), (2, 4)])
        certs = {}
        for n, station in enumerate(("desk-1", "desk-2")):
            certs[station] = codes.certify_station(store, station, _public_key(n))
        certs["event_private"] = store.get_meta("private_key")  # signs the revocations (issue 25)
    return path, certs


def _public_key(n: int) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return codes.raw_public(Ed25519PrivateKey.from_private_bytes(bytes([n + 1]) * 32))


op = st.tuples(
    st.sampled_from(STATIONS),
    st.sampled_from(KINDS),
    st.integers(0, len(PEOPLE) + len(NEWCOMERS) - 1),  # whom
    st.integers(0, 5),  # which variant of the data (few values: registers clash on purpose)
    st.integers(0, 30),  # lamport wish (ties across stations on purpose; kept increasing per station)
    st.integers(0, 40),  # minutes after T0 (ties on purpose)
)


def _data(kind: str, station: str, v: int, whom: int, out: list[Record], certs: dict) -> tuple[dict, int | None]:
    """Journal data of one record as the feature that writes it does, and the attendee it concerns."""
    people = (*PEOPLE, *NEWCOMERS)
    attendee: int | None = people[whom]
    known = {r.attendee_id for r in out if r.kind in (Kind.WALKIN, Kind.COMPANION, Kind.ATTENDEE_UPSERT)}
    if attendee in NEWCOMERS and attendee not in known and kind in (Kind.CORRECTION, Kind.SUBSTITUTION,
                                                                    Kind.CODE_REISSUE):
        attendee = PEOPLE[whom % len(PEOPLE)]  # a desk changes only a guest it knows: the record making them came first
    checkins = [r for r in out if r.kind == Kind.CHECKIN]
    data: dict[str, Any]
    match kind:
        case Kind.CHECKIN:
            data = {"day": DAY, "point": ("main", "reception")[v % 2], "source": "scan"}
        case Kind.UNDO:
            if not checkins:
                return {"undoes": str(uuid.UUID(int=999))}, None  # undoes a record this file never saw
            undone = checkins[v % len(checkins)]
            data, attendee = {"undoes": undone.record_id}, (undone.attendee_id if v % 2 else None)
        case Kind.WALKIN | Kind.COMPANION:
            attendee = NEWCOMERS[v % 2]
            data = {"fields": {"first_name": f"Neu{v}", "last_name": "Ørsted", "walk_in": True, "category": "guest"}}
            if kind == Kind.COMPANION:
                data["companion_of"] = PEOPLE[v % 4]
        case Kind.CORRECTION:
            data = {"fields": {"organisation": f"{station} Ørsted {v}", "category": f"cat{v % 2}"},
                    "original": {"organisation": "Org"}}
        case Kind.SUBSTITUTION:
            data = {"fields": {"first_name": f"Ersatz{v}", "last_name": "Şahin"}, "replaces": attendee}
        case Kind.ATTENDEE_UPSERT:
            data = {"fields": {"organisation": f"Import {v}", "code": f"U{v}", "status": ("registered", "cancelled")[v % 2]},
                    "source": "pretix"}
        case Kind.CODE_REISSUE:
            data = {"fields": {"code": f"R{station}{v}"}, "revoked": f"C{attendee}"}
        case Kind.BADGE_PRINT:
            data = {"layout": "a6-portrait", "printer": "desk"}
        case Kind.HANDOUT:
            data = {"item": "bag", "action": ("issue", "return")[v % 2], "deposit": 0}
        case Kind.SESSION_ENTRY | Kind.SESSION_EXIT:
            data = {"session_id": 1 + v % 2}
        case Kind.ATTENTION_ACK:
            data = {"of": checkins[v % len(checkins)].record_id if checkins else str(uuid.UUID(int=998))}
        case Kind.SESSION_UPSERT:
            data, attendee = {"session_id": 1 + v % 2, "fields": {"room_id": 1 + v // 3, "capacity": 10 * v}}, None
        case Kind.MEETING_UPSERT:
            data, attendee = {"meeting_id": 1 + v % 2, "fields": {"table_no": str(v), "participants": [1, (2, 3, NEWCOMERS[0])[v % 3]]}}, None
        case Kind.LAYOUT:
            data = {"name": ("mine", "__default__")[v % 2], "layout": None if v == 4 else {"variant": v}}
            attendee = None
        case Kind.PURGE:
            data, attendee = {"keep_statistics": v % 3 != 0, "forced": False}, None
        case Kind.STATION_CERT:
            cert = dict(certs[("desk-1", "desk-2")[v % 2]])
            if v >= 4:  # forged: the signature of the other station's certificate
                cert["signature"] = certs[("desk-2", "desk-1")[v % 2]]["signature"]
            data, attendee = cert, None
        case Kind.STATION_REVOKE:  # issue 25: v >= 4 forged (no event signature: changes nothing)
            cert = certs[("desk-1", "desk-2")[v % 2]]
            data, attendee = {"key_id": cert["key_id"], "station": cert["station"], "cause": f"lost {v}",
                              "upto": {cert["station"]: v, f"{cert['station']}.ab12": v // 2}}, None
        case Kind.MEETING_MARK:
            data, attendee = {"meeting_id": 1 + v % 2, "state": ("held", "no_show", "planned")[v % 3]}, None
        case Kind.MEETING_SCAN:
            data = {"meeting_id": 1 + v % 2}
        case Kind.MEETING_REMATCH:
            # A rematch books a new meeting under a random id (matchmaking.rematch.book): one per record.
            data = {"meeting_id": 10**12 + len(out), "replaces": [1 + v % 2], "for": 1, "partner": 3,
                    "fields": {"start": iso(T0), "end": iso(T0 + timedelta(minutes=20)), "table_no": f"R{v}",
                               "participants": [1, 3]}}
            attendee = 1
        case _:  # badge_collected and kinds without data
            data = {}
    return data, attendee


def _records(ops: list[tuple], certs: dict) -> list[Record]:
    seqs = dict.fromkeys(STATIONS, 0)
    lamports = dict.fromkeys(STATIONS, 0)
    out: list[Record] = []
    for station, kind, whom, variant, wish, minute in ops:
        seqs[station] += 1
        lamports[station] = max(wish, lamports[station] + 1)
        data, attendee = _data(kind, station, variant, whom, out, certs)
        rec = Record(str(uuid.UUID(int=len(out) + 1)), station, "", seqs[station], lamports[station],
                     iso(T0 + timedelta(minutes=minute)), kind.value, attendee, data)
        out.append(_event_signed(rec, certs["event_private"]) if kind == Kind.STATION_REVOKE and variant < 4 else rec)
    return out


def _event_signed(rec: Record, private_b64: str) -> Record:
    """``rec`` signed by the event key, as the organiser's master signs every record it writes."""
    from dataclasses import replace

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from checkin.core.record_signing import SIG, signed_message, visible_part

    visible, hid = visible_part(rec.data)
    key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(private_b64))
    signature = key.sign(signed_message(rec, "event", "", hid, visible))
    return replace(rec, data={**rec.data, SIG: {"by": "event", "prev": "", "hid": hid,
                                                "s": base64.b64encode(signature).decode()}})


def _rows(conn: sqlite3.Connection, table: str) -> list[tuple]:
    return conn.execute(f"SELECT * FROM {table} ORDER BY {', '.join(str(i + 1) for i in range(_width(conn, table)))}"
                        ).fetchall()


def _width(conn: sqlite3.Connection, table: str) -> int:
    return len(conn.execute(f"SELECT * FROM {table} LIMIT 0").description)


def _state(path: Path) -> dict[str, Any]:
    with EventStore.open(path) as store:
        conn = store.conn
        state = {table: _rows(conn, table) for table in TABLES}
        state["attendee_fts"] = conn.execute(
            "SELECT rowid, names, organisation, email FROM attendee_fts ORDER BY rowid").fetchall()
        # The journal by content: after a purge its guard rewrites the JSON text of later records (compact).
        state["journal"] = [(*row[:-1], json.loads(row[-1])) for row in conn.execute(
            "SELECT record_id, station_id, seq, lamport, kind, attendee_id, data FROM journal ORDER BY record_id")]
        state["purged"] = store.get_meta("purged")
    return state


def _merged(template: Path, out: Path, batches: list[list[Record]]) -> Path:
    shutil.copy(template, out)
    with EventStore.open(out) as store:
        for batch in batches:
            ledger.merge(store, batch)
    return out


def _differences(a: dict[str, Any], b: dict[str, Any]) -> dict[str, tuple]:
    return {k: (a[k], b[k]) for k in a if a[k] != b[k]}


@settings(max_examples=40, deadline=None, phases=FAST, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(op, min_size=1, max_size=24), order=st.randoms(use_true_random=False),
       cuts=st.lists(st.integers(0, 24), max_size=3))
def test_every_kind_converges_in_any_order_and_batches(template, tmp_path_factory, ops, order, cuts) -> None:
    path, certs = template
    records = _records(ops, certs)
    work = tmp_path_factory.mktemp("case")
    reference = _state(_merged(path, work / "one-batch.checkin", [records]))

    shuffled = list(records)
    order.shuffle(shuffled)
    one_by_one = _state(_merged(path, work / "one-by-one.checkin", [[r] for r in shuffled]))
    assert _differences(reference, one_by_one) == {}

    order.shuffle(shuffled)
    bounds = sorted({min(c, len(shuffled)) for c in cuts} | {0, len(shuffled)})
    batched = work / "batches.checkin"
    _merged(path, batched, [shuffled[lo:hi] for lo, hi in zip(bounds, bounds[1:], strict=False)])
    assert _differences(reference, _state(batched)) == {}

    with EventStore.open(batched) as store:  # merging everything again: nothing new, nothing changes
        again = ledger.merge(store, list(reversed(records)))
        assert again.new_records == 0
    assert _differences(reference, _state(batched)) == {}


@settings(max_examples=30, deadline=None, phases=FAST, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(op, min_size=1, max_size=24))
def test_folding_the_journal_alone_gives_the_incremental_state(template, tmp_path_factory, ops) -> None:
    """A station that only kept its journal (a fresh copy of the event plus the records) derives the same."""
    path, certs = template
    records = _records(ops, certs)
    work = tmp_path_factory.mktemp("fold")
    incremental = _merged(path, work / "incremental.checkin", [[r] for r in records])
    with EventStore.open(incremental) as store:
        journal = store.journal.records()
    folded = _merged(path, work / "folded.checkin", [journal])
    assert _differences(_state(incremental), _state(folded)) == {}


def test_the_generator_covers_every_kind(template) -> None:
    _, certs = template
    records = _records([("desk-1", kind, 0, 1, 0, 0) for kind in KINDS], certs)
    assert {r.kind for r in records} == {k.value for k in Kind}
    assert base64.b64decode(records[KINDS.index(Kind.STATION_CERT)].data["public_key"])


def test_every_kind_has_one_listed_projection() -> None:
    """The applier table lists every kind (a new kind must say what it derives) and each name resolves."""
    assert set(appliers.PROJECTIONS) == {k.value for k in Kind}
    for kind in Kind:
        handler = appliers.projection(kind)
        assert (handler is None) == (appliers.PROJECTIONS[kind] is None)
        assert handler is None or callable(handler)
    assert appliers.projection("from_a_newer_version") is None


def test_a_meeting_with_a_walk_in_converges_in_either_order(template, tmp_path) -> None:
    """meeting_participants holds known guests only: a meeting learnt before its walk-in seats them later."""
    path, _ = template
    walkin = Record(str(uuid.UUID(int=1)), "desk-1", "", 1, 1, iso(T0), Kind.WALKIN.value, NEWCOMERS[0],
                    {"fields": {"first_name": "Neu", "last_name": "Gast", "walk_in": True}})
    meeting = Record(str(uuid.UUID(int=2)), "master", "", 1, 2, iso(T0), Kind.MEETING_UPSERT.value, None,
                     {"meeting_id": 1, "fields": {"participants": [1, NEWCOMERS[0]]}})
    first = _state(_merged(path, tmp_path / "a.checkin", [[walkin], [meeting]]))
    second = _state(_merged(path, tmp_path / "b.checkin", [[meeting], [walkin]]))
    assert _differences(first, second) == {}
    assert (1, NEWCOMERS[0]) in first["meeting_participants"]
