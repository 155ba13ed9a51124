"""Desk operations in the core: each action's journal record and what it changes, on real event files."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from checkin.core import codes, copies, deskops, ledger, pins
from checkin.core.desk import Desk, Status
from checkin.core.deskops import DeskOpsError
from checkin.core.journal import Kind
from checkin.core.record_signing import content
from checkin.core.store import EventStore


def _day(store: EventStore, hour: int = 9) -> datetime:
    start = store.event.start
    return datetime(start.year, start.month, start.day, hour, tzinfo=store.tz)


def _records(store: EventStore, kind: str) -> list:
    return store.journal.records(kind=kind)


@pytest.fixture
def desks(demo_path: Path) -> tuple[Path, Path, Path]:
    with EventStore.open(demo_path) as master:
        one = copies.make_copy(master, demo_path.parent / "d1.checkin", station="desk-1").path
        two = copies.make_copy(master, demo_path.parent / "d2.checkin", station="desk-2").path
    return demo_path, one, two


def test_walkin_ids_never_collide_across_offline_desks(desks) -> None:
    master, one, two = desks
    made: dict[Path, list[int]] = {}
    for path in (one, two, master):
        with EventStore.open(path) as s:
            made[path] = [deskops.register_walkin(s, {"first_name": "Ana", "last_name": f"Walk {i}"},
                                                  check_in=False).attendee.id for i in range(3)]
    everyone = [i for ids in made.values() for i in ids]
    assert len(set(everyone)) == 9 and all(deskops.is_desk_id(i) for i in everyone)
    assert made[master][0] == deskops.WALKIN_BASE + 1  # the master's block is 0
    assert made[one] == sorted(made[one]) and made[one][1] == made[one][0] + 1
    with EventStore.open(one) as s1, EventStore.open(two) as s2, EventStore.open(master) as m:
        before = m.count_attendees()
        ledger.merge(m, s1.journal.records() + s2.journal.records())
        assert m.count_attendees() == before + 6  # nobody overwritten by a namesake id
        assert {m.attendee(i).last_name for i in made[one] + made[two]} == {"Walk 0", "Walk 1", "Walk 2"}


def test_walkin_record_code_and_checkin(desks) -> None:
    _, one, _ = desks
    with EventStore.open(one) as s:
        at = _day(s, 8)
        r = deskops.register_walkin(s, {"first_name": "Şükrü", "last_name": "Çelik", "organisation": " Ege Kümesi ",
                                        "email": "sukru@example.com", "category": "press"}, at=at)
        rec = _records(s, Kind.WALKIN)[-1]
        assert rec.record_id == r.record.record_id and rec.attendee_id == r.attendee.id
        fields = rec.data["fields"]
        assert fields["walk_in"] is True and fields["code"] == r.attendee.code
        assert fields["first_name"] == "Şükrü" and fields["organisation"] == "Ege Kümesi"
        check = codes.resolve(s, r.attendee.code)
        assert check.status == "valid" and check.issuer == "desk-1" and check.attendee_id == r.attendee.id
        assert r.decision is not None and r.decision.status == Status.ADMITTED
        checkin = s.journal.get(r.decision.record_id)
        assert checkin.kind == Kind.CHECKIN and checkin.data["source"] == "walkin"
        assert s.first_arrival(r.attendee.id).at == checkin.wall_time
        a = s.attendee(r.attendee.id)
        assert a.walk_in and a.category == "press" and a.status == "registered"
        with pytest.raises(DeskOpsError, match="name"):
            deskops.register_walkin(s, {"organisation": "Nobody GmbH"})
        with pytest.raises(DeskOpsError, match="category"):
            deskops.register_walkin(s, {"last_name": "X", "category": "boss"})
        with pytest.raises(DeskOpsError, match="email"):
            deskops.register_walkin(s, {"last_name": "X", "email": "not an address"})


def test_walkin_on_invitation_only_event_needs_the_organiser_pin(demo_store: EventStore) -> None:
    s = demo_store
    pins.set_pin(s, "4711")
    deskops.register_walkin(s, {"last_name": "Open"}, check_in=False)  # not invitation-only: no PIN asked
    deskops.set_invitation_only(s, True)
    n = len(_records(s, Kind.WALKIN))
    with pytest.raises(DeskOpsError, match="PIN"):
        deskops.register_walkin(s, {"last_name": "Closed"})
    with pytest.raises(DeskOpsError, match="wrong"):
        deskops.register_walkin(s, {"last_name": "Closed"}, pin="0000")
    assert len(_records(s, Kind.WALKIN)) == n
    assert deskops.register_walkin(s, {"last_name": "Closed"}, pin="4711").decision.admitted


def test_substitution_links_both_and_takes_over(demo_store: EventStore) -> None:
    s = demo_store
    invited = s.attendee(5)
    r = deskops.substitute(s, 5, {"first_name": "Anna", "last_name": "Nowak"})
    rec = r.record
    assert rec.kind == Kind.SUBSTITUTION and rec.data["replaces"] == 5 and rec.data["fields"]["replaces"] == 5
    sub = s.attendee(r.attendee.id)
    assert sub.replaces == 5 and sub.organisation == invited.organisation and sub.category == invited.category
    assert sub.registered_for == invited.registered_for and sub.code and not sub.walk_in
    assert [a.id for a in deskops.replaced_by(s, 5)] == [sub.id]
    assert r.decision.admitted and s.first_arrival(5) is None
    with pytest.raises(DeskOpsError, match="replaced already"):
        deskops.substitute(s, 5, {"last_name": "Third"})
    # The colleague showed the boss's invitation and was admitted as the boss: the arrival moves over.
    boss = Desk(s).check_in(8)
    with pytest.raises(DeskOpsError, match="checked in already"):
        deskops.substitute(s, 8, {"first_name": "Kim", "last_name": "Lee"})
    r2 = deskops.substitute(s, 8, {"first_name": "Kim", "last_name": "Lee", "organisation": "Other"},
                            take_over_arrival=True)
    assert s.first_arrival(8) is None and s.first_arrival(r2.attendee.id) is not None
    undo = _records(s, Kind.UNDO)[-1]
    assert undo.data["undoes"] == boss.record_id and s.attendee(r2.attendee.id).organisation == "Other"


def test_correction_keeps_the_original_and_reprints(demo_store: EventStore, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from checkin.core.badges import catalog
    from checkin.core.badges.document import make_pdf

    s = demo_store
    before = s.attendee(9)
    r = deskops.correct(s, 9, {"organisation": "Żabka Polska sp. z o.o.", "title": "Prof.",
                               "first_name": before.first_name})
    assert r.record.kind == Kind.CORRECTION
    assert content(r.record.data) == {"fields": {"organisation": "Żabka Polska sp. z o.o.", "title": "Prof."},
                             "original": {"organisation": before.organisation, "title": before.title}}
    deskops.correct(s, 9, {"organisation": "Żabka Polska S.A."})
    assert s.attendee(9).organisation == "Żabka Polska S.A."
    assert deskops.original_fields(s, 9) == {"organisation": before.organisation, "title": before.title}
    with pytest.raises(DeskOpsError, match="nothing to change"):
        deskops.correct(s, 9, {"organisation": "Żabka Polska S.A."})
    with pytest.raises(DeskOpsError, match="cannot correct"):
        deskops.correct(s, 9, {"code": "X"})
    with pytest.raises(DeskOpsError, match="name"):
        deskops.correct(s, 9, {"first_name": "", "last_name": ""})
    pdf = tmp_path / "badge.pdf"
    make_pdf(s, pdf, catalog.get_layout(s), [s.attendee(9)])
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Żabka Polska S.A." in text and before.organisation not in text


def test_companions_are_listed_under_their_guest_and_checked_in_individually(demo_store: EventStore) -> None:
    s = demo_store
    c1 = deskops.add_companion(s, 6, {"first_name": "Ορέστης", "last_name": "Παπαδόπουλος"}, check_in=False)
    assert c1.record.kind == Kind.COMPANION and c1.record.data["companion_of"] == 6 and c1.decision is None
    c2 = deskops.add_companion(s, c1.attendee.id, {"first_name": "Eleni", "last_name": "Papadopoulou"})
    assert s.attendee(c2.attendee.id).companion_of == 6  # a companion's companion belongs to the guest
    assert [a.id for a in deskops.companions_of(s, 6)] == sorted([c1.attendee.id, c2.attendee.id],
                                                              key=lambda i: s.attendee(i).last_name)
    assert s.first_arrival(c1.attendee.id) is None and s.first_arrival(c2.attendee.id) is not None
    assert s.first_arrival(6) is None
    assert Desk(s).scan(c1.attendee.code).admitted


def test_handouts_issue_return_and_who_holds_one(demo_store: EventStore) -> None:
    s = demo_store
    t = _day(s, 10)
    deskops.issue_item(s, 11, "receiver", deposit="ID card", at=t)
    deskops.issue_item(s, 12, "receiver", deposit="50 EUR", at=t + timedelta(minutes=1))
    deskops.issue_item(s, 12, "umbrella", at=t + timedelta(minutes=2))
    with pytest.raises(DeskOpsError, match="already"):
        deskops.issue_item(s, 11, "receiver")
    ret = deskops.return_item(s, 11, "receiver", at=t + timedelta(hours=6))
    issue = _records(s, Kind.HANDOUT)[0]
    assert content(issue.data) == {"item": "receiver", "action": "issue", "deposit": "ID card"}
    assert content(ret.record.data) == {"item": "receiver", "action": "return", "of": issue.record_id, "deposit": "ID card"}
    held = deskops.holding(s, item="receiver")
    assert [(h.attendee_id, h.deposit) for h in held] == [(12, "50 EUR")]
    assert {h.item for h in deskops.holding(s, day=s.local_day(t))} == {"receiver", "umbrella"}
    assert deskops.holding(s, day="1999-01-01") == []
    with pytest.raises(DeskOpsError, match="holds no"):
        deskops.return_item(s, 11, "receiver")
    assert deskops.items_in_use(s) == ["receiver", "umbrella"]
    # The day-close report reads the same records the same way.
    from checkin.core.reports.dayclose import handouts_out

    assert sorted((h.item, h.deposit) for h in handouts_out(s)) == [("receiver", "50 EUR"), ("umbrella", "")]


def test_handouts_agree_in_any_merge_order(desks) -> None:
    master, one, two = desks
    with EventStore.open(one) as s:
        t = _day(s, 10)
        deskops.issue_item(s, 20, "receiver", deposit="passport", at=t)
    with EventStore.open(two) as s:  # desk 2 takes it back later (guest walked over)
        with pytest.raises(DeskOpsError):
            deskops.return_item(s, 20, "receiver")
        ledger.merge(s, EventStore.open(one, readonly=True).journal.records())
        deskops.return_item(s, 20, "receiver", at=t + timedelta(hours=7))
        recs = s.journal.records()
    with EventStore.open(master) as m:
        for rec in reversed(recs):  # one record a call: merge sorts what one call brings
            ledger.merge(m, [rec])
        assert deskops.holding(m) == []


def test_badge_collected_is_separate_from_arrival(demo_store: EventStore) -> None:
    s = demo_store
    r, earlier = deskops.collect_badge(s, 13)
    assert earlier is None and r.record.kind == Kind.BADGE_COLLECTED
    again, earlier = deskops.collect_badge(s, 13)
    assert again is None and earlier == r.record.wall_time
    assert len(_records(s, Kind.BADGE_COLLECTED)) == 1
    assert s.first_arrival(13) is None and 13 in deskops.collected(s)


def test_paper_backfill_records_source_and_time(demo_store: EventStore) -> None:
    s = demo_store
    # two hours ago, not 08:50 on the start day: before 08:50 at the venue that lies in the future
    at = (datetime.now(UTC) - timedelta(hours=2)).replace(second=0, microsecond=0)
    Desk(s).check_in(15, at=at + timedelta(minutes=30))  # scanned after the outage, later than the paper tick
    decisions = deskops.backfill(s, [14, 15, 16], at)
    assert [d.status for d in decisions] == [Status.ADMITTED, Status.ALREADY_ADMITTED, Status.ADMITTED]
    rec = s.journal.get(decisions[0].record_id)
    assert content(rec.data) == {"day": s.local_day(at), "point": "main", "source": "paper"}
    assert datetime.fromisoformat(rec.wall_time) == at.astimezone(UTC)
    assert deskops.paper_arrivals(s) == 2 and s.double_admissions() == []
    with pytest.raises(DeskOpsError, match="future"):
        deskops.backfill(s, [17], datetime.now(UTC) + timedelta(hours=2))
    with pytest.raises(DeskOpsError, match="no attendee"):
        deskops.backfill(s, [17, 999999], at)


def test_vip_notices_per_station_until_acknowledged(desks) -> None:
    master, one, two = desks
    with EventStore.open(one) as s:
        vip = s.conn.execute("SELECT id FROM attendees WHERE attention = 1 ORDER BY id LIMIT 1").fetchone()[0]
        plain = s.conn.execute("SELECT id FROM attendees WHERE attention = 0 AND status != 'cancelled' "
                               "ORDER BY id LIMIT 1").fetchone()[0]
        now = datetime.now(UTC)
        admitted = Desk(s).check_in(vip, at=now)
        Desk(s).check_in(plain, at=now)
        assert deskops.open_notices(s, station="desk-1") == []  # the admitting desk confirmed on its panel
        recs = s.journal.records()
    for path in (two, master):
        with EventStore.open(path) as s:
            ledger.merge(s, recs)
            notices = deskops.open_notices(s, station=s.station_id)
            assert [(n.record_id, n.attendee.id, n.station) for n in notices] == [(admitted.record_id, vip, "desk-1")]
    with EventStore.open(two) as s:
        ack = deskops.acknowledge(s, admitted.record_id)
        assert ack.kind == Kind.ATTENTION_ACK and content(ack.data) == {"of": admitted.record_id}
        assert deskops.open_notices(s, station="desk-2") == []
        acks = [ack]
    with EventStore.open(master) as m:
        ledger.merge(m, acks)
        assert len(deskops.open_notices(m, station="master")) == 1  # desk 2's ack does not clear the organiser
        assert deskops.open_notices(m, station=None) == []  # ... but it counts as "someone acknowledged"
        assert deskops.open_notices(m, station="master", day="1999-01-01") == []
    with EventStore.open(one) as s:
        Desk(s).undo_last()  # the plain guest
        Desk(s).undo_last()  # the VIP: an undone arrival raises no notice
        undo = s.journal.records(kind=Kind.UNDO)
    with EventStore.open(master) as m:
        ledger.merge(m, undo)
        assert deskops.open_notices(m, station="master") == []
    with EventStore.open(master) as m, pytest.raises(DeskOpsError):
        deskops.acknowledge(m, "no-such-record")
