"""The Stations screen: its sync service runs in the background, a station added by address shows up, and a
check-in made there reaches this GUI (a change notice of the merge reaches the screens); pairing shows a QR code that decodes to the payload."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from checkin.core import copies, ledger
from checkin.core.journal import Kind
from checkin.core.store import EventStore
from checkin.core.sync.secret import ensure_secret
from checkin.core.sync.service import StationService
from checkin.ui.changes import Change

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]


@pytest.fixture
def desks(demo_path):
    with EventStore.open(demo_path) as master:
        ensure_secret(master)
        return [copies.make_copy(master, demo_path.parent / f"{n}.checkin", station=n).path
                for n in ("desk-1", "desk-2")]


@pytest.fixture
def shell(qtbot, desks, tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKIN_CONFIG_DIR", str(tmp_path / "config"))
    from PySide6.QtWidgets import QApplication

    from checkin.ui.app import Application

    app = Application(QApplication.instance(), "en")
    app.ctx.settings.setValue("stations/port", 0)  # any free loopback port in tests
    app.ctx.settings.setValue("stations/mdns", "false")
    app.ctx.open_event(desks[0])
    qtbot.addWidget(app.window)
    app.window.show()
    yield app
    screen = app.window.screen("stations")
    if screen is not None:
        screen.runner.stop()
    app.ctx.shutdown()


def test_station_added_by_address_syncs_into_the_gui(shell, desks, qtbot, tmp_path):
    assert shell.window.show_screen("stations")
    screen = shell.window.screen("stations")
    qtbot.waitUntil(lambda: screen.runner.service is not None, timeout=10000)
    other = StationService(desks[1], host="127.0.0.1", port=0, mdns=False)
    other.start()
    try:
        screen.address.setText(f"127.0.0.1:{other.port}")
        screen.add_address()
        qtbot.waitUntil(lambda: screen.table.rowCount() == 1 and screen.table.item(0, 1).text() == "connected",
                        timeout=15000)
        assert screen.table.item(0, 0).text() == "desk-2 (desk)"  # the role it proved (issue 25)
        with EventStore.open(desks[1]) as s:
            day = s.get_meta("start")
            ledger.record(s, Kind.CHECKIN, 12, {"day": day, "point": "main", "source": "scan"}, at=datetime.now(UTC))
        with qtbot.waitSignal(shell.ctx.changes, timeout=10000,
                              check_params_cb=lambda notice: notice.concerns(Change.ARRIVALS)):
            pass
        qtbot.waitUntil(lambda: shell.ctx.store.first_arrival(12) is not None, timeout=5000)
        screen.show_pairing()
        qtbot.wait(200)
        screen.grab().save(str(Path(os.environ.get("CHECKIN_SHOT_DIR", tmp_path)) / "stations.png"))
    finally:
        other.stop()


def test_pairing_qr_decodes_to_the_payload(shell, qtbot):
    from PIL import Image
    from pyzbar.pyzbar import decode

    from checkin.core.sync.pairing import decode_payload

    assert shell.window.show_screen("stations")
    screen = shell.window.screen("stations")
    screen.show_pairing()
    pix = screen.qr.pixmap()
    assert pix is not None and not pix.isNull()
    img = pix.toImage()
    raw = Image.frombytes("RGBA", (img.width(), img.height()),
                          bytes(img.convertToFormat(img.Format.Format_RGBA8888).constBits()))
    found = decode(raw.convert("L"))
    assert found
    eid, secret, _urls = decode_payload(found[0].data.decode())
    assert eid == shell.ctx.store.get_meta("event_id") and len(secret) == 32
    assert len(screen.short_code.text()) == 14


def test_closing_the_event_stops_the_sync_service(open_app, demo_path, qtbot):
    """The station's sync service runs in a QThread: shutting the app's context down must stop it (a running
    QThread destroyed with the app aborts the whole process, which a desk worker sees as a crash)."""
    app = open_app(demo_path, screen="stations")
    runner = app.window.screen("stations").runner
    thread = runner.thread
    assert thread is not None
    qtbot.waitUntil(lambda: runner.service is not None or bool(runner.error), timeout=15000)
    app.ctx.shutdown()
    assert runner.thread is None and not thread.isRunning()
