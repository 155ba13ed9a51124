"""The core reads the screens call instead of SQL of their own (issue 21): attendee table, badges' people,
moved sessions, rejected pretix uploads, journal kinds since a mark, station report, demo picks."""

from __future__ import annotations

from datetime import UTC, datetime

from checkin.core import agenda, attendee_table, demo_picks, journal_changes, ledger, print_selection
from checkin.core.badges import people
from checkin.core.file_watch import data_version
from checkin.core.journal import Kind
from checkin.core.pretix.rejections import rejected_uploads
from checkin.core.programme_moves import moved_sessions
from checkin.core.store import EventStore
from checkin.core.sync.station_report import our_version_vector, trust_findings
from checkin.core.textfold import fold


def test_attendee_table_sorts_and_reads_first_arrivals(demo_store) -> None:
    by_country = attendee_table.sorted_ids(demo_store, "country")
    countries = [a.country for a in demo_store.attendees_by_ids(by_country)]
    assert len(by_country) == demo_store.count_attendees() and countries == sorted(countries)
    assert attendee_table.sorted_ids(demo_store, "name", "zzzz-nobody") == []
    guest, other = by_country[0], by_country[1]
    day = demo_store.get_meta("start")
    ledger.record(demo_store, Kind.CHECKIN, guest, {"day": day, "point": "main", "source": "scan"}, at=datetime.now(UTC))
    arrived = attendee_table.first_arrivals_of(demo_store, [guest, other])
    assert arrived == {guest: demo_store.first_arrival(guest).at} | (
        {other: demo_store.first_arrival(other).at} if demo_store.first_arrival(other) else {})
    assert attendee_table.first_arrivals_of(demo_store, []) == {}
    assert attendee_table.sorted_ids(demo_store, "arrived")[-1] == guest  # latest arrival last


def test_badges_people_preview_selection_and_glyphs(demo_store) -> None:
    preview = people.preview_people(demo_store, limit=50)
    assert preview.longest_name is not None and preview.longest_organisation is not None
    assert len(preview.people) == 50
    lasts = [last for _id, _first, last in preview.people]
    assert lasts == sorted(lasts)
    assert "press" in people.categories(demo_store)
    picked = print_selection.bulk_selection(demo_store, "press", False, "A", "K")
    chosen = demo_store.attendees_by_ids(picked)
    assert chosen and all(a.category == "press" and "a" <= fold(a.last_name)[:1] <= "k" for a in chosen)
    assert isinstance(people.glyph_problems(demo_store), list)


def test_moved_sessions_and_rejected_uploads(demo_store) -> None:
    session = agenda.sessions(demo_store)[0]
    assert session.id not in moved_sessions(demo_store)
    other_room = next(r for r in agenda.rooms(demo_store).values() if r.id != session.room.id)
    agenda.move_session(demo_store, session.id, other_room.id)
    assert session.id in moved_sessions(demo_store)
    assert rejected_uploads(demo_store) == []


def test_journal_kinds_since_a_mark(demo_store) -> None:
    mark = journal_changes.journal_mark(demo_store)
    assert journal_changes.kinds_since(demo_store, mark) == (frozenset(), mark)
    day = demo_store.get_meta("start")
    ledger.record(demo_store, Kind.CHECKIN, 1, {"day": day, "point": "main", "source": "scan"}, at=datetime.now(UTC))
    kinds, newer = journal_changes.kinds_since(demo_store, mark)
    assert kinds == {"checkin"} and newer == journal_changes.journal_mark(demo_store) > mark


def test_data_version_moves_when_another_connection_commits(demo_path) -> None:
    with EventStore.open(demo_path) as mine:
        before = data_version(mine)
        with EventStore.open(demo_path) as other:
            other.set_meta("note", "written elsewhere")
        assert data_version(mine) != before


def test_station_report_and_demo_picks(demo_store) -> None:
    ledger.record(demo_store, Kind.CHECKIN, 1, {"day": demo_store.get_meta("start"), "point": "main"}, at=datetime.now(UTC))
    assert our_version_vector(demo_store).get(demo_store.station_id, 0) >= 1
    found = trust_findings(demo_store)
    assert set(found) == {"refused", "same_seq", "history", "revoked"}
    guests = demo_store.attendees_by_ids(demo_picks.ordinary_guests(demo_store, 8))
    assert len(guests) == 8 and not any(g.attention or g.status == "cancelled" for g in guests)
    assert demo_store.attendee(demo_picks.first_vip(demo_store)).attention
    assert demo_store.attendee(demo_picks.first_cancelled(demo_store)).status == "cancelled"
