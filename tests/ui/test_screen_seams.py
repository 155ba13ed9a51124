"""What a desk worker or organiser trips over between features: text cut off, lines that scroll sideways.

Each test drives the widget the user drives and checks what the user sees on a 1366x768 laptop."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest

pytestmark = pytest.mark.gui


def test_desk_search_results_show_the_whole_line(open_desk, qtbot) -> None:
    """"celik" lists Özlem Çelik of "Mikroelektronikwerk Zürich GmbH & Co. KG": the line ran past the list's edge,
    so the category (and for an arrived guest the arrival time) was out of view behind a sideways scroll bar."""
    desk = open_desk()
    desk.resize(1150, 690)  # what the desk gets of a 1366x768 laptop (navigation, title and menu taken)
    QTest.keyClicks(desk.search, "celik", delay=120)  # typed by hand, not a scanner burst
    qtbot.waitUntil(lambda: desk.results.count() >= 5)
    longest = max(range(desk.results.count()), key=lambda row: len(desk.results.item(row).text()))
    desk.results.setCurrentRow(longest)
    QTest.keyClick(desk.search, Qt.Key.Key_Return)  # admitted: the line gets "✔ … · arrived 03:04"
    if desk.waiting_for_confirmation:  # a guest flagged for attention: staff confirm first
        QTest.keyClick(desk.search, Qt.Key.Key_Return)
    desk.search.clear()
    QTest.keyClicks(desk.search, "celik", delay=120)
    qtbot.waitUntil(lambda: any("✔" in desk.results.item(row).text() for row in range(desk.results.count())))
    results = desk.results
    assert not results.horizontalScrollBar().isVisible()
    width = results.viewport().width()
    metrics = QFontMetrics(results.font())
    for row in range(results.count()):
        item = results.item(row)
        rect = results.visualItemRect(item)
        needed = metrics.boundingRect(QRect(0, 0, rect.width(), 10_000), Qt.TextFlag.TextWordWrap, item.text())
        assert rect.right() <= width, item.text()
        assert needed.height() <= rect.height(), item.text()  # every wrapped line inside the item


def test_import_preview_names_the_sheet_of_each_row(open_app, demo_path, qtbot, tmp_path) -> None:
    """The evening before: the office's workbook has the list on one sheet and two late additions on another.
    The preview numbered both from their own sheet, so "2" could be either sheet's row 2."""
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    first.title = "Anmeldungen"
    first.append(["Teilnehmerliste 3. Clusterkonferenz"])
    first.append(["Vorname", "Nachname", "Organisation", "E-Mail"])
    first.append(["Grzegorz", "Brzęczyszczykiewicz", "Politechnika Łódzka", "gb@lodz.example"])
    late = book.create_sheet("Nachmeldungen")
    late.append(["Vorname", "Nachname", "Organisation", "E-Mail"])
    late.append(["Zoë", "Ærøskøbing", "Straße AG", "zoe@straße.example"])
    path = tmp_path / "liste.xlsx"
    book.save(path)
    wizard = open_app(demo_path, language="de", screen="import").window.screen("import")
    wizard.load_file(path, None)
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=20000)
    assert [row[0] for row in wizard.preview_model.rows] == ["Anmeldungen 3", "Nachmeldungen 2"]


def test_find_a_person_takes_the_name_typed_right_after_opening_the_tab(open_app, demo_path, qtbot) -> None:
    """A helper clicks *Find a person* and types "celik": the letters went to the tab bar, and the arrow key
    meant for the results switched the programme's tab instead."""
    from PySide6.QtWidgets import QApplication

    window = open_app(demo_path, screen="programme").window
    window.activateWindow()
    programme = window.screen("programme")
    bar = programme.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(programme.tabs.indexOf(programme.person)).center())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is programme.person.query)
    QTest.keyClicks(QApplication.focusWidget(), "celik", delay=90)  # a person typing, not a scanner burst
    qtbot.waitUntil(lambda: programme.person.results.count() >= 1, timeout=3000)
    assert programme.person.query.text() == "celik"
    QTest.keyClick(programme.person.query, Qt.Key.Key_Down)  # the first hit's day, as at the desk
    assert programme.tabs.currentWidget() is programme.person
    first = programme.person.results.item(0)
    assert programme.person.results.currentItem() is first
    assert first.text().split("\n")[0] in programme.person.header.text()
    assert not programme.person.results.horizontalScrollBar().isVisible()


def test_bulk_print_offers_categories_in_words(open_app, demo_path, qtbot) -> None:
    """*Print in bulk* listed the stored codes ("guest", "ministry") in both languages."""
    badges = open_app(demo_path, language="de", screen="badges").window.screen("badges")
    box = badges.printing.category
    qtbot.waitUntil(lambda: box.count() > 1)
    shown = {box.itemData(i): box.itemText(i) for i in range(box.count())}
    assert shown["guest"] == "Gast" and shown["ministry"] == "Ministerium" and shown[""] == "Alle Kategorien"


def test_print_jobs_show_printer_and_state_whole(open_app, demo_path, qtbot) -> None:
    """The job list cut the printer's name and the German state ("checkin-…", "wird …"): during a jam the
    worker picks the stuck job by exactly those two."""
    from PySide6.QtGui import QFontMetrics

    def printing_on(app) -> None:
        app.settings.setValue("badges/printer", "Brother_QL_820NWB_Foyer")
        app.settings.setValue("badges/print_on_checkin", "true")

    app = open_app(demo_path, language="de", screen="desk", before_open=printing_on)
    app.window.resize(1366, 728)
    desk = app.window._built["desk"]
    desk.handle_code(app.ctx.store.attendee(3).code)
    qtbot.waitUntil(lambda: "nicht gedruckt" in desk.print_line.text(), timeout=30000)
    app.window.show_screen("badges")
    jobs = app.window._built["badges"].printing.jobs
    qtbot.waitUntil(lambda: jobs.rowCount() == 1)
    metrics = QFontMetrics(jobs.font())
    for col in (0, 1, 2):
        text = jobs.item(0, col).text()
        assert jobs.columnWidth(col) >= metrics.horizontalAdvance(text), text
    assert jobs.item(0, 3).toolTip() == jobs.item(0, 3).text() != ""


def test_attendee_list_shows_the_arrival_time_whole(open_app, demo_path, qtbot, readable_font) -> None:
    """The *Arrived* column showed "2026-12-04 …" on a 1366 px laptop: the time itself was cut off."""
    from PySide6.QtGui import QFontMetrics

    app = open_app(demo_path, language="de", screen="desk")
    app.window.resize(1366, 728)
    app.window.screen("desk").handle_code(app.ctx.store.attendee(2).code)  # Şükrü Çelik arrives
    app.window.show_screen("attendees")
    screen = app.window.screen("attendees")
    screen.filter.setText("Şükrü Çelik")
    model, table = screen.model, screen.table
    qtbot.waitUntil(lambda: model.rowCount() >= 1 and bool(model.data(model.index(0, 5))), timeout=10_000)
    shown = model.data(model.index(0, 5))
    assert re.fullmatch(r"\d\d\.\d\d\. \d\d:\d\d", shown), shown
    assert table.columnWidth(5) >= QFontMetrics(table.font()).horizontalAdvance(shown) + 6


@pytest.mark.parametrize(("language", "shown"), [("de", "1,50 mm"), ("en", "1.50 mm")])
def test_badge_offset_is_written_as_the_ui_language_writes_numbers(open_app, demo_path, qtbot, language,
                                                                   shown) -> None:
    """The German Badges screen showed the printer offset as "0.00 mm" and a typed "1,5" did not take."""
    panel = open_app(demo_path, language=language, screen="badges").window.screen("badges").printing
    box = next(b for b in (panel.offset_x, panel.offset_y) if b.isEnabled())
    box.setFocus()
    box.lineEdit().selectAll()
    QTest.keyClicks(box, "1,5" if language == "de" else "1.5")
    box.interpretText()
    assert box.value() == 1.5 and box.text() == shown


@pytest.mark.parametrize(("language", "headings"), [("de", ["Checkin-Nr.", "Externe ID", "Anrede"]),
                                                    ("en", ["Checkin ID", "External ID", "Salutation"])])
def test_attendance_workbook_is_headed_in_the_window_language(open_app, demo_path, qtbot, tmp_path, monkeypatch,
                                                               language, headings) -> None:
    """*Sync back → Export attendance…* as an Excel workbook in the English window wrote German headings."""
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    screen = open_app(demo_path, language=language, screen="syncback").window.screen("syncback")
    out = tmp_path / "attendance.xlsx"
    # The save dialog is the platform's; answer it as the organiser would.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    screen.format.setCurrentIndex(0)
    QTest.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and not screen._busy, timeout=15000)
    sheet = openpyxl.load_workbook(out).active
    assert [cell.value for cell in sheet[1]][:3] == headings


def test_desk_category_counts_wrap_between_categories(open_app, demo_path, qtbot, readable_font) -> None:
    """The German counts line broke inside a pair: "… Presse" at the end of one line, "0/9" alone below it."""
    from PySide6.QtGui import QTextLayout, QTextOption
    from PySide6.QtWidgets import QApplication


    app = open_app(demo_path, language="de", screen="desk")
    app.window.resize(1366, 728)
    label = app.window.screen("desk").by_category
    qtbot.waitUntil(lambda: "Presse" in label.text())
    for _ in range(5):
        QApplication.processEvents()
    layout = QTextLayout(label.text(), label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        lines.append(label.text()[line.textStart():line.textStart() + line.textLength()].strip())
    layout.endLayout()
    assert lines and all(not re.match(r"\d", text) for text in lines), lines


def test_already_checked_in_names_the_station_as_every_screen_does(open_app, demo_path, qtbot) -> None:
    """German: "Heute um 09:12 an Platz master." while the title bar, Stations and Day close say "Station"."""
    from PySide6.QtWidgets import QLabel

    app = open_app(demo_path, language="de", screen="desk")
    desk = app.window.screen("desk")
    code = app.ctx.store.attendee(3).code
    desk.handle_code(code)
    desk.handle_code(code)
    texts = [label.text() for label in desk.findChildren(QLabel) if label.isVisible()]
    line = next(t for t in texts if t.startswith("Heute um"))
    assert re.fullmatch(r"Heute um \d\d:\d\d an Station master\.", line), line


def test_audit_shows_what_happened_not_the_record_signature(open_app, demo_path, qtbot) -> None:
    """Each row's details began with "sig: {'by': 'event', 'hid': '', 'prev': …, 's': …}", pushing the check-in
    point and source out of the column."""
    app = open_app(demo_path, language="de", screen="desk")
    app.window.screen("desk").handle_code(app.ctx.store.attendee(3).code)
    app.window.show_screen("audit")
    model = app.window.screen("audit").model
    qtbot.waitUntil(lambda: any(model.data(model.index(r, 3)) == "checkin" for r in range(model.rowCount())),
                    timeout=10_000)
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 3)) == "checkin")
    details = model.data(model.index(row, 5))
    assert "point: main" in details and "sig" not in details and "source: " in details


@pytest.mark.parametrize(("language", "shown"), [("de", "04.12.2026 09:30"), ("en", "2026-12-04 09:30")])
def test_paper_backfill_time_is_written_as_the_window_language_writes_dates(open_app, demo_path, language,
                                                                            shown) -> None:
    """F10 in the German window showed the approximate time as "2026-12-04 09:30"."""
    from datetime import datetime

    from checkin.ui.deskops.forms import BackfillDialog

    app = open_app(demo_path, language=language, screen="desk")
    dialog = BackfillDialog(app.window.screen("desk"), datetime(2026, 12, 4, 9, 30))
    assert dialog.when.text() == shown
    dialog.reject()


def test_import_counts_only_the_yellow_rows_it_shows(open_app, demo_path, qtbot, tmp_path) -> None:
    """A row without a name and with a broken e-mail address is skipped (red); its e-mail warning was also
    counted as "1 warning (yellow)", and there was no yellow row to find."""
    from checkin.ui.importer.models import SKIPPED

    path = tmp_path / "liste.csv"
    path.write_text("Vorname;Nachname;Organisation;E-Mail\n"
                    "Şükrü;Öztürk;İzmir Mikroelektronik;sukru@izmir.example\n"
                    ";;kaputt;nobody\n", encoding="utf-8")
    wizard = open_app(demo_path, screen="import").window.screen("import")
    wizard.load_file(path, None)
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=20000)
    assert list(wizard.preview_model.colors.values()) == [SKIPPED]  # no row in yellow (WARNED)
    assert "skipped (red)" in wizard.summary.text() and "yellow" not in wizard.summary.text()


def test_import_preview_keeps_rows_of_two_sheets_apart(open_app, demo_path, qtbot, tmp_path) -> None:
    """Both sheets with their header in row 1: row 2 of the late additions (no name: skipped) turned row 2 of
    the main list red as well, and one row showed the other's values."""
    import openpyxl

    from checkin.ui.importer.models import SKIPPED

    book = openpyxl.Workbook()
    first = book.active
    first.title = "Anmeldungen"
    first.append(["Vorname", "Nachname", "Organisation", "E-Mail"])
    first.append(["Grzegorz", "Brzęczyszczykiewicz", "Politechnika Łódzka", "gb@lodz.example"])
    late = book.create_sheet("Nachmeldungen")
    late.append(["Vorname", "Nachname", "Organisation", "E-Mail"])
    late.append(["", "", "Straße AG", "info@strasse.example"])
    path = tmp_path / "liste.xlsx"
    book.save(path)
    wizard = open_app(demo_path, language="de", screen="import").window.screen("import")
    wizard.load_file(path, None)
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=20000)
    rows = wizard.preview_model.rows
    assert [(row[0], row[1]) for row in rows] == [("Anmeldungen 2", "new"), ("Nachmeldungen 2", "skipped")]
    assert wizard.preview_model.colors == {1: SKIPPED}
    assert "Brzęczyszczykiewicz" in rows[0] and "Brzęczyszczykiewicz" not in rows[1]


def test_english_counts_are_in_the_singular_or_plural(open_app, demo_path, qtbot) -> None:
    """English screens read "608 attendee(s) shown", "1 row(s) skipped (red)": the English text had no plural
    forms (only the German catalogue was loaded)."""
    app = open_app(demo_path, language="en", screen="attendees")
    screen = app.window.screen("attendees")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 1)
    assert re.fullmatch(r"\d+ attendees shown", screen.count.text()), screen.count.text()
    screen.filter.setText("Quennet-Thielen")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert screen.count.text() == "1 attendee shown"
