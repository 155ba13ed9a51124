"""The import wizard on a real event: detected table, editable mapping, preview with problem rows highlighted,
encoding candidates, import on the DB worker with progress, cancel leaves the event untouched."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from checkin.core.store import EventStore
from checkin.ui.importer.models import HEADER, SKIPPED, WARNED

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))
from make_corpus import make_corpus  # noqa: E402

pytestmark = pytest.mark.gui

LIST = (
    "Teilnehmerliste 3. Clusterkonferenz;;;\n"
    ";;;\n"
    "Vorname;Nachname;Firma;E-Mail\n"
    "Łukasz;Wiśniewski;Wrocław Labs;lukasz@wroclaw.example\n"
    ";;Ohne Namen GmbH;x@example.com\n"
    "Žaneta;Šťastná;Brno Photonics;zaneta@brno\n"
    "Şükrü;Çelik;İzmir Mikroelektronik;sukru@izmir.example\n"
)


@pytest.fixture
def wizard(open_app, demo_path):
    return open_app(demo_path, screen="import").window.screen("import")


def load(qtbot, wizard, path: Path, kind: str | None = None) -> None:
    wizard.report = None
    wizard.load_file(path, kind)
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=20000)


def test_preview_highlights_problem_rows_then_imports(qtbot, wizard, tmp_path: Path, demo_path: Path) -> None:
    src = tmp_path / "liste.csv"
    src.write_text(LIST, encoding="utf-8")
    load(qtbot, wizard, src)
    assert "header in row 3" in wizard.info.text()
    assert wizard.raw_model.colors == {2: HEADER}  # the detected header row, below the title rows
    model = wizard.preview_model
    assert [r[0] for r in model.rows] == ["4", "5", "6", "7"]
    assert [r[1] for r in model.rows] == ["new", "skipped", "new", "new"]
    assert model.colors == {1: SKIPPED, 2: WARNED}
    assert "no name" in model.rows[1][2] and "e-mail address zaneta@brno is not valid" in model.rows[2][2]
    assert wizard.import_button.isEnabled()
    with EventStore.open(demo_path) as s:
        before = s.count_attendees()
    wizard.cancel_missing.setChecked(False)
    wizard.start_import()
    qtbot.waitUntil(lambda: not wizard._busy, timeout=30000)
    assert "Imported: 3 new" in wizard.summary.text()
    with EventStore.open(demo_path) as s:
        assert s.count_attendees() == before + 3
        assert {a.last_name for a in s.attendees_by_ids(s.search("Wiśniewski Wrocław"))} == {"Wiśniewski"}


def test_editing_the_mapping_updates_the_preview(qtbot, wizard, tmp_path: Path) -> None:
    src = tmp_path / "odd.csv"
    src.write_text("Spalte 1;Spalte 2\n4711;Günter Großmann\n", encoding="utf-8")
    load(qtbot, wizard, src)
    assert wizard.current_mapping() == {"Spalte 1": "extra", "Spalte 2": "full_name"}  # names known by content
    for row, field in ((1, "ignore"), (0, "last_name"), (1, "first_name")):
        box = wizard.mapping_table.cellWidget(row, 2)
        wizard.report = None
        box.setCurrentIndex(box.findData(field))
        qtbot.waitUntil(lambda: wizard.report is not None, timeout=20000)
        if field == "ignore":
            assert wizard.preview_model.rows[0][1] == "skipped"  # no name at all
            assert "No column is imported as" in wizard.summary.text() and not wizard.import_button.isEnabled()
    assert wizard.current_mapping() == {"Spalte 1": "last_name", "Spalte 2": "first_name"}
    row = wizard.preview_model.rows[0]
    assert row[1] == "new" and "Günter Großmann" in row and "4711" in row
    assert wizard.import_button.isEnabled()


def test_two_lists_in_a_row_in_german(qtbot, open_app, demo_path: Path, tmp_path: Path) -> None:
    wizard = open_app(demo_path, language="de", screen="import").window.screen("import")
    first = tmp_path / "partner-fr.csv"
    first.write_text("Prénom;Nom;Société;Courriel\nHélène;Lefèvre;CNRS;helene@cnrs.example\n"
                     "Hélène;Lefèvre;CNRS;h.lefevre@cnrs.example\n", encoding="utf-8")
    second = tmp_path / "partner-nl.csv"
    second.write_text("Voornaam;Tussenvoegsel;Achternaam;Organisatie\nPieter;van der;Berg;TU Delft\n"
                      "Anouk;;Jansen\x07;TU Delft\n", encoding="utf-8")
    with EventStore.open(demo_path) as s:
        before = s.count_attendees()
    for src, expected in ((first, 2), (second, 2)):
        assert wizard.choose.isEnabled()  # a new list without restarting the app
        load(qtbot, wizard, src)
        problems = " ".join(r[2] for r in wizard.preview_model.rows)
        for internal in ("last_name", "first_name", "full_name", "namesake,", "control character"):
            assert internal not in problems and internal not in wizard.summary.text()
        if src is first:
            assert "Namensvettern (Zeilen 2 und 3): beide übernommen" in problems
        else:
            assert "unsichtbares Zeichen in Nachname" in problems
        wizard.start_import()
        qtbot.waitUntil(lambda: not wizard._busy, timeout=30000)
        assert wizard.summary.text().startswith(f"Importiert: {expected} neu")
    assert wizard.choose.isEnabled()
    with EventStore.open(demo_path) as s:
        assert s.count_attendees() == before + 4
        names = {(a.first_name, a.last_name) for a in s.iter_attendees()}
    assert {("Hélène", "Lefèvre"), ("Pieter", "van der Berg"), ("Anouk", "Jansen")} <= names


def test_ambiguous_encoding_offers_candidates(qtbot, wizard, tmp_path: Path) -> None:
    src = tmp_path / "west.csv"
    src.write_bytes("Vorname;Nachname\nHélène;Bérenger\n".encode("cp1252"))
    load(qtbot, wizard, src)
    assert wizard.encoding_box.isVisibleTo(wizard)
    assert {wizard.encoding_box.itemData(i) for i in range(wizard.encoding_box.count())} == {"cp1252", "cp1250"}
    index = wizard.encoding_box.findData("cp1250")
    wizard.encoding_box.setCurrentIndex(index)
    wizard.report = None
    wizard.encoding_box.activated.emit(index)
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=20000)
    assert "Hélčne" in wizard.preview_model.rows[0]  # the user sees what each choice does to the names


def test_unreadable_file_is_refused_whole(qtbot, wizard, tmp_path: Path) -> None:
    src = tmp_path / "broken.xlsx"
    src.write_bytes(b"PK\x03\x04 not really a workbook")
    wizard.load_file(src)
    qtbot.waitUntil(lambda: "cannot be imported" in wizard.summary.text(), timeout=20000)
    assert not wizard.import_button.isEnabled()


def test_cancel_rolls_back(qtbot, wizard, tmp_path: Path, demo_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    assert corpus
    load(qtbot, wizard, tmp_path / "corpus" / "title_rows.xlsx")
    assert "Teilnehmer, Nachmeldungen" in wizard.info.text()
    with EventStore.open(demo_path) as s:
        before = s.count_attendees()
    gate = threading.Event()
    wizard.ctx.tasks.run(lambda _store: gate.wait(20))  # keep the DB worker busy until Cancel is pressed
    wizard.start_import()
    assert wizard.cancel_button.isVisible() and wizard.progress.isVisible()
    wizard.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: not wizard._busy, timeout=30000)
    assert "cancelled" in wizard.summary.text()
    with EventStore.open(demo_path) as s:
        assert s.count_attendees() == before


def test_the_app_opens_an_event_a_big_command_line_import_left_unfinished(open_app, tmp_path: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    from checkin.core import codes
    from checkin.core.importing import deferred, prepare, run_import
    from checkin.core.search import search

    path = tmp_path / "big.checkin"
    with EventStore.create(path, title="Big", days=1) as store:
        codes.ensure_event_keys(store)
        src = tmp_path / "big.csv"
        src.write_text("Vorname;Nachname\n" + "".join(f"Ana{i};Šťastná{i}\n" for i in range(deferred.DEFER_FROM)),
                       encoding="utf-8")
        assert run_import(store, prepare(src), finish_later=True).deferred == deferred.DEFER_FROM
    app = open_app(path, screen="desk")
    store = app.ctx.store
    assert QGuiApplication.overrideCursor() is None  # the busy pointer is gone again
    assert deferred.pending(store) is None
    assert store.attendee(7).code == codes.issue_code(store, 7)
    assert [h.attendee.id for h in search(store, "stastna6")][:1] == [7]


def test_new_categories_are_offered_for_mapping(qtbot, wizard, tmp_path: Path, demo_path: Path) -> None:
    src = tmp_path / "vip.csv"
    src.write_text("Vorname;Nachname;Kategorie\nAnna;Quirinus;VIP\nBernd;Quirinus;Referent\nCarla;Quirinus;VIP\n",
                   encoding="utf-8")
    load(qtbot, wizard, src)
    table = wizard.category_table
    assert table.rowCount() == 1 and table.item(0, 0).text() == "VIP" and table.item(0, 1).text() == "2"
    assert "VIP" in [r[-2] for r in wizard.preview_model.rows]  # kept as written until the user chooses
    box = table.cellWidget(0, 2)
    wizard.report = None
    box.setCurrentIndex(box.findData("ministry"))
    qtbot.waitUntil(lambda: wizard.report is not None or "cannot be imported" in wizard.summary.text(),
                    timeout=20000)
    assert wizard.report is not None, wizard.summary.text()  # the preview with the choice (or why not)
    wizard.cancel_missing.setChecked(False)
    wizard.start_import()
    assert wizard._busy  # the import runs: the wait below is for its end, not a wizard that did nothing
    qtbot.waitUntil(lambda: not wizard._busy, timeout=30000)
    assert not wizard.report.dry_run and wizard.report.inserted == 3, wizard.summary.text()  # imported, or why not
    with EventStore.open(demo_path) as s:
        got = {a.first_name: a.category for a in s.iter_attendees() if a.last_name == "Quirinus"}
    assert got == {"Anna": "ministry", "Bernd": "speaker", "Carla": "ministry"}


def test_a_workbook_that_aborts_its_reader_costs_the_app_one_line(qtbot, wizard, tmp_path: Path) -> None:
    """Issue 24: the wizard reads a hostile workbook in a capped helper process; the app lives and says why."""
    import re
    import zipfile

    from openpyxl import Workbook

    plain, hostile = tmp_path / "plain.xlsx", tmp_path / "zwei-zellen.xlsx"
    wb = Workbook()
    wb.active["A1"] = "Name"
    wb.active["XFD1048576"] = "x"  # the reader would lay out 17 billion cells
    wb.save(plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(hostile, "w") as out:
        for item in src.infolist():  # without its declared size, only the reader itself finds out
            out.writestr(item, re.sub(rb"<dimension [^>]*/>", b"", src.read(item.filename)))
    wizard.load_file(hostile)
    qtbot.waitUntil(lambda: "cannot be imported" in wizard.summary.text(), timeout=30000)
    assert "zwei-zellen.xlsx needs more than" in wizard.summary.text() and wizard.report is None
    assert not wizard.import_button.isEnabled()
    good = tmp_path / "liste.csv"
    good.write_text(LIST, encoding="utf-8")
    load(qtbot, wizard, good)  # and the next list reads as usual
    assert "header in row 3" in wizard.info.text()


def test_a_big_list_imported_in_the_app_is_finished_at_once(qtbot, open_app, tmp_path: Path) -> None:
    """The app imports a big list like the command line (short transactions, so desks on the same file never
    wait for all of it) and then writes its codes and search index itself: nothing is left for a later open."""
    from checkin.core import codes
    from checkin.core.importing import deferred
    from checkin.core.search import search

    path = tmp_path / "big.checkin"
    with EventStore.create(path, title="Big", days=1) as store:
        codes.ensure_event_keys(store)
    src = tmp_path / "big.csv"
    src.write_text("Vorname;Nachname;E-Mail\n" + "".join(f"Ana{i};Šťastná{i};ana{i}@example.org\n"
                                                        for i in range(deferred.DEFER_FROM + 10)), encoding="utf-8")
    wizard = open_app(path, screen="import").window.screen("import")
    load(qtbot, wizard, src)
    wizard.start_import()
    qtbot.waitUntil(lambda: not wizard._busy, timeout=120000)
    assert f"Imported: {deferred.DEFER_FROM + 10} new" in wizard.summary.text()
    store = wizard.ctx.store
    assert deferred.pending(store) is None
    assert store.attendee(4321).code == codes.issue_code(store, 4321)
    assert [h.attendee.id for h in search(store, "stastna4320")][:1] == [4321]
