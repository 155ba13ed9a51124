"""Encrypted desk copies (SQLCipher): no attendee byte in clear, unusable without the passphrase."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checkin.core import copies, encryption, ledger
from checkin.core.journal import Kind
from checkin.core.store import EventStore, StoreError

pytest.importorskip("sqlcipher3")
PASS = "Korrekt Pferd Batterie 2026"


def _file_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def test_encrypted_desk_copy(demo_store: EventStore, tmp_path: Path) -> None:
    names = [v for r in demo_store.conn.execute(
        "SELECT last_name, email FROM attendees WHERE length(last_name) > 4") for v in r if v]
    out = tmp_path / "desk.checkin"
    copies.make_copy(demo_store, out, station="desk-enc", passphrase=PASS)
    data = _file_bytes(out)
    assert not data.startswith(encryption.PLAIN_HEADER)
    for needle in [*names, "Şükrü", "checkin-event", "CREATE TABLE"]:
        assert needle.encode() not in data, needle
    with pytest.raises(StoreError, match="encrypted"):
        EventStore.open(out)
    with pytest.raises(StoreError, match="wrong passphrase"):
        EventStore.open(out, key="not the passphrase")
    with EventStore.open(out, key=PASS) as desk:
        assert desk.get_meta("role") == "desk" and desk.station_id == "desk-enc"
        assert desk.get_meta("private_key") is None and desk.count_attendees() == 600
        assert desk.search("celik") and desk.attendee(2).last_name == demo_store.attendee(2).last_name
        ledger.record(desk, Kind.CHECKIN, 2, {"day": desk.event.start.isoformat(), "point": "main", "source": "scan"})
        assert desk.count_arrived() == 1
        # while open (WAL in use) no name is in clear either
        assert demo_store.attendee(2).last_name.encode() not in _file_bytes(out)
    assert "Çelik".encode() not in _file_bytes(out)


def test_cli_encrypted_copy_and_env_passphrase(demo_path: Path, tmp_path: Path, cli) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n", encoding="utf-8")
    out = tmp_path / "enc.checkin"
    proc = cli("copy", str(demo_path), str(out), "--desk", "--encrypt", "--passphrase-file", str(secret))
    assert proc.returncode == 0 and "encrypted" in proc.stdout, proc.stderr
    denied = cli("info", str(out), env={"CHECKIN_PASSPHRASE": ""})
    assert denied.returncode != 0 and "CHECKIN_PASSPHRASE" in denied.stderr and "Traceback" not in denied.stderr
    wrong = cli("info", str(out), env={"CHECKIN_PASSPHRASE": "falsch falsch"})
    assert wrong.returncode != 0 and "wrong passphrase" in wrong.stderr and "ERROR" not in wrong.stderr
    ok = cli("role", str(out), "--json", env={"CHECKIN_PASSPHRASE": PASS})
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["encrypted"] is True
    short = cli("copy", str(demo_path), str(tmp_path / "x.checkin"), "--desk", "--encrypt",
                env={"CHECKIN_PASSPHRASE": "short"})
    assert short.returncode != 0 and "8 characters" in short.stderr


def test_plain_files_open_with_env_passphrase_set(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHECKIN_PASSPHRASE", PASS)
    with EventStore.open(demo_path) as store:
        assert store.count_attendees() == 600
