"""Pairing: a desk without the secret joins with the short code (or the QR payload); wrong codes get nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from checkin.core.store import EventStore

from .syncutil import Station, free_port

pytestmark = pytest.mark.timeout(120)


def _secretless_copy(src: Path, out: Path) -> Path:
    shutil.copy(src, out)
    with EventStore.open(out) as s:
        s.set_meta("station_id", "desk-new")
        s.set_meta("role", "desk")
        s.conn.execute("DELETE FROM meta WHERE key = 'sync_secret'")
    return out


def test_join_with_short_code_then_sync(demo_path: Path, tmp_path: Path, cli) -> None:
    offer = json.loads(cli("pair", str(demo_path), "--show", "--json", check=True).stdout)
    assert len(offer["code"]) == 14 and offer["payload"].startswith("CKPAIR1")
    desk = _secretless_copy(demo_path, tmp_path / "desk.checkin")
    out = cli("sync", str(desk), "--peer", "127.0.0.1:9")
    assert out.returncode != 0 and "no sync secret" in out.stderr
    station = Station(demo_path, free_port(), [])
    station.start()
    try:
        wrong = cli("pair", str(desk), "--join", "AAAA-BBBB-CCCC", "--peer", station.url)
        assert wrong.returncode != 0 and "wrong pairing code" in wrong.stderr
        ok = cli("pair", str(desk), "--join", offer["code"].lower(), "--peer", station.url, "--json", check=True)
        assert json.loads(ok.stdout)["peers"] == [station.url]
        report = json.loads(cli("sync", str(desk), "--json", check=True).stdout)
        assert report["station"] == "master"
    finally:
        station.stop()


def test_join_with_qr_payload_needs_no_network(demo_path: Path, tmp_path: Path, cli) -> None:
    offer = json.loads(cli("pair", str(demo_path), "--show", "--json", check=True).stdout)
    desk = _secretless_copy(demo_path, tmp_path / "desk.checkin")
    cli("pair", str(desk), "--join", offer["payload"], check=True)
    with EventStore.open(desk) as d, EventStore.open(demo_path) as m:
        assert d.get_meta("sync_secret") == m.get_meta("sync_secret")
    other = tmp_path / "other.checkin"
    cli("demo", str(other), "--seed", "9", "--attendees", "10", check=True)
    out = cli("pair", str(other), "--join", offer["payload"])
    assert out.returncode != 0 and "another event" in out.stderr
