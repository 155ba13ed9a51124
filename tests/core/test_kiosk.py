"""The kiosk flow on a real event file: what a guest may do, what goes to the desk, what is journaled; and
``checkin kiosk-sim`` / ``kiosk-settings`` run as a user would."""

from __future__ import annotations

import json

import pytest

from checkin.core import deskops, pins
from checkin.core.desk import Desk
from checkin.core.kiosk import Kiosk, KioskError, KioskSettings, Reason, Step, can_leave, leave_pin_set


def _one(store, where: str):
    row = store.conn.execute(f"SELECT id FROM attendees WHERE {where} ORDER BY id LIMIT 1").fetchone()
    return store.attendee(row[0])


def test_normal_guest_checks_in_with_own_correction(demo_store):
    a = _one(demo_store, "attention = 0 AND status != 'cancelled'")
    kiosk = Kiosk(demo_store, station="kiosk-1")
    screen = kiosk.scan(a.code)
    assert screen.step == Step.PREVIEW and screen.attendee.id == a.id and screen.language == a.language
    with pytest.raises(KioskError):
        kiosk.correct("last_name", "Someone Else")  # not what the organiser allows
    screen = kiosk.correct("first_name", "  Kiki ")
    assert screen.attendee.first_name == "Kiki" and demo_store.attendee(a.id).first_name == a.first_name
    screen = kiosk.confirm()
    assert screen.step == Step.PRINTING
    assert kiosk.printed(True).step == Step.DONE
    rec = demo_store.journal.get(screen.checkin_record)
    assert rec.kind == "checkin" and rec.station_id == "kiosk-1" and rec.data["source"] == "kiosk"
    fix = demo_store.journal.records(kind="correction")[-1]
    assert fix.operator == "guest" and fix.data["fields"] == {"first_name": "Kiki"}
    assert demo_store.attendee(a.id).first_name == "Kiki"
    assert kiosk.reset().attendee is None
    # A desk can undo what the kiosk did (a journal record like any other).
    undone = Desk(demo_store, station="kiosk-1").undo_last()
    assert undone is not None and undone.undone.record_id == rec.record_id
    assert demo_store.first_arrival(a.id) is None


@pytest.mark.parametrize(("where", "reason"), [
    ("attention = 1 AND status != 'cancelled'", Reason.VIP),
    ("status = 'cancelled' AND attention = 0", Reason.CANCELLED),
])
def test_exceptions_go_to_the_desk_with_a_notice(demo_store, where, reason):
    a = _one(demo_store, where)
    kiosk = Kiosk(demo_store, station="kiosk-1")
    screen = kiosk.scan(a.code)
    assert screen.step == Step.DESK and screen.reason == reason and screen.attendee is None
    assert demo_store.first_arrival(a.id) is None  # nothing admitted: the desk sees them in person
    notices = deskops.open_notices(demo_store, station="desk-2")
    assert [(n.attendee.id, n.reason, n.station) for n in notices] == [(a.id, reason.value, "kiosk-1")]
    deskops.acknowledge(demo_store, notices[0].record_id, station="desk-2")
    assert deskops.open_notices(demo_store, station="desk-2") == []
    assert len(deskops.open_notices(demo_store, station="desk-3")) == 1  # acknowledged per station


def test_second_visit_invalid_code_and_printer_fault(demo_store):
    a = _one(demo_store, "attention = 0 AND status != 'cancelled'")
    kiosk = Kiosk(demo_store, station="kiosk-1")
    kiosk.scan(a.code)
    kiosk.confirm()
    assert kiosk.printed(False).reason == Reason.PRINTER_FAULT
    assert demo_store.first_arrival(a.id) is not None  # checked in: the desk only prints the badge
    kiosk.reset()
    assert kiosk.scan(a.code).reason == Reason.ALREADY_CHECKED_IN
    kiosk.reset()
    assert kiosk.scan("NOT-A-CODE").reason == Reason.INVALID_CODE
    reasons = {n.reason for n in deskops.open_notices(demo_store, station="desk-2")}
    assert reasons == {"printer_fault", "already_checked_in", "invalid_code"}


def test_name_search_needs_the_email_letters_and_shows_one_person(demo_store):
    a = next(x for x in demo_store.iter_attendees() if not x.attention and x.status != "cancelled" and x.email
             and len(demo_store.search(x.last_name, limit=200)) > 1)
    kiosk = Kiosk(demo_store, station="kiosk-1", settings=KioskSettings(name_tries=2))
    first = kiosk.find(a.last_name, "zzz")
    assert first.step == Step.START and first.not_found and first.attendee is None and first.tries_left == 1
    assert kiosk.find(a.last_name, "zz").reason == Reason.NOT_CONFIRMED  # the last try: off to the desk
    kiosk.reset()
    found = kiosk.find(f"{a.first_name} {a.last_name}", a.email.split("@")[0])
    assert found.step == Step.PREVIEW and found.attendee.id == a.id


def test_kiosk_needs_a_pin_to_leave(demo_store):
    assert not leave_pin_set(demo_store) and not can_leave(demo_store, "").ok  # no PIN: no kiosk
    pins.set_role_pin(demo_store, "desk", "2468")
    assert leave_pin_set(demo_store)
    assert not can_leave(demo_store, "1111").ok and can_leave(demo_store, "2468").ok


def test_kiosk_sim_cli(cli, demo_path, tmp_path):
    proc = cli("kiosk-sim", str(demo_path), "--guests", "40", "--seed", "2", "--out", str(tmp_path / "b"), "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["guests"] == 40 and out["printed"] + sum(out["sent_to_desk"].values()) == 40
    printed = [r for r in out["results"] if r["step"] == "done"]
    assert len(list((tmp_path / "b").glob("*.pdf"))) == len(printed) > 0
    again = json.loads(cli("kiosk-sim", str(demo_path), "--ids", str(printed[0]["attendee_id"]), "--json",
                           "--out", str(tmp_path / "b")).stdout)
    assert again["sent_to_desk"] == {"already_checked_in": 1}
    notices = json.loads(cli("notices", str(demo_path), "--station", "desk-9", "--json").stdout)["notices"]
    assert any(n["reason"] == "already_checked_in" for n in notices)
    by_name = json.loads(cli("kiosk-sim", str(demo_path), "--guests", "5", "--seed", "9", "--by-name", "--json",
                             "--out", str(tmp_path / "b")).stdout)
    assert by_name["guests"] == 5


@pytest.mark.parametrize("args", [("--guests", "0"), ("--ids", "x,y"), ("--ids", "999999"),
                                  ("--printer", "no-such-queue-here")])
def test_kiosk_sim_bad_input_is_one_line(cli, demo_path, args):
    proc = cli("kiosk-sim", str(demo_path), *args)
    assert proc.returncode != 0 and proc.stderr.startswith("checkin: ") and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_kiosk_settings_cli(cli, demo_path):
    out = json.loads(cli("kiosk-settings", str(demo_path), "--editable", "first_name,title,extra:pronouns",
                         "--json").stdout)
    assert out["editable"] == ["first_name", "title", "extra:pronouns"]
    bad = cli("kiosk-settings", str(demo_path), "--editable", "email_secret")
    assert bad.returncode == 2 and "cannot correct" in bad.stderr


def test_guest_may_set_pronouns_when_the_organiser_allows(demo_store):
    from checkin.core.badges import catalog
    from checkin.core.badges.document import badge_values

    a = _one(demo_store, "attention = 0 AND status != 'cancelled'")
    kiosk = Kiosk(demo_store, station="kiosk-1", settings=KioskSettings(editable=("first_name", "extra:pronouns")))
    kiosk.scan(a.code)
    shown = kiosk.correct("extra:pronouns", "she/her").attendee
    assert badge_values(shown, catalog.get_layout(demo_store, None))["extra_pronouns"] == "she/her"
    kiosk.confirm()
    assert demo_store.attendee(a.id).extra["pronouns"] == "she/her"
    rec = demo_store.journal.records(kind="correction")[-1]
    assert rec.operator == "guest" and rec.station_id == "kiosk-1" and rec.data["fields"]["extra"]["pronouns"] == "she/her"
