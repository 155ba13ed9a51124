"""The identity rule of the import: distinct people always all arrive; one person's rows become one, the newest."""

from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin.core import codes
from checkin.core.importing import import_file
from checkin.core.store import EventStore

# A small pool, so namesakes are the rule, not the exception.
FIRST = ["Thomas", "Sabine", "Michael", "Anna", "Jürgen", "Zoë", "Łukasz", "Åse"]
LAST = ["Müller", "König", "Schmidt", "van der Berg", "Nowak", "Ødegård"]
ORG = ["", "Fraunhofer-Institut", "Stadtwerke Kiel"]


def new_event(tmp_path: Path, name: str = "ev.checkin") -> EventStore:
    store = EventStore.create(tmp_path / name, title="T", days=1)
    codes.ensure_event_keys(store)
    return store


def write_csv(path: Path, header: list[str], rows: list[list[str]], delimiter: str = ";") -> Path:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows([header, *rows])
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def people(store: EventStore) -> list[tuple[str, str, str, str]]:
    return sorted((a.first_name, a.last_name, a.organisation, a.email) for a in store.iter_attendees())


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST), st.sampled_from(ORG)), min_size=1,
                max_size=40), st.booleans(), st.booleans())
def test_distinct_people_all_import(tmp_path_factory, names: list[tuple[str, str, str]], with_org: bool,
                                    full_name: bool) -> None:
    tmp = tmp_path_factory.mktemp("prop")
    store = new_event(tmp)
    # Separate name columns, or one full-name column as a Google Form asks for it.
    header = (["Full name / Vor- und Nachname"] if full_name else ["Vorname", "Nachname"]) + ["E-Mail"] \
        + (["Firma"] if with_org else [])
    rows = [([f"{f} {ln}"] if full_name else [f, ln]) + [f"person{i}@example.org"] + ([o] if with_org else [])
            for i, (f, ln, o) in enumerate(names)]
    report = import_file(store, write_csv(tmp / "list.csv", header, rows))
    assert report.inserted == len(names) and not report.skipped
    got = people(store)
    assert got == sorted((f, ln, o if with_org else "", f"person{i}@example.org")
                         for i, (f, ln, o) in enumerate(names))
    assert all(unicodedata.is_normalized("NFC", p[1]) for p in got)
    store.close()


def test_namesakes_with_own_emails_are_three_people(tmp_path: Path) -> None:
    store = new_event(tmp_path)
    src = write_csv(tmp_path / "l.csv", ["Vorname", "Nachname", "E-Mail"],
                    [["Thomas", "Müller", "t.mueller@a.example"], ["Thomas", "Müller", "thomas.mueller@b.example"],
                     ["Thomas", "Müller", "tm@c.example"]])
    report = import_file(store, src)
    assert report.inserted == 3 and not report.skipped
    assert [w["message"] for w in report.warnings] == ["possible namesake, rows 2 and 3: both imported",
                                                       "possible namesake, rows 2 and 4: both imported"]


def test_second_dr_sabine_koenig_at_the_same_institute(tmp_path: Path) -> None:
    store = new_event(tmp_path)
    src = write_csv(tmp_path / "l.csv", ["Titel", "Vorname", "Nachname", "Institution/Firma", "E-Mail"],
                    [["Dr.", "Sabine", "König", "Max-Planck-Institut für Chemie", "s.koenig@mpic.example"],
                     ["Dr.", "Sabine", "König", "Max-Planck-Institut für Chemie", "sabine.koenig@mpic.example"]])
    report = import_file(store, src)
    assert report.inserted == 2
    assert {(a.title, a.organisation) for a in store.iter_attendees()} == {("Dr.", "Max-Planck-Institut für Chemie")}


def test_form_resubmission_keeps_the_newest_answer_by_timestamp(tmp_path: Path) -> None:
    # Google Forms (German sheet): the list was sorted by name afterwards, so the newer answer comes first.
    store = new_event(tmp_path)
    src = write_csv(tmp_path / "form.csv", ["Zeitstempel", "E-Mail-Adresse", "Vorname", "Nachname", "Firma"],
                    [["05.03.2024 10:15:32", "anna@x.example", "Anna", "Nowak", "Neue Firma GmbH"],
                     ["04.03.2024 09:00:01", "bob@x.example", "Bob", "Smith", "B Ltd"],
                     ["28.02.2024 17:45:10", "anna@x.example", "Anna", "Nowak", "Alte Firma GmbH"]],
                    delimiter=",")
    report = import_file(store, src)
    assert report.inserted == 2
    assert {a.organisation for a in store.iter_attendees() if a.last_name == "Nowak"} == {"Neue Firma GmbH"}
    assert report.skipped == [{"row": 4, "reason": "same person as row 2 (same e-mail address); the newer row 2 "
                                                   "is imported"}]


def test_us_google_forms_timestamps_month_first(tmp_path: Path) -> None:
    store = new_event(tmp_path)
    src = write_csv(tmp_path / "form.csv", ["Timestamp", "Email Address", "First name", "Last name", "Company"],
                    [["3/5/2024 10:15:32", "a@x.example", "Ann", "Lee", "Old Inc"],
                     ["3/12/2024 9:01:00", "a@x.example", "Ann", "Lee", "New Inc"],
                     ["3/25/2024 8:00:00", "c@x.example", "Cy", "Ng", "C Inc"]], delimiter=",")
    import_file(store, src)
    assert {a.organisation for a in store.iter_attendees() if a.last_name == "Lee"} == {"New Inc"}


def test_shared_assistant_address_is_two_people(tmp_path: Path) -> None:
    store = new_event(tmp_path)
    src = write_csv(tmp_path / "l.csv", ["Vorname", "Nachname", "E-Mail"],
                    [["Ewa", "Dąbrowska", "office@pan.example"], ["Piotr", "Wójcik", "office@pan.example"]])
    report = import_file(store, src)
    assert report.inserted == 2
    assert "same e-mail address as row 2" in report.warnings[0]["message"]


def test_rows_without_email_or_id_are_one_person_only_when_all_alike(tmp_path: Path) -> None:
    store = new_event(tmp_path)
    src = write_csv(tmp_path / "l.csv", ["Vorname", "Nachname", "Firma", "Telefon"],
                    [["Jan", "Nowak", "PAN", "+48 22 111"], ["Jan", "Nowak", "PAN", "+48 22 222"],
                     ["Jan", "Nowak", "PAN", "+48 22 111"]])
    report = import_file(store, src)
    assert report.inserted == 2
    assert [s["row"] for s in report.skipped] == [2]  # row 4 repeats row 2 in every detail


def test_same_external_id_is_one_person_the_later_row_wins(tmp_path: Path) -> None:
    store = new_event(tmp_path)
    src = write_csv(tmp_path / "l.csv", ["Anmelde-Nr.", "Vorname", "Nachname", "E-Mail"],
                    [["A-1", "Jan", "Nowak", "jan@a.example"], ["A-1", "Jan", "Nowak", "jan.nowak@b.example"]])
    report = import_file(store, src)
    assert report.inserted == 1
    assert [a.email for a in store.iter_attendees()] == ["jan.nowak@b.example"]


def test_company_address_for_two_colleagues_is_two_people_a_typo_fix_is_one(tmp_path: Path) -> None:
    store = new_event(tmp_path)
    src = write_csv(tmp_path / "l.csv", ["Vorname", "Nachname", "E-Mail"],
                    [["Thomas", "Schmidt", "info@firma.example"], ["Thomas", "Müller", "info@firma.example"],
                     ["Jürgen", "Mueller", "jm@x.example"], ["Jürgen", "Müller", "jm@x.example"]])
    report = import_file(store, src)
    assert report.inserted == 3
    assert sorted(a.last_name for a in store.iter_attendees()) == ["Müller", "Müller", "Schmidt"]
    assert [s["row"] for s in report.skipped] == [4]  # the typo "Mueller", corrected in row 5


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST), st.sampled_from(ORG),
                          st.booleans()), min_size=2, max_size=30), st.integers(min_value=1, max_value=29))
def test_distinct_people_in_two_lists_all_arrive(tmp_path_factory, people_: list[tuple[str, str, str, bool]],
                                                 cut: int) -> None:
    # The second list goes into an event that already holds the first (matching by the identity rule);
    # some people have an external id, every one has their own e-mail.
    tmp = tmp_path_factory.mktemp("two")
    store = new_event(tmp)
    header = ["Anmelde-Nr.", "Vorname", "Nachname", "Firma", "E-Mail"]
    rows = [[f"R{i}" if with_id else "", f, ln, o, f"p{i}@example.org"] for i, (f, ln, o, with_id)
            in enumerate(people_)]
    cut = min(cut, len(rows) - 1)
    import_file(store, write_csv(tmp / "a.csv", header, rows[:cut]))
    report = import_file(store, write_csv(tmp / "b.csv", header, rows[cut:]))
    assert report.inserted == len(rows) - cut and not report.skipped
    assert store.count_attendees() == len(rows)
    store.close()


def test_a_later_row_updates_the_earlier_and_keeps_what_it_leaves_empty(tmp_path: Path) -> None:
    store = new_event(tmp_path)
    src = write_csv(tmp_path / "l.csv", ["Vorname", "Nachname", "E-Mail", "Firma", "Telefon", "Bemerkung"],
                    [["Anna", "Nowak", "anna@x.example", "Alte Firma", "+48 22 111", "vegetarisch"],
                     ["Anna", "Nowak", "anna@x.example", "Neue Firma", "", ""]])
    import_file(store, src)
    (a,) = list(store.iter_attendees())
    assert (a.organisation, a.phone, a.desk_note) == ("Neue Firma", "+48 22 111", "vegetarisch")


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(min_value=1, max_value=28), st.integers(min_value=0, max_value=23)),
                min_size=2, max_size=6, unique=True), st.randoms(use_true_random=False))
def test_the_newest_answer_wins_in_any_row_order(tmp_path_factory, stamps: list[tuple[int, int]], rng) -> None:
    # One person answering a German Google Form several times; the sheet sorted any which way afterwards.
    tmp = tmp_path_factory.mktemp("form")
    store = new_event(tmp)
    rows = [[f"{day:02d}.02.2026 {hour:02d}:00:00", "anna@x.example", "Anna", "Nowak", f"Firma {day}-{hour}"]
            for day, hour in stamps]
    rng.shuffle(rows)
    import_file(store, write_csv(tmp / "form.csv", ["Zeitstempel", "E-Mail-Adresse", "Vorname", "Nachname",
                                                    "Firma"], rows, delimiter=","))
    newest = max(stamps)
    assert [a.organisation for a in store.iter_attendees()] == [f"Firma {newest[0]}-{newest[1]}"]
    store.close()
