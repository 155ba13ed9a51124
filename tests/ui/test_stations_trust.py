"""Issue 25 on the Stations screen: records refused from a helper and sequence numbers used twice are shown to
the organiser, in German too (a real bundle import of a tampered helper copy, a real journal with a reused id)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from checkin.core import ledger
from checkin.core.journal import Record
from checkin.core.store import EventStore
from checkin.core.sync.bundles import export_bundle, import_bundle

from ..e2e.syncutil import desk_copies
from ..security.trust_util import event_with_copies, forge

if TYPE_CHECKING:
    from checkin.ui.app import Application
    from checkin.ui.stations.view import StationsScreen

pytestmark = [pytest.mark.gui, pytest.mark.timeout(120)]


@pytest.fixture
def tampered_master(demo_path: Path, tmp_path: Path) -> Path:
    paths = event_with_copies(demo_path)
    forge(paths["helper"], "helper-1", "purge", None, {"keep_statistics": False})
    with EventStore.open(paths["helper"]) as helper:
        export_bundle(helper, tmp_path / "helper.ckbundle")
    with EventStore.open(paths["master"]) as master:
        _, screened = import_bundle(master, tmp_path / "helper.ckbundle")
        assert len(screened.refused) == 1
        day = master.get_meta("start")
        twice = [Record(f"00000000-0000-4000-8000-00000000000{i}", "desk-z", "", 1, 900 + i,
                        f"{day}T09:0{i}:00.000+00:00", "checkin", 20 + i, {"day": day, "point": "main"})
                 for i in (1, 2)]
        ledger.merge(master, twice)
    return paths["master"]


def _quiet_network(app: Application) -> None:
    """Sync on a free loopback port and no mDNS: tests running side by side never meet on the network."""
    app.ctx.settings.setValue("stations/port", 0)
    app.ctx.settings.setValue("stations/mdns", "false")


@pytest.fixture
def stations(open_app) -> Callable[..., StationsScreen]:
    """``stations(path, language="en")``: the Stations screen of the app (tests/ui/conftest.py) on ``path``. The
    shared fixture shuts the app down after the test, which stops the sync service (``ctx.closing``)."""

    def _open(path: Path, language: str = "en") -> StationsScreen:
        app = open_app(path, language, screen="stations", before_open=_quiet_network)
        return app.window.screen("stations")

    return _open


@pytest.mark.parametrize("language", ["en", "de"])
def test_refused_records_and_reused_numbers_are_shown(tampered_master, stations, qtbot, language):
    screen = stations(tampered_master, language)
    panel = screen.trust
    words = {"en": ("Refused 1 record", "deletion of personal data by helper-1", "helper",
                    "desk-z #1: check-in, check-in"),
             "de": ("1 Eintrag anderer Stationen abgelehnt", "Löschung personenbezogener Daten von helper-1",
                    "Helfer/in", "desk-z #1: Check-in, Check-in")}[language]
    qtbot.waitUntil(lambda: all(w in panel.text() for w in words), timeout=10000)
    assert "b3261e" in panel.styleSheet()  # red: the organiser should look
    if language == "de" and os.environ.get("CHECKIN_SHOT_DIR"):
        qtbot.wait(300)  # the layout makes room for the new lines
        screen.grab().save(str(Path(os.environ["CHECKIN_SHOT_DIR"]) / "stations-trust-de.png"))


@pytest.mark.parametrize("language", ["en", "de"])
def test_organiser_revokes_a_lost_laptop_on_the_stations_screen(demo_path: Path, stations, qtbot, monkeypatch,
                                                                 language):
    """Issue 25: the organiser picks the lost desk, gives a reason and confirms; the revocation is a journal
    record of the master (signed by the event key) and the panel says what it means."""
    from PySide6.QtWidgets import QMessageBox

    desk_copies(demo_path, ["desk-a", "desk-b"])
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes)
    screen = stations(demo_path, language)
    row = screen.revoke
    qtbot.waitUntil(lambda: row.station.count() == 2, timeout=10000)
    assert row.isVisible()
    row.station.setCurrentText("desk-a")
    row.reason.setText("Laptop gestohlen")
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    assert asked and "desk-a" in asked[0]
    words = {"en": "Revoked: desk-a", "de": "Gesperrt: desk-a"}[language]
    qtbot.waitUntil(lambda: words in screen.trust.text() and "Laptop gestohlen" in screen.trust.text(),
                    timeout=10000)
    qtbot.waitUntil(lambda: row.station.count() == 1, timeout=10000)  # desk-a is not offered again
    screen.ctx.shutdown()  # the revocation is in the event file once the app has let go of it
    with EventStore.open(demo_path, readonly=True) as m:
        (rec,) = m.journal.records(kind="station_revoke")
        assert rec.station_id == m.station_id and rec.data["station"] == "desk-a" and rec.data["sig"]["by"] == "event"


def test_a_desk_copy_offers_no_revocation(demo_path: Path, stations) -> None:
    (desk,) = desk_copies(demo_path, ["desk-a"])
    assert not stations(desk).revoke.isVisible()
