"""Programme import: rooms, sessions, assignments and meetings from CSV/XLSX."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook

from checkin.core import codes, ledger
from checkin.core.importing import import_file
from checkin.core.store import EventStore


def event(tmp_path: Path) -> EventStore:
    store = EventStore.create(tmp_path / "ev.checkin", title="T", days=2, start=date(2026, 11, 21))
    codes.ensure_event_keys(store)
    people = tmp_path / "people.csv"
    people.write_text("ID;Vorname;Nachname;E-Mail\nR1;Łukasz;Wiśniewski;lukasz@w.example\n"
                      "R2;Žaneta;Šťastná;zaneta@b.example\nR3;Şükrü;Çelik;sukru@i.example\n", encoding="utf-8")
    import_file(store, people)
    return store


def test_rooms_sessions_assignments_meetings(tmp_path: Path) -> None:
    store = event(tmp_path)
    rooms = tmp_path / "rooms.csv"
    rooms.write_text("Raum;Gebäude;Etage;Kapazität\nSaal Berlin;bcc;C;800\nRaum 04;bcc;B;60\n", encoding="utf-8")
    assert import_file(store, rooms, "rooms").inserted == 2
    wb = Workbook()
    ws = wb.active
    ws.append(["Programm Tag 1 und 2"])
    ws.append([])
    ws.append(["Datum", "Beginn", "Ende", "Titel (DE)", "Title (EN)", "Raum", "Kapazität", "Art"])
    ws.append(["21.11.2026", "9:00", "10:30", "Eröffnung", "Opening", "Saal Berlin", 800, "Plenum"])
    ws.append(["Tag 2", "13:30", "15:00", "Fachforum Photonik", "Expert forum photonics", "Raum 04", 60, "Forum"])
    ws.append(["21.11.2026", "15:00", "14:00", "Kaputt", "Broken", "Raum 04", None, ""])
    ws.append(["21.11.2026", "16:00", "17:00", "Neuer Raum", "New room", "Foyer", None, "Pause"])
    sessions = tmp_path / "sessions.xlsx"
    wb.save(sessions)
    report = import_file(store, sessions, "sessions")
    assert report.inserted == 3
    assert [s["row"] for s in report.skipped] == [6]
    assert any("Foyer" in w["message"] for w in report.warnings)
    rows = store.conn.execute('SELECT title_de, title_en, start, "end", kind, capacity FROM sessions ORDER BY start'
                              ).fetchall()
    assert rows[0] == ("Eröffnung", "Opening", "2026-11-21T09:00:00+01:00", "2026-11-21T10:30:00+01:00", "plenary",
                       800)
    assert rows[-1][2] == "2026-11-22T13:30:00+01:00" and rows[-1][4] == "forum"
    # Same file again: nothing changes.
    again = import_file(store, sessions, "sessions")
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 3)

    assign = tmp_path / "assign.csv"
    assign.write_text("E-Mail;Session\nlukasz@w.example;Fachforum Photonik\nzaneta@b.example;Expert forum photonics\n"
                      "nobody@x.example;Eröffnung\n", encoding="utf-8")
    report = import_file(store, assign, "assignments")
    assert report.inserted == 2 and [s["row"] for s in report.skipped] == [4]

    meetings = tmp_path / "meetings.csv"
    meetings.write_text("Datum;Uhrzeit;Tisch;Teilnehmer 1;Teilnehmer 2\n"
                        "21.11.2026;14:00;7;Łukasz Wiśniewski;zaneta@b.example\n"
                        "21.11.2026;14:20;8;R3;Unbekannte Person\n", encoding="utf-8")
    report = import_file(store, meetings, "meetings")
    assert report.inserted == 1 and report.skipped[0]["row"] == 3
    start, end, table = store.conn.execute('SELECT start, "end", table_no FROM meetings').fetchone()
    assert (start, end, table) == ("2026-11-21T14:00:00+01:00", "2026-11-21T14:20:00+01:00", "7")
    parts = sorted(r[0] for r in store.conn.execute("SELECT attendee_id FROM meeting_participants"))
    assert len(parts) == 2


def test_programme_after_copies_goes_through_the_journal(tmp_path: Path) -> None:
    store = event(tmp_path)
    store.set_meta("copies_made", [{"station": "desk-1"}])
    sessions = tmp_path / "s.csv"
    sessions.write_text("Datum;Beginn;Ende;Titel;Raum\n2026-11-21;9:00;10:00;Eröffnung;Saal\n", encoding="utf-8")
    report = import_file(store, sessions, "sessions")
    assert report.journal_records == 1
    rec = store.journal.records(kind="session_upsert")[0]
    desk = EventStore.create(tmp_path / "desk.checkin", title="T")
    desk.conn.execute("INSERT INTO rooms (id, name) SELECT 1, 'Saal'")
    ledger.merge(desk, [rec])
    assert desk.conn.execute("SELECT title_de FROM sessions").fetchone()[0] == "Eröffnung"
