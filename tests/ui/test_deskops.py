"""Desk operations on the real desk screen: walk-in, substitution, correction (reprint), companion, hand-out
issue/return, badge collected, paper backfill, and the VIP banner in the real main window. Every test
asserts the journal and what the screen shows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, QSettings, Qt, QTime
from PySide6.QtWidgets import QApplication, QLabel

from checkin.core import copies, ledger, pins
from checkin.core.desk import Desk
from checkin.core.deskops import set_invitation_only
from checkin.core.record_signing import content
from checkin.core.store import EventStore
from checkin.ui.context import AppContext
from checkin.ui.desk.view import DeskScreen
from checkin.ui.deskops import actions as ops

pytestmark = pytest.mark.gui


def _ctx(tmp_path, path) -> AppContext:
    settings = QSettings(str(tmp_path / "checkin.ini"), QSettings.Format.IniFormat)
    settings.setValue("desk/auto_return_s", 30)
    ctx = AppContext(settings, "en")
    ctx.open_event(path)
    return ctx


@pytest.fixture
def screen(qtbot, demo_path, tmp_path):
    ctx = _ctx(tmp_path, demo_path)
    w = DeskScreen(ctx)
    w.resize(1400, 850)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    ctx.shutdown()


def journal(w, kind):
    return w.ctx.store.journal.records(kind=kind)


def select(w, qtbot, query: str, attendee_id: int) -> None:
    w.search.setText(query)
    qtbot.waitUntil(lambda: w.results.count() > 0)
    for row in range(w.results.count()):
        if w.results.item(row).data(Qt.ItemDataRole.UserRole) == attendee_id:
            w.results.setCurrentRow(row)
    assert w.selected_attendee_id() == attendee_id


def test_bar_has_the_desk_operations(screen):
    bar = screen.actions_bar.buttons
    assert {"deskops_walkin", "deskops_guest", "deskops_backfill"} <= set(bar)
    assert bar["deskops_walkin"].isEnabled() and not bar["deskops_guest"].isEnabled()  # no guest chosen yet
    assert "F3" in bar["deskops_walkin"].text()


def test_walkin_form_registers_admits_and_shows(screen, qtbot):
    assert screen.actions_bar.trigger("deskops_walkin")
    dialog = screen.deskops_dialog
    assert dialog is not None and QApplication.activeModalWidget() is dialog
    dialog.accept()  # no name: stays open with the reason
    assert dialog.isVisible() and "name" in dialog.error.text()
    dialog.first.setText("Žaneta")
    dialog.last.setText("Šťastná")
    dialog.organisation.setText("Jihomoravské inovační centrum")
    dialog.category.setCurrentIndex(dialog.category.findData("press"))
    dialog.accept()
    assert not dialog.isVisible()
    [rec] = journal(screen, "walkin")
    assert rec.data["fields"]["last_name"] == "Šťastná" and rec.data["fields"]["walk_in"] is True
    assert rec.data["fields"]["category"] == "press" and rec.data["fields"]["code"]
    [checkin] = journal(screen, "checkin")
    assert checkin.attendee_id == rec.attendee_id and checkin.data["source"] == "walkin"
    assert screen.panel.state == "admitted" and screen.panel.texts()["name"] == "Žaneta Šťastná"
    # Its station-issued code admits like any invitation (tomorrow: today it is already admitted).
    assert Desk(screen.ctx.store).scan(rec.data["fields"]["code"]).status.value == "already_admitted"


def test_walkin_on_invitation_only_event_asks_for_the_pin(screen):
    store = screen.ctx.store
    pins.set_pin(store, "2468")
    set_invitation_only(store, True)
    dialog = ops.open_walkin(screen)
    assert dialog.form.indexOf(dialog.pin) >= 0
    dialog.last.setText("Spontan")
    dialog.pin.setText("1111")
    dialog.accept()
    assert dialog.isVisible() and "PIN" in dialog.error.text() and dialog.pin.text() == ""
    assert journal(screen, "walkin") == []
    dialog.pin.setText("2468")
    dialog.accept()
    assert not dialog.isVisible() and len(journal(screen, "walkin")) == 1


def test_substitution_after_the_colleague_scanned_the_invitation(screen, qtbot):
    store = screen.ctx.store
    screen.handle_code(store.attendee(5).code)  # the colleague shows the boss's invitation
    assert screen.panel.state == "admitted" and screen.selected_attendee_id() == 5
    screen.actions_bar.trigger("deskops_guest")
    menu = screen.deskops_menu
    by_name = {a.objectName(): a for a in menu.actions()}
    assert set(by_name) == {"deskops_substitute", "deskops_correct", "deskops_companion", "deskops_handout",
                            "deskops_collected"}
    by_name["deskops_substitute"].trigger()
    dialog = screen.deskops_dialog
    assert store.attendee(5).display_name in dialog.findChild(QLabel, "intro").text()
    assert dialog.organisation.text() == store.attendee(5).organisation and dialog.check_in.isChecked()
    assert "Move today's check-in" in dialog.check_in.text()
    dialog.first.setText("Anna")
    dialog.last.setText("Nowak")
    dialog.accept()
    assert not dialog.isVisible()
    [sub] = journal(screen, "substitution")
    assert sub.data["replaces"] == 5
    [undo] = journal(screen, "undo")
    assert store.first_arrival(5) is None and store.first_arrival(sub.attendee_id) is not None
    assert undo.data["undoes"] == journal(screen, "checkin")[0].record_id
    assert screen.panel.texts()["name"] == "Anna Nowak"


def test_correction_with_reprint_request(screen, qtbot):
    store = screen.ctx.store
    select(screen, qtbot, "Işık", 9)
    dialog = ops.open_correction(screen)
    old = store.attendee(9).organisation
    assert dialog.edits["organisation"].text() == old
    dialog.edits["organisation"].setText("Neue Organisation GmbH")
    dialog.edits["title"].setText("Prof. Dr.")
    dialog.accept()
    assert not dialog.isVisible()
    [rec] = journal(screen, "correction")
    assert rec.data["fields"] == {"organisation": "Neue Organisation GmbH", "title": "Prof. Dr."}
    assert rec.data["original"]["organisation"] == old
    assert store.attendee(9).organisation == "Neue Organisation GmbH"
    # No printer chosen on this test desk: the staff are told so instead of silently nothing.
    assert "printer" in screen.panel.detail.text().lower()


def test_companion_listed_and_checked_in_individually(screen, qtbot):
    store = screen.ctx.store
    select(screen, qtbot, "Işık", 9)
    dialog = ops.open_companion(screen)
    dialog.first.setText("Ορέστης")
    dialog.last.setText("Παπαδόπουλος")
    dialog.check_in.setChecked(False)
    dialog.accept()
    [rec] = journal(screen, "companion")
    assert rec.data["companion_of"] == 9 and journal(screen, "checkin") == []
    select(screen, qtbot, "Işık", 9)
    again = ops.open_companion(screen)
    assert "Παπαδόπουλος" in again.findChild(QLabel, "intro").text()
    again.reject()
    screen.handle_code(store.attendee(rec.attendee_id).code)  # the companion's own code, own check-in
    assert screen.panel.state == "admitted" and store.first_arrival(9) is None


def test_handout_issue_and_return(screen, qtbot):
    store = screen.ctx.store
    select(screen, qtbot, "Işık", 9)
    dialog = ops.open_handout(screen)
    assert not dialog.return_button.isEnabled()
    dialog.item.setEditText("receiver")
    dialog.deposit.setText("ID card")
    dialog.accept()
    [issue] = journal(screen, "handout")
    assert content(issue.data) == {"item": "receiver", "action": "issue", "deposit": "ID card"}
    select(screen, qtbot, "Işık", 9)
    back = ops.open_handout(screen)
    assert back.return_button.isEnabled() and "ID card" in back.holds.text()
    back.return_button.click()
    assert not back.isVisible()
    ret = journal(screen, "handout")[-1]
    assert ret.data["action"] == "return" and ret.data["of"] == issue.record_id
    assert "ID card" in screen.panel.detail.text()  # give the deposit back
    from checkin.core.deskops import holding

    assert holding(store) == []


def test_badge_collected_once(screen, qtbot):
    select(screen, qtbot, "Işık", 9)
    ops.badge_collected(screen)
    select(screen, qtbot, "Işık", 9)
    ops.badge_collected(screen)
    assert len(journal(screen, "badge_collected")) == 1
    assert "already" in screen.panel.headline.text().lower()
    assert screen.ctx.store.first_arrival(9) is None


def test_paper_backfill_mode(screen, qtbot):
    store = screen.ctx.store
    dialog = ops.open_backfill(screen)
    # An hour ago at the venue, not a clock time like 08:50: before 08:50 that would lie in the future (the demo
    # event starts on the machine's date and CI runs at any hour).
    when = (datetime.now(UTC).astimezone(store.tz) - timedelta(hours=1)).replace(second=0, microsecond=0)
    day, hhmm = when.date(), when.strftime("%H:%M")
    dialog.when.setDateTime(QDateTime(day, QTime(when.hour, when.minute)))
    dialog.search.setText("Işık")
    qtbot.waitUntil(lambda: dialog.results.count() > 0)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # Return: tick the first match
    [rec] = journal(screen, "checkin")
    assert rec.attendee_id == 9 and rec.data["source"] == "paper"
    local = datetime.fromisoformat(rec.wall_time).astimezone(store.tz)
    assert (local.date(), local.hour, local.minute) == (day, when.hour, when.minute)
    assert dialog.log.count() == 1 and hhmm in dialog.log.item(0).text() and dialog.search.text() == ""
    dialog.search.setText("Işık")
    qtbot.waitUntil(lambda: dialog.results.count() > 0)
    assert dialog.results.item(0).text().startswith("✔")
    dialog.tick_selected()
    assert len(journal(screen, "checkin")) == 1 and "already" in dialog.log.item(0).text()


def test_vip_banner_in_the_main_window_until_acknowledged(qtbot, demo_path, tmp_path):
    from checkin.ui.main_window import MainWindow

    with EventStore.open(demo_path) as master:
        desk = copies.make_copy(master, tmp_path / "desk1.checkin", station="desk-1").path
        vip = master.conn.execute("SELECT id FROM attendees WHERE attention = 1 ORDER BY id LIMIT 1").fetchone()[0]
    ctx = _ctx(tmp_path, demo_path)  # the organiser's laptop
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    banner = window.notice_banner
    assert not banner.isVisible()
    with EventStore.open(desk) as d:  # the State Secretary arrives at desk 1 ...
        Desk(d).check_in(vip, at=datetime.now(UTC))
        records = d.journal.records()
    with EventStore.open(demo_path) as other:  # ... and the records reach this file (sync service)
        ledger.merge(other, records)
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=5000)  # external change seen by the file watcher
    assert "desk-1" in banner.text.text() and ctx.store.attendee(vip).last_name in banner.text.text()
    window.show_screen("dashboard")  # another screen: still there
    assert banner.isVisible()
    banner.ack.click()
    qtbot.waitUntil(lambda: not banner.isVisible())
    [ack] = ctx.store.journal.records(kind="attention_ack")
    assert ack.station_id == "master" and ack.data["of"] == records[-1].record_id
    ctx.shutdown()
