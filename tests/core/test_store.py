"""The event file: schema, names kept exactly, search folding, durability settings, backup, migrations."""

from __future__ import annotations

import sqlite3
import unicodedata
from datetime import date

import pytest

from checkin.core import ledger, migrations
from checkin.core.model import Attendee
from checkin.core.search import Searcher
from checkin.core.store import EventStore, StoreError

HARD_NAMES = [
    ("Şükrü", "Çelik"), ("Žaneta", "Šťastná"), ("Ορέστης", "Παπαδόπουλος"), ("Łukasz", "Wiśniewski"),
    ("Åse", "Ødegård"), ("Günter", "Großmann"), ("Işıl", "Işık"), ("Đorđe", "Đurić"), ("Jürgen", "Müller"),
    ("Pieter", "van der Berg"), ("Siobhán", "Ó Briain"),
]


@pytest.fixture
def store(tmp_path):
    s = EventStore.create(tmp_path / "e.checkin", title="Test", start=date(2026, 11, 21), days=2)
    s.add_attendees([Attendee(id=i, first_name=f, last_name=n, organisation="Org") for i, (f, n) in
                     enumerate(HARD_NAMES, start=1)])
    yield s
    s.close()


def test_names_are_stored_exactly_and_as_nfc(tmp_path):
    s = EventStore.create(tmp_path / "n.checkin", title="T")
    decomposed = unicodedata.normalize("NFD", "Müller")
    s.add_attendees([Attendee(id=1, first_name="Ørjan  de", last_name=decomposed)])
    got = s.attendee(1)
    assert got.last_name == "Müller" and got.last_name != decomposed
    assert got.first_name == "Ørjan  de"  # never trimmed inside, never re-cased


@pytest.mark.parametrize(("query", "expected"), [
    ("muller", "Müller"), ("mueller", "Müller"), ("sukru celik", "Çelik"), ("lukasz", "Wiśniewski"),
    ("odegard", "Ødegård"), ("grossmann", "Großmann"), ("isik", "Işık"), ("dorde", "Đurić"),
    ("ορεστης", "Παπαδόπουλος"), ("ΟΡΈΣΤΗΣ", "Παπαδόπουλος"), ("zaneta stastna", "Šťastná"), ("van der", "van der Berg"),
    ("cel", "Çelik"),
])
def test_search_ignores_case_and_diacritics(store, query, expected):
    found = [store.attendee(i).last_name for i in store.search(query)]
    assert expected in found


def test_search_needs_every_word(store):
    assert store.search("sukru mueller") == []
    assert store.search("   ") == []


def test_connection_is_wal_and_synchronous_full(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_backup_while_open_contains_uncheckpointed_records(store, tmp_path):
    ledger.record(store, "checkin", 1, {"day": "2026-11-21", "point": "main"})
    out = store.backup(tmp_path / "copy.checkin")
    copy = EventStore.open(out)
    assert copy.journal.count() == 1 and copy.count_arrived() == 1
    copy.close()
    with pytest.raises(StoreError):
        store.backup(out)


def test_open_rejects_what_is_not_an_event(tmp_path):
    with pytest.raises(StoreError, match="no such event file"):
        EventStore.open(tmp_path / "missing.checkin")
    garbage = tmp_path / "garbage.checkin"
    garbage.write_bytes(b"\x00\x01 not sqlite")
    with pytest.raises(StoreError, match="not a checkin event file"):
        EventStore.open(garbage)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not a checkin event file"):
        EventStore.open(other)


def test_readonly_open_never_writes(store, tmp_path):
    path = store.path
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.read_bytes()
    ro = EventStore.open(path, readonly=True)
    assert ro.count_attendees() == len(HARD_NAMES)
    with pytest.raises(sqlite3.OperationalError):
        ro.conn.execute("DELETE FROM attendees")
    ro.close()
    assert path.read_bytes() == before


def test_forward_migration_from_version_1(tmp_path):
    path = tmp_path / "old.checkin"
    conn = sqlite3.connect(path, isolation_level=None)
    first = migrations.all_migrations()[0]
    assert first.version == 1
    conn.execute("BEGIN")
    first.apply(conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("""INSERT INTO meta VALUES ('format', '"checkin-event"'), ('title', '"Alt"'),
                    ('event_id', '"abc"'), ('timezone', '"Europe/Berlin"'), ('station_id', '"master"')""")
    conn.execute("INSERT INTO attendees (id, first_name, last_name) VALUES (1, 'Žaneta', 'Šťastná')")
    conn.execute("COMMIT")
    conn.close()
    s = EventStore.open(path)
    assert s.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
    assert s.attendee(1).last_name == "Šťastná"
    s.close()


def test_newer_schema_is_refused(tmp_path):
    s = EventStore.create(tmp_path / "n.checkin", title="T")
    s.conn.execute("PRAGMA user_version = 99999")
    s.close()
    with pytest.raises(StoreError, match="newer version"):
        EventStore.open(tmp_path / "n.checkin")


def test_sort_order_folds_diacritics(store):
    names = [store.attendee(i).last_name for i in store.attendee_ids()]
    assert names.index("Çelik") < names.index("Đurić") < names.index("Großmann")


def test_a_migration_numbered_below_the_current_version_still_applies(tmp_path):
    s = EventStore.create(tmp_path / "gap.checkin", title="T")
    top = s.conn.execute("PRAGMA user_version").fetchone()[0]
    first_feature = next(m for m in migrations.all_migrations() if m.version > 1)
    # Pretend the file never saw one of the lower feature migrations (written before it existed).
    s.conn.execute("DELETE FROM _migrations WHERE version = ?", (first_feature.version,))
    s.close()
    conn = sqlite3.connect(tmp_path / "gap.checkin", isolation_level=None)
    applied_again: list[int] = []
    try:
        applied_again = migrations.migrate(conn)
    except sqlite3.OperationalError:
        applied_again = [-1]  # its tables exist already; what matters is that it was tried, not skipped
    finally:
        conn.close()
    assert applied_again and applied_again[0] in (first_feature.version, -1)
    assert top == migrations.latest_version()


def test_next_id_stays_below_the_station_blocks(store):
    store.add_attendees([Attendee(id=EventStore.STATION_ID_BASE + 7, first_name="Walk", last_name="In")])
    assert store.next_attendee_id() == len(HARD_NAMES) + 1


def test_files_imported_before_v031_get_sort_keys_and_a_whole_dotted_i(tmp_path):
    path = tmp_path / "imported.checkin"
    s = EventStore.create(path, title="T")
    s.add_attendees([Attendee(id=1, first_name="İlker", last_name="Yıldız", organisation="İzmir Teknoloji"),
                     Attendee(id=2, first_name="Anna", last_name="Brändli")])
    # What an import before v031 left behind: no sort keys, "İ" splitting its word in the search index.
    s.conn.execute("UPDATE attendees SET sort_key = ''")
    s.conn.execute("UPDATE attendee_fts SET names = 'i lker yildiz', organisation = 'i zmir teknoloji' "
                   "WHERE rowid = 1")
    s.conn.execute("DELETE FROM _migrations WHERE version = 31")
    s.close()
    s = EventStore.open(path)
    assert s.attendee_ids() == [2, 1]  # Brändli before Yıldız
    assert s.conn.execute("SELECT organisation FROM attendee_fts WHERE rowid = 1").fetchone()[0] == "izmir teknoloji"
    assert [h.attendee.id for h in Searcher(s).search("izm")] == [1]
    s.close()
