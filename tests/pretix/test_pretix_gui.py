"""The Sync back screen against the real pretix: fill in the settings, pull, check in, send."""

from __future__ import annotations

from datetime import datetime

import pytest

from checkin.core import ledger
from checkin.core.journal import Kind
from checkin.ui.changes import Change

pytestmark = [pytest.mark.pretix, pytest.mark.gui, pytest.mark.timeout(1500)]


def test_pull_and_send_from_the_screen(pretix, qtbot, event_path, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("CHECKIN_CONFIG_DIR", str(tmp_path / "config"))
    from PySide6.QtWidgets import QApplication

    from checkin.ui.app import Application

    app = Application(QApplication.instance(), "en")
    try:
        app.ctx.open_event(event_path)
        qtbot.addWidget(app.window)
        app.window.show()
        assert app.window.show_screen("syncback")
        screen = app.window.screen("syncback")
        fx = pretix.fixtures
        screen.url.setText(pretix.url)
        screen.organizer.setText(fx["organizer"])
        screen.event.setText(fx["event"])
        screen.token.setText(pretix.token)
        screen.pull_button.click()
        assert screen._busy and not screen.push_button.isEnabled()
        qtbot.waitUntil(lambda: not screen._busy, timeout=60000)
        assert "new" in screen.message.text(), screen.message.text()
        assert screen.list_id.value() == fx["list_id"]
        # the status table is re-read on the DB worker after the pull (ui.ops): wait for it
        qtbot.waitUntil(lambda: screen.table.item(1, 2) is not None and screen.table.item(1, 2).text().startswith("✓"),
                        timeout=10000)

        store = app.ctx.store
        guest = [p for p in fx["positions"] if p["status"] == "p"][25]
        aid = store.attendee_by_code(guest["secret"]).id
        ledger.record(store, Kind.CHECKIN, aid, {"day": "2026-11-21", "point": "main"},
                     at=datetime.fromisoformat("2026-11-21T09:30:00+01:00"))
        app.ctx.notify(Change.ARRIVALS)
        qtbot.waitUntil(lambda: "pretix: 1" in screen.waiting.text(), timeout=3000)
        screen.push_button.click()
        qtbot.waitUntil(lambda: not screen._busy, timeout=60000)
        assert screen.message.text().startswith("pretix: 1 sent"), screen.message.text()
        qtbot.waitUntil(lambda: screen.waiting.text().endswith(": 0"), timeout=3000)
        code, body = pretix.api(
            f"organizers/{fx['organizer']}/events/{fx['event']}/orderpositions/{guest['position_id']}/")
        assert [c["datetime"][:16] for c in body["checkins"]] == ["2026-11-21T09:30"]
    finally:
        app.ctx.shutdown()
