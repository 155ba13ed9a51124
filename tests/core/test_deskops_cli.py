"""`checkin walkin / substitute / correct / companion / handout / badge-collected / backfill / notices` as a
user runs them: JSON shapes, journal records, one-line errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader

from checkin.core.store import EventStore


def _j(proc) -> object:
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _kinds(path: Path) -> list[str]:
    with EventStore.open(path, readonly=True) as s:
        return [r[0] for r in s.conn.execute("SELECT kind FROM journal ORDER BY lamport")]


def test_walkin_substitute_companion_cli(cli, demo_path: Path) -> None:
    p = str(demo_path)
    out = _j(cli("walkin", p, "--first", "Žaneta", "--last", "Šťastná", "--org", "Jihomoravské inovační centrum",
                 "--category", "guest", "--email", "zaneta@example.cz", "--json"))
    a = out["attendee"]
    assert out["kind"] == "walkin" and a["walk_in"] is True and a["first_name"] == "Žaneta"
    assert out["checkin"]["status"] == "admitted" and out["code"] == a["code"] and a["arrived_at"]
    listed = _j(cli("attendees", p, "--json"))
    assert set(next(r for r in listed if r["id"] == a["id"])) == set(a)
    scan = _j(cli("scan", p, a["code"], "--json"))
    assert scan["status"] == "already_admitted" and scan["attendee"]["id"] == a["id"]

    sub = _j(cli("substitute", p, "5", "--first", "Anna", "--last", "Nowak", "--json"))
    assert sub["attendee"]["replaces"] == 5 and sub["checkin"]["status"] == "admitted"
    again = cli("substitute", p, "5", "--first", "B", "--last", "C")
    assert again.returncode == 1 and "replaced already" in again.stderr and "Traceback" not in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1

    comp = _j(cli("companion", p, "6", "--first", "Maria", "--last", "da Silva", "--no-checkin", "--json"))
    assert comp["attendee"]["companion_of"] == 6 and comp["checkin"] is None
    listing = _j(cli("companion", p, "6", "--json"))
    assert [r["id"] for r in listing] == [comp["attendee"]["id"]] and listing[0]["arrived_at"] is None
    assert _kinds(demo_path).count("walkin") == 1 and "substitution" in _kinds(demo_path)


def test_correct_with_badge_reprint(cli, demo_path: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "badge.pdf"
    out = _j(cli("correct", str(demo_path), "9", "--org", "Neue Organisation GmbH", "--title", "Prof.",
                 "--badge-pdf", str(pdf), "--json"))
    assert out["kind"] == "correction" and set(out["data"]["fields"]) == {"organisation", "title"}
    assert out["data"]["original"]["organisation"] != "Neue Organisation GmbH"
    assert "Neue Organisation GmbH" in "".join(pg.extract_text() for pg in PdfReader(pdf).pages)
    nothing = cli("correct", str(demo_path), "9")
    assert nothing.returncode == 2 and "nothing to correct" in nothing.stderr


def test_handout_collected_backfill_cli(cli, demo_path: Path) -> None:
    p = str(demo_path)
    _j(cli("handout", p, "issue", "11", "--deposit", "ID card", "--json"))
    _j(cli("handout", p, "issue", "12", "--item", "receiver", "--json"))
    twice = cli("handout", p, "issue", "11")
    assert twice.returncode == 1 and "already" in twice.stderr
    held = _j(cli("handout", p, "list", "--json"))
    assert sorted((r["attendee_id"], r["deposit"]) for r in held) == [(11, "ID card"), (12, None)]
    back = _j(cli("handout", p, "return", "11", "--json"))
    assert back["data"]["action"] == "return" and back["data"]["deposit"] == "ID card"
    assert [r["attendee_id"] for r in _j(cli("handout", p, "list", "--json"))] == [12]

    first = _j(cli("badge-collected", p, "13", "--json"))
    second = _j(cli("badge-collected", p, "13", "--json"))
    assert first["collected"] is True and second["collected"] is False and second["already_at"]
    assert [r["attendee_id"] for r in _j(cli("badge-collected", p, "--list", "--json"))] == [13]

    with EventStore.open(demo_path, readonly=True) as s:
        tz = s.tz
    # An hour ago at the venue, not 08:50: before 08:50 that would lie in the future (CI runs at any hour).
    when = datetime.now(UTC).astimezone(tz) - timedelta(hours=1)
    day, hhmm, later = when.date().isoformat(), when.strftime("%H:%M"), (when + timedelta(minutes=1)).strftime("%H:%M")
    rows = _j(cli("backfill", p, "14", "15", "--at", hhmm, "--day", day, "--json"))
    assert [r["status"] for r in rows] == ["admitted", "admitted"]
    assert rows[0]["at"].startswith(f"{day}T{hhmm}:00")
    assert [r["status"] for r in _j(cli("backfill", p, "14", "--at", later, "--day", day, "--json"))] == \
        ["already_admitted"]
    with EventStore.open(demo_path, readonly=True) as s:
        sources = [json.loads(d)["source"] for (d,) in s.conn.execute("SELECT data FROM journal WHERE kind='checkin'")]
    assert sources == ["paper", "paper"]
    bad = cli("backfill", p, "14", "--at", "half past eight")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_notices_cli_and_invitation_only(cli, demo_path: Path) -> None:
    p = str(demo_path)
    with EventStore.open(demo_path, readonly=True) as s:
        vip = s.conn.execute("SELECT code FROM attendees WHERE attention = 1 ORDER BY id LIMIT 1").fetchone()[0]
    _j(cli("scan", p, vip, "--station", "desk-3", "--json"))
    notices = _j(cli("notices", p, "--json"))
    assert len(notices["notices"]) == 1 and notices["notices"][0]["station"] == "desk-3"
    done = _j(cli("notices", p, "--ack-all", "--json"))
    assert done["acknowledged"] == [notices["notices"][0]["record_id"]]
    assert _j(cli("notices", p, "--json"))["notices"] == []

    cli("organiser-pin", p, "4711", check=True)
    cli("invitation-only", p, "on", check=True)
    refused = cli("walkin", p, "--last", "Spontan")
    assert refused.returncode == 1 and "PIN" in refused.stderr
    assert _j(cli("walkin", p, "--last", "Spontan", "--pin", "4711", "--json"))["checkin"]["status"] == "admitted"


def test_help_documents_every_command(cli) -> None:
    for cmd in ("walkin", "substitute", "correct", "companion", "handout", "badge-collected", "backfill", "notices"):
        out = cli(cmd, "--help", check=True).stdout
        assert "--json" in out and "path" in out
