"""Desk decisions on a real demo event file: statuses, days in the venue time zone, points, overrides, undo."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from cryptography.hazmat.primitives import serialization as ser
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from checkin.core import codes, pins
from checkin.core.desk import Desk, DeskError, Flag, Status, counters, decision_json
from checkin.core.journal import Kind
from checkin.core.record_signing import content

BERLIN = ZoneInfo("Europe/Berlin")


def local(store, day_offset: int, hh: int, mm: int = 0) -> datetime:
    start = store.event.start
    return datetime(start.year, start.month, start.day, hh, mm, tzinfo=BERLIN) + timedelta(days=day_offset)


def checkins(store) -> list:
    return store.journal.records(kind=Kind.CHECKIN)


def first_where(store, sql: str) -> int:
    return store.conn.execute(f"SELECT id FROM attendees WHERE {sql} ORDER BY id LIMIT 1").fetchone()[0]


def test_first_scan_admits_and_is_durable_before_returning(demo_store, demo_path):
    desk = Desk(demo_store, station="desk1")
    a = demo_store.attendee(2)
    d = desk.scan(a.code, at=local(demo_store, 0, 8, 5))
    assert d.status == Status.ADMITTED and d.attendee.id == 2
    assert Flag.BADGE_WANTED in d.flags and d.record_id
    # Another connection (another process would see the same) finds exactly one record, already committed.
    other = sqlite3.connect(demo_path)
    rows = other.execute("SELECT station_id, kind, attendee_id, data FROM journal WHERE record_id = ?",
                         (d.record_id,)).fetchall()
    other.close()
    assert len(rows) == 1 and rows[0][:3] == ("desk1", "checkin", 2)
    assert '"source": "scan"' in rows[0][3] and f'"day": "{demo_store.event.start}"' in rows[0][3]
    assert len(checkins(demo_store)) == 1


def test_second_scan_same_day_is_already_admitted_with_first_arrival(demo_store):
    desk1, desk3 = Desk(demo_store, station="desk1"), Desk(demo_store, station="desk3")
    code = demo_store.attendee(3).code
    first = desk1.scan(code, at=local(demo_store, 0, 8, 1))
    again = desk3.scan(code, at=local(demo_store, 0, 11, 0))
    assert again.status == Status.ALREADY_ADMITTED
    assert again.first_arrival.station == "desk1" and again.first_arrival.at == first.at
    assert again.record_id is None and len(checkins(demo_store)) == 1
    out = decision_json(demo_store, again)
    assert out["first_arrival"] == {"at": local(demo_store, 0, 8, 1).isoformat(), "station": "desk1"}


def test_days_are_cut_in_the_venue_time_zone(demo_store):
    desk = Desk(demo_store)
    code = demo_store.attendee(4).code
    assert desk.scan(code, at=local(demo_store, 0, 23, 50)).status == Status.ADMITTED
    # 00:10 in Berlin is still the previous day in UTC; the venue's day decides: a new day, admitted again.
    after_midnight = local(demo_store, 1, 0, 10)
    assert after_midnight.astimezone(ZoneInfo("UTC")).day != after_midnight.day
    d = desk.scan(code, at=after_midnight)
    assert d.status == Status.ADMITTED and d.day == (demo_store.event.start + timedelta(days=1)).isoformat()
    assert Flag.RETURNING in d.flags and Flag.BADGE_WANTED not in d.flags


def test_scan_outside_event_dates_decides_normally_with_flag(demo_store):
    desk = Desk(demo_store)
    d = desk.scan(demo_store.attendee(5).code, at=local(demo_store, 10, 9))
    assert d.status == Status.ADMITTED and Flag.OUTSIDE_EVENT_DATES in d.flags
    inside = desk.scan(demo_store.attendee(6).code, at=local(demo_store, 1, 9))
    assert Flag.OUTSIDE_EVENT_DATES not in inside.flags


def test_invalid_and_wrong_event_codes_are_refused_without_a_record(demo_store):
    desk = Desk(demo_store)
    good = demo_store.attendee(2).code
    forged = good[:-5] + ("AAAAA" if not good.endswith("AAAAA") else "BBBBB")
    other = Ed25519PrivateKey.generate()
    other_pub = other.public_key().public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)
    foreign_event = codes.make_code(other, other_pub, 2)
    assert desk.scan("hello world").status == Status.INVALID_CODE
    assert desk.scan("").status == Status.INVALID_CODE
    assert desk.scan(forged).status == Status.INVALID_CODE
    assert desk.scan(foreign_event).status == Status.WRONG_EVENT
    assert checkins(demo_store) == []


def test_revoked_code_after_reissue(demo_store):
    desk = Desk(demo_store)
    old = demo_store.attendee(7).code
    new = codes.reissue_code(demo_store, 7)
    d = desk.scan(old)
    assert d.status == Status.REVOKED and d.attendee.id == 7 and d.overridable
    assert checkins(demo_store) == []
    assert desk.scan(new).status == Status.ADMITTED


def test_scanner_typing_through_a_german_layout_is_repaired(demo_store):
    code = demo_store.attendee(12).code
    qwertz = code.translate(str.maketrans("YZyz", "ZYzy"))  # a US scanner on a German keyboard swaps Y and Z
    assert qwertz != code
    d = Desk(demo_store).scan(qwertz)
    assert d.status == Status.ADMITTED and d.attendee.id == 12 and Flag.LAYOUT_REPAIRED in d.flags


def test_cancelled_override_needs_reason_and_pin(demo_store):
    desk = Desk(demo_store, station="desk2")
    aid = first_where(demo_store, "status = 'cancelled'")
    code = demo_store.attendee(aid).code
    refused = desk.scan(code)
    assert refused.status == Status.CANCELLED and checkins(demo_store) == []
    assert Flag.REASON_REQUIRED in desk.scan(code, override="  ").flags
    pins.set_pin(demo_store, "4711")
    assert Flag.PIN_REQUIRED in desk.admit_anyway(refused, "organiser says yes").flags
    assert Flag.PIN_WRONG in desk.admit_anyway(refused, "organiser says yes", pin="0000").flags
    assert checkins(demo_store) == []
    ok = desk.admit_anyway(refused, "organiser says yes", pin="4711")
    assert ok.status == Status.ADMITTED and Flag.OVERRIDE in ok.flags
    [rec] = checkins(demo_store)
    assert rec.data["override"] == "organiser says yes" and rec.data["overridden"] == "cancelled"
    assert rec.station_id == "desk2"


def test_not_on_list_is_admitted_only_after_confirming(demo_store):
    desk = Desk(demo_store)
    code = codes.issue_code(demo_store, 90001)  # validly invited after this copy's last import
    d = desk.scan(code)
    assert d.status == Status.NOT_ON_LIST and d.attendee is None and d.code_attendee_id == 90001
    assert checkins(demo_store) == []
    ok = desk.scan(code, override="invited yesterday by the office")
    assert ok.status == Status.ADMITTED
    [rec] = checkins(demo_store)
    assert rec.attendee_id == 90001 and rec.data["overridden"] == "not_on_list"
    assert desk.scan(code).status == Status.ALREADY_ADMITTED


def test_points_with_their_own_rules(demo_store):
    reception = Desk(demo_store, point="reception")
    member = first_where(demo_store, "status != 'cancelled' AND registered_for LIKE '%reception%'")
    outsider = first_where(demo_store, "status != 'cancelled' AND registered_for NOT LIKE '%reception%'")
    day1 = local(demo_store, 0, 19, 30)
    d = reception.scan(demo_store.attendee(outsider).code, at=day1)
    assert d.status == Status.NOT_REGISTERED_HERE
    assert reception.scan(demo_store.attendee(member).code, at=day1).status == Status.ADMITTED
    # The reception is on day one only.
    closed = reception.scan(demo_store.attendee(member).code, at=local(demo_store, 1, 19, 30))
    assert closed.status == Status.NOT_REGISTERED_HERE and Flag.POINT_CLOSED_TODAY in closed.flags
    # Arrival at the reception is not an arrival at the main entrance.
    assert Desk(demo_store).scan(demo_store.attendee(member).code, at=day1).status == Status.ADMITTED
    [rec_reception] = [r for r in checkins(demo_store) if r.data["point"] == "reception"]
    assert rec_reception.attendee_id == member
    with pytest.raises(DeskError):
        Desk(demo_store, point="sauna")


def test_registration_for_certain_days_only(demo_store):
    demo_store.set_attendee_fields(8, {"registered_for": ["main", f"day:{demo_store.event.start}"]})
    desk = Desk(demo_store)
    d = desk.scan(demo_store.attendee(8).code, at=local(demo_store, 1, 9))
    assert d.status == Status.NOT_REGISTERED_HERE and Flag.WRONG_DAY in d.flags
    assert desk.scan(demo_store.attendee(8).code, at=local(demo_store, 0, 9)).status == Status.ADMITTED


def test_foreign_ticket_secret(demo_store):
    demo_store.set_attendee_fields(9, {"code": "pretix-SecretAbc123xyz"})
    d = Desk(demo_store).scan("pretix-SecretAbc123xyz")
    assert d.status == Status.ADMITTED and d.attendee.id == 9 and Flag.FOREIGN_TICKET in d.flags


def test_attention_and_note(demo_store):
    desk = Desk(demo_store)
    vip = demo_store.attendee(1)
    d = desk.scan(vip.code)
    assert d.attention and "Protokoll" in d.note
    again = desk.scan(vip.code)
    assert again.status == Status.ALREADY_ADMITTED and not again.attention


def test_check_in_by_search_and_undo(demo_store):
    desk = Desk(demo_store, station="desk4")
    d = desk.check_in(10, source="search")
    assert d.status == Status.ADMITTED
    assert demo_store.first_arrival(10) is not None
    result = desk.undo_last()
    assert result.undone.record_id == d.record_id and result.attendee.id == 10
    assert result.undo.kind == Kind.UNDO and content(result.undo.data) == {"undoes": d.record_id}
    assert demo_store.first_arrival(10) is None
    assert len(checkins(demo_store)) == 1  # never deleted
    assert desk.undo_last() is None
    assert desk.check_in(10).status == Status.ADMITTED
    with pytest.raises(DeskError):
        desk.check_in(10**9)


def test_undo_is_per_station(demo_store):
    a, b = Desk(demo_store, station="a"), Desk(demo_store, station="b")
    a.check_in(11)
    b.check_in(12)
    assert a.undo_last().attendee.id == 11
    assert demo_store.first_arrival(12) is not None


def test_counters_per_point_and_category(demo_store):
    desk = Desk(demo_store)
    day = demo_store.event.start.isoformat()
    before = desk.counters(day)
    expected = demo_store.conn.execute("SELECT COUNT(*) FROM attendees WHERE status != 'cancelled'").fetchone()[0]
    assert before.arrived == 0 and before.expected == expected
    desk.scan(demo_store.attendee(1).code, at=local(demo_store, 0, 8))
    desk.scan(demo_store.attendee(3).code, at=local(demo_store, 0, 8))
    after = desk.counters(day)
    assert after.arrived == 2 and after.by_category["ministry"][0] == 1 and after.by_category["exhibitor"][0] == 1
    reception = [p for p in desk.points if p.name == "reception"][0]
    members = demo_store.conn.execute(
        "SELECT COUNT(*) FROM attendees WHERE status != 'cancelled' AND registered_for LIKE '%reception%'"
    ).fetchone()[0]
    assert counters(demo_store, reception, day).expected == members < expected


def test_organiser_pin(demo_store):
    assert not pins.pin_required(demo_store) and pins.verify_pin(demo_store, None)
    pins.set_pin(demo_store, "2468")
    assert pins.pin_required(demo_store)
    assert pins.verify_pin(demo_store, "2468") and not pins.verify_pin(demo_store, "2469")
    assert not pins.verify_pin(demo_store, "")
    assert demo_store.get_meta("organiser_pin_hash").startswith("scrypt$")
    with pytest.raises(ValueError):
        pins.set_pin(demo_store, "12")
    pins.set_pin(demo_store, None)
    assert not pins.pin_required(demo_store)
