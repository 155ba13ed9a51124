"""The Sync back screen: export through the DB worker, status per target, walk-ins listed."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest

from checkin.core import ledger
from checkin.core.journal import Kind
from checkin.ui.changes import Change

pytestmark = pytest.mark.gui


@pytest.fixture
def shell(open_app, demo_path):
    return open_app(demo_path)


def _screen(shell):
    assert shell.window.show_screen("syncback")
    return shell.window.screen("syncback")


def test_export_from_screen_writes_file_and_shows_status(shell, qtbot, tmp_path):
    screen = _screen(shell)
    qtbot.waitUntil(lambda: screen.table.item(0, 1) is not None, timeout=5000)  # read on the DB worker
    assert screen.table.item(0, 1).text() == "—"
    out = tmp_path / "back.xlsx"
    screen.export_to(str(out))
    qtbot.waitUntil(lambda: not screen._busy, timeout=15000)
    assert out.exists()
    assert openpyxl.load_workbook(out).active.max_row == 601
    qtbot.waitUntil(lambda: screen.table.item(0, 2).text().startswith("✓ 600 rows"), timeout=3000)
    assert "back.xlsx" in screen.message.text()


def test_failed_export_is_reported_not_raised(shell, qtbot, tmp_path):
    screen = _screen(shell)
    screen.export_to(str(tmp_path / "missing-folder" / "x.xlsx"))
    qtbot.waitUntil(lambda: not screen._busy, timeout=15000)
    assert screen.message.text().startswith("Failed:")
    qtbot.waitUntil(lambda: screen.table.item(0, 2).text().startswith("✗"), timeout=3000)


def test_pull_without_settings_asks_for_them(shell, qtbot):
    screen = _screen(shell)
    screen.pull_button.click()
    assert "API token" in screen.message.text()
    assert not screen._busy


def test_walkin_arrival_listed_for_the_organiser(shell, qtbot):
    store = shell.ctx.store
    from checkin.core.pretix.state import update_meta

    update_meta(store, url="http://127.0.0.1:9/api/v1", organizer="o", event="e", list_id=1)
    new_id = store.next_attendee_id()
    ledger.record(store, Kind.WALKIN, new_id, {"fields": {"first_name": "Žaneta", "last_name": "Šťastná",
                                                  "walk_in": True, "organisation": "Šťastná s.r.o."}})
    ledger.record(store, Kind.CHECKIN, new_id, {"day": store.local_day(datetime.now().astimezone()), "point": "main"})
    shell.ctx.notify(Change.ATTENDEES | Change.ARRIVALS)
    screen = _screen(shell)
    qtbot.waitUntil(lambda: screen.attention.count() >= 1, timeout=3000)
    texts = [screen.attention.item(i).text() for i in range(screen.attention.count())]
    assert any("Žaneta Šťastná" in t and "without a pretix ticket" in t for t in texts)
    assert screen.url.text() == "http://127.0.0.1:9"
