"""Matchmaking on the day across stations (issue 23), with the demo's matchmaking, real processes, real files
and a real LAN sync on loopback: a guest checked in at the entrance desk makes her meeting "at risk" (partner
missing) on the matchmaking desk after a sync; once the partner is a no-show she is rematched with a free present
guest who shares her sector; the new meeting is on both guests' agendas and printed slips, reaches the other
desk with the next sync, and the organiser's report counts it."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from pypdf import PdfReader

from checkin.core import agenda
from checkin.core.store import EventStore
from checkin.core.sync.secret import ensure_secret

from .syncutil import Station, free_port


def _j(proc) -> dict:
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _cast(master: Path) -> dict:
    """The first 14:00 meeting (guest and partner) and a free matchmaking guest of the guest's sector."""
    with EventStore.open(master) as s:
        ensure_secret(s)
        slot = agenda.slots(s, s.event.start)[0]
        meeting = agenda.meetings(s, slot=slot)[0]
        guest, partner = (s.attendee(p.id) for p in meeting.participants)
        busy = {p.id for m in agenda.meetings(s, slot=slot) for p in m.participants}
        meets = {p.id for i in agenda.person_agenda(s, guest.id) for p in i.partners}
        mate = next(a for a in s.iter_attendees() if a.extra.get("sector") == guest.extra["sector"]
                    and a.id not in busy | meets and a.status != "cancelled" and "matchmaking" in a.registered_for)
        return {"slot": slot, "meeting": meeting.id, "table": meeting.table, "guest": guest, "partner": partner,
                "mate": mate, "sector": guest.extra["sector"]}


def _iso(t: datetime) -> str:
    return t.isoformat()


def test_matchmaking_day_across_stations(demo_path: Path, cli, tmp_path: Path) -> None:
    c = _cast(demo_path)
    slot, guest, partner, mate = c["slot"], c["guest"], c["partner"], c["mate"]
    entrance, mm_desk = demo_path.parent / "entrance.checkin", demo_path.parent / "mm-desk.checkin"
    cli("copy", str(demo_path), str(entrance), "--desk", "--station", "entrance", check=True)
    cli("copy", str(demo_path), str(mm_desk), "--desk", "--station", "mm-desk", check=True)
    for who, minute in ((guest, 30), (mate, 31)):
        out = _j(cli("scan", str(entrance), who.code, "--at", _iso(slot - timedelta(minutes=minute)), "--json"))
        assert out["status"] == "admitted"

    station = Station(mm_desk, free_port(), [])
    station.start()
    try:
        peer = f"127.0.0.1:{station.port}"
        assert _j(cli("sync", str(entrance), "--peer", peer, "--json"))["sent"] >= 2
        # The matchmaking desk: ten minutes before the slot, the partner is missing -> at risk.
        board = _j(cli("meetings", str(mm_desk), "--slot", f"{slot:%H:%M}", "--at",
                       _iso(slot - timedelta(minutes=10)), "--json"))
        row = next(m for m in board["meetings"] if m["id"] == c["meeting"])
        assert row["state"] == "at_risk" and row["missing"] == [partner.id]
        assert {p["id"]: p["arrived"] for p in row["participants"]} == {guest.id: True, partner.id: False}
        assert board["counts"]["at_risk"] >= 1
        late = _iso(slot + timedelta(minutes=12))
        after = _j(cli("meetings", str(mm_desk), "--slot", f"{slot:%H:%M}", "--at", late, "--state", "no_show",
                       "--json"))
        assert c["meeting"] in [m["id"] for m in after["meetings"]]

        offer = _j(cli("rematch", str(mm_desk), str(guest.id), "--slot", f"{slot:%H:%M}", "--at", late, "--json"))
        assert offer["table"] == c["table"] and offer["replaces"] == [c["meeting"]]
        top = offer["suggestions"][0]
        assert top["id"] == mate.id, "the only free present guest of her sector comes first"
        assert {"field": "sector", "value": c["sector"]} in top["shared"]
        assert partner.id not in [s["id"] for s in offer["suggestions"]]

        slips = tmp_path / "slips"
        slips.mkdir()
        booked = _j(cli("rematch", str(mm_desk), str(guest.id), "--slot", f"{slot:%H:%M}", "--book", str(mate.id),
                        "--slips", str(slips), "--at", late, "--json"))
        assert booked["booked"]["table"] == c["table"] and booked["booked"]["rematch_for"] == guest.id
        assert sorted(p["id"] for p in booked["booked"]["participants"]) == sorted([guest.id, mate.id])
        for me, other in ((guest, mate), (mate, guest)):
            text = PdfReader(str(slips / f"agenda-{me.id}.pdf")).pages[0].extract_text()
            assert other.last_name in text and f"{slot:%H:%M}" in text
            assert partner.last_name not in text or me is mate
            items = _j(cli("agenda", str(mm_desk), str(me.id), "--json"))["items"]
            at_slot = [i for i in items if i["kind"] == "meeting" and i["start"] == slot.isoformat()]
            assert [(i["table"], [p["id"] for p in i["partners"]]) for i in at_slot] == [(c["table"], [other.id])]

        # The entrance desk and the organiser's file learn the booking with their next sync.
        assert _j(cli("sync", str(entrance), "--peer", peer, "--json"))["received"] >= 2
        items = _j(cli("agenda", str(entrance), str(mate.id), "--json"))["items"]
        assert any(i["table"] == c["table"] and i["partners"][0]["id"] == guest.id for i in items
                   if i["kind"] == "meeting" and i["start"] == slot.isoformat())
        _j(cli("sync", str(demo_path), "--peer", peer, "--json"))
    finally:
        station.stop()
    report = _j(cli("report", str(demo_path), "--json"))["matchmaking_day"]
    row = report["by_slot"][f"{slot:%Y-%m-%d %H:%M}"]
    assert row["rematched"] == 1 and row["no_show"] >= 1
    assert report["total"]["rematched"] == 1
    assert report["by_country"][mate.country]["rematched"] >= 1
