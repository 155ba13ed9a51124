"""Attendance export: read the files back as an office would (openpyxl, csv with the Excel dialect)."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from checkin.core import ledger
from checkin.core.exports import build_table, export_attendance, neutralise
from checkin.core.importing.headers import derived_column
from checkin.core.journal import Kind

NASTY = '=HYPERLINK("http://evil.example","Click")'


def _arrange(store) -> dict[str, int]:
    """Arrivals on both days, a walk-in, a correction, badge prints, a session, formula-like names."""
    ids = store.attendee_ids()[:6]
    a, b, c, d, e, f = ids
    day1, day2 = [x.isoformat() for x in store.event.days()[:2]]
    t1 = datetime.fromisoformat(f"{day1}T08:15:00+01:00")
    t2 = datetime.fromisoformat(f"{day2}T09:05:00+01:00")
    ledger.record(store, Kind.CHECKIN, a, {"day": day1, "point": "main", "source": "scan"}, at=t1, station_id="desk-1")
    ledger.record(store, Kind.CHECKIN, a, {"day": day2, "point": "main", "source": "scan"}, at=t2, station_id="desk-2")
    ledger.record(store, Kind.CHECKIN, b, {"day": day1, "point": "main", "source": "search"}, at=t1, station_id="desk-2")
    before = store.attendee(c)
    ledger.record(store, Kind.CORRECTION, c, {"fields": {"last_name": "Çelik", "organisation": "Çelik A.Ş."},
                                      "original": {"last_name": before.last_name,
                                                   "organisation": before.organisation}})
    ledger.record(store, Kind.BADGE_PRINT, b, {"layout": "default"})
    ledger.record(store, Kind.BADGE_PRINT, b, {"layout": "default"})
    session = store.conn.execute("SELECT id, title_de FROM sessions ORDER BY start LIMIT 1").fetchone()
    ledger.record(store, Kind.SESSION_ENTRY, a, {"session_id": session[0]})
    new_id = store.next_attendee_id()
    ledger.record(store, Kind.WALKIN, new_id, {"fields": {"first_name": "Şükrü", "last_name": "Çelik", "walk_in": True,
                                                  "organisation": "+49 Trick GmbH", "status": "registered"}})
    ledger.record(store, Kind.CHECKIN, new_id, {"day": day1, "point": "main", "source": "walkin"}, at=t1)
    store.set_attendee_fields(d, {"first_name": NASTY, "extra": {"Delegation": "-Norway-", "Row": "17",
                                                                 "Notes": "@team"}})
    store.set_attendee_fields(e, {"extra": {"Delegation": "Greece"}})
    return {"a": a, "b": b, "c": c, "d": d, "e": e, "f": f, "walkin": new_id, "session": session[1],
            "day1": day1, "day2": day2}


def _rows_by_id(headers: list, rows: list[list]) -> dict[str, dict]:
    return {str(r[0]): dict(zip(headers, r, strict=True)) for r in rows}


def test_xlsx_reads_back_with_names_times_and_text_formulas(demo_store, tmp_path: Path) -> None:
    ids = _arrange(demo_store)
    out = tmp_path / "attendance.xlsx"
    summary = export_attendance(demo_store, out, dialect="utf8")  # English headings
    assert summary.rows == demo_store.count_attendees()

    ws = openpyxl.load_workbook(out).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    headers, rows = values[0], values[1:]
    by_id = _rows_by_id(headers, rows)
    day1, day2 = ids["day1"], ids["day2"]

    a = by_id[str(ids["a"])]
    assert a[f"Arrival {day1}"] == datetime(*map(int, day1.split("-")), 8, 15)  # venue local time
    assert a[f"Desk {day1}"] == "desk-1"
    assert a[f"Arrival {day2}"] == datetime(*map(int, day2.split("-")), 9, 5)
    assert a["Sessions attended"] == ids["session"]
    assert by_id[str(ids["b"])]["Badges printed"] == 2
    assert by_id[str(ids["f"])][f"Arrival {day1}"] is None

    walkin = by_id[str(ids["walkin"])]
    assert (walkin["First name"], walkin["Last name"], walkin["Walk-in"]) == ("Şükrü", "Çelik", "yes")
    c = by_id[str(ids["c"])]
    # The correction columns are headed by the names users know.
    assert c["Last name (corrected)"] == "Çelik" and c["Last name"] == "Çelik"
    assert c["Organisation (corrected)"] == "Çelik A.Ş."
    assert c["Last name (original)"] == demo_store.conn.execute(
        "SELECT json_extract(data, '$.original.last_name') FROM journal WHERE kind='correction'").fetchone()[0]

    # The formula-like name is a text cell with Excel's quote prefix: shown, never executed.
    d_row = next(r for r in ws.iter_rows(min_row=2) if str(r[0].value) == str(ids["d"]))
    name_cell = d_row[headers.index("First name")]
    assert name_cell.value == NASTY and name_cell.data_type == "s" and name_cell.quotePrefix
    assert not any(cell.data_type == "f" for row in ws.iter_rows() for cell in row)

    # Original import columns come back next to the attendance columns.
    d = by_id[str(ids["d"])]
    assert d["Delegation"] == "-Norway-" and d["Row"] == "17" and d["Notes"] == "@team"
    assert by_id[str(ids["e"])]["Delegation"] == "Greece"


def test_csv_excel_de_has_bom_semicolons_and_neutralised_cells(demo_store, tmp_path: Path) -> None:
    ids = _arrange(demo_store)
    out = tmp_path / "attendance.csv"
    export_attendance(demo_store, out, dialect="excel-de")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    headers = rows[0]
    # excel-de: German headings and words (issue 20), the stable keys are on the XLSX key sheet
    assert headers[:3] == ["Checkin-Nr.", "Externe ID", "Anrede"]
    by_id = _rows_by_id(headers, rows[1:])
    d = by_id[str(ids["d"])]
    assert d["Vorname"] == "'" + NASTY
    assert d["Delegation"] == "'-Norway-" and d["Notes"] == "'@team" and d["Row"] == "17"
    walkin = by_id[str(ids["walkin"])]
    assert walkin["Organisation"] == "'+49 Trick GmbH"
    assert (walkin["Vorname"], walkin["Nachname"], walkin["Ohne Anmeldung"]) == ("Şükrü", "Çelik", "ja")
    assert walkin["Status"] == "angemeldet"
    assert by_id[str(ids["a"])][f"Ankunft {ids['day1']}"] == f"{ids['day1']}T08:15:00"
    # Every non-ASCII name survives byte-exactly.
    for a in demo_store.iter_attendees():
        if a.id != ids["d"]:
            assert by_id[str(a.id)]["Nachname"] == a.last_name


def test_correction_columns_are_named_for_users_in_the_dialects_language(demo_store, tmp_path: Path) -> None:
    """They were headed with internal field names ("last_name (original)") in every dialect."""
    ids = _arrange(demo_store)
    for dialect, sep, pair in (("excel-de", ";", ("Nachname (original)", "Nachname (korrigiert)")),
                               ("utf8", ",", ("Last name (original)", "Last name (corrected)"))):
        out = tmp_path / f"{dialect}.csv"
        export_attendance(demo_store, out, dialect=dialect)
        rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=sep))
        headers = rows[0]
        assert not [h for h in headers if "_" in h], headers
        c = _rows_by_id(headers, rows[1:])[str(ids["c"])]
        assert c[pair[1]] == "Çelik" and c[pair[0]] and c[pair[0]] != "Çelik"
        # A returned export re-imports unchanged: the importer recognises these columns as the export's own.
        assert all(derived_column(h) for h in headers if h.endswith(("(original)", "(corrected)", "(korrigiert)")))


def test_csv_utf8_dialect_is_plain_utf8_with_commas(demo_store, tmp_path: Path) -> None:
    _arrange(demo_store)
    out = tmp_path / "attendance.csv"
    export_attendance(demo_store, out, dialect="utf8")
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    assert len(rows) == demo_store.count_attendees() + 1
    assert len({len(r) for r in rows}) == 1


@pytest.mark.parametrize("value,expected", [
    ("=1+1", "'=1+1"), ("+49", "'+49"), ("-x", "'-x"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("Ørsted", "Ørsted"), ("", ""), (None, None), (5, 5),
])
def test_neutralise(value, expected) -> None:
    assert neutralise(value) == expected


def test_imported_iso_dates_come_back_as_dates_and_columns_read_well(demo_store, tmp_path: Path) -> None:
    """Issue 20: an import column "2026-03-15T09:30" came back as text; headings were English in excel-de."""
    aid = demo_store.attendee_ids()[0]
    demo_store.set_attendee_fields(aid, {"extra": {"Anmeldedatum": "2026-03-15T09:30", "Geburtstag": "1970-05-01"}})
    out = tmp_path / "attendance.xlsx"
    export_attendance(demo_store, out)
    wb = openpyxl.load_workbook(out)
    ws = wb["Anwesenheit"]
    headers = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == aid)
    assert row[headers.index("Anmeldedatum")].value == datetime(2026, 3, 15, 9, 30)
    assert row[headers.index("Geburtstag")].is_date
    assert {"Land", "Telefon", "Kategorie", "Status"} <= set(headers)
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(headers)).column_letter}{ws.max_row}"
    assert ws.freeze_panes == "A2"
    widths = {ws.column_dimensions[c.column_letter].width for c in ws[1]}
    assert len(widths) > 3 and max(widths) > 20  # from the content, not one narrow default
    keys = {r[1]: r[2] for r in wb["Spaltenschlüssel"].iter_rows(min_row=2, values_only=True)}
    assert keys["Land"] == "country" and keys["Anmeldedatum"] == "import:Anmeldedatum"


def test_nested_original_row_is_preferred(demo_store) -> None:
    aid = demo_store.attendee_ids()[0]
    demo_store.set_attendee_fields(aid, {"extra": {"import_row": {"Anrede": "Frau", "Nr.": "7"}, "x": "y"}})
    table = build_table(demo_store)
    assert "Anrede" in table.headers and "x" not in table.headers


def test_cli_export_and_bad_input(demo_path: Path, tmp_path: Path, cli) -> None:
    out = tmp_path / "list.xlsx"
    proc = cli("export", str(demo_path), "--out", str(out), "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["rows"] == 600 and out.exists()
    bad = cli("export", str(demo_path), "--out", str(tmp_path / "list.pdf"))
    assert bad.returncode != 0 and "Traceback" not in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    missing = cli("export", str(tmp_path / "nope.checkin"), "--out", str(out))
    assert missing.returncode != 0 and "Traceback" not in missing.stderr
