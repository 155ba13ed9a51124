"""The table plan of the next matchmaking slot for the signage screens: who sits at which table, and what
changed on the day (rematches, tables the organiser moved). Names as written; venue time."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from .. import agenda
from ..journal import utc_now
from .states import board

if TYPE_CHECKING:
    from ..store import EventStore

# A slot stays on the screens for its first minutes: late guests still look for their table.
STAYS_MINUTES = 10


@dataclass(slots=True)
class PlanRow:
    table: str
    people: list[tuple[str, str]]  # (name, organisation)
    rematch: bool = False  # booked on the day
    moved: bool = False  # the organiser changed its table after the plan went out


@dataclass(slots=True)
class TablePlan:
    slot: datetime | None
    rows: list[PlanRow] = field(default_factory=list)

    @property
    def changes(self) -> list[PlanRow]:
        return [r for r in self.rows if r.rematch or r.moved]


def next_slot(store: EventStore, at: datetime | None = None) -> datetime | None:
    at = (at or utc_now()).astimezone(store.tz)
    upcoming = [s for s in agenda.slots(store, at.date()) if s + timedelta(minutes=STAYS_MINUTES) > at]
    return upcoming[0] if upcoming else None


def table_plan(store: EventStore, at: datetime | None = None) -> TablePlan:
    slot = next_slot(store, at)
    if slot is None:
        return TablePlan(None)
    moved = {r[0] for r in store.conn.execute(
        "SELECT entity_id FROM programme_versions WHERE entity = 'meeting' AND field = 'table_no'")}
    rows = [PlanRow(s.table, [(p.name, p.organisation) for p in s.participants], s.rematch_for is not None,
                    s.id in moved and s.rematch_for is None)
            for s in board(store, slot=slot, at=at, replaced=False)]
    return TablePlan(slot, rows)
