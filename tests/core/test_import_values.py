"""Values as the list means them: Excel's number formats, categories kept as written, the app's own export."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from openpyxl import Workbook

HEADER = "Anrede;Vorname;Nachname;Firma;E-Mail;Kategorie;Telefon\r\n"
ROWS = [
    "Frau;Sabine;König;Max-Planck-Institut;s.koenig@mpi.example;Referentin;+49 89 1234",
    "Herr;Thomas;Müller;Stadtwerke Kiel;t.mueller@kiel.example;VIP;",
    "Frau;Anna;Schmidt;;anna@x.example;Gast;",
    "Herr;Jan;Nowak;PAN;jan@pan.example;Aussteller Stand 12;",
    "Frau;Ewa;Dąbrowska;=HYPERLINK(\"x\");ewa@pan.example;Early bird;",
]


@pytest.fixture
def event(tmp_path: Path, cli) -> Path:
    path = tmp_path / "ev.checkin"
    cli("new", str(path), "--title", "T", "--start", "2026-11-21", check=True)
    return path


def people(cli, event: Path) -> list[dict]:
    return sorted(json.loads(cli("attendees", str(event), "--json", check=True).stdout), key=lambda p: p["id"])


def test_excel_number_formats_decide_the_text(event: Path, tmp_path: Path, cli) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Vorname", "Nachname", "Telefon", "PLZ", "Anmelde-Nr.", "Anreise"])
    ws.append(["Anna", "Schmidt", 1701234567, 1067, 7, datetime.date(2026, 11, 21)])
    ws.append(["Jan", "Nowak", 4930123456, 80331, 12, datetime.date(2026, 11, 22)])
    for row in (2, 3):
        ws[f"C{row}"].number_format = "00000000000"
        ws[f"D{row}"].number_format = "00000"
        ws[f"E{row}"].number_format = '"REG-"0000'
        ws[f"F{row}"].number_format = "DD.MM.YYYY"
    src = tmp_path / "list.xlsx"
    wb.save(src)
    cli("import", str(event), str(src), check=True)
    got = {p["last_name"]: p for p in people(cli, event)}
    assert got["Schmidt"]["phone"] == "01701234567"
    assert got["Nowak"]["phone"] == "04930123456"
    assert got["Schmidt"]["external_id"] == "REG-0007"
    assert got["Schmidt"]["extra"] == {"PLZ": "01067", "Anreise": "2026-11-21"}


def test_unknown_categories_are_kept_as_written(event: Path, tmp_path: Path, cli) -> None:
    src = tmp_path / "list.csv"
    src.write_text(HEADER + "\r\n".join(ROWS) + "\r\n", encoding="utf-8")
    cli("import", str(event), str(src), check=True)
    got = {p["last_name"]: p["category"] for p in people(cli, event)}
    assert got == {"König": "speaker", "Müller": "VIP", "Schmidt": "guest", "Nowak": "Aussteller Stand 12",
                   "Dąbrowska": "Early bird"}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_own_attendance_export_reimports_without_change(event: Path, tmp_path: Path, cli, suffix: str) -> None:
    src = tmp_path / "list.csv"
    src.write_text(HEADER + "\r\n".join(ROWS) + "\r\n", encoding="utf-8")
    cli("import", str(event), str(src), check=True)
    cli("walkin", str(event), "--first-name", "Walter", "--last-name", "Walkin", "--organisation", "-Minus GmbH",
        check=True)
    before = people(cli, event)
    out = tmp_path / f"attendance{suffix}"
    cli("export", str(event), "--out", str(out), check=True)
    report = json.loads(cli("import", str(event), str(out), "--json", check=True).stdout)
    assert (report["inserted"], report["updated"], report["unchanged"]) == (0, 0, len(before))
    assert people(cli, event) == before


def test_unknown_category_mapped_on_request(event: Path, tmp_path: Path, cli) -> None:
    src = tmp_path / "list.csv"
    src.write_text(HEADER + "\r\n".join(ROWS) + "\r\n", encoding="utf-8")
    dry = cli("import", str(event), str(src), "--dry-run", check=True).stdout
    assert "kept as written: Aussteller Stand 12 (1), Early bird (1), VIP (1)" in dry
    cli("import", str(event), str(src), "--category", "VIP=ministry", check=True)
    got = {p["last_name"]: p for p in people(cli, event)}
    assert got["Müller"]["category"] == "ministry" and got["Müller"]["extra"]["Kategorie"] == "VIP"
    assert got["Nowak"]["category"] == "Aussteller Stand 12"
    bad = cli("import", str(event), str(src), "--category", "VIP=boss")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1


def test_phone_number_excel_shortened_is_reported(event: Path, tmp_path: Path, cli) -> None:
    src = tmp_path / "list.csv"
    src.write_text("Vorname;Nachname;Telefon\r\nAnna;Schmidt;4,93012E+11\r\nJan;Nowak;+48 22 123\r\n",
                   encoding="utf-8")
    report = json.loads(cli("import", str(event), str(src), "--json", check=True).stdout)
    assert report["inserted"] == 2
    assert [(w["row"], "shortened" in w["message"]) for w in report["warnings"]] == [(2, True)]


def test_ods_number_formats_decide_the_text(event: Path, cli) -> None:
    # Saved by LibreOffice Calc: phone numbers formatted with leading zeros, postcodes, a prefixed number.
    src = Path(__file__).resolve().parents[1] / "data" / "lists" / "phone_formats.ods"
    cli("import", str(event), str(src), check=True)
    got = {p["last_name"]: p for p in people(cli, event)}
    assert got["Schmidt"]["phone"] == "01701234567" and got["Nowak"]["phone"] == "04930123456"
    assert got["Schmidt"]["external_id"] == "REG-0007"
    assert got["Schmidt"]["extra"] == {"PLZ": "01067", "Anreise": "2026-11-21"}


@pytest.mark.parametrize(("number", "code", "shown"), [
    (1701234567, "00000000000", "01701234567"), (1067, "00000", "01067"), (7, '"REG-"0000', "REG-0007"),
    (301234567, "+49 000 0000000", "+49 030 1234567"), (123456789, "0000 000", "123456 789"),
    (4930123, '"+"0', "+4930123"), (42, "#", "42"),
])
def test_number_formats_as_excel_shows_them(number: int, code: str, shown: str) -> None:
    from checkin.core.importing.excel_formats import format_number

    assert format_number(number, code) == shown
