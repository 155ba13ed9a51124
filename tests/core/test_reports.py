"""Figures, report PDF, certificates and paper lists after a scripted day on the demo, parsed back with pypdf."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from checkin.core.reports import certificates, figures, lists, report_pdf
from checkin.core.store import EventStore

from .reports_day import Day, after_event, script


@pytest.fixture(scope="module")
def day(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Day:
    path = tmp_path_factory.mktemp("reports") / "day.checkin"
    shutil.copy(demo_template, path)
    return script(path)


@pytest.fixture
def store(day: Day):
    s = EventStore.open(day.path, readonly=True)
    yield s
    s.close()


@pytest.fixture(scope="module")
def fig(day: Day) -> dict:
    # The report written after the event: the scripted day lies on the demo's dates, which start today, so
    # the real clock may still be before the forum doors opened (live figures leave out what is yet to come).
    with EventStore.open(day.path, readonly=True) as s:
        return figures.compute(s, lang="de", now=after_event(s))


def _text(pdf: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(pdf)).pages]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_figures_follow_the_journal(day: Day, fig: dict, store: EventStore) -> None:
    statuses = dict(store.conn.execute("SELECT id, status FROM attendees"))
    # Expected: invited/registered guests who did not cancel; people the desk added are not expected.
    desk_added = {*day.walk_ins, day.substitute, day.companion}
    expected = {a for a, s in statuses.items() if s != "cancelled"} - desk_added
    arrived = day.arrived_day1 | day.arrived_day2
    assert desk_added <= arrived and day.substituted not in arrived
    assert fig["expected"] == len(expected)
    assert fig["arrived"] == len(arrived)  # everyone on site: walk-ins, the substitute, the companion too
    assert fig["arrived_expected"] == len(arrived & expected)
    assert fig["substituted"] == 1  # arrived by substitute, not a no-show
    assert fig["no_shows"] == len(expected - arrived - {day.substituted})
    assert fig["expected"] == fig["arrived_expected"] + fig["substituted"] + fig["no_shows"]
    assert fig["arrived"] == (fig["arrived_expected"] + fig["walk_ins_arrived"] + fig["substitutes_arrived"]
                              + fig["companions_arrived"] + fig["cancelled_arrived"])
    assert fig["arrival_rate"] == round((fig["arrived_expected"] + 1) / fig["expected"], 4)
    assert fig["walk_ins"] == 2 and fig["walk_ins_arrived"] == 2
    assert fig["substitutes_arrived"] == 1 and fig["companions_arrived"] == 1
    assert fig["cancelled_arrived"] == 1
    assert fig["double_admissions"] == 1
    assert fig["arrived_by_day"] == {day.day1.isoformat(): len(day.arrived_day1),
                                     day.day2.isoformat(): len(day.arrived_day2)}
    # Each breakdown adds up to the totals.
    for kind in ("by_category", "by_country", "by_organisation_type"):
        for key in ("expected", "arrived", "no_shows", "walk_ins"):
            assert sum(v[key] for v in fig[kind].values()) == fig[key], (kind, key)
    countries = Counter(store.conn.execute("SELECT country FROM attendees WHERE id = ?", (a,)).fetchone()[0]
                        for a in arrived)
    assert {k: v["arrived"] for k, v in fig["by_country"].items() if v["arrived"]} == dict(countries)
    # The curve: 15-minute buckets in venue time, adding up to each day's arrivals; the rush is at 08:00.
    for d, rows in fig["arrivals_per_15_min"].items():
        assert sum(r["count"] for r in rows) == fig["arrived_by_day"][d]
        assert all(r["start"][-2:] in ("00", "15", "30", "45") for r in rows)
        assert rows[0]["start"] == "07:45"  # the first guests at 07:45 (day one) and 07:50 (day two)
    peak = max(fig["arrivals_per_15_min"][day.day1.isoformat()], key=lambda r: r["count"])
    assert peak["start"] in ("07:45", "08:00", "08:15", "08:30")
    # Desks: admissions per station = non-undone check-ins there.
    assert {k: v["admissions"] for k, v in fig["desk_throughput"].items()} == day.per_station
    assert all(v["per_minute_peak"] >= v["per_minute_busy"] > 0 for v in fig["desk_throughput"].values())
    # Sessions: entries per forum from the door scans.
    entered = {s["id"]: s["entered"] for s in fig["sessions"]}
    assert {sid: entered[sid] for sid in day.forum_entries} == {k: len(v) for k, v in day.forum_entries.items()}
    # Matchmaking: a meeting is held when every partner arrived that day (computed here the long way).
    held = 0
    for (mid,) in store.conn.execute("SELECT id FROM meetings"):
        who = [r[0] for r in store.conn.execute(
            "SELECT attendee_id FROM meeting_participants WHERE meeting_id = ?", (mid,))]
        held += all(w in day.arrived_day1 for w in who)
    assert fig["meetings"]["held"] == held and 0 < held < fig["meetings"]["booked"]


def test_undone_checkin_is_not_an_arrival(day: Day, fig: dict, store: EventStore) -> None:
    assert day.undone not in day.arrived_day1
    assert store.arrivals_of(day.undone) == []


def test_report_pdf_has_figures_text_and_vector_charts(fig: dict, tmp_path: Path) -> None:
    out = report_pdf.build(fig, tmp_path / "report.pdf", "de")
    reader = PdfReader(str(out))
    pages = _text(out)
    first = _flat(pages[0])
    assert "Bericht zur Veranstaltung" in first and "3. Internationale Clusterkonferenz" in first
    for label, key in (("Erwartet (eingeladen oder vorab angemeldet, nicht storniert)", "expected"),
                       ("Nicht erschienen", "no_shows"), ("Spontane Teilnahme (vor Ort registriert)", "walk_ins"),
                       ("Erschienen (alle Eingelassenen)", "arrived"), ("persönlich erschienen", "arrived_expected"),
                       ("Vertretungen (statt eingeladener Gäste)", "substitutes_arrived"),
                       ("Begleitpersonen (am Schalter registriert)", "companions_arrived")):
        assert re.search(re.escape(label) + r" (\d+)", first).group(1) == str(fig[key]), label
    rate = re.search(r"Quote \(persönlich oder vertreten\) (\d+) %", first).group(1)
    assert rate == f"{100 * fig['arrival_rate']:.0f}"
    assert "Ankünfte je 15 Minuten" in first
    everything = _flat(" ".join(pages))
    for title in ("Nach Kategorie", "Nach Art der Organisation", "Nach Land", "Einlass je Station", "Matchmaking"):
        assert title in everything
    sme = fig["by_organisation_type"]["sme"]
    # Breakdown columns add up (issue 20): expected = from the list + not arrived; admitted = from the list +
    # walk-ins and others; the total row matches the headline figures.
    assert sme["expected"] == sme["from_list"] + sme["no_shows"]
    assert sme["admitted"] == sme["from_list"] + sme["others"]
    assert re.search(rf"KMU {sme['expected']} {sme['from_list']} {sme['no_shows']} {sme['others']} "
                     rf"{sme['admitted']} ", everything)
    for kind in ("by_category", "by_organisation_type", "by_country"):
        rows = fig[kind].values()
        assert sum(r["expected"] for r in rows) == fig["expected"]
        assert sum(r["no_shows"] for r in rows) == fig["no_shows"]
        assert sum(r["admitted"] for r in rows) == fig["arrived"]
    assert "„unbekannt“: die Gästeliste enthält" in everything
    held = fig["meetings"]["held"]
    assert re.search(rf"Stattgefunden \(beide Partner anwesend\) {held} ", everything)
    # Charts are vector drawings: path operators in the content stream, and no raster images anywhere.
    content = reader.pages[0].get_contents().get_data().decode("latin-1")
    assert len(re.findall(r" l\b", content)) > 10 and " re" in content
    for page in reader.pages:
        xobjects = page.get("/Resources", {}).get("/XObject", {}) or {}
        assert not any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())


def test_report_in_english(fig: dict, tmp_path: Path) -> None:
    out = report_pdf.build(fig, tmp_path / "report_en.pdf", "en")
    text = _flat(" ".join(_text(out)))
    assert "Event report" in text and "Arrivals per 15 minutes" in text and "By type of organisation" in text
    assert "Research institutions" in text and "SMEs" in text


def test_certificates_one_page_each_with_days(day: Day, store: EventStore, tmp_path: Path) -> None:
    certs = certificates.collect(store)
    assert len(certs) == len(day.arrived_day1 | day.arrived_day2)
    out = certificates.write(store, certs[:40], tmp_path / "c.pdf")
    assert len(PdfReader(str(out)).pages) == 40
    featured = certificates.collect(store, [2, 4])
    out = certificates.write(store, featured, tmp_path / "f.pdf")
    pages = [_flat(t) for t in _text(out)]
    assert len(pages) == 2
    assert "Teilnahmebescheinigung" in pages[0] and "Certificate of attendance" in pages[0]
    assert "Şükrü Çelik" in pages[0] and "İzmir Mikroelektronik A.Ş." in pages[0]
    assert "Ορέστης Παπαδόπουλος" in pages[1]
    d1 = day.day1
    months = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
              "November", "Dezember")
    assert f"{d1.day}. {months[d1.month - 1]} {d1.year}" in pages[0]
    both = 2 in day.arrived_day2
    assert ("an folgenden Tagen" in pages[0]) == both


def test_certificates_refuse_guests_who_did_not_come(day: Day, store: EventStore) -> None:
    with pytest.raises(certificates.NotArrived):
        certificates.collect(store, [day.undone])
    with pytest.raises(KeyError):
        certificates.collect(store, [999_999])


def test_paper_lists_split_by_surname_for_desks(day: Day, store: EventStore, tmp_path: Path) -> None:
    out, parts = lists.build(store, tmp_path / "lists.pdf", desks=3, day=day.day1.isoformat(), lang="de")
    expected = store.conn.execute("SELECT COUNT(*) FROM attendees WHERE status != 'cancelled'").fetchone()[0]
    assert len(parts) == 3 and sum(len(p.rows) for p in parts) == expected
    assert max(len(p.rows) for p in parts) < expected * 0.5  # balanced
    initials = [r.initial for p in parts for r in p.rows]
    for a, b in zip(parts, parts[1:], strict=False):  # a letter never spans two desks
        assert a.rows[-1].initial != b.rows[0].initial
    assert initials[-1] == lists.OTHER  # Greek / Cyrillic surnames after Z
    text = _flat(" ".join(_text(out)))
    assert "Schalter 1:" in text and "Schalter 3:" in text
    celik = store.attendee(2)
    assert "Çelik" in text and celik.code[-6:] in text
    cancelled = store.conn.execute("SELECT last_name, first_name, code FROM attendees WHERE status = 'cancelled' "
                                   "AND id != ?", (day.cancelled_admitted,)).fetchone()
    assert cancelled[2][-6:] not in text
    marked = sum(1 for p in parts for r in p.rows if r.arrived_at)
    assert marked == len({a for a in day.arrived_day1 if a != day.cancelled_admitted})
    row = next(r for p in parts for r in p.rows if r.id == 2)
    assert row.arrived_at and re.search(rf"{re.escape(row.code_suffix)} {row.arrived_at}", text)


def test_figures_are_json_serialisable_and_stable(store: EventStore) -> None:
    now = datetime(2030, 1, 1, tzinfo=UTC)
    a, b = figures.compute(store, now=now), figures.compute(store, now=now)
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def test_session_table_headings_are_not_broken_inside_words(fig: dict, tmp_path: Path) -> None:
    """German headings were split inside the word ("Angemelde|t", "Eingetrete|n") by too narrow columns."""
    out = report_pdf.build(fig, tmp_path / "r.pdf", "de")
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(out)).pages)
    assert "Angemeldet" in text and "Eingetreten" in text


def test_german_report_uses_decimal_commas(fig: dict, tmp_path: Path) -> None:
    """Desk throughput was printed as "0.68" in the German report."""
    assert fig["desk_throughput"]
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(report_pdf.build(fig, tmp_path / "r.pdf",
                                                                                          "de"))).pages)
    assert not re.findall(r"(?<![\d.])\d+\.\d\d(?![\d.])", text)
    assert re.search(r"(?<![\d.])\d+,\d\d(?![\d.])", text)


def test_no_report_heading_is_left_alone_at_the_foot_of_a_page(fig: dict, tmp_path: Path) -> None:
    """"Matchmaking" stood alone at the bottom of page 5 of the demo's report, its table overleaf. However many
    sessions push it down, a heading shares its page with the first lines of what it heads."""
    sessions = [s for s in fig["sessions"] if s["kind"] != "break"]
    for extra in range(0, 24):
        padded = dict(fig, sessions=fig["sessions"] + sessions[:1] * extra)
        pages = _text(report_pdf.build(padded, tmp_path / f"r{extra}.pdf", "de"))
        for page in pages:
            lines = [line.strip() for line in page.splitlines()]
            if "Gebuchte 1:1-Gespräche" in page:  # the heading, then the table's own first heading cell
                assert lines.count("Matchmaking") >= 2, extra
            if "Programmpunkte" in lines:
                assert "Eröffnung und Keynote" in page, extra


def test_paper_list_names_each_guests_category_whole(tmp_path: Path) -> None:
    """The list said "Gäste" (the report's plural) beside one guest, and cut a category the event does not know
    at 14 characters ("Frühbucher Son"): a desk worker during a power cut reads a person's row."""
    from openpyxl import load_workbook

    from checkin.core import codes
    from checkin.core.importing import import_file
    from checkin.core.reports import xlsx

    store = EventStore.create(tmp_path / "ev.checkin", title="Clusterkonferenz", days=1)
    codes.ensure_event_keys(store)
    src = tmp_path / "list.csv"
    src.write_text("Vorname;Nachname;Organisation;E-Mail;Kategorie\n"
                   "Şükrü;Çelik;İzmir Mikroelektronik A.Ş.;sukru@izmir.example;Gast\n"
                   "Žaneta;Šťastná;Brno Photonics;zaneta@brno.example;Frühbucher Sonderkontingent Nord\n",
                   encoding="utf-8")
    import_file(store, src)
    out, _parts = lists.build(store, tmp_path / "lists.pdf", desks=1, lang="de")
    text = _flat(" ".join(_text(out)))
    assert re.search(r"Çelik, Şükrü İzmir Mikroelektronik A\.Ş\. Gast [A-Z0-9]{6}", text), text
    assert "FrühbucherSonderkontingentNord" in re.sub(r"\s", "", text)  # wrapped in its cell, not cut
    fig = figures.compute(store, lang="de")
    book = load_workbook(xlsx.build(store, fig, tmp_path / "figures.xlsx", lang="de"))
    sheet = book["Einlassliste (Papier-Notfall)"]
    assert {row[6] for row in sheet.iter_rows(min_row=2, values_only=True)} == {"Gast",
                                                                                 "Frühbucher Sonderkontingent Nord"}
    store.close()


def test_matchmaking_per_country_is_headed_and_worded_in_german() -> None:
    """The figures workbook's "Matchmaking je Land" had an empty first heading and listed "unknown" in German;
    its slots were text, not date-times."""
    from checkin.core.reports import matchmaking

    counts = {"planned": 4, "held": 1, "no_show": 1, "rematched": 0}
    fig = {"matchmaking_day": {"total": counts, "by_slot": {"2026-12-04 14:00": counts},
                               "by_country": {"DE": counts, "unknown": counts}}}
    slots, countries = matchmaking.xlsx_sheets(fig, "de")
    assert slots.rows[0][0] == datetime(2026, 12, 4, 14, 0)  # a date-time cell, not text
    assert countries.headers[:2] == ["Kürzel", "Land"]
    assert [row[1] for row in countries.rows] == ["Deutschland", "unbekannt"]
