"""A station without the event's secret gets nothing and writes nothing; recorded messages replay to nothing."""

from __future__ import annotations

import os
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import pytest

from checkin.core import demo, ledger
from checkin.core.store import EventStore
from checkin.core.sync import wire
from checkin.core.sync.client import PeerClient
from checkin.core.sync.secret import event_keys, set_secret

from .syncutil import Station, check_in, desk_copies, free_port, snapshot

pytestmark = pytest.mark.timeout(120)


def _post(url: str, body: bytes) -> int:
    req = urllib.request.Request(url + "/checkin-sync/v1", data=body, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=5) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code


@pytest.fixture
def served(demo_path: Path):
    paths = desk_copies(demo_path, ["desk-a", "desk-x", "desk-d"])
    station = Station(paths[0], free_port(), [])
    station.start()
    with EventStore.open(paths[0]) as s:
        day = s.get_meta("start")
    yield station, paths, day
    station.stop()


def test_wrong_secret_gets_nothing_and_writes_nothing(served, tmp_path: Path, cli) -> None:
    station, paths, day = served
    now = datetime.now(UTC)
    check_in(paths[0], 3, now, day)  # something the intruder would like to read
    with EventStore.open(paths[1]) as intruder:  # a desk copy of the same event, but another secret
        set_secret(intruder, os.urandom(32))
        ledger.record(intruder, "checkin", 5, {"day": day, "point": "main", "source": "scan"})
    before_a, before_x = snapshot(paths[0]), snapshot(paths[1])
    out = cli("sync", str(paths[1]), "--peer", station.url, "--json")
    assert out.returncode != 0 and "not paired" in out.stderr and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    # Another event entirely (its own secret) is refused the same way.
    other = demo.generate(tmp_path / "other.checkin", attendees=20, seed=5)
    other.close()
    out = cli("sync", str(tmp_path / "other.checkin"), "--peer", station.url)
    assert out.returncode != 0 and "not paired" in out.stderr
    # A forged key id does not help: the envelope does not authenticate.
    with EventStore.open(paths[0]) as a:
        keys = event_keys(a, create=False)
    forged = wire.seal(os.urandom(32), wire.HELLO, keys.key_id, {"station": "x", "event_id": keys.event_id})
    assert _post(station.url, forged) == 403
    assert snapshot(paths[0]) == before_a and snapshot(paths[1]) == before_x


def test_replayed_and_altered_messages_are_refused(served) -> None:
    station, paths, day = served
    d = paths[2]
    check_in(d, 9, datetime.now(UTC), day)
    with EventStore.open(d) as store:
        keys = event_keys(store, create=False)
        client = PeerClient(station.url, keys, store.station_id)
        client.recorder = []
        client.hello(store.journal.version_vector())
        client.exchange(store)
    hello, request = client.recorder[0], client.recorder[1]
    assert snapshot(paths[0])[0] != [] and any(r[0] == 9 for r in snapshot(paths[0])[0])
    # The same bytes again, within the live session: refused as a replay (nothing merged twice either way).
    assert _post(station.url, request) == 409
    assert _post(station.url, hello) == 409
    # One flipped bit anywhere in the ciphertext: refused.
    tampered = bytearray(request)
    tampered[-20] ^= 1
    assert _post(station.url, bytes(tampered)) in (403, 409)
    # Later, after the station restarted (sessions gone), the recording is still worth nothing.
    station.stop()
    station.start()
    assert _post(station.url, request) == 401
    # A replayed hello may open a session, but its answer is sealed and the replayer cannot seal requests:
    # still nothing readable, nothing written.
    assert _post(station.url, hello) in (200, 409)
    assert sorted(snapshot(paths[0])[1]) == sorted(set(snapshot(paths[0])[1]))
