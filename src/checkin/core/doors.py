"""Session doors: a helper scans badges for one session; occupancy is derived from the journal.

Each admission is a ``session_entry`` record, each exit scan a ``session_exit`` record (data: session_id).
Who is inside a session at time t: attendees whose latest door record at or before t is an entry into it,
while the session has not ended. So an entry into another session counts as leaving the previous one, and a
session's end empties its room. It is a pure function of the set of records, so every station agrees once
synced. ``door_presence`` caches each attendee's latest door record (max by (time, record_id): order-free).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from . import agenda, codes
from .journal import Kind, Record, iso, utc_now
from .model import Attendee

if TYPE_CHECKING:
    from .store import EventStore

DOOR_KINDS = (Kind.SESSION_ENTRY.value, Kind.SESSION_EXIT.value)


class DoorStatus(StrEnum):
    ADMITTED = "admitted"  # entry recorded
    ALREADY_INSIDE = "already_inside"  # scanned twice: nothing recorded
    EXITED = "exited"  # exit recorded
    NOT_INSIDE = "not_inside"  # exit scan of someone not inside: nothing recorded
    FULL = "full"  # refused: the room is at capacity (admit anyway with admit=True)
    NOT_ASSIGNED = "not_assigned"  # refused until the helper decides: admit or redirect
    SESSION_OVER = "session_over"  # refused: the session has ended
    CANCELLED = "cancelled"  # refused: the guest's registration was cancelled
    NOT_ON_LIST = "not_on_list"  # a valid code of someone not (yet) in this copy
    REVOKED = "revoked"  # a replaced code
    INVALID_CODE = "invalid_code"
    WRONG_EVENT = "wrong_event"


# Refusals a helper may turn into an admission (the override is written into the record).
OVERRIDABLE = frozenset({DoorStatus.FULL, DoorStatus.NOT_ASSIGNED, DoorStatus.SESSION_OVER, DoorStatus.CANCELLED,
                         DoorStatus.NOT_ON_LIST, DoorStatus.REVOKED})


@dataclass(slots=True)
class DoorResult:
    status: DoorStatus
    session: agenda.SessionView  # ``present`` is the occupancy after this scan
    attendee_id: int | None = None
    attendee: Attendee | None = None
    record: Record | None = None
    assigned: bool | None = None  # None: the session has no assignment list (open to all)
    assigned_elsewhere: list[agenda.SessionView] = field(default_factory=list)  # where to redirect
    left_session: int | None = None  # this entry counted as leaving that session
    overridden: DoorStatus | None = None  # the refusal that admit=True overrode

    @property
    def recorded(self) -> bool:
        return self.record is not None

    @property
    def state(self) -> str:
        return self.session.state


class DoorError(ValueError):
    """Bad input (no such session); one line for the user."""


# --- derived state -----------------------------------------------------------------------------------------
def _utc(text: str) -> str:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC).isoformat(timespec="milliseconds")


def apply_door_record(store: EventStore, rec: Record) -> None:
    """Keep each attendee's latest door record (a max, so any arrival order gives the same table)."""
    if rec.attendee_id is None:
        return
    try:
        session_id = int(rec.data.get("session_id"))
        at = _utc(rec.wall_time)
    except (TypeError, ValueError):
        return
    row = store.conn.execute("SELECT at, record_id FROM door_presence WHERE attendee_id = ?",
                             (rec.attendee_id,)).fetchone()
    if row is None or (at, rec.record_id) > (row[0], row[1]):
        store.conn.execute("INSERT OR REPLACE INTO door_presence VALUES (?, ?, ?, ?, ?)",
                           (rec.attendee_id, session_id, rec.kind, at, rec.record_id))


HANDLERS = {kind: apply_door_record for kind in DOOR_KINDS}


def rebuild(store: EventStore) -> None:
    """Recompute ``door_presence`` from the journal (after a restore; normally kept up to date by appliers)."""
    store.conn.execute("DELETE FROM door_presence")
    for rec in store.journal.records(kind=Kind.SESSION_ENTRY) + store.journal.records(kind=Kind.SESSION_EXIT):
        apply_door_record(store, rec)


def _latest(store: EventStore, at_utc: str, attendee_id: int | None = None) -> dict[int, tuple[int, str]]:
    """attendee -> (session_id, kind) of the latest door record at or before ``at_utc``."""
    try:
        top = store.conn.execute("SELECT MAX(at) FROM door_presence").fetchone()[0]
        if top is None:
            return {}
    except sqlite3.OperationalError:  # a file opened read-only before its migration to v080: no cache
        top = None
    if top is not None and at_utc >= top:  # the live case: the cache answers
        sql, args = "SELECT attendee_id, session_id, kind FROM door_presence", []
        if attendee_id is not None:
            sql += " WHERE attendee_id = ?"
            args.append(attendee_id)
        return {a: (s, k) for a, s, k in store.conn.execute(sql, args)}
    # A moment in the past (simulated time, or records from a station whose clock runs ahead): fold the journal.
    sql = ("SELECT attendee_id, kind, json_extract(data, '$.session_id'), wall_time, record_id FROM journal "
           "WHERE kind IN (?, ?)")
    args = list(DOOR_KINDS)
    if attendee_id is not None:
        sql += " AND attendee_id = ?"
        args.append(attendee_id)
    best: dict[int, tuple[str, str, int, str]] = {}
    for aid, kind, sid, wall, rid in store.conn.execute(sql, args):
        if aid is None or sid is None:
            continue
        at = _utc(wall)
        if at > at_utc:
            continue
        if aid not in best or (at, rid) > best[aid][:2]:
            best[aid] = (at, rid, int(sid), kind)
    return {aid: (v[2], v[3]) for aid, v in best.items()}


def _ends(store: EventStore) -> dict[int, datetime]:
    out = {}
    for sid, end in store.conn.execute('SELECT id, "end" FROM sessions'):
        try:
            out[sid] = agenda.parse_time(end)
        except ValueError:
            continue
    return out


def occupancy(store: EventStore, at: datetime | None = None, *, session_ids: list[int] | None = None
              ) -> dict[int, int]:
    """session id -> people inside at ``at`` (default now)."""
    at = at or utc_now()
    ends = _ends(store)
    counts: dict[int, int] = {}
    for sid, kind in _latest(store, iso(at)).values():
        if kind == Kind.SESSION_ENTRY and sid in ends and at < ends[sid]:
            counts[sid] = counts.get(sid, 0) + 1
    if session_ids is not None:
        return {sid: counts.get(sid, 0) for sid in session_ids}
    return counts


def where_is(store: EventStore, attendee_id: int, at: datetime | None = None) -> int | None:
    """The session the attendee is inside at ``at`` (by the door scans), or None."""
    at = at or utc_now()
    found = _latest(store, iso(at), attendee_id).get(attendee_id)
    if not found or found[1] != Kind.SESSION_ENTRY:
        return None
    end = _ends(store).get(found[0])
    return found[0] if end is not None and at < end else None


def present_ids(store: EventStore, session_id: int, at: datetime | None = None) -> list[int]:
    at = at or utc_now()
    end = _ends(store).get(session_id)
    if end is None or at >= end:
        return []
    return sorted(a for a, (s, k) in _latest(store, iso(at)).items() if s == session_id and k == Kind.SESSION_ENTRY)


# --- scanning ----------------------------------------------------------------------------------------------
def _resolve(store: EventStore, text: str) -> codes.CodeCheck:
    resolve = getattr(codes, "resolve", None)  # keyboard-layout repair, foreign tickets, revocation
    if resolve is not None:
        return resolve(store, text)
    check = codes.verify_code(store, text)
    if check.status == codes.CodeStatus.INVALID:
        found = store.attendee_by_code(text.strip())
        if found is not None:
            return codes.CodeCheck(codes.CodeStatus.VALID, found.id, text.strip())
    return check


def _with_present(store: EventStore, view: agenda.SessionView, at: datetime) -> agenda.SessionView:
    # assigned / arrived too: the door's session summary (screen, --json) showed 0 assigned otherwise
    return agenda.add_counts(store, [view], at)[0]


def _assignment(store: EventStore, view: agenda.SessionView, attendee_id: int
                ) -> tuple[bool | None, list[agenda.SessionView]]:
    has_list = store.conn.execute("SELECT 1 FROM session_assignments WHERE session_id = ? LIMIT 1",
                                  (view.id,)).fetchone()
    if has_list is None:
        return None, []
    mine = {r[0] for r in store.conn.execute(
        "SELECT session_id FROM session_assignments WHERE attendee_id = ?", (attendee_id,))}
    if view.id in mine:
        return True, []
    elsewhere = [v for v in agenda.sessions(store, view.day)
                 if v.id in mine and v.start < view.end and v.end > view.start]
    return False, agenda.add_counts(store, elsewhere)


def scan(store: EventStore, session_id: int, code: str, *, exit: bool = False, at: datetime | None = None,
         admit: bool = False, reason: str = "") -> DoorResult:
    """A badge scanned at the door of ``session_id``: decide, and record the entry or exit if it counts."""
    view = _session(store, session_id)
    at = at or utc_now()
    check = _resolve(store, code)
    status = {codes.CodeStatus.INVALID: DoorStatus.INVALID_CODE,
              codes.CodeStatus.WRONG_EVENT: DoorStatus.WRONG_EVENT}.get(check.status)
    if status is not None or check.attendee_id is None:
        return DoorResult(status or DoorStatus.INVALID_CODE, _with_present(store, view, at))
    revoked = check.status == getattr(codes.CodeStatus, "REVOKED", None)
    if exit:
        return _leave(store, view, check.attendee_id, at, source="scan")
    return _enter(store, view, check.attendee_id, at, admit=admit, reason=reason, source="scan", revoked=revoked)


def enter(store: EventStore, session_id: int, attendee_id: int, *, at: datetime | None = None,
          admit: bool = False, reason: str = "", source: str = "search") -> DoorResult:
    """Admit a person found by name (or confirm a flagged scan with admit=True)."""
    return _enter(store, _session(store, session_id), attendee_id, at or utc_now(), admit=admit, reason=reason,
                  source=source)


def leave(store: EventStore, session_id: int, attendee_id: int, *, at: datetime | None = None) -> DoorResult:
    return _leave(store, _session(store, session_id), attendee_id, at or utc_now(), source="search")


def _session(store: EventStore, session_id: int) -> agenda.SessionView:
    try:
        return agenda.session(store, int(session_id))
    except agenda.AgendaError as exc:
        raise DoorError(str(exc)) from None


def _enter(store: EventStore, view: agenda.SessionView, attendee_id: int, at: datetime, *, admit: bool,
           reason: str, source: str, revoked: bool = False) -> DoorResult:
    _with_present(store, view, at)
    attendee = store.attendee(attendee_id)
    inside = where_is(store, attendee_id, at)
    result = DoorResult(DoorStatus.ADMITTED, view, attendee_id, attendee)
    if inside == view.id:
        result.status = DoorStatus.ALREADY_INSIDE
        return result
    result.assigned, result.assigned_elsewhere = _assignment(store, view, attendee_id)
    refusal = None
    if attendee is None:
        refusal = DoorStatus.NOT_ON_LIST
    elif revoked:
        refusal = DoorStatus.REVOKED
    elif attendee.status == "cancelled":
        refusal = DoorStatus.CANCELLED
    elif at >= view.end:
        refusal = DoorStatus.SESSION_OVER
    elif view.capacity and view.present >= view.capacity:
        refusal = DoorStatus.FULL
    elif result.assigned is False:
        refusal = DoorStatus.NOT_ASSIGNED
    if refusal is not None and not admit:
        result.status = refusal
        return result
    data: dict[str, Any] = {"session_id": view.id, "day": store.local_day(at), "source": source,
                            "assigned": result.assigned}
    if refusal is not None:
        data["override"] = reason or str(refusal)
        result.overridden = refusal
    result.record = store.record(Kind.SESSION_ENTRY, attendee_id, data, at=at)
    result.left_session = inside
    view.present += 1
    return result


def _leave(store: EventStore, view: agenda.SessionView, attendee_id: int, at: datetime, *, source: str
           ) -> DoorResult:
    _with_present(store, view, at)
    result = DoorResult(DoorStatus.EXITED, view, attendee_id, store.attendee(attendee_id))
    if where_is(store, attendee_id, at) != view.id:
        result.status = DoorStatus.NOT_INSIDE
        return result
    result.record = store.record(Kind.SESSION_EXIT, attendee_id,
                                 {"session_id": view.id, "day": store.local_day(at), "source": source}, at=at)
    view.present = max(0, view.present - 1)
    return result


def result_json(store: EventStore, r: DoorResult, language: str = "en") -> dict[str, Any]:
    a = r.attendee
    return {
        "status": str(r.status), "recorded": r.recorded, "record_id": r.record.record_id if r.record else None,
        "session": agenda.session_json(r.session, language),
        "attendee": None if r.attendee_id is None else {
            "id": r.attendee_id, "name": a.display_name if a else None,
            "first_name": a.first_name if a else None, "last_name": a.last_name if a else None,
            "organisation": a.organisation if a else None, "category": a.category if a else None,
            "status": a.status if a else None,
        },
        "assigned": r.assigned, "assigned_elsewhere": [agenda.session_json(v, language) for v in r.assigned_elsewhere],
        "left_session": r.left_session, "override": str(r.overridden) if r.overridden else None,
        "occupancy": r.session.present, "capacity": r.session.capacity, "state": r.state,
    }
