"""The generated corpus (every kind of file offices send) imports with the right people, names intact."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest

from checkin.core import codes
from checkin.core.importing import import_file
from checkin.core.store import EventStore

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))
from make_corpus import COUNTRIES, PEOPLE, make_corpus  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("corpus")
    return out, make_corpus(out)


def new_event(path: Path) -> EventStore:
    store = EventStore.create(path, title="Import test", days=2)
    codes.ensure_event_keys(store)
    return store


def test_corpus_covers_30_countries() -> None:
    assert len(COUNTRIES) >= 30
    assert len(PEOPLE) >= 40


@pytest.mark.parametrize("name", [
    "german_excel_cp1252.csv", "central_cp1250.csv", "utf8.csv", "utf8_bom.csv", "excel_unicode.txt",
    "utf16be.tsv", "mac_nfd.csv", "title_rows.xlsx", "list.ods", "pretix_checkin.csv", "eventbrite.csv",
    "indico.csv",
])
def test_file_imports_the_right_people(corpus, tmp_path: Path, name: str) -> None:
    folder, expected = corpus
    store = new_event(tmp_path / "ev.checkin")
    report = import_file(store, folder / name)
    people = expected[name]
    assert report.inserted == len(people), report.to_json()
    assert report.skipped == []
    got = {(a.first_name, a.last_name): a for a in store.iter_attendees()}
    want = {(p.first, p.last): p for p in people}
    assert set(got) == set(want)  # byte for byte: no re-casing, trimming or transliteration
    for key, a in got.items():
        p = want[key]
        assert unicodedata.is_normalized("NFC", a.first_name + a.last_name + a.organisation)
        assert a.organisation == p.org
        assert a.email == p.email
        if name not in ("pretix_checkin.csv", "eventbrite.csv"):
            assert a.code and codes.verify_code(store, a.code).attendee_id == a.id
        if name in ("pretix_checkin.csv", "indico.csv", "list.ods") and p.title:
            assert a.title == p.title  # academic title moved out of the full name
    store.close()


def test_full_names_split_with_titles_and_particles(corpus, tmp_path: Path) -> None:
    folder, _ = corpus
    store = new_event(tmp_path / "ev.checkin")
    import_file(store, folder / "pretix_checkin.csv")
    by_last = {a.last_name: a for a in store.iter_attendees()}
    assert (by_last["Schütte"].title, by_last["Schütte"].first_name) == ("Dr.", "Georg")
    assert (by_last["Großmann"].title, by_last["Großmann"].first_name) == ("Prof. Dr.", "Günter")
    assert by_last["van der Berg"].first_name == "Pieter"
    assert by_last["Ó Briain"].first_name == "Siobhán"
    assert by_last["Παπαδόπουλος"].first_name == "Ορέστης"
    # The ticket secret is the code the desk scans.
    assert store.attendee_by_code("s3cr3t0000xyz").last_name == "Schütte"
    store.close()


def test_workbook_title_rows_second_sheet_numbers_and_dates(corpus, tmp_path: Path) -> None:
    folder, _ = corpus
    store = new_event(tmp_path / "ev.checkin")
    report = import_file(store, folder / "title_rows.xlsx")
    assert report.header_row == 3
    assert report.sheet == "Teilnehmer, Nachmeldungen"
    a = next(a for a in store.iter_attendees() if a.last_name == "Çelik")
    assert a.phone.isdigit() and not a.phone.endswith(".0")
    assert a.extra["PLZ"] == "01067"
    assert a.extra["Angemeldet am"].startswith("2026-10-")
    assert a.country == "TR"
    store.close()


def test_ods_numbers_come_as_text(corpus, tmp_path: Path) -> None:
    folder, _ = corpus
    store = new_event(tmp_path / "ev.checkin")
    import_file(store, folder / "list.ods")
    phones = {a.phone for a in store.iter_attendees()}
    assert "4930123400" in phones
    store.close()


def test_imported_people_are_found_by_search(corpus, tmp_path: Path) -> None:
    folder, _ = corpus
    store = new_event(tmp_path / "ev.checkin")
    import_file(store, folder / "utf8.csv")
    hits = store.attendees_by_ids(store.search("lukasz wisn"))
    assert [a.last_name for a in hits] == ["Wiśniewski"]
    assert [a.first_name for a in store.attendees_by_ids(store.search("Thorunn"))] == ["Þórunn"]
    assert store.attendees_by_ids(store.search("izmir"))[0].last_name == "Çelik"
    store.close()
