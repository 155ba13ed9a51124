"""The matchmaking commands as a user runs them (real processes on a copy of the demo event)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from checkin.core import agenda
from checkin.core.store import EventStore


def _j(proc) -> dict:
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _first(path: Path) -> tuple:
    with EventStore.open(path) as s:
        slot = agenda.slots(s, s.event.start)[0]
        m = agenda.meetings(s, slot=slot)[0]
        return slot, m.id, m.participants[0].id


def test_settings_marks_and_states(demo_path: Path, cli) -> None:
    slot, mid, _guest = _first(demo_path)
    p = str(demo_path)
    early = (slot - timedelta(minutes=20)).isoformat()
    state = lambda when: next(m for m in _j(cli("meetings", p, "--slot", f"{slot:%H:%M}", "--at", when, "--json"))[  # noqa: E731
        "meetings"] if m["id"] == mid)["state"]
    assert state(early) == "planned"
    assert _j(cli("matchmaking-settings", p, "--risk-minutes", "30", "--json")) == {
        "profile": [], "risk_minutes": 30, "noshow_minutes": 10}
    assert state(early) == "at_risk"
    held = _j(cli("meeting-held", p, str(mid), "--at", early, "--json"))
    assert held["meeting"]["state"] == "held" and held["meeting"]["marked"] == "held"
    assert state(early) == "held"
    assert _j(cli("meeting-noshow", p, str(mid), "--json"))["meeting"]["state"] == "no_show"
    assert _j(cli("meeting-noshow", p, str(mid), "--undo", "--json"))["meeting"]["marked"] is None
    assert state(early) == "at_risk"
    only = _j(cli("meetings", p, "--slot", f"{slot:%H:%M}", "--at", early, "--state", "at_risk", "--json"))
    assert only["meetings"] and {m["state"] for m in only["meetings"]} == {"at_risk"}
    assert only["counts"]["at_risk"] == len(only["meetings"])


def test_bad_input_is_one_line(demo_path: Path, cli) -> None:
    slot, mid, guest = _first(demo_path)
    p = str(demo_path)
    for args, code, words in (
        (("meetings", p, "--slot", "03:33"), 1, "no matchmaking slot at 03:33"),
        (("meeting-held", p, "999999"), 1, "no meeting 999999"),
        (("rematch", p, str(guest)), 2, "say which slot"),
        (("rematch", p, "anna", "--slot", f"{slot:%H:%M}"), 2, "not an attendee id"),
        (("rematch", p, str(guest), "--slot", f"{slot:%H:%M}"), 1, "has not checked in"),
        (("matchmaking-settings", p, "--noshow-minutes", "999"), 2, "between 0 and 240"),
    ):
        proc = cli(*args)
        assert proc.returncode == code, (args, proc.stderr)
        assert proc.stderr.count("\n") == 1 and words in proc.stderr and "Traceback" not in proc.stderr
    assert _j(cli("meetings", p, "--slot", f"{slot:%H:%M}", "--json"))["meetings"]  # nothing was changed


def test_profile_chosen_by_the_organiser_ranks_the_rematch(demo_path: Path, cli) -> None:
    slot, _mid, guest = _first(demo_path)
    with EventStore.open(demo_path) as s:
        position = "Leiterin Matchmaking-Test"
        busy = {p.id for m in agenda.meetings(s, slot=slot) for p in m.participants}
        other = next(a.id for a in s.iter_attendees() if a.id not in busy and a.status != "cancelled"
                     and "matchmaking" in a.registered_for)
        for aid in (guest, other):
            s.set_attendee_fields(aid, {"position": position})
        codes = [s.attendee(guest).code, s.attendee(other).code]
    for code in codes:
        assert _j(cli("scan", str(demo_path), code, "--at", (slot - timedelta(hours=2)).isoformat(), "--json"))[
            "status"] == "admitted"
    _j(cli("matchmaking-settings", str(demo_path), "--profile", "position", "--json"))
    offer = _j(cli("rematch", str(demo_path), str(guest), "--slot", f"{slot:%H:%M}", "--at",
                   (slot + timedelta(minutes=12)).isoformat(), "--json"))
    assert offer["suggestions"][0]["id"] == other
    assert offer["suggestions"][0]["shared"] == [{"field": "position", "value": "Leiterin Matchmaking-Test"}]
