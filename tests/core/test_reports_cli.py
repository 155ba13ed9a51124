"""The report commands as a user runs them: JSON equals the PDF, XLSX read back, day close with a backup."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from checkin.core.store import EventStore

from .reports_day import Day, script


@pytest.fixture(scope="module")
def day(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Day:
    path = tmp_path_factory.mktemp("reports_cli") / "day.checkin"
    shutil.copy(demo_template, path)
    return script(path, seed=11)


def _flat(pdf: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(str(pdf)).pages))


def test_report_json_and_pdf_agree(cli, day: Day, tmp_path: Path) -> None:
    proc = cli("report", str(day.path), "--json")
    assert proc.returncode == 0, proc.stderr
    fig = json.loads(proc.stdout)
    for key in ("expected", "arrived", "no_shows", "walk_ins", "by_category", "by_country"):
        assert key in fig
    assert fig["walk_ins"] == 2 and fig["arrived"] == len(day.arrived_day1 | day.arrived_day2)
    out = tmp_path / "r.pdf"
    proc = cli("report", str(day.path), "--out", str(out), "--language", "en")
    assert proc.returncode == 0, proc.stderr
    text = _flat(out)
    assert re.search(r"Expected \(invited or registered in advance, not cancelled\) (\d+)",
                     text).group(1) == str(fig["expected"])
    assert re.search(r"No-shows (\d+)", text).group(1) == str(fig["no_shows"])
    assert re.search(r"Substituted \(a colleague came\) (\d+)", text).group(1) == str(fig["substituted"]) == "1"
    assert re.search(r"Arrived \(everyone admitted\) (\d+)", text).group(1) == str(fig["arrived"])
    rate = re.search(r"Show-up rate \(in person or by substitute\) (\d+) %", text).group(1)
    assert rate == f"{100 * fig['arrival_rate']:.0f}"
    assert re.search(r"Walk-ins \(registered on site\) (\d+)", text).group(1) == str(fig["walk_ins"])
    guests = fig["by_category"]["guest"]
    assert re.search(rf"Guests {guests['expected']} {guests['from_list']} {guests['no_shows']} {guests['others']} "
                     rf"{guests['admitted']} ", text)
    de = fig["by_country"]["DE"]
    assert re.search(rf"Germany {de['expected']} {de['from_list']} {de['no_shows']} ", text)


def test_report_bad_input_is_one_line(cli, day: Day, tmp_path: Path) -> None:
    for args in (("report", str(day.path)), ("report", str(tmp_path / "nope.checkin"), "--json"),
                 ("report", str(day.path), "--out", str(tmp_path / "no" / "dir" / "r.pdf")),
                 ("certificates", str(day.path), "--out", str(tmp_path / "c.pdf"), "--attendee", str(day.undone)),
                 ("lists", str(day.path), "--out", str(tmp_path / "l.pdf"), "--desks", "0")):
        proc = cli(*args)
        assert proc.returncode != 0, args
        assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr


def test_certificates_split(cli, day: Day, tmp_path: Path) -> None:
    ids = sorted(day.arrived_day1)[:3]
    proc = cli("certificates", str(day.path), "--split", str(tmp_path / "certs"), "--attendee",
               *map(str, ids), "--json")
    assert proc.returncode == 0, proc.stderr
    files = sorted((tmp_path / "certs").glob("*.pdf"))
    assert len(files) == 3 and json.loads(proc.stdout)["certificates"] == 3
    assert all(len(PdfReader(str(f)).pages) == 1 for f in files)
    assert files[0].name.startswith(f"{ids[0]:05d}-")


def test_certificates_skip_guests_who_did_not_come_with_a_note(cli, day: Day, tmp_path: Path) -> None:
    """`--attendee 2 --attendee X` kept only the last id, and a guest who had not arrived vanished silently."""
    came = sorted(day.arrived_day1)[:2]
    out = tmp_path / "c.pdf"
    proc = cli("certificates", str(day.path), "--out", str(out), "--attendee", str(came[0]), "--attendee",
               str(day.undone), "--attendee", str(came[1]), "--json")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and f"skipped attendee {day.undone} " in lines[0] and "no recorded arrival" in lines[0]
    res = json.loads(proc.stdout)
    assert res["certificates"] == 2 and res["skipped"] == [day.undone]
    assert len(PdfReader(str(out)).pages) == 2
    plain = cli("certificates", str(day.path), "--out", str(out), "--attendee", str(came[0]))
    assert plain.returncode == 0 and plain.stdout.strip() == f"wrote 1 certificate to {out}" and not plain.stderr


def test_lists_json_summary(cli, day: Day, tmp_path: Path) -> None:
    proc = cli("lists", str(day.path), "--out", str(tmp_path / "l.pdf"), "--desks", "4",
               "--day", day.day1.isoformat(), "--json")
    assert proc.returncode == 0, proc.stderr
    desks = json.loads(proc.stdout)["desks"]
    assert [d["desk"] for d in desks] == [1, 2, 3, 4]
    with EventStore.open(day.path, readonly=True) as s:
        assert sum(d["guests"] for d in desks) == s.count_attendees(include_cancelled=False)
    assert desks[0]["range"].startswith("A")


def test_figures_xlsx(cli, day: Day, tmp_path: Path) -> None:
    out = tmp_path / "f.xlsx"
    proc = cli("figures", str(day.path), "--out", str(out), "--language", "en")
    assert proc.returncode == 0, proc.stderr
    fig = json.loads(cli("report", str(day.path), "--json").stdout)
    wb = load_workbook(out)
    totals = {r[0]: r[1:] for r in wb["Attendance in figures"].iter_rows(min_row=2, values_only=True)}
    assert totals["Expected (invited or registered in advance, not cancelled)"][0] == fig["expected"]
    assert totals["– No-shows"] == (fig["no_shows"], pytest.approx(fig["no_shows"] / fig["expected"]))
    assert totals["Arrived (everyone admitted)"][0] == fig["arrived"]
    assert totals["Walk-ins (registered on site)"][0] == fig["walk_ins"]
    assert totals["Show-up rate (in person or by substitute)"][1] == fig["arrival_rate"]
    cats = {r[0]: r[2:] for r in wb["By category"].iter_rows(min_row=2, values_only=True)}
    assert cats == {k: (v["expected"], v["from_list"], v["no_shows"], v["others"], v["admitted"],
                        round((v["expected"] - v["no_shows"]) / v["expected"], 4) if v["expected"] else None)
                    for k, v in fig["by_category"].items()}
    curve = list(wb["Arrivals per 15 minutes"].iter_rows(min_row=2, values_only=True))
    assert sum(r[2] for r in curve) == sum(fig["arrived_by_day"].values())
    names = [r[2] for r in wb["Admission list (paper fallback)"].iter_rows(min_row=2, values_only=True)]
    assert "Çelik" in names and "Nyström" in names
    # A formula-like name stays the guest's text, not a formula.
    formula = '=HYPERLINK("http://x.example","click")'
    assert formula in names
    ws = wb["Admission list (paper fallback)"]
    cell = next(c for row in ws.iter_rows(min_col=3, max_col=3) for c in row if c.value == formula)
    assert cell.data_type == "s"


INTERNAL = re.compile(r"^(key|day|id|start|end|first|last|present|cumulative|title)$|_")


@pytest.mark.parametrize("lang,sample", [("en", {"Code", "Arrivals so far", "First admission", "Last name"}),
                                         ("de", {"Kürzel", "Ankünfte bis dahin", "Erster Einlass", "Nachname"})])
def test_figures_xlsx_headers_are_words_of_the_language(cli, day: Day, tmp_path: Path, lang: str,
                                                         sample: set[str]) -> None:
    """The workbook had internal headers: "key", "cumulative", "first", "last", "last_name"."""
    out = tmp_path / f"f-{lang}.xlsx"
    cli("figures", str(day.path), "--out", str(out), "--language", lang, check=True)
    headers = {str(c.value) for ws in load_workbook(out).worksheets for c in ws[1] if c.value is not None}
    assert not [h for h in headers if INTERNAL.search(h)], headers
    assert sample <= headers
def _add_peer(path: Path, station: str, vector: dict[str, int]) -> None:
    conn = sqlite3.connect(path)
    # The shape the sync feature keeps (migration v100); created here if this checkout lacks it.
    conn.execute("CREATE TABLE IF NOT EXISTS sync_status (station_id TEXT PRIMARY KEY, url TEXT, last_contact TEXT, "
                 "last_error TEXT, their_vector TEXT NOT NULL DEFAULT '{}', clock_offset REAL, "
                 "updated_at TEXT NOT NULL)")
    conn.execute("INSERT OR REPLACE INTO sync_status (station_id, their_vector, last_contact, updated_at) "
                 "VALUES (?, ?, '2026-01-01T17:00:00Z', '2026-01-01T17:00:00Z')", (station, json.dumps(vector)))
    conn.commit()
    conn.close()


def test_close_day(cli, day: Day, tmp_path: Path) -> None:
    path = tmp_path / "close.checkin"
    shutil.copy(day.path, path)
    with EventStore.open(path) as s:
        own = s.journal.version_vector()
        records = s.journal.count()
    _add_peer(path, "desk-1", own)
    stick = tmp_path / "usb"
    proc = cli("close-day", str(path), "--backup", str(stick), "--json")
    assert proc.returncode == 0, proc.stderr
    res = json.loads(proc.stdout)
    assert res["peers_known"] and res["all_agree"]
    # Desks known only from their records here are listed, but cannot be compared.
    desk3 = next(s for s in res["stations"] if s["station"] == "desk-3")
    assert not desk3["contact"] and desk3["records"] > 100 and desk3["last_record"]
    assert [h["attendee_id"] for h in res["handouts_out"]] == [day.handout_out]
    assert res["handouts_out"][0]["item"] == "receiver" and res["handouts_out"][0]["deposit"] == "ID card"
    backup = Path(res["backup"])
    assert backup.parent == stick and res["backup_records"] == records
    assert sorted(p.name for p in stick.iterdir()) == [backup.name]  # one file, no -wal/-shm left behind
    with EventStore.open(backup, readonly=True) as b:
        assert b.journal.count() == records and b.count_arrived() == len(day.arrived_day1 | day.arrived_day2)
    # A peer that lacks our latest records does not agree; a second close the same minute gets a new name.
    behind = dict(own)
    behind["desk-2"] -= 5
    _add_peer(path, "desk-1", behind)
    res2 = json.loads(cli("close-day", str(path), "--backup", str(stick), "--json").stdout)
    assert not res2["all_agree"]
    peer = next(s for s in res2["stations"] if s["station"] == "desk-1")
    assert peer["behind"] == 5 and not peer["agrees"]
    assert res2["backup"] != res["backup"] and len(list(stick.glob("*.checkin"))) == 2
    text = cli("close-day", str(path)).stdout
    assert "do not agree" in text and "receiver" in text and "no backup taken" in text
