"""Programme, rooms and matchmaking: sessions by day, now/next, a person's agenda, meetings by slot and table.

Organiser changes made after the copies went out (a session moved to another room, a meeting to another table)
are journal records (``session_upsert`` / ``meeting_upsert``) applied as last-writer-wins registers per field
(by lamport, then station), so every station shows the same programme whatever order records arrive in.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from . import ledger
from .door_presence import occupancy
from .journal import Kind, Record
from .model import Room
from .registers import settle
from .serialize import parse_time

if TYPE_CHECKING:
    from .store import EventStore

SESSION_FIELDS = ("title_de", "title_en", "start", "end", "room_id", "capacity", "kind")
MEETING_FIELDS = ("start", "end", "table_no", "room_id", "participants")
_TIME_FIELDS = frozenset({"start", "end"})


class AgendaError(ValueError):
    """A lookup or change that cannot be done; the message is one line for the user."""


def fill_state(present: int, capacity: int | None) -> str:
    """"open" (no capacity), "ok", "near_full" (10 % or 2 seats left, whichever is more) or "full"."""
    if not capacity:
        return "open"
    if present >= capacity:
        return "full"
    if capacity - present <= max(2, math.ceil(capacity * 0.1)):
        return "near_full"
    return "ok"


@dataclass(slots=True)
class SessionView:
    id: int
    title_de: str
    title_en: str
    start: datetime  # venue local
    end: datetime
    kind: str
    room: Room | None
    capacity: int | None  # the session's own, else its room's
    assigned: int = 0  # guests assigned to it
    arrived: int = 0  # of those, checked in at the event on the session's day
    present: int = 0  # inside now (door scans, see doors.occupancy)

    def title(self, language: str) -> str:
        return self.title_de if language == "de" else self.title_en

    @property
    def day(self) -> str:
        return self.start.date().isoformat()

    @property
    def state(self) -> str:
        return fill_state(self.present, self.capacity)

    def running_at(self, at: datetime) -> bool:
        return self.start <= at < self.end


@dataclass(slots=True)
class Partner:
    id: int
    name: str
    organisation: str
    arrived_at: str | None = None  # UTC, first check-in on the meeting's day (any point)

    @property
    def arrived(self) -> bool:
        return self.arrived_at is not None


@dataclass(slots=True)
class AgendaItem:
    kind: str  # "session" | "meeting"
    id: int
    title_de: str
    title_en: str
    start: datetime
    end: datetime
    room: Room | None
    table: str | None = None
    partners: list[Partner] = field(default_factory=list)
    session_kind: str = ""
    role: str = ""

    def title(self, language: str) -> str:
        return self.title_de if language == "de" else self.title_en


@dataclass(slots=True)
class MeetingView:
    id: int
    start: datetime
    end: datetime
    table: str
    room: Room | None
    participants: list[Partner]

    @property
    def missing(self) -> list[Partner]:
        return [p for p in self.participants if not p.arrived]


@dataclass(slots=True)
class NowNext:
    at: datetime
    running: list[SessionView]
    next: list[SessionView]


# --- rooms and sessions ------------------------------------------------------------------------------------
def rooms(store: EventStore) -> dict[int, Room]:
    rows = store.conn.execute(
        "SELECT id, name, building, floor, directions, capacity, floor_plan FROM rooms ORDER BY id")
    return {r[0]: Room(*r) for r in rows}


def find_room(store: EventStore, text: str) -> Room:
    """A room by id, or by a unique part of its name ("Havel", "forum 3")."""
    from .textfold import fold

    all_rooms = rooms(store)
    text = str(text).strip()
    if text.isdigit() and int(text) in all_rooms:
        return all_rooms[int(text)]
    hits = [r for r in all_rooms.values() if fold(text) and fold(text) in fold(r.name)]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise AgendaError(f"no room {text!r} (rooms: {', '.join(f'{r.id} {r.name}' for r in all_rooms.values())})")
    raise AgendaError(f"{text!r} matches several rooms: {', '.join(f'{r.id} {r.name}' for r in hits)}")


def _session_rows(store: EventStore, where: str = "", args: Sequence[Any] = ()) -> list[tuple]:
    return store.conn.execute(
        f'SELECT id, title_de, title_en, start, "end", room_id, capacity, kind FROM sessions {where}', args
    ).fetchall()


def _view(store: EventStore, row: tuple, all_rooms: dict[int, Room], tz: Any = None) -> SessionView | None:
    sid, de, en, start, end, room_id, capacity, kind = row
    tz = tz or store.tz
    try:
        start_dt, end_dt = parse_time(start).astimezone(tz), parse_time(end).astimezone(tz)
    except ValueError:
        return None  # a half-created session (a change record arrived before the session itself)
    room = all_rooms.get(room_id) if room_id is not None else None
    return SessionView(sid, de, en, start_dt, end_dt, kind, room,
                       capacity if capacity is not None else (room.capacity if room else None))


def sessions(store: EventStore, day: str | date | None = None) -> list[SessionView]:
    """Sessions (of one venue day if given), by start time, then room."""
    all_rooms = rooms(store)
    tz = store.tz
    out = [v for row in _session_rows(store) if (v := _view(store, row, all_rooms, tz)) is not None]
    if day is not None:
        day = day.isoformat() if isinstance(day, date) else day
        out = [v for v in out if v.day == day]
    out.sort(key=lambda v: (v.start, v.room.id if v.room else 10**9, v.id))
    return out


def session(store: EventStore, session_id: int) -> SessionView:
    rows = _session_rows(store, "WHERE id = ?", (session_id,))
    view = _view(store, rows[0], rooms(store)) if rows else None
    if view is None:
        raise AgendaError(f"no session {session_id} in this event")
    return view


def days(store: EventStore) -> list[str]:
    """Event days (venue local), plus any day a session falls on outside them."""
    found = {d.isoformat() for d in store.event.days()}
    found |= {v.day for v in sessions(store)}
    return sorted(found)


def add_counts(store: EventStore, views: list[SessionView], at: datetime | None = None) -> list[SessionView]:
    """Fill assigned / arrived / present of ``views`` (present: inside at ``at``, default now)."""
    if not views:
        return views
    ids = [v.id for v in views]
    by_day: dict[str, list[int]] = {}
    for v in views:
        by_day.setdefault(v.day, []).append(v.id)
    counts: dict[int, tuple[int, int]] = {}
    for day, day_ids in by_day.items():
        day_marks = ",".join("?" * len(day_ids))
        for sid, assigned, arrived in store.conn.execute(
            "SELECT sa.session_id, COUNT(*), SUM(EXISTS (SELECT 1 FROM arrivals ar "
            "WHERE ar.attendee_id = sa.attendee_id AND ar.day = ?)) "
            f"FROM session_assignments sa WHERE sa.session_id IN ({day_marks}) GROUP BY sa.session_id",
            [day, *day_ids],
        ):
            counts[sid] = (assigned, arrived or 0)
    present = occupancy(store, at, session_ids=ids)
    for v in views:
        v.assigned, v.arrived = counts.get(v.id, (0, 0))
        v.present = present.get(v.id, 0)
    return views


def now_next(store: EventStore, at: datetime, *, window: timedelta = timedelta(minutes=30),
             counts: bool = True) -> NowNext:
    """Sessions running at ``at`` and the next ones that day (those starting first, and within ``window``)."""
    local = at.astimezone(store.tz)
    today = sessions(store, local.date())
    running = [v for v in today if v.running_at(local)]
    upcoming = [v for v in today if v.start > local]
    nxt: list[SessionView] = []
    if upcoming:
        first = min(v.start for v in upcoming)
        nxt = [v for v in upcoming if v.start <= first + window]
    if counts:
        add_counts(store, running + nxt, at)
    return NowNext(local, running, nxt)


# A meeting a rematch replaced on the day (its partner did not come) is off the guest's agenda and table plan.
_NOT_REPLACED = "m.id NOT IN (SELECT replaces FROM meeting_rematches)"


# --- people ------------------------------------------------------------------------------------------------
def _partners(store: EventStore, wanted: dict[int, set[str]]) -> dict[tuple[int, str], Partner]:
    """Partner objects for attendee ids, with their first arrival on each of the given days."""
    ids = list(wanted)
    people: dict[int, tuple[str, str]] = {}
    arrived: dict[tuple[int, str], str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for pid, title, first, last, org in store.conn.execute(
            f"SELECT id, title, first_name, last_name, organisation FROM attendees WHERE id IN ({marks})", chunk
        ):
            people[pid] = (" ".join(p for p in (title, first, last) if p), org)
        for pid, day, at in store.conn.execute(
            f"SELECT attendee_id, day, MIN(at) FROM arrivals WHERE attendee_id IN ({marks}) "
            "GROUP BY attendee_id, day", chunk
        ):
            arrived[(pid, day)] = at
    out = {}
    for pid, day_set in wanted.items():
        name, org = people.get(pid, (f"#{pid}", ""))
        for day in day_set:
            out[(pid, day)] = Partner(pid, name, org, arrived.get((pid, day)))
    return out


def person_agenda(store: EventStore, attendee_id: int, day: str | date | None = None) -> list[AgendaItem]:
    """One person's assigned sessions and matchmaking meetings, by start time."""
    if isinstance(day, date):
        day = day.isoformat()
    all_rooms = rooms(store)
    items: list[AgendaItem] = []
    for *row, role in store.conn.execute(
        'SELECT s.id, s.title_de, s.title_en, s.start, s."end", s.room_id, s.capacity, s.kind, sa.role '
        "FROM session_assignments sa JOIN sessions s ON s.id = sa.session_id WHERE sa.attendee_id = ?",
        (attendee_id,),
    ):
        v = _view(store, tuple(row), all_rooms)
        if v is not None:
            items.append(AgendaItem("session", v.id, v.title_de, v.title_en, v.start, v.end, v.room,
                                    session_kind=v.kind, role=role))
    rows = store.conn.execute(
        'SELECT m.id, m.start, m."end", m.table_no, m.room_id, other.attendee_id '
        "FROM meeting_participants me JOIN meetings m ON m.id = me.meeting_id "
        "LEFT JOIN meeting_participants other ON other.meeting_id = m.id AND other.attendee_id != me.attendee_id "
        f"WHERE me.attendee_id = ? AND {_NOT_REPLACED} ORDER BY m.id, other.attendee_id", (attendee_id,),
    ).fetchall()
    meetings: dict[int, tuple[datetime, datetime, str, int | None, list[int]]] = {}
    wanted: dict[int, set[str]] = {}
    for mid, start, end, table, room_id, other in rows:
        try:
            start_dt, end_dt = parse_time(start).astimezone(store.tz), parse_time(end).astimezone(store.tz)
        except ValueError:
            continue
        entry = meetings.setdefault(mid, (start_dt, end_dt, table, room_id, []))
        if other is not None:
            entry[4].append(other)
            wanted.setdefault(other, set()).add(start_dt.date().isoformat())
    partners = _partners(store, wanted)
    for mid, (start_dt, end_dt, table, room_id, others) in meetings.items():
        mday = start_dt.date().isoformat()
        plist = [partners[(o, mday)] for o in others]
        names = ", ".join(p.name for p in plist) or "?"
        items.append(AgendaItem(
            "meeting", mid, f"1:1-Gespräch mit {names}", f"1:1 meeting with {names}", start_dt, end_dt,
            all_rooms.get(room_id) if room_id is not None else None, table=table, partners=plist,
            session_kind="matchmaking"))
    if day is not None:
        items = [i for i in items if i.start.date().isoformat() == day]
    items.sort(key=lambda i: (i.start, i.end, i.kind, i.id))
    return items


# --- matchmaking -------------------------------------------------------------------------------------------
def meeting_starts(store: EventStore) -> dict[str, datetime]:
    """Each distinct stored start text of a meeting -> that time, venue local (bad times left out)."""
    return _meeting_starts(store)


def _meeting_starts(store: EventStore) -> dict[str, datetime]:
    out = {}
    tz = store.tz
    for (start,) in store.conn.execute("SELECT DISTINCT start FROM meetings"):
        try:
            out[start] = parse_time(start).astimezone(tz)
        except ValueError:
            continue
    return out


def slots(store: EventStore, day: str | date | None = None) -> list[datetime]:
    """Start times of matchmaking meetings (venue local), on one day if given."""
    if isinstance(day, date):
        day = day.isoformat()
    found = {dt for dt in _meeting_starts(store).values() if day is None or dt.date().isoformat() == day}
    return sorted(found)


def normalise_table(text: str | int) -> str:
    """What a helper types for a table ("17", "#17", "Tisch 17", "table 017") as stored ("17")."""
    text = str(text).strip()
    for prefix in ("tisch", "table", "tbl", "#"):
        if text.lower().startswith(prefix):
            text = text[len(prefix):].strip()
    return text.lstrip("0") or text if text.isdigit() else text


def _table_key(table: str) -> tuple[int, str]:
    return (int(table) if table.isdigit() else 10**9, table)  # 2 before 10; "A1" after the numbers


def meetings(store: EventStore, *, day: str | date | None = None, slot: datetime | None = None,
             table: str | None = None, not_arrived: bool = False, ids: Iterable[int] | None = None,
             replaced: bool = True) -> list[MeetingView]:
    """Meetings with their pairs, filtered by day, slot (start time), table, meeting ids; ``not_arrived``: only
    those where some participant has not checked in on the meeting's day; ``replaced=False``: without meetings
    a rematch on the day replaced (see core/matchmaking)."""
    if isinstance(day, date):
        day = day.isoformat()
    starts = _meeting_starts(store)
    keep = [raw for raw, dt in starts.items()
            if (day is None or dt.date().isoformat() == day) and (slot is None or dt == slot)]
    if not keep:
        return []
    where = [f"m.start IN ({','.join('?' * len(keep))})"]
    args: list[Any] = list(keep)
    if table is not None:
        where.append("TRIM(m.table_no) = ?")
        args.append(normalise_table(table))
    if ids is not None:
        wanted = sorted({int(i) for i in ids})
        if not wanted:
            return []
        where.append(f"m.id IN ({','.join('?' * len(wanted))})")
        args += wanted
    if not replaced:
        where.append(_NOT_REPLACED)
    rows = store.conn.execute(
        'SELECT m.id, m.start, m."end", m.table_no, m.room_id, p.attendee_id FROM meetings m '
        "LEFT JOIN meeting_participants p ON p.meeting_id = m.id "
        f"WHERE {' AND '.join(where)} ORDER BY m.id, p.attendee_id", args,
    ).fetchall()
    all_rooms = rooms(store)
    raw: dict[int, tuple[str, str, str, int | None, list[int]]] = {}
    wanted_people: dict[int, set[str]] = {}
    for mid, start, end, table_no, room_id, person in rows:
        entry = raw.setdefault(mid, (start, end, table_no, room_id, []))
        if person is not None:
            entry[4].append(person)
            wanted_people.setdefault(person, set()).add(starts[start].date().isoformat())
    partners = _partners(store, wanted_people)
    out = []
    tz = store.tz
    ends: dict[str, datetime] = {}
    for mid, (start, end, table_no, room_id, people) in raw.items():
        start_dt = starts[start]
        if end not in ends:
            try:
                ends[end] = parse_time(end).astimezone(tz)
            except ValueError:
                ends[end] = start_dt
        end_dt = ends[end]
        mday = start_dt.date().isoformat()
        view = MeetingView(mid, start_dt, end_dt, str(table_no), all_rooms.get(room_id) if room_id else None,
                           [partners[(p, mday)] for p in people])
        if not_arrived and not view.missing:
            continue
        out.append(view)
    out.sort(key=lambda m: (m.start, _table_key(m.table), m.id))
    return out


# --- organiser changes as journal records -------------------------------------------------------------------
def _norm_time(store: EventStore, value: Any) -> str:
    return parse_time(str(value)).astimezone(store.tz).isoformat()


def _check_times(store: EventStore, start: str, end: str) -> None:
    if parse_time(start) >= parse_time(end):
        raise AgendaError("a session must end after it starts")


def change_session(store: EventStore, session_id: int, fields: dict[str, Any], *,
                   at: datetime | None = None) -> Record:
    """Record an organiser change of a session (new room, times, titles, capacity); creates it if new."""
    unknown = set(fields) - set(SESSION_FIELDS)
    if unknown:
        raise AgendaError(f"sessions have no field {', '.join(sorted(unknown))}")
    fields = dict(fields)
    if fields.get("room_id") is not None:
        fields["room_id"] = find_room(store, str(fields["room_id"])).id
    for key in _TIME_FIELDS & set(fields):
        try:
            fields[key] = _norm_time(store, fields[key])
        except ValueError:
            raise AgendaError(f"{key}: not an ISO 8601 time with offset: {fields[key]!r}") from None
    existing = _session_rows(store, "WHERE id = ?", (session_id,))
    if existing or {"start", "end"} <= set(fields):
        start = fields.get("start", existing[0][3] if existing else "")
        end = fields.get("end", existing[0][4] if existing else "")
        _check_times(store, start, end)
    else:
        raise AgendaError(f"no session {session_id}; a new session needs start and end")
    return ledger.record(store, Kind.SESSION_UPSERT, None, {"session_id": int(session_id), "fields": fields}, at=at)


def move_session(store: EventStore, session_id: int, room: str | int, *, at: datetime | None = None) -> Record:
    session(store, session_id)  # raises for an unknown session
    return change_session(store, session_id, {"room_id": find_room(store, str(room)).id}, at=at)


def change_meeting(store: EventStore, meeting_id: int, fields: dict[str, Any], *,
                   at: datetime | None = None) -> Record:
    """Record an organiser change of a meeting (table, times, participants); creates it if new."""
    unknown = set(fields) - set(MEETING_FIELDS)
    if unknown:
        raise AgendaError(f"meetings have no field {', '.join(sorted(unknown))}")
    fields = dict(fields)
    for key in _TIME_FIELDS & set(fields):
        fields[key] = _norm_time(store, fields[key])
    if "participants" in fields:
        fields["participants"] = sorted({int(p) for p in fields["participants"]})
    if "table_no" in fields:
        fields["table_no"] = str(fields["table_no"]).strip()
    exists = store.conn.execute("SELECT 1 FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
    if not exists and not {"start", "end", "table_no"} <= set(fields):
        raise AgendaError(f"no meeting {meeting_id}; a new meeting needs start, end and table_no")
    return ledger.record(store, Kind.MEETING_UPSERT, None, {"meeting_id": int(meeting_id), "fields": fields}, at=at)


def _columns(store: EventStore, winners: dict[str, Any]) -> dict[str, Any]:
    """Column values from record fields; bad values are dropped, never raised (a merge must not fail)."""
    out: dict[str, Any] = {}
    for name, value in winners.items():
        try:
            if name in _TIME_FIELDS:
                value = _norm_time(store, value)
            elif name == "room_id" and value is not None:
                value = int(value)
                if store.conn.execute("SELECT 1 FROM rooms WHERE id = ?", (value,)).fetchone() is None:
                    value = None
            elif name == "capacity" and value is not None:
                value = int(value)
            elif name == "table_no" or name != "participants":
                value = str(value)
        except (TypeError, ValueError):
            continue
        out[name] = value
    return out


def apply_session_upsert(store: EventStore, rec: Record) -> None:
    try:
        sid = int(rec.data["session_id"])
    except (KeyError, TypeError, ValueError):
        return
    fields = {k: v for k, v in dict(rec.data.get("fields") or {}).items() if k in SESSION_FIELDS}
    values = _columns(store, settle(store.conn, "programme_versions", {"entity": "session", "entity_id": sid},
                                           rec, fields, store_value=True))
    if not values:
        return
    store.conn.execute(
        "INSERT OR IGNORE INTO sessions (id, title_de, title_en, start, \"end\") VALUES (?, '', '', '', '')", (sid,))
    sets = ", ".join(f'"{k}" = ?' for k in values)
    store.conn.execute(f"UPDATE sessions SET {sets} WHERE id = ?", (*values.values(), sid))


def apply_meeting_upsert(store: EventStore, rec: Record) -> None:
    try:
        mid = int(rec.data["meeting_id"])
    except (KeyError, TypeError, ValueError):
        return
    fields = {k: v for k, v in dict(rec.data.get("fields") or {}).items() if k in MEETING_FIELDS}
    values = _columns(store, settle(store.conn, "programme_versions", {"entity": "meeting", "entity_id": mid},
                                           rec, fields, store_value=True))
    if not values:
        return
    store.conn.execute(
        "INSERT OR IGNORE INTO meetings (id, start, \"end\", table_no) VALUES (?, '', '', '')", (mid,))
    people = values.pop("participants", None)
    if values:
        sets = ", ".join(f'"{k}" = ?' for k in values)
        store.conn.execute(f"UPDATE meetings SET {sets} WHERE id = ?", (*values.values(), mid))
    if people is not None:
        store.conn.execute("DELETE FROM meeting_participants WHERE meeting_id = ?", (mid,))
        ids = [int(p) for p in people if isinstance(p, int | str) and str(p).isdigit()]
        store.conn.executemany(
            "INSERT OR IGNORE INTO meeting_participants (meeting_id, attendee_id) "
            "SELECT ?, id FROM attendees WHERE id = ?", [(mid, p) for p in ids])


def items_json(items: Iterable[AgendaItem], store: EventStore, language: str = "en") -> list[dict[str, Any]]:
    """Agenda items as the CLI prints them (venue-local times with offset)."""
    out = []
    for i in items:
        out.append({
            "kind": i.kind, "id": i.id, "title": i.title(language), "title_de": i.title_de, "title_en": i.title_en,
            "start": i.start.isoformat(), "end": i.end.isoformat(),
            "room": i.room.name if i.room else None, "room_id": i.room.id if i.room else None,
            "building": i.room.building if i.room else None, "floor": i.room.floor if i.room else None,
            "directions": i.room.directions if i.room else None, "table": i.table,
            "partners": [partner_json(p, store) for p in i.partners],
            "session_kind": i.session_kind, "role": i.role or None,
        })
    return out


def partner_json(p: Partner, store: EventStore) -> dict[str, Any]:
    from .serialize import local_iso

    return {"id": p.id, "name": p.name, "organisation": p.organisation, "arrived": p.arrived,
            "arrived_at": local_iso(p.arrived_at, store.tz)}


def session_json(v: SessionView, language: str = "en") -> dict[str, Any]:
    """A session as the CLI prints it (venue-local times with offset; occupancy from the door scans)."""
    return {
        "id": v.id, "title": v.title(language), "title_de": v.title_de, "title_en": v.title_en, "kind": v.kind,
        "start": v.start.isoformat(), "end": v.end.isoformat(),
        "room": v.room.name if v.room else None, "room_id": v.room.id if v.room else None,
        "building": v.room.building if v.room else None, "floor": v.room.floor if v.room else None,
        "directions": v.room.directions if v.room else None,
        "capacity": v.capacity, "assigned": v.assigned, "arrived": v.arrived, "occupancy": v.present,
        "state": v.state,
    }
