"""The spreadsheets the app writes, opened by a real client (issue 20): LibreOffice headless converts them and
the result is read back. CSV files are imported with the settings a double-click gets on a German system
(LibreOffice's shipped defaults: separators ',' ';' and tab, German locale, special numbers not detected,
formulas not evaluated; character set: the system's Windows-1252 unless the file starts with a UTF-8 BOM).
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from checkin.core import invitations, ledger
from checkin.core.exports import export_attendance
from checkin.core.journal import Kind
from checkin.core.reports import figures, xlsx

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (packaging/install-system-deps.sh) missing")

NASTY = '=HYPERLINK("http://evil.example","Click")'
NAMES = [("Jürgen", "Weiß"), ("Ορέστης", "Παπαδόπουλος"), ("建华", "王"), ("محمد", "منصور"), ("שרה", "כהן"),
         (NASTY, "Formel"), ("Bel\x07la", "Öztürk")]


def _german_csv_filter(path: Path) -> str:
    charset = "76" if path.read_bytes().startswith(b"\xef\xbb\xbf") else "1"  # UTF-8 / Windows-1252
    # tokens: separators, text delimiter, charset, first line, column formats, language, quoted as text,
    # detect special numbers, (3 export-only tokens), evaluate formulas
    return f"CSV:44/59/9,34,{charset},1,,1031,false,false,,,,false"


def _libreoffice(src: Path, out_dir: Path, profile: Path, infilter: str | None = None) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    cmd = [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", "xlsx", "--outdir", str(out_dir), str(src)]
    subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=True)
    out = out_dir / f"{src.stem}.xlsx"
    assert out.exists(), f"LibreOffice did not convert {src.name}"
    return out


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("lo-profile")


@pytest.fixture
def event(demo_store) -> tuple:
    """Guests in several scripts, a formula-like name and a BEL, all arrived on day one."""
    ids = demo_store.attendee_ids()[30:30 + len(NAMES)]
    day1 = demo_store.event.days()[0].isoformat()
    when = datetime.fromisoformat(f"{day1}T09:30:00+01:00")
    for aid, (first, last) in zip(ids, NAMES, strict=True):
        demo_store.set_attendee_fields(aid, {"first_name": first, "last_name": last, "title": "",
                                             "status": "registered"})
        ledger.record(demo_store, Kind.CHECKIN, aid, {"day": day1, "point": "main", "source": "scan"}, at=when,
                          station_id="desk-1")
    return demo_store, ids, day1


def _cells(path: Path) -> list[list]:
    ws = load_workbook(path).worksheets[0]
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row), "a cell became a formula"
    return [[c.value for c in row] for row in ws.iter_rows()]


def _shown(first: str) -> str:
    return first.replace("\x07", "\ufffd")  # a character no spreadsheet can hold is replaced visibly


def test_mailmerge_opens_right_by_double_click(event, tmp_path: Path, profile: Path) -> None:
    store, ids, _day = event
    csv_path = invitations.write_split(store, tmp_path / "letters", attendee_ids=ids)
    rows = _cells(_libreoffice(csv_path, tmp_path / "lo", profile, _german_csv_filter(csv_path)))
    assert rows[0] == ["email", "name", "file", "salutation", "language", "attendee_id"]
    got = {r[5]: r[1] for r in rows[1:]}
    for aid, (first, last) in zip(ids, NAMES, strict=True):
        name = got[aid]
        if first == NASTY:  # shown as the text it is, with the usual neutralising apostrophe, never run
            assert name == f"'{NASTY} {last}"
        else:
            assert name == f"{_shown(first)} {last}", name
    files = [r[2] for r in rows[1:]]
    assert all(Path(f).is_file() for f in files)


def test_export_csv_opens_with_names_and_real_dates(event, tmp_path: Path, profile: Path) -> None:
    store, ids, day = event
    out = tmp_path / "attendance.csv"
    export_attendance(store, out, dialect="excel-de")
    rows = _cells(_libreoffice(out, tmp_path / "lo", profile, _german_csv_filter(out)))
    head = rows[0]
    by_id = {r[0]: dict(zip(head, r, strict=True)) for r in rows[1:]}
    for aid, (first, last) in zip(ids, NAMES, strict=True):
        row = by_id[aid]
        assert row["Nachname"] == last
        assert row["Vorname"] == (f"'{NASTY}" if first == NASTY else _shown(first))
        assert row[f"Ankunft {day}"] == datetime.fromisoformat(f"{day}T09:30:00")  # a date, not text
        assert row["Kategorie"] in ("Gast", "Vortragende", "Presse", "Team", "Aussteller", "Ministerium")
    assert len(rows) == store.count_attendees() + 1  # no row split at a comma inside a value


def test_export_xlsx_reads_back_through_libreoffice(event, tmp_path: Path, profile: Path) -> None:
    store, ids, day = event
    out = tmp_path / "attendance.xlsx"
    export_attendance(store, out, dialect="excel-de")
    original = load_workbook(out)
    ws = original.worksheets[0]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    assert original.sheetnames[-1] == "Spaltenschlüssel"  # the stable keys for machines
    keys = {r[1]: r[2] for r in original["Spaltenschlüssel"].iter_rows(min_row=2, values_only=True)}
    assert keys["Nachname"] == "last_name" and keys[f"Ankunft {day}"] == f"arrival_{day}"
    rows = _cells(_libreoffice(out, tmp_path / "lo", profile))
    by_id = {r[0]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    for aid, (first, last) in zip(ids, NAMES, strict=True):
        assert by_id[aid]["Nachname"] == last and by_id[aid]["Vorname"] == _shown(first)
        assert by_id[aid][f"Ankunft {day}"] == datetime.fromisoformat(f"{day}T09:30:00")
    # Accented names sort with their letter (Öztürk with O, not after Z), as on the paper list.
    last_names = [r[5] for r in rows[1:]]
    assert last_names.index("Öztürk") < last_names.index(next(n for n in last_names if n.startswith("P")))


def test_figures_workbook_reads_back_through_libreoffice(event, tmp_path: Path, profile: Path) -> None:
    store, ids, _day = event
    fig = figures.compute(store, lang="de")
    out = xlsx.build(store, fig, tmp_path / "figures.xlsx", lang="de")
    converted = _libreoffice(out, tmp_path / "lo", profile)
    wb = load_workbook(converted)
    assert not any(c.data_type == "f" for ws in wb.worksheets for row in ws.iter_rows() for c in row)
    cats = list(wb["Nach Kategorie"].iter_rows(min_row=2, values_only=True))
    assert sum(r[2] for r in cats) == fig["expected"]
    assert all(r[2] == r[3] + r[4] for r in cats)  # expected = from the list + not arrived
    days = [r[0] for r in wb["Ankünfte je 15 Minuten"].iter_rows(min_row=2, values_only=True)]
    assert days and all(isinstance(d, (date, datetime)) for d in days)
    names = {r[2] for r in wb["Einlassliste (Papier-Notfall)"].iter_rows(min_row=2, values_only=True)}
    assert {"Weiß", "王", "منصور", "כהן", "Formel"} <= names


def test_csv_without_bom_is_what_breaks(tmp_path: Path, profile: Path) -> None:
    """The emulated double-click is strict enough to catch the original bug (UTF-8 without a BOM)."""
    plain = tmp_path / "plain.csv"
    plain.write_text('"name"\r\n"Jürgen Weiß"\r\n', encoding="utf-8")
    rows = _cells(_libreoffice(plain, tmp_path / "lo", profile, _german_csv_filter(plain)))
    assert rows[1][0] != "Jürgen Weiß"
