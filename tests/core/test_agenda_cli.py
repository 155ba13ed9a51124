"""`checkin agenda / now / session-scan / move-session / agenda-pdf / matchmaking` run as a user would."""

from __future__ import annotations

import json
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from checkin.core.store import EventStore


def _info(path: Path) -> tuple[str, dict[int, str], int]:
    """Day one (ISO), codes of forum-2 guests, and a guest with meetings."""
    with EventStore.open(path) as s:
        day1 = s.event.start.isoformat()
        codes = dict(s.conn.execute(
            "SELECT a.id, a.code FROM session_assignments sa JOIN attendees a ON a.id = sa.attendee_id "
            "WHERE sa.session_id = 6 AND a.status != 'cancelled' ORDER BY a.id LIMIT 4").fetchall())
        guest = s.conn.execute("SELECT attendee_id FROM meeting_participants GROUP BY attendee_id "
                               "HAVING COUNT(*) >= 2 ORDER BY attendee_id LIMIT 1").fetchone()[0]
    return day1, codes, guest


def _at(day: str, hh: int, mm: int) -> str:
    """Venue-local time (Berlin, whatever the season) as ISO 8601 with its offset."""
    return datetime.combine(datetime.fromisoformat(day).date(), time(hh, mm), ZoneInfo("Europe/Berlin")).isoformat()


def test_agenda_json(cli, demo_path: Path) -> None:
    _, _, guest = _info(demo_path)
    out = cli("agenda", str(demo_path), str(guest), "--json", check=True)
    data = json.loads(out.stdout)
    assert data["attendee_id"] == guest and data["items"]
    kinds = {i["kind"] for i in data["items"]}
    assert kinds <= {"session", "meeting"} and "meeting" in kinds
    meeting = next(i for i in data["items"] if i["kind"] == "meeting")
    assert meeting["table"] and meeting["room"] and meeting["partners"]
    assert set(meeting["partners"][0]) >= {"name", "organisation", "arrived"}
    for item in data["items"]:
        assert set(item) >= {"kind", "title", "start", "end", "room", "table", "partners"}
        assert datetime.fromisoformat(item["start"]).utcoffset() is not None
    text = cli("agenda", str(demo_path), str(guest), check=True).stdout
    assert "table " + meeting["table"] in text


def test_agenda_bad_input_is_one_line(cli, demo_path: Path) -> None:
    out = cli("agenda", str(demo_path), "999999", "--json")
    assert out.returncode == 1 and out.stderr.count("\n") == 1 and "no attendee 999999" in out.stderr
    out = cli("now", str(demo_path), "--at", "tomorrow")
    assert out.returncode == 2 and "ISO 8601" in out.stderr and "Traceback" not in out.stderr


def test_now_scan_to_full_and_move(cli, demo_path: Path) -> None:
    day1, codes, _ = _info(demo_path)
    now = json.loads(cli("now", str(demo_path), "--at", _at(day1, 13, 45), "--json", check=True).stdout)
    forum2 = next(s for s in now["running"] if s["id"] == 6)
    assert forum2["room"] == "Forum 2: Saal Spree" and forum2["occupancy"] == 0 and forum2["capacity"] == 80
    assert [s["title"] for s in now["next"]] == ["Matchmaking (1:1 meetings)"]

    cli("move-session", str(demo_path), "6", "--capacity", "2", check=True)
    ids = list(codes)
    first = cli("session-scan", str(demo_path), "6", codes[ids[0]], "--at", _at(day1, 13, 40), "--json")
    assert first.returncode == 0
    r = json.loads(first.stdout)
    assert r["status"] == "admitted" and r["recorded"] and r["occupancy"] == 1 and r["state"] == "near_full"
    r = json.loads(cli("session-scan", str(demo_path), "6", codes[ids[1]], "--at", _at(day1, 13, 41), "--json",
                       check=True).stdout)
    assert r["occupancy"] == 2 and r["state"] == "full"
    refused = cli("session-scan", str(demo_path), "6", codes[ids[2]], "--at", _at(day1, 13, 42), "--json")
    assert refused.returncode == 3 and json.loads(refused.stdout)["status"] == "full"
    text = cli("session-scan", str(demo_path), "6", codes[ids[2]], "--at", _at(day1, 13, 42))
    assert text.returncode == 3 and "FULL" in text.stderr and "--admit" in text.stderr
    out = cli("session-scan", str(demo_path), "6", codes[ids[0]], "--exit", "--at", _at(day1, 13, 43), "--json")
    assert json.loads(out.stdout)["status"] == "exited" and json.loads(out.stdout)["occupancy"] == 1
    bad = cli("session-scan", str(demo_path), "6", "NOT-A-CODE", "--json")
    assert bad.returncode == 1 and json.loads(bad.stdout)["status"] == "invalid_code"

    moved = cli("move-session", str(demo_path), "6", "--room", "Havel", "--json", check=True)
    assert json.loads(moved.stdout)["session"]["room"] == "Forum 3: Saal Havel"
    now = json.loads(cli("now", str(demo_path), "--at", _at(day1, 13, 45), "--json", check=True).stdout)
    forum2 = next(s for s in now["running"] if s["id"] == 6)
    assert forum2["room"] == "Forum 3: Saal Havel" and forum2["occupancy"] == 1
    wrong = cli("move-session", str(demo_path), "6", "--room", "Forum")
    assert wrong.returncode == 1 and "several rooms" in wrong.stderr


def test_agenda_pdf_one_page(cli, demo_path: Path, tmp_path: Path) -> None:
    _, _, guest = _info(demo_path)
    out = tmp_path / "agenda.pdf"
    cli("agenda-pdf", str(demo_path), str(guest), "--out", str(out), check=True)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    with EventStore.open(demo_path) as s:
        person = s.attendee(guest)
    assert person.last_name in text
    assert ("Table" in text) or ("Tisch" in text)
    missing = cli("agenda-pdf", str(demo_path), str(guest), "--out", str(tmp_path / "no" / "x.pdf"))
    assert missing.returncode == 1 and "does not exist" in missing.stderr


def test_matchmaking_lists(cli, demo_path: Path) -> None:
    day1, _, _ = _info(demo_path)
    rows = json.loads(cli("matchmaking", str(demo_path), "--slot", "14:20", "--json", check=True).stdout)
    assert rows and all(r["start"].startswith(f"{day1}T14:20") for r in rows)
    assert all(len(r["participants"]) == 2 and r["missing"] for r in rows)  # nobody has arrived yet
    table = rows[0]["table"]
    at_table = json.loads(cli("matchmaking", str(demo_path), "--table", table, "--json", check=True).stdout)
    assert {r["table"] for r in at_table} == {table}
    none = cli("matchmaking", str(demo_path), "--slot", "03:00")
    assert none.returncode == 1 and "no matchmaking slot" in none.stderr
