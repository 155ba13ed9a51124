"""`checkin import` as a user runs it: report, validation rows, all-or-nothing, exit codes."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))
from make_corpus import write_broken  # noqa: E402

PROBLEMS = (
    "Vorname;Nachname;Firma;E-Mail;Bemerkung\n"  # row 1
    "Łukasz;Wiśniewski;Wrocław Labs;lukasz@wroclaw.example;\n"  # 2
    ";;Firma ohne Namen;nobody@example.com;\n"  # 3: no name
    "Łukasz;Wiśniewski;Wrocław Labs;other@wroclaw.example;\n"  # 4: a namesake (own e-mail): imported, warned
    'Anna;Nowak;"ACME;\nSp. z o.o.";anna@acme.example;\n'  # 5 (a quoted line break: still one row)
    "Jan;Kowalski;PAN;jan.kowalski@;\n"  # 6: invalid email
    "Ewa;Dąbrowska;PAN;lukasz@wroclaw.example;\n"  # 7: shares row 2's address: imported, warned
    "Łukasz;Wiśniewski;PAN;lukasz@wroclaw.example;\n"  # 8: row 2 again, newer: row 8 wins
    "Tomasz;Zieliński;" + "X" * 300 + ";t@pan.example;\n"  # 9: absurdly long
    '"=HYPERLINK(""http://evil.example"";""klick"")";Formel;PAN;f@pan.example;\n'  # 10: formula-looking
    "Piotr;Wójcik\x07;PAN;p@pan.example;\n"  # 11: control character
)


def dump(path: Path) -> str:
    conn = sqlite3.connect(path)
    rows = []
    for table in ("attendees", "journal", "meta", "sessions", "rooms", "meetings", "attendee_fts"):
        rows.append(repr(conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()))
    conn.close()
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()


@pytest.fixture(scope="module")
def event_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import run_cli

    path = tmp_path_factory.mktemp("event") / "ev.checkin"
    run_cli("new", str(path), "--title", "Test", "--start", "2026-11-21", "--days", "2", check=True)
    return path


@pytest.fixture
def event(event_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "ev.checkin"
    shutil.copy(event_template, path)  # made by `checkin new` and closed: no WAL left beside it
    return path


def test_report_json_rows_as_the_user_sees_them(event: Path, tmp_path: Path, cli) -> None:
    src = tmp_path / "problems.csv"
    src.write_bytes(PROBLEMS.encode("utf-8"))
    proc = cli("import", str(event), str(src), "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert set(report) >= {"inserted", "updated", "unchanged", "skipped", "warnings", "encoding", "mapping"}
    assert report["encoding"] == "utf-8"
    assert report["mapping"]["Vorname"] == "first_name"
    skipped = {s["row"]: s["reason"] for s in report["skipped"]}
    assert skipped[3] == "no name"
    assert skipped[2] == "same person as row 8 (same e-mail address); the newer row 8 is imported"
    assert 4 not in skipped and 7 not in skipped and 8 not in skipped
    warned = {w["row"]: w["message"] for w in report["warnings"]}
    assert "invalid email" in warned[6]
    assert warned[7] == "same e-mail address as row 2, but another person: both imported"
    assert "absurdly long" in warned[9]
    assert "formula" in warned[10]
    assert "control character" in warned[11]
    assert 5 in warned and "line break" in warned[5]  # row 5 is one row despite its quoted line break
    assert report["inserted"] == 8
    people = json.loads(cli("attendees", str(event), "--json", check=True).stdout)
    lukasz = sorted(p["organisation"] for p in people if p["last_name"] == "Wiśniewski")
    assert lukasz == ["PAN", "Wrocław Labs"]  # row 8's newer answer, and the namesake of row 4
    formula = next(p for p in people if p["last_name"] == "Formel")
    assert formula["first_name"] == '=HYPERLINK("http://evil.example";"klick")'  # stored as text


def test_dry_run_writes_nothing(event: Path, tmp_path: Path, cli) -> None:
    src = tmp_path / "problems.csv"
    src.write_bytes(PROBLEMS.encode("utf-8"))
    before = dump(event)
    proc = cli("import", str(event), str(src), "--dry-run", "--json")
    assert proc.returncode == 0 and json.loads(proc.stdout)["inserted"] == 8
    assert dump(event) == before


@pytest.mark.parametrize("name", ["corrupt.xlsx", "garbage.csv", "report.csv", "empty.csv", "not_a_workbook.xlsx"])
def test_unreadable_input_exit_2_one_line_event_unchanged(event: Path, tmp_path: Path, cli, name: str) -> None:
    broken = write_broken(tmp_path / "broken")
    before = dump(event)
    proc = cli("import", str(event), str(broken[name]))
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    assert dump(event) == before


def test_missing_file_and_bad_kind(event: Path, tmp_path: Path, cli) -> None:
    proc = cli("import", str(event), str(tmp_path / "nope.csv"))
    assert proc.returncode == 2 and "no such file" in proc.stderr
    proc = cli("import", str(event), str(tmp_path / "nope.csv"), "--kind", "hats")
    assert proc.returncode == 2


def test_ambiguous_encoding_is_named_in_the_report(event: Path, tmp_path: Path, cli) -> None:
    src = tmp_path / "west.csv"
    src.write_bytes("Vorname;Nachname\nHélène;Bérenger\n".encode("cp1252"))
    report = json.loads(cli("import", str(event), str(src), "--json", check=True).stdout)
    assert report["encoding"] == "cp1252"
    assert {c["encoding"] for c in report["encoding_candidates"]} == {"cp1252", "cp1250"}
    text = cli("import", str(event), str(src), "--dry-run", check=True).stdout
    assert "encoding is ambiguous; chose cp1252" in text


def test_saved_mapping_roundtrip(event: Path, tmp_path: Path, cli) -> None:
    src = tmp_path / "odd.csv"
    src.write_text("Feld1;Feld2;Feld3\nGünter;Großmann;Fraunhofer\n", encoding="utf-8")
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"columns": {"Feld1": "first_name", "Feld2": "last_name",
                                               "Feld3": "organisation"}}), encoding="utf-8")
    saved = tmp_path / "saved.json"
    proc = cli("import", str(event), str(src), "--mapping", str(mapping), "--save-mapping", str(saved), "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(saved.read_text(encoding="utf-8"))["columns"]["Feld2"] == "last_name"
    people = json.loads(cli("attendees", str(event), "--json", check=True).stdout)
    assert [(p["first_name"], p["last_name"], p["organisation"]) for p in people] == [
        ("Günter", "Großmann", "Fraunhofer")]
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    proc = cli("import", str(event), str(src), "--mapping", str(bad))
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1


def test_wrong_kind_of_list_is_refused(event: Path, tmp_path: Path, cli) -> None:
    src = tmp_path / "people.csv"
    src.write_text("Vorname;Nachname\nA;B\n", encoding="utf-8")
    before = dump(event)
    proc = cli("import", str(event), str(src), "--kind", "sessions")
    assert proc.returncode == 2 and "does not look like a list of sessions" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert dump(event) == before


def test_help_documents_arguments(cli) -> None:
    out = cli("import", "--help", check=True).stdout
    for word in ("--kind", "--mapping", "--dry-run", "--update-missing", "--json"):
        assert word in out
