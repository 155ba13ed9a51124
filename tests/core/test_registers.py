"""One field-register policy: venue edits over imports, then (lamport, station, record id), for every kind.

The reproduction of issue 21: a code reissued at a desk (lamport 5) and a pretix re-import of the code
(lamport 10) must leave one code on every station, whichever arrives first.
"""

from __future__ import annotations

import shutil
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from checkin.core import ledger, registers
from checkin.core.journal import Kind, Record, iso
from checkin.core.model import Attendee
from checkin.core.store import EventStore

T0 = datetime(2026, 11, 19, 7, 0, tzinfo=UTC)


@pytest.fixture
def template(tmp_path: Path) -> Path:
    path = tmp_path / "template.checkin"
    with EventStore.create(path, title="Registers", start=T0.date()) as store:
        store.add_attendees([Attendee(id=1, first_name="Ada", last_name="Ørsted", code="C0")])
    return path


def _rec(n: int, station: str, lamport: int, kind: str, attendee: int | None, data: dict) -> Record:
    return Record(str(uuid.UUID(int=n)), station, "", lamport, lamport, iso(T0 + timedelta(minutes=n)), kind,
                  attendee, data)


REISSUE = _rec(1, "desk-1", 5, Kind.CODE_REISSUE, 1, {"fields": {"code": "C1"}, "revoked": "C0"})
UPSERT = _rec(2, "master", 10, Kind.ATTENDEE_UPSERT, 1, {"fields": {"code": "C2"}, "source": "pretix"})


def _merged(template: Path, out: Path, batches: list[list[Record]]) -> tuple:
    shutil.copy(template, out)
    with EventStore.open(out) as store:
        for batch in batches:
            ledger.merge(store, batch)
        code = store.conn.execute("SELECT code FROM attendees WHERE id = 1").fetchone()[0]
        revoked = store.conn.execute("SELECT code, attendee_id, record_id FROM revoked_codes ORDER BY code").fetchall()
        versions = store.conn.execute("SELECT * FROM field_versions ORDER BY attendee_id, field").fetchall()
    return code, revoked, versions


def test_reissue_and_pretix_upsert_give_one_code_in_either_order(template: Path, tmp_path: Path) -> None:
    first = _merged(template, tmp_path / "a.checkin", [[REISSUE], [UPSERT]])
    second = _merged(template, tmp_path / "b.checkin", [[UPSERT], [REISSUE]])
    together = _merged(template, tmp_path / "c.checkin", [[UPSERT, REISSUE]])
    assert first == second == together
    code, revoked, _ = first
    assert code == "C1"  # the desk's reissue is a venue edit: a re-imported list never takes it back
    assert [r[0] for r in revoked] == ["C0"]


def test_recorded_reissue_then_merged_upsert_keeps_the_desk_code(template: Path, tmp_path: Path) -> None:
    """The same through ledger.record (the desk's own path) and a later pull of the office's list."""
    path = tmp_path / "desk.checkin"
    shutil.copy(template, path)
    with EventStore.open(path) as store:
        ledger.merge(store, [_rec(3, "master", 9, Kind.ATTENDEE_UPSERT, 1, {"fields": {"organisation": "Org"}})])
        ledger.record(store, Kind.CODE_REISSUE, 1, {"fields": {"code": "C1"}, "revoked": "C0"}, station_id="desk-1")
        ledger.merge(store, [_rec(4, "master", 30, Kind.ATTENDEE_UPSERT, 1, {"fields": {"code": "C2", "organisation": "New"}})])
        assert store.attendee(1).code == "C1"
        assert store.attendee(1).organisation == "New"  # fields no venue record touched follow the import


def test_versions_order_venue_then_lamport_station_record() -> None:
    older_venue = registers.version_of(_rec(5, "a", 1, Kind.CORRECTION, 1, {}))
    newer_import = registers.version_of(_rec(6, "z", 99, Kind.ATTENDEE_UPSERT, 1, {}))
    assert older_venue > newer_import
    same = [registers.version_of(_rec(n, "a", 7, Kind.CORRECTION, 1, {})) for n in (8, 9)]
    assert same[0] != same[1] and max(same).record_id == str(uuid.UUID(int=9))  # a total order, even on ties


def test_migration_settles_a_file_that_kept_the_import_code(template: Path, tmp_path: Path) -> None:
    """A file written before the one policy held the import's code (reissue merged after the upsert)."""
    path = tmp_path / "old.checkin"
    shutil.copy(template, path)
    with EventStore.open(path) as store:
        ledger.merge(store, [UPSERT])
        ledger.merge(store, [REISSUE])
        # What the old last-writer-wins applier of code_reissue left: the upsert's code and version.
        store.conn.execute("UPDATE attendees SET code = 'C2' WHERE id = 1")
        store.conn.execute("UPDATE field_versions SET lamport = 10, station_id = 'master', record_id = ? "
                           "WHERE attendee_id = 1 AND field = 'code'", (UPSERT.record_id,))
        store.conn.execute("DELETE FROM _migrations WHERE version = 180")
    with EventStore.open(path) as store:
        assert store.attendee(1).code == "C1"
        assert store.attendee_by_code("C1").id == 1  # the search and lookups see the settled code
        version = store.conn.execute("SELECT record_id FROM field_versions WHERE field = 'code'").fetchone()[0]
        assert version == REISSUE.record_id
