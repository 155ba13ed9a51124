"""The main window with a real event: title, counter, lazy attendee table, filter, language switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from checkin.core import ledger
from checkin.core.journal import Kind

pytestmark = pytest.mark.gui


@pytest.fixture
def shell(open_app, demo_path):
    return open_app(demo_path)


def test_window_shows_event_counter_and_table(shell, qtbot):
    w = shell.window
    assert "Clusterkonferenz" in w.title.text()
    expected = shell.ctx.store.count_attendees(include_cancelled=False)
    assert 500 < expected < 600 and w.counter.text() == f"Arrived: 0 / {expected}"
    table = w.screen("attendees").table
    qtbot.waitUntil(lambda: table.model().rowCount() == 600, timeout=5000)  # the ids are read on the DB worker
    names = [table.model().index(r, 0).data() for r in range(600)]
    assert any(n.startswith("Çelik, Şükrü") for n in names)
    assert names.index(next(n for n in names if n.startswith("Brändli"))) < names.index(
        next(n for n in names if n.startswith("Brzęczyszczykiewicz")))


def test_filter_uses_full_text_search(shell, qtbot):
    screen = shell.window.screen("attendees")
    qtbot.keyClicks(screen.filter, "sukru cel")
    qtbot.waitUntil(lambda: 1 <= screen.model.rowCount() < 20, timeout=3000)
    rows = [screen.model.index(r, 0).data() for r in range(screen.model.rowCount())]
    assert all(r.startswith("Çelik, Şükrü") for r in rows)
    screen.filter.clear()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 600, timeout=3000)


def test_counter_follows_checkins_from_another_process(shell, qtbot, demo_path):
    from checkin.core.store import EventStore

    other = EventStore.open(demo_path)  # a second connection, like `checkin scan` from a script
    ledger.record(other, Kind.CHECKIN, 2, {"day": other.local_day(__import__("datetime").datetime.now().astimezone()),
                                   "point": "main"})
    other.close()
    expected = shell.ctx.store.count_attendees(include_cancelled=False)
    qtbot.waitUntil(lambda: shell.window.counter.text() == f"Arrived: 1 / {expected}", timeout=3000)


def test_sorting_by_column(shell, qtbot):
    table = shell.window.screen("attendees").table
    qtbot.waitUntil(lambda: table.model().rowCount() == 600, timeout=5000)
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)

    def countries() -> list[str]:
        return [table.model().index(r, 2).data() for r in range(600)]

    qtbot.waitUntil(lambda: countries() == sorted(countries(), reverse=True), timeout=5000)
    assert countries()[0] > countries()[-1]


def test_language_switch_rebuilds_in_german(shell, qtbot):
    shell.window.show_screen("settings")
    settings = shell.window.screen("settings")
    settings.language.setCurrentIndex(0)  # Deutsch
    qtbot.waitUntil(lambda: shell.window.nav.item(0).text() == "Teilnehmende", timeout=3000)
    assert shell.window.counter.text().startswith("Angekommen")
