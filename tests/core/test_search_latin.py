"""Desk search finds names in other scripts by their Latin spelling: Greek and Cyrillic by English and German
transliteration, Chinese, Japanese, Hebrew and Thai by their ASCII spelling; on a new event file and on one
written before the index knew them (migrations 120 and 121)."""

from __future__ import annotations

import pytest

from checkin.core.migrations import v120_search_latin_spellings, v121_search_other_scripts
from checkin.core.model import Attendee
from checkin.core.search import Searcher
from checkin.core.store import EventStore
from checkin.core.textfold import index_text, index_texts

PEOPLE = [
    Attendee(id=1, first_name="Ορέστης", last_name="Παπαδόπουλος", organisation="Πανεπιστήμιο Αθηνών"),
    Attendee(id=2, first_name="Тарас", last_name="Шевченко", organisation="Київський університет"),
    Attendee(id=3, first_name="Андрей", last_name="Хрущёв"),
    Attendee(id=4, first_name="Γιώργος", last_name="Θεοδωρίδης"),
    Attendee(id=5, first_name="Jürgen", last_name="Müller"),
    Attendee(id=11, first_name="芳", last_name="王", organisation="清华大学 Tsinghua University"),
    Attendee(id=12, first_name="さくら", last_name="山本"),
    Attendee(id=13, first_name="דוד", last_name="כהן"),
    Attendee(id=14, first_name="สมชาย", last_name="ใจดี"),
]


@pytest.fixture
def store(tmp_path):
    s = EventStore.create(tmp_path / "ev.checkin", title="T")
    s.add_attendees(PEOPLE)
    yield s
    s.close()


def _found(store: EventStore, query: str) -> list[int]:
    return [h.attendee.id for h in Searcher(store).search(query)]


@pytest.mark.parametrize("query, who", [
    ("papadopoulos", 1), ("orestis", 1), ("Orestis Papad", 1), ("Παπαδ", 1), ("athinon", 1),
    ("shevchenko", 2), ("schewtschenko", 2), ("taras", 2), ("Шевч", 2),
    ("khrushchev", 3), ("chruschtschew", 3), ("andrei", 3),
    ("giorgos", 4), ("theodoridis", 4), ("mueller", 5),
    ("wang", 11), ("wang fang", 11), ("qinghua", 11), ("王", 11), ("sakura", 12), ("dvd", 13), ("khhn", 13),
    ("smchay", 14),
    ("papadopulos", 1),  # one typo in a transliteration still finds
])
def test_latin_spelling_finds_the_guest(store, query, who):
    ids = _found(store, query)
    assert ids[:1] == [who], (query, ids)


def test_column_and_single_indexing_agree():
    texts = [f"{a.first_name} {a.last_name} {a.organisation}" for a in PEOPLE]
    assert index_texts(texts) == [index_text(t) for t in texts]


@pytest.mark.parametrize("migration, row, names, organisation, query", [
    (v120_search_latin_spellings, 1, "ορεστησ παπαδοπουλοσ", "", "papadopoulos"),
    (v121_search_other_scripts, 11, "王 芳", "清华大学 tsinghua university", "wang"),
], ids=["greek-cyrillic", "other-scripts"])
def test_an_older_file_is_reindexed(store, migration, row, names, organisation, query):
    store.conn.execute("DELETE FROM attendee_fts WHERE rowid = ?", (row,))  # as an older version indexed it
    store.conn.execute("INSERT INTO attendee_fts (rowid, names, organisation, email) VALUES (?, ?, ?, '')",
                       (row, names, organisation))
    assert _found(store, query) == []
    migration.apply(store.conn)
    assert _found(store, query) == [row]
