"""Paper backfill: arrivals ticked on the paper fallback list during an outage, entered afterwards.

Each is a normal check-in (same rules as the desk) with ``source: "paper"`` and the approximate time the
staff give, so the day and the arrival curve are right. A guest already admitted that day is not admitted
twice: the decision says ``already_admitted`` and nothing is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ..desk import Decision, Desk, DeskError
from ..failures import Why
from ..journal import utc_now
from .common import DeskOpsError

if TYPE_CHECKING:
    from ..store import EventStore

SOURCE = "paper"
# An approximate time may be a little ahead of this laptop's clock, not hours.
_FUTURE_SLACK = timedelta(minutes=10)


def backfill(store: EventStore, attendee_ids: Sequence[int], at: datetime, *, point: str = "main",
             station: str | None = None, operator: str | None = None) -> list[Decision]:
    """Record paper-list arrivals at ``at`` (approximate). One decision per id, in the given order."""
    if at.tzinfo is None:
        raise DeskOpsError("the time of a paper arrival needs an offset", Why.TIME_WITHOUT_OFFSET)
    if at > utc_now() + _FUTURE_SLACK:
        raise DeskOpsError("a paper arrival cannot lie in the future", Why.FUTURE_ARRIVAL)
    try:
        desk = Desk(store, station=station, point=point, operator=operator)
    except DeskError as exc:
        raise DeskOpsError(str(exc), exc.why, **exc.params) from None
    missing = [i for i in attendee_ids if store.attendee(i) is None]
    if missing:
        raise DeskOpsError(f"no attendee with id {', '.join(map(str, missing))}", Why.NO_PERSON,
                           id=", ".join(map(str, missing)))
    return [desk.check_in(i, at=at, source=SOURCE) for i in attendee_ids]


def paper_arrivals(store: EventStore, day: str | None = None) -> int:
    """How many arrivals came from paper (for the day-close and the report's footnote)."""
    sql = ("SELECT COUNT(*) FROM arrivals r JOIN journal j ON j.record_id = r.record_id "
           "WHERE json_extract(j.data, '$.source') = 'paper'")
    args: list[str] = []
    if day:
        sql += " AND r.day = ?"
        args.append(day)
    return int(store.conn.execute(sql, args).fetchone()[0])
