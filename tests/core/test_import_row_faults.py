"""A fault in one row is that row's: reported by its spreadsheet row number, and everybody else arrives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

HEADER = "Vorname;Nachname;Firma;E-Mail\r\n"


def good_rows(n: int) -> list[bytes]:
    return [f"Gast{i};Müller;Firma {i};gast{i}@example.org\r\n".encode() for i in range(n)]


@pytest.fixture
def event(tmp_path: Path, cli) -> Path:
    path = tmp_path / "ev.checkin"
    cli("new", str(path), "--title", "T", "--start", "2026-11-21", check=True)
    return path


def run(cli, event: Path, src: Path) -> dict:
    proc = cli("import", str(event), str(src), "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def people(cli, event: Path) -> list[dict]:
    return json.loads(cli("attendees", str(event), "--json", check=True).stdout)


def test_nul_byte_in_one_row(event: Path, tmp_path: Path, cli) -> None:
    rows = good_rows(30)
    rows.insert(14, b"Eva;Nu\x00ll;Firma;eva@example.org\r\n")  # spreadsheet row 16
    src = tmp_path / "nul.csv"
    src.write_bytes(HEADER.encode() + b"".join(rows))
    report = run(cli, event, src)
    assert report["inserted"] == 31
    assert [(w["row"], w["message"]) for w in report["warnings"]] == [(16, "an invisible NUL character was removed")]
    assert any(p["last_name"] == "Null" for p in people(cli, event))


def test_control_characters_in_names_and_notes(event: Path, tmp_path: Path, cli) -> None:
    src = tmp_path / "ctl.csv"
    src.write_bytes((HEADER.replace("\r\n", ";Bemerkung\r\n")
                     + "Anna\x07;Schmidt;X;a@example.org;\r\n"
                     + "Bernd;Meier\x0bMüller;X;b@example.org;Rollstuhl\x0c\r\n").encode())
    report = run(cli, event, src)
    assert report["inserted"] == 2
    by_row = {w["row"]: w["message"] for w in report["warnings"]}
    assert "first name" in by_row[2] and "Bemerkung" not in by_row[2]
    assert "last name" in by_row[3]
    got = {p["email"]: p for p in people(cli, event)}
    assert got["a@example.org"]["first_name"] == "Anna"
    assert got["b@example.org"]["last_name"] == "Meier Müller"
    assert got["b@example.org"]["desk_note"] == "Rollstuhl"


def test_one_row_not_in_utf8(event: Path, tmp_path: Path, cli) -> None:
    rows = good_rows(10)
    rows.insert(3, "Jürgen;Großmann;Fraunhofer;jg@example.org\r\n".encode("cp1252"))  # row 5
    src = tmp_path / "mixed.csv"
    src.write_bytes(HEADER.encode() + b"".join(rows))
    report = run(cli, event, src)
    assert report["inserted"] == 11 and report["encoding"] == "utf-8"
    assert [w["row"] for w in report["warnings"]] == [5]
    names = {(p["first_name"], p["last_name"]) for p in people(cli, event)}
    assert ("Jürgen", "Großmann") in names and ("Gast0", "Müller") in names


def test_over_long_cell(event: Path, tmp_path: Path, cli) -> None:
    rows = good_rows(5)
    rows.insert(2, ("Lang;Name;" + "X" * 300_000 + ";lang@example.org\r\n").encode())  # row 4
    src = tmp_path / "long.csv"
    src.write_bytes(HEADER.encode() + b"".join(rows))
    report = run(cli, event, src)
    assert report["inserted"] == 6
    assert [(w["row"], "absurdly long" in w["message"]) for w in report["warnings"]] == [(4, True)]


def test_not_a_table_at_all_is_refused(event: Path, tmp_path: Path, cli) -> None:
    src = tmp_path / "photo.csv"
    src.write_bytes(bytes(range(256)) * 40)
    proc = cli("import", str(event), str(src))
    assert proc.returncode == 2 and "not a text table" in proc.stderr


def test_a_byte_no_code_page_knows(event: Path, tmp_path: Path, cli) -> None:
    rows = [f"Gäst{i};Müller;Firma;g{i}@example.org\r\n".encode("cp1252") for i in range(6)]
    rows.insert(2, b"Bad;By\x81te;Firma;bad@example.org\r\n")  # 0x81: undefined in cp1252 and cp1250
    src = tmp_path / "cp.csv"
    src.write_bytes(HEADER.encode("cp1252") + b"".join(rows))
    report = run(cli, event, src)
    assert report["inserted"] == 7
    assert [w["row"] for w in report["warnings"]] == [4]
    assert ("Gäst0", "Müller") in {(p["first_name"], p["last_name"]) for p in people(cli, event)}


def test_excel_utf8_with_bom_and_one_foreign_row(event: Path, tmp_path: Path, cli) -> None:
    rows = good_rows(4)
    rows.insert(1, "Jürgen;Großmann;Fraunhofer;jg@example.org\r\n".encode("cp1252"))  # row 3
    src = tmp_path / "bom.csv"
    src.write_bytes(b"\xef\xbb\xbf" + HEADER.encode() + b"".join(rows))
    report = run(cli, event, src)
    assert report["inserted"] == 5 and [w["row"] for w in report["warnings"]] == [3]
    assert ("Jürgen", "Großmann") in {(p["first_name"], p["last_name"]) for p in people(cli, event)}
