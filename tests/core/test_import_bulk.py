"""A bulk import (>= 5,000 new people takes the bulk path: indexes rebuilt, the search change counter added
once): the schema is as before, the search index matches ``store.add_attendees``'s, desk search finds typos."""

from __future__ import annotations

from pathlib import Path

from checkin.core import codes
from checkin.core.importing import import_file
from checkin.core.search import search
from checkin.core.store import EventStore
from checkin.core.textfold import index_text, sort_key

N = 5000


def test_bulk_import_keeps_schema_index_and_typo_search(tmp_path: Path) -> None:
    store = EventStore.create(tmp_path / "ev.checkin", title="T", days=1)
    codes.ensure_event_keys(store)
    schema = sorted(store.conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall(), key=str)
    changes = store.conn.execute("SELECT changes FROM search_state").fetchone()[0]
    rows = [f"Dr. Şükrü{i};Çelik-Łukasiewicz;Universität Zürich {i % 7};s{i}@uni-zürich.example" for i in range(N)]
    rows[17] = "Žaneta;Šťastná;Brno Photonics;zaneta@brno.example"
    src = tmp_path / "list.csv"
    src.write_text("Vorname;Nachname;Firma;E-Mail\n" + "\n".join(rows) + "\n", encoding="utf-8")
    report = import_file(store, src)
    assert report.inserted == N
    assert sorted(store.conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall(), key=str) == schema
    assert store.conn.execute("SELECT changes FROM search_state").fetchone()[0] == changes + N
    for aid in (1, 18, N):
        a = store.attendee(aid)
        names, org, email = store.conn.execute(
            "SELECT names, organisation, email FROM attendee_fts WHERE rowid = ?", (aid,)).fetchone()
        assert names == index_text(f"{a.title} {a.first_name} {a.last_name}").strip()
        assert org == index_text(a.organisation)
        assert email == index_text(a.email.replace("@", " ").replace(".", " "))
    assert store.attendee(18).first_name == "Žaneta"
    hits = search(store, "Stastna")
    assert [h.attendee.id for h in hits] == [18]
    typo = search(store, "Stastma")  # one typo: found through the deletion table the triggers keep current
    assert [h.attendee.id for h in typo] == [18] and typo[0].match == "typo"
    # The attendee list sorts imported people by family name, as it does people added one by one.
    ordered = store.attendee_ids()
    assert ordered[0] == 1 and ordered[-1] == 18  # Çelik-Łukasiewicz (Şükrü0, Şükrü1, ...) before Šťastná
    for aid in (1, 18, N):
        a = store.attendee(aid)
        stored = store.conn.execute("SELECT sort_key FROM attendees WHERE id = ?", (aid,)).fetchone()[0]
        assert stored == sort_key(a.last_name, a.first_name)
