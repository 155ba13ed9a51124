"""`checkin scan / search / undo / organiser-pin` as a user runs them."""

from __future__ import annotations

import json

from checkin.core.store import EventStore


def code_of(path, attendee_id: int) -> str:
    with EventStore.open(path, readonly=True) as s:
        return s.attendee(attendee_id).code


def cancelled_id(path) -> int:
    with EventStore.open(path, readonly=True) as s:
        return s.conn.execute("SELECT id FROM attendees WHERE status = 'cancelled' LIMIT 1").fetchone()[0]


def test_scan_json_shape_and_same_keys_as_attendees(cli, demo_path):
    code = code_of(demo_path, 2)
    p = cli("scan", str(demo_path), code, "--station", "desk1", "--json", check=True)
    out = json.loads(p.stdout)
    assert out["status"] == "admitted" and out["first_arrival"] is None and out["attention"] is False
    assert set(out) >= {"status", "attendee", "first_arrival", "attention", "note", "flags"}
    listed = json.loads(cli("attendees", str(demo_path), "--json", check=True).stdout)
    row = next(r for r in listed if r["id"] == 2)
    assert set(out["attendee"]) == set(row) and out["attendee"]["last_name"] == "Çelik"
    assert row["arrived_at"] is not None
    again = json.loads(cli("scan", str(demo_path), code, "--station", "desk3", "--json", check=True).stdout)
    assert again["status"] == "already_admitted" and again["first_arrival"]["station"] == "desk1"
    info = json.loads(cli("info", str(demo_path), "--json", check=True).stdout)
    assert info["arrived"] == 1


def test_scan_at_and_point(cli, demo_path):
    with EventStore.open(demo_path, readonly=True) as s:
        day2 = s.event.end.isoformat()
    code = code_of(demo_path, 3)
    out = json.loads(cli("scan", str(demo_path), code, "--at", f"{day2}T08:00:00+01:00", "--json",
                         check=True).stdout)
    assert out["day"] == day2 and "badge_wanted" in out["flags"]
    out = json.loads(cli("scan", str(demo_path), code, "--point", "reception", "--at", f"{day2}T19:00:00+01:00",
                         "--json").stdout)
    assert out["status"] == "not_registered_here"
    bad = cli("scan", str(demo_path), code, "--point", "sauna")
    assert bad.returncode == 2 and "sauna" in bad.stderr and "Traceback" not in bad.stderr
    bad = cli("scan", str(demo_path), code, "--at", "yesterday")
    assert bad.returncode != 0 and len(bad.stderr.strip().splitlines()) == 1


def test_refusals_and_override_with_pin(cli, demo_path):
    assert json.loads(cli("scan", str(demo_path), "NOT-A-CODE", "--json").stdout)["status"] == "invalid_code"
    code = code_of(demo_path, cancelled_id(demo_path))
    assert json.loads(cli("scan", str(demo_path), code, "--json").stdout)["status"] == "cancelled"
    cli("organiser-pin", str(demo_path), "9876", check=True)
    refused = cli("scan", str(demo_path), code, "--override", "came anyway", "--json")
    assert refused.returncode == 1 and "PIN" in refused.stderr
    assert json.loads(refused.stdout)["status"] == "cancelled"
    wrong = cli("scan", str(demo_path), code, "--override", "came anyway", "--pin", "1111", "--json")
    assert wrong.returncode == 1 and "wrong" in wrong.stderr
    ok = json.loads(cli("scan", str(demo_path), code, "--override", "came anyway", "--pin", "9876", "--json",
                        check=True).stdout)
    assert ok["status"] == "admitted" and "override" in ok["flags"] and ok["override"] == "came anyway"
    with EventStore.open(demo_path, readonly=True) as s:
        [rec] = s.journal.records(kind="checkin")
        assert rec.data["override"] == "came anyway" and rec.data["overridden"] == "cancelled"


def test_search_json_ranked_with_arrival(cli, demo_path):
    cli("scan", str(demo_path), code_of(demo_path, 15), check=True)
    rows = json.loads(cli("search", str(demo_path), "Müler", "--limit", "40", "--json", check=True).stdout)
    assert rows and [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
    mueller = next(r for r in rows if r["id"] == 15)
    assert mueller["match"] == "typo" and mueller["arrived_today"] is not None
    text = cli("search", str(demo_path), "celik", check=True).stdout
    assert "Çelik, Şükrü" in text
    assert cli("search", str(demo_path), "x", "--limit", "0").returncode == 2


def test_undo_json(cli, demo_path):
    cli("scan", str(demo_path), code_of(demo_path, 4), "--station", "desk2", check=True)
    cli("scan", str(demo_path), code_of(demo_path, 5), "--station", "desk1", check=True)
    out = json.loads(cli("undo", str(demo_path), "--station", "desk2", "--json", check=True).stdout)
    assert out["attendee"]["id"] == 4 and out["attendee"]["arrived_at"] is None and out["station"] == "desk2"
    again = cli("undo", str(demo_path), "--station", "desk2", "--json")
    assert again.returncode == 1 and "nothing to undo" in again.stderr
    with EventStore.open(demo_path, readonly=True) as s:
        assert len(s.journal.records(kind="checkin")) == 2 and s.first_arrival(5) is not None
