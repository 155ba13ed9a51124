"""Re-import: matching, updates, cancel/keep, check-ins survive, journal records, venue corrections win."""

from __future__ import annotations

import json
from pathlib import Path

from checkin.core import codes, ledger
from checkin.core.importing import import_file
from checkin.core.record_signing import content
from checkin.core.store import EventStore

HEADER = "ID;Vorname;Nachname;Firma;E-Mail;Funktion\n"
ROWS = [
    "R1;Łukasz;Wiśniewski;Wrocław Labs;lukasz@wroclaw.example;CTO",
    "R2;Žaneta;Šťastná;Brno Photonics;zaneta@brno.example;CEO",
    "R3;Şükrü;Çelik;İzmir Mikroelektronik;sukru@izmir.example;Engineer",
]


def write(path: Path, rows: list[str], header: str = HEADER) -> Path:
    path.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def event(tmp_path: Path) -> EventStore:
    store = EventStore.create(tmp_path / "ev.checkin", title="T", days=2)
    codes.ensure_event_keys(store)
    return store


def by_last(store: EventStore) -> dict:
    return {a.last_name: a for a in store.iter_attendees()}


def test_reimport_updates_adds_and_keeps_checkins(tmp_path: Path) -> None:
    store = event(tmp_path)
    import_file(store, write(tmp_path / "a.csv", ROWS))
    first = by_last(store)
    aid = first["Çelik"].id
    day = store.event.start.isoformat()
    ledger.record(store, "checkin", aid, {"day": day, "point": "main", "source": "scan"})
    changed = [ROWS[0].replace("CTO", "CEO"), ROWS[1], ROWS[2].replace("sukru@", "s.celik@"),
               "R4;Åse;Ødegård;Oslo Medtech;ase@oslo.example;Director"]
    report = import_file(store, write(tmp_path / "b.csv", changed))
    assert (report.inserted, report.updated, report.unchanged) == (1, 2, 1)
    after = by_last(store)
    assert after["Wiśniewski"].position == "CEO" and after["Wiśniewski"].id == first["Wiśniewski"].id
    assert after["Çelik"].email == "s.celik@izmir.example"  # matched by external id
    assert after["Çelik"].code == first["Çelik"].code  # the signed code survives
    assert store.first_arrival(aid) is not None  # the arrival survives
    assert store.count_attendees() == 4


def test_match_by_email_never_by_name_alone(tmp_path: Path) -> None:
    store = event(tmp_path)
    import_file(store, write(tmp_path / "a.csv", ROWS))
    ids = {a.last_name: a.id for a in store.iter_attendees()}
    header = "Vorname;Nachname;Firma;E-Mail;Funktion\n"
    rows = ["Łukasz;Wiśniewski;Other Org;lukasz@wroclaw.example;CFO",  # by email
            "Žaneta;Šťastná;Brno Photonics;zaneta.2@brno.example;Chair"]  # a namesake with her own address
    report = import_file(store, write(tmp_path / "b.csv", rows, header))
    assert (report.inserted, report.updated) == (1, 1)
    after = by_last(store)
    assert after["Wiśniewski"].id == ids["Wiśniewski"] and after["Wiśniewski"].organisation == "Other Org"
    assert sorted(a.position for a in store.iter_attendees() if a.last_name == "Šťastná") == ["CEO", "Chair"]
    assert any("possible namesake" in w["message"] for w in report.warnings if w["row"] == 3)


def test_people_without_email_or_id_match_by_every_identifying_field(tmp_path: Path) -> None:
    store = event(tmp_path)
    header = "Vorname;Nachname;Firma;Funktion\n"
    rows = ["Thomas;Müller;Stadtwerke Kiel;CTO", "Thomas;Müller;Stadtwerke Kiel;CEO"]  # two people
    report = import_file(store, write(tmp_path / "a.csv", rows, header))
    assert report.inserted == 2 and not report.skipped
    again = import_file(store, write(tmp_path / "b.csv", rows, header))
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2)
    assert store.count_attendees() == 2


def test_update_missing_keep_is_default_and_cancel_on_request(tmp_path: Path) -> None:
    store = event(tmp_path)
    import_file(store, write(tmp_path / "a.csv", ROWS))
    report = import_file(store, write(tmp_path / "b.csv", ROWS[:2]))
    assert report.cancelled == 0 and by_last(store)["Çelik"].status == "registered"
    report = import_file(store, write(tmp_path / "b.csv", ROWS[:2]), update_missing="cancel")
    assert report.cancelled == 1 and by_last(store)["Çelik"].status == "cancelled"
    # Back on the list: no longer cancelled.
    import_file(store, write(tmp_path / "c.csv", ROWS))
    assert by_last(store)["Çelik"].status == "registered"


def test_after_copies_changes_are_journal_records(tmp_path: Path) -> None:
    store = event(tmp_path)
    import_file(store, write(tmp_path / "a.csv", ROWS))
    store.set_meta("copies_made", [{"station": "desk-1"}])
    before = store.journal.count()
    report = import_file(store, write(tmp_path / "b.csv", [ROWS[0].replace("CTO", "CEO"), *ROWS[1:],
                                                              "R9;Åse;Ødegård;Oslo Medtech;ase@oslo.example;X"]))
    assert report.journal_records == 2
    recs = store.journal.records(kind="attendee_upsert")
    assert len(recs) == store.journal.count() - before == 2
    update = next(r for r in recs if r.data["fields"].get("position") == "CEO")
    assert content(update.data) == {"fields": {"position": "CEO"}}
    new = next(r for r in recs if r.data["fields"].get("last_name") == "Ødegård")
    assert new.data["fields"]["code"] and new.attendee_id == by_last(store)["Ødegård"].id
    # A desk copy applying the records ends in the same state.
    desk = EventStore.create(tmp_path / "desk.checkin", title="T")
    ledger.merge(desk, store.journal.records())
    assert desk.attendee(new.attendee_id).last_name == "Ødegård"


def test_venue_correction_wins_and_conflict_is_reported(tmp_path: Path) -> None:
    store = event(tmp_path)
    import_file(store, write(tmp_path / "a.csv", ROWS))
    aid = by_last(store)["Šťastná"].id
    store.set_meta("copies_made", [{"station": "desk-1"}])
    ledger.record(store, "correction", aid, {"fields": {"organisation": "Brno Photonics s.r.o."},
                                     "original": {"organisation": "Brno Photonics"}}, station_id="desk-1")
    changed = [ROWS[0], ROWS[1].replace("CEO", "Founder"), ROWS[2]]
    report = import_file(store, write(tmp_path / "b.csv", changed))
    a = store.attendee(aid)
    assert a.organisation == "Brno Photonics s.r.o."  # the correction stays in force
    assert a.position == "Founder"  # other fields still update
    assert report.conflicts == [{"attendee_id": aid, "row": 3, "field": "organisation", "list": "Brno Photonics",
                                 "venue": "Brno Photonics s.r.o."}]
    assert any(w["row"] == 3 and "correction" in w["message"] for w in report.warnings)


def test_upsert_never_beats_a_correction_in_any_order(tmp_path: Path) -> None:
    """A desk that gets the office's upsert before (or after) its own correction ends the same."""
    master = event(tmp_path)
    import_file(master, write(tmp_path / "a.csv", ROWS))
    aid = by_last(master)["Çelik"].id
    desk = EventStore.create(tmp_path / "desk.checkin", title="T")
    ledger.merge(desk, master.journal.records())
    import_file(desk, write(tmp_path / "a.csv", ROWS))
    corr = ledger.record(desk, "correction", aid, {"fields": {"last_name": "Çelik-Öz"}}, station_id="desk-1")
    master.set_meta("copies_made", [{"station": "desk-1"}])
    # The office's newer list (higher lamport after many records) changes the same field.
    for _ in range(3):
        ledger.record(master, "badge_print", aid, {})
    import_file(master, write(tmp_path / "b.csv", [ROWS[0], ROWS[1], ROWS[2].replace("Çelik", "Celik")]))
    upsert = master.journal.records(kind="attendee_upsert")[-1]
    assert upsert.lamport > corr.lamport
    ledger.merge(desk, [upsert])
    ledger.merge(master, [corr])
    assert desk.attendee(aid).last_name == master.attendee(aid).last_name == "Çelik-Öz"


def test_corrected_fields_are_read_from_journal(tmp_path: Path) -> None:
    store = event(tmp_path)
    import_file(store, write(tmp_path / "a.csv", ROWS))
    aid = by_last(store)["Çelik"].id
    ledger.record(store, "correction", aid, {"fields": {"email": "fixed@izmir.example"}})
    report = import_file(store, write(tmp_path / "b.csv", ROWS), update_missing="cancel")
    assert store.attendee(aid).email == "fixed@izmir.example"
    assert report.conflicts and report.conflicts[0]["field"] == "email"
    assert json.dumps(report.to_json())  # serialisable


def test_big_import_rebuilds_indexes_and_rolls_back_whole(tmp_path: Path) -> None:
    """A 6,000-row list (index rebuild path) lands with every index; a failure leaves nothing behind."""
    from checkin.core.importing import prepare, run_import

    store = event(tmp_path)
    rows = [f"R{i};Vorname{i};Nachname{i};Firma;p{i}@example.org;X" for i in range(6000)]
    src = write(tmp_path / "big.csv", rows)
    indexes = sorted(r[0] for r in store.conn.execute(
        "SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name='attendees' AND sql IS NOT NULL"))
    prepared = prepare(src)

    def boom(done: int, total: int) -> None:
        if done == total:
            raise RuntimeError("disk full")

    try:
        run_import(store, prepared, progress=boom)
    except RuntimeError:
        pass
    assert store.count_attendees() == 0
    assert sorted(r[0] for r in store.conn.execute(
        "SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name='attendees' AND sql IS NOT NULL")) == indexes
    report = run_import(store, prepared)
    assert report.inserted == 6000 and store.count_attendees() == 6000
    assert sorted(r[0] for r in store.conn.execute(
        "SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name='attendees' AND sql IS NOT NULL")) == indexes
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    a = store.attendee(store.search("nachname4711")[0])
    assert (a.first_name, a.email) == ("Vorname4711", "p4711@example.org")
    assert codes.verify_code(store, a.code).attendee_id == a.id


def test_reimporting_our_own_export_changes_nothing(demo_path: Path, tmp_path: Path, cli) -> None:
    """The office edits the exported list and sends it back: unchanged people stay unchanged, arrivals too."""
    store = EventStore.open(demo_path)
    aid = store.attendee_ids()[0]
    ledger.record(store, "checkin", aid, {"day": store.event.start.isoformat(), "point": "main", "source": "scan"})
    store.close()
    out = tmp_path / "export.csv"
    cli("export", str(demo_path), "--out", str(out), "--dialect", "excel-de", check=True)
    proc = cli("import", str(demo_path), str(out), "--json", check=True)
    report = json.loads(proc.stdout)
    assert (report["inserted"], report["updated"], report["unchanged"]) == (0, 0, 600)
    assert report["mapping"]["Checkin-Nr."] == "checkin_id"  # matches by it
    assert report["mapping"]["Ankunft " + _day(demo_path)] == "ignore"
    with EventStore.open(demo_path) as store:
        assert store.first_arrival(aid) is not None


def _day(path: Path) -> str:
    with EventStore.open(path) as store:
        return store.event.start.isoformat()


def test_a_column_the_earlier_list_lacked_duplicates_nobody(tmp_path: Path) -> None:
    store = event(tmp_path)
    import_file(store, write(tmp_path / "a.csv", ["Thomas;Müller;Stadtwerke Kiel", "Anna;Berg;TU Delft"],
                             "Vorname;Nachname;Firma\n"))
    report = import_file(store, write(tmp_path / "b.csv", ["Thomas;Müller;Stadtwerke Kiel;+49 431 1",
                                                           "Anna;Berg;TU Delft;"], "Vorname;Nachname;Firma;Telefon\n"))
    assert (report.inserted, report.updated, report.unchanged) == (0, 1, 1)
    assert store.count_attendees() == 2 and by_last(store)["Müller"].phone == "+49 431 1"
