"""Signage at simulated times: bilingual now and next with rooms, updating by itself, moved sessions marked."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from checkin.core import agenda
from checkin.core.store import EventStore
from checkin.ui.changes import Change

pytestmark = pytest.mark.gui


def day(path, n: int, hh: int, mm: int = 0) -> datetime:
    with EventStore.open(path) as s:
        return datetime.combine(s.event.start + timedelta(days=n), time(hh, mm), s.tz)


@pytest.fixture
def signage(qtbot, demo_path, tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKIN_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("CHECKIN_SIMULATED_TIME", day(demo_path, 0, 13, 45).isoformat())
    from checkin.ui.app import Application

    app = Application(QApplication.instance(), "de")
    app.ctx.open_event(demo_path)
    qtbot.addWidget(app.window)
    app.window.resize(1400, 900)
    app.window.show()
    assert app.window.show_screen("signage")
    screen = app.window.screen("signage")
    yield screen
    if screen.full is not None:
        screen.full.close()
    app.ctx.shutdown()


def _shown(label, top) -> bool:
    """Not hidden up to ``top`` (rows just built are shown by Qt on the next event-loop turn)."""
    w = label
    while w is not None and w is not top:
        if w.isHidden():
            return False
        w = w.parentWidget()
    return True


def texts(widget) -> list[str]:
    QApplication.processEvents()  # Qt shows widgets added to a visible layout on the next event-loop turn
    return [lbl.text() for lbl in widget.findChildren(QLabel) if _shown(lbl, widget)]


def row_ids(board) -> list[int]:
    return [r.property("session_id") for r in board.rows]


def test_now_and_next_bilingual(signage, qtbot) -> None:
    signage.set_time(day(signage.ctx.path, 0, 13, 45))
    board = signage.board
    qtbot.waitUntil(lambda: board.clock.text() == "13:45", timeout=5000)  # read on the DB worker
    ids = row_ids(board)
    assert ids[:3] == [5, 6, 7]  # the three forums first, the all-day exhibition after them
    shown = " | ".join(texts(board))
    assert "Jetzt · Now" in shown and "Als Nächstes · Next" in shown
    assert "Fachforum 2: KMU in internationalen Wertschöpfungsketten" in shown
    assert "Expert forum 2: SMEs in international value chains" in shown
    assert "Forum 2: Saal Spree" in shown
    assert "Matchmaking (1:1-Gespräche)" in shown and "Matchmaking (1:1 meetings)" in shown
    assert "Simulated time" in signage.hint.text() or "Simulierte" in signage.hint.text()


def test_follows_the_clock_by_itself(signage, qtbot) -> None:
    signage.timer.setInterval(50)  # the real board refreshes every 15 s; the test does not wait that long
    signage.set_time(day(signage.ctx.path, 0, 8, 30))
    qtbot.waitUntil(lambda: signage.board.clock.text() == "08:30", timeout=5000)
    assert "Registrierung und Begrüßungskaffee" in " ".join(texts(signage.board))
    signage.clock.set(day(signage.ctx.path, 1, 15, 45))
    qtbot.waitUntil(lambda: signage.board.clock.text() == "15:45", timeout=2000)
    shown = " ".join(texts(signage.board))
    assert "Abschluss und Ausblick" in shown and "Closing and outlook" in shown
    signage.clock.set(day(signage.ctx.path, 1, 23, 0))
    qtbot.waitUntil(lambda: signage.board.clock.text() == "23:00", timeout=2000)
    assert "No more sessions today" in " ".join(texts(signage.board))
    assert "Nothing on right now" in " ".join(texts(signage.board))


def test_moved_session_shows_new_room_once_synced(signage, qtbot) -> None:
    signage.set_time(day(signage.ctx.path, 0, 13, 45))
    agenda.move_session(signage.ctx.store, 6, "Plenar")
    signage.ctx.notify(Change.PROGRAMME)
    qtbot.waitUntil(lambda: any(r.property("session_id") == 6 and "Plenarsaal / Plenary Hall" in
                                " ".join(texts(r)) for r in signage.board.rows), timeout=2000)
    row = next(r for r in signage.board.rows if r.property("session_id") == 6)
    assert "Neuer Raum · New room" in " ".join(texts(row))
    other = next(r for r in signage.board.rows if r.property("session_id") == 5)
    assert "Neuer Raum · New room" not in " ".join(texts(other))


def test_full_screen_window(signage, qtbot) -> None:
    signage.set_time(day(signage.ctx.path, 0, 13, 45))
    signage.full_button.click()
    full = signage.full
    qtbot.waitUntil(lambda: full.isVisible(), timeout=2000)
    qtbot.waitUntil(lambda: row_ids(full.board) == row_ids(signage.board) != [], timeout=5000)
    qtbot.keyClick(full, __import__("PySide6.QtCore").QtCore.Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not full.isVisible(), timeout=2000)
