"""Issue 25, item 5: secrets by role. A helper copy holds no organiser or desk PIN hash; a desk copy carries
only PINs strong enough for a month of one core's offline guessing, hashed at a cost that makes it so; wrong
organiser PINs at a desk slow down across processes (`checkin scan --override --pin` runs one process a try)."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from checkin.core import copies, pins
from checkin.core.store import EventStore, StoreError

STRONG, DESK_PIN = "20261203", "k4tz3n"


def _meta(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT key, value FROM meta"))
    finally:
        conn.close()


def test_helper_copy_holds_no_pin_hash_to_guess(demo_path: Path, tmp_path: Path) -> None:
    with EventStore.open(demo_path) as master:
        pins.set_pin(master, STRONG)
        pins.set_role_pin(master, "desk", DESK_PIN)
        organiser_hash = master.get_meta("organiser_pin_hash")
        helper = copies.make_copy(master, tmp_path / "helper.checkin", kind="helper", station="helper-1").path
        desk = copies.make_copy(master, tmp_path / "desk.checkin", station="desk-1").path
    meta = _meta(helper)
    assert "organiser_pin_hash" not in meta and "desk_pin_hash" not in meta
    assert organiser_hash.split("$")[-1].encode() not in helper.read_bytes()  # not in a free page either
    with EventStore.open(helper) as h:
        assert not pins.pin_required(h)  # so the GUI's switch up to a higher role has nothing to open it
    # A desk checks the organiser PIN for overrides and its own to unlock: it holds those two, costly ones.
    meta = _meta(desk)
    assert json.loads(meta["organiser_pin_hash"]).startswith("scrypt$65536$8$")
    assert json.loads(meta["desk_pin_hash"]).startswith("scrypt$65536$8$")


def test_a_weak_pin_does_not_go_out_in_a_desk_copy(demo_path: Path, tmp_path: Path, cli) -> None:
    cli("organiser-pin", str(demo_path), "4711", check=True)  # fine on the organiser's own laptop
    out = cli("copy", str(demo_path), str(tmp_path / "desk.checkin"), "--desk", "--station", "desk-1")
    assert out.returncode != 0 and "too weak" in out.stderr and "8 or more digits" in out.stderr
    assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "desk.checkin").exists()
    # a helper copy carries no PIN hash, so it may go out
    cli("copy", str(demo_path), str(tmp_path / "helper.checkin"), "--helper", "--station", "helper-1", check=True)
    cli("organiser-pin", str(demo_path), STRONG, check=True)
    cli("copy", str(demo_path), str(tmp_path / "desk.checkin"), "--desk", "--station", "desk-1", check=True)
    with EventStore.open(demo_path) as master, pytest.raises(StoreError, match="desk PIN is too weak"):
        pins.set_role_pin(master, "desk", "1234")
        copies.make_copy(master, tmp_path / "desk-2.checkin", station="desk-2")


def test_policy_arithmetic() -> None:
    # The README's sum: n=2^16, r=8 costs ~0.13 s a guess on one core, so a month is ~2e7 guesses.
    assert pins.MONTH_OF_GUESSES >= 30 * 24 * 3600 / 0.13
    assert pins.strong_enough("12345678") and pins.strong_enough("k4tz3n")
    assert not pins.strong_enough("1234567") and not pins.strong_enough("abcde") and not pins.strong_enough("4711")


def test_wrong_pins_slow_down_across_processes(demo_path: Path, tmp_path: Path, cli) -> None:
    with EventStore.open(demo_path) as master:
        pins.set_pin(master, STRONG)
        master.set_attendee_fields(7, {"status": "cancelled"})
        code = master.attendee(7).code
    for _ in range(3):  # three processes, three wrong PINs
        out = cli("scan", str(demo_path), code, "--override", "asked by the host", "--pin", "00000000", "--json")
        assert out.returncode == 1 and "PIN is wrong" in out.stderr
    with EventStore.open(demo_path) as store:
        state = store.get_meta(pins.ATTEMPTS_KEY)
        assert state["failures"] == 3
        next_at = datetime.fromisoformat(state["next_at"])
        # While the wait runs even the right PIN is not looked at ...
        early = pins.attempt(store, "organiser", STRONG, now=next_at - timedelta(seconds=1))
        assert not early.ok and early.wait > 0
        # ... and once it has passed, the right PIN opens (and the count starts again).
        assert pins.attempt(store, "organiser", STRONG, now=next_at + timedelta(seconds=1)).ok
        assert store.get_meta(pins.ATTEMPTS_KEY) is None
    assert next_at > datetime.now(UTC) - timedelta(minutes=5)
