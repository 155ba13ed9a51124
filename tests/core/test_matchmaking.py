"""Matchmaking on the day (issue 23) on the real 600-attendee demo: states from arrivals, marks and scans;
rematch suggestions and bookings; and that the new record kinds merge to one state in any order."""

from __future__ import annotations

import shutil
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin.core import agenda, ledger
from checkin.core import matchmaking as mm
from checkin.core.journal import Kind, Record
from checkin.core.store import EventStore


def at(store: EventStore, hh: int, mm_: int = 0) -> datetime:
    return datetime.combine(store.event.start, time(hh, mm_), store.tz)


def checkin(store: EventStore, attendee_id: int, when: datetime) -> None:
    ledger.record(store, Kind.CHECKIN, attendee_id, {"day": store.local_day(when), "point": "main", "source": "scan"},
                 at=when)


def first_slot(store: EventStore) -> datetime:
    return agenda.slots(store, store.event.start)[0]


def pair(store: EventStore, slot: datetime, index: int = 0) -> tuple[int, int, int]:
    m = agenda.meetings(store, slot=slot)[index]
    return m.id, m.participants[0].id, m.participants[1].id


def test_states_follow_arrivals_and_the_clock(demo_store: EventStore) -> None:
    slot = first_slot(demo_store)
    mid, a, b = pair(demo_store, slot)
    state = lambda when: mm.meeting(demo_store, mid, when).state  # noqa: E731
    assert state(slot - timedelta(hours=1)) == mm.PLANNED
    assert state(slot - timedelta(minutes=10)) == mm.AT_RISK  # within the 15 minutes, nobody here
    checkin(demo_store, a, at(demo_store, 9))
    assert state(slot - timedelta(minutes=10)) == mm.AT_RISK  # one partner is still missing
    assert state(slot + timedelta(minutes=11)) == mm.NO_SHOW  # 10 minutes after the start
    assert [p.id for p in mm.meeting(demo_store, mid, slot).missing] == [b]
    checkin(demo_store, b, at(demo_store, 13, 50))
    assert state(slot + timedelta(minutes=11)) == mm.READY
    demo_store.set_meta("matchmaking", {"risk_minutes": 30, "noshow_minutes": 5})
    other, c, _d = pair(demo_store, slot, 1)
    assert mm.meeting(demo_store, other, slot - timedelta(minutes=25)).state == mm.AT_RISK
    assert mm.meeting(demo_store, other, slot + timedelta(minutes=6)).state == mm.NO_SHOW


def test_marks_and_scans_make_a_meeting_held_or_a_no_show(demo_store: EventStore) -> None:
    slot = first_slot(demo_store)
    mid, a, b = pair(demo_store, slot)
    for who in (a, b):
        checkin(demo_store, who, at(demo_store, 9))
    mm.scan(demo_store, a, at=slot + timedelta(minutes=1))
    assert mm.meeting(demo_store, mid, slot).state == mm.READY  # one of two scanned
    found = mm.scan(demo_store, b, at=slot + timedelta(minutes=2))
    assert found.id == mid and found.state == mm.HELD and found.scanned == {a, b}
    other, c, d = pair(demo_store, slot, 1)
    mm.mark(demo_store, other, "no_show", at=slot)
    assert mm.meeting(demo_store, other, slot - timedelta(hours=2)).state == mm.NO_SHOW
    mm.mark(demo_store, other, "held", at=slot + timedelta(minutes=1))
    assert mm.meeting(demo_store, other, slot).state == mm.HELD  # the later mark wins
    mm.mark(demo_store, other, "planned", at=slot + timedelta(minutes=2))
    assert mm.meeting(demo_store, other, slot - timedelta(hours=2)).state == mm.PLANNED  # mark taken back
    with pytest.raises(mm.MatchmakingError, match="no meeting 999999"):
        mm.mark(demo_store, 999999, "held")
    with pytest.raises(mm.MatchmakingError, match="not 'gone'"):
        mm.mark(demo_store, mid, "gone")
    counts = mm.counts(mm.board(demo_store, slot=slot, at=slot + timedelta(minutes=12)))
    assert counts[mm.HELD] == 1 and sum(counts.values()) == len(agenda.meetings(demo_store, slot=slot))


def _no_show_guest(store: EventStore, slot: datetime) -> tuple[int, int, int]:
    """Check in one side of the slot's first meeting; returns (meeting, present guest, absent partner)."""
    mid, a, b = pair(store, slot)
    checkin(store, a, at(store, 9))
    return mid, a, b


def _free_sector_mate(store: EventStore, guest: int, slot: datetime) -> int:
    """A matchmaking guest with no meeting in the slot who shares the guest's sector and does not meet them."""
    sector = store.attendee(guest).extra["sector"]
    busy = {p.id for m in agenda.meetings(store, slot=slot) for p in m.participants}
    meets = {r[0] for r in store.conn.execute(
        "SELECT o.attendee_id FROM meeting_participants me JOIN meeting_participants o ON o.meeting_id = "
        "me.meeting_id WHERE me.attendee_id = ?", (guest,))}
    for a in store.iter_attendees():
        if (a.extra.get("sector") == sector and a.id not in busy | meets and a.status != "cancelled"
                and "matchmaking" in a.registered_for):
            return a.id
    raise AssertionError("the demo has no free guest of that sector")


def test_rematch_proposes_free_present_guests_sharing_a_sector(demo_store: EventStore) -> None:
    slot = first_slot(demo_store)
    mid, guest, absent = _no_show_guest(demo_store, slot)
    mate = _free_sector_mate(demo_store, guest, slot)
    busy_here = pair(demo_store, slot, 1)
    for who in (mate, *busy_here[1:]):
        checkin(demo_store, who, at(demo_store, 9))
    now = slot + timedelta(minutes=12)
    offer = mm.suggest(demo_store, guest, slot, at=now, limit=None)
    ids = [s.attendee_id for s in offer.suggestions]
    assert offer.replaces == [mid] and offer.table == agenda.meetings(demo_store, ids=[mid])[0].table
    assert mate in ids
    assert absent not in ids and guest not in ids  # not present / the guest
    assert not set(busy_here[1:]) & set(ids)  # meeting each other, both here: not free
    assert not {p.id for i in agenda.person_agenda(demo_store, guest) for p in i.partners} & set(ids)
    top = offer.suggestions[0]
    sector = demo_store.attendee(guest).extra["sector"]
    assert ("sector", sector) in top.shared, "sharing the sector ranks first"
    assert [s.score for s in offer.suggestions] == sorted((s.score for s in offer.suggestions), reverse=True)
    with pytest.raises(mm.MatchmakingError, match="cannot be booked"):
        mm.book(demo_store, guest, slot, absent, at=now)  # not here: nothing is written
    assert mm.meeting(demo_store, mid, now).mark is None


def test_booking_a_rematch_puts_it_on_both_agendas(demo_store: EventStore, tmp_path: Path) -> None:
    slot = first_slot(demo_store)
    mid, guest, absent = _no_show_guest(demo_store, slot)
    mate = _free_sector_mate(demo_store, guest, slot)
    checkin(demo_store, mate, at(demo_store, 9))
    now = slot + timedelta(minutes=12)
    table = agenda.meetings(demo_store, ids=[mid])[0].table
    booking = mm.book(demo_store, guest, slot, mate, at=now)
    assert booking.table == table and booking.replaces == [mid]
    new = mm.meeting(demo_store, booking.meeting_id, now)
    assert new.state == mm.READY and new.rematch_for == guest
    assert mm.meeting(demo_store, mid, now).replaced_by == [booking.meeting_id]
    assert mm.meeting(demo_store, mid, now).mark == mm.NO_SHOW
    for me, other in ((guest, mate), (mate, guest)):
        items = [i for i in agenda.person_agenda(demo_store, me, slot.date()) if i.start == slot]
        assert [(i.table, [p.id for p in i.partners]) for i in items] == [(table, [other])]
    assert mid not in {i.id for i in agenda.person_agenda(demo_store, absent)}
    with pytest.raises(mm.MatchmakingError, match="already has a meeting with a present partner"):
        mm.suggest(demo_store, guest, slot, at=now)


def test_rematch_refuses_a_guest_who_has_not_checked_in(demo_store: EventStore) -> None:
    slot = first_slot(demo_store)
    _mid, _a, b = pair(demo_store, slot)
    with pytest.raises(mm.MatchmakingError, match="has not checked in"):
        mm.suggest(demo_store, b, slot)


# --- merge in any order -------------------------------------------------------------------------------
STATIONS = ("desk-1", "desk-2")
op = st.tuples(st.sampled_from(STATIONS), st.sampled_from(["mark", "mark", "scan", "rematch"]),
               st.integers(0, 3), st.sampled_from(["held", "no_show", "planned"]), st.integers(0, 1))


@pytest.fixture(scope="module")
def small_event(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple]]:
    path = tmp_path_factory.mktemp("mm") / "event.checkin"
    shutil.copy(demo_template, path)
    with EventStore.open(path) as s:
        slot = first_slot(s)
        views = agenda.meetings(s, slot=slot)[:4]
        return path, [(m.id, m.start.isoformat(), m.end.isoformat(), m.table,
                       [p.id for p in m.participants]) for m in views]


def _state(path: Path) -> tuple:
    with EventStore.open(path) as s:
        return tuple(s.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in (
            "meeting_marks", "meeting_scans", "meeting_rematches", "meeting_participants", "meetings"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(op, min_size=1, max_size=20), order=st.randoms(use_true_random=False))
def test_matchmaking_records_merge_in_any_order(small_event, tmp_path_factory, ops, order) -> None:
    path, meetings = small_event
    seqs = dict.fromkeys(STATIONS, 0)
    records = []
    for lamport, (station, kind, m, state, who) in enumerate(ops, start=1):
        seqs[station] += 1
        mid, start, end, table, people = meetings[m]
        attendee = people[who]
        if kind == "mark":
            k, data, aid = Kind.MEETING_MARK, {"meeting_id": mid, "state": state}, None
        elif kind == "scan":
            k, data, aid = Kind.MEETING_SCAN, {"meeting_id": mid}, attendee
        else:
            k, aid = Kind.MEETING_REMATCH, attendee
            data = {"meeting_id": 10**12 + lamport, "replaces": [mid], "for": attendee, "partner": people[1 - who],
                    "fields": {"start": start, "end": end, "table_no": table, "participants": sorted(people)}}
        records.append(Record(f"00000000-0000-4000-8000-{lamport:012d}", station, "", seqs[station], lamport,
                              f"2026-11-19T13:{lamport % 60:02d}:00.000+00:00", k.value, aid, data))
    work = tmp_path_factory.mktemp("case")
    one, two = work / "one.checkin", work / "two.checkin"
    shutil.copy(path, one)
    shutil.copy(path, two)
    with EventStore.open(one) as s:
        ledger.merge(s, records)
    shuffled = list(records)
    order.shuffle(shuffled)
    with EventStore.open(two) as s:
        for rec in shuffled:
            ledger.merge(s, [rec])
        assert ledger.merge(s, records).new_records == 0
    assert _state(one) == _state(two)


def test_profile_columns_as_the_import_named_them_or_as_the_organiser_chose(demo_store: EventStore) -> None:
    slot = first_slot(demo_store)
    _mid, guest, _absent = _no_show_guest(demo_store, slot)
    mate = _free_sector_mate(demo_store, guest, slot)
    checkin(demo_store, mate, at(demo_store, 9))
    demo_store.set_attendee_fields(guest, {"extra": {"Branche": "Optik; Photonik"}})
    demo_store.set_attendee_fields(mate, {"extra": {"Branche": "photonik", "Position": "CEO"}})
    now = slot + timedelta(minutes=12)
    found = {s.attendee_id: s for s in mm.suggest(demo_store, guest, slot, at=now, limit=None).suggestions}
    assert ("Branche", "Photonik") in found[mate].shared
    demo_store.set_meta("matchmaking", {"profile": ["position"]})
    demo_store.set_attendee_fields(guest, {"position": "CEO"})
    demo_store.set_attendee_fields(mate, {"position": "ceo"})
    found = {s.attendee_id: s for s in mm.suggest(demo_store, guest, slot, at=now, limit=None).suggestions}
    assert found[mate].shared == [("position", "CEO")]


def test_the_badge_back_prints_the_rematch_not_the_replaced_meeting(demo_store: EventStore) -> None:
    from checkin.core.badges.programme import programme_lines

    slot = first_slot(demo_store)
    _mid, guest, absent = _no_show_guest(demo_store, slot)
    mate = _free_sector_mate(demo_store, guest, slot)
    checkin(demo_store, mate, at(demo_store, 9))
    booking = mm.book(demo_store, guest, slot, mate, at=slot + timedelta(minutes=12))
    lines = [text for _day, text in programme_lines(demo_store.conn, [guest], demo_store.tz, {})[guest] if text]
    at_slot = [t for t in lines if t.startswith(f"{slot:%H:%M}")]
    mate_name = demo_store.attendee(mate)
    assert at_slot == [f"{slot:%H:%M}  Tisch/Table {booking.table} · {mate_name.first_name} {mate_name.last_name}"
                       + (f" ({mate_name.organisation})" if mate_name.organisation else "")]
    assert demo_store.attendee(absent).last_name not in " ".join(at_slot)


def test_report_and_workbook_count_the_rematch(demo_store: EventStore, tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from checkin.core.reports import figures, report_pdf, xlsx

    slot = first_slot(demo_store)
    mid, guest, _absent = _no_show_guest(demo_store, slot)
    mate = _free_sector_mate(demo_store, guest, slot)
    checkin(demo_store, mate, at(demo_store, 9))
    booking = mm.book(demo_store, guest, slot, mate, at=slot + timedelta(minutes=12))
    mm.mark(demo_store, booking.meeting_id, "held", at=slot + timedelta(minutes=15))
    later = slot + timedelta(days=1)
    fig = figures.compute(demo_store, lang="en", now=later)
    day_fig = fig["matchmaking_day"]
    row = day_fig["by_slot"][f"{slot:%Y-%m-%d %H:%M}"]
    planned = len(agenda.meetings(demo_store, slot=slot)) - 1
    assert row == {"planned": planned, "held": 1, "no_show": planned, "rematched": 1}  # nobody else came
    country = demo_store.attendee(guest).country
    assert day_fig["by_country"][country]["rematched"] == 1 and day_fig["by_country"][country]["held"] == 1
    text = " ".join(p.extract_text() for p in PdfReader(str(report_pdf.build(fig, tmp_path / "r.pdf", "en"))).pages)
    assert "Matchmaking on the day" in text and "Rematched" in text
    wb = load_workbook(xlsx.build(demo_store, fig, tmp_path / "f.xlsx", lang="de"))
    sheet = wb["Matchmaking je Zeitfenster"]
    rows = {r[0]: r[1:] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows[datetime.fromisoformat(f"{slot:%Y-%m-%d %H:%M}")] == (planned, 1, planned, 1)  # a date-time cell
    assert rows["Summe"][3] == 1
    assert mid in {m.id for m in agenda.meetings(demo_store, slot=slot)}
