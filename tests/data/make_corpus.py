"""Generate the import test corpus: the files registration offices really send, with real-world names.

    python tests/data/make_corpus.py OUT_DIR      (tests call make_corpus(tmp_path))

Every file is written by this generator (openpyxl for XLSX, a hand-made OpenDocument zip for ODS), so the
corpus needs no office suite. ``PEOPLE`` is the truth the tests compare against, byte for byte.
"""

from __future__ import annotations

import csv
import io
import sys
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class P:
    country: str
    salutation: str
    title: str
    first: str
    last: str
    org: str
    email: str

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.title, self.first, self.last) if x)


# 30 countries; spellings as the people write them.
PEOPLE: tuple[P, ...] = (
    P("DE", "Herr", "Dr.", "Georg", "Schütte", "Bundesministerium für Bildung und Forschung", "georg.schuette@bmbf.example"),
    P("DE", "Herr", "Prof. Dr.", "Günter", "Großmann", "Fraunhofer-Institut für Photonik", "g.grossmann@fraunhofer.example"),
    P("DE", "Frau", "", "Käthe", "Meißner", "Cluster Mikroelektronik Dresden e.V.", "k.meissner@cmd.example"),
    P("AT", "Frau", "Mag.", "Theresia", "Hofstätter", "Wirtschaftsagentur Wien", "t.hofstaetter@wien.example"),
    P("CH", "Herr", "", "Reto", "Brändli", "ETH Zürich", "reto.braendli@eth.example"),
    P("TR", "Herr", "", "Şükrü", "Çelik", "İzmir Mikroelektronik A.Ş.", "sukru.celik@izmir.example"),
    P("TR", "Frau", "", "Işıl", "Işık", "Ankara University", "isil.isik@ankara.example"),
    P("PL", "Herr", "", "Łukasz", "Wiśniewski", "Wrocław Labs Sp. z o.o.", "lukasz.wisniewski@wroclaw.example"),
    P("PL", "Herr", "", "Grzegorz", "Brzęczyszczykiewicz", "Politechnika Łódzka", "g.brzeczyszczykiewicz@lodz.example"),
    P("CZ", "Frau", "", "Žaneta", "Šťastná", "Brno Photonics s.r.o.", "zaneta.stastna@brno.example"),
    P("CZ", "Herr", "Ing.", "Jiří", "Dvořák", "ČVUT v Praze", "jiri.dvorak@cvut.example"),
    P("SK", "Frau", "", "Ľubica", "Ďurovčík", "Slovenská technická univerzita", "lubica.durovcik@stuba.example"),
    P("GR", "Herr", "", "Ορέστης", "Παπαδόπουλος", "Thessaloniki Innovation Cluster", "o.papadopoulos@thess.example"),
    P("NO", "Frau", "", "Åse", "Ødegård", "Oslo Medtech Cluster", "ase.odegard@oslo.example"),
    P("DK", "Frau", "", "Sigrún", "Kierkegaard-Østergaard", "Århus Energy Storage A/S", "s.ko@aarhus.example"),
    P("SE", "Herr", "", "Björn", "Söderström", "KTH Stockholm", "bjorn.soderstrom@kth.example"),
    P("FI", "Frau", "", "Päivi", "Mäkinen", "VTT Espoo", "paivi.makinen@vtt.example"),
    P("IS", "Frau", "", "Þórunn", "Þórðardóttir", "Háskóli Íslands", "thorunn@hi.example"),
    P("LT", "Herr", "", "Žygimantas", "Žukauskas", "Kauno technologijos universitetas", "z.zukauskas@ktu.example"),
    P("LV", "Herr", "", "Jānis", "Bērziņš", "Rīgas Tehniskā universitāte", "janis.berzins@rtu.example"),
    P("EE", "Herr", "", "Tõnu", "Õunapuu", "Tartu Ülikool", "tonu.ounapuu@ut.example"),
    P("HR", "Herr", "", "Đorđe", "Đurić", "Zagreb Logistics d.o.o.", "dorde.duric@zagreb.example"),
    P("SI", "Frau", "", "Špela", "Žagar", "Univerza v Ljubljani", "spela.zagar@uni-lj.example"),
    P("HU", "Herr", "", "Zoltán", "Tőkés", "Budapesti Műszaki Egyetem", "zoltan.tokes@bme.example"),
    P("RO", "Herr", "", "Ștefan", "Țurcanu", "Universitatea Politehnica București", "stefan.turcanu@upb.example"),
    P("BG", "Herr", "", "Стефан", "Иванов", "Софийски университет", "s.ivanov@uni-sofia.example"),
    P("UA", "Frau", "", "Оксана", "Шевченко", "Київський політехнічний інститут", "o.shevchenko@kpi.example"),
    P("FR", "Madame", "", "Maëlle", "Lefèvre", "Ministère de l'Économie", "maelle.lefevre@eco.example"),
    P("FR", "Monsieur", "", "François", "Chevènement", "pôle de compétitivité Optitec", "f.chevenement@optitec.example"),
    P("NL", "Herr", "", "Pieter", "van der Berg", "Eindhoven Brainport Cluster", "pieter.vanderberg@brainport.example"),
    P("BE", "Frau", "", "Liesbeth", "Van den Bossche", "imec Leuven", "liesbeth.vandenbossche@imec.example"),
    P("ES", "Herr", "", "Íñigo", "Núñez", "Tecnalia", "inigo.nunez@tecnalia.example"),
    P("PT", "Herr", "", "Gonçalo", "Conceição", "INESC TEC", "goncalo.conceicao@inesctec.example"),
    P("IT", "Herr", "", "Niccolò", "De Luca", "Politecnico di Milano", "niccolo.deluca@polimi.example"),
    P("IE", "Frau", "", "Siobhán", "Ó Briain", "Tyndall National Institute", "siobhan.obriain@tyndall.example"),
    P("IE", "Herr", "", "Seán", "O'Connor", "Enterprise Ireland", "sean.oconnor@ei.example"),
    P("GB", "Frau", "", "Priya", "Ashworth-Jones", "Catapult Network", "priya.aj@catapult.example"),
    P("RS", "Frau", "", "Milica", "Jovanović", "Univerzitet u Beogradu", "milica.jovanovic@bg.example"),
    P("JP", "Herr", "", "翔太", "佐藤", "東北大学", "shota.sato@tohoku.example"),
    P("US", "Mr.", "", "Eleanor", "McAllister-Smith", "MIT Lincoln Laboratory", "e.mcallister@mit.example"),
)
COUNTRIES = sorted({p.country for p in PEOPLE})


def encodable(people: tuple[P, ...] | list[P], encoding: str) -> list[P]:
    out = []
    for p in people:
        try:
            "".join((p.first, p.last, p.org, p.title, p.salutation)).encode(encoding)
        except UnicodeEncodeError:
            continue
        out.append(p)
    return out


def _csv_text(rows: list[list[str]], delimiter: str, lineterminator: str = "\r\n") -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator, quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return buf.getvalue()


def german_rows(people: list[P]) -> list[list[str]]:
    rows = [["Anrede", "Titel", "Vorname", "Nachname", "Firma", "E-Mail-Adresse", "Land", "Kategorie", "Bemerkung"]]
    for i, p in enumerate(people):
        note = 'Rollstuhl; bitte "Aufzug" zeigen\nAnkunft 9:30' if i == 1 else ""
        rows.append([p.salutation, p.title, p.first, p.last, p.org, p.email, p.country, "Gast", note])
    return rows


def english_rows(people: list[P]) -> list[list[str]]:
    rows = [["First Name", "Last Name", "Title", "Company", "Email", "Country", "Ticket Type", "Phone"]]
    for i, p in enumerate(people):
        rows.append([p.first, p.last, p.title, p.org, p.email, p.country, "Speaker" if i % 7 == 0 else "Standard",
                     f"+49 30 {1000000 + i}"])
    return rows


def write_xlsx(path: Path, people: list[P], late: list[P]) -> None:
    """A title row, a blank row, the header in row 3 from column B; late additions on a second sheet."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Teilnehmer"
    ws["B1"] = "3. Internationale Clusterkonferenz – Teilnehmerliste (Stand 20.11.)"
    header = ["Anrede", "Titel", "Vorname", "Nachname", "Institution", "E-Mail", "Land", "Telefon", "PLZ",
              "Angemeldet am"]
    for sheet, group, first_row in ((ws, people, 3), (None, late, 1)):
        if sheet is None:
            sheet = wb.create_sheet("Nachmeldungen")
        for col, text in enumerate(header, start=2):
            sheet.cell(row=first_row, column=col, value=text)
        for r, p in enumerate(group, start=first_row + 1):
            values = [p.salutation, p.title, p.first, p.last, p.org, p.email, p.country, 4930200000 + r, "01067",
                      datetime(2026, 10, 1 + r % 28, 14, 5)]
            for col, value in enumerate(values, start=2):
                cell = sheet.cell(row=r, column=col, value=value)
                if col == 10:
                    cell.number_format = "@"
        # Trailing blank rows formatted by somebody: must not become people.
        for r in range(first_row + len(group) + 1, first_row + len(group) + 4):
            sheet.cell(row=r, column=2, value=None).number_format = "0"
    notes = wb.create_sheet("Hinweise")
    notes["A1"] = "Bitte Liste bis 19.11. zurücksenden."
    wb.save(path)


def write_ods(path: Path, rows: list[list[object]], sheet: str = "Tabelle1") -> None:
    """A minimal OpenDocument spreadsheet (mimetype stored first, as the spec asks)."""
    def cell(value: object) -> str:
        if value is None or value == "":
            return "<table:table-cell/>"
        if isinstance(value, int | float):
            return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                    f"<text:p>{value}</text:p></table:table-cell>")
        if isinstance(value, date):
            return (f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
                    f"<text:p>{value.isoformat()}</text:p></table:table-cell>")
        return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'

    body = "".join("<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{escape(sheet)}">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)


# File name -> the people it holds (what an import must produce, names byte for byte).
def make_corpus(out: Path) -> dict[str, list[P]]:
    out.mkdir(parents=True, exist_ok=True)
    everyone = list(PEOPLE)
    west = encodable(everyone, "cp1252")
    central = [p for p in encodable(everyone, "cp1250") if p not in west]
    expected: dict[str, list[P]] = {}

    (out / "german_excel_cp1252.csv").write_bytes(_csv_text(german_rows(west), ";").encode("cp1252"))
    expected["german_excel_cp1252.csv"] = west
    (out / "central_cp1250.csv").write_bytes(_csv_text(german_rows(central), ";").encode("cp1250"))
    expected["central_cp1250.csv"] = central
    (out / "utf8.csv").write_text(_csv_text(english_rows(everyone), ",", "\n"), encoding="utf-8")
    expected["utf8.csv"] = everyone
    (out / "utf8_bom.csv").write_bytes(_csv_text(german_rows(everyone), ";").encode("utf-8-sig"))
    expected["utf8_bom.csv"] = everyone
    # Excel "Unicode text": UTF-16 LE with BOM, tab separated.
    (out / "excel_unicode.txt").write_bytes(_csv_text(english_rows(everyone), "\t").encode("utf-16"))
    expected["excel_unicode.txt"] = everyone
    (out / "utf16be.tsv").write_bytes(b"\xfe\xff" + _csv_text(german_rows(everyone), "\t").encode("utf-16-be"))
    expected["utf16be.tsv"] = everyone
    # macOS Numbers export: decomposed letters (NFD); must arrive composed (NFC).
    (out / "mac_nfd.csv").write_text(unicodedata.normalize("NFD", _csv_text(english_rows(everyone), ",")),
                                     encoding="utf-8")
    expected["mac_nfd.csv"] = everyone
    write_xlsx(out / "title_rows.xlsx", everyone[:30], everyone[30:])
    expected["title_rows.xlsx"] = everyone
    ods_rows: list[list[object]] = [["Liste der Teilnehmenden"], [],
                                    ["Name", "Organisation", "E-Mail", "Land", "Telefon"]]
    ods_rows += [[p.full, p.org, p.email, p.country, 4930123400 + i] for i, p in enumerate(everyone)]
    write_ods(out / "list.ods", ods_rows)
    expected["list.ods"] = everyone
    # pretix check-in list export (CSV), full names in one column, ticket secrets.
    rows = [["Order code", "Attendee name", "Product", "Price", "Checked in", "Secret", "E-mail", "Company"]]
    rows += [[f"ABC{i:02d}", p.full, "Speaker" if i == 0 else "Conference ticket", "0.00", "", f"s3cr3t{i:04d}xyz",
              p.email, p.org] for i, p in enumerate(everyone)]
    (out / "pretix_checkin.csv").write_text(_csv_text(rows, ","), encoding="utf-8")
    expected["pretix_checkin.csv"] = everyone
    rows = [["Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Ticket Type", "Attendee #",
             "Barcode #", "Company", "Job Title"]]
    rows += [[str(9000 + i // 2), "2026-10-02 10:00:00-07:00", p.first, p.last, p.email, "1", "General Admission",
              str(70000 + i), f"{123456789000 + i}", p.org, "Head of Cluster"] for i, p in enumerate(everyone)]
    (out / "eventbrite.csv").write_text(_csv_text(rows, ","), encoding="utf-8")
    expected["eventbrite.csv"] = everyone
    rows = [["ID", "Name", "Email Address", "Affiliation", "Position", "Country", "Registration state"]]
    rows += [[str(100 + i), p.full, p.email, p.org, "Researcher", p.country, "complete"]
             for i, p in enumerate(everyone)]
    (out / "indico.csv").write_text(_csv_text(rows, ","), encoding="utf-8")
    expected["indico.csv"] = everyone
    return expected


def write_broken(out: Path) -> dict[str, Path]:
    """Files that must be refused whole: damaged workbook, binary garbage, a PDF named .csv."""
    out.mkdir(parents=True, exist_ok=True)
    good = out / "_good.xlsx"
    write_xlsx(good, list(PEOPLE[:5]), [])
    data = good.read_bytes()
    (out / "corrupt.xlsx").write_bytes(data[: len(data) // 2])
    good.unlink()
    import random

    rng = random.Random(3)
    (out / "garbage.csv").write_bytes(bytes(rng.randrange(256) for _ in range(5000)))
    (out / "report.csv").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (out / "empty.csv").write_bytes(b"")
    (out / "not_a_workbook.xlsx").write_text("Vorname;Nachname\nA;B\n", encoding="utf-8")
    return {p.name: p for p in out.iterdir()}


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "corpus")
    made = make_corpus(target)
    write_broken(target / "broken")
    print(f"wrote {len(made)} files for {len(COUNTRIES)} countries to {target}")
