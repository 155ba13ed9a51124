"""Station bundles: desks that never met merge by USB stick, in any order, idempotently; foreign bundles refused."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from checkin.core import copies, demo, ledger
from checkin.core.journal import Kind
from checkin.core.store import EventStore
from checkin.core.sync.secret import ensure_secret


def _arrivals(path: Path) -> list[tuple]:
    with EventStore.open(path) as s:
        return s.conn.execute("SELECT attendee_id, day, point, record_id, at, admissions FROM arrivals "
                              "ORDER BY 1, 2, 3").fetchall()


@pytest.fixture
def two_desks(demo_path: Path) -> tuple[Path, Path, str]:
    with EventStore.open(demo_path) as master:
        ensure_secret(master)
        a = copies.make_copy(master, demo_path.parent / "a.checkin", station="desk-1").path
        b = copies.make_copy(master, demo_path.parent / "b.checkin", station="desk-2").path
        day = master.get_meta("start")
    t0 = datetime.fromisoformat(f"{day}T08:00:00+01:00").astimezone(UTC)
    with EventStore.open(a) as s:
        for g in (1, 2, 3, 7):
            ledger.record(s, Kind.CHECKIN, g, {"day": day, "point": "main", "source": "scan"}, at=t0 + timedelta(minutes=g))
        undone = ledger.record(s, Kind.CHECKIN, 4, {"day": day, "point": "main", "source": "search"}, at=t0)
        ledger.record(s, Kind.UNDO, 4, {"undoes": undone.record_id})
        ledger.record(s, Kind.CORRECTION, 2, {"fields": {"organisation": "Żabka Polska sp. z o.o."}})
    with EventStore.open(b) as s:
        for g in (5, 6, 7):  # guest 7 also at desk 1: a double admission, desk 2 was earlier
            ledger.record(s, Kind.CHECKIN, g, {"day": day, "point": "main", "source": "scan"}, at=t0 + timedelta(seconds=g))
    return a, b, day


def test_bundles_merge_in_either_order_to_the_same_arrivals(two_desks, tmp_path: Path, cli) -> None:
    a, b, _ = two_desks
    for src, name in ((a, "a.ckbundle"), (b, "b.ckbundle")):
        out = cli("bundle", "export", str(src), "--out", str(tmp_path / name), "--json", check=True)
        assert json.loads(out.stdout)["records"] > 0
    # Desk 1 takes desk 2's stick, desk 2 takes desk 1's; and a third copy gets both, in the other order.
    a2, b2 = tmp_path / "a2.checkin", tmp_path / "b2.checkin"
    shutil.copy(a, a2)
    shutil.copy(b, b2)
    r1 = json.loads(cli("bundle", "import", str(a2), str(tmp_path / "b.ckbundle"), "--json", check=True).stdout)
    r2 = json.loads(cli("bundle", "import", str(b2), str(tmp_path / "a.ckbundle"), "--json", check=True).stdout)
    assert r1["new_records"] == 4 and r1["double_admissions"] == 1  # 3 check-ins + desk 2's station cert
    assert r2["new_records"] >= 7 and r2["double_admissions"] == 1
    assert _arrivals(a2) == _arrivals(b2)
    arrivals = {row[0]: row for row in _arrivals(a2)}
    assert set(arrivals) == {1, 2, 3, 5, 6, 7} and arrivals[7][5] == 2  # undone guest 4 did not arrive
    with EventStore.open(a2) as s1, EventStore.open(b2) as s2:
        assert s1.attendee(2).organisation == s2.attendee(2).organisation == "Żabka Polska sp. z o.o."
        assert s1.first_arrival(7).station_id == "desk-2"
    # Importing the same bundle again changes nothing.
    again = json.loads(cli("bundle", "import", str(a2), str(tmp_path / "b.ckbundle"), "--json", check=True).stdout)
    assert again["refused"] == 0
    assert {k: again[k] for k in ("new_records", "already_known", "double_admissions")} == {"new_records": 0, "already_known": r1["new_records"] + r1["already_known"],
                     "double_admissions": 0}
    assert _arrivals(a2) == _arrivals(b2)


def test_tampered_and_foreign_bundles_are_refused(two_desks, tmp_path: Path, cli) -> None:
    a, b, _ = two_desks
    bundle = tmp_path / "a.ckbundle"
    cli("bundle", "export", str(a), "--out", str(bundle), check=True)
    raw = bundle.read_bytes()
    assert b"desk-1" not in raw and b"checkin" not in raw[8:]  # encrypted: no station names, no records
    before = _arrivals(b)
    tampered = tmp_path / "tampered.ckbundle"
    data = bytearray(raw)
    data[len(data) // 2] ^= 0x40
    tampered.write_bytes(bytes(data))
    out = cli("bundle", "import", str(b), str(tampered), "--json")
    assert out.returncode != 0 and "altered" in out.stderr and "Traceback" not in out.stderr
    other = demo.generate(tmp_path / "other.checkin", attendees=20, seed=3)
    ensure_secret(other)
    other.close()
    foreign = tmp_path / "foreign.ckbundle"
    cli("bundle", "export", str(tmp_path / "other.checkin"), "--out", str(foreign), check=True)
    out = cli("bundle", "import", str(b), str(foreign))
    assert out.returncode != 0 and "another event" in out.stderr
    junk = tmp_path / "notes.txt"
    junk.write_text("hello")
    out = cli("bundle", "import", str(b), str(junk))
    assert out.returncode != 0 and "not a checkin station bundle" in out.stderr
    assert _arrivals(b) == before
