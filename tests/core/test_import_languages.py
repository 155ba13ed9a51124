"""Lists as partner offices and registration systems send them: every person arrives, names exactly as written.

Each list is written as the office's software writes it (delimiter, encoding, header words of that language or
export); the expectation is what the desk must find: (first name, family name, organisation) per person.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

import pytest

from checkin.core import codes
from checkin.core.importing import import_file
from checkin.core.store import EventStore

Person = tuple[str, str, str]

# language -> (header, rows); the first three values of a row are first name, family name, organisation unless
# the case says otherwise in EXPECTED.
LANGUAGES: dict[str, tuple[list[str], list[list[str]]]] = {
    "de": (["Anrede", "Vorname", "Nachname", "Institution/Firma", "E-Mail-Adresse"],
           [["Frau", "Sabine", "König", "Max-Planck-Institut", "s.koenig@mpi.example"]]),
    "en": (["First name", "Surname", "Organisation", "Email"], [["Mary", "O'Neill", "Trinity College", "m@tcd.example"]]),
    "fr": (["Prénom", "Nom", "Société", "Courriel"], [["Hélène", "Lefèvre", "Société Générale", "h@sg.example"]]),
    "it": (["Nome", "Cognome", "Ente"], [["Niccolò", "Dell'Acqua", "Università di Pisa"]]),
    "es": (["Nombre", "Apellidos", "Organización", "Correo electrónico"],
           [["José", "García López", "Universidad de Sevilla", "jose@us.example"]]),
    "pt": (["Nome", "Apelido", "Instituição", "Correio eletrónico"],
           [["João", "Conceição", "Universidade do Porto", "joao@up.example"]]),
    "nl": (["Voornaam", "Tussenvoegsel", "Achternaam", "Organisatie", "E-mailadres"],
           [["Pieter", "van der", "Berg", "TU Delft", "p@tud.example"], ["Anouk", "", "Jansen", "TU Delft", ""]]),
    "pl": (["Imię", "Nazwisko", "Instytucja"], [["Łukasz", "Wiśniewski", "Politechnika Wrocławska"]]),
    "cs": (["Jméno", "Příjmení", "Organizace", "E-mail"], [["Žaneta", "Šťastná", "ČVUT", "z@cvut.example"]]),
    "sk": (["Meno", "Priezvisko", "Organizácia"], [["Ľubomír", "Ďurčo", "STU Bratislava"]]),
    "hu": (["Vezetéknév", "Keresztnév", "Szervezet"], [["Kovács", "Zsófia", "ELTE"]]),
    "ro": (["Nume", "Prenume", "Instituție"], [["Popescu", "Ștefan", "Universitatea București"]]),
    "hr": (["Ime", "Prezime", "Ustanova"], [["Đorđe", "Đurić", "Sveučilište u Zagrebu"]]),
    "sl": (["Ime", "Priimek", "Organizacija"], [["Nataša", "Žagar", "Univerza v Ljubljani"]]),
    "el": (["Όνομα", "Επώνυμο", "Φορέας"], [["Ορέστης", "Παπαδόπουλος", "Πανεπιστήμιο Αθηνών"]]),
    "tr": (["Adı", "Soyadı", "Kurum", "E-posta"], [["Işıl", "Işık", "Ankara Üniversitesi", "isil@ankara.example"]]),
    "da": (["Fornavn", "Efternavn", "Virksomhed"], [["Søren", "Kierkegaard", "Københavns Universitet"]]),
    "sv": (["Förnamn", "Efternamn", "Organisation", "E-postadress"], [["Åsa", "Öberg", "KTH", "a@kth.example"]]),
    "no": (["Fornavn", "Etternavn"], [["Åse", "Ødegård"]]),
    "fi": (["Etunimi", "Sukunimi", "Organisaatio"], [["Äijö", "Mäkelä", "Aalto-yliopisto"]]),
    "et": (["Eesnimi", "Perekonnanimi", "Asutus"], [["Jüri", "Õunapuu", "Tartu Ülikool"]]),
    "lv": (["Vārds", "Uzvārds", "Organizācija"], [["Jānis", "Bērziņš", "Latvijas Universitāte"]]),
    "lt": (["Vardas", "Pavardė", "Įmonė"], [["Žydrūnas", "Čiurlionis", "Vilniaus universitetas"]]),
    "is": (["Fornafn", "Eftirnafn", "Vinnustaður", "Netfang"], [["Þórunn", "Guðmundsdóttir", "Háskóli Íslands",
                                                                  "thorunn@hi.example"]]),
}
EXPECTED: dict[str, list[Person]] = {
    "de": [("Sabine", "König", "Max-Planck-Institut")],
    "nl": [("Pieter", "van der Berg", "TU Delft"), ("Anouk", "Jansen", "TU Delft")],
    "hu": [("Zsófia", "Kovács", "ELTE")],
    "ro": [("Ștefan", "Popescu", "Universitatea București")],
    "no": [("Åse", "Ødegård", "")],
}


def new_event(tmp_path: Path) -> EventStore:
    store = EventStore.create(tmp_path / "ev.checkin", title="T", days=1)
    codes.ensure_event_keys(store)
    return store


def write(path: Path, header: list[str], rows: list[list[str]], delimiter: str = ";", encoding: str = "utf-8") -> Path:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows([header, *rows])
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def found(store: EventStore) -> list[Person]:
    return sorted((a.first_name, a.last_name, a.organisation) for a in store.iter_attendees())


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_headers_in_the_languages_of_the_guests(tmp_path: Path, language: str) -> None:
    header, rows = LANGUAGES[language]
    store = new_event(tmp_path)
    report = import_file(store, write(tmp_path / f"{language}.csv", header, rows))
    expected = EXPECTED.get(language) or [(r[0], r[1], r[2] if len(r) > 2 else "") for r in rows]
    assert found(store) == sorted(expected)
    assert report.inserted == len(rows) and not report.skipped and not report.notices
    assert all(unicodedata.is_normalized("NFC", a.last_name) for a in store.iter_attendees())


def test_hungarian_whole_names_put_the_family_name_first(tmp_path: Path) -> None:
    store = new_event(tmp_path)
    import_file(store, write(tmp_path / "hu.csv", ["Teljes név", "Szervezet", "E-mail cím"],
                             [["Dr. Kovács Zsófia", "ELTE", "zs@elte.example"], ["Nagy László", "BME", ""]]))
    assert found(store) == [("László", "Nagy", "BME"), ("Zsófia", "Kovács", "ELTE")]
    assert {a.title for a in store.iter_attendees()} == {"Dr.", ""}


@pytest.mark.parametrize(("encoding", "header", "rows"), [
    ("cp1253", ["Όνομα", "Επώνυμο", "Φορέας"], [["Ορέστης", "Παπαδόπουλος", "Πανεπιστήμιο Αθηνών"]]),
    ("cp1254", ["Adı", "Soyadı", "Kurum"], [["Işıl", "Işık", "Ankara Üniversitesi"], ["Şükrü", "Çelik", "İzmir"]]),
    ("cp1257", ["Vārds", "Uzvārds", "Organizācija"], [["Jānis", "Bērziņš", "Latvijas Universitāte"],
                                                      ["Žydrūnas", "Čiurlionis", "Vilniaus universitetas"]]),
    ("cp1257", ["Eesnimi", "Perekonnanimi", "Asutus"], [["Tõnu", "Õunapuu", "Tartu Ülikool"]]),
])
def test_offices_in_their_windows_code_page(tmp_path: Path, encoding: str, header: list[str],
                                            rows: list[list[str]]) -> None:
    # Greek, Turkish and Baltic Excel save "CSV" in their own code page, not UTF-8.
    store = new_event(tmp_path)
    report = import_file(store, write(tmp_path / "list.csv", header, rows, encoding=encoding))
    assert found(store) == sorted((r[0], r[1], r[2]) for r in rows)
    assert report.encoding in (encoding, "cp1252") and not report.skipped


def test_polish_office_in_windows_1250(tmp_path: Path) -> None:
    store = new_event(tmp_path)
    src = write(tmp_path / "pl.csv", ["Imię", "Nazwisko", "Instytucja", "E-mail"],
                [["Grzegorz", "Brzęczyszczykiewicz", "Urząd Marszałkowski", "g@um.example"],
                 ["Małgorzata", "Żółtowska", "Politechnika Łódzka", "m@p.example"]], encoding="cp1250")
    import_file(store, src)
    assert found(store) == [("Grzegorz", "Brzęczyszczykiewicz", "Urząd Marszałkowski"),
                            ("Małgorzata", "Żółtowska", "Politechnika Łódzka")]


# Export formats of registration systems, with their own column names and their usual extra columns.
EXPORTS: dict[str, tuple[list[str], list[list[str]], list[Person]]] = {
    "google_forms": (
        ["Timestamp", "Email address", "Full name / Vor- und Nachname", "Institution/Firma",
         "Which forum will you attend?"],
        [["3/5/2024 10:15:32", "anna@x.example", "Dr. Anna Schmidt", "Uni Kiel", "Forum 1"],
         ["3/6/2024 8:01:00", "thomas@y.example", "Thomas Müller", "", "Forum 2"]],
        [("Anna", "Schmidt", "Uni Kiel"), ("Thomas", "Müller", "")]),
    "microsoft_forms": (
        ["ID", "Start time", "Completion time", "Email", "Name", "First name", "Last name", "Organisation"],
        [["1", "3/5/24 10:01:02", "3/5/24 10:03:00", "anonymous", "", "Jan", "Nowak", "PAN"],
         ["2", "3/5/24 11:01:02", "3/5/24 11:02:00", "anonymous", "", "Ewa", "Nowak", "PAN"]],
        [("Ewa", "Nowak", "PAN"), ("Jan", "Nowak", "PAN")]),
    "eventbrite_orders": (  # the report without "Attendee #": one order, three people
        ["Order #", "Order Date", "First Name", "Last Name", "Email", "Ticket Type", "Company"],
        [["1234567", "2024-03-01 10:00:00+01:00", "Anna", "Berg", "buyer@x.example", "General Admission", "X"],
         ["1234567", "2024-03-01 10:00:00+01:00", "Bernd", "Kurz", "", "General Admission", "X"],
         ["1234567", "2024-03-01 10:00:00+01:00", "Clara", "Lang", "", "General Admission", "X"]],
        [("Anna", "Berg", "X"), ("Bernd", "Kurz", "X"), ("Clara", "Lang", "X")]),
    "pretix_positions": (  # "Position ID" counts within each order: 1, 2, 1, ...
        ["Order code", "Position ID", "Attendee name", "Attendee email", "Company"],
        [["ABC12", "1", "Léa Dubois", "lea@x.example", "CNRS"], ["ABC12", "2", "Marc Petit", "", "CNRS"],
         ["XYZ34", "1", "Zoé Martin", "zoe@y.example", "INRIA"]],
        [("Léa", "Dubois", "CNRS"), ("Marc", "Petit", "CNRS"), ("Zoé", "Martin", "INRIA")]),
    "pretix": (
        ["Order code", "Position ID", "Status", "Email", "Order date", "Product", "Attendee name",
         "Attendee name: Given name", "Attendee name: Family name", "Attendee email", "Company", "Secret"],
        [["ABC12", "1", "paid", "buyer@x.example", "2024-03-01", "Regular ticket", "Léa Dubois", "Léa", "Dubois",
          "lea@x.example", "CNRS", "s3cr3tAAA"],
         ["ABC12", "2", "paid", "buyer@x.example", "2024-03-01", "Regular ticket", "Marc Dubois", "Marc", "Dubois",
          "", "CNRS", "s3cr3tBBB"]],
        [("Léa", "Dubois", "CNRS"), ("Marc", "Dubois", "CNRS")]),
    "eventbrite": (
        ["Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Ticket Type", "Attendee #",
         "Group", "Order Type", "Total Paid", "Attendee Status", "Job Title", "Company", "Work Phone"],
        [["1234567", "2024-03-01 10:00:00+01:00", "Siobhán", "Ní Bhriain", "s@x.example", "1", "General Admission",
          "9000001", "", "Eventbrite Completed", "0.00", "Attending", "Lecturer", "UCD", "+353 1 234"],
         ["1234567", "2024-03-01 10:00:00+01:00", "Seán", "Ó Briain", "s@x.example", "1", "General Admission",
          "9000002", "", "Eventbrite Completed", "0.00", "Attending", "Lecturer", "UCD", "+353 1 235"]],
        [("Seán", "Ó Briain", "UCD"), ("Siobhán", "Ní Bhriain", "UCD")]),
    "indico": (
        ["ID", "Name", "Title", "First Name", "Last Name", "Email", "Affiliation", "Position", "Phone", "Country",
         "Registration date", "Registration state"],
        [["17", "Dr. Günter Großmann", "Dr.", "Günter", "Großmann", "g@fh.example", "Fraunhofer", "Head", "", "DE",
          "01/03/2024 10:00", "complete"]],
        [("Günter", "Großmann", "Fraunhofer")]),
    "cvent": (
        ["Confirmation Number", "First Name", "Last Name", "Email Address", "Company Name", "Title",
         "Registration Type", "Registration Status", "Registration Date", "Mobile Phone"],
        [["ABCD1234", "Zoë", "Brontë", "z@x.example", "BBC", "Editor", "Attendee", "Accepted", "03/01/2024", ""]],
        [("Zoë", "Brontë", "BBC")]),
}


@pytest.mark.parametrize("system", sorted(EXPORTS))
def test_exports_of_registration_systems(tmp_path: Path, system: str) -> None:
    header, rows, expected = EXPORTS[system]
    store = new_event(tmp_path)
    report = import_file(store, write(tmp_path / f"{system}.csv", header, rows, delimiter=","))
    assert found(store) == sorted(expected)
    assert report.inserted == len(expected) and not report.skipped
    assert not [w for w in report.warnings if "email" in w["message"]]  # "anonymous" is no wrong address
    if system == "cvent":
        (a,) = list(store.iter_attendees())
        assert (a.position, a.title) == ("Editor", "")  # cvent's "Title" is the job title


def test_first_names_only_say_so(tmp_path: Path, cli) -> None:
    src = write(tmp_path / "half.csv", ["Vorname", "Firma"], [["Anna", "X"]])
    event = tmp_path / "ev.checkin"
    cli("new", str(event), "--title", "T", "--start", "2026-11-21", check=True)
    proc = cli("import", str(event), str(src))
    assert proc.returncode == 0, proc.stderr
    assert "no column for the family name" in proc.stdout and "0 warnings" not in proc.stdout
    report = json.loads(cli("import", str(event), str(src), "--dry-run", "--json", check=True).stdout)
    notice = ("no column for the family name: every family name stays empty (choose the column in the wizard, "
              "or pass --mapping)")
    assert report["notices"] == [notice]
    assert report["warnings"] == [{"row": 1, "message": notice}]


def test_nothing_like_a_name_is_refused_in_words(tmp_path: Path, cli) -> None:
    src = write(tmp_path / "odd.csv", ["Foo", "Bar"], [["1", "2"]])
    event = tmp_path / "ev.checkin"
    cli("new", str(event), "--title", "T", "--start", "2026-11-21", check=True)
    proc = cli("import", str(event), str(src))
    assert proc.returncode == 2 and "first name or family name or full name" in proc.stderr
    assert "last_name" not in proc.stderr


def test_columns_by_content_when_the_header_says_nothing(tmp_path: Path) -> None:
    store = new_event(tmp_path)
    src = write(tmp_path / "odd.csv", ["Teilnehmende Person", "Kontakt", "Herkunft", "Durchwahl"],
                [["Anna Schmidt", "anna@x.example", "Deutschland", "+49 30 1234567"],
                 ["Jan van der Berg", "jan@y.example", "Niederlande", "+31 20 7654321"]])
    import_file(store, src)
    got = sorted((a.first_name, a.last_name, a.email, a.country, a.phone) for a in store.iter_attendees())
    assert got == [("Anna", "Schmidt", "anna@x.example", "DE", "+49 30 1234567"),
                   ("Jan", "van der Berg", "jan@y.example", "NL", "+31 20 7654321")]


def test_a_list_without_header_row_loses_nobody(tmp_path: Path, cli) -> None:
    src = tmp_path / "bare.csv"
    src.write_text("Zoë;Brontë;zoe@x.example\r\nŁukasz;Wiśniewski;l@y.example\r\n", encoding="utf-8")
    event = tmp_path / "ev.checkin"
    cli("new", str(event), "--title", "T", "--start", "2026-11-21", check=True)
    proc = cli("import", str(event), str(src))
    assert proc.returncode == 0 and "no header row" in proc.stdout, proc.stderr
    people = json.loads(cli("attendees", str(event), "--json", check=True).stdout)
    assert sorted((p["first_name"], p["last_name"], p["email"]) for p in people) == [
        ("Zoë", "Brontë", "zoe@x.example"), ("Łukasz", "Wiśniewski", "l@y.example")]


def test_form_questions_as_headers(tmp_path: Path) -> None:
    # A hand-made Google Form: the questions are the column names.
    store = new_event(tmp_path)
    src = write(tmp_path / "form.csv", ["Zeitstempel", "Ihr Vorname", "Ihr Nachname *",
                                        "Name der Organisation / Institution", "Ihre E-Mail-Adresse",
                                        "Name Ihrer Begleitperson", "Möchten Sie am Abendempfang teilnehmen?"],
                [["05.03.2024 10:15:32", "Jürgen", "Groß", "Stadtwerke Kiel", "jg@kiel.example", "Eva Groß", "Ja"]],
                delimiter=",")
    import_file(store, src)
    (a,) = list(store.iter_attendees())
    assert (a.first_name, a.last_name, a.organisation, a.email) == ("Jürgen", "Groß", "Stadtwerke Kiel",
                                                                     "jg@kiel.example")
    assert a.extra["Name Ihrer Begleitperson"] == "Eva Groß"
