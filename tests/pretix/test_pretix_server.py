"""Against a real pretix 2026.8.0: pull, check in, push, re-push, undo, and compare with what pretix reports.

The server is shared by the session, so each test works on its own guests and compares deltas.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from checkin.core import ledger
from checkin.core.journal import Kind
from checkin.core.pretix import pull, push, verify_pretix_secret, walkin_fields
from checkin.core.pretix.client import PretixError

# A cold cache installs and migrates pretix inside the first test's setup (minutes, not the default 300 s).
pytestmark = [pytest.mark.pretix, pytest.mark.timeout(1500)]

BERLIN_MORNING = datetime.fromisoformat("2026-11-21T08:12:00+01:00")


def _status(pretix) -> dict:
    fx = pretix.fixtures
    code, body = pretix.api(f"organizers/{fx['organizer']}/events/{fx['event']}/checkinlists/{fx['list_id']}/status/")
    assert code == 200, body
    return body


def _server_checkins(pretix, position_id: int) -> list[dict]:
    fx = pretix.fixtures
    code, body = pretix.api(f"organizers/{fx['organizer']}/events/{fx['event']}/orderpositions/{position_id}/")
    assert code == 200, body
    return [c for c in body["checkins"] if c["list"] == fx["list_id"] and c["type"] == "entry"]


def _paid(pretix, start: int, n: int) -> list[dict]:
    """n paid positions from index ``start`` (each test takes its own guests)."""
    paid = [p for p in pretix.fixtures["positions"] if p["status"] == "p"]
    return paid[start:start + n]


def _attendee_of(store, position_id: int) -> int:
    return store.conn.execute("SELECT attendee_id FROM pretix_positions WHERE position_id = ?",
                              (position_id,)).fetchone()[0]


def test_pull_maps_positions_and_is_incremental(pretix, client, event_store) -> None:
    fx = pretix.fixtures
    result = pull(event_store, client, fx["event"])
    assert result.full and result.attendees_new == len(fx["positions"]) and result.list_id == fx["list_id"]

    first = fx["positions"][0]
    a = event_store.attendee(_attendee_of(event_store, first["position_id"]))
    assert (a.first_name, a.last_name) == ("Şükrü", "Çelik")  # names exactly as sold
    assert a.code == first["secret"] and a.external_id == f"{first['order']}-1"
    assert a.organisation == "Çelik Makine A.Ş." and a.category == "Teilnahme"
    assert event_store.attendee_by_code(first["secret"]).id == a.id
    statuses = {p["status"]: event_store.attendee(_attendee_of(event_store, p["position_id"])).status
                for p in fx["positions"]}
    assert statuses == {"p": "registered", "n": "invited", "c": "cancelled"}
    speaker = next(p for p in fx["positions"] if p["item"] == fx["items"]["speaker"])
    s = event_store.attendee(_attendee_of(event_store, speaker["position_id"]))
    assert s.attention and "red lanyard" in s.desk_note and s.category == "Referent"
    # Attendees came in as journal records (so LAN sync and bundles carry them to every desk).
    assert event_store.conn.execute(
        "SELECT COUNT(*) FROM journal WHERE kind = 'attendee_upsert'").fetchone()[0] == len(fx["positions"])

    again = pull(event_store, client, fx["event"])
    assert not again.full and again.attendees_new == 0 and again.attendees_updated == 0

    target = fx["positions"][1]
    code, body = pretix.api(
        f"organizers/{fx['organizer']}/events/{fx['event']}/orderpositions/{target['position_id']}/", "PATCH",
        {"attendee_name_parts": {"_scheme": "given_family", "given_name": "Žaneta", "family_name": "Nováková"}})
    assert code == 200, body
    changed = pull(event_store, client, fx["event"])
    assert changed.attendees_updated == 1 and changed.attendees_new == 0
    assert 1 <= changed.orders_seen < len(fx["positions"])  # modified_since: not everything again
    b = event_store.attendee(_attendee_of(event_store, target["position_id"]))
    assert (b.first_name, b.last_name) == ("Žaneta", "Nováková")


def test_push_twice_leaves_one_checkin_per_guest_at_desk_time(pretix, client, event_store) -> None:
    fx = pretix.fixtures
    pull(event_store, client, fx["event"])
    guests = _paid(pretix, 5, 6)
    before = _status(pretix)["checkin_count"]
    times = {}
    for i, g in enumerate(guests):
        at = BERLIN_MORNING + timedelta(minutes=3 * i)
        aid = _attendee_of(event_store, g["position_id"])
        ledger.record(event_store, Kind.CHECKIN, aid, {"day": "2026-11-21", "point": "main", "source": "scan"}, at=at)
        times[g["position_id"]] = at
    # A second desk also admitted the first guest later the same day: still one check-in upstream.
    ledger.record(event_store, Kind.CHECKIN, _attendee_of(event_store, guests[0]["position_id"]),
                       {"day": "2026-11-21", "point": "main"}, at=BERLIN_MORNING + timedelta(hours=2),
                       station_id="desk-2")

    first = push(event_store, client)
    assert first.uploaded == len(guests) and not first.rejected and not first.errors and first.waiting == 0
    second = push(event_store, client)
    assert second.uploaded == 0 and not second.rejected

    # Lose the upload state (a crash after pretix answered): the nonce keeps pretix from doubling.
    event_store.conn.execute("DELETE FROM pretix_uploads WHERE action = 'redeem'")
    third = push(event_store, client)
    assert third.uploaded == len(guests) and not third.rejected

    assert _status(pretix)["checkin_count"] == before + len(guests)
    for g in guests:
        checkins = _server_checkins(pretix, g["position_id"])
        assert len(checkins) == 1, checkins
        server_time = datetime.fromisoformat(checkins[0]["datetime"].replace("Z", "+00:00"))
        assert server_time == times[g["position_id"]]  # the desk's arrival time, not the upload time

    # Our own check-ins coming back on the next pull are recognised, not imported as new arrivals.
    back = pull(event_store, client, fx["event"], full=True)
    assert back.checkins_imported == 0
    # Only the guest admitted at two desks shows as a double admission; nothing pulled back adds one.
    doubles = event_store.double_admissions()
    assert [(d.attendee_id, d.admissions) for d in doubles] == [
        (_attendee_of(event_store, guests[0]["position_id"]), 2)]


def test_checkins_made_elsewhere_come_back_once(pretix, client, event_store) -> None:
    fx = pretix.fixtures
    guest = _paid(pretix, 12, 1)[0]
    pull(event_store, client, fx["event"])  # (brings back what earlier tests checked in, too)
    at = datetime(2026, 11, 21, 7, 55, tzinfo=UTC)
    code, body = pretix.api(f"organizers/{fx['organizer']}/checkinrpc/redeem/", "POST", {
        "secret": guest["secret"], "lists": [fx["list_id"]], "force": True, "datetime": at.isoformat(),
        "nonce": "other-device-1", "type": "entry"})
    assert body["status"] == "ok", body
    result = pull(event_store, client, fx["event"])  # incremental: a check-in touches its order
    assert not result.full and result.checkins_imported == 1
    aid = _attendee_of(event_store, guest["position_id"])
    arrival = event_store.first_arrival(aid)
    assert arrival is not None and datetime.fromisoformat(arrival.at) == at
    rec = event_store.journal.get(arrival.record_id)
    assert rec.data["source"] == "pretix" and rec.data["day"] == "2026-11-21"

    assert pull(event_store, client, fx["event"], full=True).checkins_imported == 0
    assert push(event_store, client).uploaded == 0  # it came from pretix: nothing to send back
    assert len(_server_checkins(pretix, guest["position_id"])) == 1


def test_undo_annulled_within_15_minutes_reported_after(pretix, client, event_store) -> None:
    fx = pretix.fixtures
    pull(event_store, client, fx["event"])
    quick, late = _paid(pretix, 14, 2)
    now = datetime.now(UTC)
    recs = {}
    for g, at in ((quick, now - timedelta(minutes=5)), (late, now - timedelta(hours=2))):
        aid = _attendee_of(event_store, g["position_id"])
        recs[g["position_id"]] = ledger.record(event_store,
            Kind.CHECKIN, aid, {"day": event_store.local_day(at), "point": "main"}, at=at)
    assert push(event_store, client).uploaded == 2
    for rec in recs.values():
        ledger.record(event_store, Kind.UNDO, rec.attendee_id, {"undoes": rec.record_id})
    result = push(event_store, client)
    assert result.annulled == 1
    assert [r["attendee_id"] for r in result.annul_too_late] == [recs[late["position_id"]].attendee_id]
    assert _server_checkins(pretix, quick["position_id"]) == []
    assert len(_server_checkins(pretix, late["position_id"])) == 1
    assert push(event_store, client).annulled == 0  # handled once, not again


def test_rejects_reported_not_retried_and_walkins_listed(pretix, client, event_store) -> None:
    fx = pretix.fixtures
    pull(event_store, client, fx["event"])
    guest = _paid(pretix, 17, 1)[0]
    aid = _attendee_of(event_store, guest["position_id"])
    # The ticket was replaced upstream after our pull: pretix does not know this secret any more.
    event_store.conn.execute("UPDATE pretix_positions SET secret = 'no-such-ticket-secret' WHERE attendee_id = ?",
                             (aid,))
    ledger.record(event_store, Kind.CHECKIN, aid, {"day": "2026-11-21", "point": "main"}, at=BERLIN_MORNING)
    walkin = event_store.next_attendee_id()
    ledger.record(event_store, Kind.WALKIN, walkin, {"fields": {"first_name": "Ορέστης", "last_name": "Νέος",
                                                         "walk_in": True}})
    ledger.record(event_store, Kind.CHECKIN, walkin, {"day": "2026-11-21", "point": "main"}, at=BERLIN_MORNING)

    result = push(event_store, client)
    assert result.uploaded == 0 and len(result.rejected) == 1 and not result.errors
    assert result.rejected[0]["attendee_id"] == aid and "invalid" in result.rejected[0]["reason"]
    assert [w["name"] for w in result.walkins_without_ticket] == ["Ορέστης Νέος"]
    again = push(event_store, client)
    assert again.rejected == [] and again.uploaded == 0  # reported once, not retried forever
    assert event_store.conn.execute("SELECT attempts FROM pretix_uploads WHERE attendee_id = ?",
                                    (aid,)).fetchone()[0] == 1


def test_ticket_sold_after_pull_verifies_offline(pretix, client, event_store) -> None:
    fx = pretix.fixtures
    pull(event_store, client, fx["event"])
    code, body = pretix.api(f"organizers/{fx['organizer']}/events/{fx['event']}/orders/", "POST", {
        "email": "late@example.org", "locale": "en", "sales_channel": "web", "status": "p",
        "positions": [{"item": fx["items"]["delegate"], "attendee_name_parts": {
            "_scheme": "given_family", "given_name": "Siobhán", "family_name": "Late"}}]})
    assert code == 201, body
    secret = body["positions"][0]["secret"]
    assert event_store.attendee_by_code(secret) is None
    info = verify_pretix_secret(event_store, secret)
    assert info is not None and info["item_id"] == fx["items"]["delegate"] and info["item_name"] == "Teilnahme"
    assert info["attendee_id"] is None and info["valid_now"]
    known = verify_pretix_secret(event_store, fx["positions"][0]["secret"])
    assert known["attendee_id"] == _attendee_of(event_store, fx["positions"][0]["position_id"])
    assert verify_pretix_secret(event_store, secret[:-6] + "AAAAAA") is None

    # The desk admits the late buyer on the verified ticket; the arrival goes up like any other.
    late = event_store.next_attendee_id()
    ledger.record(event_store, Kind.WALKIN, late, {"fields": walkin_fields(info, "Siobhán", "Late")})
    ledger.record(event_store, Kind.CHECKIN, late, {"day": "2026-11-21", "point": "main"}, at=BERLIN_MORNING)
    result = push(event_store, client)
    assert result.uploaded == 1 and late not in [w["id"] for w in result.walkins_without_ticket]
    position = body["positions"][0]["id"]
    assert len(_server_checkins(pretix, position)) == 1
    pull(event_store, client, fx["event"])  # the order arrives: linked to the same guest, no duplicate
    assert _attendee_of(event_store, position) == late
    assert event_store.conn.execute("SELECT COUNT(*) FROM attendees WHERE code = ?", (secret,)).fetchone()[0] == 1


def test_bad_token_and_unknown_event_are_one_line_errors(pretix, event_path, cli) -> None:
    fx = pretix.fixtures
    bad = cli("pretix", "pull", str(event_path), "--url", pretix.url, "--token", "wrong", "--organizer",
              fx["organizer"], "--event", fx["event"])
    assert bad.returncode != 0 and "Traceback" not in bad.stderr and "token" in bad.stderr
    unknown = cli("pretix", "pull", str(event_path), "--url", pretix.url, "--token", pretix.token,
                  "--organizer", fx["organizer"], "--event", "nope")
    assert unknown.returncode != 0 and "Traceback" not in unknown.stderr and len(unknown.stderr.splitlines()) == 1
    from checkin.core.pretix import PretixClient

    with pytest.raises(PretixError):
        PretixClient("http://127.0.0.1:9", "x", token="t", timeout=2).event("e")


def test_cli_pull_push_status_json(pretix, event_path, cli) -> None:
    fx = pretix.fixtures
    common = ["--url", pretix.url + "/", "--token", pretix.token, "--organizer", fx["organizer"],
              "--event", fx["event"], "--json"]
    proc = cli("pretix", "pull", str(event_path), *common)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["attendees_new"] >= len(fx["positions"])
    from checkin.core.store import EventStore

    guest = _paid(pretix, 20, 1)[0]
    with EventStore.open(event_path) as store:
        ledger.record(store, Kind.CHECKIN, _attendee_of(store, guest["position_id"]),
                     {"day": "2026-11-21", "point": "main"}, at=BERLIN_MORNING)
    # Settings come from the last pull; only the token is given again.
    proc = cli("pretix", "push", str(event_path), "--token", pretix.token, "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["uploaded"] == 1
    status = json.loads(cli("pretix", "status", str(event_path), "--json").stdout)
    assert status["targets"]["pretix_push"]["ok"] and status["waiting"] == 0
    assert len(_server_checkins(pretix, guest["position_id"])) == 1


def test_desk_that_got_guests_by_sync_pushes_too(pretix, client, event_store, tmp_path) -> None:
    from datetime import date

    from checkin.core.store import EventStore

    fx = pretix.fixtures
    pull(event_store, client, fx["event"])
    desk = EventStore.create(tmp_path / "desk.checkin", title="desk copy", start=date(2026, 11, 21), days=2)
    desk.set_meta("station_id", "desk-7")
    desk.close()
    desk = EventStore.open(tmp_path / "desk.checkin")
    try:
        ledger.merge(desk, event_store.journal.records())  # what LAN sync or a bundle delivers
        guest = _paid(pretix, 22, 1)[0]
        aid = desk.attendee_by_code(guest["secret"]).id
        ledger.record(desk, Kind.CHECKIN, aid, {"day": "2026-11-21", "point": "main"}, at=BERLIN_MORNING)
        result = push(desk, client, list_id=fx["list_id"])
        assert result.uploaded == 1 and result.walkins_without_ticket == []
        assert len(_server_checkins(pretix, guest["position_id"])) == 1
    finally:
        desk.close()
