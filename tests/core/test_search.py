"""Desk search on a real event file: prefixes, diacritics, one typo, ranking, arrival state, index upkeep."""

from __future__ import annotations

from checkin.core.desk import Desk
from checkin.core.model import Attendee
from checkin.core.search import Searcher, _one_edit
from checkin.core.store import EventStore

MUELLER = 15  # Jürgen Müller, Cluster Mikroelektronik Dresden e.V. (a featured demo person)


def names(hits) -> list[tuple[str, str]]:
    return [(h.attendee.first_name, h.attendee.last_name) for h in hits]


def test_mueller_muller_muler_all_find_mueller(demo_store):
    s = Searcher(demo_store)
    for query in ("Mueller", "Muller", "Müler", "müller", "MÜLLER", "Jürgen Muller", "jurgen mueler"):
        ids = [h.attendee.id for h in s.search(query, 50)]
        assert MUELLER in ids, query


def test_typo_matches_rank_after_prefix_matches(demo_store):
    s = Searcher(demo_store)
    exact = s.search("Muller", 50)
    assert {h.match for h in exact} == {"prefix"}
    typo = s.search("Müler", 50)
    assert typo and all(h.match == "typo" for h in typo)
    assert all(h.attendee.last_name == "Müller" for h in typo)
    # A word of three letters is a prefix, never widened to typos (too many neighbours).
    assert {h.match for h in s.search("cel", 50)} == {"prefix"}


def test_any_part_of_name_organisation_or_email(demo_store):
    s = Searcher(demo_store)
    assert ("Şükrü", "Çelik") in names(s.search("celik", 50))
    assert ("Şükrü", "Çelik") in names(s.search("sukru", 50))
    assert ("Đorđe", "Đurić") in names(s.search("djuric", 50) + s.search("duric", 50))
    assert ("Åse", "Ødegård") in names(s.search("odegard", 50))
    assert ("Günter", "Großmann") in names(s.search("grossmann", 50))
    assert ("Ορέστης", "Παπαδόπουλος") in names(s.search("Παπαδοπουλος", 50))
    assert ("Jürgen", "Müller") in names(s.search("mikroelektronik dresden", 50))
    email = demo_store.attendee(MUELLER).email
    assert MUELLER in [h.attendee.id for h in s.search(email.split("@")[0], 50)]
    assert s.search("", 10) == [] and s.search("  -- ", 10) == []
    assert s.search("zzzzqqq", 10) == []


def test_names_weigh_more_than_organisations(demo_store):
    hits = Searcher(demo_store).search("Brzęczyszczykiewicz", 5)
    assert hits[0].attendee.last_name == "Brzęczyszczykiewicz"


def test_results_show_who_arrived_today(demo_store):
    desk = Desk(demo_store, station="desk2")
    desk.check_in(MUELLER)
    hits = {h.attendee.id: h for h in Searcher(demo_store).search("Müller", 50)}
    assert hits[MUELLER].arrived_at is not None and hits[MUELLER].arrived_station == "desk2"
    assert any(h.arrived_at is None for i, h in hits.items() if i != MUELLER)
    # Arrived at the main entrance is not arrived at the matchmaking area.
    other = Searcher(demo_store).search("Müller", 50, point="matchmaking")
    assert all(h.arrived_at is None for h in other)


def test_typo_index_follows_new_and_corrected_attendees(demo_store, demo_path):
    s = Searcher(demo_store)
    assert s.search("Wojciechowsak", 5) == []
    demo_store.add_attendees([Attendee(id=demo_store.next_attendee_id(), first_name="Bożena",
                                       last_name="Wojciechowska", organisation="Gdańsk Port Authority")])
    assert names(s.search("Wojciechowsak", 5)) == [("Bożena", "Wojciechowska")]  # swapped letters
    demo_store.set_attendee_fields(MUELLER, {"last_name": "Schimmelpfennig"})
    assert MUELLER in [h.attendee.id for h in s.search("Schimelpfennig", 5)]
    # A read-only copy that cannot write the table still finds typos of attendees added elsewhere.
    demo_store.add_attendees([Attendee(id=demo_store.next_attendee_id(), first_name="Aurelio",
                                       last_name="Quattrocchi")])
    ro = EventStore.open(demo_path, readonly=True)
    try:
        assert names(Searcher(ro).search("Quatrocchi", 5)) == [("Aurelio", "Quattrocchi")]
    finally:
        ro.close()


def test_one_edit():
    assert _one_edit("muller", "muler") and _one_edit("muler", "muller")
    assert _one_edit("muller", "mullar") and _one_edit("muller", "mulelr")
    assert not _one_edit("muller", "mueller x") and not _one_edit("muller", "mulkar")
    assert not _one_edit("abcd", "badc")


def test_a_prefix_finds_turkish_dotted_capital_i(tmp_path):
    store = EventStore.create(tmp_path / "ev.checkin", title="T")
    store.add_attendees([Attendee(id=1, first_name="İlker", last_name="Yıldız", organisation="İzmir Teknoloji")])
    for query in ("ilk", "Ilker", "izm", "İzmir", "yildiz"):
        assert [h.attendee.id for h in Searcher(store).search(query)] == [1], query
