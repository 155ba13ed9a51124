"""Each role's screens and fields in the GUI: a helper copy shows names, organisation and agenda, no email."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget, QTableView, QTableWidget

from checkin.core import copies, ledger, pins
from checkin.core.journal import Kind
from checkin.core.store import EventStore
from checkin.ui.programme.person import PersonPanel

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_wedge_left_behind():
    """Screens visited here (programme door) install the app-wide scanner wedge; it holds fast keystrokes
    (as a test's keyClicks are) for later tests: take it out again so suites do not depend on their order."""
    yield
    from checkin.ui.scanner import wedge

    wedge.uninstall()


def _open(qtbot, path, tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKIN_CONFIG_DIR", str(tmp_path / "config"))
    from checkin.ui.app import Application

    app = Application(QApplication.instance(), "en")
    app.ctx.open_event(path)
    qtbot.addWidget(app.window)
    app.window.show()
    return app


def _visible_keys(window) -> list[str]:
    return [s.key for row, s in enumerate(window._specs) if not window.nav.item(row).isHidden()]


def _all_text(widget) -> str:
    parts = [w.text() for w in widget.findChildren(QLabel)] + [w.text() for w in widget.findChildren(QLineEdit)]
    for lst in widget.findChildren(QListWidget):
        parts += [lst.item(i).text() for i in range(lst.count())]
    for table in widget.findChildren(QTableWidget):
        parts += [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
                  if table.item(r, c)]
    for view in widget.findChildren(QTableView):
        model = view.model()
        if model is not None:
            parts += [str(model.index(r, c).data() or "") for r in range(min(model.rowCount(), 300))
                      for c in range(model.columnCount())]
    return " ".join(parts)


@pytest.fixture
def master(demo_path):
    with EventStore.open(demo_path) as store:
        pins.set_pin(store, "47114711")  # strong enough to go out in a desk copy
        store.set_attendee_fields(2, {"desk_note": "Vorsicht VIP-Notiz"})
        emails = [r[0] for r in store.conn.execute("SELECT email FROM attendees WHERE email != ''")]
    return demo_path, emails


def test_helper_copy_shows_no_emails(qtbot, master, tmp_path, monkeypatch):
    path, emails = master
    out = tmp_path / "helper.checkin"
    with EventStore.open(path) as store:
        copies.make_copy(store, out, kind="helper", station="helper-1")
    app = _open(qtbot, out, tmp_path, monkeypatch)
    try:
        w = app.window
        assert app.ctx.role == "helper"
        keys = _visible_keys(w)
        assert "programme" in keys
        assert not {"desk", "attendees", "audit", "import", "dashboard", "badges"} & set(keys)
        assert not w.show_screen("audit") and not w.show_screen("desk")
        texts = []
        for key in keys:
            assert w.show_screen(key)
            texts.append(_all_text(w.screen(key)))
        panel = w.screen("programme").findChildren(PersonPanel)[0]
        panel.show_person(2)
        shown = _all_text(panel)
        assert "Çelik" in shown and "İzmir Mikroelektronik" in shown  # names and organisation
        text = " ".join(texts) + shown
        for email in emails:
            assert email not in text
        assert "VIP-Notiz" not in text
    finally:
        app.ctx.shutdown()


def test_desk_copy_screens_and_switch_up_with_organiser_pin(qtbot, master, tmp_path, monkeypatch):
    path, _emails = master
    out = tmp_path / "desk.checkin"
    with EventStore.open(path) as store:
        copies.make_copy(store, out, station="desk-1")
    app = _open(qtbot, out, tmp_path, monkeypatch)
    try:
        w = app.window
        assert app.ctx.role == "desk"
        keys = _visible_keys(w)
        assert {"desk", "attendees"} <= set(keys) and "audit" not in keys and "import" not in keys
        assert not w.lock.switch_role("organiser", "0000") and app.ctx.role == "desk"
        assert w.lock.switch_role("organiser", "47114711") and app.ctx.role == "organiser"
        assert "audit" in _visible_keys(w) and w.show_screen("audit")
        assert w.lock.switch_role("helper") and "desk" not in _visible_keys(w)  # down needs no PIN
        assert w.screen("audit") is None  # screens built for the organiser are gone
    finally:
        app.ctx.shutdown()


def test_audit_screen_filters_and_exports(qtbot, master, tmp_path, monkeypatch):
    path, _emails = master
    with EventStore.open(path) as store:
        day = store.event.start.isoformat()
        for i, station in ((3, "desk-A"), (4, "desk-B"), (5, "desk-A")):
            ledger.record(store, Kind.CHECKIN, i, {"day": day, "point": "main", "source": "scan"}, station_id=station,
                         operator="Anna" if station == "desk-A" else "Ben")
    app = _open(qtbot, path, tmp_path, monkeypatch)
    try:
        w = app.window
        assert w.show_screen("audit")
        screen = w.screen("audit")
        qtbot.waitUntil(lambda: screen.station.findData("desk-A") >= 0, timeout=5000)  # read on the worker
        screen.station.setCurrentIndex(screen.station.findData("desk-A"))
        qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=5000)
        assert {r.operator for r in screen.model.rows} == {"Anna"}
        screen.station.setCurrentIndex(0)
        screen.kind.setCurrentIndex(screen.kind.findData("checkin"))
        qtbot.waitUntil(lambda: screen.model.rowCount() == 3, timeout=5000)
        written: list = []
        screen.export_to(tmp_path / "audit.csv", written.append)
        qtbot.waitUntil(lambda: bool(written), timeout=5000)
        out = written[0]
        with out.open(encoding="utf-8-sig") as fh:
            rows = list(csv.DictReader(fh, delimiter=";"))  # the excel-de dialect of the one spreadsheet writer
        assert sorted(r["station"] for r in rows) == ["desk-A", "desk-A", "desk-B"]
        assert "Çelik" not in out.read_text(encoding="utf-8-sig")
    finally:
        app.ctx.shutdown()
