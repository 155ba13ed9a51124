"""Hand-outs against return (interpretation receivers against an ID card) and badges collected from trays.

Who holds an item is a fold over ``handout`` records: per (guest, item) the latest record decides (by wall
time, then record id), the same rule the day-close report uses, so every station agrees in any merge order.
A badge collected is a ``badge_collected`` record, separate from the arrival (events that pre-print badges).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ..failures import Why
from ..journal import Kind, utc_now
from .common import DeskOpsError, OpResult, clean, write

if TYPE_CHECKING:
    from ..model import Attendee
    from ..store import EventStore

ISSUE, RETURN = "issue", "return"


@dataclass(frozen=True)
class Held:
    """An item a guest holds now."""

    attendee_id: int
    item: str
    issued_at: str  # UTC ISO 8601
    day: str  # venue-local day of the issue
    station: str
    deposit: str
    record_id: str


def _stamp(wall: str, record_id: str) -> tuple[str, str]:
    return (datetime.fromisoformat(wall).astimezone(UTC).isoformat(), record_id)


def holding(store: EventStore, *, item: str | None = None, day: str | None = None,
            attendee_id: int | None = None) -> list[Held]:
    """Items issued and not returned; ``day``: only those issued on that venue-local day."""
    sql = "SELECT attendee_id, data, wall_time, record_id, station_id FROM journal WHERE kind = ?"
    args: list[Any] = [Kind.HANDOUT.value]
    if attendee_id is not None:
        sql += " AND attendee_id = ?"
        args.append(attendee_id)
    latest: dict[tuple[int, str], tuple[tuple[str, str], str, dict[str, Any], str]] = {}
    for aid, data, wall, rid, station in store.conn.execute(sql, args):
        d = json.loads(data or "{}")
        if aid is None or d.get("action") not in (ISSUE, RETURN):
            continue
        key = (int(aid), str(d.get("item", "")))
        stamp = _stamp(wall, rid)
        if key not in latest or stamp > latest[key][0]:
            latest[key] = (stamp, station, d, rid)
    out = []
    for (aid, name), (stamp, station, d, rid) in latest.items():
        if d.get("action") != ISSUE or (item is not None and name != item):
            continue
        issued_day = store.local_day(datetime.fromisoformat(stamp[0]))
        if day is not None and issued_day != day:
            continue
        out.append(Held(aid, name, stamp[0], issued_day, station, str(d.get("deposit") or ""), rid))
    out.sort(key=lambda h: (h.item, h.issued_at, h.attendee_id))
    return out


def items_in_use(store: EventStore) -> list[str]:
    """Item names used at this event so far (for the desk's choice list)."""
    rows = store.conn.execute(
        "SELECT DISTINCT json_extract(data, '$.item') FROM journal WHERE kind = ? ORDER BY 1", (Kind.HANDOUT.value,))
    return [r[0] for r in rows if r[0]]


def issue_item(store: EventStore, attendee_id: int, item: str, *, deposit: str = "", station: str | None = None,
               operator: str | None = None, at: datetime | None = None) -> OpResult:
    """Hand an item out (e.g. an interpretation receiver), noting the deposit (e.g. "ID card")."""
    person = _person(store, attendee_id)
    item = clean(item)
    if not item:
        raise DeskOpsError("which item? (e.g. receiver)", Why.WHICH_ITEM)
    if holding(store, item=item, attendee_id=attendee_id):
        raise DeskOpsError(f"{person.display_name} holds a {item} already; take it back first", Why.ITEM_HELD,
                           name=person.display_name, item=item)
    data = {"item": item, "action": ISSUE, "deposit": clean(deposit)}
    rec = write(store, Kind.HANDOUT, lambda _: (attendee_id, data), station=station, operator=operator, at=at)
    return OpResult(person, rec)


def return_item(store: EventStore, attendee_id: int, item: str, *, station: str | None = None,
                operator: str | None = None, at: datetime | None = None) -> OpResult:
    """Take an item back; the record names the issue it closes (and the deposit to give back)."""
    person = _person(store, attendee_id)
    item = clean(item)
    held = holding(store, item=item, attendee_id=attendee_id)
    if not held:
        raise DeskOpsError(f"{person.display_name} holds no {item or 'item'}", Why.ITEM_NOT_HELD,
                           name=person.display_name, item=item)
    data = {"item": item, "action": RETURN, "of": held[0].record_id, "deposit": held[0].deposit}
    rec = write(store, Kind.HANDOUT, lambda _: (attendee_id, data), station=station, operator=operator, at=at)
    return OpResult(person, rec)


# --- badges collected ----------------------------------------------------------------------------------
def collected(store: EventStore) -> dict[int, str]:
    """attendee id -> UTC time the badge was first collected (any station)."""
    return {int(a): str(t) for a, t in store.conn.execute(
        "SELECT attendee_id, MIN(wall_time) FROM journal WHERE kind = ? AND attendee_id IS NOT NULL "
        "GROUP BY attendee_id", (Kind.BADGE_COLLECTED.value,))}


def collect_badge(store: EventStore, attendee_id: int, *, station: str | None = None, operator: str | None = None,
                  at: datetime | None = None) -> tuple[OpResult | None, str | None]:
    """Note that the guest took their pre-printed badge. Returns (result, None), or (None, earlier UTC time)
    if it was collected before (nothing written: a second tap changes nothing)."""
    person = _person(store, attendee_id)
    row = store.conn.execute("SELECT MIN(wall_time) FROM journal WHERE kind = ? AND attendee_id = ?",
                             (Kind.BADGE_COLLECTED.value, attendee_id)).fetchone()
    if row and row[0]:
        return None, str(row[0])
    day = store.local_day(at or utc_now())
    rec = write(store, Kind.BADGE_COLLECTED, lambda _: (attendee_id, {"day": day}), station=station,
                operator=operator, at=at)
    return OpResult(person, rec), None


def _person(store: EventStore, attendee_id: int) -> Attendee:
    a = store.attendee(attendee_id)
    if a is None:
        raise DeskOpsError(f"no attendee with id {attendee_id}", Why.NO_PERSON, id=attendee_id)
    return a
