"""Programme import: rooms, sessions, session assignments and matchmaking meetings, same mapping and checks.

Times in lists are venue-local ("21.11.2026", "9:30 Uhr", "Tag 2"); they are stored with the venue's offset.
After desk copies went out, session and meeting changes are journal records (``session_upsert`` /
``meeting_upsert``), so they reach the desks.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from ..journal import Kind
from .headers import EXTRA, FULL_NAME, IGNORE, PARTICIPANT
from .names import split_full_name
from .report import ImportReport
from .source import DataRow, Prepared
from .writer import JournalWriter

if TYPE_CHECKING:
    from ..store import EventStore

MEETING_MINUTES = 20
_KINDS = (("plenary", ("plenum", "plenary", "keynote", "eroffnung", "opening", "podium", "panel")),
          ("forum", ("forum", "fachforum", "workshop", "breakout", "track")),
          ("break", ("pause", "break", "lunch", "mittag", "kaffee", "coffee", "registrierung", "registration")),
          ("exhibition", ("ausstellung", "exhibition", "expo")),
          ("reception", ("empfang", "reception", "dinner", "abendessen")),
          ("matchmaking", ("matchmaking", "b2b", "1:1")))


def _cells(prepared: Prepared, row: DataRow) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for col, target in enumerate(prepared.mapping):
        value = row.cells[col].strip()
        if target in (IGNORE, EXTRA):
            continue
        if target == PARTICIPANT:
            out.setdefault(PARTICIPANT, []).extend(p.strip() for p in re.split(r"[;\n]", value) if p.strip())
        elif value:
            out.setdefault(target, value)
    return out


def _date(text: str, store: EventStore) -> date:
    text = text.strip()
    m = re.fullmatch(r"(?:tag|day)\s*(\d+)", text, re.I)
    if m and store.event.start:
        return store.event.start + timedelta(days=int(m.group(1)) - 1)
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y", "%m/%d/%Y"):
        try:
            return datetime.strptime(text[:10] if fmt == "%Y-%m-%d" else text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"not a date: {text!r}")


def _time(text: str) -> time:
    m = re.fullmatch(r"(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*(uhr|h)?", text.strip(), re.I)
    if not m:
        raise ValueError(f"not a time: {text!r}")
    return time(int(m.group(1)), int(m.group(2)), int(m.group(3) or 0))


def when(store: EventStore, value: str, day: str | None) -> str:
    """A venue-local time as ISO 8601 with the venue's offset."""
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if parsed.tzinfo is not None:
            return parsed.astimezone(store.tz).isoformat()
        if "T" in value or " " in value:
            return parsed.replace(tzinfo=store.tz).isoformat()
    except ValueError:
        pass
    parts = value.rsplit(" ", 1)
    if len(parts) == 2 and re.search(r"\d[.:]\d", parts[1]):
        try:
            return datetime.combine(_date(parts[0], store), _time(parts[1]), store.tz).isoformat()
        except ValueError:
            pass
    if not day and not store.event.start:
        raise ValueError(f"{value!r} has no date")
    base = _date(day, store) if day else store.event.start
    assert base is not None
    return datetime.combine(base, _time(value), store.tz).isoformat()


def _int(value: str | None) -> int | None:
    if not value:
        return None
    m = re.search(r"\d+", value.replace(".", ""))
    return int(m.group()) if m else None


def _kind(value: str) -> str:
    low = value.casefold()
    for kind, words in _KINDS:
        if any(w in low for w in words):
            return kind
    return "session"


class People:
    """Finds attendees by external id, code, email or full name (ambiguous names are not guessed)."""

    def __init__(self, store: EventStore) -> None:
        self.keys: dict[str, int | None] = {}
        for aid, ext, code, email, title, first, last in store.conn.execute(
                "SELECT id, external_id, code, email, title, first_name, last_name FROM attendees "
                "WHERE status != 'cancelled' ORDER BY id"):
            for key in (ext, code, (email or "").casefold(), self.name_key(f"{first} {last}"),
                        self.name_key(f"{title} {first} {last}"), self.name_key(f"{last}, {first}")):
                if key:
                    self.keys[key] = aid if key not in self.keys or self.keys[key] == aid else None

    @staticmethod
    def name_key(text: str) -> str:
        return " ".join(text.replace(",", " , ").split()).casefold().strip(" ,")

    def find(self, text: str) -> int | None:
        text = text.strip()
        for key in (text, text.casefold(), self.name_key(text)):
            if key in self.keys:
                return self.keys[key]
        parts = split_full_name(text)
        return self.keys.get(self.name_key(f"{parts.first_name} {parts.last_name}"))


def import_programme(store: EventStore, prepared: Prepared, report: ImportReport, *, dry_run: bool = False,
                     preview: bool = False) -> ImportReport:
    if preview:
        report.preview = [(r.number, r.sheet, {k: ("; ".join(v) if isinstance(v, list) else v)
                                               for k, v in _cells(prepared, r).items()}) for r in prepared.rows]
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        writer = JournalWriter(store) if store.get_meta("copies_made") else None
        {"rooms": _rooms, "sessions": _sessions, "assignments": _assignments, "meetings": _meetings}[
            prepared.kind](store, prepared, report, writer)
        if writer is not None:
            report.journal_records = writer.flush()
        conn.execute("ROLLBACK" if dry_run else "COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return report


def _room_ids(store: EventStore) -> dict[str, int]:
    return {name.casefold(): rid for rid, name in store.conn.execute("SELECT id, name FROM rooms")}


def _rooms(store: EventStore, prepared: Prepared, report: ImportReport, writer: JournalWriter | None) -> None:
    conn = store.conn
    by_name = _room_ids(store)
    seen: dict[str, int] = {}
    for row in prepared.rows:
        c = _cells(prepared, row)
        name = c.get("name", "")
        if not name:
            report.skip(row.number, "no room name", row.sheet)
            continue
        if name.casefold() in seen:
            report.skip(row.number, f"duplicate of row {seen[name.casefold()]} (same room)", row.sheet)
            continue
        seen[name.casefold()] = row.number
        values = {"name": name, "building": c.get("building", ""), "floor": c.get("floor", ""),
                  "directions": c.get("directions", ""), "capacity": _int(c.get("capacity"))}
        rid = _int(c.get("id")) or by_name.get(name.casefold())
        old = conn.execute("SELECT name, building, floor, directions, capacity FROM rooms WHERE id = ?",
                           (rid,)).fetchone() if rid else None
        if old is None:
            cur = conn.execute("INSERT INTO rooms (id, name, building, floor, directions, capacity) "
                               "VALUES (?, ?, ?, ?, ?, ?)", (rid, *values.values()))
            by_name[name.casefold()] = int(cur.lastrowid or 0)
            report.inserted += 1
        elif tuple(old) == tuple(values.values()):
            report.unchanged += 1
        else:
            conn.execute("UPDATE rooms SET name = ?, building = ?, floor = ?, directions = ?, capacity = ? "
                         "WHERE id = ?", (*values.values(), rid))
            report.updated += 1


def _room_for(store: EventStore, name: str | None, rooms: dict[str, int], report: ImportReport,
              row: DataRow) -> int | None:
    if not name:
        return None
    rid = rooms.get(name.casefold())
    if rid is None:
        rid = int(store.conn.execute("INSERT INTO rooms (name) VALUES (?)", (name,)).lastrowid or 0)
        rooms[name.casefold()] = rid
        report.warn(row.number, f"room {name!r} was not known; added it", row.sheet)
    return rid


def _times(store: EventStore, c: dict[str, Any], report: ImportReport, row: DataRow,
           default_minutes: int | None = None) -> tuple[str, str] | None:
    try:
        start = when(store, c["start"], c.get("date"))
        if c.get("end"):
            end = when(store, c["end"], c.get("date") or start[:10])
        elif default_minutes:
            end = (datetime.fromisoformat(start) + timedelta(minutes=default_minutes)).isoformat()
        else:
            raise ValueError("no end time")
    except KeyError:
        report.skip(row.number, "no start time", row.sheet)
        return None
    except ValueError as exc:
        report.skip(row.number, str(exc), row.sheet)
        return None
    if datetime.fromisoformat(end) <= datetime.fromisoformat(start):
        report.skip(row.number, "ends before it starts", row.sheet)
        return None
    return start, end


def _sessions(store: EventStore, prepared: Prepared, report: ImportReport, writer: JournalWriter | None) -> None:
    conn = store.conn
    rooms = _room_ids(store)
    existing = {(t.casefold(), s): sid for sid, t, s in conn.execute("SELECT id, title_de, start FROM sessions")}
    next_id = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM sessions").fetchone()[0]
    for row in prepared.rows:
        c = _cells(prepared, row)
        title_de = c.get("title_de") or c.get("title_en") or ""
        title_en = c.get("title_en") or title_de
        if not title_de:
            report.skip(row.number, "no title", row.sheet)
            continue
        span = _times(store, c, report, row)
        if span is None:
            continue
        fields = {"title_de": title_de, "title_en": title_en, "start": span[0], "end": span[1],
                  "room_id": _room_for(store, c.get("room"), rooms, report, row),
                  "capacity": _int(c.get("capacity")), "kind": _kind(c.get("kind") or title_en)}
        sid = _int(c.get("id")) or existing.get((title_de.casefold(), span[0]))
        old = conn.execute('SELECT title_de, title_en, start, "end", room_id, capacity, kind FROM sessions '
                           "WHERE id = ?", (sid,)).fetchone() if sid else None
        if old is not None and tuple(old) == tuple(fields.values()):
            report.unchanged += 1
            continue
        if sid is None:
            sid, next_id = next_id, next_id + 1
        existing[(title_de.casefold(), span[0])] = sid
        if old is None:
            report.inserted += 1
        else:
            report.updated += 1
        if writer is not None:
            writer.add(Kind.SESSION_UPSERT, None, {"session_id": sid, "fields": fields})
        else:
            # An upsert, not INSERT OR REPLACE: replacing would delete the row and cascade to its assignments.
            conn.execute('INSERT INTO sessions (id, title_de, title_en, start, "end", room_id, capacity, kind) '
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET title_de = excluded.title_de, "
                         'title_en = excluded.title_en, start = excluded.start, "end" = excluded."end", '
                         "room_id = excluded.room_id, capacity = excluded.capacity, kind = excluded.kind",
                         (sid, *fields.values()))


def _person(people: People, c: dict[str, Any]) -> tuple[int | None, str]:
    for key in ("external_id", "email"):
        if c.get(key):
            return people.find(c[key]), c[key]
    name = c.get(FULL_NAME) or " ".join(p for p in (c.get("first_name"), c.get("last_name")) if p)
    return (people.find(name) if name else None), name


def _assignments(store: EventStore, prepared: Prepared, report: ImportReport,
                 writer: JournalWriter | None) -> None:
    conn = store.conn
    people = People(store)
    sessions: dict[str, int | None] = {}
    for sid, de, en in conn.execute("SELECT id, title_de, title_en FROM sessions ORDER BY start"):
        for key in (str(sid), de.casefold(), en.casefold()):
            sessions[key] = sid if key not in sessions or sessions[key] == sid else None
    for row in prepared.rows:
        c = _cells(prepared, row)
        aid, who = _person(people, c)
        if aid is None:
            report.skip(row.number, f"no attendee matches {who!r}" if who else "no person given", row.sheet)
            continue
        text = c.get("session", "")
        sid = sessions.get(text.casefold()) or sessions.get(str(_int(text))) if text else None
        if sid is None:
            report.skip(row.number, f"no single session matches {text!r}" if text else "no session given",
                        row.sheet)
            continue
        role = c.get("role") or "participant"
        old = conn.execute("SELECT role FROM session_assignments WHERE session_id = ? AND attendee_id = ?",
                           (sid, aid)).fetchone()
        if old is None:
            conn.execute("INSERT INTO session_assignments (session_id, attendee_id, role) VALUES (?, ?, ?)",
                         (sid, aid, role))
            report.inserted += 1
        elif old[0] != role:
            conn.execute("UPDATE session_assignments SET role = ? WHERE session_id = ? AND attendee_id = ?",
                         (role, sid, aid))
            report.updated += 1
        else:
            report.unchanged += 1


def _meetings(store: EventStore, prepared: Prepared, report: ImportReport, writer: JournalWriter | None) -> None:
    conn = store.conn
    people = People(store)
    rooms = _room_ids(store)
    existing = {(s, t): mid for mid, s, t in conn.execute("SELECT id, start, table_no FROM meetings")}
    next_id = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM meetings").fetchone()[0]
    busy: dict[tuple[int, str], int] = {}
    for row in prepared.rows:
        c = _cells(prepared, row)
        table = c.get("table_no", "")
        if not table:
            report.skip(row.number, "no table number", row.sheet)
            continue
        span = _times(store, c, report, row, default_minutes=MEETING_MINUTES)
        if span is None:
            continue
        ids, missing = [], []
        for who in c.get(PARTICIPANT, []):
            aid = people.find(who)
            (missing.append(who) if aid is None else ids.append(aid))
        if missing:
            report.skip(row.number, f"no attendee matches {', '.join(repr(m) for m in missing)}", row.sheet)
            continue
        if len(set(ids)) < 2:
            report.skip(row.number, "a meeting needs two different participants", row.sheet)
            continue
        clash = next((busy[(a, span[0])] for a in ids if (a, span[0]) in busy), None)
        if clash is not None:
            report.warn(row.number, f"a participant has another meeting at this time (row {clash})", row.sheet)
        for a in ids:
            busy[(a, span[0])] = row.number
        fields = {"start": span[0], "end": span[1], "table_no": table,
                  "room_id": _room_for(store, c.get("room"), rooms, report, row)}
        mid = _int(c.get("id")) or existing.get((span[0], table))
        old = conn.execute('SELECT start, "end", table_no, room_id FROM meetings WHERE id = ?',
                           (mid,)).fetchone() if mid else None
        old_people = sorted(r[0] for r in conn.execute(
            "SELECT attendee_id FROM meeting_participants WHERE meeting_id = ?", (mid,))) if old else []
        if old is not None and tuple(old) == tuple(fields.values()) and old_people == sorted(set(ids)):
            report.unchanged += 1
            continue
        if mid is None:
            mid, next_id = next_id, next_id + 1
        existing[(span[0], table)] = mid
        if old is None:
            report.inserted += 1
        else:
            report.updated += 1
        if writer is not None:
            writer.add(Kind.MEETING_UPSERT, None, {"meeting_id": mid, "fields": {**fields,
                                                                                 "participants": sorted(set(ids))}})
        else:
            conn.execute('INSERT INTO meetings (id, start, "end", table_no, room_id) VALUES (?, ?, ?, ?, ?) '
                         'ON CONFLICT(id) DO UPDATE SET start = excluded.start, "end" = excluded."end", '
                         "table_no = excluded.table_no, room_id = excluded.room_id", (mid, *fields.values()))
            conn.execute("DELETE FROM meeting_participants WHERE meeting_id = ?", (mid,))
            conn.executemany("INSERT INTO meeting_participants (meeting_id, attendee_id) VALUES (?, ?)",
                             [(mid, a) for a in sorted(set(ids))])
