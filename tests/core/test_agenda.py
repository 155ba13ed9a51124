"""Programme, person agenda, matchmaking and organiser changes on the real 600-attendee demo event."""

from __future__ import annotations

import shutil
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from checkin.core import agenda, ledger
from checkin.core.journal import Kind
from checkin.core.store import EventStore


def at(store: EventStore, day: int, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(store.event.start + timedelta(days=day), time(hh, mm), store.tz)


def checkin(store: EventStore, attendee_id: int, when: datetime) -> None:
    ledger.record(store, Kind.CHECKIN, attendee_id, {"day": store.local_day(when), "point": "main", "source": "scan"},
                 at=when)


def test_sessions_by_day_have_rooms_and_bilingual_titles(demo_store: EventStore) -> None:
    day1 = agenda.sessions(demo_store, demo_store.event.start)
    assert [v.start for v in day1] == sorted(v.start for v in day1)
    forum2 = next(v for v in day1 if v.title_en.startswith("Expert forum 2"))
    assert forum2.title_de.startswith("Fachforum 2")
    assert forum2.room is not None and forum2.room.name == "Forum 2: Saal Spree"
    assert forum2.capacity == 80
    assert {v.day for v in day1} == {demo_store.event.start.isoformat()}
    assert agenda.days(demo_store) == [d.isoformat() for d in demo_store.event.days()]


def test_counts_assigned_and_arrived(demo_store: EventStore) -> None:
    forum = next(v for v in agenda.sessions(demo_store, demo_store.event.start) if v.kind == "forum")
    ids = [r[0] for r in demo_store.conn.execute(
        "SELECT attendee_id FROM session_assignments WHERE session_id = ? ORDER BY attendee_id", (forum.id,))]
    for aid in ids[:3]:
        checkin(demo_store, aid, at(demo_store, 0, 8, 10))
    checkin(demo_store, ids[3], at(demo_store, 1, 8, 10))  # arrived, but on the other day
    agenda.add_counts(demo_store, [forum], at(demo_store, 0, 13, 40))
    assert forum.assigned == len(ids)
    assert forum.arrived == 3
    assert forum.present == 0


def test_now_and_next(demo_store: EventStore) -> None:
    nn = agenda.now_next(demo_store, at(demo_store, 0, 13, 45))
    running = {v.title_en for v in nn.running}
    assert {t for t in running if t.startswith("Expert forum")} == {
        "Expert forum 1: Clusters as engines of innovation", "Expert forum 2: SMEs in international value chains",
        "Expert forum 3: Universities and transfer"}
    assert "Cluster exhibition" in running
    assert [v.title_en for v in nn.next] == ["Matchmaking (1:1 meetings)"]
    lunch = agenda.now_next(demo_store, at(demo_store, 0, 12, 40))
    assert {v.kind for v in lunch.next} == {"forum", "matchmaking"}
    late = agenda.now_next(demo_store, at(demo_store, 1, 23, 0))
    assert late.running == [] and late.next == []


def _person_with_meetings(store: EventStore) -> int:
    return store.conn.execute(
        "SELECT attendee_id FROM meeting_participants GROUP BY attendee_id HAVING COUNT(*) >= 3 "
        "ORDER BY attendee_id LIMIT 1").fetchone()[0]


def test_person_agenda_with_partner_arrival(demo_store: EventStore) -> None:
    aid = _person_with_meetings(demo_store)
    items = agenda.person_agenda(demo_store, aid)
    meetings = [i for i in items if i.kind == "meeting"]
    assert len(meetings) >= 3
    assert [i.start for i in items] == sorted(i.start for i in items)
    first = meetings[0]
    partner_id = demo_store.conn.execute(
        "SELECT attendee_id FROM meeting_participants WHERE meeting_id = ? AND attendee_id != ?",
        (first.id, aid)).fetchone()[0]
    partner = demo_store.attendee(partner_id)
    assert [p.id for p in first.partners] == [partner_id]
    assert first.partners[0].organisation == partner.organisation
    assert partner.last_name in first.partners[0].name  # names as stored, never re-cased
    assert first.table and first.room is not None
    assert not first.partners[0].arrived
    checkin(demo_store, partner_id, first.start - timedelta(hours=5))
    again = next(i for i in agenda.person_agenda(demo_store, aid) if i.id == first.id and i.kind == "meeting")
    assert again.partners[0].arrived
    # Sessions assigned to the person come with their room.
    sessions = [i for i in items if i.kind == "session"]
    assigned = {r[0] for r in demo_store.conn.execute(
        "SELECT session_id FROM session_assignments WHERE attendee_id = ?", (aid,))}
    assert {i.id for i in sessions} == assigned
    assert all(i.room is not None for i in sessions)


def test_agenda_for_one_day(demo_store: EventStore) -> None:
    aid = _person_with_meetings(demo_store)
    day2 = (demo_store.event.start + timedelta(days=1)).isoformat()
    items = agenda.person_agenda(demo_store, aid, day2)
    assert all(i.start.date().isoformat() == day2 for i in items)
    assert all(i.kind == "session" for i in items)  # matchmaking is on day one only


def test_matchmaking_by_slot_table_and_not_arrived(demo_store: EventStore) -> None:
    slots = agenda.slots(demo_store, demo_store.event.start)
    assert len(slots) == 10 and slots[0] == at(demo_store, 0, 14, 0)
    in_slot = agenda.meetings(demo_store, slot=slots[1])
    assert in_slot and all(m.start == slots[1] for m in in_slot)
    assert len({m.table for m in in_slot}) == len(in_slot)  # no table double-booked in a slot
    assert all(len(m.participants) == 2 for m in in_slot)
    # Both partners of one meeting arrive: it leaves the "partner not arrived" list, the others stay.
    target = in_slot[0]
    for p in target.participants:
        checkin(demo_store, p.id, at(demo_store, 0, 9, 0))
    missing = agenda.meetings(demo_store, slot=slots[1], not_arrived=True)
    assert target.id not in {m.id for m in missing}
    assert len(missing) == len(in_slot) - 1  # nobody meets twice in one slot
    # Only one partner arrived: listed, and the missing one is named.
    other = in_slot[1]
    checkin(demo_store, other.participants[0].id, at(demo_store, 0, 9, 5))
    row = next(m for m in agenda.meetings(demo_store, slot=slots[1], not_arrived=True) if m.id == other.id)
    assert [p.id for p in row.missing] == [other.participants[1].id]
    # Lookup by table, however the helper types it.
    table = in_slot[0].table
    for typed in (table, f"Tisch {table}", f"#{table}", f"table {table}"):
        found = agenda.meetings(demo_store, table=typed)
        assert found and {m.table for m in found} == {table}
    assert agenda.meetings(demo_store, table="9999") == []


def test_move_session_is_a_journal_record(demo_store: EventStore) -> None:
    forum2 = next(v for v in agenda.sessions(demo_store, demo_store.event.start) if v.title_en.startswith("Expert forum 2"))
    rec = agenda.move_session(demo_store, forum2.id, "Plenar")
    data = {k: v for k, v in rec.data.items() if k != "sig"}  # issue 25: signed by the event key
    assert rec.kind == Kind.SESSION_UPSERT and data == {"session_id": forum2.id, "fields": {"room_id": 1}}
    assert rec.data["sig"]["by"] == "event"
    assert agenda.session(demo_store, forum2.id).room.name == "Plenarsaal / Plenary Hall"
    someone = demo_store.conn.execute(
        "SELECT attendee_id FROM session_assignments WHERE session_id = ?", (forum2.id,)).fetchone()[0]
    item = next(i for i in agenda.person_agenda(demo_store, someone) if i.id == forum2.id)
    assert item.room.id == 1
    with pytest.raises(agenda.AgendaError):
        agenda.move_session(demo_store, forum2.id, "no such room")
    with pytest.raises(agenda.AgendaError):
        agenda.move_session(demo_store, 9999, 1)
    with pytest.raises(agenda.AgendaError):
        agenda.change_session(demo_store, forum2.id, {"end": forum2.start.isoformat()})


def _station(src: Path, dst: Path, name: str) -> EventStore:
    shutil.copy(src, dst)
    store = EventStore.open(dst)
    store.set_meta("station_id", name)
    store.close()
    return EventStore.open(dst)


def test_conflicting_moves_converge_in_any_order(demo_path: Path, tmp_path: Path) -> None:
    a = _station(demo_path, tmp_path / "a.checkin", "desk-a")
    b = _station(demo_path, tmp_path / "b.checkin", "desk-b")
    c = _station(demo_path, tmp_path / "c.checkin", "desk-c")
    sid = 6
    agenda.move_session(a, sid, 1)  # A moves forum 2 to the plenary hall
    agenda.change_session(a, sid, {"capacity": 500})
    agenda.move_session(b, sid, 4)  # meanwhile B moves it to Saal Havel
    agenda.change_session(b, 7, {"title_en": "Expert forum 3: Transfer"})
    ra, rb = a.journal.records(), b.journal.records()
    ledger.merge(a, rb)
    ledger.merge(b, ra)
    for rec in reversed(rb + ra):  # one record a call: merge sorts what one call brings
        ledger.merge(c, [rec])
    rows = [s.conn.execute('SELECT id, title_de, title_en, start, "end", room_id, capacity FROM sessions '
                           "ORDER BY id").fetchall() for s in (a, b, c)]
    assert rows[0] == rows[1] == rows[2]
    moves = [r for r in ra + rb if "room_id" in r.data["fields"]]
    winner = max(moves, key=lambda r: (r.lamport, r.station_id))  # last writer wins, ties by station
    assert agenda.session(a, sid).room.id == winner.data["fields"]["room_id"]
    assert agenda.session(c, sid).capacity == 500
    assert agenda.session(c, 7).title_en == "Expert forum 3: Transfer"
    for s in (a, b, c):
        s.close()


def test_bad_change_records_never_break_a_merge(demo_store: EventStore) -> None:
    from checkin.core.journal import Record

    bad = [
        Record("r-1", "other", "", 1, 10**6, "2026-01-01T10:00:00.000+00:00", "session_upsert", None,
               {"session_id": 6, "fields": {"room_id": 999, "start": "not a time"}}),
        Record("r-2", "other", "", 2, 10**6 + 1, "2026-01-01T10:00:00.000+00:00", "session_upsert", None,
               {"fields": {"room_id": 1}}),
        Record("r-3", "other", "", 3, 10**6 + 2, "2026-01-01T10:00:00.000+00:00", "meeting_upsert", None,
               {"meeting_id": 1, "fields": {"participants": [1, 999999], "table_no": 77}}),
    ]
    result = ledger.merge(demo_store, bad)
    assert result.new_records == 3
    forum2 = agenda.session(demo_store, 6)
    assert forum2.room is None  # the unknown room wins the register but points nowhere, no crash
    assert forum2.start.hour == 13  # the unreadable time was ignored
    people = [r[0] for r in demo_store.conn.execute(
        "SELECT attendee_id FROM meeting_participants WHERE meeting_id = 1")]
    assert people == [1]
    assert agenda.meetings(demo_store, table="77")[0].id == 1


def test_change_meeting_moves_table_and_partners(demo_store: EventStore) -> None:
    m = agenda.meetings(demo_store, slot=agenda.slots(demo_store)[0])[0]
    agenda.change_meeting(demo_store, m.id, {"table_no": " 61 ", "participants": [1, 2]})
    moved = agenda.meetings(demo_store, table="61")
    assert [x.id for x in moved] == [m.id]
    assert {p.id for p in moved[0].participants} == {1, 2}
    assert any(i.kind == "meeting" and i.id == m.id for i in agenda.person_agenda(demo_store, 1))
    new = agenda.change_meeting(demo_store, 90001, {"start": m.start.isoformat(), "end": m.end.isoformat(),
                                                    "table_no": "62", "participants": [3, 4]})
    assert new.kind == Kind.MEETING_UPSERT
    assert [p.id for p in agenda.meetings(demo_store, table="62")[0].participants] == [3, 4]
    with pytest.raises(agenda.AgendaError):
        agenda.change_meeting(demo_store, 90002, {"table_no": "63"})
