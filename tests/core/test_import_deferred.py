"""A big command-line import leaves codes and search-index rows to the next open (``importing.deferred``): the
next open, writable or read-only, writes exactly what an eager import writes, and nothing reads the event
before that."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from checkin.core import codes
from checkin.core.importing import Cancelled, deferred, import_file, prepare, run_import
from checkin.core.search import search
from checkin.core.session import open_event
from checkin.core.store import EventStore

N = deferred.DEFER_FROM


def _list(tmp_path: Path, n: int = N) -> Path:
    rows = [f"Şükrü{i};Çelik;Universität Zürich {i % 7};s{i}@uni.example" for i in range(n)]
    rows[17] = "Žaneta;Šťastná;Brno Photonics;zaneta@brno.example"
    src = tmp_path / "list.csv"
    src.write_text("Vorname;Nachname;Firma;E-Mail\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return src


def _event(tmp_path: Path, name: str = "ev.checkin") -> Path:
    store = EventStore.create(tmp_path / name, title="T", days=1)
    codes.ensure_event_keys(store)
    store.close()
    return tmp_path / name


def _state(path: Path) -> tuple[int, int, int]:
    """(attendees, attendees without code, search-index rows), read without EventStore.open."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        people, blank = conn.execute("SELECT COUNT(*), SUM(code = '') FROM attendees").fetchone()
        return people, blank, conn.execute("SELECT COUNT(*) FROM attendee_fts").fetchone()[0]
    finally:
        conn.close()


def test_next_open_writes_what_an_eager_import_writes(tmp_path: Path) -> None:
    src = _list(tmp_path)
    eager_path, later_path = _event(tmp_path, "eager.checkin"), _event(tmp_path, "later.checkin")
    with EventStore.open(eager_path) as eager:
        import_file(eager, src)
        eager_fts = eager.conn.execute("SELECT rowid, names, organisation, email FROM attendee_fts "
                                       "ORDER BY rowid").fetchall()
    with EventStore.open(later_path) as later:
        report = run_import(later, prepare(src), finish_later=True)
        assert report.inserted == N and report.deferred == N
        assert deferred.pending(later) == {"first": 1, "last": N, "codes": True}
    assert _state(later_path) == (N, N, 0)  # on disk: the people, committed; codes and index still to come

    with open_event(later_path).store as later:  # opening the event for work finishes them (core.session)
        assert _state(later_path) == (N, 0, N)
        assert deferred.pending(later) is None
        for aid in (1, 18, N):
            assert later.attendee(aid).code == codes.issue_code(later, aid)
            assert codes.resolve(later, later.attendee(aid).code).attendee_id == aid
        assert later.conn.execute("SELECT rowid, names, organisation, email FROM attendee_fts "
                                  "ORDER BY rowid").fetchall() == eager_fts
        assert [h.attendee.id for h in search(later, "Stastna")] == [18]
        typo = search(later, "Stastma")  # the typo table follows the index written at open
        assert [h.attendee.id for h in typo] == [18]
        assert deferred.finish(later) == 0  # nothing left: a second finish writes nothing


def test_read_only_open_finishes_the_import_first(tmp_path: Path) -> None:
    path = _event(tmp_path)
    with EventStore.open(path) as store:
        run_import(store, prepare(_list(tmp_path)), finish_later=True)
    with open_event(path, readonly=True).store as store:
        assert store.attendee(18).code and [h.attendee.id for h in search(store, "Žaneta")] == [18]
    assert _state(path) == (N, 0, N)


def test_small_lists_copies_and_cancels_never_defer(tmp_path: Path) -> None:
    path = _event(tmp_path)
    with EventStore.open(path) as store:
        small = run_import(store, prepare(_list(tmp_path, N - 1)), finish_later=True)
        assert small.deferred == 0 and deferred.pending(store) is None
    assert _state(path) == (N - 1, 0, N - 1)

    copied = _event(tmp_path, "copied.checkin")
    with EventStore.open(copied) as store:
        store.set_meta("copies_made", True)  # after desk copies, new people travel as journal records with codes
        report = run_import(store, prepare(_list(tmp_path)), finish_later=True)
        assert report.deferred == 0 and report.journal_records == N
    assert _state(copied) == (N, 0, N)

    cancelled = _event(tmp_path, "cancelled.checkin")
    stop = threading.Event()
    with EventStore.open(cancelled) as store:
        with pytest.raises(Cancelled):
            run_import(store, prepare(_list(tmp_path)), finish_later=True,
                       progress=lambda done, total: stop.set() if done else None, cancel=stop)
        assert deferred.pending(store) is None  # the record rolls back with the import
    assert _state(cancelled) == (0, None, 0)


def test_cli_import_says_what_waits_and_the_next_command_finds_everybody(tmp_path: Path) -> None:
    path, src = _event(tmp_path), _list(tmp_path)
    run = [sys.executable, "-m", "checkin"]
    out = subprocess.run([*run, "import", str(path), str(src), "--json"], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["finished_on_next_open"] == N
    found = subprocess.run([*run, "search", str(path), "Šťastná", "--json"], capture_output=True, text=True)
    assert found.returncode == 0, found.stderr
    assert "Šťastná" in found.stdout
    assert _state(path) == (N, 0, N)
