"""Every document carries every name, in every script (issue 20).

Each document type is written for guests whose names are Latin, Greek, Cyrillic, CJK, Arabic and Hebrew, then
read back as a user's tools see it: ``pdftotext`` must find each name, the page rendered by ``pdftoppm`` must
have ink where ``pdftotext -bbox`` says the name is, and ``pdffonts`` must list embedded fonts only (a print
shop's preflight flags a non-embedded Helvetica).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

from checkin.core import agenda_pdf, invitations, ledger, pdftext
from checkin.core.journal import Kind
from checkin.core.reports import certificates, figures, lists, report_pdf

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdftoppm"),
                                reason="poppler-utils (pdftotext, pdftoppm, pdffonts) not installed")

NAMES = {  # script -> (first name, last name, organisation)
    "latin": ("Jürgen", "Weiß-Østergaard", "Fraunhofer-Institut für Optik"),
    "greek": ("Ορέστης", "Παπαδόπουλος", "Πανεπιστήμιο Αθηνών"),
    "cyrillic": ("Олександр", "Шевченко", "Київський університет"),
    "cjk": ("建华", "王", "清华大学 Tsinghua University"),
    "arabic": ("محمد", "منصور", "جامعة القاهرة"),
    "hebrew": ("שרה", "כהן", "האוניברסיטה העברית"),
}


def _plain(text: str) -> str:
    """Text compared without spaces and bidi/format marks (pdftotext adds embedding marks around RTL runs)."""
    return "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch) != "Cf")


@pytest.fixture
def guests(demo_store) -> dict[str, int]:
    """Six guests, one per script, all arrived on day one (so certificates exist for them)."""
    ids = demo_store.attendee_ids()[10:16]
    day1 = demo_store.event.days()[0].isoformat()
    when = datetime.fromisoformat(f"{day1}T09:00:00+01:00")
    out = {}
    for aid, (script, (first, last, org)) in zip(ids, NAMES.items(), strict=True):
        demo_store.set_attendee_fields(aid, {"first_name": first, "last_name": last, "organisation": org,
                                             "title": "", "status": "registered"})
        ledger.record(demo_store, Kind.CHECKIN, aid, {"day": day1, "point": "main", "source": "scan"}, at=when,
                          station_id="desk-1")
        out[script] = aid
    return out


def _fonts_all_embedded(pdf: Path) -> None:
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
    rows = [line.split() for line in lines[2:] if line.strip()]
    assert rows, "no fonts at all?"
    not_embedded = [r[0] for r in rows if r[-5] != "yes"]  # columns: ... emb sub uni object ID
    assert not not_embedded, f"{pdf.name}: fonts not embedded: {not_embedded}"
    assert not any("Helvetica" in r[0] or "Courier" in r[0] for r in rows)


def _words(pdf: Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, xMin, yMin, xMax, yMax, word) from ``pdftotext -bbox`` (PDF points, top-left origin)."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    out, page = [], 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if m:
            out.append((page, *map(float, m.groups()[:4]), m.group(5)))
    return out


def _ink_at(pdf: Path, page: int, box: tuple[float, float, float, float], tmp: Path) -> float:
    """Share of dark pixels in ``box`` of the rendered page."""
    dpi = 100
    stem = tmp / f"p{page}"
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", "-png",
                    str(pdf), str(stem)], check=True)
    img = Image.open(f"{stem}.png").convert("L")
    k = dpi / 72
    crop = img.crop((int(box[0] * k), int(box[1] * k), int(box[2] * k) + 1, int(box[3] * k) + 1))
    histogram = crop.histogram()  # 256 grey levels
    return sum(histogram[:140]) / max(1, sum(histogram))


def _check_names(pdf: Path, tmp: Path, scripts: dict[str, int], with_org: bool = True) -> None:
    text = _plain(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)
    words = _words(pdf)
    for script, (first, last, org) in NAMES.items():
        if script not in scripts:
            continue
        for value in (first, last, *((org,) if with_org else ())):
            assert _plain(value) in text, f"{pdf.name}: {script} {value!r} missing from the text"
        # The page has ink where the family name is: it did not print as a blank.
        hits = [w for w in words if _plain(last) in _plain(w[5]) or _plain(last)[::-1] in _plain(w[5])]
        assert hits, f"{pdf.name}: no word box for {last!r}"
        page, x0, y0, x1, y1, _ = hits[0]
        assert _ink_at(pdf, page, (x0, y0, x1, y1), tmp) > 0.04, f"{pdf.name}: {script} name area is blank"


def test_invitations_carry_every_script(demo_store, guests, tmp_path: Path) -> None:
    out = tmp_path / "letters.pdf"
    report = pdftext.GlyphReport()
    invitations.write_pdf(demo_store, out, attendee_ids=list(guests.values()), report=report)
    _check_names(out, tmp_path, guests)
    _fonts_all_embedded(out)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    salutations = [line for line in text.splitlines() if line.startswith(("Dear ", "Sehr geehrte"))]
    assert len(salutations) == 2 * len(guests)  # both languages on every letter
    for line in salutations:  # "Dear ," was the bug: every opening line carries the family name
        assert any(_plain(last) in _plain(line) for _first, last, _org in NAMES.values()), line
    # The warning before printing names the scripts that need a look (right to left; Arabic is joined now,
    # so "letters print unjoined" is no longer said).
    problems = {(i.attendee_id, i.problem) for i in report.issues}
    assert (guests["arabic"], "rtl") in problems and (guests["hebrew"], "rtl") in problems
    assert not [p for p in problems if p[1] == "needs_shaping"]
    assert (guests["cjk"], "fallback_font") in problems


def test_split_letters_are_named_after_the_guest(demo_store, guests, tmp_path: Path) -> None:
    folder = tmp_path / "split"
    invitations.write_split(demo_store, folder, attendee_ids=list(guests.values()))
    names = sorted(p.name for p in folder.glob("*.pdf"))
    assert f"{guests['cjk']:05d}-Wang-JianHua.pdf" in names
    assert any(n.startswith(f"{guests['greek']:05d}-Papadop") for n in names), names
    assert f"{guests['cyrillic']:05d}-Shevchenko-Oleksandr.pdf" in names
    assert not [n for n in names if n.endswith("-guest.pdf")], names
    assert all(re.fullmatch(r"\d{5}-[A-Za-z0-9-]+\.pdf", n) for n in names), names


def test_certificates_carry_every_script(demo_store, guests, tmp_path: Path) -> None:
    out = tmp_path / "certificates.pdf"
    certificates.write(demo_store, certificates.collect(demo_store, list(guests.values())), out)
    _check_names(out, tmp_path, guests)
    _fonts_all_embedded(out)
    files = certificates.write_split(demo_store, certificates.collect(demo_store, [guests["cjk"]]),
                                     tmp_path / "certs")
    assert files[0].name == f"{guests['cjk']:05d}-Wang-JianHua.pdf"


def test_paper_list_carries_every_script(demo_store, guests, tmp_path: Path) -> None:
    out, _parts = lists.build(demo_store, tmp_path / "list.pdf", lang="de")
    _check_names(out, tmp_path, guests)
    _fonts_all_embedded(out)


def test_agenda_carries_every_script(demo_store, guests, tmp_path: Path) -> None:
    for script, aid in guests.items():
        out = agenda_pdf.write(demo_store, aid, tmp_path / f"agenda-{script}.pdf", language="de")
        _check_names(out, tmp_path, {script: aid})
        _fonts_all_embedded(out)


def test_report_fonts_are_embedded(demo_store, guests, tmp_path: Path) -> None:
    out = report_pdf.build(figures.compute(demo_store, lang="de"), tmp_path / "report.pdf", "de")
    _fonts_all_embedded(out)
    # The bilingual title is one line per language, never wrapped in mid-phrase.
    lines = subprocess.run(["pdftotext", "-layout", "-l", "1", str(out), "-"], capture_output=True, text=True,
                           check=True).stdout.splitlines()
    assert any(line.strip() == "3. Internationale Clusterkonferenz" for line in lines)
    assert any(line.strip() == "3rd International Cluster Conference" for line in lines)


def test_bel_and_a_2000_character_name_break_no_output(demo_path: Path, tmp_path: Path, cli) -> None:
    """Issue 24 item 3: one stored value must not break a whole output."""
    from checkin.core.store import EventStore

    with EventStore.open(demo_path) as store:
        ids = store.attendee_ids()
        store.set_attendee_fields(ids[20], {"first_name": "Bel\x07la", "status": "registered"})
        store.set_attendee_fields(ids[21], {"last_name": " ".join(["Wolkenkratzer"] * 140),  # 2,000 characters
                                            "status": "registered"})
        store.set_attendee_fields(ids[22], {"last_name": "W" * 2000, "status": "registered"})
    for args in (["export", "--out", str(tmp_path / "x.xlsx")], ["export", "--out", str(tmp_path / "x.csv")],
                 ["figures", "--out", str(tmp_path / "f.xlsx")], ["lists", "--out", str(tmp_path / "l.pdf")],
                 ["invitations", "--out", str(tmp_path / "i.pdf"), "--attendee", str(ids[21]),
                  "--attendee", str(ids[22])]):
        proc = cli(args[0], str(demo_path), *args[1:])
        assert proc.returncode == 0, (args, proc.stderr)
        assert "Traceback" not in proc.stderr
    from openpyxl import load_workbook

    names = [c.value for row in load_workbook(tmp_path / "x.xlsx").active.iter_rows() for c in row]
    assert "Bel\ufffdla" in names  # replaced visibly, not dropped
    text = subprocess.run(["pdftotext", str(tmp_path / "l.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Bel\ufffdla" in text and _plain(text).count("Wolkenkratzer") == 140


def test_invitations_json(demo_path: Path, tmp_path: Path, cli) -> None:
    proc = cli("invitations", str(demo_path), "--split", str(tmp_path / "s"), "--attendee", "1", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["files"] and data["mailmerge"].endswith("mailmerge.csv") and "glyph_issues" in data
    bad = cli("invitations", str(demo_path), "--split", str(tmp_path / "s"), "--attendee", "999999", "--json")
    assert bad.returncode != 0 and len(bad.stderr.strip().splitlines()) == 1 and "Traceback" not in bad.stderr
