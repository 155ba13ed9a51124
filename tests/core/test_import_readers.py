"""Readers: encodings (cp1250 vs cp1252), delimiters, quoted line breaks, header rows, names."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checkin.core.importing import ImportFailed, prepare
from checkin.core.importing.names import split_full_name
from checkin.core.importing.textfiles import decode, read_text_table


def test_cp1250_is_not_read_as_cp1252() -> None:
    data = "Vorname;Nachname\nŁukasz;Wiśniewski\nZofia;Łączyńska\nJiří;Dvořák\n".encode("cp1250")
    text, encoding, _ = decode(data)
    assert encoding == "cp1250"
    assert "Łukasz" in text and "£ukasz" not in text


def test_cp1252_german_list_is_cp1252() -> None:
    data = "Vorname;Nachname\nJürgen;Müller\nHélène;Lefèvre\nFrançois;Garçon\n".encode("cp1252")
    text, encoding, _ = decode(data)
    assert encoding == "cp1252"
    assert "Hélène" in text


def test_ambiguous_8bit_text_names_its_candidates() -> None:
    # "è" in cp1252 is "č" in cp1250 (both plausible letters): the reader offers both.
    data = "Name\nHélène\n".encode("cp1252")
    _, encoding, candidates = decode(data)
    assert [c.encoding for c in candidates] == [encoding, *[c.encoding for c in candidates[1:]]]
    assert {c.encoding for c in candidates} == {"cp1252", "cp1250"}
    assert any("Hélène" in c.sample for c in candidates) and any("Hélčne" in c.sample for c in candidates)


def test_forced_encoding_overrides_detection() -> None:
    data = "Vorname;Nachname\nHélène;Lefèvre\n".encode("cp1252")
    table = read_text_table(data, "x.csv", encoding="cp1250")
    assert table.rows[1][0] == "Hélčne"


@pytest.mark.parametrize(("text", "delimiter"), [
    ("a;b;c\n1;2;3\n", ";"), ("a,b,c\n1,2,3\n", ","), ("a\tb\tc\n1\t2\t3\n", "\t"),
    ('Name;Firma\n"Müller";"A, B; C"\n', ";"),
])
def test_delimiter_detection(text: str, delimiter: str) -> None:
    assert read_text_table(text.encode(), "x.csv").delimiter == delimiter


def test_quoted_line_break_is_one_row_and_row_numbers_follow_records() -> None:
    data = b'Vorname;Nachname;Bemerkung\nA;B;"eins\nzwei"\nC;D;\n'
    table = read_text_table(data, "x.csv")
    assert table.rows[1] == ["A", "B", "eins\nzwei"]
    assert table.row_numbers == [1, 2, 3]


def test_header_found_below_title_rows(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Teilnehmerliste Stand 20.11.;;\n;;\nVorname;Nachname;Firma\nA;B;C\n;;\n;;\n", encoding="utf-8")
    prepared = prepare(path)
    assert prepared.header_row == 3
    assert [r.number for r in prepared.rows] == [4]
    assert prepared.mapping == ["first_name", "last_name", "organisation"]


def test_mapping_name_column_next_to_vorname_is_family_name(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Vorname;Name;Institution\nA;B;C\n", encoding="utf-8")
    assert prepare(path).mapping == ["first_name", "last_name", "organisation"]
    path.write_text("Name;Institution\nDr. A B;C\n", encoding="utf-8")
    assert prepare(path).mapping == ["full_name", "organisation"]


def test_saved_mapping_overrides_and_is_validated(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Spalte A;Spalte B\nA;B\n", encoding="utf-8")
    prepared = prepare(path, mapping={"Spalte A": "first_name", "Spalte B": "last_name"})
    assert prepared.mapping == ["first_name", "last_name"]
    with pytest.raises(ImportFailed):
        prepare(path, mapping={"Spalte A": "shoe_size"})


@pytest.mark.parametrize(("text", "parts"), [
    ("Dr. Georg Schütte", ("", "Dr.", "Georg", "Schütte")),
    ("Prof. Dr. Günter Großmann", ("", "Prof. Dr.", "Günter", "Großmann")),
    ("Herr Dr.-Ing. Hans Meier", ("Herr", "Dr.-Ing.", "Hans", "Meier")),
    ("Pieter van der Berg", ("", "", "Pieter", "van der Berg")),
    ("Jean-Luc de la Fontaine", ("", "", "Jean-Luc", "de la Fontaine")),
    ("Schütte, Georg", ("", "", "Georg", "Schütte")),
    ("Georg Schütte, PhD", ("", "PhD", "Georg", "Schütte")),
    ("Anna Maria Schmidt", ("", "", "Anna Maria", "Schmidt")),
    ("ΟΡΈΣΤΗΣ παπαδόπουλος", ("", "", "ΟΡΈΣΤΗΣ", "παπαδόπουλος")),  # never re-cased
    ("Madonna", ("", "", "", "Madonna")),
])
def test_full_name_split(text: str, parts: tuple[str, str, str, str]) -> None:
    got = split_full_name(text)
    assert (got.salutation, got.title, got.first_name, got.last_name) == parts


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40)
       | st.text(alphabet="aßüÖŁłİıΣσςéé \t-'.xyzÆæ", max_size=30) | st.text(max_size=30))
def test_fast_index_text_matches_store(text: str) -> None:
    from checkin.core.textfold import _TOKEN, _index_word, index_text

    # The ASCII shortcut and the per-word cache give what folding every token afresh gives.
    _ix = index_text
    assert _ix(text) == " ".join(_index_word(w) for w in _TOKEN.findall(text.casefold()))


@pytest.mark.parametrize("header", ["Anmelde-Nr.", "Teilnehmer-Nr.", "Buchungs-Nr.", "Anmeldenummer", "Order code"])
def test_registration_numbers_are_the_external_id(tmp_path: Path, header: str) -> None:
    # The registration number is what a re-import matches people by, so it must not end up as an extra field.
    path = tmp_path / "t.csv"
    path.write_text(f"Vorname;Nachname;{header}\nA;B;REG-1\n", encoding="utf-8")
    assert prepare(path).mapping == ["first_name", "last_name", "external_id"]
