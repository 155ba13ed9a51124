"""The programme screen on the real demo event at a simulated 13:45 on day one: timetable, person lookup,
matchmaking and a session door filled to capacity."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from checkin.core import agenda, ledger
from checkin.core.journal import Kind
from checkin.core.store import EventStore
from checkin.ui.changes import Change
from tests.ui.scanner_helpers import person_types, scanner_types

pytestmark = pytest.mark.gui
FORUM2, FORUM3 = 6, 7


def day1(path, hh: int, mm: int = 0) -> datetime:
    with EventStore.open(path) as s:
        return datetime.combine(s.event.start, time(hh, mm), s.tz)


@pytest.fixture
def screen(qtbot, demo_path, tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKIN_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("CHECKIN_SIMULATED_TIME", day1(demo_path, 13, 45).isoformat())
    from PySide6.QtWidgets import QApplication

    from checkin.ui.app import Application

    app = Application(QApplication.instance(), "en")
    app.ctx.open_event(demo_path)
    qtbot.addWidget(app.window)
    app.window.resize(1400, 900)
    app.window.show()
    assert app.window.show_screen("programme")
    programme = app.window.screen("programme")
    programme.clock.set(day1(demo_path, 13, 45))  # frozen from here on
    qtbot.waitUntil(lambda: bool(programme.grid.blocks), timeout=10_000)  # the timetable is read on the worker
    yield programme
    app.ctx.shutdown()


def checkin(store: EventStore, attendee_id: int, when: datetime) -> None:
    ledger.record(store, Kind.CHECKIN, attendee_id, {"day": store.local_day(when), "point": "main", "source": "scan"},
                 at=when)


def test_timetable_grid_and_now_next(screen, qtbot) -> None:
    grid = screen.grid
    titles = {b.session.title_en for b in grid.blocks}
    assert "Expert forum 2: SMEs in international value chains" in titles
    assert [r.name for r in grid.rooms][:4] == ["Plenarsaal / Plenary Hall", "Forum 1: Saal Berlin",
                                               "Forum 2: Saal Spree", "Forum 3: Saal Havel"]
    block = grid.block_for(FORUM2)
    assert block.session.assigned > 0 and block.session.capacity == 80
    assert "assigned" in grid.counts_text(block.session) and "in room 0/80" in grid.counts_text(block.session)
    # Blocks sit in their room's row, in time order; overlapping sessions in one room get their own lanes.
    assert block.rect.top() < grid.block_for(FORUM3).rect.top()
    exhibition_room = [b for b in grid.blocks if b.session.room and b.session.room.id == 6]
    assert len({b.rect.top() for b in exhibition_room}) >= 2
    strip = screen.strip.text()
    assert "Expert forum 2" in strip and "Forum 2: Saal Spree" in strip and "Matchmaking" in strip
    # Clicking a block shows both titles; the button opens the door check-in for it.
    screen.scroll.ensureVisible(int(block.rect.center().x()), int(block.rect.center().y()))
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton,
                     pos=block.rect.center().toPoint())
    assert grid.selected == FORUM2
    assert "Fachforum 2" in screen.details.text() and "Expert forum 2" in screen.details.text()
    screen.door_button.click()
    assert screen.tabs.currentWidget() is screen.door and screen.door.session_id() == FORUM2


def test_moved_session_shows_new_room(screen, qtbot) -> None:
    agenda.move_session(screen.ctx.store, FORUM2, 1)
    screen.ctx.notify(Change.PROGRAMME)
    qtbot.waitUntil(lambda: screen.grid.block_for(FORUM2).session.room.id == 1, timeout=2000)
    assert screen.grid.block_for(FORUM2).rect.top() < screen.grid.block_for(5).rect.top()  # now in row 1
    assert "Plenarsaal / Plenary Hall" in screen.strip.text()


def test_person_lookup_and_pdf(screen, qtbot, tmp_path) -> None:
    screen.tabs.setCurrentWidget(screen.person)
    panel = screen.person
    panel.query.setFocus()
    person_types("celik", 90)  # typed by a person (a fast burst would be taken for a badge scan)
    qtbot.waitUntil(lambda: panel.results.count() >= 1, timeout=3000)
    ids = [panel.results.item(r).data(Qt.ItemDataRole.UserRole) for r in range(panel.results.count())]
    assert 2 in ids  # Şükrü Çelik, found without typing the diacritics
    panel.results.setCurrentRow(ids.index(2))
    assert "Şükrü Çelik" in panel.header.text()
    store = screen.ctx.store
    items = agenda.person_agenda(store, 2)
    assert panel.table.rowCount() == len(items)
    first_meeting = next(i for i in items if i.kind == "meeting")
    row = items.index(first_meeting)
    assert panel.table.item(row, 2).text().startswith(f"Table {first_meeting.table}")
    assert first_meeting.partners[0].name in panel.table.item(row, 3).text()
    assert "not yet" in panel.table.item(row, 4).text()
    checkin(store, first_meeting.partners[0].id, day1(screen.ctx.path, 9, 12))
    screen.ctx.notify(Change.ARRIVALS)
    qtbot.waitUntil(lambda: panel.table.item(row, 4).text().startswith("✓"), timeout=2000)
    assert "09:12" in panel.table.item(row, 4).text()
    out = panel.save_pdf(tmp_path / "celik.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) == 1 and "Çelik" in reader.pages[0].extract_text()


def test_matchmaking_by_slot_filter_and_table(screen, qtbot) -> None:
    screen.tabs.setCurrentWidget(screen.matchmaking)
    panel = screen.matchmaking
    assert panel.slot.currentData() == day1(screen.ctx.path, 14, 0)  # the next slot at 13:45
    total = panel.table.rowCount()
    assert total == len(agenda.meetings(screen.ctx.store, slot=panel.slot.currentData())) > 0
    pair = panel.meetings[0]
    for p in pair.participants:
        checkin(screen.ctx.store, p.id, day1(screen.ctx.path, 9, 0))
    panel.not_arrived.setChecked(True)
    assert panel.table.rowCount() == total - 1
    assert pair.id not in {m.id for m in panel.meetings}
    assert f"{total - 1} meetings" in panel.summary.text()
    qtbot.keyClicks(panel.table_no, "17")
    qtbot.waitUntil(lambda: panel.table_no.text() == "17", timeout=2000)  # the wedge filter replays typing
    assert panel.meetings and {m.table for m in panel.meetings} == {"17"}
    assert all(panel.table.item(r, 1).text() == "17" for r in range(panel.table.rowCount()))


def test_door_check_in_to_full(screen, qtbot) -> None:
    store = screen.ctx.store
    agenda.change_session(store, FORUM2, {"capacity": 3})
    screen.open_door(FORUM2)
    door = screen.door
    people = [r[0] for r in store.conn.execute(
        "SELECT a.code FROM session_assignments sa JOIN attendees a ON a.id = sa.attendee_id "
        "WHERE sa.session_id = ? AND a.status != 'cancelled' ORDER BY a.id LIMIT 4", (FORUM2,))]
    for i, code in enumerate(people[:3]):
        door.clock.set(day1(screen.ctx.path, 13, 35) + timedelta(seconds=i))
        qtbot.keyClicks(door.code, code)
        qtbot.keyClick(door.code, Qt.Key.Key_Return)
        assert door.last.status == "admitted"
    assert door.occupancy.text() == "3 / 3" and door.gauge.property("state") == "full"
    assert "FULL" in door.state.text()
    door.scan(people[3])
    assert door.last.status == "full" and not door.last.recorded
    assert "FULL" in door.result.text() and "Space in:" in door.result.text()  # where to send the guest
    assert door.admit_button.isVisibleTo(door)
    door.admit_anyway()
    assert door.last.recorded and door.occupancy.text() == "4 / 3"
    # Exit mode counts down.
    door.exit.setChecked(True)
    door.scan(people[0])
    assert door.last.status == "exited" and door.occupancy.text() == "3 / 3"
    screen.tabs.setCurrentWidget(screen.timetable)  # the timetable follows the door
    qtbot.waitUntil(lambda: screen.grid.block_for(FORUM2).session.present == 3, timeout=10_000)
    assert "FULL" in screen.grid.counts_text(screen.grid.block_for(FORUM2).session)


def test_door_flags_guest_of_another_forum(screen, qtbot) -> None:
    store = screen.ctx.store
    guest = store.conn.execute(
        "SELECT a.code FROM session_assignments sa JOIN attendees a ON a.id = sa.attendee_id "
        "WHERE sa.session_id = ? AND a.status != 'cancelled' ORDER BY a.id LIMIT 1", (FORUM3,)).fetchone()[0]
    screen.open_door(FORUM2)
    door = screen.door
    door.scan(guest)
    assert door.last.status == "not_assigned" and not door.last.recorded
    assert "Forum 3: Saal Havel" in door.result.text()
    assert door.admit_button.isVisibleTo(door) and door.redirect_button.isVisibleTo(door)
    door.redirect()
    assert not door.admit_button.isVisibleTo(door) and door.occupancy.text() == "0 / 80"
    door.scan("SOMETHING-ELSE")
    assert door.last.status == "invalid_code" and not door.admit_button.isVisibleTo(door)


def test_door_takes_wedge_scans_only_when_visible(screen, qtbot) -> None:
    store = screen.ctx.store
    code = store.conn.execute(
        "SELECT a.code FROM session_assignments sa JOIN attendees a ON a.id = sa.attendee_id "
        "WHERE sa.session_id = ? AND a.status != 'cancelled' ORDER BY a.id LIMIT 1", (FORUM2,)).fetchone()[0]
    screen.open_door(FORUM2)
    screen.door.code.setFocus()
    qtbot.wait(300)  # a helper scans at an idle door (see the wedge's first-key timer)
    scanner_types(code)
    qtbot.waitUntil(lambda: screen.door.last is not None, timeout=3000)
    assert screen.door.last.status == "admitted"
    screen.tabs.setCurrentIndex(0)  # door not on screen: a scan is not a door entry
    screen.door.last = None
    scanner_types(code)
    qtbot.wait(400)
    assert screen.door.last is None
