"""Invitation letters: salutations, names printed exactly, QR codes that decode back to the guest."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from checkin.core import codes, invitations
from checkin.core.model import Attendee
from checkin.core.store import EventStore


@pytest.mark.parametrize(("sal", "title", "lang", "expected"), [
    ("Frau", "Dr.", "de", "Sehr geehrte Frau Dr. Quennet-Thielen,"),
    ("Frau", "Dr.", "en", "Dear Dr Quennet-Thielen,"),
    ("Herr", "Prof. Dr.", "de", "Sehr geehrter Herr Prof. Dr. Quennet-Thielen,"),
    ("Herr", "Prof. Dr.", "en", "Dear Professor Quennet-Thielen,"),
    ("Herr", "", "en", "Dear Mr Quennet-Thielen,"),
    ("Frau", "", "en", "Dear Ms Quennet-Thielen,"),
    ("Ms", "", "de", "Sehr geehrte Frau Quennet-Thielen,"),
    ("", "", "de", "Guten Tag Cornelia Quennet-Thielen,"),
    ("", "", "en", "Dear Cornelia Quennet-Thielen,"),
    ("Divers", "", "en", "Dear Mx Quennet-Thielen,"),
])
def test_salutations(sal: str, title: str, lang: str, expected: str) -> None:
    a = Attendee(id=1, salutation=sal, title=title, first_name="Cornelia", last_name="Quennet-Thielen")
    assert invitations.salutation(a, lang) == expected


def test_salutation_without_last_name() -> None:
    a = Attendee(id=1, first_name="Madonna")
    assert invitations.salutation(a, "de") == "Sehr geehrte Damen und Herren,"
    assert invitations.salutation(a, "en") == "Dear Sir or Madam,"


def test_date_ranges() -> None:
    from datetime import date

    assert invitations.date_range(date(2026, 11, 21), date(2026, 11, 22), "de") == "21. und 22. November 2026"
    assert invitations.date_range(date(2026, 11, 21), date(2026, 11, 22), "en") == "21–22 November 2026"
    assert invitations.date_range(date(2026, 3, 31), date(2026, 4, 2), "de") == "31. März bis 2. April 2026"


def test_invitation_pdf_names_and_qr(cli, demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "inv.pdf"
    proc = cli("invitations", str(demo_path), "--out", str(out), "--attendee", "2", "--attendee", "4",
               "--attendee", "3")
    assert proc.returncode == 0, proc.stderr
    pages = PdfReader(str(out)).pages
    assert len(pages) == 3
    texts = [p.extract_text() for p in pages]
    assert "Şükrü Çelik" in texts[0] and "Sehr geehrter Herr Çelik," in texts[0] and "Dear Mr Çelik," in texts[0]
    assert "Ορέστης Παπαδόπουλος" in texts[1] and "Παπαδόπουλος," in texts[1]
    assert "Žaneta Šťastná" in texts[2]
    # page 1 rendered as a printer would, its QR decoded with the command line, back to the guest
    import subprocess

    subprocess.run(["pdftoppm", "-r", "110", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")],
                   check=True)
    png = next(tmp_path.glob("p*.png"))
    decoded = cli("decode", str(png), "--json")
    payloads = json.loads(decoded.stdout)[str(png)]
    assert len(payloads) == 1
    with EventStore.open(demo_path) as store:
        check = codes.resolve(store, payloads[0])
    assert (check.status, check.attendee_id) == ("valid", 2)


def test_language_order(demo_store: EventStore, tmp_path: Path) -> None:
    out = tmp_path / "de.pdf"
    invitations.write_pdf(demo_store, out, attendee_ids=[2], language="de")
    text = PdfReader(str(out)).pages[0].extract_text()
    assert text.index("Sehr geehrter Herr Çelik") < text.index("Dear Mr Çelik")
    invitations.write_pdf(demo_store, out, attendee_ids=[2], language="en")
    text = PdfReader(str(out)).pages[0].extract_text()
    assert text.index("Dear Mr Çelik") < text.index("Sehr geehrter Herr Çelik")


def test_split_and_mailmerge(cli, demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "letters"
    proc = cli("invitations", str(demo_path), "--split", str(folder), "--attendee", "1", "--attendee", "4")
    assert proc.returncode == 0, proc.stderr
    raw = (folder / "mailmerge.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # excel-de: a spreadsheet reads the umlauts right on double-click
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert [r["name"] for r in rows] == ["Dr. Cornelia Quennet-Thielen", "Ορέστης Παπαδόπουλος"]
    assert list(rows[0])[:3] == ["email", "name", "file"]
    for row in rows:
        assert "@" in row["email"]
        reader = PdfReader(row["file"])
        assert len(reader.pages) == 1 and row["name"].split()[-1] in reader.pages[0].extract_text()


def test_cli_errors(cli, demo_path: Path, tmp_path: Path) -> None:
    bad = cli("invitations", str(demo_path), "--out", str(tmp_path / "x.pdf"), "--attendee", "999999")
    assert bad.returncode != 0 and "999999" in bad.stderr and "Traceback" not in bad.stderr
    assert cli("invitations", str(demo_path)).returncode == 2
    assert cli("qr", str(demo_path), "999999", "--out", str(tmp_path / "q.png")).returncode != 0
    assert cli("qr", str(demo_path), "1", "--out", str(tmp_path / "q.gif")).returncode == 2


def test_qr_png_and_svg(cli, demo_path: Path, tmp_path: Path) -> None:
    png, svg = tmp_path / "q.png", tmp_path / "q.svg"
    assert cli("qr", str(demo_path), "5", "--out", str(png)).returncode == 0
    assert cli("qr", str(demo_path), "5", "--out", str(svg)).returncode == 0
    assert svg.read_text().lstrip().startswith("<?xml") and "<svg" in svg.read_text()
    with EventStore.open(demo_path) as store:
        code = store.attendee(5).code
    assert json.loads(cli("decode", str(png), "--json").stdout) == {str(png): [code]}


def test_letter_grammar(demo_store: EventStore, tmp_path: Path) -> None:
    """German: an event title of any gender after "zur" reads wrong ("zur 3. Internationale
    Clusterkonferenz"), so it is named as „Veranstaltung"; English: the sentence after "Dear X," starts capitalised."""
    out = tmp_path / "g.pdf"
    invitations.write_pdf(demo_store, out, attendee_ids=[1], language="de")
    text = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "zur 3. Internationale" not in text
    assert "zur Veranstaltung „3. Internationale Clusterkonferenz“" in text
    assert "We are delighted to invite you" in text


def test_greek_letter_files_are_named_as_the_guest_spells_the_name_in_latin(cli, demo_path: Path,
                                                                             tmp_path: Path) -> None:
    """Ορέστης Παπαδόπουλος's letter was "00004-Papadopoylos-Orestis.pdf" (υ letter by letter); his passport and
    the desk search say "Papadopoulos"."""
    folder = tmp_path / "letters"
    cli("invitations", str(demo_path), "--split", str(folder), "--attendee", "4", check=True)
    assert (folder / "00004-Papadopoulos-Orestis.pdf").exists()
