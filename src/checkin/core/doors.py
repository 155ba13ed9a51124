"""Session doors: a helper scans badges for one session; occupancy is derived from the journal.

Each admission is a ``session_entry`` record, each exit scan a ``session_exit`` record (data: session_id).
Who is inside a session at time t: attendees whose latest door record at or before t is an entry into it,
while the session has not ended. So an entry into another session counts as leaving the previous one, and a
session's end empties its room. It is a pure function of the set of records, so every station agrees once
synced. ``door_presence`` caches each attendee's latest door record (max by (time, record_id): order-free).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from . import agenda, codes, ledger
from .door_presence import DOOR_KINDS, apply_door_record, occupancy, present_ids, rebuild, where_is
from .journal import Kind, Record, utc_now
from .model import Attendee

__all__ = ("DOOR_KINDS", "DoorError", "DoorResult", "DoorStatus", "apply_door_record", "enter", "leave", "occupancy",
           "present_ids", "rebuild", "result_json", "scan", "where_is")

if TYPE_CHECKING:
    from .store import EventStore


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
    result.record = ledger.record(store, Kind.SESSION_ENTRY, attendee_id, data, at=at)
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
    result.record = ledger.record(store, Kind.SESSION_EXIT, attendee_id,
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
