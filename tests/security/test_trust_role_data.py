"""Issue 25, item 2: a helper never receives e-mails, phones, desk notes or extra fields, by sync or bundle.

A real `checkin serve` of the master on loopback; a client with the helper copy's keys pulls everything the
station will give it (both wire forms, with its own station id and with a desk's), and nothing personal comes.
The desk, which proves its role, gets the same records whole: so the test sees personal data when it flows.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from checkin.core.store import EventStore
from checkin.core.sync import wire
from checkin.core.sync.bundles import BundleError, read_bundle
from checkin.core.sync.trust import Identity

from ..e2e.syncutil import Station, free_port
from .trust_util import (
    SECRETS,
    event_with_copies,
    journal_count,
    keys_of,
    personal_fields_in,
    pull_everything,
)

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def served(demo_path: Path):
    paths = event_with_copies(demo_path)
    station = Station(paths["master"], free_port(), [])
    station.start()
    yield station, paths
    station.stop()


def test_helper_pulls_every_record_but_no_personal_field(served) -> None:
    station, paths = served
    # The desk's records (a correction with a desk note, a walk-in with an e-mail) reach the master first.
    keys, name = keys_of(paths["desk"])
    desk_text, _, desk_client = pull_everything(station.url, keys, name)
    with EventStore.open(paths["desk"]) as desk:
        desk_client.exchange(desk)  # push the desk's own records
    assert desk_client.peer_role == "organiser"
    total = journal_count(paths["master"])
    helper_keys, helper_name = keys_of(paths["helper"])
    for rows in (True, False):
        text, count, client = pull_everything(station.url, helper_keys, helper_name, rows=rows)
        assert client.peer_role == "organiser"
        assert count == total  # every record (each station's sequence whole) ...
        assert personal_fields_in(text) == []  # ... and none of the personal fields
        # Claiming to be the desk does not help: the helper cannot prove the desk's key.
        text, count, _ = pull_everything(station.url, helper_keys, "desk-a", rows=rows)
        assert count == total and personal_fields_in(text) == []
    # The desk proves its role and gets everything whole (the check above would see it).
    text, count, _ = pull_everything(station.url, keys, name)
    assert count == total and set(personal_fields_in(text)) == set(SECRETS)


def test_forged_proof_counts_as_helper(served) -> None:
    station, paths = served
    helper_keys, _ = keys_of(paths["helper"])
    desk_keys, _ = keys_of(paths["desk"])
    assert desk_keys.identity.role == "desk" and helper_keys.identity.role == "helper"
    # The desk's certificate is public (every copy holds it in its journal); the helper shows it with a key
    # of its own making: the signature over the handshake does not verify with the certified key.
    fake = Identity(helper_keys.identity.event_public, "desk", bytes(range(32)), desk_keys.identity.cert)
    text, _, client = pull_everything(station.url, replace(helper_keys, identity=fake), "desk-a")
    assert client.role_at_peer == "helper" and personal_fields_in(text) == []
    _, _, honest = pull_everything(station.url, desk_keys, "desk-a")
    assert honest.role_at_peer == "desk"


def test_helper_cannot_read_a_desks_sync_on_the_wifi(served) -> None:
    station, paths = served
    keys, name = keys_of(paths["desk"])
    helper_keys, _ = keys_of(paths["helper"])
    from checkin.core.sync.client import PeerClient

    client = PeerClient(station.url, keys, name)
    client.recorder = []
    with EventStore.open(paths["desk"]) as desk:
        client.hello({})
        client.exchange(desk)
    requests = [b for b in client.recorder if wire.peek(b).type == wire.REQUEST]
    assert requests  # the desk pushed its records (e-mails, notes) in these
    assert helper_keys.transport == keys.transport  # the helper holds the same sync secret ...
    for body in requests:  # ... and still cannot open the desk's session
        with pytest.raises(wire.WireError):
            wire.open_(helper_keys.transport, body, expect=wire.REQUEST)


def test_bundle_for_a_helper_holds_no_personal_field(served, tmp_path: Path, cli) -> None:
    _, paths = served
    out = tmp_path / "for-helper.ckbundle"
    res = cli("bundle", "export", str(paths["desk"]), "--out", str(out), "--for", "helper", "--json")
    assert res.returncode == 0, res.stderr
    with EventStore.open(paths["helper"]) as helper:
        doc = read_bundle(helper, out)
    text = json.dumps(doc, ensure_ascii=False)
    assert len(doc["records"]) == journal_count(paths["desk"]) and personal_fields_in(text) == []
    res = cli("bundle", "import", str(paths["helper"]), str(out), "--json")
    assert res.returncode == 0, res.stderr
    # A full bundle (for a desk) holds them, and a helper copy cannot open it although it holds the sync secret:
    # it is sealed with the staff secret, which desk copies carry and helper copies do not.
    full = tmp_path / "full.ckbundle"
    cli("bundle", "export", str(paths["desk"]), "--out", str(full), check=True)
    with EventStore.open(paths["master"]) as master:
        assert set(personal_fields_in(json.dumps(read_bundle(master, full), ensure_ascii=False))) == set(SECRETS)
    with EventStore.open(paths["helper"]) as helper, pytest.raises(BundleError, match="cannot open"):
        read_bundle(helper, full)
    res = cli("bundle", "import", str(paths["helper"]), str(full))
    assert res.returncode != 0 and "--for helper" in res.stderr and "Traceback" not in res.stderr
    assert SECRETS["walkin_email"].encode() not in full.read_bytes()
