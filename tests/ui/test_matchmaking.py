"""The matchmaking desk on the real demo (issue 23): a check-in merged from another station turns up on the
live board, marks and the rematch dialog write synced records, the desk result shows a guest's meetings, and the
signage shows the next slot's table plan with the rematch as a change."""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from checkin.core import agenda, ledger
from checkin.core.journal import Kind, Record, iso
from checkin.core.store import EventStore

pytestmark = pytest.mark.gui


def _slot(path) -> tuple[datetime, int, int, int, int]:
    """First slot; its first meeting (id, guest, partner) and a free guest of the guest's sector."""
    with EventStore.open(path) as s:
        slot = agenda.slots(s, s.event.start)[0]
        m = agenda.meetings(s, slot=slot)[0]
        guest, partner = m.participants[0].id, m.participants[1].id
        sector = s.attendee(guest).extra["sector"]
        busy = {p.id for x in agenda.meetings(s, slot=slot) for p in x.participants}
        meets = {p.id for i in agenda.person_agenda(s, guest) for p in i.partners}
        mate = next(a.id for a in s.iter_attendees() if a.extra.get("sector") == sector and a.status != "cancelled"
                    and a.id not in busy | meets and "matchmaking" in a.registered_for)
        return slot, m.id, guest, partner, mate


def _from_another_station(path, attendee_id: int, when: datetime) -> None:
    """A check-in made at desk 9, merged into this file as a sync would (another connection commits)."""
    with EventStore.open(path) as s:
        rec = Record(str(uuid.uuid4()), "desk-9", "", 1 + attendee_id, 1, iso(when), Kind.CHECKIN.value,
                     attendee_id, {"day": s.local_day(when), "point": "main", "source": "scan"})
        ledger.merge(s, [rec])


@pytest.fixture
def app(open_app, demo_path):
    return open_app(demo_path, screen="matchmaking")


def _row(board, meeting_id: int) -> int:
    return next(i for i, s in enumerate(board.statuses) if s.id == meeting_id)


def test_board_follows_another_station_and_marks(app, demo_path, qtbot) -> None:
    slot, mid, guest, partner, _mate = _slot(demo_path)
    board = app.window.screen("matchmaking")
    board.set_time(slot - timedelta(minutes=10))
    assert board.slot.currentData() == slot
    assert board.statuses[_row(board, mid)].state == "at_risk"  # nobody here yet
    _from_another_station(demo_path, guest, slot - timedelta(minutes=40))
    qtbot.waitUntil(lambda: guest not in [p.id for p in board.statuses[_row(board, mid)].missing], timeout=5000)
    row = _row(board, mid)
    assert board.statuses[row].state == "at_risk"
    assert "not arrived" in board.table.item(row, 3).text() and "here since" in board.table.item(row, 2).text()
    assert "At risk" in board.table.item(row, 4).text() and "At risk:" in board.summary.text()
    board.table.selectRow(row)
    assert board.rematch_button.isEnabled()
    qtbot.mouseClick(board.noshow_button, Qt.MouseButton.LeftButton)
    assert board.statuses[_row(board, mid)].state == "no_show" and "marked no-show" in board.status.text()
    board.table.selectRow(_row(board, mid))
    qtbot.mouseClick(board.clear_button, Qt.MouseButton.LeftButton)
    assert board.statuses[_row(board, mid)].state == "at_risk"
    with EventStore.open(demo_path) as s:
        marks = [r.data["state"] for r in s.journal.records(kind=Kind.MEETING_MARK)]
    assert marks == ["no_show", "planned"]
    board.table_no.setText(agenda_table(demo_path, mid))  # a table's day
    assert {s.table for s in board.statuses} == {agenda_table(demo_path, mid)} and len(board.statuses) > 1


def agenda_table(path, meeting_id: int) -> str:
    with EventStore.open(path) as s:
        return agenda.meetings(s, ids=[meeting_id])[0].table


def test_rematch_dialog_books_and_writes_slips(app, demo_path, qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    slot, mid, guest, partner, mate = _slot(demo_path)
    _from_another_station(demo_path, guest, slot - timedelta(minutes=40))
    _from_another_station(demo_path, mate, slot - timedelta(minutes=30))
    board = app.window.screen("matchmaking")
    board.set_time(slot + timedelta(minutes=12))
    row = _row(board, mid)
    assert board.statuses[row].state == "no_show"
    board.table.selectRow(row)
    dialog = board.open_rematch()
    assert dialog is not None and dialog.suggestions[0].attendee_id == mate
    assert "A new partner for" in dialog.heading.text()
    sector = app.ctx.store.attendee(guest).extra["sector"]
    assert sector in dialog.table.item(0, 3).text()
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert dialog.booking is not None and len(dialog.slips) == 2 and all(p.exists() for p in dialog.slips)
    assert "Booked: table" in board.status.text()
    new = next(s for s in board.statuses if s.rematch_for == guest)
    assert sorted(p.id for p in new.participants) == sorted([guest, mate]) and new.state == "ready"
    assert board.statuses[_row(board, mid)].replaced_by == [new.id]
    assert "replaced by a rematch" in board.table.item(_row(board, mid), 4).text()
    items = [i for i in agenda.person_agenda(app.ctx.store, mate) if i.start == slot]
    assert [[p.id for p in i.partners] for i in items] == [[guest]]

    # The signage: the next slot's plan shows the rematch at the guest's table, marked as new.
    assert app.window.show_screen("signage")
    signage = app.window.screen("signage")
    signage.set_time(slot + timedelta(minutes=5))  # the board is read on the DB worker: wait for it
    qtbot.waitUntil(lambda: f"Table {new.table}:" in signage.changes.text(), timeout=5000)
    assert signage.changes.isVisible()
    signage.set_time(slot + timedelta(minutes=40))  # the next slot has no changes: the strip points to its plan
    qtbot.waitUntil(lambda: "table plan at the matchmaking area" in signage.changes.text(), timeout=5000)
    signage.set_time(slot + timedelta(hours=5))  # no more slots today: no strip
    qtbot.waitUntil(lambda: not signage.changes.isVisible(), timeout=5000)
    signage.set_time(slot + timedelta(minutes=5))
    signage.mode.setCurrentIndex(signage.mode.findData("tables"))
    qtbot.waitUntil(lambda: signage.plan.isVisible() and not signage.board.isVisible(), timeout=5000)
    assert f"{slot:%H:%M}" in signage.plan.title.text()
    lines = signage.plan.texts()
    mate_name = app.ctx.store.attendee(mate).display_name
    assert any(line.startswith(new.table + " ") and mate_name in line and "New" in line for line in lines)
    assert len(lines) == len(agenda.meetings(app.ctx.store, slot=slot, replaced=False))


def test_desk_result_shows_the_guests_meetings_today(open_app, demo_path, qtbot) -> None:
    _slot_, mid, guest, partner, _mate = _slot(demo_path)
    _from_another_station(demo_path, partner, datetime.now().astimezone() - timedelta(minutes=5))
    app = open_app(demo_path, screen="desk")
    desk = app.window.screen("desk")
    with EventStore.open(demo_path) as s:
        code, partner_name = s.attendee(guest).code, s.attendee(partner).display_name
        today = [m for m in agenda.meetings(s, day=s.local_day(datetime.now().astimezone()))
                 if guest in [p.id for p in m.participants]]
    desk.handle_code(code)
    lines = desk.meeting_lines.text().splitlines()
    if not today:  # matchmaking is on the demo's first day: today at the venue, unless the run crossed midnight there
        assert not desk.meeting_lines.isVisible()
        return
    assert desk.meeting_lines.isVisible() and lines[0] == "Meetings today:"
    assert len(lines) == 1 + len(today)
    first = next(line for line in lines if partner_name in line)
    assert f"table {agenda_table(demo_path, mid)}" in first and first.endswith("✓ here")
    assert all(line.endswith(("✓ here", "✗ not here yet")) for line in lines[1:])
    desk.ready()
    assert not desk.meeting_lines.isVisible()


@pytest.mark.cups
def test_booking_prints_both_new_slips_on_the_stations_printer(app, demo_path, qtbot) -> None:
    from pypdf import PdfReader

    from tests.cups_env import ensure_cups

    cups = ensure_cups()
    app.ctx.settings.setValue("badges/printer", cups.queue)  # the printer this desk chose for badges
    slot, mid, guest, _partner, mate = _slot(demo_path)
    _from_another_station(demo_path, guest, slot - timedelta(minutes=40))
    _from_another_station(demo_path, mate, slot - timedelta(minutes=30))
    board = app.window.screen("matchmaking")
    board.set_time(slot + timedelta(minutes=12))
    board.table.selectRow(_row(board, mid))
    dialog = board.open_rematch()
    assert dialog.suggestions[0].attendee_id == mate
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert f"Slips sent to {cups.queue}." in board.status.text()
    store = app.ctx.store
    for me, other in ((guest, mate), (mate, guest)):
        pdf = next(p for p in dialog.slips if p.name.startswith(f"agenda-{me}-"))
        printed = cups.find_output(f"checkin agenda {pdf.stem}")
        text = PdfReader(str(printed)).pages[0].extract_text()
        # cups-pdf re-embeds the fonts, so letters beyond ASCII do not extract: compare the ASCII runs
        name = max(re.split(r"[^A-Za-z -]", store.attendee(other).last_name), key=len)
        assert name in text and re.search(rf"\b(Table|Tisch) {dialog.booking.table}\b", text), text


def test_rematch_keeps_what_the_guests_have_in_common_in_view(open_app, demo_path, qtbot, readable_font) -> None:
    """The *In common* column (why a guest is suggested) sat beyond the right edge behind a sideways scroll bar,
    pushed out by "Ministerium für Wirtschaft, Arbeit und Wohnungsbau Baden-Württemberg"."""
    from checkin.core.deskops.people import correct

    slot, mid, guest, _partner, mate = _slot(demo_path)
    _from_another_station(demo_path, guest, slot - timedelta(minutes=40))
    _from_another_station(demo_path, mate, slot - timedelta(minutes=30))
    with EventStore.open(demo_path) as s:  # the longest organisation the evening-before list has
        correct(s, mate, {"organisation": "Ministerium für Wirtschaft, Arbeit und Wohnungsbau Baden-Württemberg"})
    app = open_app(demo_path, screen="matchmaking")
    board = app.window.screen("matchmaking")
    board.set_time(slot + timedelta(minutes=12))
    board.table.selectRow(_row(board, mid))
    dialog = board.open_rematch()
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert "Baden-Württemberg" in table.item(0, 1).text()
    assert not table.horizontalScrollBar().isVisible()
    right = table.columnViewportPosition(3) + table.columnWidth(3)
    assert right <= table.viewport().width() and table.columnWidth(3) >= 150
    for row in range(table.rowCount()):
        assert table.visualItemRect(table.item(row, 0)).width() >= table.fontMetrics().horizontalAdvance(
            table.item(row, 0).text())  # every name whole
    dialog.reject()
