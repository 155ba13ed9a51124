"""Purge: no name remains in the file, the report's figures stay identical, merges cannot bring names back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checkin.core import copies, ledger
from checkin.core.journal import Kind
from checkin.core.purge import PurgeRefused, purge, retention_due, set_retention
from checkin.core.store import EventStore


def _file_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def _checkins(store: EventStore, ids: range, station: str | None = None) -> None:
    day = store.event.start.isoformat()
    for i in ids:
        ledger.record(store, Kind.CHECKIN, i, {"day": day, "point": "main", "source": "scan", "override": "Dr. Geheim ok"},
                     station_id=station, operator="Anna")


def _names(store: EventStore) -> list[str]:
    # (a schema comment quotes one demo surname as a sorting example: that text is no attendee data)
    schema = " ".join(r[0] for r in store.conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL"))
    return [n for r in store.conn.execute("SELECT first_name, last_name, email FROM attendees") for n in r
            if n and len(n) > 3 and n not in schema]


def test_purge_keeps_figures_and_leaves_no_name(demo_path: Path, cli) -> None:
    with EventStore.open(demo_path) as store:
        _checkins(store, range(1, 300, 3))
        ledger.record(store, Kind.CORRECTION, 2, {"fields": {"last_name": "Çelik-Yılmaz"}, "original": {"last_name": "Çelik"}})
        ledger.record(store, Kind.WALKIN, 9001, {"fields": {"first_name": "Ορέστης", "last_name": "Walkinopoulos",
                                                    "email": "o.w@walk.example", "category": "guest"}})
        names = _names(store)
    before = json.loads(cli("report", str(demo_path), "--json", check=True).stdout)
    proc = cli("purge", str(demo_path), "--keep-statistics")
    assert proc.returncode == 0, proc.stderr
    after = json.loads(cli("report", str(demo_path), "--json", check=True).stdout)
    before.pop("generated_at", None)
    after.pop("generated_at", None)
    assert after == before
    data = _file_bytes(demo_path)
    for name in [*names, "Çelik-Yılmaz", "Walkinopoulos", "Ορέστης", "Dr. Geheim"]:
        assert name.encode() not in data, name
    with EventStore.open(demo_path) as store:
        assert store.count_attendees() == 601 and store.search("celik") == []
        assert [r.kind for r in store.journal.records(kind=Kind.PURGE)] == ["purge"]


def test_purge_refuses_while_arrivals_are_not_upstream(demo_store: EventStore) -> None:
    demo_store.conn.execute("INSERT INTO pretix_positions (position_id, attendee_id, order_code, secret) "
                            "VALUES (1, 4, 'ABC12', 'sec')")
    _checkins(demo_store, range(4, 5))
    with pytest.raises(PurgeRefused, match="not yet uploaded to pretix"):
        purge(demo_store, keep_statistics=True)
    assert demo_store.attendee(4).last_name  # nothing happened
    result = purge(demo_store, keep_statistics=True, force=True)
    assert result.attendees == 600 and demo_store.attendee(4).last_name == ""


def test_purge_travels_and_merges_cannot_bring_names_back(demo_store: EventStore, tmp_path: Path) -> None:
    desk_path = tmp_path / "desk.checkin"
    copies.make_copy(demo_store, desk_path, station="desk-1")
    with EventStore.open(desk_path) as desk:
        name = desk.attendee(7).last_name
        _checkins(desk, range(7, 9))
        walkin = ledger.record(desk, Kind.WALKIN, 9100, {"fields": {"first_name": "Žaneta", "last_name": "Spätkommerin"}})
        purge(demo_store, keep_statistics=True, force=True)
        # the unpurged desk syncs into the purged master: its records come in, its names do not
        ledger.merge(demo_store, desk.journal.missing_for(demo_store.journal.version_vector()))
        assert demo_store.attendee(9100).last_name == "" and demo_store.attendee(7).last_name == ""
        assert demo_store.count_arrived() == 2
        stored = demo_store.journal.get(walkin.record_id)
        assert "last_name" not in stored.data.get("fields", {})
        # ... and the purge record travels to the desk, which purges itself
        ledger.merge(desk, demo_store.journal.missing_for(desk.journal.version_vector()))
        assert desk.attendee(7).last_name == "" and desk.get_meta("purged")
        assert name and not desk.search(name)


def test_purge_without_statistics_keeps_nothing_per_person(demo_store: EventStore) -> None:
    _checkins(demo_store, range(1, 10))
    purge(demo_store, keep_statistics=False)
    assert demo_store.count_attendees() == 0 and demo_store.count_arrived() == 0


def test_retention_date(demo_store: EventStore, cli, demo_path: Path) -> None:
    from datetime import date

    set_retention(demo_store, date(2027, 1, 31))
    assert not retention_due(demo_store, date(2027, 1, 30)) and retention_due(demo_store, date(2027, 1, 31))
    proc = cli("retention", str(demo_path), "--until", "31.01.2027")
    assert proc.returncode == 2 and "YYYY-MM-DD" in proc.stderr
