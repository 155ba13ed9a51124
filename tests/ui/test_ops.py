"""The UI operations layer: a failed operation reaches the user (German and English), and change notices
refresh the screens they concern and no other (a check-in and a badge print written by another process)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from checkin.core import deskops, ledger
from checkin.core.journal import Kind
from checkin.core.store import EventStore
from checkin.ui.changes import KIND_CHANGES, Change, changes_for_kinds
from checkin.ui.ops import EventOp, QueryOp

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def _failure_boxes(window) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox, "opFailure") if b.isVisible()]


@pytest.mark.parametrize(("language", "title", "status"), [
    ("en", "Could not finish", "Failed: "),
    ("de", "Konnte nicht abgeschlossen werden", "Fehlgeschlagen: "),
])
def test_a_failed_operation_is_shown_to_the_user(open_app, demo_path, qtbot, language, title, status):
    app = open_app(demo_path, language=language, screen="attendees")
    screen = app.window.screen("attendees")
    before = app.ctx.store.attendee(1)
    notices: list = []
    app.ctx.changes.connect(notices.append)
    # A real correction with a bad value, written on the DB worker: the core refuses it.
    EventOp(app.ctx, screen, lambda store: deskops.correct(store, 1, {"email": "not an address"}),
            changes=Change.ATTENDEES).run_in_background()
    qtbot.waitUntil(lambda: bool(_failure_boxes(app.window)), timeout=10_000)
    box = _failure_boxes(app.window)[0]
    assert box.windowTitle() == title
    assert box.text() == {"en": "Not an e-mail address: not an address",
                          "de": "Keine E-Mail-Adresse: not an address"}[language]
    assert app.window.statusBar().currentMessage() == status + box.text()
    assert not notices  # nothing was written, so no screen is told to refresh
    assert app.ctx.store.attendee(1).email == before.email
    # The same failure again (a refresh failing on every scan) does not stack a second box.
    QueryOp(app.ctx, screen, lambda store: deskops.correct(store, 1, {"email": "not an address"})).run_in_background()
    qtbot.waitUntil(lambda: app.ctx.tasks.pending() == 0, timeout=10_000)
    assert len(_failure_boxes(app.window)) == 1


def test_a_screen_handles_its_own_failure_instead(open_app, demo_path, qtbot):
    app = open_app(demo_path, screen="attendees")
    seen: list[str] = []
    QueryOp(app.ctx, app.window, lambda store: store.attendee_ids("no_such_column")).failure(
        seen.append).run_in_background()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "no_such_column" in seen[0] and "\n" not in seen[0]  # one line, not a traceback
    assert not _failure_boxes(app.window)


def test_a_write_op_tells_the_screens_what_it_changed(open_app, demo_path, qtbot):
    app = open_app(demo_path, screen="attendees")
    notices: list = []
    app.ctx.changes.connect(notices.append)
    done: list = []
    EventOp(app.ctx, app.window, lambda store: deskops.correct(store, 1, {"organisation": "Neue GmbH"}),
            changes=Change.ATTENDEES, success=done.append).run_in_background()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert [n.what for n in notices] == [Change.ATTENDEES] and notices[0].origin == "here"
    assert app.ctx.store.attendee(1).organisation == "Neue GmbH"


def _counting(calls: dict[str, int], name: str, method):
    def wrapper(self, *args, **kwargs):
        calls[name] = calls.get(name, 0) + 1
        return method(self, *args, **kwargs)
    return wrapper


def test_change_notices_refresh_the_concerned_screen_only(open_app, demo_path, qtbot, monkeypatch):
    from checkin.ui.attendees.model import AttendeeTableModel
    from checkin.ui.badges.view import BadgesScreen

    calls: dict[str, int] = {}
    monkeypatch.setattr(AttendeeTableModel, "refresh_rows",
                        _counting(calls, "attendees", AttendeeTableModel.refresh_rows))
    monkeypatch.setattr(BadgesScreen, "_show_printed", _counting(calls, "badges", BadgesScreen._show_printed))
    app = open_app(demo_path, screen="badges")
    badges = app.window.screen("badges")
    qtbot.waitUntil(lambda: badges.person.count() > 2, timeout=10_000)
    printed_guest = badges.person.itemData(2)
    badges.person.setCurrentIndex(2)
    assert badges.printed.text() == "Not printed yet"
    assert app.window.show_screen("attendees")
    model = app.window.screen("attendees").model
    qtbot.waitUntil(lambda: model.rowCount() == 600, timeout=10_000)
    day = app.ctx.store.get_meta("start")
    row = next(r for r in range(200) if not model.data(model.index(r, 5)) and model.data(model.index(r, 4)) != "cancelled")
    guest = model.attendee_id(row)
    calls.clear()

    # Another process (a second window, `checkin serve`) checks the guest in: the table shows it ...
    with EventStore.open(demo_path) as other:
        ledger.record(other, Kind.CHECKIN, guest, {"day": day, "point": "main", "source": "scan"}, at=datetime.now(UTC))
    qtbot.waitUntil(lambda: bool(model.data(model.index(row, 5))), timeout=10_000)
    assert calls.get("attendees", 0) >= 1
    assert calls.get("badges", 0) == 0  # ... and the Badges screen, which shows no arrivals, did not re-read

    # ... then prints the badge of the guest the Badges screen previews: that screen says so, the table stays.
    calls.clear()
    with EventStore.open(demo_path) as other:
        ledger.record(other, Kind.BADGE_PRINT, printed_guest, {"layout": "x", "printer": "p", "copies": 1})
    qtbot.waitUntil(lambda: "already printed 1" in badges.printed.text(), timeout=10_000)
    assert calls.get("badges", 0) >= 1
    assert calls.get("attendees", 0) == 0


def test_every_record_kind_says_what_it_changes():
    assert set(KIND_CHANGES) == {k.value for k in Kind}
    assert changes_for_kinds(["checkin", "badge_print"]) == Change.ARRIVALS | Change.BADGES
    assert changes_for_kinds(["a_kind_from_a_newer_version"]) == Change.ALL


def test_screens_reach_the_db_worker_only_through_ops():
    """A direct ``ctx.tasks.run`` has no default failure message and announces no change: only the ops layer
    (and the context's own journal read) may call it."""
    import ast

    ui = ROOT / "src" / "checkin" / "ui"
    direct = []
    for path in sorted(ui.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and node.attr == "run" and isinstance(node.value, ast.Attribute)
                    and node.value.attr == "tasks" and path.name not in ("ops.py", "context.py")):
                direct.append(f"{path.relative_to(ui)}:{node.lineno}")
    assert not direct, "use ui.ops.QueryOp / EventOp instead of ctx.tasks.run:\n" + "\n".join(direct)


def test_a_closed_screen_is_no_longer_told(qtbot, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QLabel

    from checkin.ui.context import AppContext

    ctx = AppContext(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), "en")
    try:
        label = QLabel()
        seen: list = []
        ctx.subscribe(Change.ARRIVALS, lambda notice: seen.append(notice.what), label, with_notice=True)
        ctx.notify(Change.PROGRAMME)
        ctx.notify(Change.ARRIVALS | Change.BADGES)
        assert seen == [Change.ARRIVALS | Change.BADGES]
        assert ctx.receivers("2changes(PyObject)") == 1
        label.deleteLater()
        qtbot.waitUntil(lambda: ctx.receivers("2changes(PyObject)") == 0,
                        timeout=2000)
        ctx.notify(Change.ARRIVALS)  # would call into a deleted label if the subscription outlived it
        assert len(seen) == 1
    finally:
        ctx.shutdown()


def test_a_screen_closed_while_its_op_runs_gets_no_answer(open_app, demo_path, qtbot):
    import threading

    import shiboken6
    from PySide6.QtWidgets import QLabel

    app = open_app(demo_path, screen="attendees")
    label = QLabel("a screen")
    release = threading.Event()
    answered: list = []
    notices: list = []
    app.ctx.changes.connect(notices.append)

    def op(store):
        release.wait(10)
        return store.count_attendees()

    EventOp(app.ctx, label, op, changes=Change.SETTINGS, success=answered.append).run_in_background()
    label.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(label), timeout=2000)
    release.set()
    qtbot.waitUntil(lambda: app.ctx.tasks.pending() == 0, timeout=10_000)
    assert answered == []  # no call into a deleted widget
    assert [n.what for n in notices] == [Change.SETTINGS]  # the other screens still hear of the change


def test_a_walk_in_from_another_station_appears_in_the_attendee_list(open_app, demo_path, qtbot):
    app = open_app(demo_path, screen="attendees")
    screen = app.window.screen("attendees")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 600, timeout=10_000)
    qtbot.keyClicks(screen.filter, "zzyzx")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=5000)
    with EventStore.open(demo_path) as other:
        new_id = other.next_attendee_id()
        ledger.record(other, Kind.WALKIN, new_id, {"fields": {"first_name": "Žaneta", "last_name": "Zzyzx",
                                                      "walk_in": True, "organisation": "Zzyzx s.r.o."}})
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10_000)  # an ATTENDEES notice re-reads the rows
    assert screen.model.index(0, 0).data() == "Zzyzx, Žaneta"
    assert screen.count.text() == "1 attendee shown"
