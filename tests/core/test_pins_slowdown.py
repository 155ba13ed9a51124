"""PINs: a slow salted hash (scrypt), never in clear; wrong PINs slow down, persisted across restarts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from checkin.core import pins
from checkin.core.store import EventStore

T0 = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)


def test_pin_is_stored_as_salted_scrypt(demo_store: EventStore) -> None:
    pins.set_pin(demo_store, "4711")
    pins.set_role_pin(demo_store, "desk", "2468")
    a, b = demo_store.get_meta("organiser_pin_hash"), demo_store.get_meta("desk_pin_hash")
    assert a.startswith("scrypt$65536$8$1$") and "4711" not in a and "2468" not in b
    assert pins.hash_pin("4711") != pins.hash_pin("4711")  # salted
    assert b"4711" not in Path(demo_store.path).read_bytes() + Path(f"{demo_store.path}-wal").read_bytes()


def test_role_pin_and_organiser_pin_unlock(demo_store: EventStore) -> None:
    pins.set_pin(demo_store, "4711")
    pins.set_role_pin(demo_store, "desk", "2468")
    assert pins.attempt(demo_store, "desk", "2468", now=T0).ok
    assert pins.attempt(demo_store, "desk", "4711", now=T0).ok  # the organiser opens every role
    assert not pins.attempt(demo_store, "organiser", "2468", now=T0).ok  # a desk PIN never switches up


def test_wrong_pins_slow_down_and_persist(demo_path: Path) -> None:
    with EventStore.open(demo_path) as store:
        pins.set_role_pin(store, "desk", "2468")
        waits = [pins.attempt(store, "desk", "0000", now=T0).wait for _ in range(3)]
        assert waits == [0.0, 0.0, 2.0]
        # during the wait even the right PIN is refused (guessing costs real time)
        blocked = pins.attempt(store, "desk", "2468", now=T0 + timedelta(seconds=1))
        assert not blocked.ok and blocked.wait > 0
    with EventStore.open(demo_path) as store:  # a restart does not reset the counter
        later = T0 + timedelta(seconds=3)
        check = pins.attempt(store, "desk", "1111", now=later)
        assert not check.ok and check.failures == 4 and check.wait == 4.0
        assert pins.attempt(store, "desk", "2468", now=later + timedelta(seconds=5)).ok
        assert store.get_meta(pins.ATTEMPTS_KEY) is None  # success resets
    assert pins.wait_seconds(40) == pins.MAX_WAIT


def test_no_pin_set_unlocks_without_one(demo_store: EventStore) -> None:
    assert pins.attempt(demo_store, "helper", "", now=T0).ok
