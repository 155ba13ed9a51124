"""The Settings screen and `checkin settings` share one store: what the worker sets in the window the command
line reads, and what a script set shows in the window (and on the desk)."""

from __future__ import annotations

import json
import os
from datetime import datetime

import pytest

pytestmark = pytest.mark.gui


def test_window_and_command_line_share_the_desk_settings(open_app, demo_path, qtbot, cli):
    env = {"CHECKIN_CONFIG_DIR": os.environ["CHECKIN_CONFIG_DIR"]}  # set by open_app for this test
    cli("settings", "set", "printer", "Brother_QL", env=env, check=True)
    cli("settings", "set", "print-on-checkin", "true", env=env, check=True)
    app = open_app(demo_path, language="en", screen="settings")
    screen = app.window._built["settings"]
    assert "Brother_QL" in screen.printing.text() and "on" in screen.printing.text()
    screen.auto_return.setValue(9)
    screen.operator.setText("Anna (desk 2)")
    screen.operator.editingFinished.emit()
    app.settings.sync()  # QSettings writes on its own shortly; a script may read it right away
    listed = json.loads(cli("settings", "list", "--json", env=env, check=True).stdout)
    assert listed["auto-return"] == "9" and listed["operator"] == "Anna (desk 2)"
    assert listed["printer"] == "Brother_QL"
    app.window.show_screen("desk")
    desk = app.window._built["desk"]
    qtbot.waitUntil(lambda: desk.isVisible())
    assert desk.auto_return_s == 9 and desk.desk.operator == "Anna (desk 2)"


def test_station_name_set_in_the_window_names_the_next_copy_opened(open_app, demo_path, tmp_path, qtbot, cli):
    from PySide6.QtWidgets import QLabel

    from checkin.core import copies
    from checkin.core.store import EventStore

    env = {"CHECKIN_CONFIG_DIR": os.environ["CHECKIN_CONFIG_DIR"]}
    with EventStore.open(demo_path) as master:
        copy = copies.make_copy(master, tmp_path / "desk.checkin", station="desk-7").path
    app = open_app(demo_path, language="en", screen="settings")
    screen = app.window._built["settings"]
    qtbot.keyClicks(screen.station_name, "foyer left")
    screen.station_name.editingFinished.emit()
    assert "Not a station name" in screen.station_note.text()
    assert cli("settings", "get", "station-name", env=env, check=True).stdout.strip() == ""  # nothing changed
    screen.station_name.clear()
    qtbot.keyClicks(screen.station_name, "foyer-left")
    screen.station_name.editingFinished.emit()
    assert "This event copy works as station master" in screen.station_note.text()  # the organiser's stays
    assert cli("settings", "get", "station-name", env=env, check=True).stdout.strip() == "foyer-left"
    desk_app = open_app(copy, language="en", screen="stations")
    assert "desk-7.foyer-left" in desk_app.window.windowTitle()  # behind the copy's certified name
    assert desk_app.window.station.text() == "Station: desk-7.foyer-left"
    stations = desk_app.window._built["stations"]
    assert "desk-7.foyer-left" in stations.me.text()
    trust = stations.findChild(QLabel, "trustFindings")
    qtbot.waitUntil(lambda: "This copy was made as desk-7 and is station desk-7.foyer-left since" in trust.text())
    store = desk_app.ctx.store
    renamed = datetime.fromisoformat(store.get_meta("station_history")[-1]["at"]).astimezone(store.tz)
    assert f"{renamed:%Y-%m-%d %H:%M}" in trust.text()  # the desk's clock, not UTC
